// Schema version 1: reference data, sites, users, cases, parties, timeline, milestones, audit log.
// Every consolidated record has a UUID key, the creating site's code, UTC timestamps and a row
// version (docs/ARCHITECTURE.md rule 2). Codes of vocabulary.md are checked by the schema itself, as
// chains of `=`: a CHECK with `IN (list)` builds a temporary b-tree on every insert (measured:
// 7 per ledger row, a sixth of the import time).
#include "storage/migrations.h"

namespace ow::migrations {

Status v1Foundation(Database& db)
{
    return execScript(db, R"SQL(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sites (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    level         TEXT NOT NULL CHECK ((level = 'village' OR level = 'township' OR level = 'county')),
    division_code TEXT,
    is_self       INTEGER NOT NULL DEFAULT 0,
    site_code     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE divisions (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_zh     TEXT NOT NULL,
    name_en     TEXT,
    level       TEXT NOT NULL CHECK ((level = 'province' OR level = 'city' OR level = 'county' OR level = 'township' OR level = 'village' OR level = 'grid')),
    parent_code TEXT REFERENCES divisions(code),
    active      INTEGER NOT NULL DEFAULT 1,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX divisions_parent ON divisions(parent_code);

CREATE TABLE departments (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_zh     TEXT NOT NULL,
    name_en     TEXT,
    is_window   INTEGER NOT NULL DEFAULT 0,
    presence    TEXT NOT NULL DEFAULT 'resident' CHECK ((presence = 'resident' OR presence = 'on_call')),
    active      INTEGER NOT NULL DEFAULT 1,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE categories (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_zh     TEXT NOT NULL,
    name_en     TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE holidays (
    id          TEXT PRIMARY KEY,
    date        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK ((kind = 'holiday' OR kind = 'workday')),
    name        TEXT NOT NULL,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE deadline_rules (
    id             TEXT PRIMARY KEY,
    case_type      TEXT NOT NULL,
    milestone      TEXT NOT NULL,
    days           INTEGER NOT NULL CHECK (days > 0),
    counting       TEXT NOT NULL CHECK ((counting = 'calendar' OR counting = 'working')),
    starts_from    TEXT NOT NULL,
    extension_days INTEGER NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
    source         TEXT,
    site_code      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_type, milestone)
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK ((role = 'system' OR role = 'admin' OR role = 'supervisor' OR role = 'clerk' OR role = 'triage' OR role = 'handler' OR role = 'mediator')),
    department_code TEXT REFERENCES departments(code),
    active          INTEGER NOT NULL DEFAULT 1,
    password_hash   TEXT,
    site_code       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);

-- Per-site, per-year sequence of case numbers (never a gap, never a duplicate).
CREATE TABLE case_numbers (
    site_code TEXT NOT NULL,
    year      INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    PRIMARY KEY (site_code, year)
);

CREATE TABLE cases (
    id                   TEXT PRIMARY KEY,
    site_code            TEXT NOT NULL,
    case_no              TEXT,
    case_type            TEXT NOT NULL CHECK ((case_type = 'petition' OR case_type = 'people_mediation' OR case_type = 'court_prelitigation' OR case_type = 'court_entrusted' OR case_type = 'administrative_mediation' OR case_type = 'consultation')),
    source               TEXT NOT NULL CHECK ((source = 'walk_in' OR source = 'phone' OR source = 'letter' OR source = 'online' OR source = 'grid' OR source = 'village_transfer' OR source = 'township_transfer' OR source = 'department_referral' OR source = 'court_entrusted' OR source = 'petition_assigned' OR source = 'proactive')),
    window_code          TEXT REFERENCES departments(code),
    category_code        TEXT NOT NULL REFERENCES categories(code),
    township_code        TEXT NOT NULL REFERENCES divisions(code),
    village_code         TEXT REFERENCES divisions(code),
    summary              TEXT NOT NULL,
    request              TEXT,
    headcount            INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 1),
    urgency              TEXT NOT NULL DEFAULT 'normal' CHECK ((urgency = 'normal' OR urgency = 'urgent')),
    lead_department_code TEXT REFERENCES departments(code),
    status               TEXT NOT NULL CHECK ((status = 'reported' OR status = 'filed' OR status = 'assigned' OR status = 'in_progress' OR status = 'responded' OR status = 'closed' OR status = 'suspended' OR status = 'escalated' OR status = 'withdrawn' OR status = 'rejected' OR status = 'merged')),
    resume_status        TEXT,
    received_on          TEXT NOT NULL,
    received_at          TEXT,
    filed_on             TEXT,
    due_on               TEXT,
    ended_on             TEXT,
    outcome              TEXT CHECK (outcome IS NULL OR (outcome = 'mediated' OR outcome = 'mediation_failed' OR outcome = 'fast_track_judgment' OR outcome = 'transferred_to_court' OR outcome = 'referred_arbitration' OR outcome = 'petition_supported' OR outcome = 'petition_explained' OR outcome = 'petition_not_supported' OR outcome = 'resolved_other')),
    resolution_level     TEXT CHECK (resolution_level IS NULL OR resolution_level IN
                             ('village','township','county','escalated')),
    judicial_confirmed   INTEGER,
    satisfaction         TEXT NOT NULL DEFAULT 'unrated' CHECK ((satisfaction = 'very_satisfied' OR satisfaction = 'satisfied' OR satisfaction = 'basically_satisfied' OR satisfaction = 'dissatisfied' OR satisfaction = 'unrated')),
    supervised           INTEGER NOT NULL DEFAULT 0,
    supervision_note     TEXT,
    merged_into          TEXT REFERENCES cases(id),
    visit_count          INTEGER NOT NULL DEFAULT 1,
    applicant_name       TEXT NOT NULL DEFAULT '',
    origin               TEXT NOT NULL DEFAULT 'intake',
    content_hash         TEXT,
    site_created_by      TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (site_code, case_no),
    CHECK (ended_on IS NULL OR ended_on >= received_on)
);
CREATE INDEX cases_received ON cases(received_on, id);
CREATE INDEX cases_ended ON cases(ended_on);
CREATE INDEX cases_status ON cases(status, received_on DESC);
CREATE INDEX cases_township ON cases(township_code, received_on DESC);
CREATE INDEX cases_department ON cases(lead_department_code, received_on DESC);
CREATE INDEX cases_category ON cases(category_code, received_on DESC);
CREATE INDEX cases_due ON cases(due_on);
CREATE INDEX cases_case_no ON cases(case_no);

CREATE TABLE parties (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK ((role = 'applicant' OR role = 'respondent' OR role = 'representative' OR role = 'agent')),
    kind        TEXT NOT NULL DEFAULT 'person' CHECK ((kind = 'person' OR kind = 'organization')),
    name        TEXT NOT NULL,
    id_number   TEXT,
    credit_code TEXT,
    phone       TEXT,
    address     TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX parties_case ON parties(case_id, sort_order);
CREATE INDEX parties_id_number ON parties(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX parties_phone ON parties(phone) WHERE phone IS NOT NULL;
CREATE INDEX parties_name ON parties(name);

-- The case timeline: who did what when. Append-only.
CREATE TABLE case_events (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_events_case ON case_events(case_id, at);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'the case timeline is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'the case timeline is append-only'); END;

CREATE TABLE milestones (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    milestone       TEXT NOT NULL,
    counting        TEXT NOT NULL CHECK ((counting = 'calendar' OR counting = 'working')),
    days            INTEGER NOT NULL,
    starts_on       TEXT NOT NULL,
    due_on          TEXT NOT NULL,
    original_due_on TEXT NOT NULL,
    extended_days   INTEGER NOT NULL DEFAULT 0,
    extension_reason TEXT,
    met_on          TEXT,
    site_code       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, milestone)
);
CREATE INDEX milestones_open_due ON milestones(due_on) WHERE met_on IS NULL;

-- Append-only audit log; each entry's hash covers the previous one (checked by `check`).
CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL DEFAULT '',
    entity_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL");
}

} // namespace ow::migrations
