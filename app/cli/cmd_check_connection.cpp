// `check-connection`: can this desk reach the center's PostgreSQL server named by --db? Connects
// (asking for a password on a terminal when the server wants one and ~/.pgpass has none), prints the
// server's version or what is wrong, and disconnects. Writes nothing anywhere.
#include "cli/cli.h"

#include "storage/pg_connection.h"

#include <QCoreApplication>

#include <unistd.h>

namespace ow::cli {

pg::PasswordPrompt terminalPasswordPrompt(Context& ctx)
{
    if (!isatty(STDIN_FILENO))
        return {};
    return [&ctx](const StoreLocation& l) -> std::optional<QString> {
        bool ok = false;
        QString password =
            readSecret(QCoreApplication::translate("Cli", "Password of %1 on the server (not stored): ").arg(l.user),
                       ctx.err, &ok);
        if (!ok || password.isEmpty())
            return std::nullopt;
        return password;
    };
}

int cmdCheckConnection(Context& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "check-connection takes no arguments."));
    Result<StoreLocation> location = parseStoreLocation(ctx.dbPath);
    if (!location)
        return ctx.usageError(location.error());
    if (!location->isPostgreSql())
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "check-connection tests a center's server: give it as --db postgresql://server/database."));
    const pg::TestResult tested = pg::testConnection(*location, terminalPasswordPrompt(ctx));
    if (!tested.ok) {
        ctx.err << tested.message << Qt::endl;
        return ExitDatabase;
    }
    ctx.out << tested.message << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
