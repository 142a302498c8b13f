// The work queues of the home view (待分流, 本部门在办, 即将到期, 已超期, 督办中, 今日登记): counts
// and the CaseFilter that opens each one as a list.
#pragma once

#include "storage/case_store.h"
#include "util/clock.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ow {

struct WorkQueue
{
    QString code; // triage | department | due_soon | overdue | supervised | today
    QString label;
    qint64 count = 0;
    CaseFilter filter;
};

// `department`: the user's department for 本部门在办 (empty: every assigned open case).
QList<WorkQueue> workQueues(Database& db, const QString& department, const QDate& today = Clock::today());
QString workQueueLabel(const QString& code);

} // namespace ow
