// Mediation records: session and agreement validation, amounts in fen, the 30-day judicial
// confirmation milestone, follow-ups, the closure checks, archive/reopen and attachments.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include "core/mediation_test_support.h"
#include "domain/vocabulary.h"
#include "mediation/agreement.h"
#include "mediation/attachments.h"
#include "mediation/closure.h"
#include "mediation/followup.h"
#include "mediation/judicial_confirmation.h"
#include "mediation/mediation_codes.h"
#include "mediation/mediation_json.h"
#include "mediation/money.h"
#include "mediation/roster.h"
#include "mediation/sessions.h"
#include "storage/database.h"
#include "storage/store_location.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <thread>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString sys = u"system"_s;

MediationSession validSession(const QString& caseId, const test::Roster& r)
{
    MediationSession s;
    s.caseId = caseId;
    s.heldOn = QDate(2025, 8, 28);
    s.startsAt = QTime(9, 30);
    s.endsAt = QTime(11, 0);
    s.roomId = r.roomId;
    s.mediationType = u"people"_s;
    s.mediatorIds = {r.mediatorId};
    s.partiesPresent = u"张三、李四"_s;
    s.record = u"双方陈述了借款经过，李四承认借款事实。"_s;
    s.result = u"continue"_s;
    return s;
}

int countRows(Database& db, const QString& sql, const QString& arg)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(arg);
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

QString one(Database& db, const QString& sql, const QString& arg)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(arg);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("yuan amounts parse into integer fen without floating point")
{
    CHECK(*money::parseYuan(u"1,234.50元"_s) == 123450);
    CHECK(*money::parseYuan(u"１，２３４．５元"_s) == 123450);
    CHECK(*money::parseYuan(u"¥30000"_s) == 3000000);
    CHECK(*money::parseYuan(u"0.01"_s) == 1);
    CHECK(*money::parseYuan(u"1.5万元"_s) == 1500000);
    CHECK(*money::parseYuan(u"0.29"_s) == 29); // 0.29 * 100 is 28.999... in binary floating point
    CHECK(*money::parseYuan(u"19,999,999.99"_s) == 1999999999);
    CHECK_FALSE(money::parseYuan(u"12.345"_s));
    CHECK(money::parseYuan(u"12.345"_s).error().contains(u"小数位"_s));
    CHECK_FALSE(money::parseYuan(u"-5"_s));
    CHECK_FALSE(money::parseYuan(u"1,23.4"_s));
    CHECK_FALSE(money::parseYuan(u"三万元"_s));
    CHECK_FALSE(money::parseYuan(QString()));
    CHECK_FALSE(money::parseYuan(u"99999999999999999999"_s));
    CHECK(money::formatFen(123450) == u"1,234.50"_s);
    CHECK(money::formatFen(5) == u"0.05"_s);
    CHECK(money::chineseCapitals(123450) == u"壹仟贰佰叁拾肆元伍角整"_s);
    CHECK(money::chineseCapitals(3000000) == u"叁万元整"_s);
    CHECK(money::chineseNumeral(3) == u"三"_s);
    CHECK(money::chineseNumeral(10) == u"十"_s);
    CHECK(money::chineseNumeral(12) == u"十二"_s);
    CHECK(money::chineseNumeral(25) == u"二十五"_s);
    CHECK(money::chineseNumeral(100) == u"100"_s);
    CHECK(money::chineseCapitals(1005000) == u"壹万零伍拾元整"_s);
    CHECK(money::chineseCapitals(100000001) == u"壹佰万元零壹分"_s);
    CHECK(money::chineseCapitals(0) == u"零元整"_s);
}

TEST_CASE("every code of the mediation lists has a Chinese label, and an unknown code shows as itself")
{
    using List = mediation::List;
    const QList<QPair<List, int>> lists{{List::RoomKind, 6}, {List::SessionResult, 4},  {List::TerminationReason, 3},
                                        {List::Route, 3},    {List::FollowupMethod, 3}, {List::PerformanceState, 3}};
    QSet<QString> labels;
    for (const auto& [list, count] : lists) {
        const QStringList codes = mediation::codes(list);
        CHECK(codes.size() == count);
        for (const QString& code : codes) {
            const QString label = mediation::label(list, code);
            INFO(code.toStdString() << " → " << label.toStdString());
            CHECK(label != code);
            CHECK(label.at(0).script() == QChar::Script_Han);
            labels << label;
        }
    }
    CHECK(labels.size() == 22); // no two codes share a label
    CHECK(mediation::label(List::SessionResult, u"agreement"_s) == u"达成协议"_s);
    CHECK(mediation::label(List::Route, u"unheard_of"_s) == u"unheard_of"_s);
}

TEST_CASE("a mediation session is validated before it is saved")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const auto roster = test::makeRoster(db);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    SessionService sessionService(db);

    SECTION("no mediator")
    {
        auto s = validSession(caseId, roster);
        s.mediatorIds.clear();
        auto r = sessionService.recordSession(s, sys);
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(u"至少选择一名调解员"_s));
    }
    SECTION("ends before it starts")
    {
        auto s = validSession(caseId, roster);
        s.endsAt = QTime(9, 0);
        auto r = sessionService.recordSession(s, sys);
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(u"早于开始时间"_s));
    }
    SECTION("in the future or before the case was received")
    {
        auto s = validSession(caseId, roster);
        s.heldOn = QDate::currentDate().addDays(1);
        CHECK(sessionService.recordSession(s, sys).error().contains(u"在将来"_s));
        s.heldOn = QDate(2025, 8, 1);
        CHECK(sessionService.recordSession(s, sys).error().contains(u"早于案件受理日期"_s));
    }
    SECTION("terminated needs the reason, failed needs the route told")
    {
        auto s = validSession(caseId, roster);
        s.result = u"terminated"_s;
        auto r = sessionService.recordSession(s, sys);
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(u"终止调解须写明原因"_s));
        s.result = u"failed"_s;
        r = sessionService.recordSession(s, sys);
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(u"救济途径"_s));
        s.routesTold = {u"litigation"_s, u"arbitration"_s};
        REQUIRE(sessionService.recordSession(s, sys));
        s.result = u"terminated"_s;
        s.terminationReason = u"party_refuses"_s;
        REQUIRE(sessionService.recordSession(s, sys));
        const auto list = sessionService.sessions(caseId);
        REQUIRE(list.size() == 2);
        CHECK(list[0].routesTold == QStringList{u"litigation"_s, u"arbitration"_s});
        CHECK(list[1].sessionNo == 2);
        CHECK(list[1].terminationReason == u"party_refuses"_s);
    }
    SECTION("an inactive mediator and an empty record are refused")
    {
        Mediator m = RosterService(db).mediators().first();
        m.active = false;
        REQUIRE(RosterService(db).saveMediator(m, sys));
        auto s = validSession(caseId, roster);
        CHECK(sessionService.recordSession(s, sys).error().contains(u"已不是在册调解员"_s));
        m = RosterService(db).mediators(false).first(); // read again: the list's version after the save
        m.active = true;
        REQUIRE(RosterService(db).saveMediator(m, sys));
        s.record = u"   "_s;
        CHECK(sessionService.recordSession(s, sys).error().contains(u"调解记录"_s));
    }
    SECTION("a valid session is saved with a timeline entry")
    {
        const int events = countRows(db, u"SELECT COUNT(*) FROM case_events WHERE case_id = ?"_s, caseId);
        auto r = sessionService.recordSession(validSession(caseId, roster), sys);
        REQUIRE(r);
        const auto list = sessionService.sessions(caseId);
        REQUIRE(list.size() == 1);
        CHECK(list[0].sessionNo == 1);
        CHECK(list[0].startsAt == QTime(9, 30));
        CHECK(list[0].mediatorIds == QStringList{roster.mediatorId});
        CHECK(countRows(db, u"SELECT COUNT(*) FROM case_events WHERE case_id = ?"_s, caseId) == events + 1);
        CHECK(one(db, u"SELECT action FROM case_events WHERE case_id = ? ORDER BY at DESC LIMIT 1"_s, caseId) ==
              u"mediation_session"_s);
        // The one way of appending a case event also leaves its audit entry, once, with the same words.
        CHECK(countRows(db,
                        u"SELECT COUNT(*) FROM audit_log WHERE entity = 'case' AND entity_id = ? AND action = "
                        u"'mediation_session'"_s,
                        caseId) == 1);
        CHECK(one(db, u"SELECT detail FROM audit_log WHERE entity_id = ? AND action = 'mediation_session'"_s, caseId) ==
              one(db, u"SELECT detail FROM case_events WHERE case_id = ? AND action = 'mediation_session'"_s, caseId));
    }
}

TEST_CASE("only administrators and supervisors change the roster")
{
    test::TempDatabase t;
    test::addUser(*t.db, u"med1"_s, u"mediator"_s);
    RosterService svc(*t.db);
    Mediator m;
    m.name = u"赵六"_s;
    auto r = svc.saveMediator(m, u"med1"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(u"只有管理员或中心主任"_s));
    MediationRoom room;
    room.name = u"会议室"_s;
    room.kind = u"ballroom"_s;
    CHECK(svc.saveRoom(room, sys).error().contains(u"不是调解场所类型"_s));
    room.kind = u"remote_video"_s;
    REQUIRE(svc.saveRoom(room, sys));
    CHECK(svc.rooms().size() == 1);
}

TEST_CASE("a written agreement needs the contents of art. 29; an oral one its content")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    AgreementService svc(db);

    Agreement a = test::sampleAgreement(caseId);
    a.facts.clear();
    a.terms.clear();
    a.performanceDueOn = {};
    auto r = svc.saveAgreement(a, sys);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(u"纠纷的主要事实"_s));
    CHECK(r.error().contains(u"达成协议的内容"_s));
    CHECK(r.error().contains(u"履行期限"_s));
    CHECK_FALSE(r.error().contains(u"争议事项"_s));

    a = test::sampleAgreement(caseId);
    a.copies = 2; // two parties: at least three copies
    r = svc.saveAgreement(a, sys);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(u"至少需 3 份"_s));

    a = test::sampleAgreement(caseId);
    a.performanceDueOn = QDate(2025, 8, 30);
    CHECK(svc.saveAgreement(a, sys).error().contains(u"早于协议生效日期"_s));

    a = test::sampleAgreement(caseId);
    r = svc.saveAgreement(a, sys);
    REQUIRE(r);
    CHECK(r->warnings.isEmpty()); // a loan: nothing about personal status or title
    const auto saved = svc.agreement(caseId);
    REQUIRE(saved);
    CHECK(saved->copies == 3);
    CHECK(saved->amountFen == 3000000);
    REQUIRE(saved->parties.size() == 2);
    CHECK(saved->parties[0].name == u"张三"_s);
    CHECK(saved->parties[1].name == u"李四"_s);

    const QString oralCase = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"neighbor"_s);
    Agreement oral;
    oral.caseId = oralCase;
    oral.form = u"oral"_s;
    oral.effectiveOn = QDate(2025, 9, 2);
    CHECK(svc.saveAgreement(oral, sys).error().contains(u"口头协议"_s));
    oral.terms = u"双方同意拆除隔墙上的雨棚。"_s;
    REQUIRE(svc.saveAgreement(oral, sys));
    // No judicial confirmation milestone for an oral agreement.
    CHECK(countRows(db,
                    u"SELECT COUNT(*) FROM milestones WHERE case_id = ? AND milestone = "
                    u"'judicial_confirmation_application'"_s,
                    oralCase) == 0);
}

TEST_CASE("a desk's save over another desk's newer agreement is refused, saying who saved it and when")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    const QString caseNo = one(db, u"SELECT case_no FROM cases WHERE id = ?"_s, caseId);
    AgreementService svc(db);
    const QString events = u"SELECT COUNT(*) FROM case_events WHERE case_id = ?"_s;

    // Both desks open the form while the case has no agreement; the second desk saves first.
    Agreement mine = test::sampleAgreement(caseId);
    Agreement theirs = test::sampleAgreement(caseId);
    theirs.terms = u"李四于2025年10月31日前归还借款三万元。"_s;
    const auto first = svc.saveAgreement(theirs, sys);
    REQUIRE(first);
    CHECK(first->rowVersion == 1);
    const int eventsBefore = countRows(db, events, caseId);
    mine.terms = u"李四分三期归还借款。"_s;
    auto refused = svc.saveAgreement(mine, sys);
    REQUIRE_FALSE(refused);
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(caseNo));
    const QString at = one(db, u"SELECT updated_at FROM agreements WHERE case_id = ?"_s, caseId);
    CHECK(
        refused.error().contains(QDateTime::fromString(at, Qt::ISODate).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    CHECK(refused.error().contains(u"未保存"_s));
    CHECK(svc.agreement(caseId)->terms == theirs.terms);
    CHECK(countRows(db, events, caseId) == eventsBefore);

    // Both open the saved agreement; one saves; the other's save is refused the same way.
    Agreement a = *svc.agreement(caseId), b = *svc.agreement(caseId);
    CHECK(a.rowVersion == 1);
    b.copies = 4;
    const auto second = svc.saveAgreement(b, sys);
    REQUIRE(second);
    CHECK(second->rowVersion == 2);
    a.facts = u"改写的事实"_s;
    CHECK_FALSE(svc.saveAgreement(a, sys));
    CHECK(svc.agreement(caseId)->copies == 4);
    CHECK(svc.agreement(caseId)->facts != a.facts);

    // Opened again, it saves; and a form that stays open saves twice with the version it got back.
    Agreement again = *svc.agreement(caseId);
    again.facts = u"改写的事实"_s;
    const auto third = svc.saveAgreement(again, sys);
    REQUIRE(third);
    again.rowVersion = third->rowVersion;
    again.copies = 5;
    REQUIRE(svc.saveAgreement(again, sys));
    CHECK(svc.agreement(caseId)->facts == again.facts);
    CHECK(svc.agreement(caseId)->rowVersion == 4);
}

TEST_CASE("an agreement saved while another desk ends the case waits for that desk, then is refused")
{
    test::TempDatabase t;
    const QString caseId = test::makeCase(*t.db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    auto openDesk = [&t] {
        return test::serverStore() ? Database::openServer(*parseStoreLocation(t.server->url()))
                                   : Database::open(t.path);
    };
    // Desk B ends the case (the applicant withdrew) in its write transaction, not yet committed.
    auto other = openDesk();
    REQUIRE(other);
    auto held = std::make_unique<WriteTransaction>(**other);
    REQUIRE(held->active());
    QSqlQuery end((*other)->sql());
    end.prepare(u"UPDATE cases SET status = 'withdrawn', ended_on = '2025-09-02' WHERE id = ?"_s);
    end.addBindValue(caseId);
    REQUIRE(end.exec());

    // Desk A saves the agreement meanwhile: its form's check still sees the case in progress.
    std::atomic<bool> done{false};
    QString error;
    bool saved = false;
    std::thread deskA([&] {
        auto mine = openDesk();
        if (!mine) {
            error = mine.error();
        } else {
            const auto r = AgreementService(**mine).saveAgreement(test::sampleAgreement(caseId), sys);
            saved = bool(r);
            error = r ? QString() : r.error();
        }
        done = true;
    });
    QThread::msleep(700);
    CHECK_FALSE(done.load()); // desk A waits for desk B's transaction
    REQUIRE(held->commit());
    deskA.join();
    INFO(error.toStdString());
    CHECK_FALSE(saved);
    CHECK(error.contains(u"已撤回"_s));
    CHECK(countRows(*t.db, u"SELECT COUNT(*) FROM agreements WHERE case_id = ?"_s, caseId) == 0);
}

TEST_CASE("the 30-day judicial confirmation milestone moves past the National Day holiday")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    AgreementService agreements(db);
    JudicialConfirmationService confirmations(db);
    // Effective 2025-09-01: day 30 is 2025-10-01, inside the holiday (10-01..10-08) -> 2025-10-09.
    REQUIRE(agreements.saveAgreement(test::sampleAgreement(caseId, QDate(2025, 9, 1)), sys));
    const QString milestoneSql = u"SELECT due_on FROM milestones WHERE case_id = ? AND milestone = "
                                 u"'judicial_confirmation_application'"_s;
    CHECK(one(db, milestoneSql, caseId) == u"2025-10-09"_s);
    // An ordinary period is not moved: effective 2025-11-03 -> 2025-12-03 (a Wednesday).
    Agreement later = test::sampleAgreement(caseId, QDate(2025, 11, 3));
    later.performanceDueOn = QDate(2025, 11, 30);
    later.rowVersion = agreements.agreement(caseId)->rowVersion; // the form opened on the saved one
    REQUIRE(agreements.saveAgreement(later, sys));
    CHECK(one(db, milestoneSql, caseId) == u"2025-12-03"_s);

    JudicialConfirmation j;
    j.caseId = caseId;
    j.appliedOn = QDate(2025, 11, 10);
    CHECK(confirmations.recordJudicialConfirmation(j, sys).error().contains(u"人民法院"_s));
    j.court = u"乌拉特中旗人民法院"_s;
    j.result = u"granted"_s;
    CHECK(confirmations.recordJudicialConfirmation(j, sys).error().contains(u"裁定日期和结果"_s));
    j.decidedOn = QDate(2025, 11, 20);
    j.courtCaseNo = u"（2025）内0824民特12号"_s;
    auto r = confirmations.recordJudicialConfirmation(j, sys);
    REQUIRE(r);
    CHECK(r->warnings.isEmpty());
    CHECK(one(db,
              u"SELECT met_on FROM milestones WHERE case_id = ? AND milestone = "
              u"'judicial_confirmation_application'"_s,
              caseId) == u"2025-11-10"_s);
    CHECK(one(db, u"SELECT judicial_confirmed FROM cases WHERE id = ?"_s, caseId) == u"1"_s);

    // Applying after the period is recorded with a warning.
    j.appliedOn = QDate(2025, 12, 5);
    j.decidedOn = {};
    j.result.clear();
    r = confirmations.recordJudicialConfirmation(j, sys);
    REQUIRE(r);
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings[0].contains(u"超过30日期限"_s));
}

TEST_CASE("agreements on personal status or title to property warn but are saved (art. 355)")
{
    test::TempDatabase t;
    Database& db = *t.db;
    AgreementService svc(db);
    const QString homestead = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"housing_homestead"_s);
    auto r = svc.saveAgreement(test::sampleAgreement(homestead), sys);
    REQUIRE(r);
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings[0].contains(u"第三百五十五条"_s));
    CHECK(svc.agreement(homestead));

    const QString loan = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    Agreement a = test::sampleAgreement(loan);
    a.terms = u"双方协议离婚，李四归还借款。"_s;
    r = svc.saveAgreement(a, sys);
    REQUIRE(r);
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings[0].contains(u"离婚"_s));
}

TEST_CASE("the case's satisfaction is that of its latest follow-up visit")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"responded"_s, u"private_loan"_s);
    FollowupService svc(db);
    FollowupVisit f;
    f.caseId = caseId;
    f.visitedOn = QDate(2025, 10, 10);
    f.method = u"fax"_s;
    f.visitor = u"王调解"_s;
    f.satisfaction = u"dissatisfied"_s;
    CHECK(svc.recordFollowup(f, sys).error().contains(u"电话、上门回访或来中心回访"_s));
    f.method = u"phone"_s;
    REQUIRE(svc.recordFollowup(f, sys));
    CHECK(one(db, u"SELECT satisfaction FROM cases WHERE id = ?"_s, caseId) == u"dissatisfied"_s);
    f.visitedOn = QDate(2025, 11, 12);
    f.method = u"home_visit"_s;
    f.satisfaction = u"satisfied"_s;
    f.performed = u"performed"_s;
    REQUIRE(svc.recordFollowup(f, sys));
    CHECK(one(db, u"SELECT satisfaction FROM cases WHERE id = ?"_s, caseId) == u"satisfied"_s);
    // Recorded late, but about an earlier visit: the latest visit still decides.
    f.visitedOn = QDate(2025, 10, 20);
    f.satisfaction = u"basically_satisfied"_s;
    REQUIRE(svc.recordFollowup(f, sys));
    CHECK(one(db, u"SELECT satisfaction FROM cases WHERE id = ?"_s, caseId) == u"satisfied"_s);
    CHECK(svc.followups(caseId).size() == 3);
}

TEST_CASE("closing names each missing piece, then archives; only a supervisor reopens")
{
    test::TempDatabase t;
    Database& db = *t.db;
    test::addUser(db, u"med1"_s, u"mediator"_s);
    test::addUser(db, u"boss"_s, u"supervisor"_s);
    const auto roster = test::makeRoster(db);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"responded"_s, u"private_loan"_s);
    {
        // A co-handling department summoned by the whistle that has not fed back yet.
        QSqlQuery q(db.sql());
        q.prepare(
            u"INSERT INTO case_departments (id, case_id, department_code, role, site_code, created_at, "
            u"updated_at) VALUES (?, ?, (SELECT code FROM departments WHERE name_zh = '司法局'), 'co', ?, ?, ?)"_s);
        for (const QString& v : {newUuid(), caseId, db.siteCode(), utcNow(), utcNow()})
            q.addBindValue(v);
        REQUIRE(q.exec());
    }
    AgreementService agreements(db);
    FollowupService followup(db);
    SessionService sessionService(db);
    ClosureService closure(db);
    ClosureRequest req;
    req.caseId = caseId;
    req.outcome = u"mediated"_s;
    req.summary = u"经调解双方达成协议，已履行。"_s;
    req.closedOn = QDate(2025, 11, 15);

    const QStringList missing = closure.missing(req);
    REQUIRE(missing.size() == 3);
    CHECK(missing[0].contains(u"回访记录"_s));
    CHECK(missing[1].contains(u"司法局的联合办理反馈"_s));
    CHECK(missing[2].contains(u"调解协议（"_s));
    auto refused = closure.close(req, u"med1"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(u"尚不能结案"_s));
    CHECK(refused.error().contains(u"回访记录"_s));
    CHECK(test::caseStatus(db, caseId) == u"responded"_s);
    CHECK(countRows(db, u"SELECT COUNT(*) FROM case_closures WHERE case_id = ?"_s, caseId) == 0);

    // Supply the pieces one by one; each disappears from the list.
    REQUIRE(agreements.saveAgreement(test::sampleAgreement(caseId), sys));
    CHECK(closure.missing(req).size() == 2);
    {
        QSqlQuery q(db.sql());
        q.prepare(u"UPDATE case_departments SET feedback = '已到场参与调解' WHERE case_id = ?"_s);
        q.addBindValue(caseId);
        REQUIRE(q.exec());
    }
    CHECK(closure.missing(req) == QStringList{closure.missing(req).value(0)});
    CHECK(closure.missing(req).value(0).contains(u"回访"_s));
    FollowupVisit f{QString(),      caseId,   QDate(2025, 11, 12), u"phone"_s, u"王调解"_s, u"very_satisfied"_s,
                    u"performed"_s, QString()};
    REQUIRE(followup.recordFollowup(f, sys));
    CHECK(closure.missing(req).isEmpty());
    req.summary.clear();
    CHECK(closure.missing(req) == QStringList{u"结案小结"_s});
    req.summary = u"经调解双方达成协议，已履行。"_s;

    auto closed = closure.close(req, u"med1"_s);
    REQUIRE(closed);
    CHECK(closed->resolutionLevel == u"county"_s); // the sample site is a county center
    CHECK(test::caseStatus(db, caseId) == u"closed"_s);
    CHECK(one(db, u"SELECT outcome FROM cases WHERE id = ?"_s, caseId) == u"mediated"_s);
    CHECK(one(db, u"SELECT ended_on FROM cases WHERE id = ?"_s, caseId) == u"2025-11-15"_s);

    // Archived: every mediation write is refused.
    auto s = sessionService.recordSession(validSession(caseId, roster), sys);
    REQUIRE_FALSE(s);
    CHECK(s.error().contains(u"已办结归档"_s));
    CHECK_FALSE(followup.recordFollowup(f, sys));
    CHECK_FALSE(agreements.saveAgreement(test::sampleAgreement(caseId), sys));
    CHECK_FALSE(AttachmentService(db).add(caseId, u"收据"_s, u"other"_s, u"a.pdf"_s, "%PDF-1.4\n", sys));
    CHECK_FALSE(closure.close(req, sys));

    // Reopening: not by a mediator, not without a reason; by a supervisor with the reason kept.
    auto r = closure.reopen(caseId, u"med1"_s, u"当事人反映未履行"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(u"只有中心主任"_s));
    CHECK(closure.reopen(caseId, u"boss"_s, u"  "_s).error().contains(u"理由"_s));
    CHECK(test::caseStatus(db, caseId) == u"closed"_s);
    REQUIRE(closure.reopen(caseId, u"boss"_s, u"当事人反映未履行"_s));
    CHECK(test::caseStatus(db, caseId) == u"in_progress"_s);
    CHECK(countRows(db, u"SELECT COUNT(*) FROM case_events WHERE case_id = ? AND detail LIKE '%当事人反映未履行%'"_s,
                    caseId) >= 1);
    CHECK(closure.latestClosure(caseId)->reopenReason == u"当事人反映未履行"_s);
    CHECK(sessionService.recordSession(validSession(caseId, roster), sys));
}

TEST_CASE("a petition closes with its handling opinion")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"petition"_s, u"responded"_s, u"labor"_s);
    FollowupService svc(db);
    REQUIRE(svc.recordFollowup(FollowupVisit{QString(), caseId, QDate(2025, 9, 30), u"at_center"_s, u"刘信访"_s,
                                             u"satisfied"_s, QString(), QString()},
                               sys));
    ClosureService closure(db);
    ClosureRequest req;
    req.caseId = caseId;
    req.outcome = u"resolved_other"_s;
    req.summary = u"已答复。"_s;
    auto r = closure.close(req, sys);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(u"支持、解释说明或不予支持"_s));
    CHECK(r.error().contains(u"事实和理由"_s));
    CHECK(r.error().contains(u"处理依据"_s));
    CHECK_FALSE(r.error().contains(u"信访请求"_s)); // taken from the case

    req.outcome = u"petition_explained"_s;
    req.opinion.factsAndReasons = u"经查，该企业已按规定支付工资。"_s;
    req.opinion.basis = u"《保障农民工工资支付条例》第十一条"_s;
    r = closure.close(req, sys);
    REQUIRE(r);
    const auto rec = closure.latestClosure(caseId);
    REQUIRE(rec);
    CHECK(rec->opinion.decision == u"explain"_s);
    CHECK(rec->opinion.request == u"要求李四归还借款三万元"_s);
    CHECK(rec->opinion.reviewNotice.contains(u"30日内"_s));
}

TEST_CASE("attachments are listed in the order they were added, even within one millisecond")
{
    // The bound case file puts them in this order. Added in a quick loop, most share created_at;
    // the list used to break such ties by the random id.
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    AttachmentService att(db);
    QStringList added;
    for (int i = 0; i < 30; ++i) {
        const QString title = u"证据%1"_s.arg(i);
        REQUIRE(att.add(caseId, title, u"evidence"_s, u"e.pdf"_s, "%PDF-1.4\n", sys));
        added << title;
    }
    QStringList listed;
    for (const AttachmentInfo& a : att.list(caseId))
        listed << a.title;
    CHECK(listed == added);
}

TEST_CASE("attachments round-trip byte for byte; the size limit is explained")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    AttachmentService att(db);
    CHECK(att.maxBytes() == 20LL * 1024 * 1024);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 70000; ++i)
        png.append(char(i * 7 % 256)); // every byte value, including NUL
    const QString path = t.file(u"身份证.png"_s);
    test::writeFile(path, png);
    auto added = att.addFile(caseId, QString(), u"identity"_s, path, sys);
    REQUIRE(added);
    CHECK(added->title == u"身份证"_s);
    CHECK(added->mime == u"image/png"_s);
    CHECK(added->size == png.size());
    CHECK(added->sha256 == QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    auto back = att.data(added->id);
    REQUIRE(back);
    CHECK(*back == png);
    const QString out = t.file(u"out.png"_s);
    REQUIRE(att.exportTo(added->id, out));
    CHECK(test::fileHash(out) == test::fileHash(path));

    auto bad = att.add(caseId, u"说明"_s, u"evidence"_s, u"notes.docx"_s, "PK\x03\x04 not a scan", sys);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().contains(u"不是 PDF、JPEG 或 PNG"_s));
    CHECK_FALSE(att.add(caseId, u"x"_s, u"receipt"_s, u"x.pdf"_s, "%PDF-1.4", sys));

    {
        WriteTransaction tx(db);
        REQUIRE(db.setSetting(u"attachment_max_bytes"_s, u"65536"_s));
        REQUIRE(tx.commit());
    }
    auto big = att.addFile(caseId, u"大图"_s, u"evidence"_s, path, sys);
    REQUIRE_FALSE(big);
    CHECK(big.error().contains(u"最大 0.1 MB"_s));
    CHECK(big.error().contains(u"attachment_max_bytes"_s));
    CHECK(att.list(caseId).size() == 1);
}

TEST_CASE("the mediation JSON of a case lists its records and attachment metadata only")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const auto roster = test::makeRoster(db);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    REQUIRE(SessionService(db).recordSession(validSession(caseId, roster), sys));
    REQUIRE(AgreementService(db).saveAgreement(test::sampleAgreement(caseId), sys));
    REQUIRE(AttachmentService(db).add(caseId, u"借条"_s, u"evidence"_s, u"jt.pdf"_s, "%PDF-1.4\nxx", sys));
    const QJsonObject o = mediationJsonFor(db, caseId);
    CHECK(o[u"sessions"_s].toArray().size() == 1);
    CHECK(o[u"sessions"_s].toArray()[0].toObject()[u"result"_s].toString() == u"continue"_s);
    CHECK(o[u"agreement"_s].toObject()[u"amount_fen"_s].toInteger() == 3000000);
    CHECK(o[u"judicial_confirmation"_s].isNull());
    CHECK(o[u"followups"_s].toArray().isEmpty());
    const QJsonObject a = o[u"attachments"_s].toArray()[0].toObject();
    CHECK(a[u"title"_s].toString() == u"借条"_s);
    CHECK(a[u"size"_s].toInteger() == 11);
    CHECK_FALSE(a.contains(u"data"_s));
}

TEST_CASE("follow-up before closure is a setting per case type")
{
    test::TempDatabase t;
    test::addUser(*t.db, u"med1"_s, u"mediator"_s);
    FollowupService svc(*t.db);
    CHECK(svc.followupRequired(u"people_mediation"_s));
    CHECK(svc.followupRequired(u"petition"_s));
    CHECK_FALSE(svc.followupRequired(u"consultation"_s));
    CHECK_FALSE(svc.setFollowupRequired(u"people_mediation"_s, false, u"med1"_s));
    REQUIRE(svc.setFollowupRequired(u"people_mediation"_s, false, sys));
    CHECK_FALSE(svc.followupRequired(u"people_mediation"_s));
}

TEST_CASE("onewindow-cli show --format json includes the mediation records")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const auto roster = test::makeRoster(db);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s,
                                          QDate(2025, 8, 20), u"（2025）乌中矛调字第0077号"_s);
    REQUIRE(SessionService(db).recordSession(validSession(caseId, roster), sys));
    REQUIRE(AgreementService(db).saveAgreement(test::sampleAgreement(caseId), sys));
    REQUIRE(AttachmentService(db).add(caseId, u"借条"_s, u"evidence"_s, u"jt.pdf"_s, "%PDF-1.4\nxx", sys));
    const test::Run run =
        test::runProgram(test::builtProgram(u"onewindow-cli"_s),
                         {u"--db"_s, t.path, u"show"_s, u"（2025）乌中矛调字第0077号"_s, u"--format"_s, u"json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(o[u"sessions"_s].toArray().size() == 1);
    CHECK(o[u"agreement"_s].toObject()[u"amount_fen"_s].toInteger() == 3000000);
    CHECK(o[u"judicial_confirmation"_s].isNull());
    CHECK(o[u"followups"_s].toArray().isEmpty());
    CHECK(o[u"attachments"_s].toArray()[0].toObject()[u"sha256"_s].toString().size() == 64);
    CHECK_FALSE(run.out.contains(u"\"data\""_s));
}
