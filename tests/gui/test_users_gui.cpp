// Accounts and sign-in as people use them: an administrator adds a user and a password, the
// user signs in (a wrong password is refused at the dialog), the status bar names them.
#include "support/catch.h"
#include "support/fixtures.h"

#include "admin/sign_in_dialog.h"
#include "admin/users_dialog.h"
#include "main/main_window.h"
#include "security/users.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace ow;

namespace {

void grab(QWidget& w, const QString& name)
{
    const QString dir = QDir::temp().filePath(QStringLiteral("ow-shots/users"));
    QDir().mkpath(dir);
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("an administrator adds an account in the users dialog and gives it a password")
{
    test::TempDatabase t;
    Actor system = actorFor(*t.db, QStringLiteral("system")).value();
    ui::UsersDialog dialog(t.db, system);
    dialog.show();
    auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("roleCombo"));
    auto* department = dialog.findChild<QComboBox*>(QStringLiteral("departmentCombo"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    REQUIRE((login && name && role && department && save && error && table));

    // The first account proposed is an administrator: sign-in needs one with a password.
    CHECK(role->currentText() == QStringLiteral("管理员"));
    login->setText(QStringLiteral("王")); // typed through the input method
    name->setText(QStringLiteral("王建华"));
    save->click();
    CHECK(error->text().contains(QStringLiteral("不符合要求")));
    CHECK(table->rowCount() == 0);

    login->clear();
    QTest::keyClicks(login, QStringLiteral("wang.admin"));
    save->click();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("王建华"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("管理员"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("未设置"));

    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    QTest::keyClicks(login, QStringLiteral("li.na"));
    name->setText(QStringLiteral("李娜"));
    role->setCurrentIndex(role->findData(QStringLiteral("clerk")));
    department->setCurrentIndex(department->findData(QStringLiteral("petition")));
    save->click();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("li.na"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("信访局"));
    grab(dialog, QStringLiteral("users-dialog.png"));

    ui::PasswordDialog password(t.db, QStringLiteral("wang.admin"), QStringLiteral("王建华"), system);
    password.show();
    auto* fresh = password.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"));
    auto* repeat = password.findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"));
    auto* passwordError = password.findChild<QLabel*>(QStringLiteral("errorLabel"));
    CHECK_FALSE(password.findChild<QLineEdit*>(QStringLiteral("oldPasswordEdit")));
    QTest::keyClicks(fresh, QStringLiteral("admin-pass-2026"));
    QTest::keyClicks(repeat, QStringLiteral("admin-pass-2025"));
    QTest::keyClick(repeat, Qt::Key_Return);
    CHECK(passwordError->text().contains(QStringLiteral("不一致")));
    CHECK(password.result() != QDialog::Accepted);
    QTest::keyClicks(repeat, QStringLiteral("admin-pass-2026"));
    grab(password, QStringLiteral("password-dialog.png"));
    QTest::keyClick(repeat, Qt::Key_Return);
    CHECK(password.result() == QDialog::Accepted);
    CHECK(UserService(*t.db).signInRequired());
}

TEST_CASE("signing in: a wrong password stays at the dialog, the right one names the user in the window")
{
    test::TempDatabase t;
    UserService users(*t.db);
    REQUIRE(
        users.save({QStringLiteral("wang.admin"), QStringLiteral("王建华"), QStringLiteral("admin"), {}, true, false},
                   QStringLiteral("system")));
    REQUIRE(users.save({QStringLiteral("zhao.min"), QStringLiteral("赵敏"), QStringLiteral("mediator"),
                        QStringLiteral("justice"), true, false},
                       QStringLiteral("system")));
    REQUIRE(
        users.setPassword(QStringLiteral("wang.admin"), QStringLiteral("admin-pass-2026"), QStringLiteral("system")));
    REQUIRE(users.setPassword(QStringLiteral("zhao.min"), QStringLiteral("tiaojie-2026"), QStringLiteral("system")));

    ui::SignInDialog dialog(t.db);
    dialog.show();
    auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    login->setText(QStringLiteral("zhao.min"));
    QTest::keyClicks(password, QStringLiteral("tiaojie-2025"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("用户名或密码不正确")));
    CHECK(password->text().isEmpty());
    grab(dialog, QStringLiteral("sign-in-refused.png"));

    QTest::keyClicks(password, QStringLiteral("tiaojie-2026"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().login == QStringLiteral("zhao.min"));

    ui::MainWindow window(t.db);
    window.setUser(dialog.user());
    auto* userLabel = window.findChild<QLabel*>(QStringLiteral("userLabel"));
    REQUIRE(userLabel);
    CHECK(userLabel->text() == QStringLiteral("当前用户：赵敏（调解员）"));
    CHECK(window.actor() == QStringLiteral("zhao.min"));

    // A mediator may look at the accounts but not change them.
    ui::UsersDialog readOnly(t.db, dialog.user());
    CHECK_FALSE(readOnly.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    CHECK(readOnly.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("只有管理员")));
}

TEST_CASE("without any password the window works as the built-in operator at once")
{
    test::TempDatabase t;
    ui::MainWindow window(t.db);
    REQUIRE(ui::signInIfRequired(t.db, window));
    CHECK(window.actor() == QStringLiteral("system"));
    CHECK(window.user().isAdministrator());
}
