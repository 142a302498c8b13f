// Record the judicial confirmation (司法确认) of a case's written agreement: the 30-day period to
// apply from the agreement's effective date (人民调解法 art. 33, the milestone core set), the
// application date, court, court case number, decision date and result. Saved through
// JudicialConfirmationService::recordJudicialConfirmation.
#pragma once

#include "storage/database.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class JudicialConfirmationDialog;
}

namespace ow::ui {

class JudicialConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    JudicialConfirmationDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent = nullptr);
    ~JudicialConfirmationDialog() override;

    bool save();
    QString errorText() const;
    QString deadlineText() const;
    QString warningText() const;
    QStringList savedWarnings() const { return m_savedWarnings; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // "Granted" / "Refused" / "Pending" for a stored result code.
    static QString resultLabel(const QString& result);

private:
    void load();
    void updateDecision();
    void saveAndReport();

    std::unique_ptr<Ui::JudicialConfirmationDialog> m_ui;
    DatabasePtr m_db;
    QString m_caseId;
    QString m_actor;
    QString m_readOnlyReason;
    QStringList m_savedWarnings;
};

} // namespace ow::ui
