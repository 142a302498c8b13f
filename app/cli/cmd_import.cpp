// `import`: verify a township's consolidation package, show what would change, merge it.
#include "cli/cli.h"
#include "exchange/package_import.h"
#include "storage/search_index.h"

#include <QCoreApplication>

namespace ow::cli {
namespace {

void printPlan(Context& ctx, const ImportPlan& plan, bool dryRun)
{
    const PackageInfo& p = plan.package;
    ctx.out << QCoreApplication::translate("Cli", "Package %1 from %2 (%3, %4), written %5 by %6, range %7.")
                   .arg(p.fileName, p.siteName, p.siteCode, p.siteLevel, p.createdAt, p.createdBy, p.range)
            << Qt::endl;
    ctx.out << QCoreApplication::translate("Cli", "Checksum verified (SHA-256): %1").arg(p.checksum) << Qt::endl;
    if (!plan.siteRegistered)
        ctx.out << (dryRun
                        ? QCoreApplication::translate(
                              "Cli", "First package from site %1: it would be registered as a township of this county.")
                        : QCoreApplication::translate(
                              "Cli", "First package from site %1: it is registered as a township of this county."))
                       .arg(p.siteCode)
                << Qt::endl;
    if (!plan.previouslyImportedAt.isEmpty())
        ctx.out << QCoreApplication::translate("Cli", "This package was already imported on %1.")
                       .arg(plan.previouslyImportedAt)
                << Qt::endl;
    ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(QCoreApplication::translate("Cli", "table"), -24)
                   .arg(QCoreApplication::translate("Cli", "incoming"), 9)
                   .arg(QCoreApplication::translate("Cli", "new"), 9)
                   .arg(QCoreApplication::translate("Cli", "updated"), 9)
                   .arg(QCoreApplication::translate("Cli", "unchanged"), 9)
                   .arg(QCoreApplication::translate("Cli", "conflicting"), 11)
            << Qt::endl;
    QList<TableMerge> rows = plan.tables;
    TableMerge total = plan.total();
    total.table = QCoreApplication::translate("Cli", "total");
    rows << total;
    for (const TableMerge& t : rows)
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(t.table, -24)
                       .arg(t.incoming, 9)
                       .arg(t.added, 9)
                       .arg(t.updated, 9)
                       .arg(t.unchanged, 9)
                       .arg(t.conflicting, 11)
                << Qt::endl;
    if (plan.totalConflicts > 0) {
        ctx.out << QCoreApplication::translate(
                       "Cli",
                       "Conflicts: changed here and at the township since the last exchange. This database keeps its "
                       "version; the township's version is kept in the conflicts list for review.")
                << Qt::endl;
        for (const ConflictInfo& c : plan.conflicts)
            ctx.out << QStringLiteral("  %1 %2 %3 ").arg(c.table, c.rowId, c.caseNo)
                    << QCoreApplication::translate("Cli", "here: version %1 of %2; township: version %3 of %4")
                           .arg(c.localVersion)
                           .arg(c.localUpdatedAt)
                           .arg(c.incomingVersion)
                           .arg(c.incomingUpdatedAt)
                    << (c.alreadyRecorded
                            ? QStringLiteral(" ") + QCoreApplication::translate("Cli", "(already recorded)")
                            : QString())
                    << Qt::endl;
        if (plan.totalConflicts > plan.conflicts.size())
            ctx.out << QCoreApplication::translate("Cli", "  … and %1 more.")
                           .arg(plan.totalConflicts - plan.conflicts.size())
                    << Qt::endl;
    }
}
} // namespace

int cmdImport(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption dryRun(QStringLiteral("dry-run"));
    p.addOption(dryRun);
    p.addPositionalArgument(QStringLiteral("file"), {});
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("Cli", "import needs exactly one package file: import FILE.owpkg [--dry-run]"));
    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    PackageImporter importer(*db);
    const bool dry = p.isSet(dryRun);
    auto plan = dry ? importer.preview(files.first()) : importer.import(files.first(), ctx.user);
    if (!plan)
        return ctx.rejected(plan.error());
    if (plan->committed)
        (void)search::syncPending(*db); // indexed now, as the window does, not by the first search
    printPlan(ctx, *plan, dry);
    const TableMerge t = plan->total();
    if (dry)
        ctx.out << QCoreApplication::translate("Cli", "Dry run: nothing was changed.") << Qt::endl;
    else if (!plan->committed)
        ctx.out << QCoreApplication::translate(
                       "Cli", "Nothing to import: every record of this package is already here; nothing was changed.")
                << Qt::endl;
    else
        ctx.out << QCoreApplication::translate("Cli", "Imported: %1 new, %2 updated, %3 unchanged, %4 conflicting.")
                       .arg(t.added)
                       .arg(t.updated)
                       .arg(t.unchanged)
                       .arg(t.conflicting)
                << Qt::endl;
    if (t.deleted > 0)
        ctx.out << (dry ? QCoreApplication::translate("Cli",
                                                      "%1 records deleted at the township would be deleted here.")
                        : QCoreApplication::translate("Cli", "%1 records deleted at the township were deleted here."))
                       .arg(t.deleted)
                << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
