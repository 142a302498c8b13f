// The deadline engine of docs/deadlines.md: calendar-day periods (民法典 arts. 201, 203),
// working-day periods, suspension shifts and the one extension a rule may allow.
#include "workflow/deadlines.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ow {

QString milestoneLabel(const QString& code)
{
    if (code == QLatin1String("handling"))
        return QCoreApplication::translate("Deadlines", "Handling");
    if (code == QLatin1String("acceptance_notice"))
        return QCoreApplication::translate("Deadlines", "Acceptance notice");
    if (code == QLatin1String("review_request"))
        return QCoreApplication::translate("Deadlines", "Review request");
    if (code == QLatin1String("judicial_confirmation_application"))
        return QCoreApplication::translate("Deadlines", "Judicial confirmation application");
    return code;
}

QDate DeadlineEngine::dueDate(const QDate& start, int days, const QString& counting) const
{
    if (!start.isValid() || days <= 0)
        return {};
    if (counting == QLatin1String("working")) {
        QDate d = start;
        int counted = 0;
        while (counted < days) {
            d = d.addDays(1);
            if (m_calendar.isWorkingDay(d))
                ++counted;
        }
        return d;
    }
    // The period starts the day after the event, so day N is start + N; a last day that is not
    // a working day moves to the next working day.
    return m_calendar.nextWorkingDayFrom(start.addDays(days));
}

QDate DeadlineEngine::shiftedBySuspension(const QDate& due, int suspendedDays) const
{
    if (!due.isValid() || suspendedDays <= 0)
        return due;
    return m_calendar.nextWorkingDayFrom(due.addDays(suspendedDays));
}

Result<QDate> DeadlineEngine::extended(const QDate& due, const DeadlineRule& rule) const
{
    if (rule.extensionDays <= 0)
        return fail(QCoreApplication::translate("Deadlines",
                                                "The time limit for \"%1\" of this case type cannot be extended. "
                                                "Close the case or escalate it instead.")
                        .arg(rule.milestone));
    if (!due.isValid())
        return fail(QCoreApplication::translate("Deadlines", "The milestone has no deadline to extend."));
    return dueDate(due, rule.extensionDays, rule.counting);
}

QList<Milestone> DeadlineEngine::milestonesOnFiling(const CaseRecord& c, const QList<DeadlineRule>& rules) const
{
    QList<Milestone> out;
    for (const DeadlineRule& rule : rules) {
        if (rule.caseType != c.caseType && rule.caseType != QLatin1String("any"))
            continue;
        QDate start;
        if (rule.startsFrom == QLatin1String("received"))
            start = c.receivedOn;
        else if (rule.startsFrom == QLatin1String("filed"))
            start = c.filedOn.isValid() ? c.filedOn : c.receivedOn; // a ledger row: filed_on = received_on
        else
            continue; // responded / agreement_effective: created when that event happens
        if (!start.isValid())
            continue;
        Milestone m;
        m.milestone = rule.milestone;
        m.counting = rule.counting;
        m.days = rule.days;
        m.startsOn = start;
        m.dueOn = dueDate(start, rule);
        m.originalDueOn = m.dueOn;
        out << m;
    }
    return out;
}

QList<DeadlineRule> loadDeadlineRules(Database& db, const QString& caseType)
{
    QList<DeadlineRule> rules;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT case_type, milestone, days, counting, starts_from, extension_days, "
                                 "COALESCE(source, '') FROM deadline_rules");
    if (!caseType.isEmpty())
        sql += QStringLiteral(" WHERE case_type = ? OR case_type = 'any'");
    sql += QStringLiteral(" ORDER BY case_type, milestone");
    q.prepare(sql);
    if (!caseType.isEmpty())
        q.addBindValue(caseType);
    if (!q.exec())
        return rules;
    while (q.next()) {
        DeadlineRule r;
        r.caseType = q.value(0).toString();
        r.milestone = q.value(1).toString();
        r.days = q.value(2).toInt();
        r.counting = q.value(3).toString();
        r.startsFrom = q.value(4).toString();
        r.extensionDays = q.value(5).toInt();
        r.source = q.value(6).toString();
        rules << r;
    }
    return rules;
}

} // namespace ow
