// `schedule import FILE`, `leader-cases` and `agency-cases` (docs/leaders-and-agency.md, docs/cli.md).
#include "cli/cli.h"
#include "cli/json_output.h"

#include "mechanisms/agency.h"
#include "mechanisms/leader_cases.h"
#include "mechanisms/mechanism_support.h"
#include "mechanisms/reception.h"
#include "storage/sql_values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

QJsonValue dateOrNull(const QDate& d)
{
    return orNull(sql::iso(d));
}

// The --format option of a list: table or json; empty (after the usage error) when neither.
QString listFormat(Context& ctx, QCommandLineParser& p, const QCommandLineOption& format)
{
    const QString fmt = p.value(format).trimmed().toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        ctx.usageError(QCoreApplication::translate("Cli", "--format must be table or json."));
        return {};
    }
    return fmt;
}

void printJson(Context& ctx, const char* key, const QJsonArray& rows, const QJsonObject& more = {})
{
    QJsonObject o = more;
    o.insert(QLatin1String(key), rows);
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

int cmdSchedule(Context& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("import"))
        return ctx.usageError(QCoreApplication::translate("Cli", "Use: schedule import FILE.csv"));
    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    auto done = ReceptionService(*db).importScheduleFile(pos.at(1), ctx.actor.login);
    if (!done)
        return ctx.rejected(done.error());
    ctx.out << QCoreApplication::translate("Cli", "Schedule imported: %1 leaders added, %2 reception half-days added, "
                                                  "%3 changed.")
                   .arg(done->leadersAdded)
                   .arg(done->daysAdded)
                   .arg(done->daysUpdated)
            << '\n';
    return ExitOk;
}

int cmdLeaderCases(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption all(QStringLiteral("all"));
    p.addOptions({format, all});
    if (!ctx.parse(p))
        return ExitUsage;
    const QString fmt = listFormat(ctx, p, format);
    if (fmt.isEmpty())
        return ExitUsage;
    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    LeaderCaseService service(*db);
    const QList<LeaderAssignment> assignments = service.list(!p.isSet(all));
    const QList<BacklogCase> backlog = service.backlog();
    if (fmt == QLatin1String("json")) {
        QJsonArray rows, pending;
        for (const LeaderAssignment& a : assignments)
            rows.append(QJsonObject{{QStringLiteral("case_no"), a.caseNo},
                                    {QStringLiteral("case_id"), a.caseId},
                                    {QStringLiteral("status"), a.caseStatus},
                                    {QStringLiteral("leader"), a.leaderName},
                                    {QStringLiteral("leader_position"), a.leaderPosition},
                                    {QStringLiteral("duties"), QJsonArray::fromStringList(a.duties)},
                                    {QStringLiteral("target_on"), dateOrNull(a.targetOn)},
                                    {QStringLiteral("state"), a.state},
                                    {QStringLiteral("assigned_on"), dateOrNull(a.assignedOn)},
                                    {QStringLiteral("overdue_target"), a.pastTarget}});
        for (const BacklogCase& b : backlog)
            pending.append(QJsonObject{{QStringLiteral("case_no"), b.caseNo},
                                       {QStringLiteral("case_id"), b.caseId},
                                       {QStringLiteral("status"), b.status},
                                       {QStringLiteral("due_on"), dateOrNull(b.dueOn)},
                                       {QStringLiteral("overdue"), b.overdue},
                                       {QStringLiteral("repeated"), b.repeated},
                                       {QStringLiteral("leader"), orNull(b.leaderName)}});
        printJson(ctx, "leader_cases", rows, {{QStringLiteral("backlog"), pending}});
        return ExitOk;
    }
    for (const LeaderAssignment& a : assignments)
        ctx.out << a.caseNo << '\t' << printable(a.leaderPosition + QLatin1Char(' ') + a.leaderName) << '\t'
                << mechanisms::assignmentStateLabel(a.state) << '\t' << sql::iso(a.targetOn) << '\n';
    ctx.out << QCoreApplication::translate("Cli", "Backlog: %1 open cases past their deadline or raised again.")
                   .arg(backlog.size())
            << '\n';
    for (const BacklogCase& b : backlog)
        ctx.out << b.caseNo << '\t' << printable(b.summary.left(30)) << '\t' << printable(b.leaderName) << '\n';
    return ExitOk;
}

int cmdAgencyCases(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption level(QStringLiteral("level"), {}, QStringLiteral("L"));
    const QCommandLineOption agent(QStringLiteral("agent"), {}, QStringLiteral("ID"));
    const QCommandLineOption markSeen(QStringLiteral("mark-seen"));
    p.addOptions({format, level, agent, markSeen});
    if (!ctx.parse(p))
        return ExitUsage;
    const QString fmt = listFormat(ctx, p, format);
    if (fmt.isEmpty())
        return ExitUsage;
    if (p.isSet(level) && !mechanisms::agencyLevels().contains(p.value(level)))
        return ctx.usageError(QCoreApplication::translate("Cli", "--level must be county, township or village."));
    DatabasePtr db = ctx.openDatabase(p.isSet(markSeen));
    if (!db)
        return ExitDatabase;
    AgencyService service(*db);
    QList<AgencyCase> list;
    if (p.isSet(agent)) {
        auto mine = service.casesOfAgent(p.value(agent), ctx.actor.login, p.isSet(markSeen));
        if (!mine)
            return ctx.rejected(mine.error());
        list = *mine;
    } else {
        list = service.allCases(p.value(level));
    }
    if (fmt == QLatin1String("json")) {
        QJsonArray rows;
        for (const AgencyCase& a : list) {
            QJsonObject o{{QStringLiteral("case_no"), a.caseNo},
                          {QStringLiteral("case_id"), a.caseId},
                          {QStringLiteral("status"), a.status},
                          {QStringLiteral("level"), a.level},
                          {QStringLiteral("point"), a.pointName},
                          {QStringLiteral("agent"), a.agentName},
                          {QStringLiteral("registered_at"), a.registeredAt},
                          {QStringLiteral("citizen_informed_at"), orNull(a.citizenInformedAt)}};
            if (p.isSet(agent)) {
                o.insert(QStringLiteral("changed"), a.changed);
                o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(a.changes));
            }
            rows.append(o);
        }
        printJson(ctx, "agency_cases", rows);
        return ExitOk;
    }
    for (const AgencyCase& a : list)
        ctx.out << (a.changed ? QStringLiteral("* ") : QStringLiteral("  ")) << a.caseNo << '\t'
                << mechanisms::agencyLevelLabel(a.level) << '\t' << printable(a.pointName) << '\t'
                << printable(a.agentName) << '\n';
    return ExitOk;
}

} // namespace ow::cli
