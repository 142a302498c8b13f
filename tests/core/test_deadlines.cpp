// The deadline engine of deadlines.md with the bundled holiday calendar: calendar and working-day
// periods, holiday crossings, suspension shifts, extensions and the milestones a filed case gets.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"

#include "workflow/calendar.h"
#include "workflow/deadline_rules.h"
#include "workflow/deadlines.h"

using namespace ow;

namespace {
const QString calendarDays = QStringLiteral("calendar");
const QString workingDays = QStringLiteral("working");

DeadlineRule ruleFor(const QList<DeadlineRule>& rules, const QString& caseType, const QString& milestone)
{
    for (const DeadlineRule& r : rules)
        if (r.caseType == caseType && r.milestone == milestone)
            return r;
    return {};
}
} // namespace

TEST_CASE("the bundled calendar knows holidays, make-up workdays and weekends")
{
    test::TempDatabase t;
    const HolidayCalendar cal = HolidayCalendar::load(*t.db);
    CHECK(cal.isHoliday(QDate(2025, 10, 1)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 10, 8)));
    CHECK(cal.isWorkingDay(QDate(2025, 9, 28)));        // Sunday, 国庆节调休上班
    CHECK(cal.isWorkingDay(QDate(2026, 1, 4)));         // Sunday, 元旦调休上班
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 11, 22))); // ordinary Saturday
    CHECK(cal.isWorkingDay(QDate(2025, 11, 24)));       // ordinary Monday
    CHECK(cal.nextWorkingDayFrom(QDate(2025, 10, 4)) == QDate(2025, 10, 9));
    CHECK(cal.nextWorkingDayFrom(QDate(2025, 11, 24)) == QDate(2025, 11, 24));
    CHECK(cal.coversYear(2025));
    CHECK(cal.coversYear(2026));
    CHECK_FALSE(cal.coversYear(1999));
}

TEST_CASE("deadlines.md worked example: filed 2025-09-20 + 15 calendar days is 2025-10-09")
{
    test::TempDatabase t;
    const DeadlineEngine engine(HolidayCalendar::load(*t.db));
    // Day 15 is 2025-10-05, inside the National Day holiday (10-01..10-08).
    CHECK(engine.dueDate(QDate(2025, 9, 20), 15, calendarDays) == QDate(2025, 10, 9));
    // An ordinary period that ends on a working day is not moved.
    CHECK(engine.dueDate(QDate(2025, 9, 20), 60, calendarDays) == QDate(2025, 11, 19));
    // The day of the event is not counted: 1 day after a Monday is the Tuesday.
    CHECK(engine.dueDate(QDate(2025, 11, 17), 1, calendarDays) == QDate(2025, 11, 18));
}

TEST_CASE("calendar periods crossing the 2026 Spring Festival and ending on weekends")
{
    test::TempDatabase t;
    const DeadlineEngine engine(HolidayCalendar::load(*t.db));
    // 2026-01-31 + 15 = 2026-02-15, first day of the Spring Festival holiday (to 02-23).
    CHECK(engine.dueDate(QDate(2026, 1, 31), 15, calendarDays) == QDate(2026, 2, 24));
    // Ends on Saturday 2025-11-22 (no holiday): moves to Monday.
    CHECK(engine.dueDate(QDate(2025, 11, 7), 15, calendarDays) == QDate(2025, 11, 24));
    // Ends on Saturday 2026-02-14, a make-up workday: stays.
    CHECK(engine.dueDate(QDate(2026, 2, 4), 10, calendarDays) == QDate(2026, 2, 14));
}

TEST_CASE("working-day periods count make-up Sundays and skip holidays")
{
    test::TempDatabase t;
    const DeadlineEngine engine(HolidayCalendar::load(*t.db));
    // From Friday 2025-09-26: Sun 09-28 (make-up) is day 1, Mon 09-29 day 2, Tue 09-30 day 3.
    CHECK(engine.dueDate(QDate(2025, 9, 26), 3, workingDays) == QDate(2025, 9, 30));
    // Four working days: the fourth falls after the National Day holiday, on Thursday 10-09.
    CHECK(engine.dueDate(QDate(2025, 9, 26), 4, workingDays) == QDate(2025, 10, 9));
    // From 2025-12-31: 01-01..03 holiday, Sun 01-04 make-up day 1, 01-05 day 2, 01-06 day 3.
    CHECK(engine.dueDate(QDate(2025, 12, 31), 3, workingDays) == QDate(2026, 1, 6));
    // Across the Spring Festival: Fri 02-13, Sat 02-14 (make-up), then Tue 02-24.
    CHECK(engine.dueDate(QDate(2026, 2, 12), 3, workingDays) == QDate(2026, 2, 24));
    // An ordinary week: 3 working days after a Friday is the Wednesday.
    CHECK(engine.dueDate(QDate(2025, 11, 21), 3, workingDays) == QDate(2025, 11, 26));
}

TEST_CASE("an in-memory calendar: weekends only, then with an added holiday and workday")
{
    HolidayCalendar cal;
    CHECK_FALSE(cal.coversYear(2030));
    DeadlineEngine plain(cal);
    // 2030-01-04 is a Friday; +1 calendar day is Saturday → Monday 01-07.
    CHECK(plain.dueDate(QDate(2030, 1, 4), 1, calendarDays) == QDate(2030, 1, 7));
    cal.addHoliday(QDate(2030, 1, 7));
    cal.addWorkday(QDate(2030, 1, 5));
    CHECK(cal.coversYear(2030));
    DeadlineEngine custom(cal);
    CHECK(custom.dueDate(QDate(2030, 1, 4), 1, calendarDays) == QDate(2030, 1, 5));
    CHECK(custom.dueDate(QDate(2030, 1, 4), 2, calendarDays) == QDate(2030, 1, 8));
    CHECK(custom.dueDate(QDate(2030, 1, 4), 2, workingDays) == QDate(2030, 1, 8));
    CHECK_FALSE(custom.dueDate(QDate(), 15, calendarDays).isValid());
}

TEST_CASE("a suspension shift moves the deadline by the suspended days, never onto a holiday")
{
    test::TempDatabase t;
    const DeadlineEngine engine(HolidayCalendar::load(*t.db));
    // Due 2025-09-25, suspended 10 days: 2025-10-05 is a holiday → 2025-10-09.
    CHECK(engine.shiftedBySuspension(QDate(2025, 9, 25), 10) == QDate(2025, 10, 9));
    // Lands on an ordinary Wednesday: unchanged.
    CHECK(engine.shiftedBySuspension(QDate(2025, 11, 12), 7) == QDate(2025, 11, 19));
    CHECK(engine.shiftedBySuspension(QDate(2025, 11, 12), 0) == QDate(2025, 11, 12));
}

TEST_CASE("petition handling can be extended once by 30 days; people's mediation cannot")
{
    test::TempDatabase t;
    const DeadlineEngine engine(HolidayCalendar::load(*t.db));
    const QList<DeadlineRule> rules = loadDeadlineRules(*t.db);
    const DeadlineRule petitionHandling = ruleFor(rules, QStringLiteral("petition"), QStringLiteral("handling"));
    REQUIRE(petitionHandling.days == 60);
    REQUIRE(petitionHandling.extensionDays == 30);
    auto extended = engine.extended(QDate(2025, 11, 19), petitionHandling);
    REQUIRE(extended.ok());
    CHECK(*extended == QDate(2025, 12, 19));

    const DeadlineRule mediation = ruleFor(rules, QStringLiteral("people_mediation"), QStringLiteral("handling"));
    REQUIRE(mediation.days == 30);
    auto refused = engine.extended(QDate(2025, 11, 19), mediation);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().isEmpty());
}

TEST_CASE("loadDeadlineRules filters by case type and keeps the 'any' rules")
{
    test::TempDatabase t;
    CHECK(loadDeadlineRules(*t.db).size() == 9);
    const QList<DeadlineRule> petition = loadDeadlineRules(*t.db, QStringLiteral("petition"));
    QStringList names;
    for (const DeadlineRule& r : petition)
        names << r.caseType + QLatin1Char('/') + r.milestone;
    names.sort();
    CHECK(names == QStringList{QStringLiteral("any/judicial_confirmation_application"),
                               QStringLiteral("petition/acceptance_notice"), QStringLiteral("petition/handling"),
                               QStringLiteral("petition/review_request")});
    const DeadlineRule consult = ruleFor(loadDeadlineRules(*t.db, QStringLiteral("consultation")),
                                         QStringLiteral("consultation"), QStringLiteral("handling"));
    CHECK(consult.counting == workingDays);
    CHECK(consult.days == 3);
}

TEST_CASE("a filed petition gets acceptance_notice from received and handling from filed")
{
    test::TempDatabase t;
    const DeadlineEngine engine(HolidayCalendar::load(*t.db));
    CaseRecord c;
    c.caseType = QStringLiteral("petition");
    c.receivedOn = QDate(2025, 9, 18);
    c.filedOn = QDate(2025, 9, 20);
    const QList<Milestone> ms = engine.milestonesOnFiling(c, loadDeadlineRules(*t.db, c.caseType));
    REQUIRE(ms.size() == 2); // review_request and judicial confirmation start from later events
    const Milestone* notice = nullptr;
    const Milestone* handling = nullptr;
    for (const Milestone& m : ms) {
        if (m.milestone == QLatin1String("acceptance_notice"))
            notice = &m;
        if (m.milestone == QLatin1String("handling"))
            handling = &m;
    }
    REQUIRE(notice);
    REQUIRE(handling);
    CHECK(notice->startsOn == QDate(2025, 9, 18));
    CHECK(notice->dueOn == QDate(2025, 10, 9)); // 10-03 is a holiday
    CHECK(notice->originalDueOn == notice->dueOn);
    CHECK(notice->days == 15);
    CHECK(handling->startsOn == QDate(2025, 9, 20));
    CHECK(handling->dueOn == QDate(2025, 11, 19));
    CHECK(handling->counting == calendarDays);

    // A ledger case without a filing date counts from the day it was received.
    CaseRecord ledger;
    ledger.caseType = QStringLiteral("consultation");
    ledger.receivedOn = QDate(2025, 9, 26);
    const QList<Milestone> lm = engine.milestonesOnFiling(ledger, loadDeadlineRules(*t.db));
    REQUIRE(lm.size() == 1);
    CHECK(lm.first().milestone == QStringLiteral("handling"));
    CHECK(lm.first().dueOn == QDate(2025, 9, 30));
}

TEST_CASE("an administrator changes a deadline rule: deadlines set afterwards follow it, running ones keep theirs")
{
    test::TempDatabase t;
    Database& db = *t.db;
    auto handlingDue = [&](const QString& caseId) {
        return test::scalar(db,
                            QStringLiteral("SELECT due_on FROM milestones WHERE case_id = ? AND milestone = "
                                           "'handling'"),
                            {caseId})
            .toString();
    };
    const CaseRecord before = test::registerCase(db, test::neighbourDispute(QDate(2025, 3, 3)));
    REQUIRE(handlingDue(before.id) == QStringLiteral("2025-04-02")); // 30 calendar days

    DeadlineRuleService service(db);
    DeadlineRule rule = ruleFor(service.rules(), QStringLiteral("people_mediation"), QStringLiteral("handling"));
    REQUIRE(rule.days == 30);
    rule.days = 45;
    rule.source = QStringLiteral("本县试行办法 第五条");
    REQUIRE(service.save(rule, QStringLiteral("system")).ok());
    CHECK(ruleFor(service.rules(), QStringLiteral("people_mediation"), QStringLiteral("handling")).days == 45);
    CHECK(test::scalar(db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'deadline_rule_change'"))
              .toString()
              .contains(QStringLiteral("30 days")));

    // 2025-03-03 + 45 days is Thursday 2025-04-17; the running deadline stays.
    const CaseRecord after = test::registerCase(db, test::neighbourDispute(QDate(2025, 3, 3)));
    CHECK(handlingDue(after.id) == QStringLiteral("2025-04-17"));
    CHECK(handlingDue(before.id) == QStringLiteral("2025-04-02"));

    // A rule for another pair is added, and a new case of that type gets the milestone.
    DeadlineRule notice{QStringLiteral("consultation"),
                        QStringLiteral("acceptance_notice"),
                        5,
                        QStringLiteral("working"),
                        QStringLiteral("received"),
                        0,
                        QStringLiteral("本县试行办法 第三条")};
    REQUIRE(service.save(notice, QStringLiteral("system")).ok());
    IntakeRequest consultation = test::neighbourDispute(QDate(2025, 3, 3));
    consultation.caseType = QStringLiteral("consultation");
    const CaseRecord asked = test::registerCase(db, consultation);
    // Five working days after Monday 2025-03-03.
    CHECK(test::scalar(db,
                       QStringLiteral("SELECT due_on FROM milestones WHERE case_id = ? AND milestone = "
                                      "'acceptance_notice'"),
                       {asked.id})
              .toString() == QStringLiteral("2025-03-10"));

    // Refused, each with its reason, and nothing changes.
    test::addUser(db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    CHECK_FALSE(service.save(rule, QStringLiteral("clerk1")).ok());
    DeadlineRule bad = rule;
    bad.days = 0;
    CHECK(service.save(bad, QStringLiteral("system")).error().contains(QStringLiteral("3650")));
    bad = rule;
    bad.milestone = QStringLiteral("review_request");
    bad.startsFrom = QStringLiteral("filed");
    CHECK_FALSE(service.save(bad, QStringLiteral("system")).ok());
    bad = rule;
    bad.caseType = QStringLiteral("lawsuit");
    CHECK(service.save(bad, QStringLiteral("system")).error().contains(QStringLiteral("lawsuit")));
    bad = rule;
    bad.source = QStringLiteral("  ");
    CHECK_FALSE(service.save(bad, QStringLiteral("system")).ok());
    CHECK(ruleFor(service.rules(), QStringLiteral("people_mediation"), QStringLiteral("handling")).source ==
          QStringLiteral("本县试行办法 第五条"));
    CHECK(ruleFor(service.rules(), QStringLiteral("people_mediation"), QStringLiteral("review_request")).days == 0);
}
