// The monthly closure report (docs/reports.md): every count, rate, year-to-date figure, breakdown
// and the 12-month trend, computed in SQL over one scope, and its JSON and CSV forms.
#pragma once

#include "security/audit_anchors.h"
#include "storage/store_location.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace ow {

class Database;
struct MechanismFigures; // reports/mechanisms_report.h

struct ReportScope
{
    QString site;       // source site code (cases.site_code), empty for all
    QString township;   // division code, empty for all
    QString department; // lead department code, empty for all
    bool isWhole() const { return site.isEmpty() && township.isEmpty() && department.isEmpty(); }
};

// A percentage in hundredths of a percent (9512 = 95.12 %), or nullopt when the denominator is 0.
using Rate = std::optional<qint64>;
// numerator / denominator as a percentage rounded half-up to 2 decimals, in exact integer arithmetic.
Rate percentRate(qint64 numerator, qint64 denominator);
// "95.12", "100.00", "0.00"; empty for a null rate.
QString formatRate(const Rate& rate);

struct ReportTotals
{
    qint64 registered = 0, accepted = 0, closed = 0, closedOfAccepted = 0, resolved = 0, mediated = 0,
           mediationFailed = 0, judicialConfirmed = 0, transferredToCourt = 0, fastTrack = 0, onTime = 0, openEnd = 0,
           overdueOpen = 0, rated = 0, satisfied = 0, endedWithLevel = 0, levelVillage = 0, levelTownship = 0,
           levelCounty = 0, levelEscalated = 0;
};

struct ReportRates
{
    Rate closure, resolution, mediationSuccess, onTime, satisfaction, notLeavingVillage, notLeavingTownship,
        notEscalated;
};

struct ReportYtd
{
    qint64 accepted = 0, closedOfAccepted = 0, closed = 0, resolved = 0;
    Rate closureRate, resolutionRate;
};

struct BreakdownRow
{
    QString key;
    QString label;
    qint64 accepted = 0, closed = 0, resolved = 0, onTime = 0, overdueOpen = 0;
};

struct OutcomeRow
{
    QString key;
    QString label;
    qint64 count = 0;
};

struct TrendPoint
{
    QString month; // YYYY-MM
    qint64 accepted = 0, closed = 0;
};

// One named figure for renderers and the window, in the order of reports.md.
struct Figure
{
    QString key;   // JSON key, e.g. "closure_rate"
    QString label; // in the current language
    qint64 count = 0;
    Rate rate;
    bool isRate = false;
};

struct Breakdown
{
    QString key;   // by_category, by_source, …
    QString title; // in the current language
    QList<BreakdownRow> rows;
};

struct MonthlyReport
{
    int year = 0;
    int month = 0;
    ReportScope scope;
    QString siteCode, siteName, siteLevel; // the database's own site (center)
    QString generatedAt;                   // local time with offset, ISO-8601
    QString language;                      // zh_CN | en: the language of the labels

    ReportTotals totals;
    ReportRates rates;
    ReportYtd ytd;
    QList<BreakdownRow> byCategory, bySource, byDepartment, byTownship, byCaseType;
    QList<OutcomeRow> byOutcome;
    QList<TrendPoint> trend;
    // The signed head of the audit log when the report was exported (signAuditHead); seq 0: none.
    AuditAnchor auditHead;
    // Leaders' receptions, leader-owned cases and petition agency (docs/leaders-and-agency.md): the
    // last key of the JSON and the last section of every output; none when not computed.
    std::shared_ptr<const MechanismFigures> mechanisms;

    QString monthText() const; // YYYY-MM
    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    // {center} {year}年{month}月矛盾纠纷受理办结情况统计表 (English equivalent under --lang en).
    QString title() const;
    // Scope in words: 全部 / 海流图镇 / 司法局 …
    QString scopeText() const;

    QList<Figure> totalFigures() const;              // the counts, in reports.md order
    QString figureLabel(const char* totalKey) const; // e.g. "accepted" → 受理数
    QList<Figure> rateFigures() const;
    QList<Figure> ytdFigures() const;
    QList<Breakdown> breakdowns() const; // the five key breakdowns, in JSON order

    QByteArray toJson() const;
    // CSV, UTF-8 with BOM: sections for totals, rates, ytd, each breakdown, outcomes and the trend.
    QByteArray toCsv() const;
};

// Signs the audit log's head for an exported report (security/audit_anchors.h): JSON, PDF and XLSX
// carry it. A write (the anchor is kept); the window's view of a report does not call it.
Status signAuditHead(Database& db, MonthlyReport& report);

// "2025-05" → (2025, 5); nullopt when malformed.
std::optional<QDate> parseReportMonth(const QString& text);

// Computes the report of the month containing `month` over `scope`. Labels in the current language.
Result<MonthlyReport> computeMonthlyReport(Database& db, const QDate& month, const ReportScope& scope = {});
// The same report read from a center's PostgreSQL server (a QPSQL connection, e.g. pg::open's): the
// same statements with the store's few differences switched (docs/postgresql.md, "Reports"), and
// the same figures as from the SQLite file the server was copied from. Read-only.
Result<MonthlyReport> computeMonthlyReport(QSqlDatabase& server, const QDate& month, const ReportScope& scope = {});

// The SQL statements the report runs (for the benchmark's direct comparison): each statement with
// its positional parameters already substituted as SQL literals.
QStringList monthlyReportSql(const QDate& month, const ReportScope& scope,
                             StoreLocation::Kind store = StoreLocation::Kind::File);

// The cases behind one count of `totals` (key as in JSON, e.g. "overdue_open"), for drill-down.
struct ReportCase
{
    QString id, caseNo, status, category, applicant;
    QDate receivedOn, dueOn, endedOn;
};
Result<QList<ReportCase>> casesBehindFigure(Database& db, const QDate& month, const ReportScope& scope,
                                            const QString& totalKey, int limit = 5000);
// The same on a center's PostgreSQL server.
Result<QList<ReportCase>> casesBehindFigure(QSqlDatabase& server, const QDate& month, const ReportScope& scope,
                                            const QString& totalKey, int limit = 5000);

// Sites whose cases this database holds (its own first), for the scope picker: (code, name).
QList<std::pair<QString, QString>> reportSites(Database& db);

// Home dashboard: this month so far (accepted, closed, closure rate) and cases open and overdue today.
struct DashboardFigures
{
    qint64 accepted = 0, closed = 0, closedOfAccepted = 0, overdueOpen = 0;
    Rate closureRate;
};
Result<DashboardFigures> dashboardFigures(Database& db, const QDate& today = Clock::today());
// The same on a center's PostgreSQL server.
Result<DashboardFigures> dashboardFigures(QSqlDatabase& server, const QDate& today = Clock::today());

} // namespace ow
