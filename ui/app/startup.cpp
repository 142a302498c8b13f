// Desktop start-up: language, the database (created on first run), the main window.
#include "app/startup.h"

#include "admin/backup_dialog.h"
#include "admin/deadline_rules_dialog.h"
#include "admin/holidays_dialog.h"
#include "admin/reference_lists_dialog.h"
#include "admin/routing_rules_dialog.h"
#include "admin/settings_dialog.h"
#include "admin/site_keys_dialog.h"
#include "admin/site_setup.h"
#include "admin/users_dialog.h"
#include "app/first_run_dialog.h"
#include "exchange/exchange_dialogs.h"
#include "intake/intake_extension.h"
#include "main/case_edit_dialog.h"
#include "main/main_window.h"
#include "mechanisms/agency_cases_window.h"
#include "mechanisms/leader_cases_window.h"
#include "mechanisms/reception_schedule_dialog.h"
#include "mediation/mediation_extension.h"
#include "reports/report_window.h"
#include "storage/backup.h"
#include "storage/store_location.h"
#include "util/i18n.h"
#include "widgets/background_work.h"
#include "widgets/database_watch.h"
#include "widgets/dialogs.h"
#include "workflow/case_actions_dialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QSize>
#include <QStatusBar>
#include <QTranslator>

namespace ow::ui {

void installQtTranslations(QApplication& app, const QString& language)
{
    static QTranslator* qtTranslator = nullptr;
    if (qtTranslator) {
        QCoreApplication::removeTranslator(qtTranslator);
        delete qtTranslator;
        qtTranslator = nullptr;
    }
    if (language == QLatin1String("en"))
        return;
    auto* t = new QTranslator(&app);
    if (t->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(t);
        qtTranslator = t;
    } else {
        delete t;
    }
}

namespace {

const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN (default) or en."),
                                    QStringLiteral("LANG"));
const QCommandLineOption dbOption(QStringLiteral("db"),
                                  QStringLiteral("Database file (default: per-user file), or a center's server as "
                                                 "postgresql://user@server/database."),
                                  QStringLiteral("PATH|URL"));

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral("OneWindow"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(langOption);
    parser.addOption(dbOption);
}

} // namespace

QSize defaultWindowSize(const QRect& available)
{
    // Most of the screen: the list and the case pane both need room.
    return {std::min(available.width() * 95 / 100, 1600), std::min(available.height() * 9 / 10, 1000)};
}

void installEverything(MainWindow& window)
{
    installUsers(window);
    installRoutingRules(window);
    installHolidays(window);
    installDeadlineRules(window);
    installReferenceLists(window);
    installIntake(window);
    installReceptionSchedule(window);
    installCaseActions(window);
    installCaseEditing(window);
    installReportPages(window);
    installExchange(window);
    installMediation(window);
    installLeaderCases(window);
    installAgency(window);
    installCenterSettings(window);
    installBackups(window);
    installSiteKeys(window);
}

bool onlyPrintsText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all" || a == "-?")
            return true;
    }
    return false;
}

int printDesktopText(QCoreApplication& app)
{
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // --version and --help print and exit here
    return 0;
}

namespace {

QString cannotOpenTitle()
{
    return QCoreApplication::translate("ow::ui::MainWindow", "Cannot Open Database");
}

// --db URL: that server for this start (not remembered as the desk's store: a start without --db
// goes where the first-run dialog chose). A server that cannot be opened (unreachable, refused,
// another schema version) is status 3, with the server's message.
DesktopStore openGivenServer(const StoreLocation& location)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<DatabasePtr> opened = Database::openServer(location, serverPasswordPrompt(nullptr));
    QApplication::restoreOverrideCursor();
    if (!opened) {
        MessageBox::critical(nullptr, cannotOpenTitle(), opened.error());
        return {nullptr, 3};
    }
    // Offered at a next first run, as the dialog's connection test does.
    QSettings().setValue(QLatin1String(FirstRunDialog::kLastServerKey), location.url());
    return {opened.value(), 0};
}

// The server the first-run dialog chose for this desk. When it cannot be opened (the server down,
// the address changed, the database at another schema version), the first-run dialog opens again
// with the server's message at its field: the user tries again, corrects it or chooses a file.
DesktopStore openDeskServer(const QString& url)
{
    Result<DatabasePtr> opened = fail(QString());
    if (const Result<StoreLocation> location = parseStoreLocation(url); !location) {
        opened = fail(location.error());
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        opened = Database::openServer(*location, serverPasswordPrompt(nullptr));
        QApplication::restoreOverrideCursor();
    }
    if (opened)
        return {opened.value(), 0};
    FirstRunDialog firstRun(defaultDatabasePath());
    firstRun.showServerProblem(url, opened.error());
    if (firstRun.exec() != QDialog::Accepted)
        return {nullptr, 3};
    return {firstRun.database(), 0};
}

DesktopStore openFileStore(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        FirstRunDialog firstRun(path);
        if (firstRun.exec() != QDialog::Accepted)
            return {nullptr, 0};
        return {firstRun.database(), 0};
    }
    Result<DatabasePtr> opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        MessageBox::critical(nullptr, cannotOpenTitle(),
                             QCoreApplication::translate("ow::ui::MainWindow", "The database %1 cannot be opened:\n%2")
                                 .arg(QDir::toNativeSeparators(path), opened.error()));
        return {nullptr, 3};
    }
    return {opened.value(), 0};
}

} // namespace

DesktopStore openDesktopStore(const QString& dbArgument)
{
    if (!dbArgument.isEmpty()) {
        // A URL as --db is never taken for a file: a malformed one (a password in it, another
        // scheme) is refused with status 2.
        const Result<StoreLocation> location = parseStoreLocation(dbArgument);
        if (!location) {
            MessageBox::critical(nullptr, cannotOpenTitle(), location.error());
            return {nullptr, 2};
        }
        return location->isPostgreSql() ? openGivenServer(*location) : openFileStore(dbArgument);
    }
    if (const QString desk = QSettings().value(QLatin1String(FirstRunDialog::kDeskServerKey)).toString();
        !desk.isEmpty())
        return openDeskServer(desk);
    return openFileStore(defaultDatabasePath());
}

bool startDailyBackup(MainWindow& window)
{
    // On a server the backup is the administrator's pg_dump (docs/postgresql.md, "Backups on a
    // server"), as onewindow-cli skips it there too.
    if (window.database().isServer())
        return false;
    // The day's first start makes a checked backup, beside the window (it keeps painting).
    auto* daily = new BackgroundWork(&window);
    return daily->start<std::optional<backup::BackupInfo>>(
        window.database(), [](Database& d) { return backup::dailyBackupIfDue(d); },
        [&window](Result<std::optional<backup::BackupInfo>> made) {
            if (!made)
                MessageBox::warning(&window, QCoreApplication::translate("ow::ui::MainWindow", "Daily Backup"),
                                    QCoreApplication::translate("ow::ui::MainWindow",
                                                                "The daily backup failed:\n%1\n\nThe work can go on; "
                                                                "tell the administrator.")
                                        .arg(made.error()));
            else if (*made)
                window.statusBar()->showMessage(
                    QCoreApplication::translate("ow::ui::MainWindow", "Daily backup made and checked: %1")
                        .arg(QDir::toNativeSeparators((*made)->path)),
                    15000);
        });
}

int startDesktop(QApplication& app)
{
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    installFileModelGuard(app);

    // Chinese unless asked otherwise: the product is Chinese first on every locale.
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : QStringLiteral("zh_CN");
    i18n::setLanguage(language);
    installQtTranslations(app, i18n::language());
    QApplication::setApplicationDisplayName(QCoreApplication::translate("ow::ui::MainWindow", "OneWindow"));

    const DesktopStore store = openDesktopStore(parser.isSet(dbOption) ? parser.value(dbOption) : QString());
    if (!store.db)
        return store.status;
    const DatabasePtr db = store.db;
    MainWindow window(db);
    watchDatabase(window, *db);
    if (!signInIfRequired(db, window))
        return 0;
    installEverything(window);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        window.resize(defaultWindowSize(screen->availableGeometry()));
    window.show();
    startDailyBackup(window);
    return app.exec();
}

} // namespace ow::ui
