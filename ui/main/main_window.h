// The main window: filter bar, paged case list and read-only case pane, menus and status bar.
//
// For other dialogs and pages (ui/intake, ui/reports, ui/exchange): add yourselves with ONE line
// where the window is built (ui/app/startup.cpp, or MainWindow::installExtensions in main_window.cpp):
//     window.addMenuAction(MainWindow::Menu::Reports, tr("Monthly Report…"), [&window] { ... });
//     window.addPage(new ReportsPage(window.database(), &window), tr("Reports"));
// After a write, call window.refreshCases() so the list and the counts show it.
#pragma once

#include "domain/case.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/reference_data.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace ow {
class ChangeWatcher;
}

namespace ow::ui {

class CaseListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu
    {
        File, // actions go above the separator before Exit
        Cases,
        Mediation, // sessions, agreements, confirmation, follow-up, attachments, printouts
        Reports,
        Admin, // users, roster and rooms, center settings, reference data
        Help,
    };

    explicit MainWindow(DatabasePtr db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    const DatabasePtr& databasePtr() const { return m_db; }
    const ReferenceData& reference() const { return m_reference; }
    CaseListModel* caseModel() const { return m_model; }

    // Adds an action to a menu (shown once a menu has an action) and returns it.
    QAction* addMenuAction(Menu menu, const QString& text, std::function<void()> handler);
    void addMenuAction(Menu menu, QAction* action);
    // Shows the action (or the page) only to a user whose role the role table lets do `need`
    // (security/permissions.h, the table the command line asks too); applied again at setUser.
    void requirePermission(QAction* action, permissions::Action need);
    void requirePermission(QWidget* page, permissions::Action need);
    QMenu* menu(Menu menu) const;
    // Adds a tab next to the case list (the tab bar appears once there are two) and returns its index.
    int addPage(QWidget* page, const QString& title);
    void showPage(QWidget* page);

    // The UUID of the selected case, empty when none.
    QString selectedCaseId() const;
    // The selected case, loaded; or nothing, after telling the user to select one (or why it cannot
    // be read). For menu actions that work on the selected case.
    std::optional<CaseRecord> selectedCaseOrExplain();

    // The signed-in user (the built-in `system` operator while sign-in is off); every service
    // call from a dialog names actor() as the acting login.
    const QString& actor() const { return m_user.login; }
    const Actor& user() const { return m_user; }
    // Call before the extensions are installed: pages read the user's department.
    void setUser(const Actor& user);
    // The same for a login (looked up among the active users).
    void setActor(const QString& login);

public slots:
    // Reloads the case list with the current filter (after an import or an edit).
    void refreshCases();
    // Reads the center settings again (after Center Settings… or Reference Lists…): the name in the
    // title, the due-soon share of the list's and the pane's colours, the names of categories,
    // townships and departments.
    void reloadSettings();
    // Opens the Import Ledger dialog (File → Import Ledger…); it is not modal to the event loop.
    void openImportLedgerDialog();

signals:
    void currentCaseChanged(const QString& caseId);
    // A routing rule was added, changed or removed: the triage page suggests anew.
    void routingRulesChanged();
    // Another desk (process or connection) committed to the database: pages with lists and queues
    // refresh (the case list already has, keeping its selection and scroll position).
    void changedElsewhere();

private:
    void loadSettings();
    void fillFilters();
    void fillReferenceFilters(); // categories and townships, which an administrator may change
    void applyFilter();
    void updateStatusBar();
    void showCurrentCase();
    // Shows the selected case again (after a change, or with full numbers on or off).
    void renderCurrentCase();
    void setFullNumbers(bool on);
    void showAbout();
    void setupColumns();
    void onChangedElsewhere();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabasePtr m_db;
    ReferenceData m_reference;
    CaseListModel* m_model = nullptr;
    QTimer* m_searchTimer = nullptr;
    ChangeWatcher* m_watcher = nullptr;
    double m_dueSoonShare = 0.8;
    QAction* m_fullNumbersAction = nullptr;
    QList<std::pair<QPointer<QAction>, permissions::Action>> m_guardedActions;
    QList<std::pair<QPointer<QWidget>, permissions::Action>> m_guardedPages;
    void applyPermissions();
    Actor m_user{QStringLiteral("system"), QStringLiteral("system"), QStringLiteral("system"), {}};
};

} // namespace ow::ui
