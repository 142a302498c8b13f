// Counting the six work queues of the home view.
#include "workflow/work_queues.h"

#include <QCoreApplication>

namespace ow {

QString workQueueLabel(const QString& code)
{
    if (code == QLatin1String("triage"))
        return QCoreApplication::translate("WorkQueues", "Waiting for triage");
    if (code == QLatin1String("department"))
        return QCoreApplication::translate("WorkQueues", "In progress in my department");
    if (code == QLatin1String("due_soon"))
        return QCoreApplication::translate("WorkQueues", "Due soon");
    if (code == QLatin1String("overdue"))
        return QCoreApplication::translate("WorkQueues", "Overdue");
    if (code == QLatin1String("supervised"))
        return QCoreApplication::translate("WorkQueues", "Under supervision");
    if (code == QLatin1String("today"))
        return QCoreApplication::translate("WorkQueues", "Registered today");
    return code;
}

QList<WorkQueue> workQueues(Database& db, const QString& department, const QDate& today)
{
    CaseStore store(db);
    const double share = db.setting(QStringLiteral("due_soon_share"), QStringLiteral("0.8")).toDouble();
    QList<WorkQueue> out;
    for (const char* code : {"triage", "department", "due_soon", "overdue", "supervised", "today"}) {
        WorkQueue q;
        q.code = QString::fromLatin1(code);
        q.label = workQueueLabel(q.code);
        q.filter.queue = q.code;
        q.filter.today = today;
        q.filter.dueSoonShare = share > 0 ? share : 0.8;
        if (q.code == QLatin1String("department"))
            q.filter.department = department;
        q.count = store.count(q.filter);
        out << q;
    }
    return out;
}

} // namespace ow
