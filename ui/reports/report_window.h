// 月度报表: the monthly closure report on screen (month and scope pickers, figure tables, the four
// charts, drill-down to the cases behind a count) with print preview and PDF/Excel/CSV export.
#pragma once

#include "reports/monthly_report.h"
#include "storage/database.h"
#include "storage/reference_data.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLayout;
class QDateEdit;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace ow::ui {

class MainWindow;

class ReportWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReportWindow(DatabasePtr db, QWidget* parent = nullptr);

    void setMonth(const QDate& month);
    void setScope(const ReportScope& scope);
    const MonthlyReport& report() const { return m_report; }

public slots:
    void refresh();
    void printPreview();
    void exportPdf();
    void exportExcel();
    void exportCsv();
    // The list of the cases behind one count of the totals (key as in JSON).
    void showCasesBehind(const QString& totalKey);

private:
    QLayout* filterBar();
    QComboBox* addFilter(QHBoxLayout* bar, const QString& label, const QString& name, const QString& all);
    QWidget* figuresPane();
    QWidget* chartsPane();
    void signHead();
    ReportScope currentScope() const;
    QString askFile(const QString& caption, const QString& suffix, const QString& filter);
    void fillFigures(QTableWidget* table, const QList<Figure>& figures);

    DatabasePtr m_db;
    ReferenceData m_reference;
    MonthlyReport m_report;
    QDateEdit* m_month = nullptr;
    QComboBox* m_site = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_title = nullptr;
    QTableWidget* m_totals = nullptr;
    QTableWidget* m_rates = nullptr;
    QTableWidget* m_ytd = nullptr;
    QGridLayout* m_charts = nullptr;
    QTabWidget* m_breakdowns = nullptr;
};

// Adds the report page and Reports-menu actions to the main window (one call in ui/app/startup.cpp).
void installReportPages(MainWindow& window);

} // namespace ow::ui
