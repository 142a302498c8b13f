// Storage: creating a database, its settings, migrations, reference data, rollback, append-only logs.
#include "support/catch.h"
#include "support/fixtures.h"

#include "admin/site_setup.h"
#include "security/audit.h"
#include "security/signing_keys.h"
#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "storage/migrations.h"
#include "storage/reference_data.h"
#include "storage/row_audit.h"
#include "storage/sqlite_library.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <thread>

using namespace ow;

namespace {
QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

using test::sampleCase;

} // namespace

TEST_CASE("a new database has the settings of docs/ARCHITECTURE.md rule 4 and the latest schema")
{
    test::TempDatabase t;
    Database& db = *t.db;
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(db.userVersion() == latestSchemaVersion());
    CHECK(db.handle() != nullptr);
}

TEST_CASE("a second writer waits for the first, says that it waits, and then saves")
{
    test::TempDatabase t;
    QSqlQuery(t.db->sql()).exec(QStringLiteral("CREATE TABLE t(x)"));
    std::atomic<qint64> waitedSaid{0};
    Database::setWaitNotifier([&](const QString&, qint64 ms) { waitedSaid = ms; });
    WriteTransaction first(*t.db);
    REQUIRE(first.active());
    QSqlQuery(t.db->sql()).exec(QStringLiteral("INSERT INTO t VALUES(1)"));
    // The second desk, on a connection of its own (here: a thread), while the first holds the lock for 1.5 s.
    QString secondError;
    qint64 secondWaited = 0;
    std::thread second([&] {
        auto db = Database::open(t.path);
        QElapsedTimer timer;
        timer.start();
        WriteTransaction tx(**db);
        if (tx.active()) {
            QSqlQuery(db->get()->sql()).exec(QStringLiteral("INSERT INTO t VALUES(2)"));
            if (Status s = tx.commit(); !s)
                secondError = s.error();
        } else {
            secondError = tx.error();
        }
        secondWaited = timer.elapsed();
    });
    QThread::msleep(1500);
    REQUIRE(first.commit());
    second.join();
    Database::setWaitNotifier({});
    CHECK(secondError.isEmpty());
    CHECK(secondWaited >= 1400);
    CHECK(waitedSaid >= 500); // the notifier was told about twice a second
    CHECK(scalar(*t.db, QStringLiteral("SELECT group_concat(x) FROM (SELECT x FROM t ORDER BY x)")).toString() ==
          QStringLiteral("1,2"));
}

TEST_CASE("new files get 16 KB pages; a file made with SQLite's 4 KB default opens, migrates and takes writes")
{
    test::TempDatabase t;
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA page_size")).toInt() == kPageSize);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("made-earlier.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("made-earlier"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE earlier(x)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("made-earlier"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(scalar(**db, QStringLiteral("PRAGMA page_size")).toInt() == 4096);
    CHECK((*db)->userVersion() == latestSchemaVersion());
    {
        WriteTransaction tx(**db);
        REQUIRE((*db)->setSetting(QStringLiteral("center_name"), QStringLiteral("乌拉特前旗社会治理中心")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK((*db)->setting(QStringLiteral("center_name")) == QStringLiteral("乌拉特前旗社会治理中心"));
    CHECK(scalar(**db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("init loads the bundled reference data and makes the site's division its root")
{
    test::TempDatabase t;
    Database& db = *t.db;
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM categories")).toInt() == 18);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM departments")).toInt() == 18);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM divisions")).toInt() == 31);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM holidays")).toInt() == 72);
    CHECK(scalar(db, QStringLiteral("SELECT days FROM deadline_rules WHERE case_type='petition' AND "
                                    "milestone='handling'"))
              .toInt() == 60);
    // The source note with a comma inside survives.
    CHECK(scalar(db, QStringLiteral("SELECT source FROM deadline_rules WHERE case_type='administrative_mediation'"))
              .toString() == QStringLiteral("无全国统一期限; 默认值, 可配置"));
    const ReferenceData ref = ReferenceData::load(db);
    CHECK(ref.siteDivision == QStringLiteral("150824"));
    CHECK(ref.townships().size() == 10);
    CHECK(ref.findDivision(QStringLiteral("海流图镇"), QStringLiteral("150824")) == QStringLiteral("150824100"));
    CHECK(ref.findCategory(QStringLiteral(" 邻 里 ")) == QStringLiteral("neighbor"));
    CHECK(ref.findDepartment(QStringLiteral("司法局")) == QStringLiteral("justice"));
    CHECK_FALSE(ref.findDepartment(QStringLiteral("公安局"), true).has_value()); // not a window
    CHECK(verifyAuditChain(db).entries == 1);
}

TEST_CASE("a township or village site gets its own division under its parent")
{
    test::TempDatabase town(SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇综治中心"),
                                      QStringLiteral("township"), QString()});
    CHECK(ReferenceData::load(*town.db).townships().size() == 1);
    test::TempDatabase village(
        SiteSetup{QStringLiteral("150824100201"), QStringLiteral("新村社区"), QStringLiteral("village"), QString()});
    const ReferenceData ref = ReferenceData::load(*village.db);
    REQUIRE(ref.division(QStringLiteral("150824100201")) != nullptr);
    CHECK(ref.division(QStringLiteral("150824100201"))->parentCode == QStringLiteral("150824100"));
    CHECK(ref.townships().size() == 1);
}

TEST_CASE("creating refuses to overwrite, and bad site settings leave no file behind")
{
    test::TempDatabase t;
    auto again = createDatabase(t.path, sampleSite());
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(t.path));
    const QString bad = t.file(QStringLiteral("bad.sqlite"));
    auto wrongLevel = createDatabase(
        bad, SiteSetup{QStringLiteral("150824"), QStringLiteral("x"), QStringLiteral("township"), QString()});
    CHECK_FALSE(wrongLevel.ok());
}

TEST_CASE("opening a file that is not a database reports it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(path, QByteArray("this is a text file, not SQLite\n").repeated(200));
    auto db = Database::open(path);
    CHECK_FALSE(db.ok());
    CHECK_FALSE(db.error().isEmpty());
}

TEST_CASE("migrations run from an empty file (version 0) and a failing step changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        CHECK((*raw)->userVersion() == 0);
        REQUIRE(migrate(**raw).ok());
        CHECK((*raw)->userVersion() == latestSchemaVersion());
    }
    // A file claiming a newer schema than this program knows is refused.
    {
        auto raw = Database::openRaw(path);
        QSqlQuery q((*raw)->sql());
        q.exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    auto newer = Database::open(path);
    CHECK_FALSE(newer.ok());
    CHECK(newer.error().contains(QStringLiteral("999")));
}

TEST_CASE("a file upgraded past schema 10 gets its signing key at first use, the secret half outside it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(migrate(**raw, 8).ok());
        CHECK((*raw)->userVersion() == 8);
        CHECK(scalar(**raw, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'signing_keys'")).toInt() ==
              0);
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->userVersion() == latestSchemaVersion());
    // The migration made only the tables; the security layer makes the pair when it is first asked.
    CHECK(keys::ownKeys(**db).isEmpty());
    auto key = keys::currentKey(**db);
    INFO(key.error().toStdString());
    REQUIRE(key);
    CHECK(key->publicKey.size() == 32);
    CHECK(key->fingerprint == keys::fingerprintOf(key->publicKey));
    CHECK(keys::registered(**db).isEmpty());
    const QString file = keys::keyDirectory() + QStringLiteral("/") + key->fingerprint + QStringLiteral(".key");
    CHECK(QFileInfo(file).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // The key signs, and the signature verifies with the public half stored in the file.
    auto signature = keys::sign(**db, QByteArrayLiteral("message"));
    REQUIRE(signature);
    CHECK(keys::verify(key->publicKey, QByteArrayLiteral("message"), *signature));
    CHECK_FALSE(keys::verify(key->publicKey, QByteArrayLiteral("massage"), *signature));
    // Without its key file the database cannot sign, and says how to recover.
    REQUIRE(QFile::remove(file));
    auto unsigned_ = keys::sign(**db, QByteArrayLiteral("message"));
    REQUIRE_FALSE(unsigned_);
    CHECK(unsigned_.error().contains(QStringLiteral("keys rotate")));
}

TEST_CASE("the upgrade to schema 12 stamps the users and cases of a version 10 file with its last audit entry")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    {
        test::TempDatabase made;
        test::addCase(*made.db, QStringLiteral("A-1"));
        QSqlQuery q(made.db->sql());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE audit_rows")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE site_audit_heads")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 10")));
        REQUIRE(made.db->userVersion() == 10);
        made.db.reset();
        REQUIRE(QFile::copy(made.path, path));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->userVersion() == latestSchemaVersion());
    const qint64 last = scalar(**db, QStringLiteral("SELECT max(seq) FROM audit_log")).toLongLong();
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM audit_rows WHERE seq = %1").arg(last)).toInt() ==
          scalar(**db, QStringLiteral("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM cases)")).toInt());
    const rowaudit::Coverage coverage = rowaudit::findUncovered(**db);
    CHECK(coverage.total == 0);
    CHECK(coverage.checked == 2); // the built-in operator and case A-1
}

TEST_CASE("a write that fails half-way is rolled back whole")
{
    test::TempDatabase t;
    Database& db = *t.db;
    {
        WriteTransaction tx(db);
        REQUIRE(tx.active());
        CaseWriter w(db);
        CaseRecord ok = sampleCase(QStringLiteral("A-1"));
        auto r = w.insert(ok);
        REQUIRE(r.ok());
        CaseRecord bad = sampleCase(QStringLiteral("A-2"));
        bad.categoryCode = QStringLiteral("no_such_category"); // foreign key fails
        CHECK_FALSE(w.insert(bad).ok());
        // tx goes out of scope without commit
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM parties")).toInt() == 0);
}

TEST_CASE("cases are written whole and read back; the timeline and audit log are append-only")
{
    test::TempDatabase t;
    Database& db = *t.db;
    {
        WriteTransaction tx(db);
        CaseWriter w(db);
        CaseRecord c = sampleCase(QStringLiteral("（2025）乌中矛调字第0001号"));
        REQUIRE(w.insert(c).ok());
        REQUIRE(tx.commit().ok());
    }
    CaseStore store(db);
    auto c = store.load(QStringLiteral("（2025）乌中矛调字第0001号"));
    REQUIRE(c.ok());
    CHECK(c->applicantName() == QStringLiteral("张建国"));
    CHECK(c->siteCode == QStringLiteral("150824"));
    CHECK(c->timeline.size() == 1);
    auto byCode = store.load(c->oneCaseCode());
    REQUIRE(byCode.ok());
    CHECK(byCode->id == c->id);

    QSqlQuery q(db.sql());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE case_events SET detail = 'x'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM case_events")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM case_events")).toInt() == 1);
}

TEST_CASE("cases written in batches read back as written one by one; a bad case is named by its tag")
{
    // 123 cases (two full batches of 50 and a rest of 23), each with two parties, a milestone
    // and an event: the rows of both databases are the same, value for value.
    auto write = [](Database& db, int batch) {
        WriteTransaction tx(db);
        CaseWriter w(db);
        w.setBatch(batch);
        for (int i = 1; i <= 123; ++i) {
            CaseRecord c = sampleCase(QStringLiteral("（2025）乌中矛调字第%1号").arg(i, 4, 10, QLatin1Char('0')));
            c.id = QStringLiteral("case-%1").arg(i, 4, 10, QLatin1Char('0'));
            c.createdAt = c.updatedAt = QStringLiteral("2025-05-07T08:00:00.000Z");
            c.parties[0].id = c.id + QStringLiteral("-a");
            c.parties << Party{c.id + QStringLiteral("-r"),
                               QStringLiteral("respondent"),
                               QStringLiteral("person"),
                               QStringLiteral("李四%1").arg(i),
                               {},
                               {},
                               {},
                               {},
                               {}};
            c.timeline[0].at = c.createdAt;
            Milestone handling;
            handling.milestone = QStringLiteral("handling");
            handling.counting = QStringLiteral("calendar");
            handling.days = 30;
            handling.startsOn = c.receivedOn;
            handling.dueOn = c.receivedOn.addDays(30);
            c.milestones << handling;
            REQUIRE(w.insert(c, i));
        }
        REQUIRE(w.flush());
        REQUIRE(tx.commit());
    };
    test::TempDatabase one, batched;
    write(*one.db, 1);
    write(*batched.db, 50);
    auto rows = [](Database& db, const char* sql) {
        QStringList out;
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QString::fromLatin1(sql)));
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            out << values.join(QLatin1Char('|'));
        }
        return out;
    };
    for (const char* sql :
         {"SELECT * FROM cases ORDER BY case_no", "SELECT * FROM parties ORDER BY case_id, sort_order",
          "SELECT case_id, milestone, counting, days, starts_on, due_on, original_due_on, site_code FROM milestones "
          "ORDER BY case_id",
          "SELECT case_id, at, actor, action, detail, site_code FROM case_events ORDER BY case_id"}) {
        INFO(sql);
        const QStringList a = rows(*one.db, sql);
        CHECK(a.size() >= 123);
        CHECK(rows(*batched.db, sql) == a);
    }

    // Case 77 breaks a CHECK constraint: the batch that holds it fails and names it.
    test::TempDatabase bad;
    WriteTransaction tx(*bad.db);
    CaseWriter w(*bad.db);
    w.setBatch(50);
    Status failed;
    for (int i = 1; i <= 100 && failed; ++i) {
        CaseRecord c = sampleCase(QStringLiteral("第%1号").arg(i));
        if (i == 77)
            c.status = QStringLiteral("lost");
        failed = w.insert(c, i);
    }
    if (failed)
        failed = w.flush();
    REQUIRE_FALSE(failed);
    CHECK(failed.error().contains(QStringLiteral("CHECK")));
    CHECK(w.failedTag() == 77);
}

TEST_CASE("the case list pages by keyset and filters in SQL")
{
    test::TempDatabase t;
    Database& db = *t.db;
    {
        WriteTransaction tx(db);
        CaseWriter w(db);
        for (int i = 1; i <= 25; ++i) {
            CaseRecord c = sampleCase(QStringLiteral("N-%1").arg(i));
            c.receivedOn = QDate(2025, 1, 1).addDays(i);
            if (i % 5 == 0)
                c.categoryCode = QStringLiteral("labor");
            REQUIRE(w.insert(c).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    CaseStore store(db);
    CaseFilter all;
    CHECK(store.count(all) == 25);
    const auto first = store.page(all, std::nullopt, 10);
    REQUIRE(first.size() == 10);
    CHECK(first.first().caseNo == QStringLiteral("N-25")); // newest first
    const auto second = store.page(all, CaseStore::cursorAfter(first.last(), all), 10);
    REQUIRE(second.size() == 10);
    CHECK(second.first().caseNo == QStringLiteral("N-15"));
    CaseFilter labor;
    labor.category = QStringLiteral("labor");
    CHECK(store.count(labor) == 5);
    CaseFilter search;
    search.search = QStringLiteral("建国");
    CHECK(store.count(search) == 25);
    search.search = QStringLiteral("N-1");
    CHECK(store.count(search) == 11); // N-1, N-10..N-19
}

TEST_CASE("the case list sorts by deadline and by case number, page after page")
{
    test::TempDatabase t;
    Database& db = *t.db;
    {
        WriteTransaction tx(db);
        CaseWriter w(db);
        for (int i = 1; i <= 23; ++i) {
            CaseRecord c = sampleCase(QStringLiteral("N-%1").arg(i, 2, 10, QLatin1Char('0')));
            c.receivedOn = QDate(2025, 1, 1).addDays(i);
            // Deadlines out of step with the dates received; every fourth case has none; two share one.
            if (i % 4 != 0)
                c.dueOn = QDate(2025, 3, 1).addDays((i * 7) % 23);
            REQUIRE(w.insert(c).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    CaseStore store(db);
    auto everyPage = [&](const CaseFilter& f) {
        QList<CaseListRow> rows;
        std::optional<CaseCursor> cursor;
        for (;;) {
            const QList<CaseListRow> page = store.page(f, cursor, 5);
            rows += page;
            if (page.size() < 5)
                return rows;
            cursor = CaseStore::cursorAfter(page.last(), f);
        }
    };
    CaseFilter byDue;
    byDue.order = {CaseOrder::Due, false};
    const QList<CaseListRow> soonest = everyPage(byDue);
    REQUIRE(soonest.size() == 23);
    for (int i = 1; i < soonest.size(); ++i) {
        const QDate a = soonest[i - 1].dueOn, b = soonest[i].dueOn;
        INFO(i);
        CHECK((!b.isValid() || (a.isValid() && a <= b))); // ascending, no deadline last
    }
    CHECK(soonest.first().caseNo == QStringLiteral("N-23")); // (23 * 7) % 23 == 0: due 2025-03-01
    CHECK_FALSE(soonest.last().dueOn.isValid());

    byDue.order.descending = true;
    const QList<CaseListRow> latest = everyPage(byDue);
    REQUIRE(latest.size() == 23);
    CHECK_FALSE(latest.first().dueOn.isValid());
    CHECK(latest.last().caseNo == soonest.first().caseNo);

    CaseFilter byNumber;
    byNumber.order = {CaseOrder::CaseNo, false};
    const QList<CaseListRow> numbered = everyPage(byNumber);
    REQUIRE(numbered.size() == 23);
    CHECK(numbered.first().caseNo == QStringLiteral("N-01"));
    CHECK(numbered.last().caseNo == QStringLiteral("N-23"));
}

TEST_CASE("Qt's SQLite driver and the program call one copy of SQLite")
{
    test::TempDatabase t;
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT sqlite_version()")));
    REQUIRE(q.next());
    const sqlitelib::Finding found = sqlitelib::inspect(t.db->sql().driver(), q.value(0).toString());
    INFO("driver library: " << found.driverLibrary << ", versions " << found.driverVersion << " / "
                            << found.sqliteVersion);
    CHECK(found.same);
    CHECK(found.driverLibrary.contains(QStringLiteral("qsqlite")));
    CHECK(found.driverVersion == found.sqliteVersion);

    // What a Qt with a bundled SQLite would show: no exported symbol, another address, another version.
    int ours = 0;
    int other = 0;
    const QString v = found.sqliteVersion;
    CHECK(sqlitelib::sameCopy(&ours, &ours, v, v));
    CHECK_FALSE(sqlitelib::sameCopy(nullptr, &ours, v, v));
    CHECK_FALSE(sqlitelib::sameCopy(&other, &ours, v, v));
    CHECK_FALSE(sqlitelib::sameCopy(&ours, &ours, QStringLiteral("3.39.0"), v));
}

TEST_CASE("a file of schema 8 upgrades to 9: its accounts keep their passwords and sign-in failures are counted")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(migrate(**raw, 8).ok());
        QSqlQuery q((*raw)->sql());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM sign_in_failures")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users(id, login, display_name, role, password_hash, site_code, "
                                      "created_at, updated_at) VALUES('u1', 'wang', '王', 'admin', 'h', '150824', "
                                      "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")));
    }
    auto raw = Database::openRaw(path);
    REQUIRE(raw.ok());
    REQUIRE(migrate(**raw, 9).ok());
    CHECK((*raw)->userVersion() == 9);
    QSqlQuery q((*raw)->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'wang'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("h"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sign_in_failures")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO sign_in_failures(login, failures, locks, last_failure_at) "
                                      "VALUES('x', -1, 0, '2025-01-01T00:00:00Z')")));
}

TEST_CASE(
    "a file of schema 10 upgrades to the latest: its parties stay and an organization gets a legal representative")
{
    test::TempDatabase t;
    {
        // A file as schema 10 left it: today's file without the column, its version set back.
        test::addCase(*t.db, QStringLiteral("（2025）乌中矛调字第0001号"));
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE parties DROP COLUMN legal_representative")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 10")));
    }
    t.db.reset();
    auto db = Database::open(t.path);
    REQUIRE(db.ok());
    CHECK((*db)->userVersion() == latestSchemaVersion());
    const auto c = CaseStore(**db).load(QStringLiteral("（2025）乌中矛调字第0001号"));
    REQUIRE(c.ok());
    REQUIRE(c->parties.size() == 1);
    CHECK(c->parties[0].name == QStringLiteral("张建国"));
    CHECK(c->parties[0].legalRepresentative.isEmpty());
    QSqlQuery q((*db)->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE parties SET kind = 'organization', legal_representative = '李明'")));
    CHECK(CaseStore(**db).load(c->id)->parties[0].legalRepresentative == QStringLiteral("李明"));
    // Run again on a file that has the column (a rewound user_version): nothing changes, nothing fails.
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 10")));
    REQUIRE(migrate(**db).ok());
    CHECK((*db)->userVersion() == latestSchemaVersion());
    CHECK(CaseStore(**db).load(c->id)->parties[0].legalRepresentative == QStringLiteral("李明"));
}
