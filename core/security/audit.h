// The append-only audit log with a SHA-256 hash chain (each entry covers the one before it).
#pragma once

#include "util/result.h"

#include <QString>

namespace ow {

class Database;

// Appends one entry; call inside the write transaction of the action it records.
Status appendAudit(Database& db, const QString& actor, const QString& action, const QString& entity = {},
                   const QString& entityId = {}, const QString& detail = {});

struct AuditCheck
{
    int entries = 0;
    int firstBrokenSeq = -1; // -1 when the chain is intact
};
AuditCheck verifyAuditChain(Database& db);

// A change as a user reads it: who (the display name of an active user, else the login) and when
// (local time to the minute), from a login and an ISO-8601 UTC time.
struct ChangeSeen
{
    QString who;
    QString when;
};
ChangeSeen changeSeen(Database& db, const QString& login, const QString& isoUtc);

// The refusal of a list's save or removal that changed no row because its
// `UPDATE/DELETE ... WHERE id = ? AND row_version = ?` found the row at another version or gone:
// another desk saved or deleted it since the list was read. Call inside the same write
// transaction. Names `what` (e.g. "the mediator 张三"), who changed it and when (the audit log's
// last entry on `entity`/`id`), and says to reopen the list and make the change again.
QString rowChangedMeanwhile(Database& db, const QString& table, const QString& entity, const QString& id,
                            const QString& what, bool removing);

} // namespace ow
