// Schema version 3: county consolidation — export and import logs, the per-row exchange base
// that tells a local edit from an incoming one, and the conflicts kept for review.
#include "storage/migrations.h"

namespace ow::migrations {

Status v3Exchange(Database& db)
{
    return execScript(db, R"SQL(
-- Every package this center wrote: what range, up to when (the "since last export" marker).
CREATE TABLE export_log (
    id          TEXT PRIMARY KEY,
    package_id  TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    checksum    TEXT NOT NULL,
    range_kind  TEXT NOT NULL CHECK (range_kind IN ('full','since_date','since_last_export')),
    since       TEXT,          -- UTC lower bound of updated_at (inclusive), NULL for a full export
    until       TEXT NOT NULL, -- UTC snapshot time: every change up to it is in the package
    row_counts  TEXT NOT NULL, -- JSON object table -> rows
    actor       TEXT NOT NULL,
    exported_at TEXT NOT NULL
);
CREATE INDEX export_log_until ON export_log(until);

-- Every package merged here (refused packages leave no trace: the database stays unchanged).
CREATE TABLE import_log (
    id                 TEXT PRIMARY KEY,
    package_id         TEXT NOT NULL,
    file_name          TEXT NOT NULL,
    checksum           TEXT NOT NULL,
    source_site_code   TEXT NOT NULL,
    package_created_at TEXT NOT NULL,
    counts             TEXT NOT NULL, -- JSON object table -> {new, updated, unchanged, conflicting}
    actor              TEXT NOT NULL,
    imported_at        TEXT NOT NULL
);
CREATE INDEX import_log_checksum ON import_log(checksum);
CREATE INDEX import_log_site ON import_log(source_site_code, imported_at);

-- The version of each imported row as it arrived ("the last exchange"). A local row whose
-- row_version/updated_at differ from it was edited here; an incoming row that differs from it
-- was edited at the township. Both at once is a conflict. UUIDs are unique across tables.
CREATE TABLE exchange_base (
    row_id      TEXT PRIMARY KEY,
    row_version INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Records changed at both ends: the local row stays in its table untouched; both versions are
-- kept here as JSON objects for review.
CREATE TABLE conflicts (
    id                   TEXT PRIMARY KEY,
    import_id            TEXT NOT NULL REFERENCES import_log(id),
    table_name           TEXT NOT NULL,
    row_id               TEXT NOT NULL,
    source_site_code     TEXT NOT NULL,
    local_row            TEXT NOT NULL,
    incoming_row         TEXT NOT NULL,
    incoming_row_version INTEGER NOT NULL,
    incoming_updated_at  TEXT NOT NULL,
    detected_at          TEXT NOT NULL,
    resolved_at          TEXT,
    resolution           TEXT CHECK (resolution IS NULL OR resolution IN ('kept_local','took_incoming')),
    resolved_by          TEXT
);
CREATE INDEX conflicts_row ON conflicts(row_id);
CREATE INDEX conflicts_open ON conflicts(detected_at) WHERE resolved_at IS NULL;
)SQL");
}

} // namespace ow::migrations
