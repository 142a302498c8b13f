// The holiday calendar as an administrator keeps it (docs/deadlines.md): each year's statutory
// holidays and make-up working days (调休), entered or imported as a whole when the State Council
// publishes the schedule; saving moves the open deadlines of this center's cases that the change
// affects. And the warning when the calendar lacks the current or the coming year.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct HolidayEntry
{
    QDate date;
    bool workday = false; // a make-up working day (调休上班) rather than a day off
    QString name;         // e.g. 春节, 国庆节调休上班
    bool operator==(const HolidayEntry& o) const { return date == o.date && workday == o.workday && name == o.name; }
};

class HolidayService
{
    Q_DECLARE_TR_FUNCTIONS(HolidayService)

public:
    explicit HolidayService(Database& db);

    // Years that have entries, ascending.
    QList<int> years() const;
    QList<HolidayEntry> entries(int year) const;

    struct Saved
    {
        int holidays = 0;
        int workdays = 0;
        int deadlinesMoved = 0; // open deadlines recomputed with the new calendar
        // Open deadlines the change would move but that were extended or shifted by a suspension
        // since they were set: "case number: milestone", left for a person to check.
        QStringList leftAsIs;
    };
    // Replaces every entry of `year` (administrators only), in one transaction with the audit entry
    // and the deadlines it moves: each open deadline of a case of this center that was neither
    // extended nor shifted is computed again from its start, and a moved one gets a timeline entry.
    Result<Saved> saveYear(int year, const QList<HolidayEntry>& entries, const QString& actor);

    // Every entry in `year`, no date twice, a name each, make-up working days on a Saturday or
    // Sunday: the first problem, naming its date.
    static Status validate(int year, const QList<HolidayEntry>& entries);
    // The entries of a file in the format of holidays.csv (date,kind,name; kind holiday|workday),
    // UTF-8 or GB18030; a problem names its line.
    static Result<QList<HolidayEntry>> parseCsv(const QByteArray& data);

    // The years a warning should name on `today`: the current year when the calendar has no entry in
    // it, and the next one from 1 November (the State Council publishes it in November or
    // December; before that there is nothing to enter).
    QList<int> missingYears(const QDate& today) const;
    // The warning for those years, or empty.
    static QString missingYearsWarning(const QList<int>& years);

private:
    Database& m_db;
};

} // namespace ow
