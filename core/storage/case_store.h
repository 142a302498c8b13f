// Reading cases: filtered lists in keyset-paged order, counts, and one whole case.
#pragma once

#include "domain/case.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ow {

struct CaseFilter
{
    QString status;           // a status code, empty for all
    QString category;         // category code
    QString township;         // division code
    QString department;       // lead department code ("none" for unassigned)
    QString site;             // source site code (consolidated databases)
    bool overdueOnly = false; // open cases whose due_on is before `today`
    QString search;           // case number, one-case code, applicant, summary (substring)
    QDate today = QDate::currentDate();
    // A work queue of the home view (workflow/work_queues.h): triage, department (open cases of
    // `department`, or every assigned open case), due_soon, overdue, supervised, today.
    QString queue;
    double dueSoonShare = 0.8; // for the due_soon queue
};

struct CaseListRow
{
    QString id;
    QString siteCode;
    QString caseNo;
    QDate receivedOn;
    QString categoryCode;
    QString applicant;
    QString townshipCode;
    QString villageCode;
    QString leadDepartmentCode;
    QString status;
    QString caseType;
    QString source;
    QDate filedOn;
    QDate dueOn;
    QDate endedOn;
    QString outcome;
    QString resolutionLevel;
    bool supervised = false;
    // pending | due_soon | overdue | met (closed or ended) | none (no deadline)
    QString deadlineState;
};

// Position after the last row of a page: cases are listed newest first by (received_on, id).
struct CaseCursor
{
    QDate receivedOn;
    QString id;
};

class CaseStore
{
public:
    explicit CaseStore(Database& db);

    QList<CaseListRow> page(const CaseFilter& filter, const std::optional<CaseCursor>& after, int limit) const;
    qint64 count(const CaseFilter& filter) const;
    // By case number, UUID or one-case code; with parties, milestones and timeline.
    Result<CaseRecord> load(const QString& key) const;

private:
    Database& m_db;
    double m_dueSoonShare;
};

} // namespace ow
