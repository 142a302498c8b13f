// Issue 14: the audit log anchored. Each way of tampering the issue lists is done here by raw SQL on a
// real file, with a connection of its own (no program code in between), and `onewindow-cli check`
// must exit 3 naming what is wrong; a clean file and a normal day of work stay in good order.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include "exchange/package_export.h"
#include "exchange/package_import.h"
#include "security/audit_anchors.h"
#include "security/users.h"
#include "storage/schema_triggers.h"
#include "storage/store_location.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace ow;

namespace {

const QString kAdmin = QStringLiteral("wang.admin");
const QByteArray kAdminPassword = "admin-pass-2025";

test::Run runCli(const QString& db, const QStringList& args, const QByteArray& input = {})
{
    qputenv("ONEWINDOW_PASSWORD", kAdminPassword);
    const test::Run run = test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                                           QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                                       QStringLiteral("en"), QStringLiteral("--user"), kAdmin} +
                                               args,
                                           input);
    qunsetenv("ONEWINDOW_PASSWORD");
    return run;
}

test::Run check(const QString& db)
{
    return runCli(db, {QStringLiteral("check")});
}

// Someone who owns the file, with a SQLite tool of their own: no triggers or functions of the program.
// On a server (the TempDatabase's): the schema's owner, ow_owner, with a client of their own.
class Attacker
{
public:
    explicit Attacker(const QString& path)
        : m_name(QUuid::createUuid().toString())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    explicit Attacker(test::TempDatabase& t)
        : Attacker(t.server ? QString() : t.path)
    {
        if (t.server) {
            m_db.close();
            m_db = t.server->connect(QStringLiteral("ow_owner"));
        }
    }
    ~Attacker()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_db);
        REQUIRE((q.exec(sql) && q.next()));
        return q.value(0).toLongLong();
    }
    void dropAuditTriggers()
    {
        exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
    // What the program's code would write: every entry's prev_hash and hash from the first on.
    void recomputeChain()
    {
        QSqlQuery q(m_db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, seq, at, actor, action, entity, entity_id, detail FROM audit_log ORDER BY seq")));
        QString prev = QStringLiteral("0");
        QList<QStringList> rows;
        while (q.next()) {
            const QString hash = auditEntryHash(prev, q.value(1).toLongLong(), q.value(2).toString(),
                                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                                q.value(6).toString(), q.value(7).toString());
            rows << QStringList{q.value(0).toString(), prev, hash};
            prev = hash;
        }
        for (const QStringList& r : rows)
            exec(QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = '%3'")
                     .arg(r.at(1), r.at(2), r.at(0)));
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// The test's database opened again, on either store.
Result<DatabasePtr> reopen(const QString& path)
{
    if (!test::serverStore())
        return Database::open(path);
    const Result<StoreLocation> location = parseStoreLocation(path);
    REQUIRE(location);
    return Database::openServer(*location);
}

const QByteArray kIntake =
    R"({"case_type":"people_mediation","source":"walk_in","category":"邻里","township":"海流图镇",
        "summary":"楼上漏水","headcount":1,"received_on":"2025-05-07","window":"司法局",
        "parties":[{"role":"applicant","name":"赵敏","phone":"13912345678"},{"role":"respondent","name":"钱某"}]})";

// A day at the center: users added and given passwords, three cases taken in (intake names the lead department) and
// moved on, three wrong passwords, the head signed (as a package or a report does), and work after that.
struct WorkedDay
{
    test::TempDatabase t;
    QStringList caseNos;
    WorkedDay()
    {
        UserService users(*t.db);
        REQUIRE(users.save({kAdmin, QStringLiteral("王建华"), QStringLiteral("admin"), {}, true, false},
                           QStringLiteral("system")));
        REQUIRE(users.setPassword(kAdmin, QString::fromLatin1(kAdminPassword), QStringLiteral("system")));
        REQUIRE(users.save(
            {QStringLiteral("li.mediator"), QStringLiteral("李调解"), QStringLiteral("mediator"), {}, true, false},
            kAdmin));
        REQUIRE(users.setPassword(QStringLiteral("li.mediator"), QStringLiteral("mediator-pass-1"), kAdmin));
        REQUIRE(users.save(
            {QStringLiteral("zhao.clerk"), QStringLiteral("赵受理"), QStringLiteral("clerk"), {}, true, false},
            kAdmin));
        for (int i = 0; i < 3; ++i)
            CHECK_FALSE(users.signIn(QStringLiteral("zhao.clerk"), QStringLiteral("wrong-guess")).ok());
        t.db.reset();
        for (int i = 0; i < 3; ++i) {
            const test::Run in =
                runCli(t.path, {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, kIntake);
            INFO(in.err.toStdString());
            REQUIRE(in.status == 0);
            caseNos << in.out.trimmed();
        }
        step(caseNos.at(0), {QStringLiteral("transition"), caseNos.at(0), QStringLiteral("assign"),
                             QStringLiteral("--department"), QStringLiteral("justice")});
        for (const char* command : {"start", "respond"})
            step(caseNos.at(0), {QStringLiteral("transition"), caseNos.at(0), QString::fromLatin1(command),
                                 QStringLiteral("--reason"), QStringLiteral("按程序办理")});
        auto db = reopen(t.path);
        REQUIRE(db);
        REQUIRE(issueAnchor(**db, QStringLiteral("report")).ok());
        db->reset();
        step(caseNos.at(1), {QStringLiteral("transition"), caseNos.at(1), QStringLiteral("withdraw"),
                             QStringLiteral("--reason"), QStringLiteral("申请人撤回")});
    }
    void step(const QString& caseNo, const QStringList& args)
    {
        const test::Run r = runCli(t.path, args);
        INFO(caseNo.toStdString() + ": " + r.err.toStdString());
        REQUIRE(r.status == 0);
    }
};

void requireFinding(const test::Run& run, const QString& text)
{
    INFO(run.out.toStdString() + "\n--- stderr:\n" + run.err.toStdString());
    CHECK(run.status == 3);
    CHECK(run.err.contains(text));
    CHECK(run.err.contains(QStringLiteral("changed beside the program")));
}

} // namespace

TEST_CASE("a new file has exactly the triggers of the expected list, and a clean file checks in good order")
{
    test::TempDatabase t;
    CHECK(schema::compareTriggers(*t.db).isEmpty());
    CHECK(anchors(*t.db).size() == 1); // init signs the first head
    t.db.reset();
    qputenv("ONEWINDOW_PASSWORD", "");
    const test::Run run = test::runProgram(
        test::builtProgram(QStringLiteral("onewindow-cli")),
        {QStringLiteral("--db"), t.path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check")});
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("Protective triggers: ok")));
    CHECK(run.out.contains(QStringLiteral("Signed anchors: ok (1, the last at entry")));
    CHECK(run.out.contains(QStringLiteral("Audit coverage: ok")));
    CHECK(run.out.contains(QStringLiteral("The database is in good order.")));
}

TEST_CASE("a normal day of work checks in good order")
{
    WorkedDay day;
    const test::Run run = check(day.t.path);
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("Audit coverage: ok")));
    CHECK(run.out.contains(QStringLiteral("Signed anchors: ok (2,")));
}

// The log's own triggers and rows edited in the file; on a server the switched-off triggers and
// widened rights are test_pg_check's.
TEST_CASE("tampering with the audit log is found by check", "[sqlite]")
{
    WorkedDay day;
    Attacker sql(day.t.path);
    SECTION("dropped append-only triggers")
    {
        sql.dropAuditTriggers();
        requireFinding(check(day.t.path), QStringLiteral("The trigger audit_log_no_update of the table audit_log is "
                                                         "missing"));
    }
    SECTION("an entry edited and the chain recomputed, triggers put back")
    {
        const qint64 seq = sql.scalar(QStringLiteral("SELECT min(seq) FROM audit_log WHERE action = 'intake'"));
        sql.dropAuditTriggers();
        sql.exec(QStringLiteral("UPDATE audit_log SET actor = 'zhao.clerk' WHERE seq = %1").arg(seq));
        sql.recomputeChain();
        sql.exec(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\nBEGIN SELECT "
                                "RAISE(ABORT, 'the audit log is append-only'); END"));
        sql.exec(QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\nBEGIN SELECT "
                                "RAISE(ABORT, 'the audit log is append-only'); END"));
        const test::Run run = check(day.t.path);
        requireFinding(run, QStringLiteral("the log was rewritten up to that entry and its chain recomputed"));
        CHECK_FALSE(run.err.contains(QStringLiteral("The trigger")));
    }
    SECTION("the last 10 entries deleted")
    {
        sql.dropAuditTriggers();
        const qint64 last = sql.scalar(QStringLiteral("SELECT max(seq) FROM audit_log"));
        sql.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(last - 10));
        // check's own sign-in appends one entry before it looks.
        const test::Run run = check(day.t.path);
        requireFinding(run, QStringLiteral("The audit log ends at entry %1, but the anchor signed on").arg(last - 9));
        CHECK(run.err.contains(QStringLiteral("were deleted.")));
    }
    SECTION("all failed sign-ins deleted and the chain recomputed")
    {
        sql.dropAuditTriggers();
        CHECK(sql.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'")) == 3);
        sql.exec(QStringLiteral("DELETE FROM audit_log WHERE action = 'sign_in_failed'"));
        sql.recomputeChain();
        const test::Run run = check(day.t.path);
        requireFinding(run, QStringLiteral("The lock table records wrong passwords for \"zhao.clerk\" (3 since the "
                                           "last lock, 0 lock(s)), but the audit log has no failed sign-in of it"));
        CHECK(run.err.contains(QStringLiteral("its chain recomputed")));
    }
    SECTION("the whole log deleted")
    {
        sql.dropAuditTriggers();
        sql.exec(QStringLiteral("DELETE FROM audit_log"));
        const test::Run run = check(day.t.path);
        requireFinding(run, QStringLiteral("The audit log ends at entry 1, but the anchor signed on"));
        CHECK(run.err.contains(QStringLiteral("The user wang.admin has no audit entry")));
    }
}

TEST_CASE("changes of users made beside the program are found by check")
{
    WorkedDay day;
    Attacker sql(day.t);
    SECTION("a clerk made administrator")
    {
        sql.exec(QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'zhao.clerk'"));
        requireFinding(check(day.t.path), QStringLiteral("The user zhao.clerk was changed without an audit entry"));
    }
    SECTION("a password hash removed")
    {
        sql.exec(QStringLiteral("UPDATE users SET password_hash = NULL WHERE login = 'li.mediator'"));
        requireFinding(check(day.t.path), QStringLiteral("The user li.mediator was changed without an audit entry"));
    }
    SECTION("a user added")
    {
        sql.exec(QStringLiteral("INSERT INTO users(id, login, display_name, role, site_code, created_at, updated_at) "
                                "VALUES('x1', 'ghost', 'Ghost', 'admin', '150824', '2025-01-01', '2025-01-01')"));
        requireFinding(check(day.t.path), QStringLiteral("The user ghost has no audit entry"));
    }
}

// A demo file (demo makes files only) edited with a SQLite tool.
TEST_CASE("outcomes of 327 cases edited by SQL are found by check", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const test::Run demo = test::runProgram(
        test::builtProgram(QStringLiteral("onewindow-cli")),
        {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("2000")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.status == 0);
    {
        Attacker sql(path);
        REQUIRE(sql.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE outcome IS NOT NULL")) >= 327);
        // Failed mediations become mediated and the other way round: the figures of the report change.
        sql.exec(QStringLiteral("UPDATE cases SET outcome = CASE outcome WHEN 'mediated' THEN 'mediation_failed' "
                                "ELSE 'mediated' END WHERE id IN (SELECT id FROM cases WHERE outcome IS NOT NULL "
                                "ORDER BY id LIMIT 327)"));
    }
    const test::Run run = test::runProgram(
        test::builtProgram(QStringLiteral("onewindow-cli")),
        {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check")});
    requireFinding(run, QStringLiteral("was changed without an audit entry: it differs from its state at entry"));
    CHECK(run.err.count(QStringLiteral("was changed without an audit entry")) == 20);
    CHECK(run.err.contains(QStringLiteral("… and 307 more users and cases that the audit log does not account for "
                                          "(327 in all).")));
}

namespace {

QString exportSince(Database& db, const QString& path, ExportOptions::Range range)
{
    ExportOptions o;
    o.outPath = path;
    o.range = range;
    auto r = exportPackage(db, o);
    INFO(r.error().toStdString());
    REQUIRE(r);
    CHECK(r->auditHeadSeq > 0);
    return path;
}

qint64 lastHeadSeen(Database& county, const QString& site)
{
    QSqlQuery q(county.sql());
    q.prepare(QStringLiteral("SELECT max(seq) FROM site_audit_heads WHERE site_code = ?"));
    q.addBindValue(site);
    REQUIRE((q.exec() && q.next()));
    return q.value(0).toLongLong();
}

void addUsers(Database& db, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        REQUIRE(UserService(db).save({QStringLiteral("clerk%1").arg(i),
                                      QStringLiteral("受理员%1").arg(i),
                                      QStringLiteral("clerk"),
                                      {},
                                      true,
                                      false},
                                     QStringLiteral("system")));
}

} // namespace

// The township's log cut in its file with a SQLite tool.
TEST_CASE("a township package must continue the audit log head the county saw last", "[sqlite]")
{
    test::TempDatabase county;
    test::TempDatabase town(
        SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇"), QStringLiteral("township"), QString()});
    test::registerSiteKey(*county.db, *town.db);
    test::addCase(*town.db, QStringLiteral("（2025）海流图镇矛调字第0001号"));
    addUsers(*town.db, 1, 3);
    const QString first = exportSince(*town.db, town.file(QStringLiteral("1.owpkg")), ExportOptions::Range::Full);
    REQUIRE(PackageImporter(*county.db).import(first, QStringLiteral("system")).ok());
    const qint64 firstHead = lastHeadSeen(*county.db, QStringLiteral("150824100"));
    CHECK(firstHead == auditHead(*town.db).seq - 1); // the export's own entry follows its head

    // A genuine second package: more work, exported since the last one, continues the head.
    test::addCase(*town.db, QStringLiteral("（2025）海流图镇矛调字第0002号"));
    addUsers(*town.db, 4, 12);
    const QString second =
        exportSince(*town.db, town.file(QStringLiteral("2.owpkg")), ExportOptions::Range::SinceLastExport);
    auto imported = PackageImporter(*county.db).import(second, QStringLiteral("system"));
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    const qint64 secondHead = lastHeadSeen(*county.db, QStringLiteral("150824100"));
    CHECK(secondHead > firstHead);
    QSqlQuery hashSeen(county.db->sql());
    REQUIRE(hashSeen.exec(QStringLiteral("SELECT hash FROM site_audit_heads ORDER BY seq DESC LIMIT 1")));
    REQUIRE(hashSeen.next());
    const QString seenHash = hashSeen.value(0).toString();

    // Someone at the township deletes the last 10 entries of its log, then exports again.
    const qint64 end = auditHead(*town.db).seq;
    town.db.reset();
    {
        Attacker sql(town.path);
        sql.dropAuditTriggers();
        sql.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(end - 10));
    }
    auto reopened = Database::open(town.path);
    REQUIRE(reopened);
    town.db = *reopened;
    const QString third =
        exportSince(*town.db, town.file(QStringLiteral("3.owpkg")), ExportOptions::Range::SinceLastExport);
    auto refused = PackageImporter(*county.db).import(third, QStringLiteral("system"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() ==
          QStringLiteral("来自海流图镇 (150824100)的数据包 3.owpkg 被拒绝：县级中心上次收到该乡镇的审计日志截至第 %1 "
                         "条（哈希 %2），而本数据包的日志只到第 %3 条。第 %4 条至第 %1 条缺失：该乡镇的日志被截短，"
                         "或本数据包早于上次导入的数据包。")
              .arg(secondHead)
              .arg(seenHash.left(12))
              .arg(end - 10)
              .arg(end - 9));
    CHECK(lastHeadSeen(*county.db, QStringLiteral("150824100")) == secondHead);
}
