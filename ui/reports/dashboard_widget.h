// Home-view figures for this month so far: accepted, closed, closure rate, overdue open cases.
#pragma once

#include "storage/database.h"

#include <QFrame>

class QLabel;

namespace ow::ui {

class DashboardWidget : public QFrame
{
    Q_OBJECT

public:
    explicit DashboardWidget(DatabasePtr db, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    DatabasePtr m_db;
    QLabel* m_accepted = nullptr;
    QLabel* m_closed = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_overdue = nullptr;
};

} // namespace ow::ui
