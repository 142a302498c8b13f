// Import Ledger dialog: the dry run first, the import only when every row is valid.
#include "ledger/import_ledger_dialog.h"

#include "storage/search_index.h"
#include "ui_import_ledger_dialog.h"
#include "widgets/background_work.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QShortcut>

#include <algorithm>

namespace ow::ui {

ImportLedgerDialog::ImportLedgerDialog(DatabasePtr db, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportLedgerDialog>())
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_work(new BackgroundWork(this))
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    connect(m_work, &BackgroundWork::progressed, this, &ImportLedgerDialog::showProgress);
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
    // Another encoding: the file is checked again as that.
    connect(m_ui->encodingComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            checkFile(m_path);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportLedgerDialog::runImport);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->copyProblemsButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(problemsText()); });
    auto* copy = new QShortcut(QKeySequence::Copy, m_ui->problemsTableWidget);
    connect(copy, &QShortcut::activated, this, [this] { QApplication::clipboard()->setText(problemsText()); });
    m_ui->chooseFileButton->setDefault(true);
}

ImportLedgerDialog::~ImportLedgerDialog() = default;

bool ImportLedgerDialog::busy() const
{
    return m_work->running();
}

void ImportLedgerDialog::reject()
{
    if (!busy())
        QDialog::reject();
}

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
    start(path, true);
}

void ImportLedgerDialog::runImport()
{
    if (!m_path.isEmpty())
        start(m_path, false);
}

void ImportLedgerDialog::start(const QString& path, bool dryRun)
{
    if (path.isEmpty() || busy())
        return;
    LedgerOptions options;
    options.dryRun = dryRun;
    options.actor = m_actor;
    static const char* const encodings[] = {"", "utf-8", "gb18030"}; // the items of encodingComboBox
    options.encoding = QString::fromLatin1(encodings[std::clamp(m_ui->encodingComboBox->currentIndex(), 0, 2)]);
    BackgroundWork* work = m_work;
    options.progress = [work](LedgerOptions::Stage stage, qint64 done, qint64 total) {
        const QLocale l;
        switch (stage) {
        case LedgerOptions::Stage::Checking:
            work->progress(ImportLedgerDialog::tr("Checking row %1 of %2…").arg(l.toString(done), l.toString(total)),
                           done, total);
            break;
        case LedgerOptions::Stage::Writing:
            work->progress(ImportLedgerDialog::tr("Importing row %1 of %2…").arg(l.toString(done), l.toString(total)),
                           done, total);
            break;
        case LedgerOptions::Stage::Saving:
            work->progress(ImportLedgerDialog::tr("Saving %1 rows to the database…").arg(l.toString(total)));
            break;
        }
    };
    work->progress(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    const bool started = m_work->start<LedgerReport>(
        *m_db,
        [path, options, work](Database& db) -> Result<LedgerReport> {
            LedgerReport report = LedgerImporter(db).importFile(path, options);
            if (report.ok && report.imported > 0 && !options.dryRun) {
                // Indexed now, while the user waits anyway, rather than by the first search.
                work->progress(ImportLedgerDialog::tr("Preparing the new cases for search…"));
                (void)search::syncPending(db); // a failure is retried by the next search
            }
            return report;
        },
        [this, dryRun](Result<LedgerReport> done) {
            LedgerReport report;
            if (done) {
                report = *done;
            } else {
                report.databaseError = true;
                report.fileError = done.error();
            }
            setBusy(false);
            showReport(report, dryRun);
            if (!dryRun && report.ok && report.imported > 0)
                emit imported();
            emit workDone();
        });
    if (started)
        setBusy(true);
}

void ImportLedgerDialog::setBusy(bool busy)
{
    m_ui->chooseFileButton->setEnabled(!busy);
    m_ui->encodingComboBox->setEnabled(!busy);
    m_ui->checkButton->setEnabled(!busy && !m_path.isEmpty());
    m_ui->closeButton->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    if (busy) {
        m_ui->importButton->setEnabled(false);
        m_ui->copyProblemsButton->setEnabled(false);
        m_ui->problemsTableWidget->setRowCount(0);
        m_ui->progressBar->setRange(0, 0); // busy until the first count arrives
    }
}

void ImportLedgerDialog::showProgress(const QString& text, qint64 done, qint64 total)
{
    m_ui->summaryLabel->setText(text);
    if (total > 0) {
        m_ui->progressBar->setRange(0, int(total));
        m_ui->progressBar->setValue(int(done));
    } else {
        m_ui->progressBar->setRange(0, 0);
    }
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
                           static_cast<int>(report.problemCount()));
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
    if (!report.encodingNote.isEmpty())
        summary += QLatin1Char('\n') + report.encodingNote;
    m_ui->summaryLabel->setText(summary);

    // The problems listed, then a last row with how many more there are.
    table->setRowCount(static_cast<int>(report.problems.size()) + (report.unlisted > 0 ? 1 : 0));
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
    if (report.unlisted > 0) {
        const QString more = report.errorLines().constLast();
        auto* reason = new QTableWidgetItem(more);
        reason->setToolTip(more);
        table->setItem(table->rowCount() - 1, 2, reason);
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
    if (m_report.unlisted > 0)
        lines << m_report.errorLines().constLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ow::ui
