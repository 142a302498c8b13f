// Schema version 2: intake and handling — routing rules, joint handling (吹哨报到), department
// transfers, the case fields of the lifecycle (suspension, end reasons) and the search index.
#include "storage/migrations.h"

namespace ow::migrations {

Status v2Intake(Database& db)
{
    return execScript(db, R"SQL(
-- Lifecycle fields: when the clock stopped (suspension), why a case ended (withdrawn, rejected,
-- reopened), which body received an escalated case, and whether the one petition extension is used.
ALTER TABLE cases ADD COLUMN suspended_on TEXT;
ALTER TABLE cases ADD COLUMN end_reason TEXT;
ALTER TABLE cases ADD COLUMN escalated_to TEXT;
ALTER TABLE cases ADD COLUMN supervised_at TEXT;

-- Routing rules (归口管理): NULL in a key column means "any"; the most specific match wins.
CREATE TABLE routing_rules (
    id                   TEXT PRIMARY KEY,
    category_code        TEXT REFERENCES categories(code),
    case_type            TEXT,
    township_code        TEXT REFERENCES divisions(code),
    lead_department_code TEXT NOT NULL REFERENCES departments(code),
    co_departments       TEXT NOT NULL DEFAULT '', -- department codes separated by commas
    note                 TEXT,
    active               INTEGER NOT NULL DEFAULT 1,
    site_code            TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1
);

-- Departments on a case: the lead and the co-handling departments summoned by the whistle
-- (吹哨), each with its own due date, report-in time (报到) and feedback.
CREATE TABLE case_departments (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    department_code TEXT NOT NULL REFERENCES departments(code),
    role            TEXT NOT NULL CHECK (role IN ('lead','co')),
    due_on          TEXT,
    summoned_at     TEXT,
    reported_at     TEXT,
    feedback        TEXT,
    feedback_at     TEXT,
    active          INTEGER NOT NULL DEFAULT 1, -- 0 once transferred away; the row stays as history
    site_code       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_departments_case ON case_departments(case_id);
CREATE INDEX case_departments_dept ON case_departments(department_code, active);

-- Every routing decision and transfer between departments, kept as history.
CREATE TABLE case_transfers (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_department    TEXT,
    to_department      TEXT NOT NULL,
    suggested          TEXT,
    reason             TEXT,
    actor              TEXT NOT NULL,
    at                 TEXT NOT NULL,
    site_code          TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX case_transfers_case ON case_transfers(case_id, at);

-- Search index: one token per character position (a CJK character, or the up-to-3-character run
-- of letters/digits starting there), built in C++ (storage/search_index.cpp) because the default
-- tokenizers do not split Chinese. Triggers only queue the changed cases, so ledger imports and
-- any other writer are indexed too; the queue is drained inside the writer's transaction or
-- before the next search. search_docs maps the FTS rowid (stable across VACUUM) to the case.
CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE search_docs (doc INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE);
CREATE TABLE search_pending (case_id TEXT PRIMARY KEY);
CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN INSERT OR IGNORE INTO search_pending VALUES (new.id); END;
CREATE TRIGGER cases_search_update AFTER UPDATE OF case_no, summary, applicant_name ON cases
BEGIN INSERT OR IGNORE INTO search_pending VALUES (new.id); END;
CREATE TRIGGER cases_search_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = (SELECT doc FROM search_docs WHERE case_id = old.id);
    DELETE FROM search_docs WHERE case_id = old.id;
    DELETE FROM search_pending WHERE case_id = old.id;
END;
CREATE TRIGGER parties_search_insert AFTER INSERT ON parties
BEGIN INSERT OR IGNORE INTO search_pending VALUES (new.case_id); END;
CREATE TRIGGER parties_search_update AFTER UPDATE ON parties
BEGIN
    INSERT OR IGNORE INTO search_pending VALUES (old.case_id);
    INSERT OR IGNORE INTO search_pending VALUES (new.case_id);
END;
CREATE TRIGGER parties_search_delete AFTER DELETE ON parties
BEGIN INSERT OR IGNORE INTO search_pending VALUES (old.case_id); END;
INSERT INTO search_pending SELECT id FROM cases;
)SQL");
}

} // namespace ow::migrations
