// The printed documents' read models (reports/documents.h), assembled for a case walked through
// intake, routing with a co-handling department, mediation, agreement, performance, follow-up and
// closure: every name, label and date the documents print.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/mediation_test_support.h"
#include "core/workflow_helpers.h"
#include "mediation/agreement.h"
#include "mediation/attachments.h"
#include "mediation/closure.h"
#include "mediation/followup.h"
#include "mediation/performance.h"
#include "mediation/roster.h"
#include "mediation/sessions.h"
#include "reports/documents.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "workflow/routing.h"

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString sys = u"system"_s;

// A neighbour dispute registered by the clerk 李娜, led by the justice bureau with the human
// resources bureau summoned, mediated to a written agreement, performed, visited and closed.
QString walkedCase(Database& db)
{
    UserService users(db);
    REQUIRE(users.save({u"li.na"_s, u"李娜"_s, u"clerk"_s, QString(), true, false}, sys));
    REQUIRE(users.save({u"zhou.m"_s, u"周敏"_s, u"mediator"_s, QString(), true, false}, sys));
    IntakeRequest r = test::neighbourDispute(QDate(2025, 8, 20));
    r.actor = u"li.na"_s;
    r.request = u"要求拆除越界围墙"_s;
    const CaseRecord c = test::registerCase(db, r);
    RoutingService routing(db);
    REQUIRE(routing.route(c.id, sys, u"justice"_s, {{u"hrss"_s, {}}}, u"宅基地纠纷由司法所牵头"_s));
    REQUIRE(routing.reportIn(c.id, sys, u"hrss"_s));
    REQUIRE(routing.giveFeedback(c.id, sys, u"hrss"_s, u"已派员到场参与调解"_s));
    REQUIRE(test::step(db, c.id, u"start"_s, QDate(2025, 8, 21)));

    const test::Roster roster = test::makeRoster(db);
    MediationSession s;
    s.caseId = c.id;
    s.heldOn = QDate(2025, 8, 28);
    s.startsAt = QTime(9, 30);
    s.endsAt = QTime(11, 0);
    s.roomId = roster.roomId;
    s.mediatorIds = {roster.mediatorId};
    s.partiesPresent = u"王芳、李建国"_s;
    s.record = u"双方同意以原界桩为准重砌围墙。"_s;
    s.result = u"agreement"_s;
    REQUIRE(SessionService(db).recordSession(s, u"zhou.m"_s));
    Agreement a = test::sampleAgreement(c.id);
    a.mediatorIds = {roster.mediatorId};
    REQUIRE(AgreementService(db).saveAgreement(a, u"zhou.m"_s));
    REQUIRE(PerformanceService(db).recordPerformance(
        Performance{QString(), c.id, QDate(2025, 10, 30), u"performed"_s, 3000000, u"已通过银行转账付清"_s}, sys));
    REQUIRE(FollowupService(db).recordFollowup(FollowupVisit{QString(), c.id, QDate(2025, 11, 5), u"home_visit"_s,
                                                             u"王调解"_s, u"very_satisfied"_s, u"performed"_s,
                                                             u"双方关系已和好"_s},
                                               sys));
    REQUIRE(test::step(db, c.id, u"respond"_s, QDate(2025, 11, 5)));
    ClosureRequest req;
    req.caseId = c.id;
    req.outcome = u"mediated"_s;
    req.summary = u"经调解双方达成协议并已履行完毕。"_s;
    req.closedOn = QDate(2025, 11, 6);
    REQUIRE(ClosureService(db).close(req, u"zhou.m"_s));
    return c.id;
}

} // namespace

TEST_CASE("the receipt's model names the clerk, the department and a masked ID")
{
    test::TempDatabase t;
    Database& db = *t.db;
    REQUIRE(UserService(db).save({u"li.na"_s, u"李娜"_s, u"clerk"_s, QString(), true, false}, sys));
    IntakeRequest r = test::neighbourDispute(QDate(2025, 8, 20));
    r.actor = u"li.na"_s;
    const CaseRecord c = test::registerCase(db, r);

    auto m = receiptModel(db, c.caseNo);
    REQUIRE(m);
    CHECK(m->kind == ReceiptModel::Kind::Receipt);
    CHECK(m->caseNo == c.caseNo);
    CHECK(m->oneCaseCode == c.oneCaseCode());
    CHECK(m->applicants == u"王芳"_s);
    CHECK(m->applicantIdMask == u"150824********0010"_s);
    CHECK(m->caseTypeLabel == u"人民调解"_s);
    CHECK(m->receivedBy == u"李娜"_s); // the display name, not the login
    CHECK(m->receivedOn == QDate(2025, 8, 20));
    CHECK(m->receivedAt == u"09:30"_s);
    CHECK(m->department.isEmpty()); // triage has not named one yet
    CHECK_FALSE(m->siteName.isEmpty());

    REQUIRE(RoutingService(db).route(c.id, sys, u"justice"_s, {}, u"由司法所牵头"_s));
    CHECK(receiptModel(db, c.id)->department == u"司法局"_s);
    CHECK(receiptModel(db, u"（2099）不存在第1号"_s).error().contains(u"（2099）不存在第1号"_s));
}

TEST_CASE("the case file's model holds a walked-through case with every name and label resolved")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = walkedCase(db);
    const CaseRecord c = *CaseStore(db).load(caseId);
    CaseFileOptions o;
    o.compiledBy = u"周敏"_s;
    auto m = caseFileModel(db, c.caseNo, o);
    REQUIRE(m);

    // Cover.
    CHECK(m->volumeName == u"王芳与李建国邻里纠纷"_s);
    CHECK(m->volumeNo.startsWith(u"（2025）人调字第"_s));
    CHECK(m->mediators == u"王调解"_s);
    CHECK(m->receivedOn == QDate(2025, 8, 20));
    CHECK(m->closedOn == QDate(2025, 11, 6));
    CHECK(m->compiledBy == u"周敏"_s);
    CHECK(m->retention == u"长期"_s);
    // Registration form.
    CHECK(m->caseNo == c.caseNo);
    CHECK(m->caseTypeLabel == u"人民调解"_s);
    CHECK(m->sourceLabel == u"来访"_s);
    CHECK(m->categoryName == u"邻里"_s);
    CHECK(m->leadDepartment == u"司法局"_s);
    CHECK(m->request == u"要求拆除越界围墙"_s);
    REQUIRE(m->parties.size() == 2);
    CHECK(m->parties[0].roleLabel == u"申请人"_s);
    CHECK(m->parties[0].party.name == u"王芳"_s);
    CHECK(m->parties[0].party.idNumber == u"150824198001010010"_s); // the file keeps the full number
    CHECK(m->parties[1].roleLabel == u"被申请人"_s);
    // The co-handling department's feedback, by the department's name.
    REQUIRE(m->coFeedback.size() == 1);
    CHECK(m->coFeedback[0].who == u"人力资源和社会保障局"_s);
    CHECK(m->coFeedback[0].text == u"已派员到场参与调解"_s);
    // The session: the room's name, the mediator's name, the result's label.
    REQUIRE(m->sessions.size() == 1);
    CHECK(m->sessions[0].sessionNo == 1);
    CHECK(m->sessions[0].place == u"老王调解室"_s);
    CHECK(m->sessions[0].mediators == u"王调解"_s);
    CHECK(m->sessions[0].typeLabel == u"人民调解"_s);
    CHECK(m->sessions[0].resultLabel == u"达成协议"_s);
    // The agreement, sealed by the mediator's committee.
    REQUIRE(m->agreement);
    CHECK(m->agreement->written);
    CHECK(m->agreement->caseNo == c.caseNo);
    CHECK(m->agreement->parties.size() == 2);
    CHECK(m->agreement->mediators == u"王调解"_s);
    CHECK(m->agreement->committee == u"海流图镇人民调解委员会"_s);
    CHECK(m->agreement->amountFen == 3000000);
    CHECK(m->agreement->copies == 3);
    // Performance and follow-up in the lists' wording.
    REQUIRE(m->performances.size() == 1);
    CHECK(m->performances[0].stateLabel == u"已履行"_s);
    REQUIRE(m->followups.size() == 1);
    CHECK(m->followups[0].methodLabel == u"上门回访"_s);
    CHECK(m->followups[0].satisfactionLabel == u"非常满意"_s);
    CHECK(m->followups[0].performedLabel == u"已履行"_s);
    // The closure, by whom by name.
    REQUIRE(m->closure);
    CHECK(m->closure->closedBy == u"周敏"_s);
    CHECK(m->closure->outcomeLabel == u"调解成功"_s);
    CHECK(m->closure->closedOn == QDate(2025, 11, 6));
    CHECK_FALSE(m->opinion); // not a petition
    CHECK_FALSE(m->confirmation);
    CHECK(m->attachments.isEmpty());

    // The agreement alone is the same model as the one bound into the file.
    auto a = agreementModel(db, caseId);
    REQUIRE(a);
    CHECK(a->terms == m->agreement->terms);
    CHECK(a->committee == m->agreement->committee);
    // No petition: no handling opinion, said in the user's language.
    auto op = handlingOpinionModel(db, caseId);
    REQUIRE_FALSE(op);
    CHECK(op.error().contains(c.caseNo));
}

TEST_CASE("a petition's handling opinion model carries the decision's wording and the applicant")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"petition"_s, u"responded"_s, u"labor"_s);
    REQUIRE(FollowupService(db).recordFollowup(FollowupVisit{QString(), caseId, QDate(2025, 9, 30), u"at_center"_s,
                                                             u"刘信访"_s, u"satisfied"_s, QString(), QString()},
                                               sys));
    ClosureRequest req;
    req.caseId = caseId;
    req.outcome = u"petition_explained"_s;
    req.summary = u"已答复。"_s;
    req.closedOn = QDate(2025, 10, 8);
    req.opinion.factsAndReasons = u"经查，该企业已按规定支付工资。"_s;
    req.opinion.basis = u"《保障农民工工资支付条例》第十一条"_s;
    REQUIRE(ClosureService(db).close(req, sys));

    auto m = handlingOpinionModel(db, caseId);
    REQUIRE(m);
    CHECK(m->applicantName == u"张三"_s);
    CHECK(m->request == u"要求李四归还借款三万元"_s);
    CHECK(m->decisionLabel == u"解释说明"_s);
    CHECK(m->basis == u"《保障农民工工资支付条例》第十一条"_s);
    CHECK(m->reviewNotice.contains(u"30日内"_s));
    CHECK(m->closedOn == QDate(2025, 10, 8));
    // The case file binds the same opinion.
    auto file = caseFileModel(db, caseId);
    REQUIRE(file);
    REQUIRE(file->opinion);
    CHECK(file->opinion->decisionLabel == m->decisionLabel);
    // No agreement: said with the case number.
    CHECK(agreementModel(db, caseId).error().contains(u"调解协议"_s));
}

TEST_CASE("assembling a model writes nothing and leaves no transaction open")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = walkedCase(db);
    const QVariant before = test::scalar(db, u"SELECT COUNT(*) FROM audit_log"_s);
    REQUIRE(caseFileModel(db, caseId));
    REQUIRE(receiptModel(db, caseId));
    CHECK(test::scalar(db, u"SELECT COUNT(*) FROM audit_log"_s) == before);
    // The next write begins its own transaction: the read one has ended.
    CHECK(RosterService(db).saveMediator(
        Mediator{QString(), u"赵调解"_s, QString(), {}, false, QString(), QString(), true}, sys));
}
