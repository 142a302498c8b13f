// The first-run dialog's choice of store: the center's server is tested at its field against the
// test cluster, remembered without a password, and opened on 连接 once it is set up for OneWindow
// (before that the dialog says what the administrator must do); a file chosen later replaces it.
#include "support/catch.h"
#include "support/modal.h"
#include "support/pg_test_db.h"
#include "support/pg_tls_cluster.h"

#include "app/first_run_dialog.h"
#include "app/startup.h"
#include "storage/migrations.h"
#include "widgets/dialogs.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

struct FirstRun
{
    explicit FirstRun(const QString& path)
        : dialog(path)
    {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        server = dialog.findChild<QRadioButton*>(QStringLiteral("serverRadioButton"));
        url = dialog.findChild<QLineEdit*>(QStringLiteral("serverUrlLineEdit"));
        test = dialog.findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
        result = dialog.findChild<QLabel*>(QStringLiteral("serverResultLabel"));
        ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        REQUIRE(server);
        REQUIRE(url);
        REQUIRE(test);
        REQUIRE(result);
    }
    // Types the address as a user would and presses 测试连接; returns what the field then says.
    QString tested(const QString& address)
    {
        url->selectAll();
        QTest::keyClicks(url, address);
        QTest::mouseClick(test, Qt::LeftButton);
        return result->text();
    }
    void screenshot(const QString& name)
    {
        if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
            dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QLatin1Char('/') + name);
    }
    // The whole message is shown, and the dialog still fits the smallest screen the centers use.
    void checkFits() const
    {
        // The dialog grows through the event loop, as the user sees it.
        for (int waited = 0; waited < 2000 && result->height() < result->heightForWidth(result->width()); waited += 10)
            QTest::qWait(10);
        CHECK(result->height() >= result->heightForWidth(result->width()));
        CHECK(dialog.height() <= 700);
        CHECK(dialog.width() <= 1366);
    }
    bool shownAsError() const { return result->styleSheet().contains(QStringLiteral("#b00020")); }

    ui::FirstRunDialog dialog;
    QRadioButton* server = nullptr;
    QLineEdit* url = nullptr;
    QPushButton* test = nullptr;
    QLabel* result = nullptr;
    QPushButton* ok = nullptr;
};

} // namespace

TEST_CASE("first run: the center's server is tested at its field and opened on 连接 once set up", "[firstrun][pg]")
{
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings().remove(QLatin1String(ui::FirstRunDialog::kLastServerKey));
    test::PgTestDb db;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("onewindow.sqlite"));
    FirstRun f(path);

    // The file is the default; the server's fields wait for their choice.
    CHECK_FALSE(f.url->isEnabled());
    CHECK(f.ok->text() == QStringLiteral("创建数据库(&C)"));
    f.screenshot(QStringLiteral("first-run-file.png"));
    QTest::mouseClick(f.server, Qt::LeftButton);
    REQUIRE(f.server->isChecked());
    CHECK(f.url->isEnabled());
    CHECK(f.url->hasFocus());
    CHECK_FALSE(f.dialog.findChild<QLineEdit*>(QStringLiteral("siteCodeLineEdit"))->isEnabled());
    CHECK_FALSE(f.dialog.findChild<QLabel*>(QStringLiteral("pathLabel"))->isEnabled());
    CHECK(f.ok->text() == QStringLiteral("连接(&C)"));

    const QString missing = f.tested(db.url().replace(db.name(), QStringLiteral("nosuchdb")));
    CHECK(missing.contains(QStringLiteral("没有数据库 nosuchdb")));
    CHECK(f.shownAsError());
    f.checkFits();
    f.screenshot(QStringLiteral("first-run-server-error.png"));
    const QString password =
        f.tested(QStringLiteral("postgresql://ow_app:hunter2@/%1?host=%2").arg(db.name(), db.host()));
    CHECK(password.contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(password.contains(QStringLiteral("hunter2")));
    CHECK(f.tested(QStringLiteral("/tmp/a-file.sqlite")).contains(QStringLiteral("postgresql://")));
    CHECK(QSettings().value(QLatin1String(ui::FirstRunDialog::kLastServerKey)).toString().isEmpty());

    const QString good = f.tested(db.url());
    INFO(good.toStdString());
    CHECK(good.contains(QStringLiteral("已连接到 PostgreSQL 15")));
    CHECK_FALSE(f.shownAsError());
    CHECK(QSettings().value(QLatin1String(ui::FirstRunDialog::kLastServerKey)).toString() == db.url());
    f.checkFits();
    f.screenshot(QStringLiteral("first-run-server.png"));

    // Editing the address clears the verdict about the old one.
    QTest::keyClick(f.url, Qt::Key_End);
    QTest::keyClick(f.url, Qt::Key_X);
    CHECK(f.result->text().isEmpty());
    QTest::keyClick(f.url, Qt::Key_Backspace);

    // 连接 on a database nobody set up for OneWindow: the dialog stays, says what the administrator
    // does, and nothing is created.
    QTest::mouseClick(f.ok, Qt::LeftButton);
    CHECK(f.dialog.isVisible());
    CHECK(f.result->text().contains(QStringLiteral("尚未为一窗通建立")));
    CHECK(f.shownAsError());
    f.checkFits();
    f.screenshot(QStringLiteral("first-run-server-not-set-up.png"));
    CHECK_FALSE(f.dialog.database());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QSettings().value(QLatin1String(ui::FirstRunDialog::kDeskServerKey)).toString().isEmpty());

    // Once the administrator has migrated it: 连接 opens the server, and this desk works on it from
    // now on (a start without --db goes back to it); no file is created.
    {
        QSqlDatabase owner = db.connect(QStringLiteral("ow_owner"));
        REQUIRE(migratePostgres(owner, QStringLiteral("ow_app")));
    }
    QTest::mouseClick(f.ok, Qt::LeftButton);
    INFO(f.result->text().toStdString());
    CHECK(f.dialog.result() == QDialog::Accepted);
    CHECK_FALSE(f.dialog.isVisible());
    REQUIRE(f.dialog.database());
    CHECK(f.dialog.database()->isServer());
    CHECK(f.dialog.database()->userVersion() == latestSchemaVersion());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QSettings().value(QLatin1String(ui::FirstRunDialog::kDeskServerKey)).toString() == db.url());

    // The next first run offers the address that connected.
    FirstRun again(path);
    CHECK(again.url->text() == db.url());
    // Choosing a file there makes the desk work on the file again.
    QTest::keyClick(&again.dialog, Qt::Key_Return);
    CHECK(again.dialog.result() == QDialog::Accepted);
    CHECK(QFileInfo::exists(path));
    CHECK(QSettings().value(QLatin1String(ui::FirstRunDialog::kDeskServerKey)).toString().isEmpty());
}

TEST_CASE("first run: a server that asks for a password gets it typed without echo, never stored",
          "[firstrun][pg][tls]")
{
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    test::TlsCluster cluster;
    qputenv("PGPASSFILE", cluster.file(QStringLiteral("no-such-pgpass")).toUtf8());
    QTemporaryDir dir;
    FirstRun f(dir.filePath(QStringLiteral("onewindow.sqlite")));
    QTest::mouseClick(f.server, Qt::LeftButton);
    const QString url = cluster.url(QStringLiteral("localhost"), QStringLiteral("ca.crt"),
                                    QStringLiteral("verify-full"), QStringLiteral("ow_pw"));

    QString prompt;
    test::whenOpen<QInputDialog>([&prompt](QInputDialog* d) {
        prompt = d->labelText();
        CHECK(d->textEchoMode() == QLineEdit::Password);
        d->setTextValue(QStringLiteral("right horse"));
        d->accept();
    });
    const QString good = f.tested(url);
    INFO(good.toStdString());
    CHECK(prompt.contains(QStringLiteral("ow_pw")));
    CHECK(prompt.contains(QStringLiteral("不会保存")));
    CHECK(good.contains(QStringLiteral("已连接到 PostgreSQL")));
    CHECK(good.contains(QStringLiteral("已加密（TLS）")));
    const QString remembered = QSettings().value(QLatin1String(ui::FirstRunDialog::kLastServerKey)).toString();
    CHECK(remembered == url);
    CHECK_FALSE(remembered.contains(QStringLiteral("right horse")));

    // Cancelled: the server's refusal, with where the password belongs.
    test::whenOpen<QInputDialog>([](QInputDialog* d) { d->reject(); });
    const QString cancelled = f.tested(url);
    CHECK(cancelled.contains(QStringLiteral("~/.pgpass")));
    CHECK(f.shownAsError());
    qunsetenv("PGPASSFILE");
}
