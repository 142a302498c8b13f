// Intake: field-level validation, saving as filed/reported/rejected, case numbers without gaps or
// duplicates under two writer processes, repeat visitors, and the `intake` CLI command.
#include "support/catch.h"
#include "support/fixtures.h"
#include "workflow_helpers.h"

#include "storage/case_store.h"
#include "workflow/case_numbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace ow;
using namespace ow::test;

namespace {
bool hasError(const QList<FieldError>& errors, const QString& field)
{
    for (const FieldError& e : errors)
        if (e.field == field)
            return true;
    return false;
}
} // namespace

TEST_CASE("case number pattern")
{
    const QString p = QStringLiteral("（{year}）{prefix}字第{seq:04}号");
    CHECK(formatCaseNumber(p, QStringLiteral("乌中矛调"), 2025, 1) == QStringLiteral("（2025）乌中矛调字第0001号"));
    CHECK(formatCaseNumber(p, QStringLiteral("乌中矛调"), 2025, 12345) ==
          QStringLiteral("（2025）乌中矛调字第12345号"));
    CHECK(formatCaseNumber(QStringLiteral("{prefix}-{year}-{seq}"), QStringLiteral("X"), 2026, 7) ==
          QStringLiteral("X-2026-7"));
}

TEST_CASE("a filed case gets the next number of its year, milestones and a due date")
{
    TempDatabase t;
    Database& db = *t.db;
    const CaseRecord a = registerCase(db, neighbourDispute(QDate(2025, 3, 3)));
    const CaseRecord b = registerCase(db, neighbourDispute(QDate(2025, 3, 4)));
    const CaseRecord c = registerCase(db, neighbourDispute(QDate(2024, 12, 30)));
    CHECK(a.caseNo == QStringLiteral("（2025）乌中矛调字第0001号"));
    CHECK(b.caseNo == QStringLiteral("（2025）乌中矛调字第0002号"));
    CHECK(c.caseNo == QStringLiteral("（2024）乌中矛调字第0001号"));
    const auto loaded = CaseStore(db).load(a.caseNo);
    REQUIRE(loaded.ok());
    CHECK(loaded->status == QLatin1String("filed"));
    CHECK(loaded->dueOn == QDate(2025, 4, 2)); // 30 calendar days after 3 March
    REQUIRE(loaded->timeline.size() == 1);
    CHECK(loaded->timeline[0].action == QLatin1String("intake"));
    CHECK(loaded->timeline[0].detail.contains(a.caseNo));
    CHECK(loaded->parties.size() == 2);
    CHECK(loaded->parties[0].name == QStringLiteral("王芳"));
}

TEST_CASE("reported cases are not numbered; rejected ones need a reason")
{
    TempDatabase t;
    Database& db = *t.db;
    IntakeRequest r = neighbourDispute();
    r.saveAs = IntakeRequest::SaveAs::Reported;
    const CaseRecord rep = registerCase(db, r);
    CHECK(rep.caseNo.isEmpty());
    CHECK(rep.status == QLatin1String("reported"));
    IntakeRequest rej = neighbourDispute();
    rej.saveAs = IntakeRequest::SaveAs::Rejected;
    const IntakeOutcome noReason = IntakeService(db).save(rej);
    CHECK_FALSE(noReason.ok);
    CHECK(hasError(noReason.errors, QStringLiteral("reject_reason")));
    rej.rejectReason = QStringLiteral("已进入诉讼程序");
    const CaseRecord done = registerCase(db, rej);
    CHECK(done.status == QLatin1String("rejected"));
    CHECK(done.endedOn == rej.receivedOn);
    // The next filed case still gets number 1: nothing was used up.
    CHECK(registerCase(db, neighbourDispute()).caseNo == QStringLiteral("（2025）乌中矛调字第0001号"));
}

TEST_CASE("invalid input is reported field by field in Chinese and nothing is written")
{
    TempDatabase t;
    Database& db = *t.db;
    const QByteArray before = storeHash(t);
    IntakeRequest r = neighbourDispute();
    r.caseType = QStringLiteral("离婚");
    r.township = QStringLiteral("北京");
    r.summary = QStringLiteral("  ");
    r.parties[0].idNumber = QStringLiteral("150824198001010011"); // wrong check digit
    r.parties[0].phone = QStringLiteral("1384781234");
    r.parties[1].name.clear();
    const IntakeOutcome out = IntakeService(db).save(r);
    CHECK_FALSE(out.ok);
    CHECK(hasError(out.errors, QStringLiteral("case_type")));
    CHECK(hasError(out.errors, QStringLiteral("township")));
    CHECK(hasError(out.errors, QStringLiteral("summary")));
    CHECK(hasError(out.errors, QStringLiteral("parties[0].id_number")));
    CHECK(hasError(out.errors, QStringLiteral("parties[0].phone")));
    CHECK(hasError(out.errors, QStringLiteral("parties[1].name")));
    for (const FieldError& e : out.errors) {
        INFO(e.field.toStdString() << ": " << e.message.toStdString());
        CHECK(e.message.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    }
    CHECK(CaseStore(db).count({}) == 0);
    CHECK(storeHash(t) == before);

    IntakeRequest none = neighbourDispute();
    none.parties.removeFirst(); // only the respondent
    CHECK(hasError(IntakeService(db).validate(none), QStringLiteral("parties")));
}

TEST_CASE("names, numbers and texts refuse control and direction characters and lengths beyond the limits")
{
    TempDatabase t;
    Database& db = *t.db;
    const QByteArray before = storeHash(t);
    IntakeRequest r = neighbourDispute();
    r.parties[0].name = QStringLiteral("王\u202E芳");
    r.parties[1].name = QStringLiteral("李") + QChar(0) + QStringLiteral("建国");
    r.parties[0].phone = QStringLiteral("138\u200F47812345");
    r.parties[0].address = QString(201, QChar(u'路'));
    r.summary = QString(4001, QChar(u'调'));
    r.request = QStringLiteral("赔偿") + QChar(7);
    r.category = QStringLiteral("邻里\u2067");
    const IntakeOutcome out = IntakeService(db).save(r);
    CHECK_FALSE(out.ok);
    auto message = [&](const QString& field) {
        for (const FieldError& e : out.errors)
            if (e.field == field)
                return e.message;
        return QString();
    };
    INFO(out.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(message(QStringLiteral("parties[0].name")) ==
          QStringLiteral(
              "姓名或名称：第 2 个字符是不可见的文字方向控制符 U+202E，会使显示的文字与保存的不一致；请删除它。"));
    CHECK(message(QStringLiteral("parties[1].name")).contains(QStringLiteral("U+0000")));
    CHECK(message(QStringLiteral("parties[0].phone")).contains(QStringLiteral("U+200F")));
    CHECK(message(QStringLiteral("parties[0].address")) == QStringLiteral("住址有 201 个字符，最多允许 200 个。"));
    CHECK(message(QStringLiteral("summary")) == QStringLiteral("事由摘要有 4001 个字符，最多允许 4000 个。"));
    CHECK(message(QStringLiteral("request")).contains(QStringLiteral("U+0007")));
    CHECK(message(QStringLiteral("category")).contains(QStringLiteral("U+2067")));
    CHECK(CaseStore(db).count({}) == 0);
    CHECK(storeHash(t) == before);

    // Tabs and line breaks are a text's own (a hotline's \r\n is kept as \n); 100 characters is a name.
    IntakeRequest ok = neighbourDispute();
    ok.summary = QStringLiteral("第一行\r\n\t第二行");
    ok.parties[0].name = QString(100, QChar(u'王'));
    const CaseRecord saved = registerCase(db, ok);
    CHECK(CaseStore(db).load(saved.id)->summary == QStringLiteral("第一行\n\t第二行"));
}

TEST_CASE("a year's case numbers end at 999,999: beyond, intake is refused with a message, not wrapped")
{
    TempDatabase t;
    Database& db = *t.db;
    QSqlQuery q(db.sql());
    REQUIRE(
        q.exec(QStringLiteral("INSERT INTO case_numbers(site_code, year, last_seq) VALUES('150824', 2025, 999998)")));
    CHECK(registerCase(db, neighbourDispute()).caseNo == QStringLiteral("（2025）乌中矛调字第999999号"));
    const IntakeOutcome full = IntakeService(db).save(neighbourDispute());
    CHECK_FALSE(full.ok);
    CHECK(full.error.startsWith(QStringLiteral("2025 年已没有可用的案件编号：顺序号已到 999,999")));
    // A counter beyond 32 bits (an import before the limit) is read as it is, not wrapped to a negative.
    REQUIRE(q.exec(QStringLiteral("UPDATE case_numbers SET last_seq = 2147483648 WHERE year = 2025")));
    const IntakeOutcome wrapped = IntakeService(db).save(neighbourDispute());
    CHECK_FALSE(wrapped.ok);
    CHECK(wrapped.error.contains(QStringLiteral("2,147,483,648")));
    // Another year is not affected.
    CHECK(registerCase(db, neighbourDispute(QDate(2024, 12, 30))).caseNo ==
          QStringLiteral("（2024）乌中矛调字第0001号"));
}

TEST_CASE("representatives only for groups of five or more, at most five")
{
    TempDatabase t;
    Database& db = *t.db;
    IntakeRequest r = neighbourDispute();
    Party rep;
    rep.role = QStringLiteral("representative");
    rep.name = QStringLiteral("代表甲");
    r.parties << rep;
    CHECK(hasError(IntakeService(db).validate(r), QStringLiteral("parties")));
    r.headcount = 30;
    CHECK(IntakeService(db).validate(r).isEmpty());
    for (int i = 0; i < 5; ++i)
        r.parties << rep;
    CHECK(hasError(IntakeService(db).validate(r), QStringLiteral("parties")));
}

TEST_CASE("repeat visitors are found by ID number, phone, or name and township")
{
    TempDatabase t;
    Database& db = *t.db;
    const QDate today = QDate::currentDate();
    const CaseRecord open = registerCase(db, neighbourDispute(today.addDays(-3)));
    const CaseRecord old = registerCase(db, neighbourDispute(today.addMonths(-14)));
    REQUIRE(step(db, old.id, QStringLiteral("withdraw"), today.addMonths(-14)).ok());
    IntakeService intake(db);
    auto byId = intake.findRepeats(QStringLiteral("150824198001010010"), {}, {}, {}, today);
    REQUIRE(byId.size() == 1); // the withdrawn case of 14 months ago is left out
    CHECK(byId[0].caseId == open.id);
    CHECK(byId[0].matchedBy == QLatin1String("id_number"));
    CHECK(byId[0].open);
    auto byPhone = intake.findRepeats({}, QStringLiteral("138 4781 2345"), {}, {}, today);
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone[0].matchedBy == QLatin1String("phone"));
    CHECK(intake.findRepeats({}, {}, QStringLiteral("王芳"), QStringLiteral("150824100"), today).size() == 1);
    CHECK(intake.findRepeats({}, {}, QStringLiteral("王芳"), QStringLiteral("150824101"), today).isEmpty());
    CHECK(intake.findRepeats({}, {}, QStringLiteral("李建国"), QStringLiteral("150824100"), today).size() == 1);
    auto visited = intake.recordVisit(open.id, QStringLiteral("system"), QStringLiteral("询问进度"));
    REQUIRE(visited.ok());
    CHECK(visited->visitCount == 2);
    CHECK(visited->timeline.last().action == QLatin1String("visit"));
    CHECK(visited->timeline.last().detail.contains(QStringLiteral("询问进度")));
}

TEST_CASE("intake CLI: prints the case number; exit 1 with the reasons on invalid input")
{
    TempDatabase t;
    t.db.reset();
    const QString cli = builtProgram(QStringLiteral("onewindow-cli"));
    const QByteArray json = R"({"case_type":"people_mediation","source":"12345","category":"邻里","township":"海流图镇",
        "summary":"楼上漏水","headcount":1,"received_on":"2025-05-07","window":"司法局",
        "parties":[{"role":"applicant","name":"赵敏","phone":"13912345678"},{"role":"respondent","name":"钱某"}]})";
    Run ok = runProgram(
        cli, {QStringLiteral("--db"), t.path, QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")},
        json);
    INFO(ok.err.toStdString());
    CHECK(ok.status == 0);
    CHECK(ok.out.trimmed() == QStringLiteral("（2025）乌中矛调字第0001号"));
    Run bad = runProgram(
        cli, {QStringLiteral("--db"), t.path, QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")},
        R"({"case_type":"people_mediation","parties":[{"name":"赵敏","phone":"139"}]})");
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("parties[0].phone: ")));
    CHECK(bad.err.contains(QStringLiteral("summary: ")));
}

TEST_CASE("intake CLI takes an organization's credit code, domicile and legal representative; show prints them")
{
    TempDatabase t;
    t.db.reset();
    const QString cli = builtProgram(QStringLiteral("onewindow-cli"));
    const QByteArray json = R"({"case_type":"people_mediation","category":"劳动争议","township":"海流图镇",
        "summary":"拖欠工资","received_on":"2025-05-07",
        "parties":[{"role":"applicant","name":"赵敏","phone":"13912345678"},
                   {"role":"respondent","name":"乌拉特中旗某建筑公司","credit_code":"91150824MA0N2B3C4M",
                    "address":"海流图镇工业园区8号","legal_representative":"赵刚"}]})";
    Run ok = runProgram(
        cli, {QStringLiteral("--db"), t.path, QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")},
        json);
    INFO(ok.err.toStdString());
    REQUIRE(ok.status == 0);
    const QString no = ok.out.trimmed();
    Run shown = runProgram(cli, {QStringLiteral("--db"), t.path, QStringLiteral("show"), no, QStringLiteral("--format"),
                                 QStringLiteral("json")});
    REQUIRE(shown.status == 0);
    const QJsonObject company = QJsonDocument::fromJson(shown.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("parties"))
                                    .toArray()
                                    .at(1)
                                    .toObject();
    CHECK(company.value(QStringLiteral("kind")).toString() == QStringLiteral("organization"));
    CHECK(company.value(QStringLiteral("credit_code")).toString() == QStringLiteral("91150824MA0N2B3C4M"));
    CHECK(company.value(QStringLiteral("address")).toString() == QStringLiteral("海流图镇工业园区8号"));
    CHECK(company.value(QStringLiteral("legal_representative")).toString() == QStringLiteral("赵刚"));
    Run text = runProgram(cli, {QStringLiteral("--db"), t.path, QStringLiteral("show"), no});
    REQUIRE(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("91150824MA0N2B3C4M")));
    CHECK(text.out.contains(QStringLiteral("法定代表人 赵刚")));
    CHECK(text.out.contains(QStringLiteral("住所 海流图镇工业园区8号")));
}

TEST_CASE("intake CLI: a direction control in a name and an input beyond 1 MB are refused")
{
    TempDatabase t;
    t.db.reset();
    const QString cli = builtProgram(QStringLiteral("onewindow-cli"));
    const QStringList args{QStringLiteral("--db"), t.path, QStringLiteral("intake"), QStringLiteral("--json"),
                           QStringLiteral("-")};
    Run bidi = runProgram(cli, args,
                          R"({"case_type":"people_mediation","category":"邻里","township":"海流图镇","summary":"漏水",)"
                          R"("received_on":"2025-05-07","parties":[{"name":"赵\u202e敏"}]})");
    CHECK(bidi.status == 1);
    CHECK(bidi.err.contains(QStringLiteral("parties[0].name: ")));
    CHECK(bidi.err.contains(QStringLiteral("U+202E")));
    Run big = runProgram(cli, args, QByteArray(2 * 1024 * 1024, ' ') + "{}");
    CHECK(big.status == 1);
    CHECK(big.err.contains(QStringLiteral("1,048,576")));
}

TEST_CASE("two processes registering at once never duplicate nor skip a number")
{
    TempDatabase t;
    if (!serverStore())
        t.db.reset(); // the file's only users are the two processes; a server's count is read through t.db
    const QString cli = builtProgram(QStringLiteral("onewindow-cli"));
    // Each process registers 50 cases one after the other (one transaction each), both at once.
    const QString script = QStringLiteral(
        "for i in $(seq 1 50); do printf '%s' \"$JSON\" | \"$CLI\" --db \"$DB\" intake --json - || exit 1; "
        "done");
    const QString json = QStringLiteral(
        R"({"case_type":"consultation","source":"phone","category":"other","township":"150824100","summary":"咨询",)"
        R"("received_on":"2025-06-01","parties":[{"role":"applicant","name":"孙立"}]})");
    QList<QProcess*> procs;
    for (int k = 0; k < 2; ++k) {
        auto* p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLI"), cli);
        env.insert(QStringLiteral("DB"), t.path);
        env.insert(QStringLiteral("JSON"), json);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        procs << p;
    }
    QStringList numbers;
    for (QProcess* p : procs) {
        REQUIRE(p->waitForFinished(600000));
        INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
        CHECK(p->exitCode() == 0);
        numbers << QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        delete p;
    }
    REQUIRE(numbers.size() == 100);
    QStringList expected;
    for (int i = 1; i <= 100; ++i)
        expected << QStringLiteral("（2025）乌中矛调字第%1号").arg(i, 4, 10, QLatin1Char('0'));
    QStringList sorted = numbers;
    sorted.sort();
    CHECK(sorted == expected);
    CHECK(CaseStore(reopen(t)).count({}) == 100);
}

TEST_CASE("an organization party keeps its credit code, domicile and legal representative; a person has none")
{
    TempDatabase t;
    IntakeRequest r = neighbourDispute();
    Party& company = r.parties[1];
    company.kind = QStringLiteral("organization");
    company.name = QStringLiteral("乌拉特中旗某建筑公司");
    company.creditCode = QStringLiteral(" 91150824ma0n2b3c4m "); // as typed: spaces, lower case
    company.address = QStringLiteral("海流图镇工业园区8号");
    company.legalRepresentative = QStringLiteral(" 赵刚 ");
    const CaseRecord saved = registerCase(*t.db, r);
    const auto c = CaseStore(*t.db).load(saved.id);
    REQUIRE(c.ok());
    REQUIRE(c->parties.size() == 2);
    CHECK(c->parties[1].kind == QLatin1String("organization"));
    CHECK(c->parties[1].creditCode == QStringLiteral("91150824MA0N2B3C4M"));
    CHECK(c->parties[1].address == QStringLiteral("海流图镇工业园区8号"));
    CHECK(c->parties[1].legalRepresentative == QStringLiteral("赵刚"));

    // A legal representative for a person is refused at that party's field, nothing written.
    IntakeRequest person = neighbourDispute();
    person.parties[1].legalRepresentative = QStringLiteral("赵刚");
    const IntakeOutcome out = IntakeService(*t.db).save(person);
    CHECK_FALSE(out.ok);
    REQUIRE(out.errors.size() == 1);
    CHECK(out.errors[0].field == QLatin1String("parties[1].legal_representative"));
    CHECK(out.errors[0].message.contains(QStringLiteral("统一社会信用代码")));
    CHECK(CaseStore(*t.db).count({}) == 1);
}
