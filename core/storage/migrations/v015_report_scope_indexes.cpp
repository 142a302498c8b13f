// Schema version 15: the indexes behind the monthly report of one site or one township
// (docs/postgresql.md, "Reports"). A site's twelve months were read by walking every case of the
// year on the wide date-range indexes (one site of 1,000,000 cases: about 0.9 s of its report on
// both stores); these two let them be counted on index ranges whose leading columns are equalities,
// as the county's and a township's are (migration 4's township pair). cases_report_open of
// migration 14 gains the site and township, so that their count of cases open at a month's end,
// and the year to date's cases ended since, read the narrow index too instead of the wide
// cases_report_ended. The same on both stores (test_pg_schema compares them).
#include "storage/migrations.h"

#include <QSqlDatabase>

namespace ow::migrations {
namespace {

constexpr char kIndexes[] =
    "DROP INDEX IF EXISTS cases_report_open;\n"
    "CREATE INDEX cases_report_open ON cases(ended_on, received_on, status, site_code, township_code) "
    "WHERE status <> 'merged';\n"
    "CREATE INDEX IF NOT EXISTS cases_report_site_received ON cases(site_code, status, received_on);\n"
    "CREATE INDEX IF NOT EXISTS cases_report_site_outcome ON cases(site_code, status, outcome, ended_on);\n";

} // namespace

Status v15ReportScopeIndexes(Database& db)
{
    return execScript(db, kIndexes);
}

Status pgV15ReportScopeIndexes(QSqlDatabase& db)
{
    // Fresh statistics for the planner to choose them at once (ANALYZE of this one table only).
    return execPgScript(db, QString::fromLatin1(kIndexes) + QStringLiteral("ANALYZE cases;\n"));
}

} // namespace ow::migrations
