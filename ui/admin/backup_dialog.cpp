// The backup dialog: list, back up now, restore the selected backup.
#include "admin/backup_dialog.h"

#include "main/file_store_only.h"
#include "main/main_window.h"
#include "security/users.h"
#include "widgets/background_work.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString timeText(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

BackupDialog::BackupDialog(DatabasePtr db, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(actor)
    , m_work(new BackgroundWork(this))
{
    setObjectName(QStringLiteral("BackupDialog"));
    setWindowTitle(tr("Backup and Restore"));
    m_mayRestore = backup::mayDo(*m_db, m_actor, backup::Operation::Restore).ok();

    auto* layout = new QVBoxLayout(this);
    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("folderLabel"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setText(tr("Backups are kept in %1. Automatic backups (daily, before an upgrade, before a "
                              "package import) are kept for %n day(s); backups made here are kept until deleted by "
                              "hand.",
                              nullptr, backup::keepDays(*m_db))
                               .arg(QDir::toNativeSeparators(backup::defaultFolder(m_db->path()))));
    layout->addWidget(m_folderLabel);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Size"), tr("Checked")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("backupsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* row = new QHBoxLayout;
    m_backupNow = new QPushButton(tr("&Back Up Now"), this);
    m_backupNow->setObjectName(QStringLiteral("backupNowPushButton"));
    m_restore = new QPushButton(tr("&Restore Selected…"), this);
    m_restore->setObjectName(QStringLiteral("restorePushButton"));
    if (!m_mayRestore)
        m_restore->setToolTip(tr("Only an administrator can restore a backup."));
    row->addWidget(m_backupNow);
    row->addWidget(m_restore);
    row->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    row->addWidget(m_buttons);
    layout->addLayout(row);

    connect(m_backupNow, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_mayRestore && !busy() && m_table->selectionModel()->hasSelection()); });
    refresh();
    resize(720, 420);
}

BackupDialog::~BackupDialog() = default;

bool BackupDialog::busy() const
{
    return m_work->running();
}

void BackupDialog::reject()
{
    if (!busy())
        QDialog::reject();
}

void BackupDialog::refresh()
{
    m_backups = backup::list(m_db->path());
    m_model->removeRows(0, m_model->rowCount());
    for (const backup::BackupInfo& b : std::as_const(m_backups)) {
        QList<QStandardItem*> items{new QStandardItem(timeText(b.time)), new QStandardItem(backup::kindLabel(b.kind)),
                                    new QStandardItem(sizeText(b.bytes)),
                                    new QStandardItem(b.verified ? tr("passed") : tr("not checked"))};
        items[0]->setToolTip(QDir::toNativeSeparators(b.path));
        items[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    if (m_backups.isEmpty())
        m_status->setText(tr("There is no backup yet."));
    m_restore->setEnabled(m_mayRestore && !busy() && m_table->selectionModel()->hasSelection());
}

void BackupDialog::setBusy(bool busy, const QString& text)
{
    m_backupNow->setEnabled(!busy);
    m_restore->setEnabled(!busy && m_mayRestore && m_table->selectionModel()->hasSelection());
    m_buttons->setEnabled(!busy);
    if (!text.isEmpty())
        m_status->setText(text);
}

void BackupDialog::backUpNow()
{
    if (busy())
        return;
    if (Status allowed = backup::mayDo(*m_db, m_actor, backup::Operation::Backup); !allowed) {
        MessageBox::information(this, windowTitle(), allowed.error());
        return;
    }
    setBusy(true, tr("Backing up and checking the backup…"));
    m_work->start<backup::BackupInfo>(
        *m_db, [](Database& db) { return backup::makeBackup(db, backup::Kind::Manual); },
        [this](Result<backup::BackupInfo> made) {
            setBusy(false);
            refresh();
            if (!made) {
                m_status->setText(tr("The backup failed."));
                MessageBox::warning(this, windowTitle(), tr("The backup failed:\n%1").arg(made.error()));
                return;
            }
            m_status->setText(tr("Backup of %1 written and checked: %2")
                                  .arg(timeText(made->time), QDir::toNativeSeparators(made->path)));
            for (int r = 0; r < m_backups.size(); ++r)
                if (m_backups[r].path == made->path)
                    m_table->selectRow(r);
        });
}

void BackupDialog::restoreSelected()
{
    if (busy() || !m_table->selectionModel()->hasSelection())
        return;
    const int r = m_table->selectionModel()->selectedRows().value(0).row();
    if (r < 0 || r >= m_backups.size())
        return;
    const backup::BackupInfo chosen = m_backups[r];
    if (Status allowed = backup::mayDo(*m_db, m_actor, backup::Operation::Restore); !allowed) {
        MessageBox::information(this, windowTitle(), allowed.error());
        return;
    }
    const QString when = timeText(chosen.time);
    if (MessageBox::question(this, tr("Restore Backup"),
                             tr("Restore the backup of %1?\n\nThe database goes back to what it held then: whatever "
                                "was recorded after %1 is not in it. The current file is kept beside the database "
                                "as %2.before-restore-….sqlite, so nothing is lost.\n\nOneWindow closes after "
                                "restoring; start it again to work with the restored records.")
                                 .arg(when, QFileInfo(m_db->path()).completeBaseName()),
                             QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return;
    setBusy(true, tr("Checking the backup and restoring it…"));
    const QString actor = m_actor;
    const QString path = chosen.path;
    m_work->start<backup::RestoreResult>(
        *m_db,
        [actor, path](Database& db) {
            backup::RestoreOptions options;
            options.actor = actor;
            return backup::restore(db, path, options);
        },
        [this, when](Result<backup::RestoreResult> done) {
            setBusy(false);
            refresh();
            if (!done) {
                m_status->setText(tr("The backup was not restored."));
                MessageBox::warning(this, tr("Restore Backup"), done.error());
                return;
            }
            m_restored = true;
            m_status->setText(tr("The backup of %1 was restored.").arg(when));
            MessageBox::information(
                this, tr("Restore Backup"),
                tr("The backup of %1 was restored. The file as it was before is kept as %2.\n\nOneWindow closes "
                   "now; start it again to work with the restored records.")
                    .arg(when, QDir::toNativeSeparators(done->keptAs)));
            emit restored(done->keptAs);
            accept();
        });
}

void installBackups(MainWindow& window)
{
    QAction* action = window.addMenuAction(MainWindow::Menu::File, BackupDialog::tr("Backup and Restore…"), [&window] {
        // Asked before the dialog opens, as for the center settings.
        if (Status allowed = backup::mayDo(window.database(), window.actor(), backup::Operation::Backup); !allowed) {
            MessageBox::information(&window, BackupDialog::tr("Backup and Restore"), allowed.error());
            return;
        }
        BackupDialog dialog(window.databasePtr(), window.actor(), &window);
        dialog.exec();
        // Every page, open dialog and the signed-in account would otherwise show what the database held
        // before; a fresh start reads it all again (and asks who signs in, as the restored accounts say).
        if (dialog.restoredBackup()) {
            window.close();
            QCoreApplication::exit(0);
        }
    });
    action->setObjectName(QStringLiteral("backupAction"));
    requireFileStore(window, action,
                     BackupDialog::tr("A center's server is backed up by its administrator with pg_dump "
                                      "(onewindow-cli backup); this dialog backs up a database file."));
}

} // namespace ow::ui
