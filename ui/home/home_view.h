// The home view: the six work queues (待分流, 本部门在办, 即将到期, 已超期, 督办中, 今日登记) as large
// buttons with their counts; each opens the case list filtered to that queue; above them today's
// leader on duty and the leader-owned cases (docs/leaders-and-agency.md); below them this month's
// figures so far.
#pragma once

#include "storage/case_store.h"
#include "storage/database.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QLabel;

namespace ow::ui {
class DashboardWidget;
}

namespace ow::ui {

class HomeView : public QWidget
{
    Q_OBJECT

public:
    HomeView(DatabasePtr db, const QString& department, QWidget* parent = nullptr);
    // The count shown on a queue's button (for tests).
    qint64 shownCount(const QString& queue) const { return m_counts.value(queue, -1); }

public slots:
    void refresh();

signals:
    void queueChosen(const ow::CaseFilter& filter, const QString& title);
    void newIntakeRequested();

private:
    void refreshQueues();
    void refreshLeaders();

    DatabasePtr m_db;
    QString m_department;
    QHash<QString, QPushButton*> m_buttons;
    QHash<QString, qint64> m_counts;
    QHash<QString, CaseFilter> m_filters;
    QLabel* m_title = nullptr;
    QLabel* m_calendarWarning = nullptr; // the holiday calendar lacks this or the coming year
    QLabel* m_leaders = nullptr;         // today's leader on duty, the leader-owned cases and the backlog
    DashboardWidget* m_dashboard = nullptr;
};

} // namespace ow::ui
