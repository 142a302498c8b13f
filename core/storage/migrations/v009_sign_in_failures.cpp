// Schema version 9: failed sign-ins per login, for the increasing delay and the temporary lock of
// UserService::signIn (issue 14). A local table: it is not consolidated, and a restore or a new
// file starts with no locks. Logins that are not accounts are kept too, so that a lock tells an
// attacker nothing about which accounts exist.
#include "storage/migrations.h"

namespace ow::migrations {

Status v9SignInFailures(Database& db)
{
    return execScript(db, R"SQL(
CREATE TABLE IF NOT EXISTS sign_in_failures (
    login           TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locks           INTEGER NOT NULL DEFAULT 0 CHECK (locks >= 0),
    locked_until    TEXT,
    last_failure_at TEXT NOT NULL
);
)SQL");
}

} // namespace ow::migrations
