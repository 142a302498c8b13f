// Versioned, forward-only schema migrations keyed by PRAGMA user_version on SQLite and by the table
// ow_schema on PostgreSQL (docs/ARCHITECTURE.md rule 3, docs/postgresql.md).
#pragma once

#include "util/result.h"

class QSqlDatabase;

namespace ow {

class Database;

int latestSchemaVersion();
// Runs every step above the file's user_version in one transaction, writing the version last;
// on failure everything is rolled back and the message names the step.
Status migrate(Database& db, int targetVersion = -1);
// Runs an SQL script of several statements (used by migration steps).
Status execScript(Database& db, const char* sql);

// The first version with a PostgreSQL body: a PostgreSQL database starts at this version's whole
// schema (steps 1-12 are folded into it); every later step has a body for both stores.
inline constexpr int kPostgresBaselineVersion = 13;
// Runs every step above the version recorded in ow_schema on a connection of the owner role (who
// owns the schema and may run DDL), in one transaction with the version rows, then grants
// `appRole`, the program's login role, what it needs and no more (docs/postgresql.md, "Schema,
// migrations and roles"). Nothing pending: nothing is written. On failure everything is rolled back
// and the message names the step, as migrate() says it. `targetVersion` below the latest: up to that
// step only (tests of an upgrade).
Status migratePostgres(QSqlDatabase& ownerConnection, const QString& appRole, int targetVersion = -1);
// The schema version a PostgreSQL database records in ow_schema (0: none, an empty database).
Result<int> postgresSchemaVersion(QSqlDatabase& db);
// Runs an SQL script of several statements on PostgreSQL (used by the PostgreSQL bodies of steps).
Status execPgScript(QSqlDatabase& db, const QString& sql);

namespace migrations {
// One step per file in storage/migrations/.
Status v1Foundation(Database& db);
Status v2Intake(Database& db);
Status v3Exchange(Database& db);
Status v4ReportIndexes(Database& db);
Status v5Mediation(Database& db);
Status v6LazyExchangeBase(Database& db);
Status v7DropCasesEnded(Database& db);
Status v8DepartmentReportIndex(Database& db);
Status v9SignInFailures(Database& db);
Status v10SigningKeys(Database& db);
Status v11PartyLegalRepresentative(Database& db);
Status v12AuditAnchors(Database& db);
Status v13LeadersAndAgency(Database& db);
Status v14ReportOpenIndex(Database& db);
Status v15ReportScopeIndexes(Database& db);
// PostgreSQL bodies (storage/migrations/pg_*.cpp).
Status pgV13Baseline(QSqlDatabase& db);
Status pgV14ReportOpenIndex(QSqlDatabase& db);
Status pgV15ReportScopeIndexes(QSqlDatabase& db);
} // namespace migrations

} // namespace ow
