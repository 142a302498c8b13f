// The package dialogs: every check and write goes through core/exchange (UI writes no SQL).
#include "exchange/exchange_dialogs.h"

#include "exchange/conflicts_dialog.h"
#include "exchange/package_export.h"
#include "main/main_window.h"
#include "storage/search_index.h"
#include "ui_export_package_dialog.h"
#include "ui_import_package_dialog.h"
#include "util/clock.h"
#include "widgets/background_work.h"
#include "widgets/dialogs.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace ow::ui {
namespace {

QTableWidgetItem* number(qint64 n)
{
    auto* item = new QTableWidgetItem(QString::number(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fixedRows(QTableWidget* table)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
}

// A UTC timestamp of the manifest in the user's local time.
QString localTime(const QString& utc)
{
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : utc;
}

} // namespace

ImportPackageDialog::ImportPackageDialog(DatabasePtr db, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportPackageDialog>())
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setEnabled(false);
    m_ui->previewTableWidget->setColumnCount(6);
    m_ui->previewTableWidget->setHorizontalHeaderLabels(
        {tr("Table"), tr("In package"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Conflicting")});
    m_ui->conflictsTableWidget->setColumnCount(4);
    m_ui->conflictsTableWidget->setHorizontalHeaderLabels({tr("Table"), tr("Case number"), tr("Here"), tr("Township")});
    fixedRows(m_ui->previewTableWidget);
    fixedRows(m_ui->conflictsTableWidget);
    m_ui->conflictsTableWidget->hide();
    m_ui->progressBar->hide();
    m_work = new BackgroundWork(this);
    connect(m_ui->chooseFilePushButton, &QPushButton::clicked, this, &ImportPackageDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportPackageDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &ImportPackageDialog::runImport);
    connect(m_work, &BackgroundWork::progressed, m_ui->packageInfoLabel, &QLabel::setText);
}

ImportPackageDialog::~ImportPackageDialog() = default;

bool ImportPackageDialog::canImport() const
{
    return m_ready && !busy();
}

bool ImportPackageDialog::busy() const
{
    return m_work->running();
}

void ImportPackageDialog::reject()
{
    if (!busy())
        QDialog::reject();
}

void ImportPackageDialog::setBusy(bool busy, const QString& text)
{
    m_ui->chooseFilePushButton->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_importButton->setEnabled(!busy && m_ready);
    m_ui->progressBar->setVisible(busy);
    if (busy)
        m_ui->packageInfoLabel->setText(text);
}

void ImportPackageDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import Township Data"), {},
                                                     tr("OneWindow packages (*.owpkg);;All files (*)"));
    if (!path.isEmpty())
        previewFile(path);
}

void ImportPackageDialog::previewFile(const QString& path)
{
    if (busy())
        return;
    m_path = path;
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
    m_ready = false;
    m_ui->previewTableWidget->setRowCount(0);
    m_ui->conflictsTableWidget->hide();
    m_ui->conflictsLabel->clear();
    m_work->start<ImportPlan>(
        *m_db, [path](Database& db) { return PackageImporter(db).preview(path); },
        [this](Result<ImportPlan> plan) {
            setBusy(false);
            if (!plan) {
                m_ui->packageInfoLabel->setText(plan.error());
            } else {
                showPlan(*plan);
                m_ready = !plan->nothingToDo();
                m_importButton->setEnabled(m_ready);
            }
            emit workDone();
        });
    setBusy(true, tr("Checking the package: every record and its checksum…"));
}

void ImportPackageDialog::showPlan(const ImportPlan& plan)
{
    const PackageInfo& p = plan.package;
    QStringList lines;
    lines << tr("%1 (%2), exported %3 by %4.").arg(p.siteName, p.siteCode, localTime(p.createdAt), p.createdBy);
    lines << tr("Checked: the file is complete and unchanged since export (SHA-256 %1…).").arg(p.checksum.left(16));
    if (!plan.siteRegistered)
        lines << tr("First package from this township: importing registers it as a township of this county.");
    if (!plan.previouslyImportedAt.isEmpty())
        lines << tr("This package was already imported on %1.").arg(plan.previouslyImportedAt);
    if (plan.total().deleted > 0)
        lines << tr("%1 records (parties, closure records) were deleted at the township since the last full "
                    "package; importing deletes them here too.")
                     .arg(plan.total().deleted);
    if (plan.nothingToDo())
        lines << tr("Every record of this package is already here; there is nothing to import.");
    m_ui->packageInfoLabel->setText(lines.join(QLatin1Char('\n')));

    // Tables the package has no rows for stay out of the way.
    QList<TableMerge> rows;
    for (const TableMerge& t : plan.tables)
        if (t.incoming > 0)
            rows << t;
    TableMerge total = plan.total();
    m_plannedRows = total.incoming;
    total.table = tr("Total");
    rows << total;
    m_ui->previewTableWidget->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const TableMerge& t = rows[r];
        m_ui->previewTableWidget->setItem(r, 0, new QTableWidgetItem(t.table));
        m_ui->previewTableWidget->setItem(r, 1, number(t.incoming));
        m_ui->previewTableWidget->setItem(r, 2, number(t.added));
        m_ui->previewTableWidget->setItem(r, 3, number(t.updated));
        m_ui->previewTableWidget->setItem(r, 4, number(t.unchanged));
        m_ui->previewTableWidget->setItem(r, 5, number(t.conflicting));
    }
    m_ui->previewTableWidget->resizeColumnsToContents();
    m_ui->previewTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    if (plan.totalConflicts > 0) {
        m_ui->conflictsLabel->setText(
            tr("Records changed here and at the township since the last exchange: %1. This database keeps its "
               "version; the township's version is kept for review.")
                .arg(plan.totalConflicts));
        m_ui->conflictsTableWidget->setRowCount(int(plan.conflicts.size()));
        for (int r = 0; r < plan.conflicts.size(); ++r) {
            const ConflictInfo& c = plan.conflicts[r];
            m_ui->conflictsTableWidget->setItem(r, 0, new QTableWidgetItem(c.table));
            m_ui->conflictsTableWidget->setItem(r, 1, new QTableWidgetItem(c.caseNo));
            m_ui->conflictsTableWidget->setItem(
                r, 2, new QTableWidgetItem(tr("version %1, %2").arg(c.localVersion).arg(c.localUpdatedAt)));
            m_ui->conflictsTableWidget->setItem(
                r, 3, new QTableWidgetItem(tr("version %1, %2").arg(c.incomingVersion).arg(c.incomingUpdatedAt)));
        }
        m_ui->conflictsTableWidget->resizeColumnsToContents();
        m_ui->conflictsTableWidget->horizontalHeader()->setStretchLastSection(true);
        m_ui->conflictsTableWidget->show();
    }
}

void ImportPackageDialog::runImport()
{
    if (!m_ready || busy())
        return;
    BackgroundWork* work = m_work;
    m_work->start<ImportPlan>(
        *m_db,
        [path = m_path, actor = m_actor, work](Database& db) {
            auto plan = PackageImporter(db).import(path, actor);
            if (plan && plan->total().added + plan->total().updated > 0) {
                // Indexed now, while the user waits anyway, rather than by the first search.
                work->progress(ImportPackageDialog::tr("Imported. Preparing the new cases for search…"));
                (void)search::syncPending(db); // a failure is retried by the next search
            }
            return plan;
        },
        [this](Result<ImportPlan> plan) {
            setBusy(false);
            if (!plan) {
                m_ui->packageInfoLabel->setText(plan.error());
                MessageBox::critical(this, tr("Import Township Data"), plan.error());
                emit workDone();
                return;
            }
            m_ready = false;
            m_importButton->setEnabled(false);
            const TableMerge t = plan->total();
            const QString text = tr("Imported from %1: %2 new, %3 updated, %4 conflicting.")
                                     .arg(plan->package.siteName)
                                     .arg(t.added)
                                     .arg(t.updated)
                                     .arg(t.conflicting);
            m_ui->packageInfoLabel->setText(text);
            emit imported();
            MessageBox::information(this, tr("Import Township Data"), text);
            accept();
            emit workDone();
        });
    setBusy(true, tr("Importing %1 records in one transaction…").arg(QLocale().toString(m_plannedRows)));
}

ExportPackageDialog::ExportPackageDialog(DatabasePtr db, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportPackageDialog>())
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_ui->sinceDateEdit->setDate(Clock::today().addMonths(-1));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->fileLineEdit->setText(QDir(dir).filePath(
        QStringLiteral("%1-%2.owpkg")
            .arg(m_db->setting(QStringLiteral("site_name")), Clock::today().toString(QStringLiteral("yyyy-MM-dd")))));
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    m_ui->progressBar->hide();
    m_work = new BackgroundWork(this);
    connect(m_ui->chooseFilePushButton, &QPushButton::clicked, this, &ExportPackageDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportPackageDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportPackageDialog::runExport);
}

ExportPackageDialog::~ExportPackageDialog() = default;

bool ExportPackageDialog::busy() const
{
    return m_work->running();
}

void ExportPackageDialog::reject()
{
    if (!busy())
        QDialog::reject();
}

void ExportPackageDialog::setBusy(bool busy)
{
    m_ui->rangeGroupBox->setEnabled(!busy);
    m_ui->fileLineEdit->setEnabled(!busy);
    m_ui->chooseFilePushButton->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    if (busy)
        m_ui->resultLabel->setText(tr("Exporting…"));
}

void ExportPackageDialog::chooseFile()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Data for the County"), m_ui->fileLineEdit->text(),
                                                     tr("OneWindow packages (*.owpkg)"));
    if (!path.isEmpty())
        m_ui->fileLineEdit->setText(QDir::toNativeSeparators(path));
}

void ExportPackageDialog::runExport()
{
    ExportOptions options;
    options.outPath = QDir::fromNativeSeparators(m_ui->fileLineEdit->text().trimmed());
    options.actor = m_actor;
    if (m_ui->sinceDateRadioButton->isChecked()) {
        options.range = ExportOptions::Range::SinceDate;
        options.since = m_ui->sinceDateEdit->date();
    } else if (m_ui->sinceLastRadioButton->isChecked()) {
        options.range = ExportOptions::Range::SinceLastExport;
    }
    if (busy())
        return;
    m_work->start<ExportSummary>(
        *m_db, [options](Database& db) { return exportPackage(db, options); },
        [this](Result<ExportSummary> done) {
            setBusy(false);
            if (!done)
                m_ui->resultLabel->setText(done.error());
            else
                m_ui->resultLabel->setText(tr("Exported %1 cases (%2 rows in all) to %3.\nChecksum (SHA-256): %4")
                                               .arg(done->rows(QStringLiteral("cases")))
                                               .arg(done->totalRows())
                                               .arg(QDir::toNativeSeparators(done->path), done->checksum));
            emit workDone();
        });
    setBusy(true);
}

void installExchange(MainWindow& window)
{
    QAction* exportAction =
        window.addMenuAction(MainWindow::Menu::File, ExportPackageDialog::tr("Export Data for the County…"), [&window] {
            auto* dialog = new ExportPackageDialog(window.databasePtr(), window.actor(), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    window.requirePermission(exportAction, permissions::Action::ExportPackage);
    exportAction->setObjectName(QStringLiteral("exportPackageAction"));
    QAction* importAction =
        window.addMenuAction(MainWindow::Menu::File, ImportPackageDialog::tr("Import Township Data…"), [&window] {
            auto* dialog = new ImportPackageDialog(window.databasePtr(), window.actor(), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &ImportPackageDialog::imported, &window, [&window] { window.refreshCases(); });
            dialog->open();
        });
    window.requirePermission(importAction, permissions::Action::ImportPackage);
    importAction->setObjectName(QStringLiteral("importPackageAction"));
    QAction* conflictsAction =
        window.addMenuAction(MainWindow::Menu::File, ConflictsDialog::tr("Consolidation Conflicts…"), [&window] {
            auto* dialog = new ConflictsDialog(window.databasePtr(), window.actor(), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &ConflictsDialog::resolved, &window, [&window] { window.refreshCases(); });
            dialog->open();
        });
    window.requirePermission(conflictsAction, permissions::Action::Conflicts);
    conflictsAction->setObjectName(QStringLiteral("conflictsAction"));
}

} // namespace ow::ui
