// Case numbers (案件编号): the configurable pattern and the per-site, per-year sequence that never
// duplicates and never skips, even with two processes saving at once.
#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

namespace ow {

class Database;

// Expands a pattern: {year}, {prefix}, {seq} and {seq:0N} (zero-padded to N digits).
// Default pattern: （{year}）{prefix}字第{seq:04}号 → （2025）乌中矛调字第0001号.
QString formatCaseNumber(const QString& pattern, const QString& prefix, int year, qint64 seq);

// Takes the next number of the year of `receivedOn` for this database's site. Call it inside an
// already-open WriteTransaction (BEGIN IMMEDIATE holds the lock, so the read-increment-write of
// the sequence cannot interleave with another process); the number is used only if that
// transaction commits, so a failed save leaves no gap. Numbers already present in `cases`
// (e.g. from a ledger import) are skipped rather than duplicated. A year has at most
// limits::kCaseSequence numbers: beyond that the number is refused, with a message.
Result<QString> allocateCaseNumber(Database& db, const QDate& receivedOn);

} // namespace ow
