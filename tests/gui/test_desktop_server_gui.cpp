// The desktop on a center's PostgreSQL server (docs/postgresql.md, "Choosing the store"): --db URL and
// the desk's remembered server open it, a server that cannot be opened is told and refused with an
// exit status; the main window shows another desk's case by LISTEN/NOTIFY, names the server in its
// status bar, and disables (saying why) the parts that still need the database file; background
// work reconnects to the same server with the password the window was given; the daily backup is
// left to pg_dump. Needs the test cluster (label postgres).
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/gui_wait.h"
#include "support/modal.h"
#include "support/pg_test_db.h"
#include "support/pg_tls_cluster.h"

#include "admin/sign_in_dialog.h"
#include "admin/site_setup.h"
#include "admin/users_dialog.h"
#include "app/first_run_dialog.h"
#include "app/startup.h"
#include "ledger/import_ledger_dialog.h"
#include "main/main_window.h"
#include "security/users.h"
#include "storage/migrations.h"
#include "storage/store_location.h"
#include "widgets/background_work.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRect>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

// A database of the cluster set up as the administrator does it (migrated by ow_owner, the site set
// up through the login role), and the desk's connection to it.
struct ServerSite
{
    ServerSite()
    {
        QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
        REQUIRE(migratePostgres(owner, QStringLiteral("ow_app")));
        db = open();
        REQUIRE(setUpSite(*db, sampleSite()));
    }
    QString url() const { return server.url(QStringLiteral("ow_app")); }
    DatabasePtr open() const
    {
        Result<DatabasePtr> opened = Database::openServer(test::pgLocation(url()));
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        return opened.value();
    }
    test::PgTestDb server;
    DatabasePtr db;
};

// QSettings of the test's own (the desk's remembered server), not the user's.
struct OwnSettings
{
    OwnSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
    }
    QTemporaryDir dir;
};

template <class Condition> qint64 waitFor(Condition done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return t.elapsed();
}

QString serverPid(Database& db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("--db URL opens the center's server; one that cannot be opened is told, with status 3", "[pg][desktop]")
{
    OwnSettings settings;
    ServerSite site;

    ui::DesktopStore opened = ui::openDesktopStore(site.url());
    REQUIRE(opened.db);
    CHECK(opened.db->isServer());
    CHECK(opened.status == 0);
    // Offered at a next first run; a start without --db still goes where the first run chose.
    CHECK(QSettings().value(QLatin1String(ui::FirstRunDialog::kLastServerKey)).toString() == site.url());
    CHECK(QSettings().value(QLatin1String(ui::FirstRunDialog::kDeskServerKey)).toString().isEmpty());
    opened.db.reset();

    // A database nobody set up for OneWindow.
    test::PgTestDb empty;
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    opened = ui::openDesktopStore(empty.url());
    CHECK_FALSE(opened.db);
    CHECK(opened.status == 3);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("尚未为一窗通建立")));

    // A database of a newer program.
    QSqlDatabase owner = site.server.connect(QStringLiteral("ow_owner"));
    QSqlQuery q(owner);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO ow_schema (version, migrated_at) VALUES (%1, 'now')")
                       .arg(latestSchemaVersion() + 1)));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    opened = ui::openDesktopStore(site.url());
    CHECK(opened.status == 3);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("更新版本的一窗通")));

    // No server at that socket folder.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    opened = ui::openDesktopStore(QStringLiteral("postgresql://ow_app@/onewindow?host=/nonexistent-folder"));
    CHECK(opened.status == 3);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("没有 PostgreSQL 服务器")));

    // Malformed: status 2, nothing tried.
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(ui::openDesktopStore(QStringLiteral("postgresql://ow_app:hunter2@db/onewindow")).status == 2);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(ui::MessageBox::lastText().contains(QStringLiteral("hunter2")));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(ui::openDesktopStore(QStringLiteral("mysql://db/onewindow")).status == 2);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("mysql://")));
}

TEST_CASE("a start without --db goes back to the server the first run chose; if it fails, the first run says why",
          "[pg][desktop]")
{
    OwnSettings settings;
    ServerSite site;
    QSettings().setValue(QLatin1String(ui::FirstRunDialog::kDeskServerKey), site.url());
    ui::DesktopStore opened = ui::openDesktopStore({});
    REQUIRE(opened.db);
    CHECK(opened.db->isServer());
    CHECK(opened.db->siteCode() == sampleSite().code);
    opened.db.reset();

    // The server is gone: the first-run dialog opens on the server's choice with its message.
    const QString gone = QStringLiteral("postgresql://ow_app@/onewindow?host=/nonexistent-folder");
    QSettings().setValue(QLatin1String(ui::FirstRunDialog::kDeskServerKey), gone);
    bool serverChosen = false;
    QString message;
    test::whenOpen<ui::FirstRunDialog>([&](ui::FirstRunDialog* d) {
        serverChosen = d->findChild<QRadioButton*>(QStringLiteral("serverRadioButton"))->isChecked();
        message = d->findChild<QLabel*>(QStringLiteral("serverResultLabel"))->text();
        CHECK(d->findChild<QLineEdit*>(QStringLiteral("serverUrlLineEdit"))->text() == gone);
        d->reject();
    });
    opened = ui::openDesktopStore({});
    CHECK_FALSE(opened.db);
    CHECK(opened.status == 3);
    CHECK(serverChosen);
    CHECK(message.contains(QStringLiteral("没有 PostgreSQL 服务器")));
}

TEST_CASE("the main window on a server: another desk's case within 2 s, the server named, file-only parts disabled",
          "[pg][desktop]")
{
    ServerSite site;
    test::addCase(*site.db, QStringLiteral("（2025）乌中矛调字第0001号"));
    ui::MainWindow window(site.db);
    REQUIRE(ui::signInIfRequired(site.db, window));
    ui::installEverything(window);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 1);
    auto* store = window.findChild<QLabel*>(QStringLiteral("storeLabel"));
    REQUIRE(store);
    CHECK(store->text().contains(QStringLiteral("中心服务器")));
    CHECK(store->text().contains(site.db->path()));

    // Another desk (onewindow-cli, a process of its own) registers a case: NOTIFY brings it.
    const QString number = test::registerThroughCli(site.url(), QStringLiteral("钱多多"));
    const qint64 took = waitFor([&] { return table->model()->rowCount() == 2; }, 5000);
    CHECK(table->model()->rowCount() == 2);
    CHECK(took <= 2000);
    WARN("the other desk's case showed after " << took << " ms");
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("其他窗口")));

    // The part that needs the file: in sight for the administrator, disabled, saying why.
    for (const char* name : {"backupAction"}) {
        INFO(name);
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(action->isVisible());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(QStringLiteral("服务器")));
        CHECK(action->statusTip() == action->toolTip());
    }
    // Consolidation runs on a server (exchange/package_import_server.h), and so does the ledger import:
    // their entries are open.
    for (const char* name :
         {"exportPackageAction", "importPackageAction", "conflictsAction", "siteKeysAction", "importLedgerAction"}) {
        INFO(name);
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(action->isEnabled());
        CHECK_FALSE(action->toolTip().contains(QStringLiteral("服务器")));
    }
    // A sign-in applies the role table again: the file's parts stay disabled.
    window.setActor(QStringLiteral("system"));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("backupAction"))->isEnabled());
    // The daily work is not: registering a case, the reports.
    int enabled = 0;
    for (QAction* a : window.findChildren<QAction*>())
        enabled += a->isEnabled() && !a->text().isEmpty() ? 1 : 0;
    CHECK(enabled >= 20);
    // The daily backup is the administrator's pg_dump on a server.
    CHECK_FALSE(ui::startDailyBackup(window));
}

TEST_CASE("a ledger is imported into the server through the window, and its cases are found", "[pg][desktop]")
{
    ServerSite site;
    ui::MainWindow window(site.db);
    REQUIRE(ui::signInIfRequired(site.db, window));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 0);
    // 文件 → 导入台账… is open on a server: a dry run first, then the import, in one server transaction.
    QAction* action = window.findChild<QAction*>(QStringLiteral("importLedgerAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<ui::ImportLedgerDialog*>();
    REQUIRE(dialog);
    ui::FileDialog::setNextFileName(qEnvironmentVariable("TESTS_SOURCE_DIR") +
                                    QStringLiteral("/data/ledger_sample.csv"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
    REQUIRE(test::waitUntilIdle(*dialog));
    auto* importButton = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    INFO(dialog->problemsText().toStdString());
    REQUIRE(importButton->isEnabled());
    CHECK(dialog->lastReport().imported == 42);
    window.refreshCases();
    CHECK(table->model()->rowCount() == 0); // the dry run wrote nothing
    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE(test::waitUntilIdle(*dialog));
    CHECK(dialog->lastReport().ok);
    CHECK(table->model()->rowCount() == 42);
    if (qEnvironmentVariableIsSet("OW_SCREENSHOTS")) {
        window.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/ledger_server_window.png"));
        dialog->grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/ledger_server_dialog.png"));
    }
    // Found by the window's search on the server (its documents were made after the commit).
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    REQUIRE(search);
    search->setText(QStringLiteral("（2025）乌中矛调字第0003号"));
    waitFor([&] { return table->model()->rowCount() == 1; }, 3000);
    CHECK(table->model()->rowCount() == 1);
    dialog->close();
}

TEST_CASE("a desk signs in on a server", "[pg][desktop]")
{
    ServerSite site;
    UserService users(*site.db);
    // An administrator with a password comes first (nobody could manage the accounts otherwise).
    REQUIRE(
        users.save({QStringLiteral("wang.admin"), QStringLiteral("王建华"), QStringLiteral("admin"), {}, true, false},
                   QStringLiteral("system")));
    REQUIRE(
        users.setPassword(QStringLiteral("wang.admin"), QStringLiteral("admin-pass-2026"), QStringLiteral("system")));
    REQUIRE(users.save({QStringLiteral("zhao.min"), QStringLiteral("赵敏"), QStringLiteral("mediator"),
                        QStringLiteral("justice"), true, false},
                       QStringLiteral("system")));
    const Status passwordSet =
        users.setPassword(QStringLiteral("zhao.min"), QStringLiteral("tiaojie-2026"), QStringLiteral("system"));
    INFO(passwordSet.error().toStdString());
    REQUIRE(passwordSet);
    ui::MainWindow window(site.db);
    test::whenOpen<ui::SignInDialog>([](ui::SignInDialog* d) {
        d->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("zhao.min"));
        auto* password = d->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, QStringLiteral("tiaojie-2026"));
        QTest::keyClick(password, Qt::Key_Return);
    });
    REQUIRE(ui::signInIfRequired(site.db, window));
    CHECK(window.actor() == QStringLiteral("zhao.min"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("赵敏")));
}

TEST_CASE("background work on a server has a connection of its own to the same server", "[pg][desktop]")
{
    ServerSite site;
    test::addCase(*site.db, QStringLiteral("（2025）乌中矛调字第0001号"));
    ui::BackgroundWork work;
    std::optional<Result<QString>> result;
    REQUIRE(work.start<QString>(
        *site.db,
        [](Database& db) -> Result<QString> {
            QSqlQuery q(db.sql());
            if (!db.isServer() || !q.exec(QStringLiteral("SELECT count(*) FROM cases")) || !q.next())
                return fail(QStringLiteral("not the server"));
            return QString(q.value(0).toString() + QLatin1Char('/') + serverPid(db));
        },
        [&result](Result<QString> done) { result = std::move(done); }));
    waitFor([&] { return result.has_value(); }, 10000);
    REQUIRE(result);
    INFO(result->error().toStdString());
    REQUIRE(result->ok());
    const QStringList parts = result->value().split(QLatin1Char('/'));
    CHECK(parts.value(0) == QStringLiteral("1"));
    CHECK(parts.value(1) != serverPid(*site.db)); // not the window's connection
}

TEST_CASE("background work reconnects with the password the desk typed, without asking again", "[pg][tls][desktop]")
{
    test::TlsCluster cluster;
    qputenv("PGPASSFILE", cluster.file(QStringLiteral("no-such-pgpass")).toUtf8());
    // The administrator's part: a database for the desks, whose login role ow_pw needs its password.
    const QString socket = QStringLiteral("postgresql://%1@:%2/%3?host=") + cluster.file(QStringLiteral("cluster")) +
                           QStringLiteral("/socket");
    {
        pg::OpenResult admin = pg::open(test::pgLocation(
            socket.arg(QStringLiteral("postgres")).arg(cluster.port()).arg(QStringLiteral("postgres"))));
        REQUIRE(admin.connection);
        REQUIRE(QSqlQuery(admin.connection->sql()).exec(QStringLiteral("CREATE DATABASE desk OWNER ow_owner")));
        pg::OpenResult owner = pg::open(
            test::pgLocation(socket.arg(QStringLiteral("ow_owner")).arg(cluster.port()).arg(QStringLiteral("desk"))));
        REQUIRE(owner.connection);
        REQUIRE(migratePostgres(owner.connection->sql(), QStringLiteral("ow_pw")));
    }
    QString url = cluster.url(QStringLiteral("localhost"), QStringLiteral("ca.crt"), QStringLiteral("verify-full"),
                              QStringLiteral("ow_pw"));
    url.replace(QStringLiteral("/postgres?"), QStringLiteral("/desk?"));
    int asked = 0;
    auto opened = Database::openServer(test::pgLocation(url), [&asked](const StoreLocation&) {
        ++asked;
        return std::optional<QString>(QStringLiteral("right horse"));
    });
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    DatabasePtr db = opened.value();
    REQUIRE(setUpSite(*db, sampleSite()));
    CHECK(asked == 1);

    const ui::StoreAccess access(*db);
    REQUIRE(access.isServer());
    // The same place, user and TLS settings as the window's connection.
    const StoreLocation given = test::pgLocation(url);
    const StoreLocation& again = *access.server();
    CHECK(again.host == given.host);
    CHECK(again.port == given.port);
    CHECK(again.database == QStringLiteral("desk"));
    CHECK(again.user == QStringLiteral("ow_pw"));
    CHECK(again.parameter(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(again.parameter(QStringLiteral("sslrootcert")) == given.parameter(QStringLiteral("sslrootcert")));
    CHECK_FALSE(again.url().contains(QStringLiteral("right horse")));
    ui::BackgroundWork work;
    std::optional<Result<QString>> result;
    REQUIRE(work.start<QString>(
        *db, [](Database& d) -> Result<QString> { return d.siteCode(); },
        [&result](Result<QString> done) { result = std::move(done); }));
    waitFor([&] { return result.has_value(); }, 15000);
    REQUIRE(result);
    INFO(result->error().toStdString());
    CHECK(result->ok());
    CHECK(result->value() == sampleSite().code);
    CHECK(asked == 1);
    qunsetenv("PGPASSFILE");
}

// Not run by ctest (hidden tag): the window on a server and the first-run dialog's server choice,
//   OW_SCREENSHOTS=/tmp/shots test_desktop_server_gui "[.screenshots]"
// on OW_SCREENSHOT_URL (a migrated demo center) or a new database of the cluster with three cases.
TEST_CASE("screenshots of the window and the first-run dialog on a server", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("OW_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    OwnSettings settings;
    ServerSite site;
    QString url = qEnvironmentVariable("OW_SCREENSHOT_URL");
    DatabasePtr db = site.db;
    if (url.isEmpty()) {
        url = site.url();
        for (int i = 1; i <= 3; ++i)
            test::addCase(*db, QStringLiteral("（2025）乌中矛调字第%1号").arg(i, 4, 10, QLatin1Char('0')));
    } else {
        db = Database::openServer(test::pgLocation(url)).value();
    }
    {
        ui::MainWindow window(db);
        REQUIRE(ui::signInIfRequired(db, window));
        ui::installEverything(window);
        window.resize(ui::defaultWindowSize(QRect(0, 0, 1366, 728)));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200);
        CHECK(window.grab().save(out + QStringLiteral("/main-window-server-home.png")));
        window.showPage(window.findChild<QWidget*>(QStringLiteral("casesPage")));
        QTest::qWait(200);
        CHECK(window.grab().save(out + QStringLiteral("/main-window-server-cases.png")));
        // The File menu with its disabled parts and one's tooltip.
        QMenu* file = window.menu(ui::MainWindow::Menu::File);
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        QTest::qWait(200);
        CHECK(file->grab().save(out + QStringLiteral("/main-window-server-file-menu.png")));
        file->hide();
    }
    QTemporaryDir dir;
    ui::FirstRunDialog firstRun(dir.filePath(QStringLiteral("onewindow.sqlite")));
    firstRun.show();
    REQUIRE(QTest::qWaitForWindowExposed(&firstRun));
    QTest::mouseClick(firstRun.findChild<QRadioButton*>(QStringLiteral("serverRadioButton")), Qt::LeftButton);
    auto* edit = firstRun.findChild<QLineEdit*>(QStringLiteral("serverUrlLineEdit"));
    edit->setText(url);
    QTest::mouseClick(firstRun.findChild<QPushButton*>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTest::qWait(200);
    CHECK(firstRun.grab().save(out + QStringLiteral("/first-run-server-connected.png")));
}
