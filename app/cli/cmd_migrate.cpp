// `migrate --to postgresql://… [--app-role ROLE]`: moves the center's SQLite file (--db) onto an
// empty database on a PostgreSQL server, verified table by table (exchange/server_copy.h); the file
// is only read. Administrators, as for a restore: it is an act on the whole of the center's data.
#include "cli/cli.h"

#include "exchange/server_copy.h"
#include "storage/store_location.h"

#include <QCoreApplication>
#include <QDir>

namespace ow::cli {
namespace {

void printReport(Context& ctx, const servercopy::CopyReport& report, const StoreLocation& to)
{
    for (const servercopy::TableCopy& t : report.tables)
        ctx.out << QStringLiteral("  %1  %2  %3").arg(t.table, -26).arg(t.rows, 10).arg(t.checksum.left(16))
                << Qt::endl;
    ctx.out << QCoreApplication::translate(
                   "Cli", "Moved %1 rows of %2 tables to %3 in %4 s; every table read back from the server matches the "
                          "file in row count and checksum (%5 s). The file was not changed.")
                   .arg(report.rows)
                   .arg(report.tables.size())
                   .arg(to.display())
                   .arg(double(report.copyMs) / 1000, 0, 'f', 1)
                   .arg(double(report.verifyMs) / 1000, 0, 'f', 1)
            << Qt::endl;
    ctx.out << QCoreApplication::translate("Cli", "The server's search index holds the %1 cases (built in %2 s).")
                   .arg(report.searchDocuments)
                   .arg(double(report.searchMs) / 1000, 0, 'f', 1)
            << Qt::endl;
    if (!report.skipped.isEmpty())
        ctx.out << QCoreApplication::translate("Cli",
                                               "Not copied, rebuilt on the server instead: SQLite's search index (%1).")
                       .arg(report.skipped.join(QLatin1String(", ")))
                << Qt::endl;
}

} // namespace

int cmdMigrate(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("URL"));
    const QCommandLineOption appRole(QStringLiteral("app-role"), {}, QStringLiteral("ROLE"), QStringLiteral("ow_app"));
    p.addOption(to);
    p.addOption(appRole);
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty() || !p.isSet(to))
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "migrate needs the server to move to: migrate --to postgresql://owner@server/database "
                   "[--app-role ROLE]"));
    const Result<StoreLocation> target = parseStoreLocation(p.value(to));
    if (!target)
        return ctx.usageError(target.error());
    if (!target->isPostgreSql())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "--to names the server to move to, as postgresql://owner@server/database; the file "
                   "moved is the one given with --db."));
    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ctx.permissionDenied ? int(ExitPermission) : int(ExitDatabase);
    pg::OpenResult opened = pg::open(*target, terminalPasswordPrompt(ctx));
    if (!opened.connection) {
        ctx.err << opened.message << Qt::endl;
        return ExitDatabase;
    }
    ctx.err << QCoreApplication::translate("Cli", "Moving %1 to %2…")
                   .arg(QDir::toNativeSeparators(ctx.dbPath), target->display())
            << Qt::endl;
    auto moved = servercopy::copyToServer(
        *db, opened.connection->sql(), p.value(appRole), [&ctx](const QString& table, int done, int count) {
            ctx.err << QStringLiteral("  [%1/%2] %3").arg(done).arg(count).arg(table) << Qt::endl;
        });
    if (!moved)
        return ctx.rejected(moved.error());
    printReport(ctx, moved.value(), *target);
    return ExitOk;
}

} // namespace ow::cli
