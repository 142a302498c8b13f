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

QChart* categoryChart(const MonthlyReport& r); // accepted and closed per category (top 10), horizontal bars
QChart* outcomeChart(const MonthlyReport& r);  // outcomes of the month's closed cases, donut
QChart* trendChart(const MonthlyReport& r);    // 12 months accepted vs closed, lines
QChart* levelChart(const MonthlyReport& r);    // village/township/county/escalated stacked, with the rates

// Draws a chart (taking ownership) into `target` of the painter, laid out at `logicalSize` pixels.
void renderChart(QChart* chart, QPainter& painter, const QRectF& target, const QSizeF& logicalSize);

} // namespace ow::ui
