// The code lists of the mediation records (migration 5): rooms, session results, termination
// reasons, routes, follow-up methods and performance states, in the order a form offers them.
#pragma once

#include <QString>
#include <QStringList>

namespace ow::mediation {

enum class List
{
    RoomKind,
    SessionResult,
    TerminationReason,
    Route,
    FollowupMethod,
    PerformanceState,
};

QStringList codes(List list);
// The code's label in the current language (the code itself when it is not in the list).
QString label(List list, const QString& code);

} // namespace ow::mediation
