// Menu actions, pages and shortcuts of intake, triage and the home view.
#include "intake/intake_extension.h"

#include "home/home_view.h"
#include "intake/intake_dialog.h"
#include "intake/triage_view.h"
#include "main/main_window.h"
#include "models/case_list_model.h"

#include <QAction>
#include <QCoreApplication>
#include <QTabBar>
#include <QTabWidget>

namespace ow::ui {

void installIntake(MainWindow& window)
{
    auto* home = new HomeView(window.databasePtr(), window.user().department, &window);
    auto* triage = new TriageView(window.databasePtr(), window.actor(), &window);
    window.addPage(home, QCoreApplication::translate("ow::ui::HomeView", "Home"));
    window.addPage(triage, QCoreApplication::translate("ow::ui::TriageView", "Triage"));
    // The window opens on the work queues (首页), the first tab; the case list follows.
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"))) {
        tabs->tabBar()->moveTab(tabs->indexOf(home), 0);
        tabs->setCurrentWidget(home);
    }
    auto openIntake = [&window, home, triage] {
        auto* dialog = new IntakeDialog(window.databasePtr(), window.actor(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &IntakeDialog::caseSaved, &window, [&window, home, triage] {
            window.refreshCases();
            home->refresh();
            triage->refresh();
        });
        dialog->open();
    };
    QAction* action = window.addMenuAction(
        MainWindow::Menu::Cases, QCoreApplication::translate("ow::ui::IntakeDialog", "New Registration…"), openIntake);
    action->setShortcut(Qt::Key_F2);
    window.requirePermission(action, permissions::Action::Intake);
    QObject::connect(home, &HomeView::newIntakeRequested, &window, openIntake);
    QObject::connect(home, &HomeView::queueChosen, &window, [&window](const CaseFilter& filter, const QString&) {
        window.caseModel()->setFilter(filter);
        if (auto* cases = window.findChild<QWidget*>(QStringLiteral("casesPage")))
            window.showPage(cases);
    });
    QObject::connect(&window, &MainWindow::routingRulesChanged, triage, &TriageView::refresh);
    QObject::connect(&window, &MainWindow::changedElsewhere, home, &HomeView::refresh);
    QObject::connect(&window, &MainWindow::changedElsewhere, triage, &TriageView::refresh);
    QObject::connect(triage, &TriageView::routed, &window, [&window, home] {
        window.refreshCases();
        home->refresh();
    });
}

} // namespace ow::ui
