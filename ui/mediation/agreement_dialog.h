// Enter or edit the agreement of a case (调解协议书, 人民调解法 art. 29; or an oral agreement,
// art. 28): the parties from the case, facts, points in dispute, terms, how, where and by when
// they are performed, the amount in yuan, the effective date and the copies. Saved through
// AgreementService::saveAgreement; afterwards the user may preview and print it.
#pragma once

#include "domain/case.h"
#include "storage/database.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class AgreementDialog;
}

namespace ow::ui {

class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    AgreementDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent = nullptr);
    ~AgreementDialog() override;

    // Validates and saves; on failure the message shows in the dialog (a bad amount under its
    // field) and false is returned. Nothing is written then.
    bool save();
    QString errorText() const;
    // The art. 355 warning shown while typing, empty when none applies.
    QString warningText() const;
    // What the service warned about when saving.
    QStringList savedWarnings() const { return m_savedWarnings; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

private:
    void load();
    void updateForm();
    void updateWarning();
    // Save, close, then offer the print preview (the Save button and Ctrl+S).
    void saveAndOffer();

    std::unique_ptr<Ui::AgreementDialog> m_ui;
    DatabasePtr m_db;
    QString m_caseId;
    QString m_actor;
    QString m_category;
    QString m_summary;
    QString m_readOnlyReason;
    QStringList m_savedWarnings;
    QList<Party> m_parties; // as they will be signed: the case's, or those of the saved agreement
    int m_rowVersion = 0;   // of the agreement as read (0: none yet), so another desk's save is not overwritten
};

} // namespace ow::ui
