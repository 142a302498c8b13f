// `init`: create a new database with the bundled reference data.
#include "admin/site_setup.h"
#include "cli/cli.h"
#include "storage/reference_data.h"

#include <QCoreApplication>

namespace ow::cli {

int cmdInit(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption code(QStringLiteral("site-code"), {}, QStringLiteral("CODE"));
    QCommandLineOption name(QStringLiteral("site-name"), {}, QStringLiteral("NAME"));
    QCommandLineOption level(QStringLiteral("level"), {}, QStringLiteral("LEVEL"));
    QCommandLineOption phone(QStringLiteral("phone"), {}, QStringLiteral("PHONE"));
    p.addOptions({code, name, level, phone});
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.isSet(code) || !p.isSet(name) || !p.isSet(level))
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "init needs --site-code, --site-name and --level (county, township or village)."));
    auto db = createDatabase(ctx.dbPath, SiteSetup{p.value(code).trimmed(), p.value(name).trimmed(),
                                                   p.value(level).trimmed(), p.value(phone).trimmed()});
    if (!db)
        return ctx.rejected(db.error());
    ctx.out << QCoreApplication::translate("Cli", "Created %1 for %2 (%3).")
                   .arg(ctx.dbPath, p.value(name).trimmed(), p.value(code).trimmed())
            << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
