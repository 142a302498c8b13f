// `check` on a server: the catalog queries behind servercheck:: (admin/server_checks.h).
#include "admin/server_checks.h"

#include "admin/integrity_check.h"
#include "admin/server_backup.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::servercheck {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

// The tables the program may only append to (by GRANT on a server, docs/postgresql.md).
const char* const kAppendOnly[] = {"audit_log", "case_events", "audit_anchors"};

} // namespace

void storage(Database& db, IntegrityReport& r)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT current_setting('server_version'), current_setting('data_checksums')")) ||
        !q.next()) {
        r.problems << IntegrityFinding{
            QStringLiteral("audit_unreadable"),
            Text::tr("The server's settings cannot be read: %1").arg(db.errorMessage(q.lastError()))};
        return;
    }
    if (q.value(1).toString() == QLatin1String("on"))
        r.lines << Text::tr("Storage: kept by PostgreSQL %1, with data checksums").arg(q.value(0).toString());
    else
        r.lines << Text::tr("Storage: kept by PostgreSQL %1, without data checksums (damage on disk shows only when "
                            "it is read; the server's administrator can switch them on with pg_checksums)")
                       .arg(q.value(0).toString());
}

void foreignKeys(Database& db, IntegrityReport& r)
{
    // A constraint added NOT VALID, or whose internal triggers were switched off (ALTER TABLE … DISABLE
    // TRIGGER ALL), no longer keeps rows from naming records that do not exist.
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, c.conname, c.convalidated AND NOT EXISTS (SELECT 1 FROM pg_trigger t "
            "WHERE t.tgconstraint = c.oid AND t.tgenabled <> 'O') FROM pg_constraint c WHERE c.contype = 'f' AND "
            "c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY 1, 2"))) {
        r.problems << IntegrityFinding{QStringLiteral("foreign_keys"),
                                       QCoreApplication::translate("Cli", "The foreign key check could not run: %1")
                                           .arg(db.errorMessage(q.lastError()))};
        return;
    }
    int total = 0;
    while (q.next()) {
        ++total;
        if (!q.value(2).toBool())
            r.problems << IntegrityFinding{
                QStringLiteral("foreign_keys_off"),
                Text::tr("The foreign key %1 of the table %2 is not enforced on the server (switched off or added "
                         "without validation): its rows may name records that do not exist.")
                    .arg(q.value(1).toString(), q.value(0).toString())};
    }
    if (!r.hasProblem(QStringLiteral("foreign_keys_off")))
        r.lines << Text::tr("Foreign keys: enforced by the server (%1)").arg(total);
}

void rights(Database& db, IntegrityReport& r)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral(
            "SELECT current_user, r.rolsuper, pg_get_userbyid(c.relowner) = current_user, "
            "has_schema_privilege(current_schema(), 'CREATE') FROM pg_roles r, pg_class c WHERE r.rolname = "
            "current_user AND c.oid = to_regclass(quote_ident(current_schema()) || '.audit_log')")) ||
        !q.next()) {
        r.problems << IntegrityFinding{
            QStringLiteral("rights_too_wide"),
            Text::tr("The login role's rights cannot be read: %1").arg(db.errorMessage(q.lastError()))};
        return;
    }
    const QString role = q.value(0).toString();
    if (q.value(1).toBool() || q.value(2).toBool()) {
        r.notes << Text::tr("Rights: checked as %1, the schema's owner or a superuser, who may change everything; "
                            "run check as the program's login role to check its rights.")
                       .arg(role);
        return;
    }
    QStringList wide;
    if (q.value(3).toBool())
        wide << Text::tr("create or replace objects in the schema (its triggers too)");
    QSqlQuery p(db.sql());
    p.prepare(QStringLiteral("SELECT has_table_privilege(to_regclass(quote_ident(current_schema()) || '.' || ?), ?)"));
    for (const char* table : kAppendOnly)
        for (const char* privilege : {"UPDATE", "DELETE", "TRUNCATE"}) {
            p.addBindValue(QLatin1String(table));
            p.addBindValue(QLatin1String(privilege));
            if (p.exec() && p.next() && p.value(0).toBool())
                wide << QStringLiteral("%1 %2").arg(QLatin1String(privilege), QLatin1String(table));
        }
    if (wide.isEmpty()) {
        r.lines
            << Text::tr("Rights of the login role %1: ok (the logs append-only, the schema unchangeable)").arg(role);
        return;
    }
    r.problems << IntegrityFinding{
        QStringLiteral("rights_too_wide"),
        Text::tr("The login role %1 may %2: the server no longer keeps the logs append-only. The owner must revoke "
                 "that right (docs/postgresql.md, \"Schema, migrations and roles\").")
            .arg(role, wide.join(QStringLiteral(", ")))};
}

void backupNotes(Database& db, IntegrityReport& r)
{
    const std::optional<serverbackup::RecordedDump> last = serverbackup::latestRecordedDump(db);
    if (!last) {
        r.notes << Text::tr("Warning: no backup of this server database is noted in its audit log. Make one now: "
                            "onewindow-cli --db URL backup, and every night on a timer (docs/postgresql.md, "
                            "\"Backups on a server\").");
        return;
    }
    const QDateTime local = last->at.toLocalTime();
    const int days = int(local.date().daysTo(Clock::today()));
    const QString age = days == 0 ? QCoreApplication::translate("Cli", "today")
                                  : QCoreApplication::translate("Cli", "%n day(s) ago", nullptr, days);
    r.notes << Text::tr("Latest server backup: %1 (%2), %3")
                   .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), age, last->detail);
    if (last->at.secsTo(Clock::now()) > qint64(backup::kWarnAfterDays) * 86400)
        r.notes << Text::tr("Warning: the latest server backup is more than %n day(s) old. Make one now: "
                            "onewindow-cli --db URL backup",
                            nullptr, backup::kWarnAfterDays);
}

} // namespace ow::servercheck
