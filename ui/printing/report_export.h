// The monthly report on paper and in files: XLSX (libxlsxwriter), PDF and print (QPainter on a
// paged device, with the charts), which onewindow-cli links too.
#pragma once

#include "reports/monthly_report.h"

class QPagedPaintDevice;

namespace ow::ui {

Status writeReportXlsx(const MonthlyReport& report, const QString& path);
Status writeReportPdf(const MonthlyReport& report, const QString& path);
// Paints the whole report (A4 pages, page numbers, signature lines) on a printer or PDF writer whose
// page size and margins are already set.
Status paintReport(const MonthlyReport& report, QPagedPaintDevice& device);
// Format "xlsx" or "pdf" (onewindow-cli report).
Status renderReport(const MonthlyReport& report, const QString& format, const QString& path);

} // namespace ow::ui
