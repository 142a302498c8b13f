// The list of migration steps and the runners that apply them in one transaction, on SQLite and on
// PostgreSQL.
#include "storage/migrations.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ow {
namespace {

struct Step
{
    int version;
    Status (*apply)(Database&);
    // The PostgreSQL body: none for steps 1-12, which the baseline of step 13 folds in (a PostgreSQL
    // database starts at the whole schema of version 13); every step from 14 on has one.
    Status (*applyPg)(QSqlDatabase&);
};

// Append new steps at the end, each with both bodies; never edit a step that has shipped.
constexpr Step kSteps[] = {
    {1, &migrations::v1Foundation, nullptr},
    {2, &migrations::v2Intake, nullptr},
    {3, &migrations::v3Exchange, nullptr},
    {4, &migrations::v4ReportIndexes, nullptr},
    {5, &migrations::v5Mediation, nullptr},
    {6, &migrations::v6LazyExchangeBase, nullptr},
    {7, &migrations::v7DropCasesEnded, nullptr},
    {8, &migrations::v8DepartmentReportIndex, nullptr},
    {9, &migrations::v9SignInFailures, nullptr},
    {10, &migrations::v10SigningKeys, nullptr},
    {11, &migrations::v11PartyLegalRepresentative, nullptr},
    {12, &migrations::v12AuditAnchors, nullptr},
    {13, &migrations::v13LeadersAndAgency, &migrations::pgV13Baseline},
    {14, &migrations::v14ReportOpenIndex, &migrations::pgV14ReportOpenIndex},
    {15, &migrations::v15ReportScopeIndexes, &migrations::pgV15ReportScopeIndexes},
};

QString newerProgramMessage(int current)
{
    return QCoreApplication::translate("Database", "The database was written by a newer OneWindow (schema %1; this "
                                                   "program knows up to %2). Update the program.")
        .arg(current)
        .arg(latestSchemaVersion());
}

QString stepFailedMessage(int version, const QString& error)
{
    return QCoreApplication::translate("Database", "Upgrading the database to version %1 failed, "
                                                   "nothing was changed: %2")
        .arg(version)
        .arg(error);
}

QString pgError(const QSqlError& e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// One string of SQL on PostgreSQL, with its error text (PostgreSQL's own, without Qt's prefix).
Status pgExec(QSqlDatabase& db, const QString& sql, QSqlQuery* result = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(pgError(q.lastError()));
    if (result)
        *result = std::move(q);
    return {};
}

// An identifier quoted for PostgreSQL (a role or database name cannot be a bound parameter).
QString pgIdent(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

// The version in ow_schema (0 for a database without it: an empty one).
Result<int> postgresSchemaVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (Status s = pgExec(db, QStringLiteral("SELECT to_regclass('public.ow_schema') IS NOT NULL"), &q); !s)
        return fail(s.error());
    if (!q.next() || !q.value(0).toBool())
        return 0;
    if (Status s = pgExec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM public.ow_schema"), &q); !s)
        return fail(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {

// The login role must exist and must not be the owner: a program that could run DDL could also
// drop the append-only triggers.
Status checkAppRole(QSqlDatabase& db, const QString& appRole)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rolname = current_user FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(appRole);
    if (!q.exec())
        return fail(pgError(q.lastError()));
    if (!q.next())
        return fail(QCoreApplication::translate("Database", "The PostgreSQL role %1 does not exist. Create the "
                                                            "program's login role first (docs/postgresql.md).")
                        .arg(appRole));
    if (q.value(0).toBool())
        return fail(QCoreApplication::translate("Database",
                                                "The program's login role %1 must not be the role that owns the "
                                                "schema and runs the upgrades; use two roles (docs/postgresql.md).")
                        .arg(appRole));
    return {};
}

// The tables the program may only read and append to: no UPDATE or DELETE even for its own role.
constexpr const char* kAppendOnlyTables[] = {"audit_log", "case_events", "audit_anchors"};

// The program's login role: CONNECT, the schema's USAGE, rows of every table (the append-only
// ones and ow_schema narrowed), sequences; no CREATE, no TEMPORARY, owner of nothing.
Status grantAppRole(QSqlDatabase& db, const QString& appRole)
{
    QSqlQuery q(db);
    if (Status s = pgExec(db, QStringLiteral("SELECT current_database()"), &q); !s || !q.next())
        return s ? fail(QStringLiteral("current_database")) : s;
    const QString role = pgIdent(appRole);
    const QString database = pgIdent(q.value(0).toString());
    QString appendOnly;
    for (const char* t : kAppendOnlyTables)
        appendOnly += (appendOnly.isEmpty() ? QString() : QStringLiteral(", ")) + QLatin1String(t);
    const QString sql = QStringLiteral("REVOKE ALL ON DATABASE %2 FROM PUBLIC;\n"
                                       "GRANT CONNECT ON DATABASE %2 TO %1;\n"
                                       "REVOKE CREATE ON SCHEMA public FROM PUBLIC;\n"
                                       "GRANT USAGE ON SCHEMA public TO %1;\n"
                                       "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1;\n"
                                       "REVOKE UPDATE, DELETE, TRUNCATE ON %3 FROM %1;\n"
                                       "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.ow_schema FROM %1;\n"
                                       "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1;\n")
                            .arg(role, database, appendOnly);
    return execPgScript(db, sql);
}

// The pending steps of a PostgreSQL database at `current`, each with its version row.
Status applyPgSteps(QSqlDatabase& db, int current, int targetVersion)
{
    if (Status s = pgExec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS public.ow_schema (version integer PRIMARY "
                                             "KEY, migrated_at text NOT NULL)"));
        !s)
        return s;
    for (const Step& step : kSteps) {
        if (step.version <= current || step.version < kPostgresBaselineVersion || step.version > targetVersion)
            continue;
        Status s = step.applyPg ? step.applyPg(db) : fail(QStringLiteral("the step has no PostgreSQL body"));
        if (s) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO public.ow_schema(version, migrated_at) VALUES (?, ?)"));
            q.addBindValue(step.version);
            q.addBindValue(utcNow());
            if (!q.exec())
                s = fail(pgError(q.lastError()));
        }
        if (!s)
            return fail(stepFailedMessage(step.version, s.error()));
    }
    return {};
}

} // namespace

int latestSchemaVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

Status execScript(Database& db, const char* sql)
{
    char* err = nullptr;
    if (sqlite3_exec(db.handle(), sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return fail(msg);
    }
    return {};
}

Status execPgScript(QSqlDatabase& db, const QString& sql)
{
    return pgExec(db, sql);
}

Status migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        return fail(newerProgramMessage(current));
    if (current >= targetVersion)
        return {};
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    for (const Step& step : kSteps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (Status s = step.apply(db); !s)
            return fail(stepFailedMessage(step.version, s.error()));
    }
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)))
        return fail(QStringLiteral("user_version"));
    return tx.commit();
}

Status migratePostgres(QSqlDatabase& ownerConnection, const QString& appRole, int targetVersion)
{
    QSqlDatabase& db = ownerConnection;
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    Result<int> current = postgresSchemaVersion(db);
    if (!current)
        return fail(current.error());
    if (*current > latestSchemaVersion())
        return fail(newerProgramMessage(*current));
    if (*current >= targetVersion)
        return {};
    if (!db.transaction())
        return fail(pgError(db.lastError()));
    auto rollback = qScopeGuard([&db] { db.rollback(); });
    // Two desks upgrading at once: the second waits here, then finds the work done. The steps'
    // IF [NOT] EXISTS notices ("already exists, skipping") are not for the administrator's terminal.
    if (Status s = pgExec(db, QStringLiteral("SET LOCAL client_min_messages = warning; "
                                             "SELECT pg_advisory_xact_lock(1508240015)"));
        !s)
        return s;
    if (current = postgresSchemaVersion(db); !current)
        return fail(current.error());
    if (*current >= targetVersion)
        return {};
    if (Status s = checkAppRole(db, appRole); !s)
        return s;
    if (Status s = applyPgSteps(db, *current, targetVersion); !s)
        return s;
    if (Status s = grantAppRole(db, appRole); !s)
        return fail(stepFailedMessage(targetVersion, s.error()));
    if (!db.commit())
        return fail(pgError(db.lastError()));
    rollback.dismiss();
    return {};
}

} // namespace ow
