// `check` on a server: the catalog queries behind servercheck:: (admin/server_checks.h).
#include "admin/server_checks.h"

#include "admin/integrity_check.h"
#include "admin/server_backup.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/schema_triggers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::servercheck {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

// The tables the program may only append to (by GRANT on a server, docs/postgresql.md): those the
// baseline gives an append-only trigger, as an SQL array of names.
QString appendOnlyTables()
{
    QStringList tables;
    const QString suffix = QStringLiteral("_no_update");
    for (const schema::ExpectedTrigger& t : schema::expectedServerTriggers())
        if (t.name == t.table + suffix)
            tables << QLatin1Char('\'') + t.table + QLatin1Char('\'');
    return QStringLiteral("ARRAY[%1]").arg(tables.join(QLatin1Char(',')));
}

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
    p.setForwardOnly(true);
    p.exec(QStringLiteral("SELECT p || ' ' || t FROM unnest(%1) t, unnest(ARRAY['UPDATE','DELETE','TRUNCATE']) p "
                          "WHERE has_table_privilege(to_regclass(quote_ident(current_schema()) || '.' || t), p)")
               .arg(appendOnlyTables()));
    while (p.next())
        wide << p.value(0).toString();
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
    r.notes << Text::tr("Latest server backup: %1 (%2), %3")
                   .arg(last->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), backup::ageText(last->at),
                        last->detail);
    if (backup::tooOld(last->at))
        r.notes << Text::tr("Warning: the latest server backup is more than %n day(s) old. Make one now: "
                            "onewindow-cli --db URL backup",
                            nullptr, backup::kWarnAfterDays);
}

} // namespace ow::servercheck
