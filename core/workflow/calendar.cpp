// The working-day calendar: weekends, statutory holidays and make-up working days (调休), loaded
// from the `holidays` table that an administrator updates every year.
#include "workflow/calendar.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ow {

void HolidayCalendar::addHoliday(const QDate& date)
{
    if (!date.isValid())
        return;
    m_workdays.remove(date);
    m_holidays.insert(date);
    m_years.insert(date.year());
}

void HolidayCalendar::addWorkday(const QDate& date)
{
    if (!date.isValid())
        return;
    m_holidays.remove(date);
    m_workdays.insert(date);
    m_years.insert(date.year());
}

HolidayCalendar HolidayCalendar::load(Database& db)
{
    HolidayCalendar calendar;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT date, kind FROM holidays")))
        return calendar;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (q.value(1).toString() == QLatin1String("workday"))
            calendar.addWorkday(date);
        else
            calendar.addHoliday(date);
    }
    return calendar;
}

bool HolidayCalendar::isWorkingDay(const QDate& date) const
{
    if (m_workdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

QDate HolidayCalendar::nextWorkingDayFrom(const QDate& date) const
{
    QDate d = date;
    // Bounded: even the longest holiday plus weekends is far below a year.
    for (int i = 0; i < 366 && d.isValid() && !isWorkingDay(d); ++i)
        d = d.addDays(1);
    return d;
}

bool HolidayCalendar::coversYear(int year) const
{
    return m_years.contains(year);
}

} // namespace ow
