// Schema version 4: covering indexes for the monthly report (reports.md). The 12-month trend and the
// year-to-date block count ~500,000 cases per report on a 1,000,000-case county file; with these
// indexes SQLite answers them from the index alone instead of visiting every case row.
#include "storage/migrations.h"

namespace ow::migrations {

Status v4ReportIndexes(Database& db)
{
    return execScript(db, R"SQL(
CREATE INDEX IF NOT EXISTS cases_report_received
    ON cases(received_on, status, ended_on, site_code, township_code, lead_department_code);
CREATE INDEX IF NOT EXISTS cases_report_ended
    ON cases(ended_on, status, outcome, site_code, township_code, lead_department_code);
)SQL");
}

} // namespace ow::migrations
