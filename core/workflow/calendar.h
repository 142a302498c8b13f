// The working-day calendar: weekends, statutory holidays and make-up working days (调休).
#pragma once

#include <QDate>
#include <QHash>
#include <QSet>

namespace ow {

class Database;

class HolidayCalendar
{
public:
    HolidayCalendar() = default;
    void addHoliday(const QDate& date);
    void addWorkday(const QDate& date); // a weekend day that is a working day (调休上班)
    static HolidayCalendar load(Database& db);

    bool isWorkingDay(const QDate& date) const;
    bool isHoliday(const QDate& date) const { return m_holidays.contains(date); }
    // The first working day on or after date.
    QDate nextWorkingDayFrom(const QDate& date) const;
    // Whether the calendar has any entry in the given year (the app warns when not).
    bool coversYear(int year) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QSet<int> m_years;
};

} // namespace ow
