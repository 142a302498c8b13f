// Schema version 12: the audit log anchored (issue 14). audit_rows stamps every user and case with the
// audit entry that last changed it and a digest of the row as that entry left it (storage/row_audit.h);
// audit_anchors keeps the chain heads this center signed and handed out; site_audit_heads, at the
// county, the last head each township's packages carried. The rows of an upgraded file are stamped with
// the entry that was last when it was upgraded.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/row_audit.h"

#include <QSqlQuery>

namespace ow::migrations {

Status v12AuditAnchors(Database& db)
{
    if (Status s = execScript(db, R"SQL(
CREATE TABLE IF NOT EXISTS audit_rows (
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_anchors (
    seq         INTEGER PRIMARY KEY,
    hash        TEXT NOT NULL,
    at          TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    signature   TEXT NOT NULL,
    purpose     TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS audit_anchors_no_update BEFORE UPDATE ON audit_anchors
BEGIN SELECT RAISE(ABORT, 'the audit anchors are append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_anchors_no_delete BEFORE DELETE ON audit_anchors
BEGIN SELECT RAISE(ABORT, 'the audit anchors are append-only'); END;
CREATE TABLE IF NOT EXISTS site_audit_heads (
    site_code   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    at          TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    signature   TEXT NOT NULL,
    package_id  TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (site_code, seq)
);
)SQL");
        !s)
        return s;
    QSqlQuery last(db.sql());
    qint64 seq = 0;
    QString hash = QStringLiteral("0");
    if (last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && last.next()) {
        seq = last.value(0).toLongLong();
        hash = last.value(1).toString();
    }
    return rowaudit::stampAll(db, seq, hash);
}

} // namespace ow::migrations
