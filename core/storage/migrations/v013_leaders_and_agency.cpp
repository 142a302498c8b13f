// Schema version 13: leaders' reception days, leader-owned cases (领导包案) and the petition agency
// (信访代办) of docs/leaders-and-agency.md, and the attachment kind of the citizen's authorisation.
// Idempotent (IF NOT EXISTS, and the attachments rebuild only when the kind is missing), so that it
// can be renumbered at a merge and run on a file that already has it.
#include "storage/migrations.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace ow::migrations {
namespace {

// attachments.kind gains agency_authorization: SQLite cannot change a CHECK, so the table is built
// again with every row, its index and its exchange triggers (migration 6). The _gone trigger goes
// first so that dropping the old table cannot touch the exchange base.
constexpr char kRebuildAttachments[] = R"SQL(
DROP TRIGGER IF EXISTS attachments_exchange_base;
DROP TRIGGER IF EXISTS attachments_exchange_base_gone;
CREATE TABLE attachments_v13 (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK ((kind = 'application' OR kind = 'identity' OR kind = 'evidence' OR kind = 'power_of_attorney' OR kind = 'performance_proof' OR kind = 'agency_authorization' OR kind = 'other')),
    file_name   TEXT NOT NULL DEFAULT '',
    mime        TEXT NOT NULL CHECK ((mime = 'application/pdf' OR mime = 'image/jpeg' OR mime = 'image/png')),
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    data        BLOB NOT NULL,
    actor       TEXT NOT NULL,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (length(data) = size)
);
INSERT INTO attachments_v13 SELECT id, case_id, title, kind, file_name, mime, size, sha256, data, actor, site_code,
    created_at, updated_at, row_version FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_v13 RENAME TO attachments;
CREATE INDEX attachments_case ON attachments(case_id, kind, created_at);
CREATE TRIGGER attachments_exchange_base BEFORE UPDATE ON attachments WHEN old.site_code IS NOT (SELECT code FROM sites WHERE is_self = 1)
BEGIN INSERT OR IGNORE INTO exchange_base(row_id, row_version, updated_at) VALUES (old.id, old.row_version, old.updated_at); END;
CREATE TRIGGER attachments_exchange_base_gone AFTER DELETE ON attachments
BEGIN DELETE FROM exchange_base WHERE row_id = old.id; END;
)SQL";

constexpr char kTables[] = R"SQL(
CREATE TABLE IF NOT EXISTS leaders (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    position    TEXT NOT NULL,
    level       TEXT NOT NULL CHECK ((level = 'county' OR level = 'township' OR level = 'department')),
    unit        TEXT NOT NULL DEFAULT '',
    phone       TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS leaders_name ON leaders(name, unit);

CREATE TABLE IF NOT EXISTS reception_days (
    id          TEXT PRIMARY KEY,
    leader_id   TEXT NOT NULL REFERENCES leaders(id),
    day         TEXT NOT NULL,
    half        TEXT NOT NULL CHECK ((half = 'am' OR half = 'pm')),
    place       TEXT NOT NULL,
    topics      TEXT NOT NULL DEFAULT '',
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (leader_id, day, half)
);
CREATE INDEX IF NOT EXISTS reception_days_day ON reception_days(day, half);

CREATE TABLE IF NOT EXISTS reception_visits (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    reception_day_id TEXT NOT NULL REFERENCES reception_days(id),
    leader_id        TEXT NOT NULL REFERENCES leaders(id),
    note             TEXT NOT NULL DEFAULT '',
    actor            TEXT NOT NULL,
    site_code        TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, reception_day_id)
);
CREATE INDEX IF NOT EXISTS reception_visits_day ON reception_visits(reception_day_id);

CREATE TABLE IF NOT EXISTS leader_assignments (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    leader_id   TEXT NOT NULL REFERENCES leaders(id),
    duties      TEXT NOT NULL CHECK (duties <> ''), -- investigate,handle,resolve,stabilize
    target_on   TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'active' CHECK ((state = 'active' OR state = 'resolved' OR state = 'ended')),
    assigned_on TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    ended_on    TEXT,
    end_note    TEXT NOT NULL DEFAULT '',
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK ((state = 'active') = (ended_on IS NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS leader_assignments_active ON leader_assignments(case_id) WHERE state = 'active';
CREATE INDEX IF NOT EXISTS leader_assignments_assigned ON leader_assignments(assigned_on);

CREATE TABLE IF NOT EXISTS agency_points (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    level         TEXT NOT NULL CHECK ((level = 'county' OR level = 'township' OR level = 'village')),
    division_code TEXT NOT NULL DEFAULT '', -- the area it serves (not a foreign key: the county may lack it)
    address       TEXT NOT NULL DEFAULT '',
    phone         TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    site_code     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS agency_agents (
    id          TEXT PRIMARY KEY,
    point_id    TEXT NOT NULL REFERENCES agency_points(id),
    name        TEXT NOT NULL,
    phone       TEXT,
    user_login  TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS agency_agents_login ON agency_agents(user_login) WHERE user_login IS NOT NULL;

CREATE TABLE IF NOT EXISTS agency_cases (
    id                  TEXT PRIMARY KEY,
    case_id             TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    agent_id            TEXT NOT NULL REFERENCES agency_agents(id),
    point_id            TEXT NOT NULL REFERENCES agency_points(id),
    authorization_id    TEXT NOT NULL REFERENCES attachments(id),
    citizen_informed_at TEXT,
    actor               TEXT NOT NULL,
    site_code           TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS agency_cases_agent ON agency_cases(agent_id);

-- When an agent last looked at a case: a desk's own state, never consolidated (no identity columns).
CREATE TABLE IF NOT EXISTS agency_seen (
    agent_id TEXT NOT NULL,
    case_id  TEXT NOT NULL,
    seen_at  TEXT NOT NULL,
    PRIMARY KEY (agent_id, case_id)
);
)SQL";

} // namespace

Status v13LeadersAndAgency(Database& db)
{
    bool hasKind = false;
    {
        // Read and finished before the rebuild: SQLite refuses DROP TABLE while a statement is pending.
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'attachments'")) ||
            !q.next())
            return fail(QStringLiteral("attachments"));
        hasKind = q.value(0).toString().contains(QLatin1String("agency_authorization"));
    }
    if (!hasKind)
        if (Status s = execScript(db, kRebuildAttachments); !s)
            return s;
    if (Status s = execScript(db, kTables); !s)
        return s;
    // The exchange base of the rows that can change (migration 6), for the new exchanged tables.
    QString sql;
    for (const char* t : {"leaders", "reception_days", "reception_visits", "leader_assignments", "agency_points",
                          "agency_agents", "agency_cases"})
        sql += QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_exchange_base BEFORE UPDATE ON %1 WHEN old.site_code IS "
                              "NOT (SELECT code FROM sites WHERE is_self = 1)\nBEGIN INSERT OR IGNORE INTO "
                              "exchange_base(row_id, row_version, updated_at) VALUES (old.id, old.row_version, "
                              "old.updated_at); END;\n"
                              "CREATE TRIGGER IF NOT EXISTS %1_exchange_base_gone AFTER DELETE ON %1\nBEGIN DELETE "
                              "FROM exchange_base WHERE row_id = old.id; END;\n")
                   .arg(QLatin1String(t));
    const QByteArray utf8 = sql.toUtf8();
    return execScript(db, utf8.constData());
}

} // namespace ow::migrations
