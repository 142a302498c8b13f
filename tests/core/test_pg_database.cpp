// A Database on a PostgreSQL server (docs/postgresql.md, "Status"): opening checks the schema
// version, the unit of work is BEGIN/SAVEPOINT on the server, and a failed step is never reported
// as saved. Each test has a database of its own on the cluster that ctest starts.
#include "exchange/server_copy.h"
#include "reports/demo_data.h"
#include "security/audit.h"
#include "security/users.h"
#include "storage/change_watcher.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/row_audit.h"
#include "storage/store_location.h"
#include "support/catch.h"
#include "support/fixtures.h"
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

TEST_CASE("case numbers stay gap-free and the audit chain unbroken with 8 desks writing at once")
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
                // Each desk's action appends to the one audit chain first (as a routing does, which
                // takes no number), then takes a number.
                if (Status a = appendAudit(**db, QStringLiteral("system"), QStringLiteral("test_number"),
                                           QStringLiteral("case"), QString::number(d));
                    !a) {
                    errors[d] << a.error();
                    continue;
                }
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
    // The audit chain took the 200 entries one after the other: unbroken, one entry per number.
    auto check = Database::openServer(location);
    REQUIRE(check);
    CHECK(verifyAuditChain(**check).firstBrokenSeq == -1);
    QSqlQuery n((*check)->sql());
    REQUIRE((n.exec(QStringLiteral("SELECT count(*), count(DISTINCT seq) FROM audit_log WHERE action = "
                                   "'test_number'")) &&
             n.next()));
    CHECK(n.value(0).toInt() == kDesks * kEach);
    CHECK(n.value(1).toInt() == kDesks * kEach);
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

// ---- The row audit on a server (docs/postgresql.md, "Status"; storage/row_audit.h) ----

namespace {

const QString kSite = QStringLiteral("150824");

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// One action of the program: `sql` in a unit of work with an audit entry, as a service writes.
void act(Database& db, const QString& sql)
{
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    exec(db.sql(), sql);
    REQUIRE(appendAudit(db, QStringLiteral("wang.admin"), QStringLiteral("test"), QStringLiteral("case"), {}, sql));
    REQUIRE(tx.commit());
}

QString insertCase(const QString& id)
{
    return QStringLiteral("INSERT INTO cases(id, site_code, case_no, case_type, source, category_code, township_code, "
                          "summary, status, received_on, created_at, updated_at) VALUES ('%1', '150824', '%1', "
                          "'people_mediation', 'walk_in', 'neighbour', '150824100', '宅基地纠纷', 'filed', "
                          "'2025-05-07', 't', 't')")
        .arg(id);
}

// A server center with its administrator and three cases, each written by an action of the program.
DatabasePtr serverCenter(test::PgTestDb& server)
{
    DatabasePtr db = openMigrated(server);
    WriteTransaction tx(*db);
    REQUIRE(tx.active());
    exec(db->sql(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('site_code', '150824')"));
    exec(db->sql(), QStringLiteral("INSERT INTO categories(id, code, name_zh, site_code, created_at, updated_at) "
                                   "VALUES ('c1', 'neighbour', '邻里纠纷', '150824', 't', 't')"));
    exec(db->sql(),
         QStringLiteral("INSERT INTO divisions(id, code, name_zh, level, site_code, created_at, "
                        "updated_at) VALUES ('d1', '150824100', '海流图镇', 'township', '150824', 't', 't')"));
    exec(db->sql(), QStringLiteral("INSERT INTO users(id, login, display_name, role, site_code, created_at, "
                                   "updated_at) VALUES ('u1', 'wang.admin', '王管理', 'admin', '150824', 't', 't')"));
    REQUIRE(appendAudit(*db, QStringLiteral("system"), QStringLiteral("setup"), {}, {}, {}));
    REQUIRE(tx.commit());
    for (const char* id : {"K1", "K2", "K3"})
        act(*db, insertCase(QLatin1String(id)));
    return db;
}

// What `check` says of the rows: "table/label:kind" for each uncovered row.
QStringList findings(Database& db)
{
    const rowaudit::Coverage c = rowaudit::findUncovered(db);
    INFO(c.error.toStdString());
    REQUIRE(c.error.isEmpty());
    QStringList out;
    for (const rowaudit::Uncovered& u : c.rows)
        out << QStringLiteral("%1/%2:%3")
                   .arg(u.table, u.label,
                        u.kind == rowaudit::Uncovered::Kind::NoEntry   ? QStringLiteral("no entry")
                        : u.kind == rowaudit::Uncovered::Kind::Changed ? QStringLiteral("changed")
                                                                       : QStringLiteral("deleted"));
    out.sort();
    return out;
}

qint64 stampOf(QSqlDatabase& db, const QString& rowId)
{
    return scalar(db, QStringLiteral("SELECT coalesce(max(seq), -1) FROM audit_rows WHERE row_id = '%1'").arg(rowId))
        .toLongLong();
}

qint64 lastEntry(QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("SELECT max(seq) FROM audit_log")).toLongLong();
}

// Rows of the journal left by any transaction (the owner sees them all).
qint64 journalRows(test::PgTestDb& server)
{
    QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
    return scalar(owner, QStringLiteral("SELECT count(*) FROM ow_changed_rows")).toLongLong();
}

} // namespace

TEST_CASE("on a server the rows an action changes carry its audit entry, and a clean center checks clean")
{
    test::PgTestDb server;
    DatabasePtr db = serverCenter(server);
    CHECK(findings(*db) == QStringList());
    const rowaudit::Coverage c = rowaudit::findUncovered(*db);
    CHECK(c.checked == 4); // the administrator and three cases
    CHECK(stampOf(db->sql(), QStringLiteral("K3")) == lastEntry(db->sql()));

    // A service: the administrator adds a mediator (UserService::save, its own unit of work and entry).
    UserService users(*db);
    const Status saved = users.save(
        {QStringLiteral("li.mediator"), QStringLiteral("李调解"), QStringLiteral("mediator"), {}, true, false},
        QStringLiteral("wang.admin"));
    INFO(saved.error().toStdString());
    REQUIRE(saved);
    const QString id = scalar(db->sql(), QStringLiteral("SELECT id FROM users WHERE login = 'li.mediator'")).toString();
    CHECK(stampOf(db->sql(), id) == lastEntry(db->sql()));
    CHECK(stampOf(db->sql(), QStringLiteral("K1")) < lastEntry(db->sql())); // untouched rows keep theirs
    CHECK(findings(*db) == QStringList());
    CHECK(journalRows(server) == 0);

    // An action that deletes a case through the program: its stamp goes with it.
    act(*db, QStringLiteral("DELETE FROM cases WHERE id = 'K2'"));
    CHECK(stampOf(db->sql(), QStringLiteral("K2")) == -1);
    CHECK(findings(*db) == QStringList());

    // A transaction of the program without an audit entry leaves its rows unstamped, as on SQLite.
    {
        WriteTransaction tx(*db);
        exec(db->sql(), QStringLiteral("UPDATE cases SET summary = '无记录的修改' WHERE id = 'K1'"));
        REQUIRE(tx.commit());
    }
    CHECK(findings(*db) == QStringList{QStringLiteral("cases/K1:changed")});
    CHECK(journalRows(server) == 0);
}

TEST_CASE("on a server changes made beside the program are named by check")
{
    test::PgTestDb server;
    DatabasePtr db = serverCenter(server);
    REQUIRE(findings(*db) == QStringList());

    SECTION("an update with psql as the program's login role")
    {
        QSqlDatabase app = server.connect(QStringLiteral("ow_app"));
        exec(app, QStringLiteral("UPDATE cases SET summary = '私下改过' WHERE id = 'K1'"));
        CHECK(findings(*db) == QStringList{QStringLiteral("cases/K1:changed")});
    }
    SECTION("an update as the schema's owner")
    {
        QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
        exec(owner, QStringLiteral("UPDATE cases SET summary = '改过的摘要' WHERE id = 'K2'"));
        exec(owner, QStringLiteral("UPDATE users SET role = 'supervisor' WHERE login = 'wang.admin'"));
        CHECK(findings(*db) ==
              (QStringList{QStringLiteral("cases/K2:changed"), QStringLiteral("users/wang.admin:changed")}));
    }
    SECTION("a delete and an insert beside the program")
    {
        QSqlDatabase app = server.connect(QStringLiteral("ow_app"));
        exec(app, QStringLiteral("DELETE FROM cases WHERE id = 'K3'"));
        exec(app, QStringLiteral("INSERT INTO users(id, login, display_name, role, site_code, created_at, "
                                 "updated_at) VALUES ('x1', 'ghost', 'Ghost', 'admin', '150824', 't', 't')"));
        CHECK(findings(*db) ==
              (QStringList{QStringLiteral("cases/K3:deleted"), QStringLiteral("users/ghost:no entry")}));
    }
    SECTION("the login role switching the journal on by hand: its rows are its own, never stamped by another's "
            "commit")
    {
        QSqlDatabase app = server.connect(QStringLiteral("ow_app"));
        exec(app, QStringLiteral("BEGIN"));
        exec(app, QStringLiteral("SELECT set_config('ow.row_journal', 'on', true)"));
        exec(app, QStringLiteral("UPDATE cases SET summary = '私下改过' WHERE id = 'K1'"));
        exec(app, QStringLiteral("COMMIT"));
        CHECK(journalRows(server) == 1); // left behind under that transaction's id
        // The next action of the program neither sees nor stamps it, nor can the login role delete it.
        act(*db, QStringLiteral("UPDATE cases SET summary = '正常修改' WHERE id = 'K2'"));
        exec(app, QStringLiteral("DELETE FROM ow_changed_rows"));
        CHECK(journalRows(server) == 1);
        CHECK(findings(*db) == QStringList{QStringLiteral("cases/K1:changed")});
    }
}

TEST_CASE("on a server a rolled back transaction leaves nothing noted, and a rolled back entry stamps nothing")
{
    test::PgTestDb server;
    DatabasePtr db = serverCenter(server);
    const qint64 before = lastEntry(db->sql());
    {
        WriteTransaction tx(*db);
        exec(db->sql(), QStringLiteral("UPDATE cases SET summary = '放弃的修改' WHERE id = 'K1'"));
        REQUIRE(appendAudit(*db, QStringLiteral("wang.admin"), QStringLiteral("test"), {}, {}, {}));
        CHECK(scalar(db->sql(), QStringLiteral("SELECT count(*) FROM ow_changed_rows")).toInt() == 1);
        tx.rollback();
    }
    CHECK(journalRows(server) == 0);
    CHECK(lastEntry(db->sql()) == before);
    CHECK(findings(*db) == QStringList());

    // The entry was appended inside a savepoint that was rolled back: the outer change has no entry.
    {
        WriteTransaction outer(*db);
        exec(db->sql(), QStringLiteral("UPDATE cases SET summary = '外层修改' WHERE id = 'K1'"));
        {
            WriteTransaction inner(*db);
            exec(db->sql(), QStringLiteral("UPDATE cases SET summary = '内层修改' WHERE id = 'K2'"));
            REQUIRE(appendAudit(*db, QStringLiteral("wang.admin"), QStringLiteral("test"), {}, {}, {}));
            inner.rollback();
        }
        REQUIRE(outer.commit());
    }
    CHECK(journalRows(server) == 0);
    CHECK(stampOf(db->sql(), QStringLiteral("K2")) <= before);
    CHECK(findings(*db) == QStringList{QStringLiteral("cases/K1:changed")});
}

TEST_CASE("on a server two desks' transactions at once each stamp only their own rows")
{
    test::PgTestDb server;
    DatabasePtr desk1 = serverCenter(server);
    auto opened = Database::openServer(locationOf(server.url(QStringLiteral("ow_app"))));
    REQUIRE(opened);
    DatabasePtr desk2 = *opened;

    WriteTransaction tx1(*desk1);
    WriteTransaction tx2(*desk2);
    REQUIRE(tx1.active());
    REQUIRE(tx2.active());
    exec(desk1->sql(), QStringLiteral("UPDATE cases SET summary = '一号窗口' WHERE id = 'K1'"));
    exec(desk2->sql(), QStringLiteral("UPDATE cases SET summary = '二号窗口' WHERE id = 'K2'"));
    exec(desk2->sql(), insertCase(QStringLiteral("K4")));
    CHECK(scalar(desk1->sql(), QStringLiteral("SELECT string_agg(row_id, ',') FROM ow_changed_rows")).toString() ==
          QStringLiteral("K1"));
    CHECK(scalar(desk2->sql(), QStringLiteral("SELECT string_agg(row_id, ',' ORDER BY row_id) FROM ow_changed_rows"))
              .toString() == QStringLiteral("K2,K4"));
    // Desk 1 appends and commits first; desk 2's entry then follows it in the chain.
    REQUIRE(appendAudit(*desk1, QStringLiteral("wang.admin"), QStringLiteral("test"), {}, {}, {}));
    REQUIRE(tx1.commit());
    REQUIRE(appendAudit(*desk2, QStringLiteral("wang.admin"), QStringLiteral("test"), {}, {}, {}));
    REQUIRE(tx2.commit());

    const qint64 last = lastEntry(desk1->sql());
    CHECK(stampOf(desk1->sql(), QStringLiteral("K1")) == last - 1);
    CHECK(stampOf(desk1->sql(), QStringLiteral("K2")) == last);
    CHECK(stampOf(desk1->sql(), QStringLiteral("K4")) == last);
    CHECK(stampOf(desk1->sql(), QStringLiteral("K3")) < last - 1);
    CHECK(journalRows(server) == 0);
    CHECK(findings(*desk1) == QStringList());
}

TEST_CASE("a center moved onto a server keeps its stamps valid: the digests agree across the stores")
{
    test::TempDatabase source;
    DemoOptions demo;
    demo.cases = 200;
    demo.today = QDate(2026, 11, 30);
    REQUIRE(generateDemoCases(*source.db, demo));
    const rowaudit::Coverage onFile = rowaudit::findUncovered(*source.db);
    REQUIRE(onFile.error.isEmpty());
    REQUIRE(onFile.total == 0);
    REQUIRE(onFile.checked > 200);

    test::PgTestDb server;
    QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
    auto moved = servercopy::copyToServer(*source.db, owner, QStringLiteral("ow_app"));
    INFO(moved.error().toStdString());
    REQUIRE(moved);
    CHECK(journalRows(server) == 0); // the copy is made beside the journal
    auto db = Database::openServer(locationOf(server.url(QStringLiteral("ow_app"))));
    REQUIRE(db);
    const rowaudit::Coverage onServer = rowaudit::findUncovered(**db);
    CHECK(onServer.error == QString());
    CHECK(onServer.checked == onFile.checked);
    CHECK(findings(**db) == QStringList());

    // The server's own stamps of the same rows are those the file had (stampAll on both stores).
    const QString firstCase =
        scalar((*db)->sql(), QStringLiteral("SELECT min(id COLLATE \"C\") FROM cases")).toString();
    const QString fileDigest = scalar(source.db->sql(), QStringLiteral("SELECT digest FROM audit_rows WHERE row_id = "
                                                                       "'%1'")
                                                            .arg(firstCase))
                                   .toString();
    {
        WriteTransaction tx(**db);
        REQUIRE(rowaudit::stampAll(**db, 0, QStringLiteral("0")));
        REQUIRE(tx.commit());
    }
    {
        WriteTransaction tx(*source.db);
        REQUIRE(rowaudit::stampAll(*source.db, 0, QStringLiteral("0")));
        REQUIRE(tx.commit());
    }
    const QString sql = QStringLiteral("SELECT digest FROM audit_rows WHERE row_id = '%1'").arg(firstCase);
    CHECK(scalar((*db)->sql(), sql).toString() == scalar(source.db->sql(), sql).toString());
    CHECK(scalar((*db)->sql(), sql).toString() != fileDigest);
    CHECK(findings(**db) == QStringList());
}

namespace {

// Milliseconds per call of `stamp` (the commit's stamping alone) and of the whole action around it,
// over `n` actions that each change one case and append one entry.
QString timeStamping(Database& db, const QString& caseId, int n)
{
    auto action = [&](int i, qint64* stampNs) {
        WriteTransaction tx(db);
        REQUIRE(tx.active());
        exec(db.sql(), QStringLiteral("UPDATE cases SET summary = '第%1次' WHERE id = '%2'").arg(i).arg(caseId));
        REQUIRE(appendAudit(db, QStringLiteral("wang.admin"), QStringLiteral("bench"), {}, {}, {}));
        if (stampNs) { // the stamping alone (the commit then finds nothing left to stamp)
            QElapsedTimer t;
            t.start();
            REQUIRE(rowaudit::stampAtCommit(db));
            *stampNs += t.nsecsElapsed();
        }
        REQUIRE(tx.commit());
    };
    QElapsedTimer whole;
    whole.start();
    for (int i = 0; i < n; ++i)
        action(i, nullptr);
    const qint64 wholeNs = whole.nsecsElapsed();
    qint64 stampNs = 0;
    for (int i = 0; i < n; ++i)
        action(i, &stampNs);
    return QStringLiteral("stamping %1 ms of a whole action of %2 ms")
        .arg(double(stampNs) / 1e6 / n, 0, 'f', 3)
        .arg(double(wholeNs) / 1e6 / n, 0, 'f', 3);
}

} // namespace

// A measurement, not run by ctest: OW_BENCH_CASES demo cases (default 5,000) on a file and copied to
// the server; the cost of the commit's stamping per save and of `check`'s coverage search on both.
TEST_CASE("row audit cost on both stores", "[.bench]")
{
    const int cases =
        qEnvironmentVariableIsSet("OW_BENCH_CASES") ? qEnvironmentVariableIntValue("OW_BENCH_CASES") : 5000;
    test::TempDatabase source;
    DemoOptions demo;
    demo.cases = cases;
    demo.today = QDate(2026, 11, 30);
    REQUIRE(generateDemoCases(*source.db, demo));
    test::PgTestDb server;
    QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
    REQUIRE(servercopy::copyToServer(*source.db, owner, QStringLiteral("ow_app")));
    auto pg = Database::openServer(locationOf(server.url(QStringLiteral("ow_app"))));
    REQUIRE(pg);
    exec(owner, QStringLiteral("ANALYZE"));
    const QString caseId = scalar(source.db->sql(), QStringLiteral("SELECT min(id) FROM cases")).toString();
    for (int round = 0; round < 2; ++round) {
        WARN("SQLite: " << timeStamping(*source.db, caseId, 200).toStdString());
        WARN("server: " << timeStamping(**pg, caseId, 200).toStdString());
        for (Database* db : {source.db.get(), pg->get()}) {
            QElapsedTimer t;
            t.start();
            const rowaudit::Coverage c = rowaudit::findUncovered(*db);
            CHECK(c.total == 0);
            WARN((db->isServer() ? "server" : "SQLite")
                 << ": coverage search over " << c.checked << " rows " << t.elapsed() << " ms");
        }
    }
}
