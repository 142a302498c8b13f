// What can be done with a case as it is now: the steps Handle Case… offers and the departments a
// step can name. The services refuse anything else anyway; this says so before anyone types.
#pragma once

#include "domain/case.h"
#include "security/users.h"

#include <QStringList>

namespace ow {

class Database;

namespace workflow {

// The status-machine commands that apply (the supervisor-only ones for supervisors), and `note`,
// `supervise`, `unsupervise`, `extend`, `transfer`, `whistle`, `report_in` and `feedback` where
// they apply to the case and the actor.
QStringList availableSteps(Database& db, const CaseRecord& c, const Actor& actor);

// The department codes a step can name, in reference-data order: for `transfer` and `whistle`
// every department not yet on the case; for `report_in` the summoned departments that have not
// reported in; for `feedback` those that reported in without feedback yet.
QStringList stepDepartments(Database& db, const CaseRecord& c, const QString& step);

} // namespace workflow
} // namespace ow
