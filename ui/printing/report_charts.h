// The four charts of the monthly report (Qt Charts), shared by the report window and the PDF.
#pragma once

#include "reports/monthly_report.h"

#include <QFont>

class QChart;
class QPainter;
class QRectF;

namespace ow::ui {

// The CJK font every report surface uses (Noto Sans CJK SC when installed).
QFont reportFont(qreal pointSize = 9);

// Round ticks for a count axis from 0: `max` a multiple of `step`, step 1, 2 or 5 × 10^k, at most
// five steps (855 → 0 to 1000 by 200; 3 → 0 to 3 by 1).
struct NiceScale
{
    qint64 max = 1;
    qint64 step = 1;
};
NiceScale niceScale(qint64 top);

// How many categories the category chart shows (the largest eight): the window gives its chart
// enough height for each name to be read.
int categoryChartRows(const MonthlyReport& r);

QChart* categoryChart(const MonthlyReport& r); // accepted and closed per category (top 8), horizontal bars
QChart* outcomeChart(const MonthlyReport& r);  // outcomes of the month's closed cases, donut
QChart* trendChart(const MonthlyReport& r);    // 12 months accepted vs closed, lines
QChart* levelChart(const MonthlyReport& r);    // village/township/county/escalated stacked, with the rates

// Draws a chart (taking ownership) into `target` of the painter, laid out at `logicalSize` pixels.
void renderChart(QChart* chart, QPainter& painter, const QRectF& target, const QSizeF& logicalSize);

} // namespace ow::ui
