// `import-ledger`: a center's past cases from an Excel/WPS ledger CSV (docs/ledger-csv.md).
#include "cli/cli.h"
#include "exchange/ledger_import.h"
#include "storage/search_index.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ow::cli {

int cmdImportLedger(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption dryRun(QStringLiteral("dry-run"));
    QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"));
    QCommandLineOption rejects(QStringLiteral("rejects"), {}, QStringLiteral("OUT.csv"));
    QCommandLineOption encoding(QStringLiteral("encoding"), {}, QStringLiteral("E"));
    QCommandLineOption timing(QStringLiteral("timing"));
    p.addOptions({dryRun, skipInvalid, rejects, encoding, timing});
    p.addPositionalArgument(QStringLiteral("FILE"), {});
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList files = p.positionalArguments(); // parse() takes the command name as the program name
    if (files.size() != 1)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "import-ledger needs exactly one FILE.csv: import-ledger FILE.csv [--dry-run] "
                   "[--skip-invalid --rejects OUT.csv] [--encoding utf-8|gb18030] [--timing]"));
    const QString enc = p.value(encoding).trimmed().toLower();
    if (p.isSet(encoding) && enc != QLatin1String("utf-8") && enc != QLatin1String("utf8") &&
        enc != QLatin1String("gb18030") && enc != QLatin1String("gbk"))
        return ctx.usageError(QCoreApplication::translate("Cli", "--encoding must be utf-8 or gb18030, not \"%1\".")
                                  .arg(p.value(encoding)));
    if (p.isSet(skipInvalid) != p.isSet(rejects))
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "--skip-invalid and --rejects OUT.csv go together: the rows left out must go somewhere."));
    if (!QFileInfo::exists(files.first()))
        return ctx.usageError(QCoreApplication::translate("Cli", "No file %1.").arg(files.first()));

    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    LedgerOptions options;
    options.encoding = enc;
    options.dryRun = p.isSet(dryRun);
    options.skipInvalid = p.isSet(skipInvalid);
    options.rejectsPath = p.value(rejects);
    options.actor = ctx.user;
    const LedgerReport report = LedgerImporter(*db).importFile(files.first(), options);

    if (!report.encodingNote.isEmpty())
        ctx.err << report.encodingNote << Qt::endl;
    for (const QString& line : report.errorLines())
        ctx.err << line << Qt::endl;
    if (p.isSet(timing))
        ctx.out << QCoreApplication::translate("Cli", "parse %1 ms, validate %2 ms, write %3 ms")
                       .arg(report.parseMs)
                       .arg(report.validateMs)
                       .arg(report.writeMs)
                << Qt::endl;
    if (!report.ok)
        return report.databaseError ? ExitDatabase : ExitRejected;
    ctx.out << report.summaryLine(options.skipInvalid) << Qt::endl;
    if (options.dryRun)
        ctx.out << QCoreApplication::translate("Cli", "Dry run: nothing was written.") << Qt::endl;
    else
        (void)search::syncPending(*db); // indexed now, as the window does, not by the first search
    return ExitOk;
}

} // namespace ow::cli
