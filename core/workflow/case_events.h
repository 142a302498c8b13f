// The writes every case service ends with (workflow, routing, intake, mediation, conflicts): the
// case's columns, one timeline entry that is always also an audit entry, and the new row version.
// Call them inside the service's WriteTransaction.
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace ow {

class Database;

namespace workflow {

// UPDATE cases SET <column = value, …> WHERE id = ?.
Status updateCase(Database& db, const QString& id, const QList<QPair<QString, QVariant>>& values);
// A timeline entry (case_events) naming the actor, and the audit entry of the same action on the
// case; `auditDetail` when the audit log keeps more than the timeline shows (an attachment's hash).
Status appendEvent(Database& db, const QString& caseId, const QString& actor, const QString& action,
                   const QString& detail, const QString& auditDetail = {});
// row_version + 1 and updated_at = now, after the case's columns were changed.
Status touchCase(Database& db, const QString& caseId);

} // namespace workflow
} // namespace ow
