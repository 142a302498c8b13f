// The checks of `check` (docs/cli.md) and their findings; the SQL of the command lives here.
#include "admin/integrity_check.h"

#include "admin/server_checks.h"

#include "security/audit.h"
#include "security/audit_anchors.h"
#include "security/signing_keys.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/row_audit.h"
#include "storage/schema_triggers.h"
#include "util/clock.h"
#include "workflow/holidays.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace ow {
namespace {

// The texts of the checks that were in the CLI keep its translation context "Cli".
void sqliteIntegrity(Database& db, IntegrityReport& r)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        r.problems << IntegrityFinding{
            QStringLiteral("sqlite_integrity"),
            QCoreApplication::translate("Cli", "The integrity check could not run: %1").arg(q.lastError().text())};
        return;
    }
    QStringList integrity;
    while (q.next())
        integrity << q.value(0).toString();
    if (q.lastError().isValid())
        integrity << q.lastError().text();
    if (integrity == QStringList{QStringLiteral("ok")}) {
        r.lines << QCoreApplication::translate("Cli", "SQLite integrity: ok");
        return;
    }
    const int count = int(integrity.size());
    QStringList text{QCoreApplication::translate("Cli", "SQLite integrity check found %n problem(s):", nullptr, count)};
    for (const QString& s : integrity.mid(0, 20))
        text << QStringLiteral("  ") + s;
    r.problems << IntegrityFinding{QStringLiteral("sqlite_integrity"), text.join(QLatin1Char('\n'))};
}

void foreignKeys(Database& db, IntegrityReport& r)
{
    QSqlQuery fk(db.sql());
    fk.setForwardOnly(true);
    const QString code = QStringLiteral("foreign_keys");
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        r.problems << IntegrityFinding{
            code,
            QCoreApplication::translate("Cli", "The foreign key check could not run: %1").arg(fk.lastError().text())};
        return;
    }
    int broken = 0;
    QStringList examples;
    while (fk.next()) {
        ++broken;
        if (examples.size() < 10)
            examples << QStringLiteral("  %1 rowid %2 → %3")
                            .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    }
    if (fk.lastError().isValid())
        r.problems << IntegrityFinding{code,
                                       QCoreApplication::translate("Cli", "The foreign key check could not finish: %1")
                                           .arg(fk.lastError().text())};
    else if (broken == 0)
        r.lines << QCoreApplication::translate("Cli", "Foreign keys: ok");
    else
        r.problems << IntegrityFinding{
            code,
            (QStringList{
                 QCoreApplication::translate("Cli", "%1 row(s) refer to records that do not exist:").arg(broken)} +
             examples)
                .join(QLatin1Char('\n'))};
}

void auditChain(Database& db, IntegrityReport& r)
{
    QSqlQuery audit(db.sql());
    if (!audit.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !audit.next()) {
        r.problems << IntegrityFinding{
            QStringLiteral("audit_unreadable"),
            QCoreApplication::translate("Cli", "The audit log cannot be read: %1").arg(audit.lastError().text())};
        return;
    }
    const AuditCheck chain = verifyAuditChain(db);
    if (chain.entries != audit.value(0).toInt())
        r.problems << IntegrityFinding{
            QStringLiteral("audit_unreadable"),
            QCoreApplication::translate("Cli", "The audit log could only be read up to entry %1 of %2.")
                .arg(chain.entries)
                .arg(audit.value(0).toInt())};
    else if (chain.firstBrokenSeq >= 0)
        r.problems << IntegrityFinding{
            QStringLiteral("audit_chain_broken"),
            QCoreApplication::translate(
                "Cli", "The audit chain is broken at entry %1: the log was altered after it was written.")
                .arg(chain.firstBrokenSeq)};
    else
        r.lines << QCoreApplication::translate("Cli", "Audit chain: ok (%1 entries)").arg(chain.entries);
}

// Returns whether the schema is the one this program writes (the checks below need it).
bool schemaVersion(Database& db, IntegrityReport& r)
{
    const int version = db.userVersion();
    const QString code = QStringLiteral("schema_version");
    if (version > latestSchemaVersion())
        r.problems << IntegrityFinding{
            code, QCoreApplication::translate(
                      "Cli", "The schema version is %1, newer than this program knows (%2). Use a newer OneWindow.")
                      .arg(version)
                      .arg(latestSchemaVersion())};
    else if (version <= 0)
        r.problems << IntegrityFinding{
            code, QCoreApplication::translate("Cli", "The file has no OneWindow schema (version %1).").arg(version)};
    else if (version < latestSchemaVersion())
        r.lines << QCoreApplication::translate("Cli", "Schema version: %1 (it will be upgraded to %2 when opened)")
                       .arg(version)
                       .arg(latestSchemaVersion());
    else
        r.lines << QCoreApplication::translate("Cli", "Schema version: %1").arg(version);
    return version == latestSchemaVersion();
}

QString localMinute(const QString& utc)
{
    return QDateTime::fromString(utc, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void triggers(Database& db, IntegrityReport& r)
{
    const QList<schema::TriggerProblem> problems = schema::compareTriggers(db);
    if (problems.isEmpty()) {
        r.lines << QCoreApplication::translate("IntegrityCheck", "Protective triggers: ok (%1)")
                       .arg(schema::expectedTriggers(db).size());
        return;
    }
    for (const schema::TriggerProblem& p : problems) {
        switch (p.kind) {
        case schema::TriggerProblem::Kind::Missing:
            r.problems << IntegrityFinding{
                QStringLiteral("trigger_missing"),
                QCoreApplication::translate("IntegrityCheck", "The trigger %1 of the table %2 is missing: it was "
                                                              "dropped, and the table is no longer protected.")
                    .arg(p.name, p.table)};
            break;
        case schema::TriggerProblem::Kind::Altered:
            r.problems << IntegrityFinding{QStringLiteral("trigger_altered"),
                                           QCoreApplication::translate("IntegrityCheck",
                                                                       "The trigger %1 of the table %2 is not as "
                                                                       "OneWindow created it: it was replaced.")
                                               .arg(p.name, p.table)};
            break;
        case schema::TriggerProblem::Kind::Disabled:
            r.problems << IntegrityFinding{QStringLiteral("trigger_disabled"),
                                           QCoreApplication::translate("IntegrityCheck",
                                                                       "The trigger %1 of the table %2 is switched "
                                                                       "off on the server: the table is no longer "
                                                                       "protected.")
                                               .arg(p.name, p.table)};
            break;
        case schema::TriggerProblem::Kind::Unexpected:
            r.problems << IntegrityFinding{QStringLiteral("trigger_unexpected"),
                                           QCoreApplication::translate("IntegrityCheck",
                                                                       "The trigger %1 of the table %2 is not one of "
                                                                       "OneWindow's: it was added beside the program.")
                                               .arg(p.name, p.table)};
            break;
        }
    }
}

IntegrityFinding anchorFinding(const AnchorProblem& p)
{
    const AuditAnchor& a = p.anchor;
    const QString when = localMinute(a.at);
    switch (p.kind) {
    case AnchorProblem::Kind::UnknownKey:
        return {QStringLiteral("anchor_unknown_key"),
                QCoreApplication::translate("IntegrityCheck",
                                            "The anchor of entry %1 signed on %2 names a key this "
                                            "center does not have (%3): the signing keys were altered.")
                    .arg(a.seq)
                    .arg(when, keys::groupedFingerprint(a.fingerprint))};
    case AnchorProblem::Kind::KeyReplaced:
        return {QStringLiteral("anchor_key_replaced"),
                QCoreApplication::translate("IntegrityCheck",
                                            "The public key %1 in the database is not the one of this account's key "
                                            "file: the signing keys were replaced, and the anchors prove nothing.")
                    .arg(keys::groupedFingerprint(a.fingerprint))};
    case AnchorProblem::Kind::BadSignature:
        return {QStringLiteral("anchor_bad_signature"),
                QCoreApplication::translate("IntegrityCheck", "The anchor of entry %1 signed on %2 does not verify: "
                                                              "it was forged or altered.")
                    .arg(a.seq)
                    .arg(when)};
    case AnchorProblem::Kind::Truncated:
        return {QStringLiteral("audit_truncated"),
                QCoreApplication::translate("IntegrityCheck",
                                            "The audit log ends at entry %1, but the anchor signed on %2 covers entry "
                                            "%3: entries %4 to %3 were deleted.")
                    .arg(p.logEnd)
                    .arg(when)
                    .arg(a.seq)
                    .arg(p.logEnd + 1)};
    case AnchorProblem::Kind::Rewritten:
        break;
    }
    return {QStringLiteral("audit_rewritten"),
            QCoreApplication::translate("IntegrityCheck",
                                        "Entry %1 of the audit log has the hash %2, but the anchor signed on %3 says "
                                        "%4: the log was rewritten up to that entry and its chain recomputed.")
                .arg(a.seq)
                .arg(p.logHash.isEmpty() ? QStringLiteral("-") : p.logHash.left(12), when, a.hash.left(12))};
}

void anchors(Database& db, IntegrityReport& r)
{
    const QList<AuditAnchor> all = ow::anchors(db);
    const QList<AnchorProblem> problems = verifyAnchors(db);
    if (all.isEmpty()) {
        r.lines << QCoreApplication::translate("IntegrityCheck", "Signed anchors: none yet (the next package, monthly "
                                                                 "report or case file signs the head)");
        return;
    }
    if (problems.isEmpty()) {
        r.lines << QCoreApplication::translate("IntegrityCheck", "Signed anchors: ok (%1, the last at entry %2 on %3)")
                       .arg(all.size())
                       .arg(all.last().seq)
                       .arg(localMinute(all.last().at));
        return;
    }
    // The latest anchor of each kind says most: earlier ones repeat it.
    QStringList seen;
    for (qsizetype i = problems.size() - 1; i >= 0; --i) {
        const IntegrityFinding f = anchorFinding(problems.at(i));
        if (!seen.contains(f.code)) {
            seen << f.code;
            r.problems << f;
        }
    }
}

QString uncoveredText(const rowaudit::Uncovered& u)
{
    using Kind = rowaudit::Uncovered::Kind;
    const bool user = u.table == QLatin1String("users");
    if (u.kind == Kind::Changed)
        return user ? QCoreApplication::translate("IntegrityCheck", "The user %1 was changed without an audit entry: "
                                                                    "it differs from its state at entry %2.")
                          .arg(u.label)
                          .arg(u.seq)
                    : QCoreApplication::translate("IntegrityCheck", "The case %1 was changed without an audit entry: "
                                                                    "it differs from its state at entry %2.")
                          .arg(u.label)
                          .arg(u.seq);
    if (u.kind == Kind::Deleted)
        return user ? QCoreApplication::translate("IntegrityCheck",
                                                  "The user %1 was deleted without an audit entry (entry %2 recorded "
                                                  "it last).")
                          .arg(u.label)
                          .arg(u.seq)
                    : QCoreApplication::translate("IntegrityCheck",
                                                  "The case %1 was deleted without an audit entry (entry %2 recorded "
                                                  "it last).")
                          .arg(u.label)
                          .arg(u.seq);
    return user ? QCoreApplication::translate("IntegrityCheck", "The user %1 has no audit entry: it was written "
                                                                "beside the program, or its entry %2 was deleted.")
                      .arg(u.label)
                      .arg(u.seq)
                : QCoreApplication::translate("IntegrityCheck", "The case %1 has no audit entry: it was written "
                                                                "beside the program, or its entry %2 was deleted.")
                      .arg(u.label)
                      .arg(u.seq);
}

void coverage(Database& db, IntegrityReport& r)
{
    const rowaudit::Coverage c = rowaudit::findUncovered(db);
    if (!c.error.isEmpty()) {
        r.problems << IntegrityFinding{QStringLiteral("unaudited_unknown"),
                                       QCoreApplication::translate("IntegrityCheck",
                                                                   "The audit coverage of users and cases could not "
                                                                   "be checked: %1")
                                           .arg(c.error)};
        return;
    }
    if (c.total == 0) {
        r.lines << QCoreApplication::translate("IntegrityCheck", "Audit coverage: ok (%1 users and cases, each with "
                                                                 "the audit entry of its last change)")
                       .arg(c.checked);
        return;
    }
    using Kind = rowaudit::Uncovered::Kind;
    for (const rowaudit::Uncovered& u : c.rows)
        r.problems << IntegrityFinding{u.kind == Kind::Changed   ? QStringLiteral("unaudited_change")
                                       : u.kind == Kind::Deleted ? QStringLiteral("unaudited_delete")
                                                                 : QStringLiteral("unaudited_row"),
                                       uncoveredText(u)};
    if (const qint64 more = c.total - c.rows.size(); more > 0)
        r.problems << IntegrityFinding{
            QStringLiteral("unaudited_more"),
            QCoreApplication::translate("IntegrityCheck", "… and %1 more users and cases that the audit log does not "
                                                          "account for (%2 in all).")
                .arg(more)
                .arg(c.total)};
}

// A wrong password writes the lock table and the audit entry in one transaction: counted failures
// without any failed sign-in in the log mean the entries were deleted.
void signInEvidence(Database& db, IntegrityReport& r)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT f.login, f.failures, f.locks FROM sign_in_failures f WHERE (f.failures > 0 OR "
                          "f.locks > 0) AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'sign_in_failed' "
                          "AND a.entity_id = f.login) ORDER BY f.login"));
    while (q.next())
        r.problems << IntegrityFinding{
            QStringLiteral("audit_sign_in_removed"),
            QCoreApplication::translate("IntegrityCheck",
                                        "The lock table records wrong passwords for \"%1\" (%2 since the last lock, "
                                        "%3 lock(s)), but the audit log has no failed sign-in of it: those entries "
                                        "were deleted.")
                .arg(q.value(0).toString())
                .arg(q.value(1).toInt())
                .arg(q.value(2).toInt())};
}

// Not damage, but deadlines counted wrong: the calendar lacks this year (or, from November, the next).
void calendarNote(Database& db, IntegrityReport& r)
{
    if (r.problems.isEmpty())
        if (const QString warning =
                HolidayService::missingYearsWarning(HolidayService(db).missingYears(Clock::today()));
            !warning.isEmpty())
            r.notes << warning;
}

void backupNotes(const QString& dbPath, IntegrityReport& r)
{
    // The latest backup of the default folder (only checked backups carry a backup's name there).
    // `check` reads only; backups are made by the desktop and the writing commands, or by `backup`.
    const auto last = backup::latest(dbPath);
    if (!last) {
        r.notes << QCoreApplication::translate("Cli", "Warning: there is no backup of this database in %1. Make one "
                                                      "now: onewindow-cli backup")
                       .arg(QDir::toNativeSeparators(backup::defaultFolder(dbPath)));
        return;
    }
    r.notes << QCoreApplication::translate("Cli", "Latest backup: %1 (%2, %3), %4")
                   .arg(last->time.toString(QStringLiteral("yyyy-MM-dd HH:mm")), backup::kindLabel(last->kind),
                        backup::ageText(last->time), QDir::toNativeSeparators(last->path));
    const int limit = backup::kWarnAfterDays; // a plain name: lupdate misreads a qualified one here
    const QString warning = QCoreApplication::translate(
        "Cli", "Warning: the latest backup is more than %n day(s) old. Make one now: onewindow-cli backup", nullptr,
        limit);
    if (backup::tooOld(last->time))
        r.notes << warning;
}
} // namespace

bool IntegrityReport::hasProblem(const QString& code) const
{
    for (const IntegrityFinding& f : problems)
        if (f.code == code)
            return true;
    return false;
}

bool IntegrityReport::tampered() const
{
    static const QStringList damage{QStringLiteral("sqlite_integrity"), QStringLiteral("foreign_keys"),
                                    QStringLiteral("audit_unreadable"), QStringLiteral("schema_version")};
    for (const IntegrityFinding& f : problems)
        if (!damage.contains(f.code))
            return true;
    return false;
}

IntegrityReport checkIntegrity(Database& db, const QString& dbPath)
{
    IntegrityReport r;
    const bool server = db.isServer();
    if (server) {
        servercheck::storage(db, r);
        servercheck::foreignKeys(db, r);
    } else {
        sqliteIntegrity(db, r);
        foreignKeys(db, r);
    }
    auditChain(db, r);
    if (schemaVersion(db, r)) {
        triggers(db, r);
        if (server)
            servercheck::rights(db, r);
        anchors(db, r);
        coverage(db, r);
        signInEvidence(db, r);
    }
    calendarNote(db, r);
    if (server)
        servercheck::backupNotes(db, r);
    else
        backupNotes(dbPath, r);
    return r;
}

} // namespace ow
