// Handle Case… (办理): every step of the lifecycle that is not intake, triage or closure, for the
// selected case — start, respond, return, suspend/resume, escalate, withdraw, merge, reopen,
// investigation notes, supervision, the one extension, transfer and joint handling (吹哨报到).
// Only the steps that apply to the case as it is are offered; each asks for exactly what the core
// service needs and shows its refusal under the form.
#pragma once

#include "domain/case.h"
#include "storage/database.h"
#include "storage/reference_data.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ow::ui {

class MainWindow;

class CaseActionsDialog : public QDialog
{
    Q_OBJECT

public:
    CaseActionsDialog(DatabasePtr db, const CaseRecord& c, const QString& actor, QWidget* parent = nullptr);

    // The codes of the steps offered for this case, in the order shown.
    QStringList offeredActions() const;
    // Selects a step by its code (tests, and the keyboard user who knows what they want).
    bool selectAction(const QString& code);
    // The case as saved by the last step (valid after accept()).
    const CaseRecord& savedCase() const { return m_case; }

private:
    void fillActions();
    void updateForm();
    void run();
    QString currentAction() const;

    DatabasePtr m_db;
    CaseRecord m_case;
    QString m_actor;
    ReferenceData m_reference;
    QComboBox* m_action = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_departmentLabel = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_dueLabel = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLineEdit* m_target = nullptr;
    QLabel* m_textLabel = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_override = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_run = nullptr;
};

// Cases → Handle Case… (Ctrl+D) and its button on the case pane.
void installCaseActions(MainWindow& window);

} // namespace ow::ui
