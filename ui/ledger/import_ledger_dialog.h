// File → Import Ledger…: choose a ledger CSV, see a dry-run check (counts and every problem as
// line, column, reason, copyable), then import it through the core LedgerImporter. Checking and
// importing run on a thread of their own with a progress bar; the dialog cannot close meanwhile.
#pragma once

#include "exchange/ledger_import.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportLedgerDialog;
}

namespace ow::ui {

class BackgroundWork;

class ImportLedgerDialog : public QDialog
{
    Q_OBJECT

public:
    ImportLedgerDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);
    ~ImportLedgerDialog() override;

    // Checks a file without writing (also what choosing a file does). Returns at once; the result
    // shows when the check ends (workDone()).
    void checkFile(const QString& path);
    // A check or an import is running.
    bool busy() const;
    const LedgerReport& lastReport() const { return m_report; }
    // The problems as text, one per line, tab-separated (line, column, reason), for the clipboard.
    QString problemsText() const;

    // Closing is refused while the work runs (Esc, the close button, the title bar).
    void reject() override;

signals:
    // Cases were written; the list should reload.
    void imported();
    // A check or an import ended and its report is on show.
    void workDone();

private:
    void chooseFile();
    void runImport();
    void start(const QString& path, bool dryRun);
    void setBusy(bool busy);
    void showProgress(const QString& text, qint64 done, qint64 total);
    void showReport(const LedgerReport& report, bool dryRun);

    std::unique_ptr<Ui::ImportLedgerDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
    BackgroundWork* m_work = nullptr;
    QString m_path;
    LedgerReport m_report;
};

} // namespace ow::ui
