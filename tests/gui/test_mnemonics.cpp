// Every window and dialog, built as the program builds it, has no access key (Alt+letter, the
// "&X" of a label, button, group box, tab or menu title) used twice within one window: a
// duplicate makes Alt+C open the 案件 menu in one place and move to 类别 in another (issue 18 item 5).
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/mediation_test_support.h"

#include "admin/backup_dialog.h"
#include "admin/deadline_rules_dialog.h"
#include "admin/holidays_dialog.h"
#include "admin/reference_lists_dialog.h"
#include "admin/routing_rules_dialog.h"
#include "admin/settings_dialog.h"
#include "admin/sign_in_dialog.h"
#include "admin/users_dialog.h"
#include "app/first_run_dialog.h"
#include "app/startup.h"
#include "exchange/conflicts_dialog.h"
#include "exchange/exchange_dialogs.h"
#include "intake/intake_dialog.h"
#include "ledger/import_ledger_dialog.h"
#include "main/case_edit_dialog.h"
#include "main/main_window.h"
#include "mechanisms/agency_cases_window.h"
#include "mechanisms/agency_points_dialog.h"
#include "mechanisms/leader_cases_window.h"
#include "mechanisms/reception_schedule_dialog.h"
#include "mediation/agreement_dialog.h"
#include "mediation/attachments_dialog.h"
#include "mediation/close_case_dialog.h"
#include "mediation/followup_dialog.h"
#include "mediation/judicial_confirmation_dialog.h"
#include "mediation/performance_dialog.h"
#include "mediation/roster_dialog.h"
#include "mediation/session_dialog.h"
#include "reports/report_window.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "util/i18n.h"
#include "workflow/case_actions_dialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <functional>
#include <map>
#include <memory>

using namespace ow;

namespace {

// The access key of a text: the character after a single '&', upper-cased; none for "&&".
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// Access keys that reach something in `top` as it is shown now (widgets on hidden tab pages don't
// answer Alt), each with what carries it; the menu bar's titles count for a main window.
std::map<QChar, QStringList> keysOf(QWidget* top)
{
    std::map<QChar, QStringList> keys;
    auto add = [&](const QString& text, const QString& what) {
        if (const QChar k = mnemonic(text); !k.isNull())
            keys[k] << what + QStringLiteral(" \"") + text + QLatin1Char('"');
    };
    const auto reachable = [top](QWidget* w) { return w->isVisibleTo(top) && w->isEnabled(); };
    for (QAbstractButton* b : top->findChildren<QAbstractButton*>())
        if (reachable(b) && !qobject_cast<QMenu*>(b->window()) && b->window() == top)
            add(b->text(), b->objectName());
    for (QLabel* l : top->findChildren<QLabel*>())
        if (l->buddy() && reachable(l) && l->window() == top)
            add(l->text(), l->objectName());
    for (QGroupBox* g : top->findChildren<QGroupBox*>())
        if (reachable(g) && g->window() == top)
            add(g->title(), g->objectName());
    for (QTabWidget* t : top->findChildren<QTabWidget*>())
        if (reachable(t) && t->window() == top)
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i), t->objectName() + QStringLiteral(" tab"));
    if (auto* mw = qobject_cast<QMainWindow*>(top))
        for (QAction* a : mw->menuBar()->actions())
            add(a->text(), QStringLiteral("menu"));
    return keys;
}

QStringList duplicates(QWidget* top, const QString& where)
{
    QStringList out;
    for (const auto& [key, users] : keysOf(top))
        if (users.size() > 1)
            out << where + QStringLiteral(": Alt+") + key + QStringLiteral(" on ") + users.join(QStringLiteral(", "));
    return out;
}

// Within one open menu each item's key must differ too.
QStringList menuDuplicates(QMenuBar* bar)
{
    QStringList out;
    for (QAction* title : bar->actions()) {
        QMenu* menu = title->menu();
        if (!menu)
            continue;
        std::map<QChar, QStringList> keys;
        for (QAction* a : menu->actions())
            if (const QChar k = mnemonic(a->text()); !k.isNull() && a->isVisible())
                keys[k] << a->text();
        for (const auto& [key, users] : keys)
            if (users.size() > 1)
                out << title->text() + QStringLiteral(" menu: Alt+") + key + QStringLiteral(" on ") +
                           users.join(QStringLiteral(", "));
    }
    return out;
}

// Builds the main window and every dialog in the current language; the clashes found, and how many
// windows were looked at.
QStringList clashesEverywhere(int& windows)
{
    test::TempDatabase t;
    test::makeRoster(*t.db);
    const QString caseId = test::makeCase(*t.db, QStringLiteral("people_mediation"), QStringLiteral("in_progress"),
                                          QStringLiteral("private_loan"));
    const CaseRecord c = *CaseStore(*t.db).load(caseId);
    const Actor system = actorFor(*t.db, QStringLiteral("system")).value();
    const QString sys = QStringLiteral("system");
    QTemporaryDir fresh;

    QStringList found;
    windows = 0;
    auto check = [&](QWidget* w, const QString& name) {
        ++windows;
        // Each page of a tab widget in turn, as the user switches to it.
        const auto tabs = w->findChildren<QTabWidget*>();
        if (tabs.isEmpty()) {
            found << duplicates(w, name);
            return;
        }
        for (QTabWidget* tab : tabs)
            for (int i = 0; i < tab->count(); ++i) {
                tab->setCurrentIndex(i);
                found << duplicates(w, name + QLatin1Char('/') + tab->tabText(i));
            }
    };

    ui::MainWindow window(t.db);
    ui::installEverything(window);
    check(&window, QStringLiteral("MainWindow"));
    found << menuDuplicates(window.menuBar());

    const std::vector<std::pair<QString, std::function<QWidget*()>>> dialogs{
        {QStringLiteral("FirstRunDialog"),
         [&] { return new ui::FirstRunDialog(fresh.filePath(QStringLiteral("new.sqlite"))); }},
        {QStringLiteral("SignInDialog"), [&] { return new ui::SignInDialog(t.db); }},
        {QStringLiteral("PasswordDialog"),
         [&] { return new ui::PasswordDialog(t.db, sys, QStringLiteral("系统"), system); }},
        {QStringLiteral("IntakeDialog"), [&] { return new ui::IntakeDialog(t.db, sys); }},
        {QStringLiteral("CaseEditDialog"), [&] { return new ui::CaseEditDialog(t.db, c, sys); }},
        {QStringLiteral("CaseActionsDialog"), [&] { return new ui::CaseActionsDialog(t.db, c, sys); }},
        {QStringLiteral("SessionDialog"), [&] { return new ui::SessionDialog(t.db, caseId, sys); }},
        {QStringLiteral("CloseCaseDialog"), [&] { return new ui::CloseCaseDialog(t.db, caseId, sys); }},
        {QStringLiteral("FollowupDialog"), [&] { return new ui::FollowupDialog(t.db, caseId, sys); }},
        {QStringLiteral("AgreementDialog"), [&] { return new ui::AgreementDialog(t.db, caseId, sys); }},
        {QStringLiteral("JudicialConfirmationDialog"),
         [&] { return new ui::JudicialConfirmationDialog(t.db, caseId, sys); }},
        {QStringLiteral("PerformanceDialog"), [&] { return new ui::PerformanceDialog(t.db, caseId, sys); }},
        {QStringLiteral("AttachmentsDialog"), [&] { return new ui::AttachmentsDialog(t.db, caseId, sys); }},
        {QStringLiteral("RosterDialog"), [&] { return new ui::RosterDialog(t.db, sys); }},
        {QStringLiteral("UsersDialog"), [&] { return new ui::UsersDialog(t.db, system); }},
        {QStringLiteral("RoutingRulesDialog"), [&] { return new ui::RoutingRulesDialog(t.db, system); }},
        {QStringLiteral("HolidaysDialog"), [&] { return new ui::HolidaysDialog(t.db, system); }},
        {QStringLiteral("DeadlineRulesDialog"), [&] { return new ui::DeadlineRulesDialog(t.db, system); }},
        {QStringLiteral("ReferenceListsDialog"), [&] { return new ui::ReferenceListsDialog(t.db, system); }},
        {QStringLiteral("SettingsDialog"), [&] { return new ui::SettingsDialog(t.db, sys); }},
        {QStringLiteral("BackupDialog"), [&] { return new ui::BackupDialog(t.db, sys); }},
        {QStringLiteral("ImportLedgerDialog"), [&] { return new ui::ImportLedgerDialog(t.db, sys); }},
        {QStringLiteral("ImportPackageDialog"), [&] { return new ui::ImportPackageDialog(t.db, sys); }},
        {QStringLiteral("ExportPackageDialog"), [&] { return new ui::ExportPackageDialog(t.db, sys); }},
        {QStringLiteral("ConflictsDialog"), [&] { return new ui::ConflictsDialog(t.db, sys); }},
        {QStringLiteral("ReportWindow"), [&] { return new ui::ReportWindow(t.db); }},
        {QStringLiteral("ReceptionScheduleDialog"), [&] { return new ui::ReceptionScheduleDialog(t.db, system); }},
        {QStringLiteral("LeaderEditDialog"), [&] { return new ui::LeaderEditDialog(t.db, sys, Leader{}); }},
        {QStringLiteral("ReceptionDayEditDialog"),
         [&] { return new ui::ReceptionDayEditDialog(t.db, sys, ReceptionDay{}); }},
        {QStringLiteral("LeaderCasesWindow"), [&] { return new ui::LeaderCasesWindow(t.db, system); }},
        {QStringLiteral("AssignLeaderDialog"), [&] { return new ui::AssignLeaderDialog(t.db, caseId, sys); }},
        {QStringLiteral("AgencyCasesWindow"), [&] { return new ui::AgencyCasesWindow(t.db, system); }},
        {QStringLiteral("RegisterAgencyDialog"), [&] { return new ui::RegisterAgencyDialog(t.db, caseId, system); }},
        {QStringLiteral("AgencyPointsDialog"), [&] { return new ui::AgencyPointsDialog(t.db, sys); }},
    };
    for (const auto& [name, make] : dialogs) {
        std::unique_ptr<QWidget> w(make());
        check(w.get(), name);
    }
    CHECK(windows == int(dialogs.size()) + 1);
    return found;
}

} // namespace

TEST_CASE("no window or dialog uses an access key twice")
{
    int windows = 0;
    const QStringList found = clashesEverywhere(windows);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
    CHECK(windows > 25);
}

TEST_CASE("no window or dialog uses an access key twice in English either")
{
    // As `onewindow --lang en` runs: the English translation installed before the windows are built.
    i18n::setLanguage(QStringLiteral("en"));
    int windows = 0;
    const QStringList found = clashesEverywhere(windows);
    i18n::setLanguage(QStringLiteral("zh_CN"));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
    CHECK(windows > 25);
}
