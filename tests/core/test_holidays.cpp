// The holiday calendar an administrator keeps (deadlines.md): a year's schedule checked, read from
// a file, saved as a whole; the open deadlines it moves; and the warning for a missing year.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"

#include "storage/case_store.h"
#include "workflow/holidays.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace ow;

namespace {

HolidayEntry off(const QString& date, const QString& name)
{
    return {QDate::fromString(date, Qt::ISODate), false, name};
}

HolidayEntry work(const QString& date, const QString& name)
{
    return {QDate::fromString(date, Qt::ISODate), true, name};
}

// A New Year's Day of 2027 for the tests (the real schedule is not published at the time of writing).
const QList<HolidayEntry> newYear2027{off(QStringLiteral("2027-01-01"), QStringLiteral("元旦")),
                                      off(QStringLiteral("2027-01-02"), QStringLiteral("元旦")),
                                      off(QStringLiteral("2027-01-03"), QStringLiteral("元旦"))};

// 端午节 2024 as the State Council set it (国办发明电〔2023〕7号: 6月8日至10日放假调休): a past year
// the bundled calendar lacks, so that cases can be received (never in the future) before it.
const QList<HolidayEntry> dragonBoat2024{off(QStringLiteral("2024-06-08"), QStringLiteral("端午节")),
                                         off(QStringLiteral("2024-06-09"), QStringLiteral("端午节")),
                                         off(QStringLiteral("2024-06-10"), QStringLiteral("端午节"))};

QString dueOf(Database& db, const QString& caseId, const QString& milestone = QStringLiteral("handling"))
{
    return test::scalar(db,
                        QStringLiteral("SELECT due_on || ' ' || original_due_on FROM milestones WHERE case_id = ? "
                                       "AND milestone = ?"),
                        {caseId, milestone})
        .toString();
}

CaseRecord registered(Database& db, const QString& caseType, const QDate& receivedOn)
{
    IntakeRequest r = test::neighbourDispute(receivedOn);
    r.caseType = caseType;
    return test::registerCase(db, r);
}

} // namespace

TEST_CASE("a year's schedule is checked entry by entry, naming the date")
{
    CHECK(HolidayService::validate(2027, newYear2027).ok());
    CHECK(HolidayService::validate(2027, {}).ok()); // a year may be emptied again

    // 2027-01-04 is a Monday: a make-up working day is always on a weekend.
    Status s = HolidayService::validate(2027, {work(QStringLiteral("2027-01-04"), QStringLiteral("元旦调休上班"))});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("2027-01-04")));
    CHECK(HolidayService::validate(2027, {work(QStringLiteral("2027-01-09"), QStringLiteral("调休上班"))}).ok());

    s = HolidayService::validate(2027, newYear2027 +
                                           QList<HolidayEntry>{off(QStringLiteral("2027-01-02"), QStringLiteral("x"))});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("2027-01-02")));

    s = HolidayService::validate(2027, {off(QStringLiteral("2026-12-31"), QStringLiteral("元旦"))});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("2026-12-31")));

    s = HolidayService::validate(2027, {off(QStringLiteral("2027-05-01"), QStringLiteral("  "))});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("2027-05-01")));
}

TEST_CASE("a schedule file in the format of holidays.csv is read, in UTF-8 or GB18030, a bad line named")
{
    const QString text = QStringLiteral("date,kind,name\n2027-01-01,holiday,元旦\n\n2027-02-20,workday,春节调休上班\n");
    auto utf8 = HolidayService::parseCsv(text.toUtf8());
    REQUIRE(utf8);
    REQUIRE(utf8->size() == 2);
    CHECK(utf8->at(0) == off(QStringLiteral("2027-01-01"), QStringLiteral("元旦")));
    CHECK(utf8->at(1) == work(QStringLiteral("2027-02-20"), QStringLiteral("春节调休上班")));

    QStringEncoder gb18030("GB18030");
    const QByteArray gbBytes = gb18030(text);
    REQUIRE(gbBytes != text.toUtf8());
    auto gb = HolidayService::parseCsv(gbBytes);
    REQUIRE(gb);
    CHECK(*gb == *utf8);

    auto bad =
        HolidayService::parseCsv(QByteArrayLiteral("date,kind,name\n2027-01-01,holiday,x\n2027-13-01,holiday,y\n"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().contains(QStringLiteral("3")));
    CHECK(bad.error().contains(QStringLiteral("2027-13-01")));
    auto kind = HolidayService::parseCsv(QByteArrayLiteral("2027-01-01,day off,x\n"));
    REQUIRE_FALSE(kind);
    CHECK(kind.error().contains(QStringLiteral("day off")));
    CHECK_FALSE(HolidayService::parseCsv(QByteArrayLiteral("date,kind,name\n")));
}

TEST_CASE("the warning names the current year without entries, and the next one from November")
{
    test::TempDatabase t; // the bundled calendar: 2025 and 2026
    HolidayService holidays(*t.db);
    CHECK(holidays.years() == QList<int>{2025, 2026});
    CHECK(holidays.missingYears(QDate(2026, 6, 1)).isEmpty());
    CHECK(holidays.missingYears(QDate(2026, 10, 31)).isEmpty());
    CHECK(holidays.missingYears(QDate(2026, 11, 1)) == QList<int>{2027});
    CHECK(holidays.missingYears(QDate(2027, 3, 1)) == QList<int>{2027});
    CHECK(holidays.missingYears(QDate(2027, 11, 20)) == QList<int>{2027, 2028});
    CHECK(HolidayService::missingYearsWarning({}).isEmpty());
    CHECK(HolidayService::missingYearsWarning({2027, 2028}).contains(QStringLiteral("2027")));
    CHECK(HolidayService::missingYearsWarning({2027, 2028}).contains(QStringLiteral("2028")));

    REQUIRE(holidays.saveYear(2027, newYear2027, QStringLiteral("system")));
    CHECK(holidays.missingYears(QDate(2026, 11, 22)).isEmpty());
    CHECK(holidays.years() == QList<int>{2025, 2026, 2027});
    CHECK(holidays.entries(2027) == newYear2027);
}

TEST_CASE("saving a year moves the open deadlines of this center that it changes, and only those")
{
    test::TempDatabase t;
    Database& db = *t.db;
    // Filed on 2024-05-11: 30 calendar days end on Monday 2024-06-10, a working day while 2024 is unknown.
    const CaseRecord mediation = registered(db, QStringLiteral("people_mediation"), QDate(2024, 5, 11));
    REQUIRE(dueOf(db, mediation.id) == QStringLiteral("2024-06-10 2024-06-10"));
    // Three working days after Thursday 2024-06-06: Friday 7, Monday 10, Tuesday 11 June.
    const CaseRecord consultation = registered(db, QStringLiteral("consultation"), QDate(2024, 6, 6));
    REQUIRE(dueOf(db, consultation.id) == QStringLiteral("2024-06-11 2024-06-11"));
    // Closed already; moved by a suspension since; another site's (a township case merged here).
    const CaseRecord closed = registered(db, QStringLiteral("people_mediation"), QDate(2024, 5, 11));
    const CaseRecord shifted = registered(db, QStringLiteral("people_mediation"), QDate(2024, 5, 11));
    const CaseRecord township = registered(db, QStringLiteral("people_mediation"), QDate(2024, 5, 11));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET status = 'closed', ended_on = '2024-05-20', outcome = 'mediated', "
                                  "resolution_level = 'county' WHERE id = '%1'")
                       .arg(closed.id)));
    REQUIRE(q.exec(QStringLiteral("UPDATE milestones SET due_on = '2024-06-14' WHERE case_id = '%1'").arg(shifted.id)));
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET site_code = '150824100' WHERE id = '%1'").arg(township.id)));
    const int eventsBefore = test::scalar(db, QStringLiteral("SELECT count(*) FROM case_events")).toInt();

    HolidayService holidays(db);
    SECTION("only an administrator saves, and a refused schedule changes nothing")
    {
        test::addUser(db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
        CHECK_FALSE(holidays.saveYear(2024, dragonBoat2024, QStringLiteral("clerk1")));
        auto wrong = holidays.saveYear(2024, {work(QStringLiteral("2024-06-11"), QStringLiteral("调休"))},
                                       QStringLiteral("system"));
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().contains(QStringLiteral("2024-06-11")));
        CHECK(holidays.entries(2024).isEmpty());
        CHECK(dueOf(db, mediation.id) == QStringLiteral("2024-06-10 2024-06-10"));
    }
    SECTION("端午节 2024 moves two deadlines, each with a timeline entry")
    {
        auto saved = holidays.saveYear(2024, dragonBoat2024, QStringLiteral("system"));
        REQUIRE(saved);
        CHECK(saved->holidays == 3);
        CHECK(saved->workdays == 0);
        CHECK(saved->deadlinesMoved == 2);
        // The calendar-day deadline leaves the holiday for the next working day; the working-day one
        // counts one more day.
        CHECK(dueOf(db, mediation.id) == QStringLiteral("2024-06-11 2024-06-11"));
        CHECK(dueOf(db, consultation.id) == QStringLiteral("2024-06-12 2024-06-12"));
        const CaseRecord reloaded = CaseStore(db).load(mediation.id).value();
        CHECK(reloaded.dueOn == QDate(2024, 6, 11));
        CHECK(reloaded.rowVersion > mediation.rowVersion);
        REQUIRE_FALSE(reloaded.timeline.isEmpty());
        CHECK(reloaded.timeline.last().action == QStringLiteral("deadline_recomputed"));
        CHECK(reloaded.timeline.last().detail.contains(QStringLiteral("2024-06-10")));
        CHECK(reloaded.timeline.last().detail.contains(QStringLiteral("2024-06-11")));
        CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM case_events")).toInt() == eventsBefore + 2);
        // Closed, another site's: untouched. Moved since: left for a person, and named.
        CHECK(dueOf(db, closed.id) == QStringLiteral("2024-06-10 2024-06-10"));
        CHECK(dueOf(db, township.id) == QStringLiteral("2024-06-10 2024-06-10"));
        CHECK(dueOf(db, shifted.id) == QStringLiteral("2024-06-14 2024-06-10"));
        REQUIRE(saved->leftAsIs.size() == 1);
        CHECK(saved->leftAsIs[0].startsWith(shifted.caseNo));
        CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'holidays_change' AND "
                                              "entity_id = '2024'"))
                  .toInt() == 1);

        // Saved again as it is: nothing left to move.
        auto again = holidays.saveYear(2024, dragonBoat2024, QStringLiteral("system"));
        REQUIRE(again);
        CHECK(again->deadlinesMoved == 0);
        CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM case_events")).toInt() == eventsBefore + 2);

        // Emptied again: the deadlines go back.
        auto emptied = holidays.saveYear(2024, {}, QStringLiteral("system"));
        REQUIRE(emptied);
        CHECK(emptied->deadlinesMoved == 2);
        CHECK(dueOf(db, mediation.id) == QStringLiteral("2024-06-10 2024-06-10"));
    }
}
