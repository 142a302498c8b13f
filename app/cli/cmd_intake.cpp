// `intake --json FILE|-` (a case from a 12345 hotline export or a grid app, with the same validation
// and numbering as the window dialog) and the lifecycle commands `transition`, `route`,
// `supervise` and `extend`.
#include "cli/cli.h"
#include "storage/case_store.h"
#include "storage/own_files.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "workflow/case_workflow.h"
#include "workflow/intake_service.h"
#include "workflow/routing.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

QString jsonString(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

// Up to `limit` bytes, from a pipe too (where one read returns what has arrived so far).
QByteArray readAtMost(QIODevice& in, qint64 limit)
{
    QByteArray bytes;
    while (bytes.size() < limit) {
        const QByteArray chunk = in.read(limit - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

} // namespace

int cmdIntake(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption json(QStringLiteral("json"), {}, QStringLiteral("FILE"));
    QCommandLineOption reported(QStringLiteral("reported"));
    p.addOptions({json, reported});
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.isSet(json))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "intake needs --json FILE (or --json - to read standard input)."));
    // One case is a few kilobytes: at most limits::kJsonBytes are read.
    QByteArray bytes;
    if (p.value(json) == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.usageError(QCoreApplication::translate("Cli", "Cannot read standard input."));
        bytes = readAtMost(in, limits::kJsonBytes + 1);
    } else {
        if (Status own = ownfiles::refuseDatabaseFile(p.value(json)); !own)
            return ctx.rejected(own.error());
        QFile in(p.value(json));
        if (!in.open(QIODevice::ReadOnly))
            return ctx.usageError(QCoreApplication::translate("Cli", "Cannot read %1.").arg(p.value(json)));
        bytes = readAtMost(in, limits::kJsonBytes + 1);
    }
    if (bytes.size() > limits::kJsonBytes)
        return ctx.rejected(QCoreApplication::translate("Cli", "The input is larger than %1 bytes, more than one case "
                                                               "can be: give one case per intake.")
                                .arg(i18n::locale().toString(limits::kJsonBytes)));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (doc.isNull() || !doc.isObject())
        return ctx.rejected(
            QCoreApplication::translate("Cli", "The input is not a JSON object: %1").arg(perr.errorString()));
    const QJsonObject o = doc.object();

    IntakeRequest r;
    r.caseType = jsonString(o, "case_type");
    if (o.contains(QLatin1String("source")))
        r.source = jsonString(o, "source");
    r.category = jsonString(o, "category");
    r.township = jsonString(o, "township");
    r.village = jsonString(o, "village");
    r.window = jsonString(o, "window");
    r.summary = jsonString(o, "summary");
    r.request = jsonString(o, "request");
    if (o.contains(QLatin1String("urgency")))
        r.urgency = jsonString(o, "urgency");
    r.headcount = o.contains(QLatin1String("headcount")) ? o.value(QLatin1String("headcount")).toInt(0) : 1;
    QStringList problems;
    if (o.contains(QLatin1String("received_on"))) {
        const QString when = jsonString(o, "received_on");
        r.receivedOn = QDate::fromString(when.left(10), Qt::ISODate);
        if (!r.receivedOn.isValid())
            problems << QStringLiteral("received_on: ") +
                            QCoreApplication::translate("Cli", "\"%1\" is not a date (YYYY-MM-DD).").arg(when);
        if (when.size() >= 16)
            r.receivedAt = when.mid(11, 5);
    }
    const QJsonArray parties = o.value(QLatin1String("parties")).toArray();
    for (const QJsonValue& pv : parties) {
        const QJsonObject po = pv.toObject();
        Party party;
        party.role = jsonString(po, "role");
        if (party.role.isEmpty())
            party.role = QStringLiteral("applicant");
        party.name = jsonString(po, "name");
        party.idNumber = jsonString(po, "id_number");
        party.creditCode = jsonString(po, "credit_code");
        party.phone = jsonString(po, "phone");
        party.address = jsonString(po, "address");
        party.legalRepresentative = jsonString(po, "legal_representative");
        party.kind = po.contains(QLatin1String("kind")) ? jsonString(po, "kind")
                     : !party.creditCode.isEmpty()      ? QStringLiteral("organization")
                                                        : QStringLiteral("person");
        r.parties << party;
    }
    r.saveAs = p.isSet(reported) ? IntakeRequest::SaveAs::Reported : IntakeRequest::SaveAs::Filed;
    r.actor = ctx.user;

    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    if (!problems.isEmpty())
        return ctx.rejected(problems.join(QLatin1Char('\n')));
    const IntakeOutcome out = IntakeService(*db).save(r);
    if (!out.ok) {
        for (const QString& line : out.messages())
            ctx.err << line << Qt::endl;
        return out.errors.isEmpty() ? ExitDatabase : ExitRejected;
    }
    ctx.out << (out.saved.caseNo.isEmpty() ? out.saved.oneCaseCode() : out.saved.caseNo) << Qt::endl;
    return ExitOk;
}

int cmdTransition(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption reason(QStringLiteral("reason"), {}, QStringLiteral("TEXT"));
    QCommandLineOption department(QStringLiteral("department"), {}, QStringLiteral("CODE"));
    QCommandLineOption escalatedTo(QStringLiteral("escalated-to"), {}, QStringLiteral("BODY"));
    QCommandLineOption mergedInto(QStringLiteral("merged-into"), {}, QStringLiteral("CASE"));
    QCommandLineOption outcome(QStringLiteral("outcome"), {}, QStringLiteral("CODE"));
    QCommandLineOption level(QStringLiteral("level"), {}, QStringLiteral("CODE"));
    QCommandLineOption override_(QStringLiteral("override"));
    QCommandLineOption on(QStringLiteral("on"), {}, QStringLiteral("YYYY-MM-DD"));
    p.addOptions({reason, department, escalatedTo, mergedInto, outcome, level, override_, on});
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments(); // args[0] (the command) counts as the program name
    if (pos.size() != 2)
        return ctx.usageError(QCoreApplication::translate("Cli", "transition needs CASE and an action: %1")
                                  .arg(CaseWorkflow::commands().join(QStringLiteral(", "))));
    TransitionRequest r;
    r.caseKey = pos[0];
    r.command = pos[1];
    r.actor = ctx.user;
    r.reason = p.value(reason);
    r.department = p.value(department);
    r.escalatedTo = p.value(escalatedTo);
    r.mergedInto = p.value(mergedInto);
    r.outcome = p.value(outcome);
    r.resolutionLevel = p.value(level);
    r.overrideJoint = p.isSet(override_);
    if (p.isSet(on)) {
        r.on = QDate::fromString(p.value(on), Qt::ISODate);
        if (!r.on.isValid())
            return ctx.usageError(QCoreApplication::translate("Cli", "--on needs a date YYYY-MM-DD."));
    }
    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    auto c = CaseWorkflow(*db).apply(r);
    if (!c)
        return ctx.rejected(c.error());
    ctx.out << (c->caseNo.isEmpty() ? c->oneCaseCode() : c->caseNo) << QLatin1Char(' ') << c->status << Qt::endl;
    return ExitOk;
}

int cmdRoute(Context& ctx)
{
    QCommandLineParser p;
    QCommandLineOption lead(QStringLiteral("lead"), {}, QStringLiteral("DEPT"));
    QCommandLineOption co(QStringLiteral("co"), {}, QStringLiteral("DEPT[,DEPT]"));
    QCommandLineOption reason(QStringLiteral("reason"), {}, QStringLiteral("TEXT"));
    p.addOptions({lead, co, reason});
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments(); // args[0] (the command) counts as the program name
    if (pos.size() != 1)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "route needs one CASE: route CASE [--lead DEPT] [--co DEPT,DEPT] [--reason TEXT]"));
    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    RoutingService routing(*db);
    QString leadCode = p.value(lead);
    QList<RoutingService::Summon> summons;
    for (const QString& d : p.value(co).split(QLatin1Char(','), Qt::SkipEmptyParts))
        summons << RoutingService::Summon{d.trimmed(), {}};
    if (leadCode.isEmpty() || !p.isSet(co)) {
        auto c = CaseStore(*db).load(pos[0]);
        if (!c)
            return ctx.rejected(c.error());
        const RoutingSuggestion s = routing.suggest(*c);
        if (leadCode.isEmpty())
            leadCode = s.lead;
        if (!p.isSet(co) && leadCode == s.lead)
            for (const QString& d : s.co)
                summons << RoutingService::Summon{d, {}};
    }
    if (leadCode.isEmpty())
        return ctx.rejected(QCoreApplication::translate(
            "Cli", "No routing rule matches this case; choose the lead department with --lead."));
    auto c = routing.route(pos[0], ctx.user, leadCode, summons, p.value(reason));
    if (!c)
        return ctx.rejected(c.error());
    ctx.out << c->caseNo << QLatin1Char(' ') << c->leadDepartmentCode << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
