// `upgrade [--app-role ROLE]` with --db postgresql://OWNER@server/database: brings a center's
// server to this program's schema version (storage/migrations.h, migratePostgres), as the role that
// owns the schema; the desks, which sign in as the login role, cannot run DDL and refuse a database
// at an older version until this has run. One server transaction: every pending step or none. A
// file needs no such command: it is upgraded when the program opens it, after a checked backup.
#include "cli/cli.h"

#include "storage/migrations.h"
#include "storage/pg_connection.h"

#include <QCoreApplication>

namespace ow::cli {

int cmdUpgrade(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption appRole(QStringLiteral("app-role"), {}, QStringLiteral("ROLE"), QStringLiteral("ow_app"));
    p.addOption(appRole);
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "upgrade takes no arguments besides --app-role."));
    const Result<StoreLocation> location = parseStoreLocation(ctx.dbPath);
    if (!location)
        return ctx.usageError(location.error());
    if (!location->isPostgreSql())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "A database file is upgraded by the program itself when it opens the file, after a checked "
                   "backup. upgrade is for a center's server: --db postgresql://OWNER@server/database upgrade."));
    pg::OpenResult opened = pg::open(*location, terminalPasswordPrompt(ctx));
    if (!opened.connection) {
        ctx.err << opened.message << Qt::endl;
        return ExitDatabase;
    }
    QSqlDatabase& server = opened.connection->sql();
    const Result<int> before = postgresSchemaVersion(server);
    if (!before) {
        ctx.err << before.error() << Qt::endl;
        return ExitDatabase;
    }
    if (*before == 0)
        return ctx.rejected(
            QCoreApplication::translate(
                "Cli", "%1 holds no OneWindow center to upgrade. A center comes onto a server with migrate --to from "
                       "its database file (docs/postgresql.md, \"Moving a center\").")
                .arg(location->display()));
    if (*before == latestSchemaVersion()) {
        ctx.out << QCoreApplication::translate("Cli", "%1 is already at schema version %2; nothing was changed.")
                       .arg(location->display())
                       .arg(*before)
                << Qt::endl;
        return ExitOk;
    }
    if (Status s = migratePostgres(server, p.value(appRole)); !s)
        return ctx.rejected(s.error());
    ctx.out << QCoreApplication::translate("Cli", "%1 was upgraded from schema version %2 to %3; the desks can open "
                                                  "it again.")
                   .arg(location->display())
                   .arg(*before)
                   .arg(latestSchemaVersion())
            << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
