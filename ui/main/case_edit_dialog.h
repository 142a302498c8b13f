// The Edit Case dialog (编辑案件): the fields and parties of a registered case, corrected through
// CaseEditor with intake's checks; messages in red at the field, every change kept in the timeline.
#pragma once

#include "domain/case.h"
#include "storage/database.h"
#include "workflow/case_editor.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QLabel;

namespace Ui {
class CaseEditDialog;
}

namespace ow::ui {

class MainWindow;

class CaseEditDialog : public QDialog
{
    Q_OBJECT

public:
    CaseEditDialog(DatabasePtr db, const CaseRecord& c, const QString& actor, QWidget* parent = nullptr);
    ~CaseEditDialog() override;

    // The edit as the form stands (every field set; the service keeps what did not change).
    CaseEdit edit() const;
    // The inline message at a field ("" when none); field names as in FieldError.
    QString fieldMessage(const QString& field) const;
    // The outcome of the last save.
    const CaseEditOutcome& outcome() const { return m_outcome; }

public slots:
    // Saves; closes the dialog when it worked.
    void save();

private:
    void fillLists();
    void fillVillages();
    void fillParties();
    void addPartyRow(const Party& p);
    void showErrors(const QList<FieldError>& errors);
    void clearErrors();

    std::unique_ptr<Ui::CaseEditDialog> m_ui;
    DatabasePtr m_db;
    CaseRecord m_case;
    QString m_actor;
    QHash<QString, QLabel*> m_errorLabels; // by field name
    CaseEditOutcome m_outcome;
};

// Cases → Edit Case… (Ctrl+E) and the Edit button on the case pane; after saving, the pane shows
// the new values and the timeline entries.
void installCaseEditing(MainWindow& window);

} // namespace ow::ui
