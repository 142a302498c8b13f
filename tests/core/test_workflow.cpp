// The case lifecycle: every allowed and refused transition, timeline and audit entries, deadline
// shifts on suspend/resume, the one petition extension, routing rules and joint handling.
#include "support/catch.h"
#include "support/fixtures.h"
#include "workflow_helpers.h"

#include "domain/vocabulary.h"
#include "storage/case_store.h"
#include "workflow/case_steps.h"
#include "workflow/deadlines.h"
#include "workflow/routing.h"
#include "workflow/work_queues.h"

using namespace ow;
using namespace ow::test;

namespace {

const QStringList kStatuses{QStringLiteral("reported"),    QStringLiteral("filed"),     QStringLiteral("assigned"),
                            QStringLiteral("in_progress"), QStringLiteral("responded"), QStringLiteral("closed"),
                            QStringLiteral("suspended"),   QStringLiteral("escalated"), QStringLiteral("withdrawn"),
                            QStringLiteral("rejected"),    QStringLiteral("merged")};

// A case brought to `status` through the workflow itself.
CaseRecord caseIn(Database& db, const QString& status)
{
    IntakeRequest r = neighbourDispute();
    const bool unaccepted = status == QLatin1String("reported") || status == QLatin1String("rejected");
    r.saveAs = unaccepted ? IntakeRequest::SaveAs::Reported : IntakeRequest::SaveAs::Filed;
    CaseRecord c = registerCase(db, r);
    auto go = [&](const char* cmd) {
        auto res = step(db, c.id, QString::fromLatin1(cmd));
        INFO(cmd << ": " << res.error().toStdString());
        REQUIRE(res.ok());
        c = *res;
    };
    if (status == QLatin1String("rejected"))
        go("reject");
    else if (status == QLatin1String("withdrawn"))
        go("withdraw");
    else if (status == QLatin1String("merged")) {
        const CaseRecord survivor = registerCase(db, neighbourDispute());
        TransitionRequest t{.caseKey = c.id,
                            .command = QStringLiteral("merge"),
                            .actor = QStringLiteral("system"),
                            .reason = QStringLiteral("重复登记"),
                            .department = {},
                            .escalatedTo = {},
                            .mergedInto = survivor.id,
                            .outcome = {},
                            .resolutionLevel = {},
                            .overrideJoint = false,
                            .on = QDate(2025, 3, 5),
                            .expectedRowVersion = 0};
        auto res = CaseWorkflow(db).apply(t);
        REQUIRE(res.ok());
        c = *res;
    } else if (status != QLatin1String("reported") && status != QLatin1String("filed")) {
        go("assign");
        if (status == QLatin1String("escalated")) {
            go("escalate");
        } else if (status != QLatin1String("assigned")) {
            go("start");
            if (status == QLatin1String("suspended"))
                go("suspend");
            else if (status == QLatin1String("responded") || status == QLatin1String("closed")) {
                go("respond");
                if (status == QLatin1String("closed"))
                    go("close");
            }
        }
    }
    REQUIRE(c.status == status);
    return c;
}

struct Allowed
{
    const char* from;
    const char* command;
    const char* to;
};

// The table of case_workflow.h, written out independently.
const Allowed kAllowed[] = {
    {"reported", "accept", "filed"},
    {"reported", "reject", "rejected"},
    {"reported", "merge", "merged"},
    {"reported", "withdraw", "withdrawn"},
    {"filed", "assign", "assigned"},
    {"filed", "escalate", "escalated"},
    {"filed", "merge", "merged"},
    {"filed", "withdraw", "withdrawn"},
    {"assigned", "start", "in_progress"},
    {"assigned", "suspend", "suspended"},
    {"assigned", "escalate", "escalated"},
    {"assigned", "merge", "merged"},
    {"assigned", "withdraw", "withdrawn"},
    {"in_progress", "respond", "responded"},
    {"in_progress", "suspend", "suspended"},
    {"in_progress", "escalate", "escalated"},
    {"in_progress", "merge", "merged"},
    {"in_progress", "withdraw", "withdrawn"},
    {"responded", "close", "closed"},
    {"responded", "return", "in_progress"},
    {"suspended", "resume", "in_progress"},
    {"suspended", "escalate", "escalated"},
    {"suspended", "withdraw", "withdrawn"},
    {"closed", "reopen", "in_progress"},
    {"escalated", "reopen", "assigned"},
    {"withdrawn", "reopen", "filed"},
    {"rejected", "reopen", "reported"},
};

Result<CaseRecord> applyFull(Database& db, const CaseRecord& c, const QString& command, const QString& survivor)
{
    TransitionRequest t;
    t.caseKey = c.id;
    t.command = command;
    t.on = QDate(2025, 3, 6);
    t.reason = QStringLiteral("当事人要求");
    t.department = QStringLiteral("justice");
    t.escalatedTo = QStringLiteral("巴彦淖尔市社会治理中心");
    t.outcome = QStringLiteral("mediated");
    t.mergedInto = survivor;
    return CaseWorkflow(db).apply(t);
}

} // namespace

TEST_CASE("every allowed transition leads where the table says, with a timeline and audit entry")
{
    TempDatabase t;
    Database& db = *t.db;
    const CaseRecord survivor = registerCase(db, neighbourDispute());
    for (const Allowed& a : kAllowed) {
        const CaseRecord c = caseIn(db, QString::fromLatin1(a.from));
        const int events = int(c.timeline.size());
        const qint64 audits = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        auto res = applyFull(db, c, QString::fromLatin1(a.command), survivor.id);
        INFO(a.from << " --" << a.command << "--> " << a.to << ": " << res.error().toStdString());
        REQUIRE(res.ok());
        CHECK(res->status == QLatin1String(a.to));
        CHECK(res->rowVersion == c.rowVersion + 1);
        REQUIRE(res->timeline.size() == events + 1);
        CHECK(res->timeline.last().actor == QLatin1String("system"));
        CHECK(res->timeline.last().action == QLatin1String(a.command));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() > audits);
        if (vocab::isTerminalStatus(res->status))
            CHECK(res->endedOn.isValid());
        else
            CHECK_FALSE(res->endedOn.isValid());
    }
}

TEST_CASE("every other transition is refused and leaves the case unchanged")
{
    TempDatabase t;
    Database& db = *t.db;
    const CaseRecord survivor = registerCase(db, neighbourDispute());
    int refused = 0;
    for (const QString& from : kStatuses) {
        const CaseRecord c = caseIn(db, from);
        for (const QString& command : CaseWorkflow::commands()) {
            bool allowed = false;
            for (const Allowed& a : kAllowed)
                allowed = allowed || (from == QLatin1String(a.from) && command == QLatin1String(a.command));
            if (allowed)
                continue;
            auto res = applyFull(db, c, command, survivor.id);
            INFO(from.toStdString() << " --" << command.toStdString() << "--> must be refused");
            REQUIRE_FALSE(res.ok());
            CHECK_FALSE(res.error().isEmpty());
            const auto after = CaseStore(db).load(c.id);
            CHECK(after->status == from);
            CHECK(after->rowVersion == c.rowVersion);
            ++refused;
        }
    }
    CHECK(refused == 11 * 13 - int(std::size(kAllowed)));
}

TEST_CASE("refusals say why in Chinese")
{
    TempDatabase t;
    Database& db = *t.db;
    const CaseRecord filed = caseIn(db, QStringLiteral("filed"));
    auto close = step(db, filed.id, QStringLiteral("close"));
    REQUIRE_FALSE(close.ok());
    CHECK(close.error() == QStringLiteral("无法结案：该案件尚未分派给任何部门。"));
    const CaseRecord merged = caseIn(db, QStringLiteral("merged"));
    CHECK(step(db, merged.id, QStringLiteral("reopen")).error().contains(QStringLiteral("合并")));
    // A reason is required where the table says so.
    TransitionRequest noReason{};
    noReason.caseKey = filed.id;
    noReason.command = QStringLiteral("withdraw");
    auto w = CaseWorkflow(db).apply(noReason);
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().contains(QStringLiteral("理由")));
}

TEST_CASE("supervisor-only transitions are refused for a clerk")
{
    TempDatabase t;
    Database& db = *t.db;
    {
        WriteTransaction tx(db);
        addUser(db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
        REQUIRE(tx.commit().ok());
    }
    const CaseRecord closed = caseIn(db, QStringLiteral("closed"));
    TransitionRequest r;
    r.caseKey = closed.id;
    r.command = QStringLiteral("reopen");
    r.reason = QStringLiteral("当事人反映未落实");
    r.actor = QStringLiteral("clerk1");
    auto res = CaseWorkflow(db).apply(r);
    REQUIRE_FALSE(res.ok());
    CHECK(res.error().contains(QStringLiteral("主任")));
    r.actor = QStringLiteral("system");
    CHECK(CaseWorkflow(db).apply(r).ok());
}

TEST_CASE("suspension moves the open deadlines by the days suspended")
{
    TempDatabase t;
    Database& db = *t.db;
    const CaseRecord c = caseIn(db, QStringLiteral("in_progress"));
    const QDate before = c.dueOn;
    REQUIRE(before.isValid());
    REQUIRE(step(db, c.id, QStringLiteral("suspend"), QDate(2025, 3, 10)).ok());
    auto resumed = step(db, c.id, QStringLiteral("resume"), QDate(2025, 3, 24));
    REQUIRE(resumed.ok());
    CHECK(resumed->status == QLatin1String("in_progress"));
    const DeadlineEngine engine(HolidayCalendar::load(db));
    CHECK(resumed->dueOn == engine.shiftedBySuspension(before, 14));
    CHECK(resumed->dueOn >= before.addDays(14));
    for (const Milestone& m : resumed->milestones)
        if (m.milestone == QLatin1String("handling"))
            CHECK(m.dueOn == resumed->dueOn);
    CHECK(resumed->timeline.last().detail.contains(QStringLiteral("14")));
}

TEST_CASE("a supervisor extends a petition once by 30 days with a reason")
{
    TempDatabase t;
    Database& db = *t.db;
    IntakeRequest r = neighbourDispute();
    r.caseType = QStringLiteral("petition");
    r.window = QStringLiteral("petition");
    const CaseRecord c = registerCase(db, r);
    CaseWorkflow wf(db);
    CHECK_FALSE(wf.extend(c.id, QStringLiteral("system"), QString()).ok()); // no reason
    auto extended = wf.extend(c.id, QStringLiteral("system"), QStringLiteral("需要现场勘验"));
    REQUIRE(extended.ok());
    const DeadlineEngine engine(HolidayCalendar::load(db));
    DeadlineRule rule;
    for (const DeadlineRule& x : loadDeadlineRules(db, QStringLiteral("petition")))
        if (x.milestone == QLatin1String("handling"))
            rule = x;
    CHECK(extended->dueOn == *engine.extended(c.dueOn, rule));
    CHECK(extended->dueOn >= c.dueOn.addDays(30));
    auto again = wf.extend(c.id, QStringLiteral("system"), QStringLiteral("再次延期"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("一次")));
    // A people's mediation case has no extension.
    const CaseRecord m = registerCase(db, neighbourDispute());
    CHECK_FALSE(wf.extend(m.id, QStringLiteral("system"), QStringLiteral("理由")).ok());
}

TEST_CASE("the most specific routing rule wins")
{
    auto rule = [](const char* cat, const char* type, const char* town, const char* lead) {
        RoutingRule r;
        r.id = QString::fromLatin1(lead);
        r.category = QString::fromLatin1(cat);
        r.caseType = QString::fromLatin1(type);
        r.township = QString::fromLatin1(town);
        r.lead = QString::fromLatin1(lead);
        return r;
    };
    const QList<RoutingRule> rules{rule("labor", "", "", "hrss"), rule("labor", "petition", "", "petition"),
                                   rule("labor", "petition", "150824100", "political_legal"),
                                   rule("", "", "150824101", "general_window"), rule("neighbor", "", "", "justice")};
    auto lead = [&](const char* cat, const char* type, const char* town) {
        return RoutingService::resolve(rules, QString::fromLatin1(cat), QString::fromLatin1(type),
                                       QString::fromLatin1(town))
            .lead;
    };
    CHECK(lead("labor", "people_mediation", "150824102") == QLatin1String("hrss"));
    CHECK(lead("labor", "petition", "150824102") == QLatin1String("petition"));
    CHECK(lead("labor", "petition", "150824100") == QLatin1String("political_legal"));
    CHECK(lead("neighbor", "petition", "150824102") == QLatin1String("justice"));
    // One key each: a township rule beats a category rule.
    CHECK(lead("neighbor", "people_mediation", "150824101") == QLatin1String("general_window"));
    CHECK(lead("labor", "people_mediation", "150824101") == QLatin1String("general_window"));
    CHECK(lead("medical", "people_mediation", "150824102").isEmpty());
}

TEST_CASE("of two equally specific routing rules, the one saved first applies, even within one millisecond")
{
    TempDatabase t;
    Database& db = *t.db;
    RoutingService routing(db);
    // Only this test's rules: a new database also has the bundled defaults (routing.csv).
    QSqlQuery clear(db.sql());
    REQUIRE(clear.exec(QStringLiteral("DELETE FROM routing_rules")));
    const QStringList leads{QStringLiteral("justice"), QStringLiteral("court"), QStringLiteral("hrss"),
                            QStringLiteral("general_window"), QStringLiteral("petition")};
    const QStringList categories{QStringLiteral("neighbor"), QStringLiteral("labor"), QStringLiteral("contract"),
                                 QStringLiteral("business"), QStringLiteral("damages")};
    for (int i = 0; i < leads.size(); ++i) {
        RoutingRule rule;
        rule.category = categories[i];
        rule.lead = leads[i];
        const auto saved = routing.saveRule(rule, QStringLiteral("system"));
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
    }
    // A second rule for the same keys is refused: it could never apply.
    RoutingRule again;
    again.category = QStringLiteral("neighbor");
    again.lead = QStringLiteral("court");
    const auto refused = routing.saveRule(again, QStringLiteral("system"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("司法局")));
    // A database from before that check may hold such rules, all saved in the same millisecond: only
    // the order of saving tells them apart.
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE routing_rules SET created_at = '2026-11-22T08:00:00.000Z', "
                                  "category_code = 'neighbor'")));
    QStringList order;
    for (const RoutingRule& r : routing.rules())
        order << r.lead;
    CHECK(order == leads);
    const CaseRecord c = registerCase(db, neighbourDispute());
    CHECK(routing.suggest(c).lead == QLatin1String("justice"));
}

TEST_CASE("triage follows the suggestion or overrides it with a reason; transfers keep history")
{
    TempDatabase t;
    Database& db = *t.db;
    RoutingService routing(db);
    RoutingRule rule;
    rule.category = QStringLiteral("邻里");
    rule.lead = QStringLiteral("司法局");
    rule.co = {QStringLiteral("natural_resources")};
    REQUIRE(routing.saveRule(rule, QStringLiteral("system")).ok());
    IntakeRequest r = neighbourDispute();
    r.saveAs = IntakeRequest::SaveAs::Reported;
    const CaseRecord c = registerCase(db, r);
    CHECK(routing.suggest(c).lead == QLatin1String("justice"));
    CHECK(routing.suggest(c).co == QStringList{QStringLiteral("natural_resources")});
    auto overridden = routing.route(c.id, QStringLiteral("system"), QStringLiteral("court"), {}, QString());
    REQUIRE_FALSE(overridden.ok());
    CHECK(overridden.error().contains(QStringLiteral("司法局")));
    auto routed = routing.route(c.id, QStringLiteral("system"), QStringLiteral("justice"),
                                {{QStringLiteral("natural_resources"), QDate(2025, 3, 20)}}, QString());
    REQUIRE(routed.ok());
    CHECK(routed->status == QLatin1String("assigned"));
    CHECK_FALSE(routed->caseNo.isEmpty());
    CHECK(routed->leadDepartmentCode == QLatin1String("justice"));
    auto moved = routing.transfer(c.id, QStringLiteral("system"), QStringLiteral("court"), QStringLiteral("涉诉"));
    REQUIRE(moved.ok());
    CHECK(moved->leadDepartmentCode == QLatin1String("court"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM case_transfers WHERE case_id = ?"), {c.id}).toInt() == 2);
    CHECK(
        scalar(db, QStringLiteral("SELECT count(*) FROM case_departments WHERE case_id = ? AND role = 'lead'"), {c.id})
            .toInt() == 2);
    CHECK(moved->timeline.last().detail.contains(QStringLiteral("人民法院")));
}

TEST_CASE("a case cannot be responded until every summoned department reported in and gave feedback")
{
    TempDatabase t;
    Database& db = *t.db;
    RoutingService routing(db);
    const CaseRecord c = registerCase(db, neighbourDispute());
    REQUIRE(routing
                .route(c.id, QStringLiteral("system"), QStringLiteral("justice"),
                       {{QStringLiteral("natural_resources"), QDate(2025, 3, 12)}, {QStringLiteral("housing"), {}}},
                       QString())
                .ok());
    REQUIRE(step(db, c.id, QStringLiteral("start")).ok());
    TransitionRequest respond;
    respond.caseKey = c.id;
    respond.command = QStringLiteral("respond");
    respond.on = QDate(2025, 3, 15);
    auto refused = CaseWorkflow(db).apply(respond);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("2")));
    CHECK_FALSE(routing.giveFeedback(c.id, QStringLiteral("system"), QStringLiteral("housing"), QStringLiteral("ok"))
                    .ok()); // must report in first
    REQUIRE(routing.reportIn(c.id, QStringLiteral("system"), QStringLiteral("natural_resources")).ok());
    REQUIRE(routing
                .giveFeedback(c.id, QStringLiteral("system"), QStringLiteral("natural_resources"),
                              QStringLiteral("已测量边界"))
                .ok());
    REQUIRE(routing.reportIn(c.id, QStringLiteral("system"), QStringLiteral("housing")).ok());
    auto stillOne = CaseWorkflow(db).apply(respond);
    REQUIRE_FALSE(stillOne.ok());
    CHECK(stillOne.error().contains(QStringLiteral("1")));
    // The lead may override with a reason.
    respond.overrideJoint = true;
    CHECK_FALSE(CaseWorkflow(db).apply(respond).ok()); // no reason
    respond.reason = QStringLiteral("住建部门意见不影响调解结果");
    auto done = CaseWorkflow(db).apply(respond);
    REQUIRE(done.ok());
    CHECK(done->status == QLatin1String("responded"));
    const auto depts = routing.departmentsOf(c.id);
    REQUIRE(depts.size() == 3);
    CHECK(depts[1].dueOn == QDate(2025, 3, 12));
}

TEST_CASE("every summoned department's feedback opens the way to responded")
{
    TempDatabase t;
    Database& db = *t.db;
    RoutingService routing(db);
    const CaseRecord c = registerCase(db, neighbourDispute());
    REQUIRE(routing
                .route(c.id, QStringLiteral("system"), QStringLiteral("justice"), {{QStringLiteral("housing"), {}}},
                       QString())
                .ok());
    REQUIRE(step(db, c.id, QStringLiteral("start")).ok());
    REQUIRE(routing.reportIn(c.id, QStringLiteral("system"), QStringLiteral("housing")).ok());
    REQUIRE(
        routing.giveFeedback(c.id, QStringLiteral("system"), QStringLiteral("housing"), QStringLiteral("无违建")).ok());
    auto done = step(db, c.id, QStringLiteral("respond"));
    REQUIRE(done.ok());
    CHECK(done->status == QLatin1String("responded"));
}

TEST_CASE("supervision flag and the work queues")
{
    TempDatabase t;
    Database& db = *t.db;
    // The queues count by the program's clock, fixed here: the test means the same on any day.
    test::FixedClock clock(QDateTime(QDate(2025, 6, 16), QTime(9, 30)));
    const QDate today = Clock::today();
    const CaseRecord a = registerCase(db, neighbourDispute(today));              // filed today, unrouted
    const CaseRecord b = registerCase(db, neighbourDispute(today.addDays(-40))); // overdue (30-day limit)
    REQUIRE(step(db, b.id, QStringLiteral("assign"), today).ok());
    const CaseRecord d = registerCase(db, neighbourDispute(today.addDays(-27))); // due soon
    REQUIRE(step(db, d.id, QStringLiteral("assign"), today).ok());
    CaseWorkflow wf(db);
    CHECK_FALSE(wf.setSupervision(b.id, QStringLiteral("system"), true, QString()).ok());
    auto sup = wf.setSupervision(b.id, QStringLiteral("system"), true, QStringLiteral("本周内办结"));
    REQUIRE(sup.ok());
    CHECK(sup->supervised);
    CHECK(sup->supervisionNote == QStringLiteral("本周内办结"));
    QHash<QString, qint64> counts;
    for (const WorkQueue& q : workQueues(db, QStringLiteral("justice"))) {
        counts[q.code] = q.count;
        CHECK(CaseStore(db).count(q.filter) == q.count);
        CHECK_FALSE(q.label.isEmpty());
    }
    CHECK(counts[QStringLiteral("triage")] == 1);
    CHECK(counts[QStringLiteral("department")] == 2);
    CHECK(counts[QStringLiteral("overdue")] == 1);
    CHECK(counts[QStringLiteral("due_soon")] == 1);
    CHECK(counts[QStringLiteral("supervised")] == 1);
    CHECK(counts[QStringLiteral("today")] == 1);
    (void)a;
    // Four days on, the case filed "today" is no longer today's, and the due-soon case is overdue.
    Clock::setFixed(QDateTime(QDate(2025, 6, 20), QTime(9, 30)));
    counts.clear();
    for (const WorkQueue& q : workQueues(db, QStringLiteral("justice")))
        counts[q.code] = q.count;
    CHECK(counts[QStringLiteral("today")] == 0);
    CHECK(counts[QStringLiteral("overdue")] == 2);
    CHECK(counts[QStringLiteral("due_soon")] == 0);
}

TEST_CASE("the steps a case offers follow its status, its joint handling and the actor's role")
{
    TempDatabase t;
    Database& db = *t.db;
    CaseRecord c = registerCase(db, neighbourDispute());
    auto routed =
        RoutingService(db).route(c.id, QStringLiteral("system"), QStringLiteral("justice"),
                                 {{QStringLiteral("public_security"), QDate()}}, QStringLiteral("司法所牵头"));
    REQUIRE(routed.ok());
    c = routed.value();
    const Actor handler{QStringLiteral("zhou.h"), QStringLiteral("周海"), QStringLiteral("handler"), {}};
    const Actor supervisor = actorFor(db, QStringLiteral("system")).value();

    const QStringList forHandler = workflow::availableSteps(db, c, handler);
    CHECK(forHandler.contains(QStringLiteral("start")));
    CHECK(forHandler.contains(QStringLiteral("report_in")));
    CHECK_FALSE(forHandler.contains(QStringLiteral("feedback")));
    CHECK_FALSE(forHandler.contains(QStringLiteral("supervise")));
    CHECK_FALSE(forHandler.contains(QStringLiteral("merge")));
    const QStringList forSupervisor = workflow::availableSteps(db, c, supervisor);
    CHECK(forSupervisor.contains(QStringLiteral("supervise")));
    CHECK(forSupervisor.contains(QStringLiteral("merge")));

    CHECK(workflow::stepDepartments(db, c, QStringLiteral("report_in")) ==
          QStringList{QStringLiteral("public_security")});
    const QStringList others = workflow::stepDepartments(db, c, QStringLiteral("whistle"));
    CHECK_FALSE(others.contains(QStringLiteral("justice")));
    CHECK_FALSE(others.contains(QStringLiteral("public_security")));
    CHECK(others.contains(QStringLiteral("court")));

    REQUIRE(RoutingService(db).reportIn(c.id, QStringLiteral("system"), QStringLiteral("public_security")).ok());
    CHECK(workflow::availableSteps(db, c, handler).contains(QStringLiteral("feedback")));
    CHECK(workflow::stepDepartments(db, c, QStringLiteral("feedback")) ==
          QStringList{QStringLiteral("public_security")});

    // A closed case offers a supervisor only what reopens it.
    CaseRecord closed = caseIn(db, QStringLiteral("closed"));
    CHECK(workflow::availableSteps(db, closed, handler).isEmpty());
    CHECK(workflow::availableSteps(db, closed, supervisor) == QStringList{QStringLiteral("reopen")});
}

TEST_CASE("reasons and notes with control or direction characters are refused, naming the field; nothing is saved")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const CaseRecord c = test::registerCase(db, test::neighbourDispute());
    const int events = test::scalar(db, QStringLiteral("SELECT count(*) FROM case_events")).toInt();
    const QString reversed = QStringLiteral("退回\u202E原因");
    TransitionRequest assign;
    assign.caseKey = c.id;
    assign.command = QStringLiteral("assign");
    assign.department = QStringLiteral("justice");
    assign.reason = reversed;
    auto refused = CaseWorkflow(db).apply(assign);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("U+202E")));
    CHECK(refused.error().contains(QStringLiteral("理由")));
    auto note = CaseWorkflow(db).addNote(c.id, QStringLiteral("system"),
                                         QStringLiteral("走访") + QChar(0) + QStringLiteral("记录"));
    REQUIRE_FALSE(note);
    CHECK(note.error().contains(QStringLiteral("办理记录")));
    auto routed = RoutingService(db).route(c.id, QStringLiteral("system"), QStringLiteral("justice"), {}, reversed);
    REQUIRE_FALSE(routed);
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM case_events")).toInt() == events);
    CHECK(test::scalar(db, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {c.id}).toString() ==
          QStringLiteral("filed"));
}
