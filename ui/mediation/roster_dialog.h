// Administration of the mediator roster and the rooms (调解室, 品牌调解室, 速裁法庭, 心理咨询室, on
// site, remote video): a tab each with a table, a form to add or edit, and deactivation instead of
// deletion so recorded sessions keep their mediators and rooms. Saved through RosterService.
#pragma once

#include "domain/mediation.h"
#include "storage/database.h"

#include <QDialog>
#include <QList>
#include <memory>

class QComboBox;

namespace Ui {
class RosterDialog;
}

namespace ow::ui {

class RosterDialog : public QDialog
{
    Q_OBJECT

public:
    RosterDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);
    ~RosterDialog() override;

    // Save the form of each tab (new or the selected entry); on failure the message shows in the
    // dialog and false is returned.
    bool saveMediator();
    bool saveRoom();
    // Flip the active flag of the selected entry.
    bool toggleMediatorActive();
    bool toggleRoomActive();
    // Select a row by id (empty: clear the form for a new entry).
    void selectMediator(const QString& id);
    void selectRoom(const QString& id);
    QString errorText() const;
    // True when something was saved (the caller refreshes its window).
    bool changed() const { return m_changed; }

private:
    void reloadMediators(const QString& selectId);
    void reloadRooms(const QString& selectId);
    void showMediator();
    void showRoom();
    void updateRoomNameHint();
    void showError(const QString& message);
    // After a save: shows the refusal, or marks the roster changed and reloads the list with the
    // saved entry selected.
    bool applied(const Result<QString>& saved, void (RosterDialog::*reload)(const QString&));

    std::unique_ptr<Ui::RosterDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
    QComboBox* m_account = nullptr; // the mediator's OneWindow login, for filling in who visited
    QList<Mediator> m_mediators;
    QList<MediationRoom> m_rooms;
    QString m_mediatorId; // the entry in the form; empty for a new one
    QString m_roomId;
    bool m_changed = false;
};

} // namespace ow::ui
