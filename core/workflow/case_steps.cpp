// What can be done with a case as it is now (see case_steps.h).
#include "workflow/case_steps.h"

#include "domain/vocabulary.h"
#include "storage/reference_data.h"
#include "workflow/case_workflow.h"
#include "workflow/routing.h"

#include <algorithm>

namespace ow::workflow {
namespace {

bool awaitsReport(const CaseDepartment& d)
{
    return d.role == QLatin1String("co") && d.active && d.reportedAt.isEmpty();
}

bool awaitsFeedback(const CaseDepartment& d)
{
    return d.role == QLatin1String("co") && d.active && !d.reportedAt.isEmpty() && d.feedbackAt.isEmpty();
}

} // namespace

QStringList availableSteps(Database& db, const CaseRecord& c, const Actor& actor)
{
    QStringList steps;
    for (const QString& command : CaseWorkflow::commands())
        if (CaseWorkflow::canApply(c, command).ok() &&
            (actor.isSupervisor() || !CaseWorkflow::supervisorOnly(command, c.status)))
            steps << command;
    if (actor.isSupervisor() && c.supervised)
        steps << QStringLiteral("unsupervise"); // also once the case has ended
    if (vocab::isTerminalStatus(c.status))
        return steps;
    steps << QStringLiteral("note");
    if (actor.isSupervisor() && !c.supervised)
        steps << QStringLiteral("supervise");
    if (actor.isSupervisor() && c.filedOn.isValid())
        steps << QStringLiteral("extend");
    if (!c.leadDepartmentCode.isEmpty())
        steps << QStringLiteral("transfer") << QStringLiteral("whistle");
    const QList<CaseDepartment> departments = RoutingService(db).departmentsOf(c.id);
    if (std::any_of(departments.cbegin(), departments.cend(), awaitsReport))
        steps << QStringLiteral("report_in");
    if (std::any_of(departments.cbegin(), departments.cend(), awaitsFeedback))
        steps << QStringLiteral("feedback");
    return steps;
}

QStringList stepDepartments(Database& db, const CaseRecord& c, const QString& step)
{
    const QList<CaseDepartment> departments = RoutingService(db).departmentsOf(c.id);
    QStringList codes;
    if (step == QLatin1String("transfer") || step == QLatin1String("whistle")) {
        QStringList involved{c.leadDepartmentCode};
        for (const CaseDepartment& d : departments)
            if (d.active)
                involved << d.department;
        for (const NamedCode& d : ReferenceData::load(db).departments)
            if (!involved.contains(d.code))
                codes << d.code;
    } else if (step == QLatin1String("report_in") || step == QLatin1String("feedback")) {
        const auto waiting = step == QLatin1String("report_in") ? awaitsReport : awaitsFeedback;
        for (const CaseDepartment& d : departments)
            if (waiting(d))
                codes << d.department;
    }
    return codes;
}

} // namespace ow::workflow
