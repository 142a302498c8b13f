// Record whether a case's agreement was performed (履行): against the performance deadline and
// amount of the agreement, the date checked, fully / partly / not performed, the amount paid and a
// note. Each check is kept; earlier ones are listed. Saved through PerformanceService::recordPerformance.
#pragma once

#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PerformanceDialog;
}

namespace ow::ui {

class PerformanceDialog : public QDialog
{
    Q_OBJECT

public:
    PerformanceDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent = nullptr);
    ~PerformanceDialog() override;

    bool save();
    QString errorText() const;
    QString dueText() const;
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

private:
    void load();

    std::unique_ptr<Ui::PerformanceDialog> m_ui;
    DatabasePtr m_db;
    QString m_caseId;
    QString m_actor;
    QString m_readOnlyReason;
};

} // namespace ow::ui
