// Builds the report charts from a MonthlyReport; no figures are computed here, only drawn.
#include "printing/report_charts.h"

#include "printing/print_fonts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>
#include <algorithm>

namespace ow::ui {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ow::ui", s); // the context lupdate gives tr() here
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(reportFont(10));
    chart->setFont(reportFont(8));
    chart->legend()->setFont(reportFont(8));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsFont(reportFont(8));
}

// A count axis from 0 with round, whole-number ticks (0/200/400/600/800/1000, not 0/213/427…):
// the step is 1, 2 or 5 times a power of ten, about four steps up to the first tick above `top`.
void setCountRange(QValueAxis* axis, qint64 top)
{
    const NiceScale scale = niceScale(top);
    axis->setRange(0, double(scale.max));
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(scale.max / scale.step) + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

} // namespace

NiceScale niceScale(qint64 top)
{
    top = std::max<qint64>(top, 1);
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        const qint64 candidates[] = {power, 2 * power, 5 * power};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [top](qint64 c) { return top <= 5 * c; }); // at most five steps
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    return {(top + step - 1) / step * step, step};
}

int categoryChartRows(const MonthlyReport& r)
{
    return int(std::min<qsizetype>(r.byCategory.size(), 8));
}

QFont reportFont(qreal pointSize)
{
    return ui::documentFont(pointSize); // printing/print_fonts.h: text in the PDF extracts as drawn
}

QChart* categoryChart(const MonthlyReport& r)
{
    QChart* chart = newChart(tr("Cases by category"));
    QList<BreakdownRow> rows = r.byCategory.mid(0, 8); // eight names stay legible in a small chart
    std::reverse(rows.begin(), rows.end());            // largest at the top of a horizontal bar chart
    auto* accepted = new QBarSet(r.figureLabel("accepted"));
    auto* closed = new QBarSet(r.figureLabel("closed"));
    QStringList names;
    qint64 top = 0;
    for (const BreakdownRow& row : rows) {
        *accepted << double(row.accepted);
        *closed << double(row.closed);
        names << row.label;
        top = std::max({top, row.accepted, row.closed});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(accepted);
    series->append(closed);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = new QValueAxis;
    setCountRange(x, top);
    styleAxis(x);
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* outcomeChart(const MonthlyReport& r)
{
    QChart* chart = newChart(tr("Outcomes of closed cases"));
    auto* series = new QPieSeries;
    series->setHoleSize(0.38);
    qint64 total = 0;
    for (const OutcomeRow& o : r.byOutcome)
        total += o.count;
    for (const OutcomeRow& o : r.byOutcome) {
        auto* slice = series->append(
            QStringLiteral("%1 %2（%3%）").arg(o.label).arg(o.count).arg(formatRate(percentRate(o.count, total))),
            double(o.count));
        slice->setLabelFont(reportFont(7));
    }
    if (total == 0)
        series->append(tr("No closed cases"), 1)->setColor(Qt::lightGray);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* trendChart(const MonthlyReport& r)
{
    QChart* chart = newChart(tr("12-month trend: accepted and closed"));
    auto* accepted = new QLineSeries;
    accepted->setName(r.figureLabel("accepted"));
    auto* closed = new QLineSeries;
    closed->setName(r.figureLabel("closed"));
    QStringList months;
    qint64 top = 0;
    for (qsizetype i = 0; i < r.trend.size(); ++i) {
        accepted->append(double(i), double(r.trend[i].accepted));
        closed->append(double(i), double(r.trend[i].closed));
        // "5月" / "May": twelve full YYYY-MM labels do not fit under a half-page chart.
        const QDate m = QDate::fromString(r.trend[i].month + QStringLiteral("-01"), Qt::ISODate);
        months << (r.language.startsWith(QLatin1String("zh"))
                       ? QStringLiteral("%1月").arg(m.month())
                       : QLocale(QLocale::English).monthName(m.month(), QLocale::ShortFormat));
        top = std::max({top, r.trend[i].accepted, r.trend[i].closed});
    }
    accepted->setPointsVisible(true);
    closed->setPointsVisible(true);
    chart->addSeries(accepted);
    chart->addSeries(closed);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    auto* y = new QValueAxis;
    setCountRange(y, top);
    styleAxis(x);
    styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {accepted, closed}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* levelChart(const MonthlyReport& r)
{
    auto pct = [](const Rate& rate) { return rate ? formatRate(rate) + QStringLiteral("%") : QStringLiteral("—"); };
    // The bar is 有层级结案数 (closed or escalated in the month, reports.md), not 办结数: the title
    // says so and gives its total, which the four parts of the legend add up to.
    QChart* chart = newChart(tr("Resolution levels: %1 %2 (closed or escalated)")
                                 .arg(r.figureLabel("ended_with_level"))
                                 .arg(r.totals.endedWithLevel));
    const std::pair<QString, qint64> parts[] = {
        {tr("Village"), r.totals.levelVillage},
        {tr("Township"), r.totals.levelTownship},
        {tr("County"), r.totals.levelCounty},
        {tr("Escalated"), r.totals.levelEscalated},
    };
    auto* series = new QHorizontalStackedBarSeries;
    for (const auto& [name, n] : parts) {
        auto* set = new QBarSet(QStringLiteral("%1 %2").arg(name).arg(n));
        *set << double(n);
        series->append(set);
    }
    series->setLabelsVisible(false);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(r.figureLabel("ended_with_level"));
    y->setLabelsVisible(false); // named in the title
    y->setGridLineVisible(false);
    auto* x = new QValueAxis;
    setCountRange(x, r.totals.endedWithLevel);
    x->setTitleText(
        tr("Not leaving village %1 · not leaving township %2 · not escalated %3")
            .arg(pct(r.rates.notLeavingVillage), pct(r.rates.notLeavingTownship), pct(r.rates.notEscalated)));
    x->setTitleFont(reportFont(8));
    styleAxis(x);
    styleAxis(y);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void renderChart(QChart* chart, QPainter& painter, const QRectF& target, const QSizeF& logicalSize)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes the chart
    chart->setGeometry(QRectF(QPointF(0, 0), logicalSize));
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
}

} // namespace ow::ui
