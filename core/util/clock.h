// The one clock of the program: today's date and the time now, for deadlines, queues, numbering,
// reports and timestamps. Tests fix it (test::FixedClock) so that nothing depends on the real date.
#pragma once

#include <QDate>
#include <QDateTime>

namespace ow {

class Clock
{
public:
    static QDateTime now();    // local time
    static QDateTime nowUtc(); // UTC, for stored timestamps
    static QDate today();      // the local date

    // Stops the clock at `at` for every thread until reset(); it does not advance meanwhile.
    static void setFixed(const QDateTime& at);
    static void reset();
};

} // namespace ow
