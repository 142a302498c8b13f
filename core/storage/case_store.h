// Reading cases: filtered lists in keyset-paged order, counts, and one whole case.
#pragma once

#include "domain/case.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ow {

// The order of a case list; every order is a keyset order with the UUID as the tie-breaker.
struct CaseOrder
{
    enum Key
    {
        Received, // 受理日期
        Due,      // 期限 (cases without a deadline last when ascending)
        CaseNo,   // 案件编号 (unnumbered cases first when ascending)
    };
    Key key = Received;
    bool descending = true; // newest first by default
};

struct CaseFilter
{
    QString status;           // a status code, empty for all
    QString category;         // category code
    QString township;         // division code
    QString department;       // lead department code ("none" for unassigned)
    QString site;             // source site code (consolidated databases)
    bool overdueOnly = false; // open cases whose due_on is before `today`
    QString search;           // case number, one-case code, applicant, summary (substring)
    QDate today = Clock::today();
    // A work queue of the home view (workflow/work_queues.h): triage, department (open cases of
    // `department`, or every assigned open case), due_soon, overdue, supervised, today.
    QString queue;
    double dueSoonShare = 0.8; // for the due_soon queue
    CaseOrder order;
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

// Position after the last row of a page: by default cases are listed newest first by
// (received_on, id); other orders compare (sortKey, id). Make one with CaseStore::cursorAfter.
struct CaseCursor
{
    QDate receivedOn;
    QString id;
    QString sortKey; // the due date or case number of the row, for those orders
};

class CaseStore
{
public:
    explicit CaseStore(Database& db);

    QList<CaseListRow> page(const CaseFilter& filter, const std::optional<CaseCursor>& after, int limit) const;
    // The cursor that continues after `last` in the order of `filter`.
    static CaseCursor cursorAfter(const CaseListRow& last, const CaseFilter& filter);
    qint64 count(const CaseFilter& filter) const;
    // By case number, UUID or one-case code; with parties, milestones and timeline.
    Result<CaseRecord> load(const QString& key) const;
    // The parties of a case (by UUID) in their order, without the rest of the case.
    QList<Party> parties(const QString& caseId) const;

private:
    Database& m_db;
    double m_dueSoonShare;
};

} // namespace ow
