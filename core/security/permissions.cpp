// The role table (see permissions.h).
#include "security/permissions.h"

#include "security/users.h"

#include <QCoreApplication>

namespace ow::permissions {
namespace {

// Bits of the roles that may, per action. Keep in the order of the enum.
enum : unsigned
{
    Clerk = 1u << 0,
    Triage = 1u << 1,
    Handler = 1u << 2,
    Mediator = 1u << 3,
    Supervisor = 1u << 4,
    Admin = 1u << 5,
    Everyone = Clerk | Triage | Handler | Mediator | Supervisor | Admin,
    Leaders = Supervisor | Admin,
};

struct Row
{
    Action action;
    unsigned roles;
};

constexpr Row kTable[] = {
    {Action::ViewCases, Everyone},
    // Triage officers and department handlers work from the summary; the people who talk to the
    // citizen (window, mediation) and those who answer for the center may see full numbers.
    {Action::SeePersonalData, Clerk | Mediator | Leaders},
    {Action::Intake, Clerk | Triage | Mediator | Leaders},
    {Action::HandleCase, Everyone},
    {Action::RouteCase, Triage | Leaders},
    {Action::ImportLedger, Clerk | Leaders},
    // A package carries every full ID and phone number of the site.
    {Action::ExportPackage, Leaders},
    {Action::ImportPackage, Leaders},
    {Action::Conflicts, Leaders},
    {Action::MonthlyReport, Triage | Leaders},
    {Action::DemoData, Admin},
    {Action::ListUsers, Leaders},
    {Action::ManageUsers, Admin},
    {Action::ChangeOwnPassword, Everyone},
    {Action::Backup, Leaders},
    {Action::Restore, Admin},
    {Action::ReferenceData, Admin},
    {Action::RoutingRules, Leaders},
    {Action::CenterSettings, Leaders},
    // Showing the site's fingerprint and listing keys; registering, revoking and rotating keys is
    // further limited to administrators by the key service.
    {Action::SiteKeys, Leaders},
    // The schedule is published in the center's name; assigning a leader is the director's call.
    {Action::ReceptionSchedule, Leaders},
    {Action::RecordReception, Clerk | Triage | Mediator | Leaders},
    {Action::AssignLeader, Leaders},
    {Action::LeaderProgress, Clerk | Handler | Mediator | Leaders},
    // Agents are village and township cadres with a window or mediation account; the agency service
    // also checks that the account is the agent's own (a supervisor may act for any agent).
    {Action::ActAsAgent, Clerk | Mediator | Leaders},
};

unsigned roleBit(const QString& role)
{
    static const QStringList order{QStringLiteral("clerk"),    QStringLiteral("triage"),     QStringLiteral("handler"),
                                   QStringLiteral("mediator"), QStringLiteral("supervisor"), QStringLiteral("admin")};
    const qsizetype i = order.indexOf(role);
    return i < 0 ? 0u : 1u << unsigned(i);
}

unsigned rolesFor(Action action)
{
    for (const Row& r : kTable)
        if (r.action == action)
            return r.roles;
    return 0;
}

} // namespace

QList<Action> allActions()
{
    QList<Action> out;
    for (const Row& r : kTable)
        out << r.action;
    return out;
}

QStringList allRoles()
{
    return roles::assignable() << QStringLiteral("system");
}

bool permits(const QString& role, Action action)
{
    if (role == QLatin1String("system"))
        return true;
    return (rolesFor(action) & roleBit(role)) != 0;
}

QString describe(Action action)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("ow::permissions", s); };
    switch (action) {
    case Action::ViewCases:
        return tr("see the cases");
    case Action::SeePersonalData:
        return tr("see full ID and phone numbers");
    case Action::Intake:
        return tr("register cases");
    case Action::HandleCase:
        return tr("handle cases");
    case Action::RouteCase:
        return tr("route cases to departments");
    case Action::ImportLedger:
        return tr("import a ledger");
    case Action::ExportPackage:
        return tr("export data for the county");
    case Action::ImportPackage:
        return tr("import township data");
    case Action::Conflicts:
        return tr("see and resolve consolidation conflicts");
    case Action::MonthlyReport:
        return tr("make the monthly report");
    case Action::DemoData:
        return tr("add demo cases");
    case Action::ListUsers:
        return tr("list the user accounts");
    case Action::ManageUsers:
        return tr("manage user accounts");
    case Action::ChangeOwnPassword:
        return tr("change their password");
    case Action::Backup:
        return tr("make backups");
    case Action::Restore:
        return tr("restore a backup");
    case Action::ReferenceData:
        return tr("change reference data");
    case Action::RoutingRules:
        return tr("change the routing rules");
    case Action::CenterSettings:
        return tr("change the center settings");
    case Action::SiteKeys:
        return tr("manage the signing keys");
    case Action::ReceptionSchedule:
        return tr("edit the leaders' reception schedule and the petition agency");
    case Action::RecordReception:
        return tr("record a case received at a leader's reception");
    case Action::AssignLeader:
        return tr("assign a leader to a case");
    case Action::LeaderProgress:
        return tr("record a leader's progress on a case");
    case Action::ActAsAgent:
        return tr("act as a petition agent");
    }
    return {};
}

Status require(const Actor& actor, Action action)
{
    if (permits(actor.role, action))
        return {};
    QStringList who;
    for (const QString& role : roles::assignable())
        if (permits(role, action))
            who << roles::label(role);
    return fail(QCoreApplication::translate("Permissions", "Your role (%1) may not %2. This is for: %3.")
                    .arg(roles::label(actor.role), describe(action),
                         who.join(QCoreApplication::translate("Permissions", ", "))));
}

} // namespace ow::permissions
