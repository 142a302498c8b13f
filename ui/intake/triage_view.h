// The triage queue (集中梳理): cases waiting for a lead department, the routing rules' suggestion,
// and routing with co-handling departments (吹哨) or an override with a reason.
#pragma once

#include "storage/database.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QLabel;

namespace ow::ui {
class DepartmentPicker;
}

namespace ow::ui {

class TriageView : public QWidget
{
    Q_OBJECT

public:
    TriageView(DatabasePtr db, const QString& actor, QWidget* parent = nullptr);
    int rowCount() const;

public slots:
    void refresh();
    void routeSelected();

signals:
    void routed(const QString& caseId);

private:
    void showSuggestion();
    DatabasePtr m_db;
    QString m_actor;
    QTableWidget* m_table = nullptr;
    QComboBox* m_lead = nullptr;
    DepartmentPicker* m_co = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ow::ui
