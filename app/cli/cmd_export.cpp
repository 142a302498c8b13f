// `export`: write a consolidation package (.owpkg) for the county (docs/package-format.md).
#include "cli/cli.h"
#include "exchange/package_export.h"

#include <QCoreApplication>

namespace ow::cli {
namespace {} // namespace

int cmdExport(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE"));
    QCommandLineOption since(QStringLiteral("since"), {}, QStringLiteral("YYYY-MM-DD|last"));
    p.addOptions({out, since});
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.isSet(out) || p.value(out).trimmed().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "export needs --out FILE (the package to write, e.g. 2025-05.owpkg)."));
    ExportOptions options;
    options.outPath = p.value(out).trimmed();
    options.actor = ctx.user;
    if (p.isSet(since)) {
        const QString s = p.value(since).trimmed();
        if (s == QLatin1String("last")) {
            options.range = ExportOptions::Range::SinceLastExport;
        } else {
            options.range = ExportOptions::Range::SinceDate;
            options.since = QDate::fromString(s, Qt::ISODate);
            if (!options.since.isValid())
                return ctx.usageError(
                    QCoreApplication::translate("Cli", "--since takes a date YYYY-MM-DD or \"last\", not \"%1\".")
                        .arg(s));
        }
    }
    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    auto done = exportPackage(*db, options);
    if (!done)
        return ctx.rejected(done.error());
    QString range = QCoreApplication::translate("Cli", "all records");
    if (done->rangeKind == QLatin1String("since_date"))
        range = QCoreApplication::translate("Cli", "records changed since %1").arg(options.since.toString(Qt::ISODate));
    else if (done->rangeKind == QLatin1String("since_last_export"))
        range = QCoreApplication::translate("Cli", "records changed since the last export (%1 UTC)").arg(done->since);
    else if (options.range == ExportOptions::Range::SinceLastExport)
        range = QCoreApplication::translate("Cli", "all records (no earlier export is logged)");
    ctx.out << QCoreApplication::translate("Cli", "Exported %1 rows (%2) to %3.")
                   .arg(done->totalRows())
                   .arg(range, done->path)
            << Qt::endl;
    for (const auto& [table, rows] : done->rowCounts)
        ctx.out << QStringLiteral("  %1 %2").arg(table, -24).arg(rows, 9) << Qt::endl;
    ctx.out << QCoreApplication::translate("Cli", "Checksum (SHA-256): %1").arg(done->checksum) << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
