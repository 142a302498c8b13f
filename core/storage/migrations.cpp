// The list of migration steps and the runner that applies them in one transaction.
#include "storage/migrations.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ow {
namespace {

struct Step
{
    int version;
    Status (*apply)(Database&);
};

// Append new steps at the end; never edit a step that has shipped.
constexpr Step kSteps[] = {
    {1, &migrations::v1Foundation},
    {2, &migrations::v2Intake},
    {3, &migrations::v3Exchange},
    {4, &migrations::v4ReportIndexes},
    {5, &migrations::v5Mediation},
    {6, &migrations::v6LazyExchangeBase},
    {7, &migrations::v7DropCasesEnded},
    {8, &migrations::v8DepartmentReportIndex},
    {9, &migrations::v9SignInFailures},
    {10, &migrations::v10SigningKeys},
    {11, &migrations::v11PartyLegalRepresentative},
    {12, &migrations::v12AuditAnchors},
    {13, &migrations::v13LeadersAndAgency},
};

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

Status migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        return fail(QCoreApplication::translate("Database",
                                                "The database was written by a newer OneWindow (schema %1; this "
                                                "program knows up to %2). Update the program.")
                        .arg(current)
                        .arg(latestSchemaVersion()));
    if (current >= targetVersion)
        return {};
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    for (const Step& step : kSteps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (Status s = step.apply(db); !s)
            return fail(QCoreApplication::translate("Database", "Upgrading the database to version %1 failed, "
                                                                "nothing was changed: %2")
                            .arg(step.version)
                            .arg(s.error()));
    }
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)))
        return fail(QStringLiteral("user_version"));
    return tx.commit();
}

} // namespace ow
