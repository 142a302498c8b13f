// A Database on a PostgreSQL server (docs/postgresql.md, "Status"): opening checks the schema
// version, the unit of work is BEGIN/SAVEPOINT on the server, and a failed step is never reported
// as saved. Each test has a database of its own on the cluster that ctest starts.
#include "storage/change_watcher.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/store_location.h"
#include "support/catch.h"
#include "support/pg_test_db.h"
#include "workflow/case_numbers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <thread>
#include <vector>

using namespace ow;

namespace {

StoreLocation locationOf(const QString& url)
{
    auto parsed = parseStoreLocation(url);
    REQUIRE(parsed.ok());
    return *parsed;
}

// The database migrated by the owner, then opened by the program's login role.
DatabasePtr openMigrated(test::PgTestDb& server)
{
    QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
    const Status migrated = migratePostgres(owner, QStringLiteral("ow_app"));
    INFO(migrated.error().toStdString());
    REQUIRE(migrated.ok());
    auto db = Database::openServer(locationOf(server.url(QStringLiteral("ow_app"))));
    INFO((db ? QString() : db.error()).toStdString());
    REQUIRE(db.ok());
    return *db;
}

// A setting as another desk sees it (a connection of its own).
QString settingSeenElsewhere(test::PgTestDb& server, const QString& key)
{
    QSqlDatabase other = server.connect(QStringLiteral("ow_app"));
    QSqlQuery q(other);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

} // namespace

TEST_CASE("a server database opens only when it has OneWindow's schema at this version")
{
    test::PgTestDb server;
    auto empty = Database::openServer(locationOf(server.url(QStringLiteral("ow_app"))));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("尚未")));
    CHECK(empty.error().contains(QStringLiteral("onewindow-cli migrate --to")));

    DatabasePtr db = openMigrated(server);
    CHECK(db->isServer());
    CHECK(db->handle() == nullptr);
    CHECK(db->userVersion() == latestSchemaVersion());
    CHECK(db->path().contains(server.name()));
    // The search's session settings (pgsearch::sessionSettings) are in force on the connection.
    QSqlQuery show(db->sql());
    REQUIRE(show.exec(QStringLiteral("SHOW max_parallel_workers_per_gather")));
    REQUIRE(show.next());
    CHECK(show.value(0).toString() == QStringLiteral("0"));

    // A database that a newer program set up is not used by this one.
    {
        QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
        QSqlQuery q(owner);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO ow_schema(version, migrated_at) VALUES (%1, 'now')")
                           .arg(latestSchemaVersion() + 1)));
    }
    auto newer = Database::openServer(locationOf(server.url(QStringLiteral("ow_app"))));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().contains(QString::number(latestSchemaVersion() + 1)));
    CHECK(newer.error().contains(QStringLiteral("新版本")));
}

TEST_CASE("the unit of work on a server: committed whole, rolled back whole, savepoints inside")
{
    test::PgTestDb server;
    DatabasePtr db = openMigrated(server);

    {
        WriteTransaction tx(*db);
        REQUIRE(tx.active());
        REQUIRE(db->setSetting(QStringLiteral("t.committed"), QStringLiteral("一")).ok());
        // Nothing shows at another desk before the commit.
        CHECK(settingSeenElsewhere(server, QStringLiteral("t.committed")) == QStringLiteral("<none>"));
        REQUIRE(tx.commit().ok());
    }
    CHECK(settingSeenElsewhere(server, QStringLiteral("t.committed")) == QStringLiteral("一"));

    {
        WriteTransaction tx(*db);
        REQUIRE(db->setSetting(QStringLiteral("t.abandoned"), QStringLiteral("x")).ok());
        // Leaves without commit: Esc, an exception, an early return.
    }
    CHECK(settingSeenElsewhere(server, QStringLiteral("t.abandoned")) == QStringLiteral("<none>"));

    {
        WriteTransaction outer(*db);
        REQUIRE(db->setSetting(QStringLiteral("t.outer"), QStringLiteral("kept")).ok());
        {
            WriteTransaction inner(*db);
            REQUIRE(inner.active());
            REQUIRE(db->setSetting(QStringLiteral("t.inner"), QStringLiteral("dropped")).ok());
            inner.rollback();
        }
        {
            WriteTransaction inner(*db);
            REQUIRE(db->setSetting(QStringLiteral("t.inner2"), QStringLiteral("kept too")).ok());
            REQUIRE(inner.commit().ok());
        }
        // The inner commit is a savepoint released: still invisible elsewhere.
        CHECK(settingSeenElsewhere(server, QStringLiteral("t.inner2")) == QStringLiteral("<none>"));
        REQUIRE(outer.commit().ok());
    }
    CHECK(settingSeenElsewhere(server, QStringLiteral("t.outer")) == QStringLiteral("kept"));
    CHECK(settingSeenElsewhere(server, QStringLiteral("t.inner")) == QStringLiteral("<none>"));
    CHECK(settingSeenElsewhere(server, QStringLiteral("t.inner2")) == QStringLiteral("kept too"));
    CHECK(db->setting(QStringLiteral("t.outer")) == QStringLiteral("kept"));
}

TEST_CASE("a step the server refused is never reported as saved")
{
    test::PgTestDb server;
    DatabasePtr db = openMigrated(server);

    // On PostgreSQL a failed statement aborts the transaction and COMMIT quietly rolls back: the
    // action must fail as a whole, with a message, and leave nothing.
    WriteTransaction tx(*db);
    REQUIRE(db->setSetting(QStringLiteral("t.before"), QStringLiteral("1")).ok());
    QSqlQuery bad(db->sql());
    REQUIRE_FALSE(bad.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (NULL, 'x')")));
    const QString stepError = db->errorMessage(bad.lastError());
    CHECK(stepError.contains(QStringLiteral("冲突"))); // 23502 not_null_violation: integrity class 23
    const Status committed = tx.commit();
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.error().contains(QStringLiteral("未作任何改动")));
    CHECK(settingSeenElsewhere(server, QStringLiteral("t.before")) == QStringLiteral("<none>"));

    // The connection is usable again for the next action.
    WriteTransaction next(*db);
    REQUIRE(db->setSetting(QStringLiteral("t.after"), QStringLiteral("2")).ok());
    REQUIRE(next.commit().ok());
    CHECK(settingSeenElsewhere(server, QStringLiteral("t.after")) == QStringLiteral("2"));
}

TEST_CASE("the server's refusals read as what they mean for the desk")
{
    test::PgTestDb server;
    DatabasePtr db = openMigrated(server);

    // The login role may not rewrite the audit log (INSERT-only by GRANT).
    WriteTransaction tx(*db);
    QSqlQuery q(db->sql());
    REQUIRE_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("42501"));
    CHECK(db->errorMessage(q.lastError()).contains(QStringLiteral("管理员")));
    tx.rollback();

    // Another desk holding the same setting row: a lock timeout reads as "try again".
    QSqlDatabase other = server.connect(QStringLiteral("ow_app"));
    QSqlQuery holder(other);
    REQUIRE(holder.exec(QStringLiteral("BEGIN")));
    REQUIRE(holder.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('t.held', 'a')")));
    {
        WriteTransaction waiting(*db);
        QSqlQuery s(db->sql());
        REQUIRE(s.exec(QStringLiteral("SET LOCAL lock_timeout = '200ms'")));
        REQUIRE_FALSE(db->setSetting(QStringLiteral("t.held"), QStringLiteral("b")).ok());
        QSqlQuery again(db->sql());
        REQUIRE_FALSE(again.exec(QStringLiteral("SELECT 1")));
        const Status committed = waiting.commit();
        REQUIRE_FALSE(committed.ok());
    }
    REQUIRE(holder.exec(QStringLiteral("ROLLBACK")));
    CHECK(serverErrorMessage(QStringLiteral("55P03")).contains(QStringLiteral("稍后")));
    CHECK(serverErrorMessage(QStringLiteral("40001")).contains(QStringLiteral("重试")));

    // The server ends this desk's session (a restart, an administrator): the next action says the
    // connection is lost, and nothing is claimed saved.
    {
        QSqlDatabase owner = server.connect(QStringLiteral("postgres"));
        QSqlQuery kill(owner);
        REQUIRE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE datname = current_database() AND usename = 'ow_app' "
                                         "AND pid <> pg_backend_pid()")));
    }
    WriteTransaction afterKill(*db);
    const QString lost = afterKill.active() ? QString() : afterKill.error();
    if (afterKill.active()) {
        // libpq may learn of the end only at the next statement.
        const Status s = db->setSetting(QStringLiteral("t.lost"), QStringLiteral("x"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("连接")));
        REQUIRE_FALSE(afterKill.commit().ok());
    } else {
        CHECK(lost.contains(QStringLiteral("连接")));
    }
}

TEST_CASE("case numbers stay gap-free with 8 desks taking them at once")
{
    test::PgTestDb server;
    DatabasePtr first = openMigrated(server);
    {
        QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
        QSqlQuery q(owner);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('site_code', '150824'), "
                                      "('case_no_pattern', '{year}-{seq:04}') ON CONFLICT(key) DO UPDATE "
                                      "SET value = excluded.value")));
    }
    first.reset();

    // Each desk is a connection of its own in a thread of its own; all start together and each
    // takes 25 numbers, one write transaction each, as 25 registrations would.
    constexpr int kDesks = 8;
    constexpr int kEach = 25;
    const QString url = server.url(QStringLiteral("ow_app"));
    const StoreLocation location = locationOf(url);
    std::vector<QStringList> taken(kDesks);
    std::vector<QStringList> errors(kDesks);
    std::atomic<int> ready{0};
    std::vector<std::thread> desks;
    for (int d = 0; d < kDesks; ++d) {
        desks.emplace_back([&, d] {
            auto db = Database::openServer(location);
            ++ready;
            while (ready.load() < kDesks)
                std::this_thread::yield();
            if (!db) {
                errors[d] << db.error();
                return;
            }
            for (int i = 0; i < kEach; ++i) {
                WriteTransaction tx(**db);
                auto number = allocateCaseNumber(**db, QDate(2026, 12, 7));
                if (!number) {
                    errors[d] << number.error();
                    continue;
                }
                const Status committed = tx.commit();
                if (committed.ok())
                    taken[d] << *number;
                else
                    errors[d] << committed.error();
            }
        });
    }
    for (auto& t : desks)
        t.join();

    QStringList all;
    for (int d = 0; d < kDesks; ++d) {
        INFO("desk " << d << ": " << errors[d].join(QStringLiteral("; ")).toStdString());
        CHECK(errors[d].isEmpty());
        all << taken[d];
    }
    // Every number once, and together exactly 1…200: none twice, none skipped.
    CHECK(QSet<QString>(all.begin(), all.end()).size() == kDesks * kEach);
    QStringList expected;
    for (int seq = 1; seq <= kDesks * kEach; ++seq)
        expected << QStringLiteral("2026-%1").arg(seq, 4, 10, QLatin1Char('0'));
    all.sort();
    CHECK(all == expected);
}

namespace {
// Runs the event loop until `done` or `ms` milliseconds; the milliseconds it took.
template <typename F> qint64 waitFor(F done, qint64 ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return t.elapsed();
}
} // namespace

TEST_CASE("another desk's commit on the server reaches this desk's lists by itself")
{
    test::PgTestDb server;
    DatabasePtr db = openMigrated(server);
    ChangeWatcher watcher(db);

    // This desk's own save: the window refreshes after it anyway, so it is not another desk's.
    {
        WriteTransaction tx(*db);
        REQUIRE(db->setSetting(QStringLiteral("t.own"), QStringLiteral("1")).ok());
        REQUIRE(tx.commit().ok());
    }
    waitFor([] { return false; }, 300);
    CHECK(watcher.changesSeen() == 0);

    // Another desk's transaction rolled back: nothing changed, no notice.
    QSqlDatabase other = server.connect(QStringLiteral("ow_app"));
    QSqlQuery q(other);
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('t.other', 'rolled back')")));
    REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
    waitFor([] { return false; }, 300);
    CHECK(watcher.changesSeen() == 0);

    // Another desk commits two statements: one notice, within two seconds.
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('t.other', 'a')")));
    REQUIRE(q.exec(QStringLiteral("UPDATE settings SET value = 'b' WHERE key = 't.other'")));
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
    const qint64 took = waitFor([&] { return watcher.changesSeen() > 0; }, 2000);
    CHECK(took < 2000);
    waitFor([] { return false; }, 300);
    CHECK(watcher.changesSeen() == 1);
}
