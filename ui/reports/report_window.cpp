// The report page: pickers on top, figure tables and charts side by side, breakdowns in tabs.
#include "reports/report_window.h"

#include "domain/vocabulary.h"
#include "main/main_window.h"
#include "printing/report_charts.h"
#include "printing/report_export.h"
#include "widgets/dialogs.h"

#include "util/clock.h"
#include "util/private_files.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QTableWidget* figureTable(const QString& objectName)
{
    auto* t = new QTableWidget(0, 2);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels({QCoreApplication::translate("ow::ui::ReportWindow", "Item"),
                                  QCoreApplication::translate("ow::ui::ReportWindow", "Value")});
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(22);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    t->setColumnWidth(1, 80);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

int fitHeight(QTableWidget* t)
{
    return t->horizontalHeader()->height() + t->rowCount() * t->verticalHeader()->defaultSectionSize() + 4;
}

} // namespace

ReportWindow::ReportWindow(DatabasePtr db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_reference(ReferenceData::load(*m_db))
{
    setWindowTitle(tr("Monthly Report"));
    auto* root = new QVBoxLayout(this);
    root->addLayout(filterBar());
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont tf = reportFont(13);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setAlignment(Qt::AlignCenter);
    root->addWidget(m_title);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(figuresPane());
    split->addWidget(chartsPane());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({340, 1100}); // room for the longest figure names (月末超期在办数, 年度累计办结率)
    root->addWidget(split, 1);

    for (QComboBox* c : {m_site, m_township, m_department})
        connect(c, &QComboBox::currentIndexChanged, this, &ReportWindow::refresh);
    connect(m_month, &QDateEdit::dateChanged, this, &ReportWindow::refresh);
    refresh();
}

// A labelled choice of the bar, its first item "all" (no filter).
QComboBox* ReportWindow::addFilter(QHBoxLayout* bar, const QString& label, const QString& name, const QString& all)
{
    auto* l = new QLabel(label);
    auto* combo = new QComboBox;
    combo->setObjectName(name);
    combo->addItem(all, QString());
    l->setBuddy(combo);
    bar->addWidget(l);
    bar->addWidget(combo);
    return combo;
}

// The month, the scope (site, township, department) and the print and export buttons.
QLayout* ReportWindow::filterBar()
{
    auto* bar = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("M&onth:"));
    m_month = new QDateEdit(Clock::today().addMonths(-1));
    m_month->setObjectName(QStringLiteral("monthDateEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    monthLabel->setBuddy(m_month);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);

    m_site = addFilter(bar, tr("&Site:"), QStringLiteral("siteComboBox"), tr("All sites"));
    for (const auto& [code, name] : reportSites(*m_db))
        m_site->addItem(QStringLiteral("%1 %2").arg(code, name), code);
    m_township = addFilter(bar, tr("&Township:"), QStringLiteral("townshipComboBox"), tr("All townships"));
    for (const NamedCode& t : m_reference.townships())
        m_township->addItem(t.name(), t.code);
    m_department = addFilter(bar, tr("&Department:"), QStringLiteral("departmentComboBox"), tr("All departments"));
    for (const NamedCode& d : m_reference.departments)
        m_department->addItem(d.name(), d.code);
    m_department->addItem(tr("Unassigned"), QStringLiteral("none"));
    bar->addStretch();

    auto button = [&](const QString& text, const QString& name, void (ReportWindow::*slot)()) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("Print Pre&view"), QStringLiteral("printPreviewPushButton"), &ReportWindow::printPreview);
    button(tr("Export &PDF"), QStringLiteral("exportPdfPushButton"), &ReportWindow::exportPdf);
    button(tr("Export &Excel"), QStringLiteral("exportExcelPushButton"), &ReportWindow::exportExcel);
    button(tr("E&xport CSV"), QStringLiteral("exportCsvPushButton"), &ReportWindow::exportCsv);
    return bar;
}

// The counts (double-click for the cases behind one), the rates and the year to date.
QWidget* ReportWindow::figuresPane()
{
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_totals = figureTable(QStringLiteral("totalsTableWidget"));
    m_rates = figureTable(QStringLiteral("ratesTableWidget"));
    m_ytd = figureTable(QStringLiteral("ytdTableWidget"));
    m_totals->setToolTip(tr("Double-click a count to list the cases behind it."));
    leftLayout->addWidget(new QLabel(tr("Counts (double-click for the cases)")));
    leftLayout->addWidget(m_totals, 3);
    leftLayout->addWidget(new QLabel(tr("Rates")));
    leftLayout->addWidget(m_rates, 0);
    leftLayout->addWidget(new QLabel(tr("Year to date")));
    leftLayout->addWidget(m_ytd, 0);
    connect(m_totals, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto* item = m_totals->item(row, 0))
            showCasesBehind(item->data(Qt::UserRole).toString());
    });
    return left;
}

// The charts above, the breakdown tables below.
QWidget* ReportWindow::chartsPane()
{
    auto* right = new QSplitter(Qt::Vertical);
    // The charts keep the size at which every label can be read; a smaller window scrolls them.
    auto* chartsBox = new QWidget;
    m_charts = new QGridLayout(chartsBox);
    m_charts->setContentsMargins(0, 0, 0, 0);
    auto* chartsScroll = new QScrollArea;
    chartsScroll->setObjectName(QStringLiteral("chartsScrollArea"));
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setWidget(chartsBox);
    right->addWidget(chartsScroll);
    m_breakdowns = new QTabWidget;
    m_breakdowns->setObjectName(QStringLiteral("breakdownsTabWidget"));
    right->addWidget(m_breakdowns);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    // At least one row of charts in view; the tables below keep a few rows.
    chartsScroll->setMinimumHeight(300);
    m_breakdowns->setMinimumHeight(160);
    right->setSizes({620, 260});
    return right;
}

void ReportWindow::setMonth(const QDate& month)
{
    m_month->setDate(month);
}

void ReportWindow::setScope(const ReportScope& scope)
{
    const QSignalBlocker a(m_site), b(m_township), c(m_department);
    m_site->setCurrentIndex(std::max(0, m_site->findData(scope.site)));
    m_township->setCurrentIndex(std::max(0, m_township->findData(scope.township)));
    m_department->setCurrentIndex(std::max(0, m_department->findData(scope.department)));
    refresh();
}

ReportScope ReportWindow::currentScope() const
{
    return {m_site->currentData().toString(), m_township->currentData().toString(),
            m_department->currentData().toString()};
}

void ReportWindow::fillFigures(QTableWidget* table, const QList<Figure>& figures)
{
    table->setRowCount(int(figures.size()));
    for (int i = 0; i < figures.size(); ++i) {
        const Figure& f = figures[i];
        auto* label = new QTableWidgetItem(f.label);
        label->setData(Qt::UserRole, f.key);
        auto* value =
            new QTableWidgetItem(f.isRate ? (f.rate ? formatRate(f.rate) + QStringLiteral("%") : QStringLiteral("—"))
                                          : QString::number(f.count));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 0, label);
        table->setItem(i, 1, value);
    }
    table->setMinimumHeight(std::min(fitHeight(table), 200));
    if (table != m_totals)
        table->setMaximumHeight(fitHeight(table));
}

void ReportWindow::refresh()
{
    const QDate m = m_month->date();
    auto r = computeMonthlyReport(*m_db, QDate(m.year(), m.month(), 1), currentScope());
    if (!r) {
        MessageBox::warning(this, tr("Monthly Report"), r.error());
        return;
    }
    m_report = std::move(r).value();
    m_title->setText(m_report.title() + QStringLiteral("（") + m_report.scopeText() + QStringLiteral("）"));
    fillFigures(m_totals, m_report.totalFigures());
    fillFigures(m_rates, m_report.rateFigures());
    fillFigures(m_ytd, m_report.ytdFigures());

    while (QLayoutItem* item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QChart* charts[] = {categoryChart(m_report), outcomeChart(m_report), trendChart(m_report), levelChart(m_report)};
    // Room for the title, the legend, the value axis and one line per category name: a category
    // axis with less height per name than its font shows "…" instead of the names.
    const QFontMetrics fm(reportFont(8));
    const int chartHeight = std::max(240, 4 * fm.height() + 40 + categoryChartRows(m_report) * (2 * fm.height()));
    for (int i = 0; i < 4; ++i) {
        auto* view = new QChartView(charts[i]);
        view->setObjectName(QStringLiteral("chart%1View").arg(i + 1));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(360, chartHeight);
        m_charts->addWidget(view, i / 2, i % 2);
    }

    const int current = m_breakdowns->currentIndex();
    while (m_breakdowns->count() > 0) {
        QWidget* w = m_breakdowns->widget(0);
        m_breakdowns->removeTab(0);
        delete w;
    }
    const QStringList header{tr("Name"),
                             m_report.figureLabel("accepted"),
                             m_report.figureLabel("closed"),
                             m_report.figureLabel("resolved"),
                             m_report.figureLabel("on_time"),
                             m_report.figureLabel("overdue_open")};
    for (const Breakdown& b : m_report.breakdowns()) {
        auto* t = new QTableWidget(int(b.rows.size()) + 1, 6); // the last row: 合计
        t->setObjectName(b.key + QStringLiteral("TableWidget"));
        t->setHorizontalHeaderLabels(header);
        t->verticalHeader()->hide();
        t->verticalHeader()->setDefaultSectionSize(22);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // whole headers
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        qint64 sums[5] = {};
        for (int i = 0; i < b.rows.size(); ++i) {
            const BreakdownRow& row = b.rows[i];
            t->setItem(i, 0, new QTableWidgetItem(row.label));
            const qint64 values[] = {row.accepted, row.closed, row.resolved, row.onTime, row.overdueOpen};
            for (int c = 0; c < 5; ++c) {
                auto* item = new QTableWidgetItem(QLocale().toString(values[c]));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                t->setItem(i, c + 1, item);
                sums[c] += values[c];
            }
        }
        const int last = int(b.rows.size());
        auto* total = new QTableWidgetItem(tr("Total"));
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        t->setItem(last, 0, total);
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(QLocale().toString(sums[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(bold);
            t->setItem(last, c + 1, item);
        }
        m_breakdowns->addTab(t, b.title);
    }
    {
        auto* t = new QTableWidget(int(m_report.trend.size()), 3);
        t->setObjectName(QStringLiteral("trendTableWidget"));
        t->setHorizontalHeaderLabels({tr("Month"), m_report.figureLabel("accepted"), m_report.figureLabel("closed")});
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int i = 0; i < m_report.trend.size(); ++i) {
            t->setItem(i, 0, new QTableWidgetItem(m_report.trend[i].month));
            t->setItem(i, 1, new QTableWidgetItem(QString::number(m_report.trend[i].accepted)));
            t->setItem(i, 2, new QTableWidgetItem(QString::number(m_report.trend[i].closed)));
        }
        m_breakdowns->addTab(t, tr("12-month trend"));
    }
    m_breakdowns->setCurrentIndex(std::max(0, current));
}

void ReportWindow::showCasesBehind(const QString& key)
{
    const auto cases = casesBehindFigure(*m_db, m_report.firstDay(), m_report.scope, key);
    if (!cases) {
        MessageBox::warning(this, tr("Monthly Report"), cases.error());
        return;
    }
    QString label = key;
    for (const Figure& f : m_report.totalFigures())
        if (f.key == key)
            label = f.label;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("casesBehindDialog"));
    dialog.setWindowTitle(tr("%1, %2: %n case(s)", nullptr, int(cases->size())).arg(label, m_report.monthText()));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(int(cases->size()), 6);
    table->setObjectName(QStringLiteral("casesTableWidget"));
    table->setHorizontalHeaderLabels(
        {tr("Case number"), tr("Received"), tr("Status"), tr("Category"), tr("Applicant"), tr("Ended")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < cases->size(); ++i) {
        const ReportCase& c = cases->at(i);
        const QString cells[] = {c.caseNo,
                                 c.receivedOn.toString(Qt::ISODate),
                                 vocab::label(vocab::List::Status, c.status),
                                 m_reference.categoryName(c.category),
                                 c.applicant,
                                 c.endedOn.toString(Qt::ISODate)};
        for (int col = 0; col < 6; ++col)
            table->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

QString ReportWindow::askFile(const QString& caption, const QString& suffix, const QString& filter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-%2.%3").arg(tr("monthly-report"), m_report.monthText(), suffix);
    QString path = FileDialog::getSaveFileName(this, caption, dir + QLatin1Char('/') + name, filter);
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    return path;
}

void ReportWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                      QPageLayout::Millimeter));
    printer.setDocName(m_report.title());
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        // A preview has no place for an error: a failed page stays blank, as the PDF export reports.
        (void)paintReport(m_report, *p);
    });
    preview.resize(900, 1000);
    preview.exec();
}

// An exported report carries the signed head of the audit log (docs/reports.md); a center whose
// secret key is not on this computer exports without it and is told why.
void ReportWindow::signHead()
{
    if (Status s = signAuditHead(*m_db, m_report); !s)
        MessageBox::warning(this, tr("Audit log head"),
                            tr("The report is exported without the signed head of the audit log: %1").arg(s.error()));
}

void ReportWindow::exportPdf()
{
    const QString path = askFile(tr("Export PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    signHead();
    if (Status s = writeReportPdf(m_report, path); !s)
        MessageBox::warning(this, tr("Export PDF"), s.error());
}

void ReportWindow::exportExcel()
{
    const QString path = askFile(tr("Export Excel"), QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    signHead();
    if (Status s = writeReportXlsx(m_report, path); !s)
        MessageBox::warning(this, tr("Export Excel"), s.error());
}

void ReportWindow::exportCsv()
{
    const QString path = askFile(tr("Export CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_report.toCsv()) < 0 || !f.commit())
        MessageBox::warning(this, tr("Export CSV"), tr("Cannot write %1: %2").arg(path, f.errorString()));
    else
        files::makePrivate(path);
}

void installReportPages(MainWindow& window)
{
    auto* page = new ReportWindow(window.databasePtr(), &window);
    window.addPage(page, QCoreApplication::translate("ow::ui::ReportWindow", "Monthly Report"));
    QAction* action =
        window.addMenuAction(MainWindow::Menu::Reports,
                             QCoreApplication::translate("ow::ui::ReportWindow", "Monthly Report…"), [&window, page] {
                                 page->refresh();
                                 window.showPage(page);
                             });
    window.requirePermission(action, permissions::Action::MonthlyReport);
    window.requirePermission(page, permissions::Action::MonthlyReport);
}

} // namespace ow::ui
