// Import Ledger dialog: the dry run first, the import only when every row is valid.
#include "ledger/import_ledger_dialog.h"

#include "ui_import_ledger_dialog.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>

namespace ow::ui {

ImportLedgerDialog::ImportLedgerDialog(DatabasePtr db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportLedgerDialog>())
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    QHeaderView* rows = m_ui->problemsTableWidget->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_ui->problemsTableWidget->horizontalHeader();
    header->resizeSection(0, fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 24);
    header->resizeSection(1, fontMetrics().horizontalAdvance(QStringLiteral("申请人证件号码")) + 24);
    m_ui->problemsTableWidget->hide();
    m_ui->copyProblemsButton->hide();

    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ImportLedgerDialog::chooseFile);
    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] { checkFile(m_path); });
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportLedgerDialog::runImport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->copyProblemsButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(problemsText()); });
    auto* copy = new QShortcut(QKeySequence::Copy, m_ui->problemsTableWidget);
    connect(copy, &QShortcut::activated, this, [this] { QApplication::clipboard()->setText(problemsText()); });
    m_ui->chooseFileButton->setDefault(true);
}

ImportLedgerDialog::~ImportLedgerDialog() = default;

void ImportLedgerDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose Ledger"), QDir::homePath(),
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        checkFile(path);
}

void ImportLedgerDialog::checkFile(const QString& path)
{
    m_path = path;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    m_ui->checkButton->setEnabled(!path.isEmpty());
    LedgerOptions options;
    options.dryRun = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const LedgerReport report = LedgerImporter(*m_db).importFile(path, options);
    QApplication::restoreOverrideCursor();
    showReport(report, true);
}

void ImportLedgerDialog::runImport()
{
    if (m_path.isEmpty())
        return;
    LedgerOptions options;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const LedgerReport report = LedgerImporter(*m_db).importFile(m_path, options);
    QApplication::restoreOverrideCursor();
    showReport(report, false);
    if (report.ok && report.imported > 0)
        emit imported();
}

void ImportLedgerDialog::showReport(const LedgerReport& report, bool dryRun)
{
    m_report = report;
    QTableWidget* table = m_ui->problemsTableWidget;
    table->setRowCount(0);
    QString summary;
    if (!report.fileError.isEmpty()) {
        summary = tr("The file cannot be read: %1").arg(report.fileError);
    } else if (!report.ok) {
        summary = report.databaseError
                      ? tr("The import failed and nothing was written.")
                      : tr("%n problem(s) found. Nothing was written; correct the ledger and check it again.", nullptr,
                           static_cast<int>(report.problems.size()));
    } else if (dryRun) {
        summary =
            report.imported > 0
                ? tr("All rows are valid: %1 case(s) will be imported, %2 are already in the database "
                     "unchanged. Press Import to write them.")
                      .arg(report.imported)
                      .arg(report.unchanged)
                : tr("Nothing to import: all %1 case(s) are already in the database unchanged.").arg(report.unchanged);
    } else {
        summary = tr("Imported %1 case(s); %2 unchanged.").arg(report.imported).arg(report.unchanged);
    }
    m_ui->summaryLabel->setText(summary);

    table->setRowCount(static_cast<int>(report.problems.size()));
    for (int i = 0; i < report.problems.size(); ++i) {
        const LedgerProblem& p = report.problems[i];
        auto* line = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 0, line);
        table->setItem(i, 1, new QTableWidgetItem(p.column));
        auto* reason = new QTableWidgetItem(p.reason);
        reason->setToolTip(p.reason);
        table->setItem(i, 2, reason);
    }
    const bool problems = !report.problems.isEmpty();
    table->setVisible(problems);
    m_ui->copyProblemsButton->setVisible(problems);
    m_ui->copyProblemsButton->setEnabled(problems);
    // Importing is offered only after a clean dry run, and only once.
    m_ui->importButton->setEnabled(dryRun && report.ok && report.imported > 0);
    if (m_ui->importButton->isEnabled()) {
        m_ui->importButton->setDefault(true);
        m_ui->importButton->setFocus();
    } else if (!dryRun && report.ok) {
        m_ui->closeButton->setDefault(true);
        m_ui->closeButton->setFocus();
    }
}

QString ImportLedgerDialog::problemsText() const
{
    QStringList lines;
    if (!m_report.fileError.isEmpty())
        lines << m_report.fileError;
    for (const LedgerProblem& p : m_report.problems)
        lines << QString::number(p.line) + QLatin1Char('\t') + p.column + QLatin1Char('\t') + p.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ow::ui
