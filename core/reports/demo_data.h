// Synthetic but plausible cases for trials and benchmarks (`onewindow-cli demo`): two years of
// intake ending today, in one transaction, deterministic for a seed.
#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QDate>
#include <QString>

namespace ow {

class Database;

struct DemoOptions
{
    qint64 cases = 1000;
    quint32 seed = 1;
    QDate today = Clock::today();
    QString actor = QStringLiteral("system");
};

struct DemoSummary
{
    qint64 inserted = 0;
    qint64 open = 0;
    QDate from, to;
};

// Inserts `cases` cases (with parties, a handling milestone and a timeline entry) through CaseWriter
// in one write transaction, numbering them per year after the existing numbers; audited.
Result<DemoSummary> generateDemoCases(Database& db, const DemoOptions& options);

// GB 11643 check character of the first 17 digits of a resident ID.
QChar residentIdCheckChar(const QString& first17);

} // namespace ow
