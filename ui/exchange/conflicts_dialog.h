// File → 汇总冲突…: the consolidation conflicts (changed here and at a township since the last
// exchange) with both versions side by side, and the decision per conflict: keep ours / take theirs.
#pragma once

#include "exchange/conflicts.h"
#include "storage/database.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ow::ui {

class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);

    // Re-reads the list (open conflicts, or all with "show resolved").
    void reload();
    int conflictCount() const { return int(m_conflicts.size()); }
    // Selects the row of the list (tests, and after a reload).
    void selectRow(int row);
    // Resolves the selected conflict after a confirmation; false when nothing was resolved.
    bool resolveSelected(ConflictService::Keep keep);

signals:
    void resolved();

private:
    void showSelected();

    DatabasePtr m_db;
    QString m_actor;
    QList<ConflictRecord> m_conflicts;
    QTableWidget* m_list = nullptr;
    QTableWidget* m_fields = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_detail = nullptr;
    QCheckBox* m_showResolved = nullptr;
    QPushButton* m_keepOurs = nullptr;
    QPushButton* m_takeTheirs = nullptr;
};

} // namespace ow::ui
