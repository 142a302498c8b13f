// PostgreSQL baseline of schema version 13 (pg_v013_baseline.cpp), its second half: mediation,
// attachments, the security tables and those of leaders and the petition agency.
#include "storage/migrations/pg_v013_baseline.h"

namespace ow::migrations::pgv13 {

// Mediation, agreements, follow-ups, closures (v5) and attachments with the kind of v13.
extern const char kMediation[] = R"SQL(
CREATE TABLE mediators (
    id           text PRIMARY KEY,
    name         text NOT NULL,
    organization text NOT NULL DEFAULT '',
    specialties  text NOT NULL DEFAULT '', -- category codes or free words, separated by commas
    invited      bigint NOT NULL DEFAULT 0, -- 特邀调解员 (court-invited mediator)
    phone        text,
    user_login   text,                       -- the OneWindow account of this mediator, if any
    active       bigint NOT NULL DEFAULT 1,
    site_code    text NOT NULL,
    created_at   text NOT NULL,
    updated_at   text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 1
);
CREATE INDEX mediators_name ON mediators(name);
CREATE TABLE mediation_rooms (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    kind        text NOT NULL CHECK ((kind = 'mediation_room' OR kind = 'brand_studio' OR kind = 'fast_track_court' OR kind = 'counseling_room' OR kind = 'on_site' OR kind = 'remote_video')),
    active      bigint NOT NULL DEFAULT 1,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE TABLE mediation_sessions (
    id                 text PRIMARY KEY,
    case_id            text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_no         bigint NOT NULL,
    held_on            text NOT NULL,
    starts_at          text NOT NULL, -- local HH:mm
    ends_at            text,
    room_id            text REFERENCES mediation_rooms(id),
    place              text NOT NULL DEFAULT '',
    mediation_type     text NOT NULL CHECK ((mediation_type = 'people' OR mediation_type = 'administrative' OR mediation_type = 'judicial' OR mediation_type = 'lawyer' OR mediation_type = 'professional')),
    mediator_ids       text NOT NULL, -- mediator UUIDs separated by commas, at least one
    parties_present    text NOT NULL DEFAULT '',
    record             text NOT NULL,
    result             text NOT NULL CHECK ((result = 'continue' OR result = 'agreement' OR result = 'failed' OR result = 'terminated')),
    termination_reason text CHECK (termination_reason IS NULL OR termination_reason IN
                           ('party_refuses','gap_too_wide','withdrawn')),
    routes_told        text NOT NULL DEFAULT '', -- litigation,arbitration,administrative
    actor              text NOT NULL,
    site_code          text NOT NULL,
    created_at         text NOT NULL,
    updated_at         text NOT NULL,
    row_version        bigint NOT NULL DEFAULT 1,
    CHECK (result <> 'terminated' OR termination_reason IS NOT NULL),
    CHECK (result <> 'failed' OR routes_told <> '')
);
CREATE INDEX mediation_sessions_case ON mediation_sessions(case_id, held_on, starts_at);
CREATE TABLE agreements (
    id                  text PRIMARY KEY,
    case_id             text NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    form                text NOT NULL CHECK ((form = 'written' OR form = 'oral')),
    agreement_no        text NOT NULL DEFAULT '',
    parties_json        text NOT NULL DEFAULT '[]', -- the parties' particulars as signed
    facts               text NOT NULL DEFAULT '',
    dispute_points      text NOT NULL DEFAULT '', -- points in dispute and each party's responsibility
    terms               text NOT NULL DEFAULT '',
    performance_manner  text NOT NULL DEFAULT '',
    performance_place   text NOT NULL DEFAULT '',
    performance_due_on  text,
    amount_fen          bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
    effective_on        text NOT NULL,
    copies              bigint NOT NULL DEFAULT 3 CHECK (copies >= 1),
    mediator_ids        text NOT NULL DEFAULT '',
    actor               text NOT NULL,
    site_code           text NOT NULL,
    created_at          text NOT NULL,
    updated_at          text NOT NULL,
    row_version         bigint NOT NULL DEFAULT 1
);
CREATE TABLE judicial_confirmations (
    id             text PRIMARY KEY,
    case_id        text NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    applied_on     text NOT NULL,
    court          text NOT NULL,
    court_case_no  text NOT NULL DEFAULT '',
    decided_on     text,
    result         text CHECK (result IS NULL OR (result = 'granted' OR result = 'refused')),
    actor          text NOT NULL,
    site_code      text NOT NULL,
    created_at     text NOT NULL,
    updated_at     text NOT NULL,
    row_version    bigint NOT NULL DEFAULT 1,
    CHECK (decided_on IS NULL OR decided_on >= applied_on),
    CHECK ((decided_on IS NULL) = (result IS NULL))
);
CREATE TABLE performances (
    id           text PRIMARY KEY,
    case_id      text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    recorded_on  text NOT NULL,
    state        text NOT NULL CHECK ((state = 'performed' OR state = 'partly_performed' OR state = 'not_performed')),
    amount_fen   bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
    note         text NOT NULL DEFAULT '',
    actor        text NOT NULL,
    site_code    text NOT NULL,
    created_at   text NOT NULL,
    updated_at   text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 1
);
CREATE INDEX performances_case ON performances(case_id, recorded_on);
CREATE TABLE followups (
    id           text PRIMARY KEY,
    case_id      text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    visited_on   text NOT NULL,
    method       text NOT NULL CHECK ((method = 'phone' OR method = 'home_visit' OR method = 'at_center')),
    visitor      text NOT NULL,
    satisfaction text NOT NULL CHECK ((satisfaction = 'very_satisfied' OR satisfaction = 'satisfied' OR satisfaction = 'basically_satisfied' OR satisfaction = 'dissatisfied' OR satisfaction = 'unrated')),
    performed    text CHECK (performed IS NULL OR (performed = 'performed' OR performed = 'partly_performed' OR performed = 'not_performed')),
    notes        text NOT NULL DEFAULT '',
    actor        text NOT NULL,
    site_code    text NOT NULL,
    created_at   text NOT NULL,
    updated_at   text NOT NULL,
    row_version  bigint NOT NULL DEFAULT 1
);
CREATE INDEX followups_case ON followups(case_id, visited_on);
CREATE TABLE case_closures (
    id                 text PRIMARY KEY,
    case_id            text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    closed_on          text NOT NULL,
    outcome            text NOT NULL,
    resolution_level   text NOT NULL,
    summary            text NOT NULL,
    opinion_request    text,
    opinion_facts      text,
    opinion_decision   text,
    opinion_basis      text,
    opinion_review     text,
    closed_by          text NOT NULL,
    reopened_at        text,
    reopened_by        text,
    reopen_reason      text,
    site_code          text NOT NULL,
    created_at         text NOT NULL,
    updated_at         text NOT NULL,
    row_version        bigint NOT NULL DEFAULT 1
);
CREATE INDEX case_closures_case ON case_closures(case_id, created_at);
CREATE TABLE attachments (
    id          text PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title       text NOT NULL,
    kind        text NOT NULL CHECK ((kind = 'application' OR kind = 'identity' OR kind = 'evidence' OR kind = 'power_of_attorney' OR kind = 'performance_proof' OR kind = 'agency_authorization' OR kind = 'other')),
    file_name   text NOT NULL DEFAULT '',
    mime        text NOT NULL CHECK ((mime = 'application/pdf' OR mime = 'image/jpeg' OR mime = 'image/png')),
    size        bigint NOT NULL CHECK (size >= 0),
    sha256      text NOT NULL,
    data        bytea NOT NULL,
    actor       text NOT NULL,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    CHECK (length(data) = size)
);
CREATE INDEX attachments_case ON attachments(case_id, kind, created_at);
)SQL";

// Sign-in locks, signing keys (v9, v10) and the anchored audit log (v12).
extern const char kSecurity[] = R"SQL(
CREATE TABLE sign_in_failures (
    login           text PRIMARY KEY,
    failures        bigint NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locks           bigint NOT NULL DEFAULT 0 CHECK (locks >= 0),
    locked_until    text,
    last_failure_at text NOT NULL
);
CREATE TABLE signing_keys (
    fingerprint text PRIMARY KEY CHECK (length(fingerprint) = 32),
    public_key  text NOT NULL,
    created_at  text NOT NULL,
    retired_at  text
);
CREATE TABLE site_keys (
    fingerprint   text PRIMARY KEY CHECK (length(fingerprint) = 32),
    site_code     text NOT NULL,
    public_key    text,
    registered_at text NOT NULL,
    registered_by text NOT NULL,
    revoked_at    text,
    revoked_by    text
);
CREATE INDEX site_keys_site ON site_keys(site_code);
CREATE TABLE audit_rows (
    tbl    text NOT NULL,
    row_id text NOT NULL,
    seq    bigint NOT NULL,
    digest text NOT NULL,
    PRIMARY KEY (tbl, row_id)
);
CREATE TABLE audit_anchors (
    seq         bigint PRIMARY KEY,
    hash        text NOT NULL,
    at          text NOT NULL,
    fingerprint text NOT NULL,
    signature   text NOT NULL,
    purpose     text NOT NULL
);
CREATE TABLE site_audit_heads (
    site_code   text NOT NULL,
    seq         bigint NOT NULL,
    hash        text NOT NULL,
    at          text NOT NULL,
    fingerprint text NOT NULL,
    signature   text NOT NULL,
    package_id  text NOT NULL,
    imported_at text NOT NULL,
    PRIMARY KEY (site_code, seq)
);
)SQL";

// Leaders, reception days, leader-owned cases and the petition agency (v13).
extern const char kLeaders[] = R"SQL(
CREATE TABLE leaders (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    position    text NOT NULL,
    level       text NOT NULL CHECK ((level = 'county' OR level = 'township' OR level = 'department')),
    unit        text NOT NULL DEFAULT '',
    phone       text,
    active      bigint NOT NULL DEFAULT 1,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE INDEX leaders_name ON leaders(name, unit);
CREATE TABLE reception_days (
    id          text PRIMARY KEY,
    leader_id   text NOT NULL REFERENCES leaders(id),
    day         text NOT NULL,
    half        text NOT NULL CHECK ((half = 'am' OR half = 'pm')),
    place       text NOT NULL,
    topics      text NOT NULL DEFAULT '',
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    UNIQUE (leader_id, day, half)
);
CREATE INDEX reception_days_day ON reception_days(day, half);
CREATE TABLE reception_visits (
    id               text PRIMARY KEY,
    case_id          text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    reception_day_id text NOT NULL REFERENCES reception_days(id),
    leader_id        text NOT NULL REFERENCES leaders(id),
    note             text NOT NULL DEFAULT '',
    actor            text NOT NULL,
    site_code        text NOT NULL,
    created_at       text NOT NULL,
    updated_at       text NOT NULL,
    row_version      bigint NOT NULL DEFAULT 1,
    UNIQUE (case_id, reception_day_id)
);
CREATE INDEX reception_visits_day ON reception_visits(reception_day_id);
CREATE TABLE leader_assignments (
    id          text PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    leader_id   text NOT NULL REFERENCES leaders(id),
    duties      text NOT NULL CHECK (duties <> ''), -- investigate,handle,resolve,stabilize
    target_on   text NOT NULL,
    state       text NOT NULL DEFAULT 'active' CHECK ((state = 'active' OR state = 'resolved' OR state = 'ended')),
    assigned_on text NOT NULL,
    assigned_by text NOT NULL,
    ended_on    text,
    end_note    text NOT NULL DEFAULT '',
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    CHECK ((state = 'active') = (ended_on IS NULL))
);
CREATE UNIQUE INDEX leader_assignments_active ON leader_assignments(case_id) WHERE state = 'active';
CREATE INDEX leader_assignments_assigned ON leader_assignments(assigned_on);
CREATE TABLE agency_points (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    level         text NOT NULL CHECK ((level = 'county' OR level = 'township' OR level = 'village')),
    division_code text NOT NULL DEFAULT '', -- the area it serves (not a foreign key: the county may lack it)
    address       text NOT NULL DEFAULT '',
    phone         text,
    active        bigint NOT NULL DEFAULT 1,
    site_code     text NOT NULL,
    created_at    text NOT NULL,
    updated_at    text NOT NULL,
    row_version   bigint NOT NULL DEFAULT 1
);
CREATE TABLE agency_agents (
    id          text PRIMARY KEY,
    point_id    text NOT NULL REFERENCES agency_points(id),
    name        text NOT NULL,
    phone       text,
    user_login  text,
    active      bigint NOT NULL DEFAULT 1,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE INDEX agency_agents_login ON agency_agents(user_login) WHERE user_login IS NOT NULL;
CREATE TABLE agency_cases (
    id                  text PRIMARY KEY,
    case_id             text NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    agent_id            text NOT NULL REFERENCES agency_agents(id),
    point_id            text NOT NULL REFERENCES agency_points(id),
    authorization_id    text NOT NULL REFERENCES attachments(id),
    citizen_informed_at text,
    actor               text NOT NULL,
    site_code           text NOT NULL,
    created_at          text NOT NULL,
    updated_at          text NOT NULL,
    row_version         bigint NOT NULL DEFAULT 1
);
CREATE INDEX agency_cases_agent ON agency_cases(agent_id);
CREATE TABLE agency_seen (
    agent_id text NOT NULL,
    case_id  text NOT NULL,
    seen_at  text NOT NULL,
    PRIMARY KEY (agent_id, case_id)
);
)SQL";

} // namespace ow::migrations::pgv13
