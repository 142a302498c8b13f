// onewindow-cli end to end: init, usage errors, cases (json/csv/table), show and check, run as a
// separate process against real database files.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pdf_text.h"
#include "support/pg_test_db.h"

#include "core/mediation_test_support.h"
#include "mediation/agreement.h"
#include "mediation/closure.h"
#include "mediation/followup.h"

#include "security/users.h"
#include "storage/case_writer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

using namespace ow;

namespace {

QString cli()
{
    return test::builtProgram(QStringLiteral("onewindow-cli"));
}

test::Run runCli(const QString& db, const QStringList& args)
{
    return test::runProgram(cli(), QStringList{QStringLiteral("--db"), db} + args);
}

// Raw stdout bytes, for checks a decoded QString would hide (the UTF-8 BOM).
QByteArray rawOut(const QString& db, const QStringList& args)
{
    QProcess p;
    p.start(cli(), QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(300000);
    return p.readAllStandardOutput();
}

CaseRecord makeCase(const QString& no, const QString& status, const QDate& received, const QString& applicant)
{
    CaseRecord c;
    c.caseNo = no;
    c.caseType = QStringLiteral("people_mediation");
    c.source = QStringLiteral("walk_in");
    c.categoryCode = QStringLiteral("neighbor");
    c.townshipCode = QStringLiteral("150824100");
    c.summary = QStringLiteral("邻里宅基地边界纠纷");
    c.status = status;
    c.receivedOn = received;
    c.filedOn = received;
    c.dueOn = received.addDays(30);
    c.leadDepartmentCode = QStringLiteral("justice");
    Party applicantParty;
    applicantParty.name = applicant;
    applicantParty.idNumber = QStringLiteral("150824198503120033");
    applicantParty.phone = QStringLiteral("13812345678");
    c.parties << applicantParty;
    Party respondent;
    respondent.role = QStringLiteral("respondent");
    respondent.name = QStringLiteral("李四");
    c.parties << respondent;
    Milestone m;
    m.milestone = QStringLiteral("handling");
    m.counting = QStringLiteral("calendar");
    m.days = 30;
    m.startsOn = received;
    m.dueOn = c.dueOn;
    m.originalDueOn = c.dueOn;
    c.milestones << m;
    c.timeline << TimelineEvent{{}, QStringLiteral("system"), QStringLiteral("filed"), QStringLiteral("窗口受理")};
    return c;
}

// A sample database with three cases: one open and overdue, one open, one closed.
struct CasesDb
{
    test::TempDatabase t;
    CasesDb()
    {
        WriteTransaction tx(*t.db);
        REQUIRE(tx.active());
        CaseWriter writer(*t.db);
        CaseRecord a = makeCase(QStringLiteral("（2025）乌中矛调字第0001号"), QStringLiteral("in_progress"),
                                QDate(2025, 5, 7), QStringLiteral("张建国"));
        CaseRecord b = makeCase(QStringLiteral("（2025）乌中矛调字第0002号"), QStringLiteral("filed"),
                                QDate::currentDate(), QStringLiteral("王芳"));
        CaseRecord c = makeCase(QStringLiteral("（2025）乌中矛调字第0003号"), QStringLiteral("closed"),
                                QDate(2025, 6, 1), QStringLiteral("赵敏"));
        c.endedOn = QDate(2025, 6, 20);
        c.outcome = QStringLiteral("mediated");
        c.resolutionLevel = QStringLiteral("county");
        c.milestones.first().metOn = c.endedOn;
        REQUIRE(writer.insert(a).ok());
        REQUIRE(writer.insert(b).ok());
        REQUIRE(writer.insert(c).ok());
        REQUIRE(tx.commit().ok());
    }
};

QJsonArray jsonArray(const QString& text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    INFO(text.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

// init makes a file; a center reaches a server by migrate --to (test_server_copy).
TEST_CASE("init creates a database and refuses to overwrite it", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const QStringList args{QStringLiteral("init"),
                           QStringLiteral("--site-code"),
                           QStringLiteral("150824"),
                           QStringLiteral("--site-name"),
                           QStringLiteral("乌拉特中旗社会治理中心"),
                           QStringLiteral("--level"),
                           QStringLiteral("county")};
    const test::Run first = runCli(path, args);
    INFO(first.err.toStdString());
    CHECK(first.status == 0);
    CHECK(QFile::exists(path));
    const QByteArray before = test::fileHash(path);
    const test::Run second = runCli(path, args);
    CHECK(second.status == 1);
    CHECK_FALSE(second.err.isEmpty());
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("usage errors exit with status 2")
{
    test::TempDatabase t;
    CHECK(runCli(t.path, {QStringLiteral("no-such-command")}).status == 2);
    CHECK(runCli(t.path, {QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("xml")}).status == 2);
    CHECK(runCli(t.path, {QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("many")}).status == 2);
    const test::Run badStatus =
        runCli(t.path, {QStringLiteral("cases"), QStringLiteral("--status"), QStringLiteral("已完成")});
    CHECK(badStatus.status == 2);
    CHECK(badStatus.err.contains(QStringLiteral("已完成")));
    CHECK(runCli(t.path, {QStringLiteral("cases"), QStringLiteral("--category"), QStringLiteral("nonsense")}).status ==
          2);
    CHECK(runCli(t.path, {QStringLiteral("cases"), QStringLiteral("--township"), QStringLiteral("北京")}).status == 2);
    CHECK(runCli(t.path, {QStringLiteral("show")}).status == 2);
}

TEST_CASE("cases --format json has exactly the keys of cli.md")
{
    CasesDb d;
    const test::Run r = runCli(d.t.path, {QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    const QJsonArray rows = jsonArray(r.out);
    REQUIRE(rows.size() == 3);
    const QStringList expected{
        QStringLiteral("case_no"),          QStringLiteral("uuid"),        QStringLiteral("site"),
        QStringLiteral("status"),           QStringLiteral("case_type"),   QStringLiteral("source"),
        QStringLiteral("category"),         QStringLiteral("township"),    QStringLiteral("village"),
        QStringLiteral("lead_department"),  QStringLiteral("received_on"), QStringLiteral("filed_on"),
        QStringLiteral("due_on"),           QStringLiteral("ended_on"),    QStringLiteral("outcome"),
        QStringLiteral("resolution_level"), QStringLiteral("applicant")};
    for (const QJsonValue& v : rows) {
        const QStringList keys = v.toObject().keys();
        CHECK(QSet<QString>(keys.begin(), keys.end()) == QSet<QString>(expected.begin(), expected.end()));
    }
    // Newest first: today's case, then 2025-06-01, then 2025-05-07.
    const QJsonObject oldest = rows.at(2).toObject();
    CHECK(oldest.value(QStringLiteral("case_no")).toString() == QStringLiteral("（2025）乌中矛调字第0001号"));
    CHECK(oldest.value(QStringLiteral("site")).toString() == QStringLiteral("150824"));
    CHECK(oldest.value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));
    CHECK(oldest.value(QStringLiteral("category")).toString() == QStringLiteral("neighbor"));
    CHECK(oldest.value(QStringLiteral("township")).toString() == QStringLiteral("150824100"));
    CHECK(oldest.value(QStringLiteral("village")).isNull());
    CHECK(oldest.value(QStringLiteral("lead_department")).toString() == QStringLiteral("justice"));
    CHECK(oldest.value(QStringLiteral("received_on")).toString() == QStringLiteral("2025-05-07"));
    CHECK(oldest.value(QStringLiteral("due_on")).toString() == QStringLiteral("2025-06-06"));
    CHECK(oldest.value(QStringLiteral("ended_on")).isNull());
    CHECK(oldest.value(QStringLiteral("outcome")).isNull());
    CHECK(oldest.value(QStringLiteral("applicant")).toString() == QStringLiteral("张建国"));
    const QJsonObject closed = rows.at(1).toObject();
    CHECK(closed.value(QStringLiteral("ended_on")).toString() == QStringLiteral("2025-06-20"));
    CHECK(closed.value(QStringLiteral("outcome")).toString() == QStringLiteral("mediated"));
    CHECK(closed.value(QStringLiteral("resolution_level")).toString() == QStringLiteral("county"));
}

TEST_CASE("cases filters by status label, category, township, overdue, search and limit")
{
    CasesDb d;
    auto count = [&](const QStringList& extra) {
        const test::Run r = runCli(
            d.t.path, QStringList{QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        return jsonArray(r.out).size();
    };
    CHECK(count({QStringLiteral("--status"), QStringLiteral("办理中")}) == 1);
    CHECK(count({QStringLiteral("--status"), QStringLiteral("closed")}) == 1);
    CHECK(count({QStringLiteral("--category"), QStringLiteral("邻里")}) == 3);
    CHECK(count({QStringLiteral("--category"), QStringLiteral("contract")}) == 0);
    CHECK(count({QStringLiteral("--township"), QStringLiteral("150824100")}) == 3);
    CHECK(count({QStringLiteral("--overdue")}) == 1);
    CHECK(count({QStringLiteral("--search"), QStringLiteral("王芳")}) == 1);
    CHECK(count({QStringLiteral("--limit"), QStringLiteral("2")}) == 2);
    CHECK(count({QStringLiteral("--limit"), QStringLiteral("0")}) == 3);
}

TEST_CASE("cases as CSV starts with a UTF-8 BOM and has the JSON keys as header")
{
    CasesDb d;
    const QByteArray bytes =
        rawOut(d.t.path, {QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.first().startsWith(QStringLiteral("case_no,uuid,site,status,case_type,")));
    CHECK(lines.first().endsWith(QStringLiteral(",resolution_level,applicant")));
    CHECK(text.contains(QStringLiteral("张建国")));
}

TEST_CASE("cases as a table has Chinese headers, English with --lang en")
{
    CasesDb d;
    const test::Run zh = runCli(d.t.path, {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("cases")});
    REQUIRE(zh.status == 0);
    const QString header = zh.out.section(QLatin1Char('\n'), 0, 0);
    for (const char* h : {"案件编号", "受理日期", "类别", "申请人", "乡镇", "责任部门", "状态", "期限"})
        CHECK(header.contains(QString::fromUtf8(h)));
    CHECK(zh.out.contains(QStringLiteral("张建国")));
    CHECK(zh.out.contains(QStringLiteral("办理中")));
    const test::Run en = runCli(d.t.path, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("cases")});
    REQUIRE(en.status == 0);
    CHECK(en.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Case no.")));
    CHECK(en.out.contains(QStringLiteral("In progress")));
}

TEST_CASE("show prints one case with parties, milestones and timeline")
{
    CasesDb d;
    const QString no = QStringLiteral("（2025）乌中矛调字第0001号");
    const test::Run r =
        runCli(d.t.path, {QStringLiteral("show"), no, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("case_no")).toString() == no);
    CHECK(o.value(QStringLiteral("applicant")).toString() == QStringLiteral("张建国"));
    const QJsonArray parties = o.value(QStringLiteral("parties")).toArray();
    REQUIRE(parties.size() == 2);
    const QJsonObject applicant = parties.at(0).toObject();
    CHECK(applicant.value(QStringLiteral("role")).toString() == QStringLiteral("applicant"));
    CHECK(applicant.value(QStringLiteral("id_number")).toString() == QStringLiteral("150824********0033"));
    CHECK(applicant.value(QStringLiteral("phone")).toString() == QStringLiteral("138****5678"));
    const QJsonArray milestones = o.value(QStringLiteral("milestones")).toArray();
    REQUIRE(milestones.size() == 1);
    CHECK(milestones.at(0).toObject().value(QStringLiteral("milestone")).toString() == QStringLiteral("handling"));
    CHECK(milestones.at(0).toObject().value(QStringLiteral("due_on")).toString() == QStringLiteral("2025-06-06"));
    CHECK(milestones.at(0).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("overdue"));
    const QJsonArray timeline = o.value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() >= 1);
    const QJsonObject event = timeline.at(0).toObject();
    CHECK(event.value(QStringLiteral("action")).toString() == QStringLiteral("filed"));
    CHECK(event.value(QStringLiteral("actor")).toString() == QStringLiteral("system"));
    CHECK(event.contains(QStringLiteral("at")));
    CHECK(event.value(QStringLiteral("detail")).toString() == QStringLiteral("窗口受理"));

    const test::Run unmasked = runCli(d.t.path, {QStringLiteral("show"), no, QStringLiteral("--format"),
                                                 QStringLiteral("json"), QStringLiteral("--unmask")});
    REQUIRE(unmasked.status == 0);
    CHECK(unmasked.out.contains(QStringLiteral("150824198503120033")));
    // Seeing full numbers is logged; a role that may not see them is refused with exit 4.
    QSqlQuery seen(d.t.db->sql());
    seen.exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'personal_data_viewed'"));
    REQUIRE(seen.next());
    CHECK(seen.value(0).toString() == QStringLiteral("system"));
    REQUIRE(UserService(*d.t.db).save({QStringLiteral("zhou.h"), QStringLiteral("周海"), QStringLiteral("handler"),
                                       QStringLiteral("justice"), true, false},
                                      QStringLiteral("system")));
    const test::Run refused = runCli(d.t.path, {QStringLiteral("--user"), QStringLiteral("zhou.h"),
                                                QStringLiteral("show"), no, QStringLiteral("--unmask")});
    CHECK(refused.status == 4);
    CHECK(refused.err.contains(QStringLiteral("部门承办人")));
    CHECK_FALSE(refused.out.contains(QStringLiteral("150824198503120033")));

    const test::Run closed = runCli(d.t.path, {QStringLiteral("show"), QStringLiteral("（2025）乌中矛调字第0003号"),
                                               QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(closed.status == 0);
    const QJsonObject closedObj = QJsonDocument::fromJson(closed.out.toUtf8()).object();
    CHECK(closedObj.value(QStringLiteral("milestones"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("met"));

    const test::Run text = runCli(d.t.path, {QStringLiteral("show"), no});
    REQUIRE(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("张建国")));
    CHECK(text.out.contains(QStringLiteral("办理中")));
    CHECK_FALSE(text.out.contains(QStringLiteral("150824198503120033")));
}

TEST_CASE("show of an unknown case exits 1 with a message")
{
    test::TempDatabase t;
    const test::Run r = runCli(t.path, {QStringLiteral("show"), QStringLiteral("（2099）不存在第9号")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("（2099）不存在第9号")));
}

// A file's pages overwritten; check on a server is test_pg_check's.
TEST_CASE("check passes on a fresh database and reports a damaged file with status 3", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("good.sqlite"));
    REQUIRE(runCli(path, {QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("150824"),
                          QStringLiteral("--site-name"), QStringLiteral("乌拉特中旗社会治理中心"),
                          QStringLiteral("--level"), QStringLiteral("county")})
                .status == 0);
    const test::Run good = runCli(path, {QStringLiteral("check")});
    INFO(good.out.toStdString() + good.err.toStdString());
    CHECK(good.status == 0);
    // Nothing on stderr but Qt's own environment notes (e.g. XDG_RUNTIME_DIR).
    QStringList errLines = good.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    errLines.removeIf([](const QString& l) { return l.startsWith(QLatin1String("QStandardPaths")); });
    CHECK(errLines.isEmpty());
    CHECK(good.out.count(QLatin1Char('\n')) >= 5);
    // A calendar without this year is said (not as damage: the status stays 0).
    {
        auto db = Database::open(path);
        REQUIRE(db);
        QSqlQuery del((*db)->sql());
        REQUIRE(del.exec(QStringLiteral("DELETE FROM holidays WHERE date >= '%1'").arg(QDate::currentDate().year())));
    }
    const test::Run lacking = runCli(path, {QStringLiteral("check")});
    CHECK(lacking.status == 0);
    CHECK(lacking.out.contains(QStringLiteral("节假日安排中没有 %1").arg(QDate::currentDate().year())));

    // A copy with garbage written over pages in the middle of the file.
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 64 * 1024);
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 16 * 1024; ++i)
        bytes[i] = char(0xA5 ^ (i & 0x3F));
    test::writeFile(bad, bytes);
    const test::Run damaged = runCli(bad, {QStringLiteral("check")});
    INFO(damaged.out.toStdString() + damaged.err.toStdString());
    CHECK(damaged.status == 3);
    CHECK_FALSE(damaged.err.isEmpty());

    CHECK(runCli(dir.filePath(QStringLiteral("missing.sqlite")), {QStringLiteral("check")}).status == 3);
}

TEST_CASE("passwd sets a password from standard input and users lists the accounts")
{
    test::TempDatabase t;
    REQUIRE(UserService(*t.db).save(
        {QStringLiteral("wang.admin"), QStringLiteral("王建华"), QStringLiteral("admin"), {}, true, false},
        QStringLiteral("system")));
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    const QStringList base{QStringLiteral("--db"), t.path};

    const test::Run tooShort = test::runProgram(
        cli, base + QStringList{QStringLiteral("passwd"), QStringLiteral("wang.admin")}, QByteArray("short\n"));
    CHECK(tooShort.status == 1);
    CHECK(tooShort.err.contains(QStringLiteral("至少需要 8 个字符")));

    const test::Run set =
        test::runProgram(cli, base + QStringList{QStringLiteral("passwd"), QStringLiteral("wang.admin")},
                         QByteArray("admin-pass-2026\n"));
    REQUIRE(set.status == 0);
    CHECK(UserService(*t.db).signIn(QStringLiteral("wang.admin"), QStringLiteral("admin-pass-2026")).ok());

    // Now that sign-in is on, every command needs a user and their password; the built-in operator
    // is refused (it set the first password above, while sign-in was still off).
    const test::Run asSystem = test::runProgram(cli, base + QStringList{QStringLiteral("users")});
    CHECK(asSystem.status == 4);
    CHECK(asSystem.err.contains(QStringLiteral("--user")));
    const QStringList asAdmin =
        base + QStringList{QStringLiteral("--user"), QStringLiteral("wang.admin"), QStringLiteral("users"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    const test::Run noPassword = test::runProgram(cli, asAdmin);
    CHECK(noPassword.status == 4);
    CHECK(noPassword.err.contains(QStringLiteral("ONEWINDOW_PASSWORD")));
    qputenv("ONEWINDOW_PASSWORD", "admin-pass-2025");
    const test::Run wrong = test::runProgram(cli, asAdmin);
    CHECK(wrong.status == 4);
    CHECK(wrong.err.contains(QStringLiteral("用户名或密码不正确")));
    qputenv("ONEWINDOW_PASSWORD", "admin-pass-2026");
    const test::Run list = test::runProgram(cli, asAdmin);
    qunsetenv("ONEWINDOW_PASSWORD");
    REQUIRE(list.status == 0);
    const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(users.size() == 1);
    CHECK(users.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("王建华"));
    CHECK(users.at(0).toObject().value(QStringLiteral("has_password")).toBool());
}

// A file only: demo never makes a server database (a center comes onto a server with migrate --to).
// The server's counterpart is the next case.
TEST_CASE("demo on a path with no database makes the sample county first and says so", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const test::Run r = test::runProgram(
        test::builtProgram(QStringLiteral("onewindow-cli")),
        {QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("20")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("150824")));
    CHECK(r.out.contains(QStringLiteral("20")));
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->siteCode() == QStringLiteral("150824"));
    QSqlQuery q((*db)->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 20);
}

TEST_CASE("demo on a site without cases adds them; a server database not set up for OneWindow is refused")
{
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    test::TempDatabase t;
    const test::Run r =
        test::runProgram(cli, {QStringLiteral("--db"), t.path, QStringLiteral("demo"), QStringLiteral("--cases"),
                               QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    // The site's own cases, numbered after its counters; no sample county made in its place.
    CHECK_FALSE(r.out.contains(QStringLiteral("150824")));
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT case_no), min(origin), max(origin) FROM cases")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 20);
    CHECK(q.value(2).toString() == QStringLiteral("demo"));
    CHECK(q.value(3).toString() == QStringLiteral("demo"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    if (!test::serverStore())
        return;
    // On a server an empty database is not a center: demo does not make one there (that is migrate
    // --to, as the schema's owner), it says so and leaves the database empty.
    test::PgTestDb empty;
    const test::Run refused = test::runProgram(cli, {QStringLiteral("--db"), empty.url(), QStringLiteral("demo"),
                                                     QStringLiteral("--cases"), QStringLiteral("20")});
    CHECK(refused.status == 3);
    CHECK(refused.err.contains(QStringLiteral("migrate --to")));
    QSqlQuery tables(empty.connect());
    REQUIRE(tables.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                       "'public'")));
    REQUIRE(tables.next());
    CHECK(tables.value(0).toInt() == 0);
}

TEST_CASE("print writes each document of a case as a PDF; the agreement and case file need a role that sees full "
          "numbers")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString sys = QStringLiteral("system");
    const QString mediated = test::makeCase(db, QStringLiteral("people_mediation"), QStringLiteral("responded"),
                                            QStringLiteral("private_loan"), QDate(2025, 8, 20),
                                            QStringLiteral("（2025）乌中矛调字第0201号"));
    Agreement a = test::sampleAgreement(mediated);
    a.mediatorIds = {test::makeRoster(db).mediatorId};
    REQUIRE(AgreementService(db).saveAgreement(a, sys));
    const QString petition =
        test::makeCase(db, QStringLiteral("petition"), QStringLiteral("responded"), QStringLiteral("labor"),
                       QDate(2025, 8, 22), QStringLiteral("（2025）乌中矛调字第0202号"));
    REQUIRE(FollowupService(db).recordFollowup(FollowupVisit{QString(), petition, QDate(2025, 9, 30),
                                                             QStringLiteral("at_center"), QStringLiteral("刘信访"),
                                                             QStringLiteral("satisfied"), QString(), QString()},
                                               sys));
    ClosureRequest req;
    req.caseId = petition;
    req.outcome = QStringLiteral("petition_explained");
    req.summary = QStringLiteral("已答复。");
    req.opinion.factsAndReasons = QStringLiteral("经查，该企业已按规定支付工资。");
    req.opinion.basis = QStringLiteral("《保障农民工工资支付条例》第十一条");
    REQUIRE(ClosureService(db).close(req, sys));

    const struct
    {
        const char* kind;
        QString caseNo;
        QString mustRead;
    } documents[] = {
        {"receipt", QStringLiteral("（2025）乌中矛调字第0201号"), QStringLiteral("受理回执")},
        {"agreement", QStringLiteral("（2025）乌中矛调字第0201号"), QStringLiteral("人民调解协议书")},
        {"casefile", QStringLiteral("（2025）乌中矛调字第0201号"), QStringLiteral("人民调解卷宗")},
        {"opinion", QStringLiteral("（2025）乌中矛调字第0202号"), QStringLiteral("信访事项处理意见书")},
    };
    for (const auto& d : documents) {
        INFO(d.kind);
        const QString pdf = t.file(QString::fromLatin1(d.kind) + QStringLiteral(".pdf"));
        const test::Run r = runCli(
            t.path, {QStringLiteral("print"), QString::fromLatin1(d.kind), d.caseNo, QStringLiteral("--out"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.status == 0);
        CHECK(r.out.contains(pdf));
        const QString text = test::pdfText(pdf);
        CHECK_FALSE(test::hasRadicals(text));
        CHECK(text.contains(d.caseNo));
        CHECK(text.contains(QStringLiteral("张三")));
        CHECK(text.contains(d.mustRead));
    }
    // The receipt masks the ID number; the agreement prints it in full, and that viewing is logged.
    CHECK(test::pdfText(t.file(QStringLiteral("receipt.pdf"))).contains(QStringLiteral("150824********1234")));
    CHECK(test::pdfText(t.file(QStringLiteral("agreement.pdf"))).contains(QStringLiteral("150824198001011234")));
    QSqlQuery seen(db.sql());
    seen.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'personal_data_viewed'"));
    REQUIRE(seen.next());
    CHECK(seen.value(0).toInt() == 2); // agreement and case file

    // A department handler prints the receipt, not the agreement or the case file: exit 4, no file.
    REQUIRE(UserService(db).save({QStringLiteral("zhou.h"), QStringLiteral("周海"), QStringLiteral("handler"),
                                  QStringLiteral("justice"), true, false},
                                 sys));
    const QString handlerPdf = t.file(QStringLiteral("handler.pdf"));
    for (const char* kind : {"agreement", "casefile"}) {
        const test::Run refused =
            runCli(t.path, {QStringLiteral("--user"), QStringLiteral("zhou.h"), QStringLiteral("print"),
                            QString::fromLatin1(kind), QStringLiteral("（2025）乌中矛调字第0201号"),
                            QStringLiteral("--out"), handlerPdf});
        CHECK(refused.status == 4);
        CHECK(refused.err.contains(QStringLiteral("部门承办人")));
        CHECK_FALSE(QFile::exists(handlerPdf));
    }
    CHECK(runCli(t.path, {QStringLiteral("--user"), QStringLiteral("zhou.h"), QStringLiteral("print"),
                          QStringLiteral("receipt"), QStringLiteral("（2025）乌中矛调字第0201号"),
                          QStringLiteral("--out"), handlerPdf})
              .status == 0);
    CHECK(QFile::exists(handlerPdf));

    // Usage errors and documents a case does not have.
    CHECK(
        runCli(t.path, {QStringLiteral("print"), QStringLiteral("letter"), QStringLiteral("（2025）乌中矛调字第0201号"),
                        QStringLiteral("--out"), t.file(QStringLiteral("x.pdf"))})
            .status == 2);
    CHECK(runCli(t.path,
                 {QStringLiteral("print"), QStringLiteral("receipt"), QStringLiteral("（2025）乌中矛调字第0201号")})
              .status == 2);
    const test::Run noOpinion = runCli(t.path, {QStringLiteral("print"), QStringLiteral("opinion"),
                                                QStringLiteral("（2025）乌中矛调字第0201号"), QStringLiteral("--out"),
                                                t.file(QStringLiteral("op.pdf"))});
    CHECK(noOpinion.status == 1);
    CHECK(noOpinion.err.contains(QStringLiteral("（2025）乌中矛调字第0201号")));
    CHECK(runCli(t.path, {QStringLiteral("print"), QStringLiteral("receipt"), QStringLiteral("（2099）不存在第1号"),
                          QStringLiteral("--out"), t.file(QStringLiteral("none.pdf"))})
              .status == 1);
}
