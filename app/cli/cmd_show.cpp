// `show CASE_NO`: one case with its parties, deadlines and timeline, as readable text or JSON.
// ID numbers and phone numbers are masked unless --unmask is given, so a printout or a pasted
// terminal does not leak them; scripts that need them ask explicitly.
#include "cli/cli.h"
#include "cli/json_output.h"
#include "security/users.h"

#include "domain/vocabulary.h"
#include "mediation/mediation_json.h"
#include "storage/case_store.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "validation/identifiers.h"
#include "workflow/deadlines.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString stateLabel(const QString& state)
{
    if (state == QLatin1String("met"))
        return QCoreApplication::translate("Cli", "met");
    if (state == QLatin1String("overdue"))
        return QCoreApplication::translate("Cli", "overdue");
    if (state == QLatin1String("due_soon"))
        return QCoreApplication::translate("Cli", "due soon");
    return QCoreApplication::translate("Cli", "pending");
}

// How a case is shown: deadline states as of today, ID and phone numbers masked unless asked for.
struct View
{
    bool masked = true;
    QDate today;
    double dueSoonShare = 0.8;
    QString id(const QString& s) const { return masked ? validation::maskedId(s) : s; }
    QString phone(const QString& s) const { return masked ? validation::maskedPhone(s) : s; }
};

// The JSON of docs/cli.md: the keys of a case in a list, then the whole case.
int showJson(Context& ctx, Database& db, const CaseRecord& c, const View& v)
{
    QJsonObject o = caseListJson(listRowOf(c));
    o.insert(QStringLiteral("one_case_code"), c.oneCaseCode());
    o.insert(QStringLiteral("summary"), c.summary);
    o.insert(QStringLiteral("supervised"), c.supervised);
    QJsonArray parties;
    for (const Party& party : c.parties) {
        QJsonObject po;
        po.insert(QStringLiteral("role"), party.role);
        po.insert(QStringLiteral("kind"), party.kind);
        po.insert(QStringLiteral("name"), party.name);
        po.insert(QStringLiteral("id_number"), orNull(v.id(party.idNumber)));
        po.insert(QStringLiteral("credit_code"), orNull(party.creditCode));
        po.insert(QStringLiteral("phone"), orNull(v.phone(party.phone)));
        po.insert(QStringLiteral("address"), orNull(party.address));
        po.insert(QStringLiteral("legal_representative"), orNull(party.legalRepresentative));
        parties.append(po);
    }
    o.insert(QStringLiteral("parties"), parties);
    QJsonArray milestones;
    for (const Milestone& m : c.milestones) {
        QJsonObject mo;
        mo.insert(QStringLiteral("milestone"), m.milestone);
        mo.insert(QStringLiteral("due_on"), orNull(m.dueOn));
        mo.insert(QStringLiteral("state"), m.stateOn(v.today, v.dueSoonShare));
        milestones.append(mo);
    }
    o.insert(QStringLiteral("milestones"), milestones);
    QJsonArray timeline;
    for (const TimelineEvent& e : c.timeline) {
        QJsonObject eo;
        eo.insert(QStringLiteral("at"), e.at);
        eo.insert(QStringLiteral("actor"), e.actor);
        eo.insert(QStringLiteral("action"), e.action);
        eo.insert(QStringLiteral("detail"), orNull(e.detail));
        timeline.append(eo);
    }
    o.insert(QStringLiteral("timeline"), timeline);
    // Sessions, agreement, judicial confirmation, follow-ups, attachments (metadata only).
    const QJsonObject mediation = mediationJsonFor(db, c.id);
    for (auto it = mediation.begin(); it != mediation.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("masked"), v.masked);
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return ExitOk;
}

// Readable text, labels in the user's language; names and notes go through printable().
int showText(Context& ctx, Database& db, const CaseRecord& c, const View& v)
{
    const ReferenceData ref = ReferenceData::load(db);
    // Everything below is collected and printed through printable(): names and notes are data.
    QString text;
    QTextStream out(&text);
    // Full-width colon in Chinese text, as on a printed form.
    const QString colon = i18n::chinese() ? QStringLiteral("：") : QStringLiteral(": ");
    auto line = [&](const QString& label, const QString& value) { out << label << colon << value << '\n'; };
    out << orDash(c.caseNo) << "  [" << c.oneCaseCode() << "]\n";
    line(QCoreApplication::translate("Cli", "Status"),
         vocab::label(vocab::List::Status, c.status) +
             (c.supervised ? QCoreApplication::translate("Cli", " (supervised)") : QString()));
    line(QCoreApplication::translate("Cli", "Case type"), vocab::label(vocab::List::CaseType, c.caseType));
    line(QCoreApplication::translate("Cli", "Source"), vocab::label(vocab::List::Source, c.source));
    line(QCoreApplication::translate("Cli", "Category"), ref.categoryName(c.categoryCode));
    QString place = ref.divisionName(c.townshipCode);
    if (!c.villageCode.isEmpty())
        place += QStringLiteral(" ") + ref.divisionName(c.villageCode);
    line(QCoreApplication::translate("Cli", "Place"), place);
    line(QCoreApplication::translate("Cli", "Department"),
         c.leadDepartmentCode.isEmpty() ? QStringLiteral("-") : ref.departmentName(c.leadDepartmentCode));
    line(QCoreApplication::translate("Cli", "Received"), dateText(c.receivedOn));
    line(QCoreApplication::translate("Cli", "Filed"), dateText(c.filedOn));
    line(QCoreApplication::translate("Cli", "Due"), dateText(c.dueOn));
    if (c.endedOn.isValid() || !c.outcome.isEmpty()) {
        line(QCoreApplication::translate("Cli", "Ended"), dateText(c.endedOn));
        line(QCoreApplication::translate("Cli", "Outcome"),
             c.outcome.isEmpty() ? QStringLiteral("-") : vocab::label(vocab::List::Outcome, c.outcome));
        if (!c.resolutionLevel.isEmpty())
            line(QCoreApplication::translate("Cli", "Resolved at"),
                 vocab::label(vocab::List::ResolutionLevel, c.resolutionLevel));
    }
    line(QCoreApplication::translate("Cli", "Summary"), c.summary);

    out << '\n' << QCoreApplication::translate("Cli", "Parties") << colon.trimmed() << '\n';
    for (const Party& party : c.parties) {
        QStringList bits{vocab::label(vocab::List::PartyRole, party.role), party.name};
        if (!party.idNumber.isEmpty())
            bits << v.id(party.idNumber);
        if (!party.creditCode.isEmpty())
            bits << party.creditCode;
        if (!party.legalRepresentative.isEmpty())
            bits << QCoreApplication::translate("Cli", "legal representative %1").arg(party.legalRepresentative);
        if (!party.phone.isEmpty())
            bits << v.phone(party.phone);
        if (party.kind == QLatin1String("organization") && !party.address.isEmpty())
            bits << QCoreApplication::translate("Cli", "domicile %1").arg(party.address);
        out << "  " << bits.join(QStringLiteral("  ")) << '\n';
    }
    out << '\n' << QCoreApplication::translate("Cli", "Deadlines") << colon.trimmed() << '\n';
    if (c.milestones.isEmpty())
        out << "  -\n";
    for (const Milestone& m : c.milestones)
        out << "  " << milestoneLabel(m.milestone) << "  " << dateText(m.dueOn) << "  "
            << stateLabel(m.stateOn(v.today, v.dueSoonShare)) << '\n';
    out << '\n' << QCoreApplication::translate("Cli", "Timeline") << colon.trimmed() << '\n';
    for (const TimelineEvent& e : c.timeline) {
        // Stored in UTC; a clerk reads local time.
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        out << "  " << (at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : e.at) << "  "
            << e.actor << "  " << e.action;
        if (!e.detail.isEmpty())
            out << "  " << e.detail;
        out << '\n';
    }
    if (v.masked)
        out << '\n'
            << QCoreApplication::translate("Cli", "ID and phone numbers are masked; add --unmask to show them in full.")
            << '\n';
    out.flush();
    ctx.out << printable(text);
    ctx.out.flush();
    return ExitOk;
}

} // namespace

int cmdShow(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("F"), QStringLiteral("text"));
    const QCommandLineOption unmask(QStringLiteral("unmask"));
    p.addOptions({format, unmask});
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("Cli", "show needs exactly one case number, UUID or one-case code."));
    const QString fmt = p.value(format).trimmed().toLower();
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json"))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "Unknown format \"%1\": use text or json.").arg(p.value(format)));
    const bool masked = !p.isSet(unmask);

    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    const CaseStore store(*db);
    auto loaded = store.load(pos.first());
    if (!loaded)
        return ctx.rejected(loaded.error());
    const CaseRecord& c = *loaded;
    if (!masked) {
        if (Status s = revealPersonalData(*db, ctx.actor.login, c.id); !s) {
            ctx.err << s.error() << Qt::endl;
            return ExitPermission;
        }
    }
    const View view{masked, Clock::today(),
                    db->setting(QStringLiteral("due_soon_share"), QStringLiteral("0.8")).toDouble()};
    return fmt == QLatin1String("json") ? showJson(ctx, *db, c, view) : showText(ctx, *db, c, view);
}

} // namespace ow::cli
