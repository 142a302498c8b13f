// The mediation part of `show --format json`: sessions, agreement, judicial confirmation,
// performance, follow-ups, closure and attachment metadata (never the attachment bytes).
#pragma once

#include <QJsonObject>
#include <QString>

namespace ow {

class Database;

// Keys: sessions, agreement (null when none), judicial_confirmation (null when none),
// performances, followups, closure (null when never closed), attachments.
QJsonObject mediationJsonFor(Database& db, const QString& caseId);

} // namespace ow
