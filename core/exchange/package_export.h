// Export of a consolidation package (.owpkg) for the county: every case-owned table, in full or
// the rows changed since a date or since the last export; recorded in the export log.
#pragma once

#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace ow {

struct ExportOptions
{
    enum class Range
    {
        Full,            // every row (the default: a lost package never leaves a hole)
        SinceDate,       // rows changed on or after `since` (local midnight)
        SinceLastExport, // rows changed since the last export in the export log (full when none)
    };
    QString outPath;
    Range range = Range::Full;
    QDate since;
    QString actor = QStringLiteral("system");
};

struct ExportSummary
{
    QString path;
    QString packageId;
    QString checksum;
    QString rangeKind;                       // full | since_date | since_last_export
    QString since;                           // UTC lower bound of updated_at, empty for a full export
    QString until;                           // UTC snapshot time
    QList<QPair<QString, qint64>> rowCounts; // table -> rows, parents first
    qint64 auditHeadSeq = 0;                 // the signed head of the audit log it carries
    QString auditHeadHash;
    qint64 auditChainFrom = 0; // it carries the entries after this one
    qint64 rows(const QString& table) const;
    qint64 totalRows() const;
};

// Writes the package to a temporary file next to outPath and renames it into place (an existing
// file is replaced), then logs the export and appends an audit entry. Reads one consistent
// snapshot; other writers are not blocked while rows are copied.
Result<ExportSummary> exportPackage(Database& db, const ExportOptions& options);

} // namespace ow
