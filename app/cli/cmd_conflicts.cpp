// `conflicts` and `resolve`: review consolidation conflicts and resolve one (keep ours / take theirs).
#include "cli/cli.h"
#include "cli/json_output.h"

#include "exchange/conflicts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

QJsonObject toJson(const ConflictRecord& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("table"), c.table},
        {QStringLiteral("row_id"), c.rowId},
        {QStringLiteral("case_no"), orNull(c.caseNo)},
        {QStringLiteral("source_site"), c.sourceSite},
        {QStringLiteral("source_site_name"), orNull(c.sourceSiteName)},
        {QStringLiteral("package"), orNull(c.importFile)},
        {QStringLiteral("local_version"), c.localVersion},
        {QStringLiteral("local_updated_at"), c.localUpdatedAt},
        {QStringLiteral("incoming_version"), c.incomingVersion},
        {QStringLiteral("incoming_updated_at"), c.incomingUpdatedAt},
        {QStringLiteral("differing_columns"), QJsonArray::fromStringList(c.differingColumns())},
        {QStringLiteral("local"), c.localRow},
        {QStringLiteral("incoming"), c.incomingRow},
        {QStringLiteral("detected_at"), c.detectedAt},
        {QStringLiteral("resolved_at"), orNull(c.resolvedAt)},
        {QStringLiteral("resolution"), orNull(c.resolution)},
        {QStringLiteral("resolved_by"), orNull(c.resolvedBy)},
    };
}

} // namespace

int cmdConflicts(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption all(QStringLiteral("all"));
    QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("FORMAT"), QStringLiteral("table"));
    p.addOption(all);
    p.addOption(format);
    if (!ctx.parse(p))
        return ExitUsage;
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return ctx.usageError(QCoreApplication::translate("Cli", "--format must be table or json."));
    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    auto list = ConflictService(*db).list(p.isSet(all));
    if (!list)
        return ctx.rejected(list.error());
    if (fmt == QLatin1String("json")) {
        QJsonArray arr;
        for (const ConflictRecord& c : *list)
            arr << toJson(c);
        ctx.out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out << QCoreApplication::translate("Cli", "No open consolidation conflicts.") << Qt::endl;
        return ExitOk;
    }
    for (const ConflictRecord& c : *list) {
        ctx.out << printable(QStringLiteral("%1  %2  %3  %4")
                                 .arg(c.id.left(8), c.table, c.caseNo.isEmpty() ? c.rowId : c.caseNo,
                                      c.sourceSiteName.isEmpty() ? c.sourceSite : c.sourceSiteName))
                << Qt::endl;
        ctx.out << QStringLiteral("    ")
                << QCoreApplication::translate("Cli", "here: version %1 of %2; township: version %3 of %4")
                       .arg(c.localVersion)
                       .arg(c.localUpdatedAt)
                       .arg(c.incomingVersion)
                       .arg(c.incomingUpdatedAt)
                << Qt::endl;
        for (const QString& col : c.differingColumns())
            ctx.out << printable(QStringLiteral("    %1: %2 | %3")
                                     .arg(col, c.localRow.value(col).toVariant().toString(),
                                          c.incomingRow.value(col).toVariant().toString()))
                    << Qt::endl;
        if (!c.open())
            ctx.out << QStringLiteral("    ")
                    << QCoreApplication::translate("Cli", "resolved %1 by %2: %3")
                           .arg(c.resolvedAt, c.resolvedBy, c.resolution)
                    << Qt::endl;
    }
    return ExitOk;
}

int cmdResolve(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption keep(QStringLiteral("keep"), {}, QStringLiteral("ours|theirs"));
    p.addOption(keep);
    p.addPositionalArgument(QStringLiteral("id"), {});
    if (!ctx.parse(p))
        return ExitUsage;
    const QString which = p.value(keep);
    if (p.positionalArguments().size() != 1 || (which != QLatin1String("ours") && which != QLatin1String("theirs")))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "resolve needs a conflict id and --keep ours|theirs."));
    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    auto done = ConflictService(*db).resolve(
        p.positionalArguments().first(),
        which == QLatin1String("ours") ? ConflictService::Keep::Ours : ConflictService::Keep::Theirs, ctx.user);
    if (!done)
        return ctx.rejected(done.error());
    ctx.out << (done->resolution == QLatin1String("kept_local")
                    ? QCoreApplication::translate("Cli", "Conflict %1 resolved: this center's version of %2 %3 kept.")
                    : QCoreApplication::translate("Cli",
                                                  "Conflict %1 resolved: the township's version of %2 %3 taken."))
                   .arg(done->id.left(8), done->table, done->caseNo.isEmpty() ? done->rowId : done->caseNo)
            << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
