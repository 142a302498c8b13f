// Record a follow-up visit (回访) on a case: date, method, visitor, satisfaction, whether the
// agreement was performed, notes. Saved through FollowupService::recordFollowup.
#pragma once

#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FollowupDialog;
}

namespace ow::ui {

class FollowupDialog : public QDialog
{
    Q_OBJECT

public:
    FollowupDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent = nullptr);
    ~FollowupDialog() override;

    // Validates and saves; on failure the message shows in the dialog and false is returned.
    bool save();
    QString savedId() const { return m_savedId; }
    QString errorText() const;

private:
    void fillEarlierVisits();

    std::unique_ptr<Ui::FollowupDialog> m_ui;
    DatabasePtr m_db;
    QString m_caseId;
    QString m_actor;
    QString m_savedId;
    bool m_hasAgreement = false;
};

} // namespace ow::ui
