// Versioned, forward-only schema migrations keyed by PRAGMA user_version (docs/ARCHITECTURE.md rule 3).
#pragma once

#include "util/result.h"

namespace ow {

class Database;

int latestSchemaVersion();
// Runs every step above the file's user_version in one transaction, writing the version last;
// on failure everything is rolled back and the message names the step.
Status migrate(Database& db, int targetVersion = -1);
// Runs an SQL script of several statements (used by migration steps).
Status execScript(Database& db, const char* sql);

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
} // namespace migrations

} // namespace ow
