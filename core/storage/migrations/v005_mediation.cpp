// Schema version 5: mediation — the mediator roster and rooms, sessions, agreements, judicial
// confirmation, performance, follow-up visits, closures (with petition handling opinions) and
// attachments stored inside the database. Every table carries the identity columns the county
// needs to merge township files (docs/ARCHITECTURE.md rule 2).
#include "storage/migrations.h"

namespace ow::migrations {

Status v5Mediation(Database& db)
{
    return execScript(db, R"SQL(
CREATE TABLE mediators (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    specialties  TEXT NOT NULL DEFAULT '', -- category codes or free words, separated by commas
    invited      INTEGER NOT NULL DEFAULT 0, -- 特邀调解员 (court-invited mediator)
    phone        TEXT,
    user_login   TEXT,                       -- the OneWindow account of this mediator, if any
    active       INTEGER NOT NULL DEFAULT 1,
    site_code    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX mediators_name ON mediators(name);

CREATE TABLE mediation_rooms (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK ((kind = 'mediation_room' OR kind = 'brand_studio' OR kind = 'fast_track_court' OR kind = 'counseling_room' OR kind = 'on_site' OR kind = 'remote_video')),
    active      INTEGER NOT NULL DEFAULT 1,
    site_code   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE mediation_sessions (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_no         INTEGER NOT NULL,
    held_on            TEXT NOT NULL,
    starts_at          TEXT NOT NULL, -- local HH:mm
    ends_at            TEXT,
    room_id            TEXT REFERENCES mediation_rooms(id),
    place              TEXT NOT NULL DEFAULT '',
    mediation_type     TEXT NOT NULL CHECK ((mediation_type = 'people' OR mediation_type = 'administrative' OR mediation_type = 'judicial' OR mediation_type = 'lawyer' OR mediation_type = 'professional')),
    mediator_ids       TEXT NOT NULL, -- mediator UUIDs separated by commas, at least one
    parties_present    TEXT NOT NULL DEFAULT '',
    record             TEXT NOT NULL,
    result             TEXT NOT NULL CHECK ((result = 'continue' OR result = 'agreement' OR result = 'failed' OR result = 'terminated')),
    termination_reason TEXT CHECK (termination_reason IS NULL OR termination_reason IN
                           ('party_refuses','gap_too_wide','withdrawn')),
    routes_told        TEXT NOT NULL DEFAULT '', -- litigation,arbitration,administrative
    actor              TEXT NOT NULL,
    site_code          TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1,
    CHECK (result <> 'terminated' OR termination_reason IS NOT NULL),
    CHECK (result <> 'failed' OR routes_told <> '')
);
CREATE INDEX mediation_sessions_case ON mediation_sessions(case_id, held_on, starts_at);

-- One agreement per case (人民调解法 arts. 28-29): written (协议书) or oral (口头协议).
CREATE TABLE agreements (
    id                  TEXT PRIMARY KEY,
    case_id             TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    form                TEXT NOT NULL CHECK ((form = 'written' OR form = 'oral')),
    agreement_no        TEXT NOT NULL DEFAULT '',
    parties_json        TEXT NOT NULL DEFAULT '[]', -- the parties' particulars as signed
    facts               TEXT NOT NULL DEFAULT '',
    dispute_points      TEXT NOT NULL DEFAULT '', -- points in dispute and each party's responsibility
    terms               TEXT NOT NULL DEFAULT '',
    performance_manner  TEXT NOT NULL DEFAULT '',
    performance_place   TEXT NOT NULL DEFAULT '',
    performance_due_on  TEXT,
    amount_fen          INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    effective_on        TEXT NOT NULL,
    copies              INTEGER NOT NULL DEFAULT 3 CHECK (copies >= 1),
    mediator_ids        TEXT NOT NULL DEFAULT '',
    actor               TEXT NOT NULL,
    site_code           TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE judicial_confirmations (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    applied_on     TEXT NOT NULL,
    court          TEXT NOT NULL,
    court_case_no  TEXT NOT NULL DEFAULT '',
    decided_on     TEXT,
    result         TEXT CHECK (result IS NULL OR (result = 'granted' OR result = 'refused')),
    actor          TEXT NOT NULL,
    site_code      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    row_version    INTEGER NOT NULL DEFAULT 1,
    CHECK (decided_on IS NULL OR decided_on >= applied_on),
    CHECK ((decided_on IS NULL) = (result IS NULL))
);

CREATE TABLE performances (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    recorded_on  TEXT NOT NULL,
    state        TEXT NOT NULL CHECK ((state = 'performed' OR state = 'partly_performed' OR state = 'not_performed')),
    amount_fen   INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    note         TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL,
    site_code    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX performances_case ON performances(case_id, recorded_on);

CREATE TABLE followups (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    visited_on   TEXT NOT NULL,
    method       TEXT NOT NULL CHECK ((method = 'phone' OR method = 'home_visit' OR method = 'at_center')),
    visitor      TEXT NOT NULL,
    satisfaction TEXT NOT NULL CHECK ((satisfaction = 'very_satisfied' OR satisfaction = 'satisfied' OR satisfaction = 'basically_satisfied' OR satisfaction = 'dissatisfied' OR satisfaction = 'unrated')),
    performed    TEXT CHECK (performed IS NULL OR (performed = 'performed' OR performed = 'partly_performed' OR performed = 'not_performed')),
    notes        TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL,
    site_code    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX followups_case ON followups(case_id, visited_on);

-- Each closing (and each reopening) of a case; a petition's handling opinion (信访处理意见书)
-- is kept with its closing.
CREATE TABLE case_closures (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    closed_on          TEXT NOT NULL,
    outcome            TEXT NOT NULL,
    resolution_level   TEXT NOT NULL,
    summary            TEXT NOT NULL,
    opinion_request    TEXT,
    opinion_facts      TEXT,
    opinion_decision   TEXT,
    opinion_basis      TEXT,
    opinion_review     TEXT,
    closed_by          TEXT NOT NULL,
    reopened_at        TEXT,
    reopened_by        TEXT,
    reopen_reason      TEXT,
    site_code          TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_closures_case ON case_closures(case_id, created_at);

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK ((kind = 'application' OR kind = 'identity' OR kind = 'evidence' OR kind = 'power_of_attorney' OR kind = 'performance_proof' OR kind = 'other')),
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
CREATE INDEX attachments_case ON attachments(case_id, kind, created_at);
)SQL");
}

} // namespace ow::migrations
