// The deadline engine of docs/deadlines.md: calendar and working-day periods, suspension shifts,
// one extension.
#pragma once

#include "domain/case.h"
#include "util/result.h"
#include "workflow/calendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ow {

struct DeadlineRule
{
    QString caseType;  // vocabulary case type, or "any"
    QString milestone; // e.g. handling, acceptance_notice
    int days = 0;
    QString counting;   // calendar | working
    QString startsFrom; // received | filed | responded | agreement_effective
    int extensionDays = 0;
    QString source;
};

class DeadlineEngine
{
public:
    explicit DeadlineEngine(HolidayCalendar calendar)
        : m_calendar(std::move(calendar))
    {}

    // Calendar days: the period starts the day after `start` (民法典 art. 201); a last day on a
    // holiday or a non-working weekend moves to the next working day (art. 203).
    // Working days: counts working days after `start`; the deadline is the last one counted.
    QDate dueDate(const QDate& start, int days, const QString& counting) const;
    QDate dueDate(const QDate& start, const DeadlineRule& rule) const
    {
        return dueDate(start, rule.days, rule.counting);
    }
    // A deadline moved later by the calendar days a case spent suspended (never onto a holiday).
    QDate shiftedBySuspension(const QDate& due, int suspendedDays) const;
    // The one extension a rule allows; fails when the rule allows none.
    Result<QDate> extended(const QDate& due, const DeadlineRule& rule) const;

    // The milestones a case gets when it is filed: every rule of its type (and "any" rules) that
    // starts from `received` or `filed`, with due dates computed; the caller sets case.dueOn from
    // the `handling` milestone.
    QList<Milestone> milestonesOnFiling(const CaseRecord& c, const QList<DeadlineRule>& rules) const;

    const HolidayCalendar& calendar() const { return m_calendar; }

private:
    HolidayCalendar m_calendar;
};

// The name of a milestone code of deadlines.csv in the user's language (the code itself if unknown).
QString milestoneLabel(const QString& code);

// Rules as stored in the database (deadline_rules), for a case type ("any" rules included).
QList<DeadlineRule> loadDeadlineRules(Database& db, const QString& caseType = {});

} // namespace ow
