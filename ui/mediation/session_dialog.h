// Record a mediation session on a case: when, where, which mediators, the record and the result
// (with the termination reason or the routes told). Saved through SessionService.
#pragma once

#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SessionDialog;
}

namespace ow::ui {

class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent = nullptr);
    ~SessionDialog() override;

    // Validates and saves; on failure the message shows in the dialog and false is returned.
    bool save();
    QString savedId() const { return m_savedId; }
    QString errorText() const;
    // Esc and Cancel: asks before discarding text typed into the dialog.
    void reject() override;

private:
    void updateResultFields();

    std::unique_ptr<Ui::SessionDialog> m_ui;
    DatabasePtr m_db;
    QString m_caseId;
    QString m_actor;
    QString typedText() const;
    QString m_initialText; // typedText() when the dialog opened
    QString m_savedId;
};

} // namespace ow::ui
