// Leaders' receptions, leader-owned cases and the petition agency (docs/leaders-and-agency.md): the
// schedule import with its per-line errors, the leader on duty, the reception record, assignments
// with their timeline and audit entries, the backlog rule's two branches, an agent's list of
// changes, the role refusals, the report section on a small hand-counted dataset, and the
// migration on a file of the previous version.
#include "support/catch.h"
#include "support/fixtures.h"

#include "admin/site_setup.h"
#include "exchange/package_export.h"
#include "exchange/package_import.h"
#include "mechanisms/agency.h"
#include "mechanisms/leader_cases.h"
#include "mechanisms/reception.h"
#include "mediation/attachments.h"
#include "reports/mechanisms_report.h"
#include "reports/monthly_report.h"
#include "security/users.h"
#include "storage/case_writer.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "workflow/case_workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;

namespace {

const QString kSystem = QStringLiteral("system");
const QByteArray kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

QString addCase(Database& db, CaseRecord c)
{
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    REQUIRE(CaseWriter(db).insert(c));
    REQUIRE(tx.commit());
    return c.id;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void addUser(Database& db, const QString& login, const QString& role)
{
    REQUIRE(UserService(db).save({login, login, role, {}, true, false}, kSystem));
}

Leader leader(ReceptionService& s, const QString& name, const QString& position)
{
    auto l = s.saveLeader({{}, name, position, QStringLiteral("county"), QStringLiteral("县委"), {}, true}, kSystem);
    REQUIRE(l);
    return *l;
}

ReceptionDay day(ReceptionService& s, const Leader& l, const QDate& d, const char* half)
{
    auto saved = s.saveDay({{}, l.id, d, QLatin1String(half), QStringLiteral("接访室"), {}, {}, {}, {}, {}}, kSystem);
    INFO(saved.error().toStdString());
    REQUIRE(saved);
    return *saved;
}

struct Agency
{
    AgencyPoint county, village;
    Agent countyAgent, villageAgent;
};

Agency agency(Database& db, const QString& villageLogin = {})
{
    AgencyService s(db);
    Agency a;
    auto c = s.savePoint(
        {{}, QStringLiteral("县信访代办点"), QStringLiteral("county"), QStringLiteral("150824"), {}, {}, true, 0},
        kSystem);
    auto v = s.savePoint({{},
                          QStringLiteral("新忽热嘎查代办点"),
                          QStringLiteral("village"),
                          QStringLiteral("150824100"),
                          {},
                          {},
                          true,
                          0},
                         kSystem);
    INFO(c.error().toStdString() + v.error().toStdString());
    REQUIRE(c);
    REQUIRE(v);
    a.county = *c;
    a.village = *v;
    auto ca = s.saveAgent({{}, c->id, QStringLiteral("县代办员甲"), {}, {}, true, {}, {}}, kSystem);
    auto va = s.saveAgent({{}, v->id, QStringLiteral("村代办员乙"), {}, villageLogin, true, {}, {}}, kSystem);
    REQUIRE(ca);
    REQUIRE(va);
    a.countyAgent = *ca;
    a.villageAgent = *va;
    return a;
}

} // namespace

TEST_CASE("the schedule import names every bad line in Chinese and writes nothing; a good file imports once")
{
    test::TempDatabase t;
    ReceptionService s(*t.db);
    const QByteArray bad = "日期,时段,领导姓名,职务,级别,单位,地点,接访事项\n"
                           "2027-03-01,上午,王建国,县委副书记,县级,县委,县社会治理中心接访室,土地征收\n"
                           "2027-02-30,上午,李春华,副县长,县级,县政府,接访室,\n"
                           "2027-03-02,晚上,李春华,副县长,省级,县政府,接访室,\n"
                           "2027-03-03,下午,,副县长,县级,县政府,接访室,\n"
                           "2027-03-01,上午,王建国,县委副书记,县级,县委,另一个地点,\n";
    const ScheduleFile parsed = ReceptionService::parseSchedule(bad);
    REQUIRE(parsed.errors.size() == 5);
    CHECK(parsed.errors[0].startsWith(QStringLiteral("第 3 行：")));
    CHECK(parsed.errors[0].contains(QStringLiteral("2027-02-30")));
    CHECK(parsed.errors[1].startsWith(QStringLiteral("第 4 行：")));
    CHECK(parsed.errors[1].contains(QStringLiteral("晚上")));
    CHECK(parsed.errors[2].startsWith(QStringLiteral("第 4 行：")));
    CHECK(parsed.errors[2].contains(QStringLiteral("省级")));
    CHECK(parsed.errors[3].startsWith(QStringLiteral("第 5 行：")));
    CHECK(parsed.errors[3].contains(QStringLiteral("领导姓名")));
    CHECK(parsed.errors[4].startsWith(QStringLiteral("第 6 行：")));
    CHECK(parsed.errors[4].contains(QStringLiteral("第 2 行")));

    auto refused = s.importSchedule(bad, kSystem);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("第 5 行：")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM leaders")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM reception_days")) == 0);

    const QByteArray missingColumn = "日期,领导姓名\n2027-03-01,王建国\n";
    REQUIRE(ReceptionService::parseSchedule(missingColumn).errors.size() == 1);
    CHECK(ReceptionService::parseSchedule(missingColumn).errors[0].contains(QStringLiteral("时段")));

    const QByteArray good = "\xEF\xBB\xBF日期,时段,领导姓名,职务,级别,单位,地点,接访事项\r\n"
                            "2027-03-01,上午,王建国,县委副书记,县级,县委,县社会治理中心接访室,土地征收\r\n"
                            "2027-03-01,pm,李春华,副县长,county,县政府,县社会治理中心接访室,\r\n"
                            "2027-03-08,上午,王建国,县委副书记,县级,县委,县社会治理中心接访室,劳动保障\r\n";
    auto done = s.importSchedule(good, kSystem);
    REQUIRE(done);
    CHECK(done->leadersAdded == 2);
    CHECK(done->daysAdded == 3);
    CHECK(done->daysUpdated == 0);
    auto again = s.importSchedule(good, kSystem);
    REQUIRE(again);
    CHECK(again->leadersAdded == 0);
    CHECK(again->daysAdded == 0);
    CHECK(again->daysUpdated == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM reception_days")) == 3);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schedule_imported'")) == 2);
    const QString html = s.noticeHtml(QDate(2027, 3, 1), QDate(2027, 3, 31), QStringLiteral("乌拉特中旗社会治理中心"));
    CHECK(html.contains(QStringLiteral("王建国")));
    CHECK(html.contains(QStringLiteral("劳动保障")));
}

TEST_CASE("the leader on duty: the day's receptions, the current half-day first")
{
    test::TempDatabase t;
    ReceptionService s(*t.db);
    const Leader wang = leader(s, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    const Leader li = leader(s, QStringLiteral("李春华"), QStringLiteral("副县长"));
    day(s, wang, QDate(2027, 3, 1), "am");
    day(s, li, QDate(2027, 3, 1), "pm");
    day(s, li, QDate(2027, 3, 2), "am");
    // The same leader twice in one half-day is refused.
    auto twice = s.saveDay(
        {{}, li.id, QDate(2027, 3, 2), QStringLiteral("am"), QStringLiteral("另一处"), {}, {}, {}, {}, {}}, kSystem);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("李春华")));
    {
        test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(9, 30)));
        const QList<ReceptionDay> duty = s.leadersOnDuty(QDate(2027, 3, 1));
        REQUIRE(duty.size() == 2);
        CHECK(duty[0].leaderName == QStringLiteral("王建国"));
    }
    {
        test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(14, 0)));
        const QList<ReceptionDay> duty = s.leadersOnDuty(Clock::today());
        REQUIRE(duty.size() == 2);
        CHECK(duty[0].leaderName == QStringLiteral("李春华"));
        CHECK(duty[0].half == QStringLiteral("pm"));
    }
    CHECK(s.leadersOnDuty(QDate(2027, 3, 3)).isEmpty());
}

TEST_CASE("a case received at a reception: the timeline names the leader, the record of the day lists the case")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    ReceptionService s(*t.db);
    const Leader wang = leader(s, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    const ReceptionDay today = day(s, wang, QDate(2027, 3, 1), "am");
    const ReceptionDay later = day(s, wang, QDate(2027, 3, 8), "am");
    CaseRecord c = test::sampleCase(QStringLiteral("A-1"), QDate(2027, 3, 1));
    c.headcount = 3;
    const QString id = addCase(*t.db, c);
    REQUIRE(s.recordReception(QStringLiteral("A-1"), today.id, QStringLiteral("群众三人来访"), kSystem));
    const Status twice = s.recordReception(QStringLiteral("A-1"), today.id, {}, kSystem);
    REQUIRE_FALSE(twice);
    const Status future = s.recordReception(QStringLiteral("A-1"), later.id, {}, kSystem);
    REQUIRE_FALSE(future);
    const ReceptionRecord r = s.record(today.id);
    REQUIRE(r.visits.size() == 1);
    CHECK(r.visits[0].caseNo == QStringLiteral("A-1"));
    CHECK(r.visits[0].headcount == 3);
    CHECK(r.visits[0].applicant == QStringLiteral("张建国"));
    CHECK(s.receptionsOfCase(id).size() == 1);
    auto loaded = workflow::loadCase(*t.db, QStringLiteral("A-1"));
    REQUIRE(loaded);
    CHECK(loaded->timeline.last().action == QStringLiteral("leader_reception"));
    CHECK(loaded->timeline.last().detail.contains(QStringLiteral("王建国")));
    // A day with a case received stays in the schedule.
    CHECK_FALSE(s.removeDay(today, kSystem));
    CHECK(s.removeDay(later, kSystem));
}

TEST_CASE("registering at a leader's reception writes the case and its reception together, or neither")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    ReceptionService s(*t.db);
    const Leader wang = leader(s, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    const ReceptionDay today = day(s, wang, QDate(2027, 3, 1), "am");
    const ReceptionDay later = day(s, wang, QDate(2027, 3, 8), "am");
    IntakeRequest r;
    r.caseType = QStringLiteral("people_mediation");
    r.category = QStringLiteral("neighbor");
    r.township = QStringLiteral("150824100");
    r.summary = QStringLiteral("邻居砌墙");
    r.receivedOn = QDate(2027, 3, 1);
    Party a;
    a.role = QStringLiteral("applicant");
    a.name = QStringLiteral("王芳");
    r.parties << a;
    const int audits = count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log"));

    // A reception that has not taken place: refused at the field "reception", no case either.
    IntakeOutcome refused = s.registerAtReception(r, later.id);
    CHECK_FALSE(refused.ok);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.first().field == QStringLiteral("reception"));
    CHECK(refused.errors.first().message.contains(QStringLiteral("尚未")));
    // The intake's own problems come back as they are.
    IntakeRequest empty = r;
    empty.summary.clear();
    refused = s.registerAtReception(empty, today.id);
    CHECK_FALSE(refused.ok);
    REQUIRE_FALSE(refused.errors.isEmpty());
    CHECK(refused.errors.first().field == QStringLiteral("summary"));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM reception_visits")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == audits);

    const IntakeOutcome out = s.registerAtReception(r, today.id);
    REQUIRE(out.ok);
    CHECK_FALSE(out.saved.caseNo.isEmpty());
    const ReceptionRecord record = s.record(today.id);
    REQUIRE(record.visits.size() == 1);
    CHECK(record.visits.first().caseId == out.saved.id);
    auto loaded = workflow::loadCase(*t.db, out.saved.id);
    REQUIRE(loaded);
    CHECK(loaded->timeline.first().action == QStringLiteral("intake"));
    CHECK(loaded->timeline.last().action == QStringLiteral("leader_reception"));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == audits + 2); // intake, reception
}

TEST_CASE("a leader's and a day's problems are named at their fields before the database is asked")
{
    Leader l;
    l.name = QStringLiteral("  ");
    QStringList fields;
    for (const FieldError& e : ReceptionService::leaderProblems(l))
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("level")});
    CHECK(l.name.isEmpty()); // trimmed in place
    ReceptionDay d;
    d.place = QStringLiteral(" 接访室 ");
    fields.clear();
    for (const FieldError& e : ReceptionService::dayProblems(d))
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("day"), QStringLiteral("half"), QStringLiteral("leader")});
    CHECK(d.place == QStringLiteral("接访室"));
}

TEST_CASE("assigning a leader writes the timeline and the audit log; one active leader per open case")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    ReceptionService reception(*t.db);
    const Leader wang = leader(reception, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    const Leader li = leader(reception, QStringLiteral("李春华"), QStringLiteral("副县长"));
    addCase(*t.db, test::sampleCase(QStringLiteral("A-1"), QDate(2027, 2, 1)));
    LeaderCaseService s(*t.db);
    const QStringList all{QStringLiteral("investigate"), QStringLiteral("handle"), QStringLiteral("resolve"),
                          QStringLiteral("stabilize")};
    const int auditBefore = count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log"));

    CHECK_FALSE(s.assign(QStringLiteral("A-1"), wang.id, {}, QDate(2027, 4, 30), kSystem));
    CHECK_FALSE(s.assign(QStringLiteral("A-1"), wang.id, all, QDate(2027, 2, 28), kSystem));
    auto made = s.assign(QStringLiteral("A-1"), wang.id, {QStringLiteral("resolve"), QStringLiteral("investigate")},
                         QDate(2027, 4, 30), kSystem);
    REQUIRE(made);
    CHECK(made->duties == QStringList{QStringLiteral("investigate"), QStringLiteral("resolve")});
    CHECK(made->state == QStringLiteral("active"));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'leader_assigned'")) == 1);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 1);
    auto second = s.assign(QStringLiteral("A-1"), li.id, all, QDate(2027, 4, 30), kSystem);
    REQUIRE_FALSE(second);
    CHECK(second.error().contains(QStringLiteral("王建国")));

    REQUIRE(s.addProgress(QStringLiteral("A-1"), QStringLiteral("召集国土、司法所现场勘界"), kSystem));
    auto c = workflow::loadCase(*t.db, QStringLiteral("A-1"));
    REQUIRE(c);
    REQUIRE(c->timeline.size() >= 3);
    CHECK(c->timeline[c->timeline.size() - 2].action == QStringLiteral("leader_assigned"));
    CHECK(c->timeline.last().action == QStringLiteral("leader_progress"));
    CHECK(c->timeline.last().detail.contains(QStringLiteral("现场勘界")));
    CHECK(s.list(true).size() == 1);

    REQUIRE(s.end(QStringLiteral("A-1"), true, QStringLiteral("双方签订协议"), kSystem));
    CHECK(s.list(true).isEmpty());
    CHECK(s.list().first().state == QStringLiteral("resolved"));
    CHECK_FALSE(s.addProgress(QStringLiteral("A-1"), QStringLiteral("再记一笔"), kSystem));
    // Ended: another leader may now take it on.
    CHECK(s.assign(QStringLiteral("A-1"), li.id, all, QDate(2027, 4, 30), kSystem));
}

TEST_CASE("leader cases assigned at the same moment are listed the later first, on either store")
{
    test::TempDatabase t;
    // One instant for every assignment: assigned_on and created_at are equal, only the order of
    // writing tells them apart (the list's last key).
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    ReceptionService reception(*t.db);
    const Leader wang = leader(reception, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    QStringList assigned;
    for (const QString& no : {QStringLiteral("B-1"), QStringLiteral("B-2"), QStringLiteral("B-3"),
                              QStringLiteral("B-4"), QStringLiteral("B-5")}) {
        addCase(*t.db, test::sampleCase(no, QDate(2027, 2, 1)));
        REQUIRE(LeaderCaseService(*t.db).assign(no, wang.id, {QStringLiteral("resolve")}, QDate(2027, 4, 30), kSystem));
        assigned.prepend(no);
    }
    QStringList listed;
    for (const LeaderAssignment& a : LeaderCaseService(*t.db).list(true))
        listed << a.caseNo;
    CHECK(listed == assigned);
}

TEST_CASE("the backlog: open past the deadline, or raised again by the same person; closed cases never")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    CaseRecord overdue = test::sampleCase(QStringLiteral("OVERDUE"), QDate(2026, 12, 1));
    overdue.dueOn = QDate(2027, 2, 28);
    CaseRecord onTime = test::sampleCase(QStringLiteral("ONTIME"), QDate(2027, 2, 1));
    onTime.dueOn = QDate(2027, 3, 1); // due today: not yet past
    CaseRecord first = test::sampleCase(QStringLiteral("FIRST"), QDate(2026, 6, 1));
    first.parties[0].idNumber = QStringLiteral("150824198001011234");
    first.parties[0].name = QStringLiteral("刘芳");
    CaseRecord again = first;
    again.caseNo = QStringLiteral("AGAIN");
    again.receivedOn = again.filedOn = QDate(2027, 2, 20);
    CaseRecord otherCategory = again;
    otherCategory.caseNo = QStringLiteral("OTHERCAT");
    otherCategory.categoryCode = QStringLiteral("labor");
    CaseRecord longAfter = first; // the same person and matter more than 365 days after FIRST: a new raising
    longAfter.caseNo = QStringLiteral("LONGAFTER");
    longAfter.receivedOn = longAfter.filedOn = QDate(2025, 5, 1);
    CaseRecord revisited = test::sampleCase(QStringLiteral("REVISIT"), QDate(2027, 2, 1));
    revisited.visitCount = 2;
    CaseRecord closedOverdue = overdue;
    closedOverdue.caseNo = QStringLiteral("CLOSED");
    closedOverdue.status = QStringLiteral("closed");
    closedOverdue.outcome = QStringLiteral("mediated");
    closedOverdue.endedOn = QDate(2027, 2, 27);
    for (const CaseRecord& c : {longAfter, overdue, onTime, first, again, otherCategory, revisited, closedOverdue})
        addCase(*t.db, c);
    QHash<QString, BacklogCase> byNo;
    for (const BacklogCase& b : LeaderCaseService(*t.db).backlog())
        byNo.insert(b.caseNo, b);
    CHECK(byNo.keys().size() == 3);
    REQUIRE(byNo.contains(QStringLiteral("OVERDUE")));
    CHECK(byNo[QStringLiteral("OVERDUE")].overdue);
    CHECK_FALSE(byNo[QStringLiteral("OVERDUE")].repeated);
    REQUIRE(byNo.contains(QStringLiteral("AGAIN")));
    CHECK(byNo[QStringLiteral("AGAIN")].repeated);
    CHECK_FALSE(byNo[QStringLiteral("AGAIN")].overdue);
    REQUIRE(byNo.contains(QStringLiteral("REVISIT")));
    CHECK(byNo[QStringLiteral("REVISIT")].repeated);
    // FIRST came more than 365 days after LONGAFTER: the first raising of this period, no repeat.
    CHECK_FALSE(byNo.contains(QStringLiteral("FIRST")));
    CHECK_FALSE(byNo.contains(QStringLiteral("LONGAFTER")));
    CHECK_FALSE(byNo.contains(QStringLiteral("OTHERCAT"))); // another matter of the same person
    CHECK_FALSE(byNo.contains(QStringLiteral("ONTIME")));
    CHECK_FALSE(byNo.contains(QStringLiteral("CLOSED")));
}

TEST_CASE("an agent's case: authorisation attached, the agent told of each later step, citizen informed")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    addUser(*t.db, QStringLiteral("cun.yi"), QStringLiteral("clerk"));
    addUser(*t.db, QStringLiteral("other.clerk"), QStringLiteral("clerk"));
    const Agency a = agency(*t.db, QStringLiteral("cun.yi"));
    addCase(*t.db, test::sampleCase(QStringLiteral("A-1"), QDate(2027, 3, 1)));
    AgencyService s(*t.db);
    CHECK(s.agentOfLogin(QStringLiteral("cun.yi")) == a.villageAgent.id);

    // Without the authorisation, or with one that is no scan, nothing is written.
    CHECK_FALSE(s.registerForCitizen(QStringLiteral("A-1"), a.villageAgent.id, QStringLiteral("x.pdf"), {},
                                     QStringLiteral("cun.yi")));
    CHECK_FALSE(s.registerForCitizen(QStringLiteral("A-1"), a.villageAgent.id, QStringLiteral("x.txt"), "hello",
                                     QStringLiteral("cun.yi")));
    // Another clerk cannot act for this agent.
    const Status foreign = s.registerForCitizen(QStringLiteral("A-1"), a.villageAgent.id, QStringLiteral("x.pdf"), kPdf,
                                                QStringLiteral("other.clerk"));
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().contains(QStringLiteral("村代办员乙")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_cases")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM attachments")) == 0);

    REQUIRE(s.registerForCitizen(QStringLiteral("A-1"), a.villageAgent.id, QStringLiteral("委托书.pdf"), kPdf,
                                 QStringLiteral("cun.yi")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'agency_authorization'")) == 1);
    auto mine = s.casesOfAgent(a.villageAgent.id, QStringLiteral("cun.yi"), true);
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().level == QStringLiteral("village"));
    CHECK_FALSE(mine->first().changed);

    // A step later: the agent's list shows it, once.
    Clock::setFixed(QDateTime(QDate(2027, 3, 2), QTime(9, 0)));
    REQUIRE(CaseWorkflow(*t.db).addNote(QStringLiteral("A-1"), kSystem, QStringLiteral("司法所已联系对方当事人")));
    mine = s.casesOfAgent(a.villageAgent.id, QStringLiteral("cun.yi"), true);
    REQUIRE(mine);
    REQUIRE(mine->first().changed);
    REQUIRE(mine->first().changes.size() == 1);
    CHECK(mine->first().changes.first().contains(QStringLiteral("司法所已联系对方当事人")));
    mine = s.casesOfAgent(a.villageAgent.id, QStringLiteral("cun.yi"), false);
    REQUIRE(mine);
    CHECK_FALSE(mine->first().changed);

    Clock::setFixed(QDateTime(QDate(2027, 3, 3), QTime(9, 0)));
    REQUIRE(CaseWorkflow(*t.db).addNote(QStringLiteral("A-1"), kSystem, QStringLiteral("约定三月五日调解")));
    REQUIRE(s.recordCitizenInformed(QStringLiteral("A-1"), QStringLiteral("电话告知"), QStringLiteral("cun.yi")));
    mine = s.casesOfAgent(a.villageAgent.id, QStringLiteral("cun.yi"), false);
    REQUIRE(mine);
    CHECK_FALSE(mine->first().changed);
    CHECK_FALSE(mine->first().citizenInformedAt.isEmpty());
    auto c = workflow::loadCase(*t.db, QStringLiteral("A-1"));
    REQUIRE(c);
    CHECK(c->timeline.last().action == QStringLiteral("agent_informed"));
    // A supervisor may look at any agent's list; the county list holds it under its level.
    CHECK(s.casesOfAgent(a.villageAgent.id, kSystem, false));
    CHECK(s.allCases(QStringLiteral("village")).size() == 1);
    CHECK(s.allCases(QStringLiteral("county")).isEmpty());
    // Without a filter: every case and every agent (an empty filter bound as NULL once listed none).
    CHECK(s.allCases().size() == 1);
    CHECK(s.agents().size() == 2);
    CHECK(s.agents(a.village.id).size() == 1);
    // A phone that is no phone number is refused for a point and for an agent; nothing is written.
    CHECK_FALSE(s.savePoint({{},
                             QStringLiteral("乡代办点"),
                             QStringLiteral("township"),
                             QStringLiteral("150824100"),
                             {},
                             QStringLiteral("0478-abc"),
                             true,
                             0},
                            kSystem));
    CHECK_FALSE(s.saveAgent(
        {{}, a.village.id, QStringLiteral("村代办员丙"), QStringLiteral("139abc"), {}, true, {}, {}}, kSystem));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_points")) == 2);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_agents")) == 2);
    // One agent per case.
    CHECK_FALSE(s.registerForCitizen(QStringLiteral("A-1"), a.countyAgent.id, QStringLiteral("b.pdf"), kPdf, kSystem));
}

TEST_CASE("the role table refuses the schedule, the assignment and the agency to the roles without them")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    addUser(*t.db, QStringLiteral("clerk"), QStringLiteral("clerk"));
    addUser(*t.db, QStringLiteral("handler"), QStringLiteral("handler"));
    addUser(*t.db, QStringLiteral("triage"), QStringLiteral("triage"));
    ReceptionService reception(*t.db);
    const Leader wang = leader(reception, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    addCase(*t.db, test::sampleCase(QStringLiteral("A-1"), QDate(2027, 2, 1)));

    auto byClerk = reception.saveLeader(
        {{}, QStringLiteral("赵六"), QStringLiteral("副县长"), QStringLiteral("county"), {}, {}, true},
        QStringLiteral("clerk"));
    REQUIRE_FALSE(byClerk);
    CHECK(byClerk.error().contains(QStringLiteral("窗口受理员")));
    CHECK_FALSE(reception.importSchedule("日期,时段\n", QStringLiteral("clerk")));
    auto assigned = LeaderCaseService(*t.db).assign(QStringLiteral("A-1"), wang.id, {QStringLiteral("resolve")},
                                                    QDate(2027, 4, 1), QStringLiteral("handler"));
    REQUIRE_FALSE(assigned);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM leader_assignments")) == 0);
    const Agency a = agency(*t.db);
    CHECK_FALSE(AgencyService(*t.db).registerForCitizen(QStringLiteral("A-1"), a.countyAgent.id,
                                                        QStringLiteral("a.pdf"), kPdf, QStringLiteral("handler")));
    CHECK_FALSE(AgencyService(*t.db).casesOfAgent(a.countyAgent.id, QStringLiteral("triage"), false));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_cases")) == 0);
}

TEST_CASE("the report section, counted by hand on a small month; the rest of the report is unchanged")
{
    test::TempDatabase t;
    const QDate month(2027, 3, 1);
    {
        // Without any of the new records the section holds zeros and null rates, and removing it gives
        // the report as it was, byte for byte.
        auto empty = computeMonthlyReport(*t.db, month);
        REQUIRE(empty);
        MonthlyReport without = *empty;
        without.mechanisms.reset();
        const QByteArray with = empty->toJson(), plain = without.toJson();
        REQUIRE(with.startsWith(plain.left(plain.size() - 2)));
        CHECK(with.mid(plain.size() - 2) ==
              QByteArray(", \"mechanisms\": {\"leader_receptions\": {\"days\": 0, \"visitors\": 0, \"cases\": 0}, "
                         "\"leader_cases\": {\"assigned\": 0, \"resolved\": 0, \"resolution_rate\": null}, "
                         "\"agency_cases\": [{\"level\": \"county\", \"registered\": 0, \"resolved\": 0, "
                         "\"resolution_rate\": null}, {\"level\": \"township\", \"registered\": 0, \"resolved\": 0, "
                         "\"resolution_rate\": null}, {\"level\": \"village\", \"registered\": 0, \"resolved\": 0, "
                         "\"resolution_rate\": null}]}}\n"));
        CHECK(QJsonDocument::fromJson(with).object().contains(QStringLiteral("mechanisms")));
        CHECK(without.toCsv().size() < empty->toCsv().size());
        CHECK(empty->toCsv().startsWith(without.toCsv().left(without.toCsv().size() - 2)));
    }
    test::FixedClock clock(QDateTime(QDate(2027, 3, 20), QTime(10, 0)));
    ReceptionService reception(*t.db);
    const Leader wang = leader(reception, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    const ReceptionDay d1 = day(reception, wang, QDate(2027, 3, 1), "am");
    day(reception, wang, QDate(2027, 3, 8), "am");
    day(reception, wang, QDate(2027, 3, 15), "pm");
    day(reception, wang, QDate(2027, 4, 5), "am"); // next month: not counted
    const ReceptionDay feb = day(reception, wang, QDate(2027, 2, 22), "am");
    // Cases: A (headcount 3) and B (2) received at d1, C at the February reception.
    CaseRecord a = test::sampleCase(QStringLiteral("A"), QDate(2027, 3, 1));
    a.headcount = 3;
    a.status = QStringLiteral("closed");
    a.outcome = QStringLiteral("mediated");
    a.endedOn = QDate(2027, 3, 10);
    CaseRecord b = test::sampleCase(QStringLiteral("B"), QDate(2027, 3, 1));
    b.headcount = 2;
    CaseRecord c = test::sampleCase(QStringLiteral("C"), QDate(2027, 2, 22));
    CaseRecord d = test::sampleCase(QStringLiteral("D"), QDate(2027, 3, 5));
    d.status = QStringLiteral("closed");
    d.outcome = QStringLiteral("mediation_failed");
    d.endedOn = QDate(2027, 3, 12);
    CaseRecord e = test::sampleCase(QStringLiteral("E"), QDate(2027, 3, 6));
    for (const CaseRecord& r : {a, b, c, d, e})
        addCase(*t.db, r);
    REQUIRE(reception.recordReception(QStringLiteral("A"), d1.id, {}, kSystem));
    REQUIRE(reception.recordReception(QStringLiteral("B"), d1.id, {}, kSystem));
    REQUIRE(reception.recordReception(QStringLiteral("C"), feb.id, {}, kSystem));
    // Leader cases assigned in March: B (open), C (open); A was closed before: refused.
    LeaderCaseService leaders(*t.db);
    const QStringList duty{QStringLiteral("resolve")};
    CHECK_FALSE(leaders.assign(QStringLiteral("A"), wang.id, duty, QDate(2027, 4, 1), kSystem));
    REQUIRE(leaders.assign(QStringLiteral("B"), wang.id, duty, QDate(2027, 4, 1), kSystem));
    REQUIRE(leaders.assign(QStringLiteral("C"), wang.id, duty, QDate(2027, 4, 1), kSystem));
    // C then closes resolved within the month.
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET status = 'closed', outcome = 'petition_explained', ended_on = "
                                      "'2027-03-25' WHERE case_no = 'C'")));
    }
    // Agency: A (village, resolved), D (village, closed unresolved), E (county, open).
    const Agency ag = agency(*t.db);
    AgencyService agencies(*t.db);
    {
        // Registered before the cases closed (an agent registers an open case).
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET status = 'filed', outcome = NULL, ended_on = NULL WHERE "
                                      "case_no IN ('A','D')")));
    }
    REQUIRE(
        agencies.registerForCitizen(QStringLiteral("A"), ag.villageAgent.id, QStringLiteral("a.pdf"), kPdf, kSystem));
    REQUIRE(
        agencies.registerForCitizen(QStringLiteral("D"), ag.villageAgent.id, QStringLiteral("d.pdf"), kPdf, kSystem));
    REQUIRE(
        agencies.registerForCitizen(QStringLiteral("E"), ag.countyAgent.id, QStringLiteral("e.pdf"), kPdf, kSystem));
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET status = 'closed', outcome = 'mediated', ended_on = "
                                      "'2027-03-10' WHERE case_no = 'A'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET status = 'closed', outcome = 'mediation_failed', ended_on = "
                                      "'2027-03-12' WHERE case_no = 'D'")));
    }
    auto r = computeMonthlyReport(*t.db, month);
    REQUIRE(r);
    REQUIRE(r->mechanisms);
    const MechanismFigures& m = *r->mechanisms;
    CHECK(m.receptionDays == 3);     // 1, 8 and 15 March
    CHECK(m.receptionCases == 2);    // A and B (C was received in February)
    CHECK(m.receptionVisitors == 5); // 3 + 2
    CHECK(m.leaderAssigned == 2);    // B and C
    CHECK(m.leaderResolved == 1);    // C
    CHECK(formatRate(m.leaderRate) == QStringLiteral("50.00"));
    REQUIRE(m.agency.size() == 3);
    CHECK(m.agency[0].level == QStringLiteral("county"));
    CHECK(m.agency[0].registered == 1);
    CHECK(m.agency[0].resolved == 0);
    CHECK(formatRate(m.agency[0].rate) == QStringLiteral("0.00"));
    CHECK(m.agency[1].registered == 0);
    CHECK_FALSE(m.agency[1].rate);
    CHECK(m.agency[2].registered == 2);
    CHECK(m.agency[2].resolved == 1);
    const QJsonObject json =
        QJsonDocument::fromJson(r->toJson()).object().value(QStringLiteral("mechanisms")).toObject();
    CHECK(json.value(QStringLiteral("leader_cases")).toObject().value(QStringLiteral("resolution_rate")).toDouble() ==
          50.0);
    CHECK(json.value(QStringLiteral("agency_cases"))
              .toArray()
              .at(2)
              .toObject()
              .value(QStringLiteral("resolved"))
              .toInt() == 1);
    const QString csv = QString::fromUtf8(r->toCsv());
    CHECK(csv.contains(QStringLiteral("agency_cases.village.registered,村（社区）级代办：登记数,2")));
    // A township's scope leaves the other township's cases out.
    auto other = computeMonthlyReport(*t.db, month, ReportScope{{}, QStringLiteral("150824101"), {}});
    REQUIRE(other);
    CHECK(other->mechanisms->receptionCases == 0);
    CHECK(other->mechanisms->receptionDays == 3);
}

TEST_CASE("a file of schema 10 upgrades to 13: its attachments stay, the new kind and tables are there", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(migrate(**raw, 10).ok());
        QSqlQuery q((*raw)->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO cases(id, site_code, case_type, source, category_code, township_code, "
                                  "summary, status, received_on, created_at, updated_at) VALUES('c1', '150824', "
                                  "'petition', 'walk_in', 'neighbor', '150824100', '漏水', 'filed', '2027-03-01', "
                                  "'2027-03-01T00:00:00Z', '2027-03-01T00:00:00Z')")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO attachments(id, case_id, title, kind, mime, size, sha256, data, actor, "
                                  "site_code, created_at, updated_at) VALUES('a1', 'c1', '申请书', 'application', "
                                  "'application/pdf', 3, 'x', X'414243', 'system', '150824', "
                                  "'2027-03-01T00:00:00Z', '2027-03-01T00:00:00Z')")));
        CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM leaders")));
    }
    auto raw = Database::openRaw(path);
    REQUIRE(raw.ok());
    REQUIRE(migrate(**raw, 13).ok());
    Database& db = **raw;
    CHECK(db.userVersion() == 13);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM attachments WHERE id = 'a1' AND data = X'414243'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM leaders")) == 0);
    for (const char* name : {"attachments_case", "attachments_exchange_base", "attachments_exchange_base_gone",
                             "agency_cases_exchange_base"})
        CHECK(count(db,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(name))) ==
              1);
    QSqlQuery q(db.sql());
    CHECK(q.exec(QStringLiteral("UPDATE attachments SET kind = 'agency_authorization' WHERE id = 'a1'")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE attachments SET kind = 'nonsense' WHERE id = 'a1'")));
    // Run again (a renumbered step at a merge): nothing changes, nothing fails.
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 10")));
    REQUIRE(migrate(db, 11).ok());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM attachments")) == 1);
}

TEST_CASE("consolidation carries a township's reception, leader case and agency case to the county")
{
    test::TempDatabase town(
        SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"), QStringLiteral("township"), {}});
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    ReceptionService reception(*town.db);
    const Leader chief = leader(reception, QStringLiteral("赵镇长"), QStringLiteral("镇长"));
    const ReceptionDay d = day(reception, chief, QDate(2027, 3, 1), "am");
    addCase(*town.db, test::sampleCase(QStringLiteral("T-1"), QDate(2027, 3, 1)));
    REQUIRE(reception.recordReception(QStringLiteral("T-1"), d.id, {}, kSystem));
    REQUIRE(LeaderCaseService(*town.db).assign(QStringLiteral("T-1"), chief.id, {QStringLiteral("resolve")},
                                               QDate(2027, 4, 1), kSystem));
    const Agency a = agency(*town.db);
    REQUIRE(AgencyService(*town.db).registerForCitizen(QStringLiteral("T-1"), a.villageAgent.id,
                                                       QStringLiteral("a.pdf"), kPdf, kSystem));
    // A second reception day nobody came to, and the county agent, stay at the township.
    day(reception, chief, QDate(2027, 3, 8), "am");

    ExportOptions o;
    o.outPath = town.file(QStringLiteral("town.owpkg"));
    auto exported = exportPackage(*town.db, o);
    INFO(exported.error().toStdString());
    REQUIRE(exported);
    auto imported = PackageImporter(*county.db).import(o.outPath, kSystem);
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM reception_visits")) == 1);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM reception_days")) == 1);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM leaders")) == 1);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM leader_assignments WHERE state = 'active'")) == 1);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM agency_cases")) == 1);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM agency_agents")) == 1);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM agency_points WHERE level = 'village'")) == 1);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM agency_seen")) == 0);
    // The county's report counts the township's agency case under its level.
    auto r = computeMonthlyReport(*county.db, QDate(2027, 3, 1));
    REQUIRE(r);
    CHECK(r->mechanisms->agency[2].registered == 1);
    CHECK(r->mechanisms->receptionCases == 1);
}

TEST_CASE("onewindow-cli: schedule import, leader-cases and agency-cases as JSON, the role checked")
{
    test::TempDatabase t;
    addUser(*t.db, QStringLiteral("clerk"), QStringLiteral("clerk"));
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    auto run = [&](const QStringList& args) {
        return test::runProgram(cli, QStringList{QStringLiteral("--db"), t.path} + args);
    };
    const QString bad = t.file(QStringLiteral("bad.csv")), good = t.file(QStringLiteral("good.csv"));
    test::writeFile(bad, "日期,时段,领导姓名,职务,级别,单位,地点,接访事项\n"
                         "2027-03-01,上午,王建国,县委副书记,县级,县委,接访室,\n"
                         "2027-03-01,傍晚,李春华,副县长,县级,县政府,接访室,\n");
    test::writeFile(good, "日期,时段,领导姓名,职务,级别,单位,地点,接访事项\n"
                          "2027-03-01,上午,王建国,县委副书记,县级,县委,接访室,\n");
    const test::Run refused = run({QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("schedule"),
                                   QStringLiteral("import"), good});
    CHECK(refused.status == 4);
    const test::Run rejected = run({QStringLiteral("schedule"), QStringLiteral("import"), bad});
    CHECK(rejected.status == 1);
    CHECK(rejected.err.contains(QStringLiteral("第 3 行：")));
    CHECK(rejected.err.contains(QStringLiteral("傍晚")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM reception_days")) == 0);
    const test::Run imported = run({QStringLiteral("schedule"), QStringLiteral("import"), good});
    INFO(imported.err.toStdString());
    CHECK(imported.status == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM reception_days")) == 1);

    CaseRecord overdue = test::sampleCase(QStringLiteral("A-1"), QDate(2025, 1, 5));
    overdue.dueOn = QDate(2025, 2, 4);
    addCase(*t.db, overdue);
    const test::Run leaders = run({QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("leader-cases"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(leaders.status == 0);
    const QJsonObject json = QJsonDocument::fromJson(leaders.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("leader_cases")).toArray().isEmpty());
    REQUIRE(json.value(QStringLiteral("backlog")).toArray().size() == 1);
    const QJsonObject b = json.value(QStringLiteral("backlog")).toArray().at(0).toObject();
    CHECK(b.value(QStringLiteral("case_no")).toString() == QStringLiteral("A-1"));
    CHECK(b.value(QStringLiteral("overdue")).toBool());
    CHECK(b.value(QStringLiteral("leader")).isNull());

    const test::Run agencyList =
        run({QStringLiteral("agency-cases"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(agencyList.status == 0);
    CHECK(QJsonDocument::fromJson(agencyList.out.toUtf8())
              .object()
              .value(QStringLiteral("agency_cases"))
              .toArray()
              .isEmpty());
    CHECK(run({QStringLiteral("agency-cases"), QStringLiteral("--level"), QStringLiteral("province")}).status == 2);
}
