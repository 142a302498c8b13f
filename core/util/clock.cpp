// The program's clock (see clock.h): the system clock unless a test fixed it.
#include "util/clock.h"

#include <atomic>
#include <limits>

namespace ow {
namespace {

constexpr qint64 kRunning = std::numeric_limits<qint64>::min();
std::atomic<qint64> fixedAt{kRunning}; // milliseconds since the epoch, or kRunning

} // namespace

QDateTime Clock::now()
{
    const qint64 at = fixedAt.load();
    return at == kRunning ? QDateTime::currentDateTime() : QDateTime::fromMSecsSinceEpoch(at);
}

QDateTime Clock::nowUtc()
{
    return now().toUTC();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setFixed(const QDateTime& at)
{
    fixedAt.store(at.toMSecsSinceEpoch());
}

void Clock::reset()
{
    fixedAt.store(kRunning);
}

} // namespace ow
