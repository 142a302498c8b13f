// Schema version 4: indexes for the monthly report (reports.md), so that on a 1,000,000-case county
// file every report statement reads index entries only, never the (wide) case rows.
#include "storage/migrations.h"

namespace ow::migrations {

// cases_report_received: cases received in the month, with every column the statement groups or
// tests. cases_report_ended: cases ended in the month and cases open at its end (ended after it or
// not at all, received by then), likewise. The (status, outcome, ended_on) indexes, for the county
// and per township, with cases_status and cases_township of version 1, let the 12-month trend and
// the year-to-date block be counts of index ranges led by equality constraints, which SQLite counts
// without testing any column. The report statements name their index (INDEXED BY), so no ANALYZE.
Status v4ReportIndexes(Database& db)
{
    return execScript(db, R"SQL(
CREATE INDEX IF NOT EXISTS cases_report_received
    ON cases(received_on, status, ended_on, site_code, township_code, lead_department_code,
             category_code, source, case_type);
CREATE INDEX IF NOT EXISTS cases_report_ended
    ON cases(ended_on, status, outcome, site_code, township_code, lead_department_code,
             category_code, source, case_type, received_on, due_on, resolution_level, satisfaction,
             judicial_confirmed);
CREATE INDEX IF NOT EXISTS cases_report_status_outcome ON cases(status, outcome, ended_on);
CREATE INDEX IF NOT EXISTS cases_report_township_received ON cases(township_code, status, received_on);
CREATE INDEX IF NOT EXISTS cases_report_township_outcome ON cases(township_code, status, outcome, ended_on);
)SQL");
}

} // namespace ow::migrations
