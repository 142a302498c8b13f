// `check` as a service: is the database file sound and its audit log whole? SQLite's own checks, the
// audit chain against the signed anchors, the protective triggers, and that every change of users and
// cases has its audit entry. Reads only; the CLI prints what it returns.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct IntegrityFinding
{
    // What is wrong, for tests and scripts: sqlite_integrity, foreign_keys, audit_unreadable,
    // audit_chain_broken, schema_version, trigger_missing, trigger_altered, trigger_unexpected,
    // trigger_disabled, rights_too_wide (the last two on a server only),
    // anchor_unknown_key, anchor_key_replaced, anchor_bad_signature, audit_truncated, audit_rewritten,
    // audit_sign_in_removed, unaudited_change, unaudited_row, unaudited_delete, unaudited_more,
    // unaudited_unknown.
    QString code;
    QString message; // translated; may span several lines (examples indented)
};

struct IntegrityReport
{
    QStringList lines;                // what is in order, one line each, in the order checked
    QList<IntegrityFinding> problems; // damage or tampering; empty when the file is in good order
    QStringList notes;                // not damage: calendar, backups
    bool hasProblem(const QString& code) const;
    // A finding of tampering (the audit chain, its anchors, the triggers, unaudited changes), not damage.
    bool tampered() const;
};

// `dbPath` is the file's path as the user named it (for the backup folder beside it).
IntegrityReport checkIntegrity(Database& db, const QString& dbPath);

} // namespace ow
