// Cases-menu actions for mediation: session record, closure, agreement preview, bound case file.
#include "mediation/mediation_extension.h"

#include "main/main_window.h"
#include "mediation/agreement_dialog.h"
#include "mediation/attachments_dialog.h"
#include "mediation/close_case_dialog.h"
#include "mediation/followup_dialog.h"
#include "mediation/judicial_confirmation_dialog.h"
#include "mediation/mediation_documents.h"
#include "mediation/performance_dialog.h"
#include "mediation/roster.h"
#include "mediation/roster_dialog.h"
#include "mediation/session_dialog.h"
#include "storage/case_store.h"
#include "widgets/dialogs.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace ow::ui {
namespace {

// The selected case's UUID, or empty after telling the user to pick one.
QString selectedCaseOrExplain(MainWindow& window)
{
    const std::optional<CaseRecord> c = window.selectedCaseOrExplain();
    return c ? c->id : QString();
}

// Opens a case dialog (agreement, judicial confirmation, performance) on the selected case and
// refreshes the window after a save; a closed case opens read-only with the reason.
template <typename Dialog> void openCaseDialog(MainWindow& window)
{
    const QString id = selectedCaseOrExplain(window);
    if (id.isEmpty())
        return;
    Dialog dialog(window.databasePtr(), id, window.actor(), &window);
    if (dialog.exec() == QDialog::Accepted)
        window.refreshCases();
}

// A new database has no mediators: instead of a session dialog that cannot be saved, offer the
// roster (Administration → Mediators and Rooms…). True when someone is on the roster (now).
bool mediatorsOnRosterOrOffer(MainWindow& window)
{
    if (!RosterService(window.database()).mediators().isEmpty())
        return true;
    if (MessageBox::question(&window, QCoreApplication::translate("MediationMenu", "No Mediators Yet"),
                             QCoreApplication::translate("MediationMenu",
                                                         "No mediator is on the roster yet, so no session can be "
                                                         "recorded. Add mediators and rooms now (Administration → "
                                                         "Mediators and Rooms…)?")) != QMessageBox::Yes)
        return false;
    RosterDialog roster(window.databasePtr(), window.actor(), &window);
    roster.exec();
    return !RosterService(window.database()).mediators().isEmpty();
}

} // namespace

// Where the bound case file is offered: the documents folder, named after the case number (or the
// one-case code before it has one), e.g. （2025）乌中矛调字第0101号.pdf.
QString caseFileSuggestion(Database& db, const QString& caseId)
{
    QString name;
    if (auto c = CaseStore(db).load(caseId))
        name = c->caseNo.isEmpty() ? c->oneCaseCode() : c->caseNo;
    if (name.isEmpty())
        name = QCoreApplication::translate("MediationMenu", "case-file");
    // No path separators or characters Windows refuses in a file name.
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral("_"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(name + QStringLiteral(".pdf"));
}

void installMediation(MainWindow& window)
{
    window.addMenuAction(MainWindow::Menu::Mediation,
                         QCoreApplication::translate("MediationMenu", "Record Mediation Session…"), [&window] {
                             const QString id = selectedCaseOrExplain(window);
                             if (id.isEmpty() || !mediatorsOnRosterOrOffer(window))
                                 return;
                             SessionDialog dialog(window.databasePtr(), id, window.actor(), &window);
                             if (dialog.exec() == QDialog::Accepted)
                                 window.refreshCases();
                         });
    window.addMenuAction(MainWindow::Menu::Mediation,
                         QCoreApplication::translate("MediationMenu", "Mediation Agreement…"),
                         [&window] { openCaseDialog<AgreementDialog>(window); });
    window.addMenuAction(MainWindow::Menu::Mediation,
                         QCoreApplication::translate("MediationMenu", "Judicial Confirmation…"),
                         [&window] { openCaseDialog<JudicialConfirmationDialog>(window); });
    window.addMenuAction(MainWindow::Menu::Mediation,
                         QCoreApplication::translate("MediationMenu", "Performance of the Agreement…"),
                         [&window] { openCaseDialog<PerformanceDialog>(window); });
    window.addMenuAction(MainWindow::Menu::Cases, QCoreApplication::translate("MediationMenu", "Close Case…"),
                         [&window] {
                             const QString id = selectedCaseOrExplain(window);
                             if (id.isEmpty())
                                 return;
                             CloseCaseDialog dialog(window.databasePtr(), id, window.actor(), &window);
                             if (dialog.exec() == QDialog::Accepted)
                                 window.refreshCases();
                         });
    window.addMenuAction(
        MainWindow::Menu::Mediation, QCoreApplication::translate("MediationMenu", "Agreement Preview…"), [&window] {
            const QString id = selectedCaseOrExplain(window);
            if (id.isEmpty())
                return;
            if (Status s = previewAgreement(window.database(), id, &window); !s)
                MessageBox::warning(&window, QCoreApplication::translate("MediationMenu", "Agreement"), s.error());
        });
    window.addMenuAction(MainWindow::Menu::Mediation,
                         QCoreApplication::translate("MediationMenu", "Export Bound Case File (PDF)…"), [&window] {
                             const QString id = selectedCaseOrExplain(window);
                             if (id.isEmpty())
                                 return;
                             const QString path = FileDialog::getSaveFileName(
                                 &window, QCoreApplication::translate("MediationMenu", "Export Bound Case File"),
                                 caseFileSuggestion(window.database(), id),
                                 QCoreApplication::translate("MediationMenu", "PDF files (*.pdf)"));
                             if (path.isEmpty())
                                 return;
                             auto written = writeCaseFilePdf(window.database(), id, path);
                             if (!written) {
                                 MessageBox::warning(&window,
                                                     QCoreApplication::translate("MediationMenu", "Bound Case File"),
                                                     written.error());
                                 return;
                             }
                             QDesktopServices::openUrl(QUrl::fromLocalFile(path));
                         });
    window.addMenuAction(MainWindow::Menu::Mediation, QCoreApplication::translate("MediationMenu", "Follow-up Visit…"),
                         [&window] {
                             const QString id = selectedCaseOrExplain(window);
                             if (id.isEmpty())
                                 return;
                             FollowupDialog dialog(window.databasePtr(), id, window.actor(), &window);
                             if (dialog.exec() == QDialog::Accepted)
                                 window.refreshCases();
                         });
    window.addMenuAction(MainWindow::Menu::Mediation, QCoreApplication::translate("MediationMenu", "Attachments…"),
                         [&window] {
                             const QString id = selectedCaseOrExplain(window);
                             if (id.isEmpty())
                                 return;
                             AttachmentsDialog dialog(window.databasePtr(), id, window.actor(), &window);
                             dialog.exec();
                             if (dialog.changed())
                                 window.refreshCases();
                         });
    window.addMenuAction(MainWindow::Menu::Admin, QCoreApplication::translate("MediationMenu", "Mediators and Rooms…"),
                         [&window] {
                             RosterDialog dialog(window.databasePtr(), window.actor(), &window);
                             dialog.exec();
                             if (dialog.changed())
                                 window.refreshCases();
                         });
}

} // namespace ow::ui
