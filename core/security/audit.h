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

} // namespace ow
