// What the leader-case and agency windows share (docs/leaders-and-agency.md, "Windows"): a note
// dialog that asks before Esc discards typed text, the read-only view of a case, and read-only tables.
#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace ow::ui {

// One note for a case: a leader's progress, the end of an assignment (with 化解 / 未化解 as a choice),
// the agent having told the citizen. `save` writes it and returns the service's answer; a refusal shows
// under the note when it is about the note (empty or too long), else on the dialog's message line.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const QString& note, int choice)>;
    // `choices` (may be empty) are radio buttons above the note, the first one checked; `required`:
    // an empty note is refused at the field.
    NoteDialog(const QString& title, const QString& caseLabel, const QStringList& choices, bool required, Save save,
               QWidget* parent = nullptr);
    // Esc and Cancel: asks before discarding text typed into the note.
    void reject() override;

private:
    void save();

    Save m_save;
    bool m_required;
    QButtonGroup* m_choices = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_noteError = nullptr;
    QLabel* m_error = nullptr;
};

// "number  applicant" of a case, for a dialog's first row; empty when it cannot be read.
QString caseTitle(Database& db, const QString& caseId);
// The first row of a case dialog: 案件： and `title` (caseTitle) in a label named caseLabel.
void addCaseRow(QFormLayout* form, const QString& title, QWidget* parent);
// A form row whose label (with its access key) has `field` as its buddy.
void addFieldRow(QFormLayout* form, const QString& label, QWidget* field);
// The dialog's message line (`errorLabel`, returned) and its Save and Cancel buttons (`buttonBox`): Save,
// named `saveText`, runs `save`; Cancel and Esc reject.
QLabel* addMessageAndButtons(QDialog* dialog, QFormLayout* form, const QString& saveText, std::function<void()> save);

// The case as the main window's pane shows it (masked personal data, the timeline), in a dialog of its own.
void showCaseView(const DatabasePtr& db, const QString& caseId, QWidget* parent);

// A read-only table of whole rows, one row selected at a time; `stretch` takes the room left.
void setUpCaseTable(QTableWidget* table, const QStringList& headers, int stretch);
// Replaces row `row`'s cells; every cell carries the case id (Qt::UserRole).
void setCaseRow(QTableWidget* table, int row, const QString& caseId, const QStringList& cells);
// The case id of the selected row, empty when none.
QString selectedCaseOf(const QTableWidget* table);

} // namespace ow::ui
