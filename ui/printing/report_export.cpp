// XLSX and PDF forms of the monthly report. Every number comes from MonthlyReport; nothing is
// recomputed, so the window, the paper, the spreadsheet and the JSON agree.
#include "printing/report_export.h"

#include "printing/report_charts.h"
#include "reports/mechanisms_report.h"
#include "storage/own_files.h"
#include "util/csv.h"

#include "util/clock.h"
#include "util/private_files.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <xlsxwriter.h>

namespace ow::ui {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ow::ui", s); // the context lupdate gives tr() here
}

QString rateText(const Rate& r)
{
    return r ? formatRate(r) + QStringLiteral("%") : QStringLiteral("—");
}

// A table's 合计 row: the sum of each figure column of `rows`.
QStringList totalRow(const QList<BreakdownRow>& rows)
{
    qint64 sums[5] = {};
    for (const BreakdownRow& row : rows) {
        const qint64 values[] = {row.accepted, row.closed, row.resolved, row.onTime, row.overdueOpen};
        for (int c = 0; c < 5; ++c)
            sums[c] += values[c];
    }
    QStringList cells{tr("Total")};
    for (qint64 n : sums)
        cells << QString::number(n);
    return cells;
}

// "一、" … "十二、" in Chinese, "1. " … in English: one numbering for every section of the form.
QString sectionTitle(const MonthlyReport& r, int n, const QString& title)
{
    if (!r.language.startsWith(QLatin1String("zh")))
        return QStringLiteral("%1. %2").arg(n).arg(title);
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    QString number;
    if (n < 10)
        number = digits.at(n);
    else
        number = (n >= 20 ? QString(digits.at(n / 10)) : QString()) + QStringLiteral("十") +
                 (n % 10 ? QString(digits.at(n % 10)) : QString());
    return number + QStringLiteral("、") + title;
}

// The time the report was made, as a person reads it: local date and time, no offset.
QString generatedText(const MonthlyReport& r)
{
    const QDateTime at = QDateTime::fromString(r.generatedAt, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : r.generatedAt;
}

QStringList breakdownHeader(const MonthlyReport& r)
{
    return {tr("Name"),
            r.figureLabel("accepted"),
            r.figureLabel("closed"),
            r.figureLabel("resolved"),
            r.figureLabel("on_time"),
            r.figureLabel("overdue_open")};
}

// ---------------------------------------------------------------- XLSX

class Xlsx
{
public:
    explicit Xlsx(const QString& path)
        : m_path(QFile::encodeName(QDir::toNativeSeparators(path)))
    {
        m_wb = workbook_new(m_path.constData());
        if (!m_wb)
            return;
        m_title = workbook_add_format(m_wb);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_header = workbook_add_format(m_wb);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDDE7F3);
        format_set_border(m_header, LXW_BORDER_THIN);
        m_cell = workbook_add_format(m_wb);
        format_set_border(m_cell, LXW_BORDER_THIN);
        m_number = workbook_add_format(m_wb);
        format_set_border(m_number, LXW_BORDER_THIN);
        format_set_num_format(m_number, "0");
        m_percent = workbook_add_format(m_wb);
        format_set_border(m_percent, LXW_BORDER_THIN);
        format_set_num_format(m_percent, "0.00%");
    }
    ~Xlsx()
    {
        if (m_wb)
            workbook_close(m_wb);
    }
    bool ok() const { return m_wb != nullptr; }
    lxw_worksheet* sheet(const QString& name)
    {
        // Sheet names: at most 31 characters, none of []:*?/\ .
        QString n = name.left(31);
        for (QChar c : QStringLiteral("[]:*?/\\"))
            n.replace(c, QLatin1Char(' '));
        return workbook_add_worksheet(m_wb, n.toUtf8().constData());
    }
    void text(lxw_worksheet* ws, int row, int col, const QString& s, lxw_format* f = nullptr)
    {
        // A text cell is never a formula in the file, but a user may save it again as CSV.
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), csv::neutralizeFormula(s).toUtf8().constData(),
                               f ? f : m_cell);
    }
    void number(lxw_worksheet* ws, int row, int col, qint64 n)
    {
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), double(n), m_number);
    }
    void rate(lxw_worksheet* ws, int row, int col, const Rate& r)
    {
        if (r)
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), double(*r) / 10000.0, m_percent);
        else
            text(ws, row, col, QStringLiteral("—"));
    }
    void header(lxw_worksheet* ws, int row, const QStringList& names)
    {
        for (int c = 0; c < names.size(); ++c)
            text(ws, row, c, names[c], m_header);
    }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_wb);
        m_wb = nullptr;
        return e;
    }
    lxw_format* titleFormat() const { return m_title; }
    lxw_format* headerFormat() const { return m_header; }

private:
    QByteArray m_path;
    lxw_workbook* m_wb = nullptr;
    lxw_format *m_title = nullptr, *m_header = nullptr, *m_cell = nullptr, *m_number = nullptr, *m_percent = nullptr;
};

// ---------------------------------------------------------------- PDF / print

// Lays the report out twice: a dry run counts the pages (for "第 n 页 共 N 页"), the second draws.
class PageFlow
{
public:
    PageFlow(QPagedPaintDevice& device, QPainter* painter, const MonthlyReport& r, int totalPages)
        : m_device(device)
        , m_p(painter)
        , m_r(r)
        , m_total(totalPages)
    {
        const QPageLayout layout = device.pageLayout();
        const int res = device.logicalDpiX();
        m_pxPerMm = res / 25.4;
        const QRect paint = layout.paintRectPixels(res);
        m_width = paint.width();
        m_height = paint.height();
        m_bottom = m_height - mm(12);
        m_y = 0;
        m_generated = Clock::now().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    int pages() const { return m_page; }
    static QString tr(const char* s) { return QCoreApplication::translate("ow::ui::PageFlow", s); }
    qreal mm(qreal v) const { return v * m_pxPerMm; }
    qreal width() const { return m_width; }

    void setFont(qreal pt, bool bold = false)
    {
        QFont f = reportFont(pt);
        f.setBold(bold);
        if (m_p)
            m_p->setFont(f);
    }
    void text(const QRectF& rect, int flags, const QString& s)
    {
        if (m_p)
            m_p->drawText(rect, flags, s);
    }
    void ensure(qreal height)
    {
        if (m_y + height > m_bottom)
            newPage();
    }
    void newPage()
    {
        footer();
        if (m_p)
            m_device.newPage();
        ++m_page;
        m_y = 0;
    }
    void finish() { footer(); }

    void title()
    {
        setFont(15, true);
        text(QRectF(0, m_y, m_width, mm(10)), Qt::AlignCenter, m_r.title());
        m_y += mm(11);
        setFont(9);
        text(QRectF(0, m_y, m_width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
             tr("Month: %1    Scope: %2    Units: cases, %").arg(m_r.monthText(), m_r.scopeText()));
        text(QRectF(0, m_y, m_width, mm(6)), Qt::AlignRight | Qt::AlignVCenter,
             tr("Center: %1 (%2)").arg(m_r.siteName, m_r.siteCode));
        m_y += mm(8);
    }
    void heading(const QString& s)
    {
        ensure(mm(30)); // keep a heading with its table's header and first rows
        setFont(11, true);
        text(QRectF(0, m_y, m_width, mm(8)), Qt::AlignLeft | Qt::AlignVCenter, s);
        m_y += mm(9);
    }
    // A grid table; column widths as shares of the page width; the header repeats on new pages.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& shares)
    {
        const qreal rowH = mm(6.5);
        // A header too long for its column ("Overdue at month end") wraps onto more lines.
        qreal headerH = rowH;
        {
            QFont bold = reportFont(8.5);
            bold.setBold(true);
            const QFontMetricsF fm(bold, &m_device);
            for (int c = 0; c < shares.size() && c < header.size(); ++c) {
                const QRectF need =
                    fm.boundingRect(QRectF(0, 0, m_width * shares[c] - mm(3), 1e6), Qt::TextWordWrap, header[c]);
                headerH = std::max(headerH, need.height() + mm(2));
            }
        }
        auto drawRow = [&](const QStringList& cells, bool isHeader) {
            qreal x = 0;
            const qreal h = isHeader ? headerH : rowH;
            if (m_p) {
                m_p->setPen(QPen(Qt::black, mm(0.2)));
                if (isHeader)
                    m_p->fillRect(QRectF(0, m_y, m_width, h), QColor(0xDD, 0xE7, 0xF3));
            }
            setFont(8.5, isHeader);
            for (int c = 0; c < shares.size(); ++c) {
                const QRectF cell(x, m_y, m_width * shares[c], h);
                if (m_p)
                    m_p->drawRect(cell);
                // Figures right-aligned; in label/value grids only every second column holds figures.
                const bool numeric = !isHeader && c > 0 && (!m_pairedColumns || c % 2 == 1);
                int flags = int(numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
                if (isHeader)
                    flags |= Qt::TextWordWrap;
                text(cell.adjusted(mm(1.5), 0, -mm(1.5), 0), flags, c < cells.size() ? cells[c] : QString());
                x += m_width * shares[c];
            }
            m_y += h;
        };
        ensure(headerH + rowH);
        drawRow(header, true);
        for (const QStringList& row : rows) {
            if (m_y + rowH > m_bottom) {
                newPage();
                drawRow(header, true);
            }
            drawRow(row, false);
        }
        m_y += mm(4);
    }
    // Label/value pairs laid out in `pairs` column pairs.
    void figureGrid(const QList<Figure>& figures, int pairs)
    {
        QStringList header;
        QList<qreal> shares;
        for (int i = 0; i < pairs; ++i) {
            header << tr("Item") << tr("Value");
            shares << 0.7 / pairs << 0.3 / pairs;
        }
        const int perColumn = int((figures.size() + pairs - 1) / pairs);
        QList<QStringList> rows;
        for (int r = 0; r < perColumn; ++r) {
            QStringList row;
            for (int c = 0; c < pairs; ++c) {
                const int i = c * perColumn + r;
                if (i < figures.size()) {
                    const Figure& f = figures[i];
                    row << f.label << (f.isRate ? rateText(f.rate) : QString::number(f.count));
                } else {
                    row << QString() << QString();
                }
            }
            rows << row;
        }
        m_pairedColumns = true;
        table(header, rows, shares);
        m_pairedColumns = false;
    }
    void charts()
    {
        const qreal gap = mm(4);
        const qreal w = (m_width - gap) / 2, h = mm(78);
        ensure(h * 2 + gap);
        if (m_p) {
            const QSizeF logical(520, 380); // chart pixels per page area: sets the text size on paper
            renderChart(categoryChart(m_r), *m_p, QRectF(0, m_y, w, h), logical);
            renderChart(outcomeChart(m_r), *m_p, QRectF(w + gap, m_y, w, h), logical);
            renderChart(trendChart(m_r), *m_p, QRectF(0, m_y + h + gap, w, h), logical);
            renderChart(levelChart(m_r), *m_p, QRectF(w + gap, m_y + h + gap, w, h), logical);
        }
        m_y += 2 * h + gap + mm(4);
    }
    // The footer of a statistical form (统计报表表尾): who answers for the figures, who filled the
    // form in, and the day it was sent up; blank spaces to sign and date by hand.
    void formFooter()
    {
        ensure(mm(20));
        m_y += mm(6);
        setFont(10);
        const QString parts[] = {tr("Head of unit:"), tr("Head of statistics:"), tr("Filled in by:"),
                                 tr("Date reported:      /      /")};
        const qreal shares[] = {0.22, 0.24, 0.2, 0.34};
        qreal x = 0;
        for (int i = 0; i < 4; ++i) {
            text(QRectF(x, m_y, m_width * shares[i], mm(8)), Qt::AlignLeft | Qt::AlignVCenter, parts[i]);
            x += m_width * shares[i];
        }
        m_y += mm(10);
        if (m_r.auditHead.seq > 0) {
            setFont(8);
            text(QRectF(0, m_y, m_width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter, anchorLine(m_r.auditHead));
            m_y += mm(6);
        }
    }

private:
    void footer()
    {
        setFont(8);
        const QRectF line(0, m_height - mm(8), m_width, mm(6));
        text(line, Qt::AlignLeft | Qt::AlignVCenter, tr("Generated %1 by OneWindow").arg(m_generated));
        text(line, Qt::AlignCenter,
             m_total > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_total) : tr("Page %1").arg(m_page));
        text(line, Qt::AlignRight | Qt::AlignVCenter, m_r.monthText());
    }

    QPagedPaintDevice& m_device;
    QPainter* m_p;
    const MonthlyReport& m_r;
    int m_total;
    int m_page = 1;
    qreal m_pxPerMm = 1, m_width = 0, m_height = 0, m_bottom = 0, m_y = 0;
    bool m_pairedColumns = false;
    QString m_generated;
};

// The section of docs/leaders-and-agency.md: receptions and leader cases as a figure grid, the
// agency as a table by level.
void layoutMechanisms(PageFlow& f, const MonthlyReport& r, int n)
{
    if (!r.mechanisms)
        return;
    const MechanismFigures& m = *r.mechanisms;
    f.heading(sectionTitle(r, n, m.title()));
    f.figureGrid(m.figures().mid(0, 6), 2);
    QList<QStringList> rows;
    for (const MechanismFigures::AgencyRow& a : m.agency)
        rows << QStringList{a.label, QString::number(a.registered), QString::number(a.resolved), rateText(a.rate)};
    f.table({tr("Petition agency level"), tr("Registered"), tr("Resolved"), tr("Resolution rate")}, rows,
            {0.4, 0.2, 0.2, 0.2});
}

void layoutReport(PageFlow& f, const MonthlyReport& r)
{
    int n = 1;
    f.title();
    f.heading(sectionTitle(r, n++, tr("Cases accepted and closed")));
    f.figureGrid(r.totalFigures(), 2);
    f.heading(sectionTitle(r, n++, tr("Rates")));
    f.figureGrid(r.rateFigures(), 2);
    f.heading(sectionTitle(r, n++, tr("Year to date")));
    f.figureGrid(r.ytdFigures(), 3);
    f.newPage();
    f.heading(sectionTitle(r, n++, tr("Charts")));
    f.charts();
    f.heading(sectionTitle(r, n++, tr("12-month trend")));
    {
        QList<QStringList> rows;
        qint64 accepted = 0, closed = 0;
        for (const TrendPoint& p : r.trend) {
            rows << QStringList{p.month, QString::number(p.accepted), QString::number(p.closed)};
            accepted += p.accepted;
            closed += p.closed;
        }
        rows << QStringList{tr("Total"), QString::number(accepted), QString::number(closed)};
        f.table({tr("Month"), r.figureLabel("accepted"), r.figureLabel("closed")}, rows, {0.4, 0.3, 0.3});
    }
    for (const Breakdown& b : r.breakdowns()) {
        f.heading(sectionTitle(r, n++, b.title));
        QList<QStringList> rows;
        for (const BreakdownRow& row : b.rows)
            rows << QStringList{row.label,
                                QString::number(row.accepted),
                                QString::number(row.closed),
                                QString::number(row.resolved),
                                QString::number(row.onTime),
                                QString::number(row.overdueOpen)};
        rows << totalRow(b.rows);
        f.table(breakdownHeader(r), rows, {0.35, 0.13, 0.13, 0.13, 0.13, 0.13});
    }
    f.heading(sectionTitle(r, n, tr("Outcomes of closed cases")));
    {
        QList<QStringList> rows;
        qint64 total = 0;
        for (const OutcomeRow& o : r.byOutcome)
            total += o.count;
        for (const OutcomeRow& o : r.byOutcome)
            rows << QStringList{o.label, QString::number(o.count), rateText(percentRate(o.count, total))};
        rows << QStringList{tr("Total"), QString::number(total), rateText(percentRate(total, total))};
        f.table({tr("Outcome"), tr("Count"), tr("Share")}, rows, {0.5, 0.25, 0.25});
    }
    layoutMechanisms(f, r, n + 1);
    f.formFooter();
    f.finish();
}

// The sheet of docs/leaders-and-agency.md: every figure of the section with its label.
void writeMechanismsSheet(Xlsx& x, const MonthlyReport& r)
{
    if (!r.mechanisms)
        return;
    lxw_worksheet* ws = x.sheet(tr("Leaders and agency"));
    worksheet_set_column(ws, 0, 0, 34, nullptr);
    worksheet_set_column(ws, 1, 1, 14, nullptr);
    x.text(ws, 0, 0, r.mechanisms->title(), x.titleFormat());
    x.header(ws, 2, {tr("Item"), tr("Value")});
    int row = 3;
    for (const Figure& f : r.mechanisms->figures()) {
        x.text(ws, row, 0, f.label);
        if (f.isRate)
            x.rate(ws, row, 1, f.rate);
        else
            x.number(ws, row, 1, f.count);
        ++row;
    }
}

} // namespace

Status writeReportXlsx(const MonthlyReport& r, const QString& path)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return own;
    Xlsx x(path);
    if (!x.ok())
        return fail(tr("Cannot create %1.").arg(path));
    {
        lxw_worksheet* ws = x.sheet(tr("Totals and rates"));
        worksheet_set_column(ws, 0, 0, 30, nullptr);
        worksheet_set_column(ws, 1, 1, 14, nullptr);
        x.text(ws, 0, 0, r.title(), x.titleFormat());
        x.text(ws, 1, 0, tr("Month: %1    Scope: %2").arg(r.monthText(), r.scopeText()), nullptr);
        x.text(ws, 2, 0, tr("Generated at %1").arg(generatedText(r)), nullptr);
        if (r.auditHead.seq > 0)
            x.text(ws, 3, 0, anchorLine(r.auditHead), nullptr);
        int row = 4;
        auto block = [&](const QString& heading, const QList<Figure>& figures) {
            x.header(ws, row++, {heading, tr("Value")});
            for (const Figure& f : figures) {
                x.text(ws, row, 0, f.label);
                if (f.isRate)
                    x.rate(ws, row, 1, f.rate);
                else
                    x.number(ws, row, 1, f.count);
                ++row;
            }
            ++row;
        };
        block(tr("Totals"), r.totalFigures());
        block(tr("Rates"), r.rateFigures());
        block(tr("Year to date"), r.ytdFigures());
    }
    auto breakdownSheet = [&](const QString& name, const QList<BreakdownRow>& rows) {
        lxw_worksheet* ws = x.sheet(name);
        worksheet_set_column(ws, 0, 0, 26, nullptr);
        worksheet_set_column(ws, 1, 5, 14, nullptr);
        x.header(ws, 0, breakdownHeader(r));
        int row = 1;
        for (const BreakdownRow& b : rows) {
            x.text(ws, row, 0, b.label);
            x.number(ws, row, 1, b.accepted);
            x.number(ws, row, 2, b.closed);
            x.number(ws, row, 3, b.resolved);
            x.number(ws, row, 4, b.onTime);
            x.number(ws, row, 5, b.overdueOpen);
            ++row;
        }
        const QStringList total = totalRow(rows);
        x.text(ws, row, 0, total[0], x.headerFormat());
        for (int c = 1; c < total.size(); ++c)
            x.number(ws, row, c, total[c].toLongLong());
    };
    for (const Breakdown& b : r.breakdowns())
        breakdownSheet(b.title, b.rows);
    {
        lxw_worksheet* ws = x.sheet(tr("Outcomes"));
        worksheet_set_column(ws, 0, 0, 24, nullptr);
        x.header(ws, 0, {tr("Outcome"), tr("Count")});
        int row = 1;
        qint64 total = 0;
        for (const OutcomeRow& o : r.byOutcome) {
            x.text(ws, row, 0, o.label);
            x.number(ws, row, 1, o.count);
            total += o.count;
            ++row;
        }
        x.text(ws, row, 0, tr("Total"), x.headerFormat());
        x.number(ws, row, 1, total);
    }
    {
        lxw_worksheet* ws = x.sheet(tr("Trend"));
        worksheet_set_column(ws, 0, 2, 14, nullptr);
        x.header(ws, 0, {tr("Month"), r.figureLabel("accepted"), r.figureLabel("closed")});
        int row = 1;
        for (const TrendPoint& p : r.trend) {
            x.text(ws, row, 0, p.month);
            x.number(ws, row, 1, p.accepted);
            x.number(ws, row, 2, p.closed);
            ++row;
        }
    }
    writeMechanismsSheet(x, r);
    if (const lxw_error e = x.close(); e != LXW_NO_ERROR)
        return fail(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    files::makePrivate(path); // reports name people and cases: owner only
    return {};
}

Status paintReport(const MonthlyReport& r, QPagedPaintDevice& device)
{
    PageFlow dry(device, nullptr, r, 0);
    layoutReport(dry, r);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Cannot start printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    PageFlow flow(device, &painter, r, dry.pages());
    layoutReport(flow, r);
    painter.end();
    return {};
}

Status writeReportPdf(const MonthlyReport& r, const QString& path)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return own;
    QPdfWriter writer(path);
    writer.setTitle(r.title());
    writer.setCreator(QStringLiteral("OneWindow"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));
    if (Status s = paintReport(r, writer); !s)
        return s;
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return fail(tr("Cannot write %1.").arg(path));
    files::makePrivate(path);
    return {};
}

Status renderReport(const MonthlyReport& r, const QString& format, const QString& path)
{
    if (format == QLatin1String("xlsx"))
        return writeReportXlsx(r, path);
    if (format == QLatin1String("pdf"))
        return writeReportPdf(r, path);
    return fail(tr("Unknown report format \"%1\".").arg(format));
}

} // namespace ow::ui
