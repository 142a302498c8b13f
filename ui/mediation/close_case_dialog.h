// Close a case: outcome, resolution level (the site's by default), summary and, for a petition,
// the handling opinion; what is still missing shows as the user types. Closed via ClosureService.
#pragma once

#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CloseCaseDialog;
}

namespace ow::ui {

class CloseCaseDialog : public QDialog
{
    Q_OBJECT

public:
    CloseCaseDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent = nullptr);
    ~CloseCaseDialog() override;

    bool closeCase();
    QString missingText() const;
    // Esc and Cancel: asks before discarding text typed into the dialog.
    void reject() override;

private:
    void updateMissing();

    std::unique_ptr<Ui::CloseCaseDialog> m_ui;
    DatabasePtr m_db;
    QString m_caseId;
    QString m_actor;
    QString typedText() const;
    QString m_initialText; // typedText() when the dialog opened
    bool m_petition = false;
};

} // namespace ow::ui
