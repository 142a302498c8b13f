// File → Import Ledger…: choose a ledger CSV, see a dry-run check (counts and every problem as
// line, column, reason, copyable), then import it through the core LedgerImporter.
#pragma once

#include "exchange/ledger_import.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportLedgerDialog;
}

namespace ow::ui {

class ImportLedgerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportLedgerDialog(DatabasePtr db, QWidget* parent = nullptr);
    ~ImportLedgerDialog() override;

    // Checks a file without writing (also what choosing a file does).
    void checkFile(const QString& path);
    const LedgerReport& lastReport() const { return m_report; }
    // The problems as text, one per line, tab-separated (line, column, reason), for the clipboard.
    QString problemsText() const;

signals:
    // Cases were written; the list should reload.
    void imported();

private:
    void chooseFile();
    void runImport();
    void showReport(const LedgerReport& report, bool dryRun);

    std::unique_ptr<Ui::ImportLedgerDialog> m_ui;
    DatabasePtr m_db;
    QString m_path;
    LedgerReport m_report;
};

} // namespace ow::ui
