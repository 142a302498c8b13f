// Schema version 10: signed packages (docs/package-format.md, "Signature"). signing_keys holds the public
// halves of this center's own Ed25519 key pairs (the secret halves are owner-only files outside the
// database, security/signing_keys.h); site_keys the townships' keys the county registered. Only the
// tables: the security layer makes the first key pair when a file has none (keys::currentKey).
#include "storage/migrations.h"

namespace ow::migrations {

Status v10SigningKeys(Database& db)
{
    return execScript(db, R"SQL(
CREATE TABLE IF NOT EXISTS signing_keys (
    fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 32),
    public_key  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    retired_at  TEXT
);
CREATE TABLE IF NOT EXISTS site_keys (
    fingerprint   TEXT PRIMARY KEY CHECK (length(fingerprint) = 32),
    site_code     TEXT NOT NULL,
    public_key    TEXT,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    revoked_at    TEXT,
    revoked_by    TEXT
);
CREATE INDEX IF NOT EXISTS site_keys_site ON site_keys(site_code);
)SQL");
}

} // namespace ow::migrations
