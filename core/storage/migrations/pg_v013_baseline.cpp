// PostgreSQL body of schema version 13: the baseline. A PostgreSQL database starts here with the
// whole schema of version 13 as SQLite has it after steps 1-13 (same tables, columns in the same
// order, NOT NULL, defaults, keys, CHECKs, indexes and triggers), so the program's SQL works on both.
// Types: TEXT stays text (ISO dates and UUID keys as the program binds them), INTEGER is bigint
// (0/1 flags too, not boolean, so `active = 1` means the same on both), BLOB is bytea; WITHOUT ROWID
// has no counterpart. The SQLite triggers are plpgsql trigger functions with the same effect and the
// same error text. The search objects are PostgreSQL's own (storage/pg_search.h, docs/postgresql.md,
// "Search") in place of the FTS tables (case_search, search_docs), with the same queue and triggers.
#include "storage/migrations/pg_v013_baseline.h"
#include "storage/migrations.h"
#include "storage/pg_search.h"

#include <QSqlDatabase>
#include <QString>

namespace ow::migrations {
namespace {

// Reference data, sites, users and the case numbers (v1).
constexpr char kReference[] = R"SQL(
CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE sites (
    id            text PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    name          text NOT NULL,
    level         text NOT NULL CHECK ((level = 'village' OR level = 'township' OR level = 'county')),
    division_code text,
    is_self       bigint NOT NULL DEFAULT 0,
    site_code     text NOT NULL,
    created_at    text NOT NULL,
    updated_at    text NOT NULL,
    row_version   bigint NOT NULL DEFAULT 1
);
CREATE TABLE divisions (
    id          text PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name_zh     text NOT NULL,
    name_en     text,
    level       text NOT NULL CHECK ((level = 'province' OR level = 'city' OR level = 'county' OR level = 'township' OR level = 'village' OR level = 'grid')),
    parent_code text REFERENCES divisions(code),
    active      bigint NOT NULL DEFAULT 1,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE INDEX divisions_parent ON divisions(parent_code);
CREATE TABLE departments (
    id          text PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name_zh     text NOT NULL,
    name_en     text,
    is_window   bigint NOT NULL DEFAULT 0,
    presence    text NOT NULL DEFAULT 'resident' CHECK ((presence = 'resident' OR presence = 'on_call')),
    active      bigint NOT NULL DEFAULT 1,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE TABLE categories (
    id          text PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name_zh     text NOT NULL,
    name_en     text,
    sort_order  bigint NOT NULL DEFAULT 0,
    active      bigint NOT NULL DEFAULT 1,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE TABLE holidays (
    id          text PRIMARY KEY,
    date        text NOT NULL UNIQUE,
    kind        text NOT NULL CHECK ((kind = 'holiday' OR kind = 'workday')),
    name        text NOT NULL,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE TABLE deadline_rules (
    id             text PRIMARY KEY,
    case_type      text NOT NULL,
    milestone      text NOT NULL,
    days           bigint NOT NULL CHECK (days > 0),
    counting       text NOT NULL CHECK ((counting = 'calendar' OR counting = 'working')),
    starts_from    text NOT NULL,
    extension_days bigint NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
    source         text,
    site_code      text NOT NULL,
    created_at     text NOT NULL,
    updated_at     text NOT NULL,
    row_version    bigint NOT NULL DEFAULT 1,
    UNIQUE (case_type, milestone)
);
CREATE TABLE users (
    id              text PRIMARY KEY,
    login           text NOT NULL UNIQUE,
    display_name    text NOT NULL,
    role            text NOT NULL CHECK ((role = 'system' OR role = 'admin' OR role = 'supervisor' OR role = 'clerk' OR role = 'triage' OR role = 'handler' OR role = 'mediator')),
    department_code text REFERENCES departments(code),
    active          bigint NOT NULL DEFAULT 1,
    password_hash   text,
    site_code       text NOT NULL,
    created_at      text NOT NULL,
    updated_at      text NOT NULL,
    row_version     bigint NOT NULL DEFAULT 1
);
CREATE TABLE case_numbers (
    site_code text NOT NULL,
    year      bigint NOT NULL,
    last_seq  bigint NOT NULL,
    PRIMARY KEY (site_code, year)
);
)SQL";

// Cases, parties, the timeline, milestones and the audit log (v1, v2, v11; cases_ended went in v7).
constexpr char kCases[] = R"SQL(
CREATE TABLE cases (
    id                   text PRIMARY KEY,
    site_code            text NOT NULL,
    case_no              text,
    case_type            text NOT NULL CHECK ((case_type = 'petition' OR case_type = 'people_mediation' OR case_type = 'court_prelitigation' OR case_type = 'court_entrusted' OR case_type = 'administrative_mediation' OR case_type = 'consultation')),
    source               text NOT NULL CHECK ((source = 'walk_in' OR source = 'phone' OR source = 'letter' OR source = 'online' OR source = 'grid' OR source = 'village_transfer' OR source = 'township_transfer' OR source = 'department_referral' OR source = 'court_entrusted' OR source = 'petition_assigned' OR source = 'proactive')),
    window_code          text REFERENCES departments(code),
    category_code        text NOT NULL REFERENCES categories(code),
    township_code        text NOT NULL REFERENCES divisions(code),
    village_code         text REFERENCES divisions(code),
    summary              text NOT NULL,
    request              text,
    headcount            bigint NOT NULL DEFAULT 1 CHECK (headcount >= 1),
    urgency              text NOT NULL DEFAULT 'normal' CHECK ((urgency = 'normal' OR urgency = 'urgent')),
    lead_department_code text REFERENCES departments(code),
    status               text NOT NULL CHECK ((status = 'reported' OR status = 'filed' OR status = 'assigned' OR status = 'in_progress' OR status = 'responded' OR status = 'closed' OR status = 'suspended' OR status = 'escalated' OR status = 'withdrawn' OR status = 'rejected' OR status = 'merged')),
    resume_status        text,
    received_on          text NOT NULL,
    received_at          text,
    filed_on             text,
    due_on               text,
    ended_on             text,
    outcome              text CHECK (outcome IS NULL OR (outcome = 'mediated' OR outcome = 'mediation_failed' OR outcome = 'fast_track_judgment' OR outcome = 'transferred_to_court' OR outcome = 'referred_arbitration' OR outcome = 'petition_supported' OR outcome = 'petition_explained' OR outcome = 'petition_not_supported' OR outcome = 'resolved_other')),
    resolution_level     text CHECK (resolution_level IS NULL OR resolution_level IN
                             ('village','township','county','escalated')),
    judicial_confirmed   bigint,
    satisfaction         text NOT NULL DEFAULT 'unrated' CHECK ((satisfaction = 'very_satisfied' OR satisfaction = 'satisfied' OR satisfaction = 'basically_satisfied' OR satisfaction = 'dissatisfied' OR satisfaction = 'unrated')),
    supervised           bigint NOT NULL DEFAULT 0,
    supervision_note     text,
    merged_into          text REFERENCES cases(id),
    visit_count          bigint NOT NULL DEFAULT 1,
    applicant_name       text NOT NULL DEFAULT '',
    origin               text NOT NULL DEFAULT 'intake',
    content_hash         text,
    site_created_by      text,
    created_at           text NOT NULL,
    updated_at           text NOT NULL,
    row_version          bigint NOT NULL DEFAULT 1,
    suspended_on         text,
    end_reason           text,
    escalated_to         text,
    supervised_at        text,
    UNIQUE (site_code, case_no),
    CHECK (ended_on IS NULL OR ended_on >= received_on)
);
CREATE INDEX cases_received ON cases(received_on, id);
CREATE INDEX cases_status ON cases(status, received_on DESC);
CREATE INDEX cases_township ON cases(township_code, received_on DESC);
CREATE INDEX cases_category ON cases(category_code, received_on DESC);
CREATE INDEX cases_due ON cases(due_on);
CREATE INDEX cases_case_no ON cases(case_no);
CREATE TABLE parties (
    id          text PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    role        text NOT NULL CHECK ((role = 'applicant' OR role = 'respondent' OR role = 'representative' OR role = 'agent')),
    kind        text NOT NULL DEFAULT 'person' CHECK ((kind = 'person' OR kind = 'organization')),
    name        text NOT NULL,
    id_number   text,
    credit_code text,
    phone       text,
    address     text,
    sort_order  bigint NOT NULL DEFAULT 0,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    legal_representative text
);
CREATE INDEX parties_case ON parties(case_id, sort_order);
CREATE INDEX parties_id_number ON parties(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX parties_phone ON parties(phone) WHERE phone IS NOT NULL;
CREATE INDEX parties_name ON parties(name);
CREATE TABLE case_events (
    id          text PRIMARY KEY,
    case_id     text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at          text NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    detail      text NOT NULL DEFAULT '',
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
CREATE INDEX case_events_case ON case_events(case_id, at);
CREATE TABLE milestones (
    id              text PRIMARY KEY,
    case_id         text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    milestone       text NOT NULL,
    counting        text NOT NULL CHECK ((counting = 'calendar' OR counting = 'working')),
    days            bigint NOT NULL,
    starts_on       text NOT NULL,
    due_on          text NOT NULL,
    original_due_on text NOT NULL,
    extended_days   bigint NOT NULL DEFAULT 0,
    extension_reason text,
    met_on          text,
    site_code       text NOT NULL,
    created_at      text NOT NULL,
    updated_at      text NOT NULL,
    row_version     bigint NOT NULL DEFAULT 1,
    UNIQUE (case_id, milestone)
);
CREATE INDEX milestones_open_due ON milestones(due_on) WHERE met_on IS NULL;
CREATE TABLE audit_log (
    id          text PRIMARY KEY,
    seq         bigint NOT NULL UNIQUE,
    at          text NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    entity      text NOT NULL DEFAULT '',
    entity_id   text NOT NULL DEFAULT '',
    detail      text NOT NULL DEFAULT '',
    prev_hash   text NOT NULL,
    hash        text NOT NULL,
    site_code   text NOT NULL,
    created_at  text NOT NULL,
    updated_at  text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1
);
)SQL";

// Routing, joint handling, transfers (v2) and the plain queue of cases to index (its triggers in
// kTriggerFunctions).
constexpr char kIntake[] = R"SQL(
CREATE TABLE routing_rules (
    id                   text PRIMARY KEY,
    category_code        text REFERENCES categories(code),
    case_type            text,
    township_code        text REFERENCES divisions(code),
    lead_department_code text NOT NULL REFERENCES departments(code),
    co_departments       text NOT NULL DEFAULT '', -- department codes separated by commas
    note                 text,
    active               bigint NOT NULL DEFAULT 1,
    site_code            text NOT NULL,
    created_at           text NOT NULL,
    updated_at           text NOT NULL,
    row_version          bigint NOT NULL DEFAULT 1
);
CREATE TABLE case_departments (
    id              text PRIMARY KEY,
    case_id         text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    department_code text NOT NULL REFERENCES departments(code),
    role            text NOT NULL CHECK (role IN ('lead','co')),
    due_on          text,
    summoned_at     text,
    reported_at     text,
    feedback        text,
    feedback_at     text,
    active          bigint NOT NULL DEFAULT 1, -- 0 once transferred away; the row stays as history
    site_code       text NOT NULL,
    created_at      text NOT NULL,
    updated_at      text NOT NULL,
    row_version     bigint NOT NULL DEFAULT 1
);
CREATE INDEX case_departments_case ON case_departments(case_id);
CREATE INDEX case_departments_dept ON case_departments(department_code, active);
CREATE TABLE case_transfers (
    id                 text PRIMARY KEY,
    case_id            text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_department    text,
    to_department      text NOT NULL,
    suggested          text,
    reason             text,
    actor              text NOT NULL,
    at                 text NOT NULL,
    site_code          text NOT NULL,
    created_at         text NOT NULL,
    updated_at         text NOT NULL,
    row_version        bigint NOT NULL DEFAULT 1
);
CREATE INDEX case_transfers_case ON case_transfers(case_id, at);
)SQL";

// The exchange logs, bases and conflicts (v3, v6) and the report indexes (v4, v8).
constexpr char kExchange[] = R"SQL(
CREATE TABLE export_log (
    id          text PRIMARY KEY,
    package_id  text NOT NULL,
    file_name   text NOT NULL,
    checksum    text NOT NULL,
    range_kind  text NOT NULL CHECK (range_kind IN ('full','since_date','since_last_export')),
    since       text,          -- UTC lower bound of updated_at (inclusive), NULL for a full export
    until       text NOT NULL, -- UTC snapshot time: every change up to it is in the package
    row_counts  text NOT NULL, -- JSON object table -> rows
    actor       text NOT NULL,
    exported_at text NOT NULL
);
CREATE INDEX export_log_until ON export_log(until);
CREATE TABLE import_log (
    id                 text PRIMARY KEY,
    package_id         text NOT NULL,
    file_name          text NOT NULL,
    checksum           text NOT NULL,
    source_site_code   text NOT NULL,
    package_created_at text NOT NULL,
    counts             text NOT NULL, -- JSON object table -> {new, updated, unchanged, conflicting}
    actor              text NOT NULL,
    imported_at        text NOT NULL
);
CREATE INDEX import_log_checksum ON import_log(checksum);
CREATE INDEX import_log_site ON import_log(source_site_code, imported_at);
CREATE TABLE exchange_base (
    row_id      text PRIMARY KEY,
    row_version bigint NOT NULL,
    updated_at  text NOT NULL
);
CREATE TABLE conflicts (
    id                   text PRIMARY KEY,
    import_id            text NOT NULL REFERENCES import_log(id),
    table_name           text NOT NULL,
    row_id               text NOT NULL,
    source_site_code     text NOT NULL,
    local_row            text NOT NULL,
    incoming_row         text NOT NULL,
    incoming_row_version bigint NOT NULL,
    incoming_updated_at  text NOT NULL,
    detected_at          text NOT NULL,
    resolved_at          text,
    resolution           text CHECK (resolution IS NULL OR resolution IN ('kept_local','took_incoming')),
    resolved_by          text
);
CREATE INDEX conflicts_row ON conflicts(row_id);
CREATE INDEX conflicts_open ON conflicts(detected_at) WHERE resolved_at IS NULL;
CREATE INDEX cases_report_received
    ON cases(received_on, status, ended_on, site_code, township_code, lead_department_code,
             category_code, source, case_type);
CREATE INDEX cases_report_ended
    ON cases(ended_on, status, outcome, site_code, township_code, lead_department_code,
             category_code, source, case_type, received_on, due_on, resolution_level, satisfaction,
             judicial_confirmed);
CREATE INDEX cases_report_status_outcome ON cases(status, outcome, ended_on);
CREATE INDEX cases_report_township_received ON cases(township_code, status, received_on);
CREATE INDEX cases_report_township_outcome ON cases(township_code, status, outcome, ended_on);
CREATE INDEX cases_department ON cases(lead_department_code, received_on DESC, status, ended_on, outcome);
)SQL";

// The SQLite triggers as plpgsql functions. RAISE(ABORT, text) becomes RAISE EXCEPTION with the same
// text; INSERT OR IGNORE becomes ON CONFLICT DO NOTHING; a trigger's WHEN with a subquery (which
// PostgreSQL does not allow there) moves into the function. LIMIT 1: SQLite's scalar subquery takes
// the first row where PostgreSQL would fail on a second one.
constexpr char kTriggerFunctions[] = R"SQL(
CREATE FUNCTION ow_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END $$;

CREATE FUNCTION ow_exchange_base() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.site_code IS DISTINCT FROM (SELECT code FROM sites WHERE is_self = 1 LIMIT 1) THEN
        INSERT INTO exchange_base(row_id, row_version, updated_at)
            VALUES (OLD.id, OLD.row_version, OLD.updated_at) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION ow_exchange_base_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM exchange_base WHERE row_id = OLD.id;
    RETURN NULL;
END $$;

)SQL";

// The append-only tables, with the message of their SQLite triggers (v1, v12). TRUNCATE skips row
// triggers on PostgreSQL (SQLite has none), so a statement trigger refuses it too.
struct AppendOnly
{
    const char* table;
    const char* message;
};
constexpr AppendOnly kAppendOnly[] = {
    {"case_events", "the case timeline is append-only"},
    {"audit_log", "the audit log is append-only"},
    {"audit_anchors", "the audit anchors are append-only"},
};

// The exchanged tables whose rows can change and carry the exchange base triggers (v6, v13).
constexpr const char* kExchanged[] = {
    "cases",
    "agreements",
    "attachments",
    "case_closures",
    "case_departments",
    "case_transfers",
    "followups",
    "judicial_confirmations",
    "mediation_rooms",
    "mediation_sessions",
    "milestones",
    "parties",
    "performances",
    "leaders",
    "reception_days",
    "reception_visits",
    "leader_assignments",
    "agency_points",
    "agency_agents",
    "agency_cases",
};

// Other desks' changes (storage/change_watcher.h): every table of the schema, once its statement
// changed rows, sends a notice on the channel onewindow_changes. PostgreSQL delivers notices at the
// commit, once per channel and payload however many statements sent them, and not at all on a
// rollback. The search objects, made after this, move only with the cases and parties that notify.
constexpr char kChangeNotices[] = R"SQL(
CREATE FUNCTION ow_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('onewindow_changes', '');
    RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                AND tablename NOT IN ('search_pending', 'ow_schema') LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ow_notify_change()', t || '_notify', t);
    END LOOP;
END $$;
)SQL";

QString triggers()
{
    QString sql = QLatin1String(kTriggerFunctions);
    for (const AppendOnly& a : kAppendOnly)
        sql += QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "ow_append_only('%2');\n"
                              "CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "ow_append_only('%2');\n"
                              "CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE "
                              "FUNCTION ow_append_only('%2');\n")
                   .arg(QLatin1String(a.table), QLatin1String(a.message));
    for (const char* t : kExchanged)
        sql += QStringLiteral("CREATE TRIGGER %1_exchange_base BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "ow_exchange_base();\n"
                              "CREATE TRIGGER %1_exchange_base_gone AFTER DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "ow_exchange_base_gone();\n")
                   .arg(QLatin1String(t));
    return sql + QLatin1String(kChangeNotices);
}

// ---- The row audit's change journal (issue 14 on a server; storage/row_audit.h) ----
// SQLite notes the users and cases a transaction of the program changes with TEMP triggers of its
// connection; the login role has no TEMPORARY right on a server, so the schema has real triggers that
// note them in ow_changed_rows under the transaction's id, only while the transaction-local setting
// ow.row_journal is 'on' (rowaudit::beginTransaction sets it after the program's BEGIN). A change made
// beside the program (psql as any role, COPY) is noted nowhere, as on SQLite, and stays unstamped.
// The commit's stamping (rowaudit::stampAtCommit) reads and deletes the transaction's own rows.
// UNLOGGED: the rows live for one transaction, which a crash rolls back anyway. The row security
// policy lets a role other than the owner see, note and delete only its own transaction's rows
// (txid_current_if_assigned() in USING: reading the journal does not give a transaction an id).
// The same trigger names as SQLite's TEMP triggers (test_pg_schema leaves them out of its comparison).
constexpr char kRowJournal[] = R"SQL(
CREATE UNLOGGED TABLE ow_changed_rows (
    xid    bigint NOT NULL DEFAULT txid_current(),
    tbl    text NOT NULL,
    row_id text NOT NULL,
    PRIMARY KEY (xid, tbl, row_id)
);
ALTER TABLE ow_changed_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY ow_changed_rows_own ON ow_changed_rows
    USING (xid = txid_current_if_assigned()) WITH CHECK (xid = txid_current());
CREATE FUNCTION ow_journal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO ow_changed_rows(tbl, row_id) VALUES (TG_TABLE_NAME, NEW.id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id IS DISTINCT FROM NEW.id) THEN
        INSERT INTO ow_changed_rows(tbl, row_id) VALUES (TG_TABLE_NAME, OLD.id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
)SQL";

QString rowJournal()
{
    QString sql = QLatin1String(kRowJournal);
    for (const char* t : {"users", "cases"})
        for (const char* op : {"insert", "update", "delete"})
            sql += QStringLiteral("CREATE TRIGGER ow_journal_%1_%2 AFTER %3 ON %1 FOR EACH ROW WHEN "
                                  "(current_setting('ow.row_journal', true) = 'on') EXECUTE FUNCTION ow_journal();\n")
                       .arg(QLatin1String(t), QLatin1String(op), QString::fromLatin1(op).toUpper());
    return sql;
}
// ---- end of the row audit's change journal ----

} // namespace

Status pgV13Baseline(QSqlDatabase& db)
{
    for (const char* part :
         {kReference, kCases, kIntake, kExchange, pgv13::kMediation, pgv13::kSecurity, pgv13::kLeaders})
        if (Status s = execPgScript(db, QString::fromUtf8(part)); !s)
            return s;
    if (Status s = execPgScript(db, triggers()); !s)
        return s;
    if (Status s = execPgScript(db, rowJournal()); !s)
        return s;
    // The search objects last: the change notices above are for the center's own tables only.
    for (const QString& statement : pgsearch::ddl())
        if (Status s = execPgScript(db, statement); !s)
            return s;
    return {};
}

} // namespace ow::migrations
