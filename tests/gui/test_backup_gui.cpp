// 文件 → 备份与恢复…: a backup made from the dialog, the database changed, the backup restored.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/gui_wait.h"

#include "admin/backup_dialog.h"
#include "main/main_window.h"
#include "security/users.h"
#include "storage/backup.h"
#include "storage/case_writer.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

using namespace ow;

namespace {

using test::addCase;

QStringList caseNumbers(Database& db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT case_no FROM cases ORDER BY case_no")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

// File backups: on a server the window disables this dialog (pg_dump, onewindow-cli backup;
// test_server_backup and test_desktop_server_gui are the server's).
TEST_CASE("the backup dialog backs up, and restoring the backup brings back the earlier records", "[sqlite]")
{
    test::TempDatabase t;
    addCase(*t.db, QStringLiteral("A-1"));
    ui::BackupDialog dialog(t.db, QStringLiteral("system"));
    dialog.show();
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("backupsTableView"));
    auto* backupNow = dialog.findChild<QPushButton*>(QStringLiteral("backupNowPushButton"));
    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restorePushButton"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"));
    REQUIRE(table);
    REQUIRE(backupNow);
    REQUIRE(restore);
    CHECK(backupNow->text().contains(QStringLiteral("立即备份")));
    CHECK(table->model()->rowCount() == 0);
    CHECK(status->text().contains(QStringLiteral("还没有备份")));
    CHECK_FALSE(restore->isEnabled());

    backupNow->click();
    REQUIRE(test::waitUntilIdle(dialog));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("手动"));
    CHECK(table->model()->index(0, 3).data().toString() == QStringLiteral("通过"));
    const QString when = table->model()->index(0, 0).data().toString();
    CHECK(status->text().contains(when));
    CHECK(restore->isEnabled()); // the new backup is selected
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/backup_dialog.png"));

    addCase(*t.db, QStringLiteral("A-2"));
    CHECK(caseNumbers(*t.db) == QStringList{QStringLiteral("A-1"), QStringLiteral("A-2")});

    SECTION("answering no to the question changes nothing")
    {
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        restore->click();
        CHECK_FALSE(dialog.busy());
        CHECK(ui::MessageBox::lastText().contains(when));
        CHECK(caseNumbers(*t.db).size() == 2);
    }
    SECTION("restoring names the backup's time, keeps the current file and brings back the records")
    {
        QSignalSpy restored(&dialog, &ui::BackupDialog::restored);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        restore->click();
        CHECK(ui::MessageBox::lastText().contains(when));
        CHECK(ui::MessageBox::lastText().contains(QStringLiteral("保留")));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok); // the message when it is done
        REQUIRE(test::waitUntilIdle(dialog));
        CHECK(ui::MessageBox::lastText().contains(QStringLiteral("已恢复")));
        REQUIRE(restored.count() == 1);
        const QString keptAs = restored.first().first().toString();
        CHECK(QFileInfo::exists(keptAs));
        CHECK(dialog.restoredBackup());
        // The window's own connection reads the restored records.
        CHECK(caseNumbers(*t.db) == QStringList{QStringLiteral("A-1")});
        auto kept = Database::openRaw(keptAs);
        REQUIRE(kept.ok());
        CHECK(caseNumbers(**kept).size() == 2);
    }
}

TEST_CASE("Backup and Restore is in the File menu; a clerk is refused, a supervisor cannot restore", "[sqlite]")
{
    test::TempDatabase t;
    for (const auto& [login, role] : {std::pair{"li.clerk", "clerk"}, std::pair{"zhao.super", "supervisor"}}) {
        UserAccount a;
        a.login = QString::fromLatin1(login);
        a.displayName = a.login;
        a.role = QString::fromLatin1(role);
        REQUIRE(UserService(*t.db).save(a, QStringLiteral("system")).ok());
    }
    ui::MainWindow window(t.db);
    window.setActor(QStringLiteral("li.clerk"));
    ui::installBackups(window);
    auto* action = window.findChild<QAction*>(QStringLiteral("backupAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("备份与恢复…"));
    CHECK(window.menu(ui::MainWindow::Menu::File)->actions().contains(action));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("中心主任")));

    ui::BackupDialog dialog(t.db, QStringLiteral("zhao.super"));
    auto* backupNow = dialog.findChild<QPushButton*>(QStringLiteral("backupNowPushButton"));
    backupNow->click();
    REQUIRE(test::waitUntilIdle(dialog));
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("backupsTableView"));
    CHECK(table->model()->rowCount() == 1);
    table->selectRow(0);
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("restorePushButton"))->isEnabled());
}
