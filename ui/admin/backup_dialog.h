// 文件 → 备份与恢复…: the backups of the database (time, kind, size, checked), a backup made now,
// and the restore of the selected one (storage/backup.h). The work runs on a thread of its own.
#pragma once

#include "admin/restore.h"
#include "storage/database.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace ow::ui {

class BackgroundWork;
class MainWindow;

class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(DatabasePtr db, const QString& actor, QWidget* parent = nullptr);
    ~BackupDialog() override;

    bool busy() const;
    void reject() override;
    // Reads the backup folder again.
    void refresh();
    // True once a backup was restored: the window must read the database afresh.
    bool restoredBackup() const { return m_restored; }

signals:
    void restored(const QString& keptAs);

private:
    void backUpNow();
    void restoreSelected();
    void setBusy(bool busy, const QString& text = {});

    DatabasePtr m_db;
    QString m_actor;
    bool m_mayRestore = false;
    bool m_restored = false;
    QList<backup::BackupInfo> m_backups;
    QLabel* m_folderLabel = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_backupNow = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    BackgroundWork* m_work = nullptr;
};

// 文件 → 备份与恢复… (supervisors and administrators). After a restore the program closes, and says so
// first: every page, dialog and the signed-in account are then read afresh when it starts again.
void installBackups(MainWindow& window);

} // namespace ow::ui
