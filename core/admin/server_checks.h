// The parts of `check` (admin/integrity_check.h) that differ on a PostgreSQL server. The server keeps
// its storage and enforces the foreign keys itself, so what is checked is that nobody switched that
// off; then the login role's rights (the logs append-only by GRANT, no DDL) and the age of the newest
// dump noted in the audit log (admin/server_backup.h).
#pragma once

namespace ow {

class Database;
struct IntegrityReport;

namespace servercheck {

void storage(Database& db, IntegrityReport& r);
void foreignKeys(Database& db, IntegrityReport& r);
void rights(Database& db, IntegrityReport& r);
void backupNotes(Database& db, IntegrityReport& r);

} // namespace servercheck
} // namespace ow
