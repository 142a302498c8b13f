// `demo --cases N [--seed S]`: fills the database with synthetic cases (core/reports/demo_data), a
// file or a center's server (set up with migrate --to, as the login role): one transaction, the same
// cases for a seed on both, refused beside real cases.
#include "cli/cli.h"

#include "admin/site_setup.h"
#include "reports/demo_data.h"
#include "storage/reference_data.h"
#include "storage/store_location.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace ow::cli {

int cmdDemo(Context& ctx)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("ow::cli", s); };
    QCommandLineParser p;
    const QCommandLineOption cases(QStringLiteral("cases"), tr("Number of cases."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    p.addOptions({cases, seed});
    if (!ctx.parse(p))
        return ExitUsage;
    bool okN = false, okS = false;
    const qint64 n = p.value(cases).toLongLong(&okN);
    const quint32 s = p.value(seed).toUInt(&okS);
    if (!okN || n < 1)
        return ctx.usageError(tr("--cases must be a positive number."));
    if (!okS)
        return ctx.usageError(tr("--seed must be a non-negative number."));
    // Demo cases on a new path need no `init` first: the sample county is made, and said so. A server
    // database is never made here: it is set up with migrate --to (docs/postgresql.md).
    if (!isPostgreSqlUrl(ctx.dbPath) && !QFileInfo::exists(ctx.dbPath)) {
        const SiteSetup site = sampleSite();
        auto created = createDatabase(ctx.dbPath, site);
        if (!created)
            return ctx.rejected(created.error());
        ctx.out << tr("There was no database at %1: made one for the sample site %2 (%3) first.")
                       .arg(ctx.dbPath, site.name, site.code)
                << Qt::endl;
    }
    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.cases = n;
    options.seed = s;
    options.actor = ctx.user;
    const auto summary = generateDemoCases(*db, options);
    if (!summary)
        return ctx.rejected(summary.error());
    ctx.out << tr("%1 demo cases added (%2 still open), received %3 to %4, in %5 s.")
                   .arg(summary->inserted)
                   .arg(summary->open)
                   .arg(summary->from.toString(Qt::ISODate), summary->to.toString(Qt::ISODate))
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
