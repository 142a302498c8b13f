// The writes every case service ends with (workflow, routing, intake, mediation, conflicts): the
// case's columns, one timeline entry that is always also an audit entry, and the new row version.
// Call them inside the service's WriteTransaction.
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <optional>

namespace ow {

class Database;
struct CaseRecord;

namespace workflow {

// On a server, locks the case's row until the transaction ends (READ COMMITTED: another desk's write
// of the case waits for this transaction, or this for it) and gives its row_version as it is now,
// none when there is no such case. On SQLite nothing: the write transaction holds the file's lock.
Result<std::optional<int>> lockCaseRow(Database& db, const QString& caseId);
// UPDATE cases SET <column = value, …> WHERE id = ?.
Status updateCase(Database& db, const QString& id, const QList<QPair<QString, QVariant>>& values);
// A timeline entry (case_events) naming the actor, and the audit entry of the same action on the
// case; `auditDetail` when the audit log keeps more than the timeline shows (an attachment's hash).
Status appendEvent(Database& db, const QString& caseId, const QString& actor, const QString& action,
                   const QString& detail, const QString& auditDetail = {});
// row_version + 1 and updated_at = now, after the case's columns were changed.
Status touchCase(Database& db, const QString& caseId);
// The refusal when a desk saves over a case that another desk changed after it was read (its
// row_version moved): who changed it, when and what, from the case's newest timeline entry, and
// that nothing of this desk's was saved.
QString changedMeanwhile(Database& db, const CaseRecord& current);

} // namespace workflow
} // namespace ow
