// `check`: is the database (a file, or a center's server) sound and its audit log whole? The checks are core's
// (admin/integrity_check.h); this prints them. Opens without migrating so that a damaged or foreign
// file is never written to.
#include "cli/cli.h"

#include "admin/integrity_check.h"
#include "storage/database.h"
#include "storage/store_location.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ow::cli {
int cmdCheck(Context& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "check takes no arguments."));
    // A server's database is opened as every command opens it (at this program's schema version).
    if (!isPostgreSqlUrl(ctx.dbPath) && !QFileInfo::exists(ctx.dbPath)) {
        ctx.err << QCoreApplication::translate("Cli", "The database %1 does not exist.").arg(ctx.dbPath) << Qt::endl;
        return ExitDatabase;
    }
    Result<DatabasePtr> opened = ctx.openStore(true);
    if (!opened) {
        ctx.err << opened.error() << Qt::endl;
        return ExitDatabase;
    }
    Database& db = **opened;
    // Who checks is asked as for every command (a damaged file may still say who may).
    if (!ctx.signIn(db))
        return ExitPermission;
    const IntegrityReport report = checkIntegrity(db, ctx.dbPath);
    QTextStream& out = ctx.out;
    for (const QString& line : report.lines + report.notes)
        out << line << '\n';
    if (!report.problems.isEmpty()) {
        for (const IntegrityFinding& f : report.problems)
            ctx.err << f.message << '\n';
        if (report.tampered())
            ctx.err << QCoreApplication::translate("Cli", "The records or the audit log were changed beside the "
                                                          "program: keep this file as evidence, compare it with "
                                                          "the county's copy and tell the center's director.")
                    << '\n';
        ctx.err << QCoreApplication::translate("Cli", "The database is damaged. Restore it from a backup.") << Qt::endl;
        out.flush();
        return ExitDatabase;
    }
    out << QCoreApplication::translate("Cli", "The database is in good order.") << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
