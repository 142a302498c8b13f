// Monthly report on a large ledger: times computeMonthlyReport for the whole county and one township
// against the same SQL statements stepped directly through the sqlite3 C API. A measurement, not a test.
// Usage: bench_report [DB_PATH [CASES]] — without DB_PATH a temporary database gets CASES (1,000,000)
// demo cases first; an existing DB_PATH is reused as it is.
// bench_report DB_PATH --pg SOCKET_DIR DATABASE [ROLE]: the same report from the file and from a
// PostgreSQL database holding the same center (copied with `onewindow-cli migrate --to`), p50/p95 of
// each and the ratio PostgreSQL/SQLite, for the same months and scopes (the server through a desk's own
// connection, Database::openServer, with its session settings); the two JSON documents
// (less generated_at) must be equal.
// bench_report DB_PATH --plans YYYY-MM: each statement of that month's report (whole county, one
// township, one department, one site) with SQLite's EXPLAIN QUERY PLAN, to see which index it reads.
// bench_report DB_PATH --pg SOCKET_DIR DATABASE [ROLE] --plans YYYY-MM: the same statements as the
// server runs them, each with PostgreSQL's EXPLAIN (ANALYZE, BUFFERS): its plan and time.
#include "admin/site_setup.h"
#include "reports/demo_data.h"
#include "reports/monthly_report.h"
#include "storage/reference_data.h"
#include "storage/store_location.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace ow;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Steps every statement to its end, adding up the integer columns so the work cannot be skipped.
qint64 runDirect(sqlite3* db, const QStringList& statements)
{
    qint64 sum = 0;
    for (const QString& sql : statements) {
        sqlite3_stmt* st = nullptr;
        const QByteArray u = sql.toUtf8();
        if (sqlite3_prepare_v2(db, u.constData(), int(u.size()), &st, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "prepare failed: %s\n", sqlite3_errmsg(db));
            return -1;
        }
        while (sqlite3_step(st) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                sum += sqlite3_column_int64(st, c);
        sqlite3_finalize(st);
    }
    return sum;
}

void measure(Database& db, const QDate& month, const ReportScope& scope, const char* name)
{
    const int runs = 7;
    std::vector<double> report, direct;
    qint64 accepted = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = computeMonthlyReport(db, month, scope);
        report.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(r.error()));
            return;
        }
        accepted = r->totals.accepted;
        t.restart();
        runDirect(db.handle(), monthlyReportSql(month, scope));
        direct.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double a = median(report), b = median(direct);
    std::printf("%-22s report %8.1f ms   direct sqlite3 %8.1f ms   ratio %.2f   (accepted %lld)\n", name, a, b, a / b,
                static_cast<long long>(accepted));
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

QByteArray comparableJson(const MonthlyReport& r)
{
    static const QRegularExpression generated(QStringLiteral("\"generated_at\": *\"[^\"]*\""));
    return QString::fromUtf8(r.toJson()).remove(generated).toUtf8();
}

// The same report from both stores, `runs` times each (alternating), p50/p95 and the ratio.
bool measureBoth(Database& file, Database& server, const QDate& month, const ReportScope& scope, const char* name)
{
    const int runs = 11;
    std::vector<double> lite, pg;
    QByteArray a, b;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = computeMonthlyReport(file, month, scope);
        lite.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        auto s = computeMonthlyReport(server, month, scope);
        pg.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r || !s) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(r ? s.error() : r.error()));
            return false;
        }
        a = comparableJson(*r);
        b = comparableJson(*s);
    }
    const double p50 = percentile(lite, 0.5), q50 = percentile(pg, 0.5);
    std::printf("%-18s SQLite p50 %7.1f p95 %7.1f ms   PostgreSQL p50 %7.1f p95 %7.1f ms   ratio %.2f   %s\n", name,
                p50, percentile(lite, 0.95), q50, percentile(pg, 0.95), q50 / p50,
                a == b ? "same JSON" : "JSON DIFFERS");
    std::fflush(stdout);
    return a == b;
}

int printServerPlans(Database& file, Database& server, const QString& monthText);

int compareStores(Database& file, const QStringList& pgArgs)
{
    // The desk's own connection (Database::openServer): its session settings are the report's.
    const QString role = pgArgs.value(2);
    const QString url =
        QStringLiteral("postgresql://%1@/%2?host=%3")
            .arg(role.isEmpty() || role.startsWith(QLatin1String("--")) ? QStringLiteral("ow_owner") : role,
                 pgArgs.value(1), pgArgs.value(0));
    const Result<StoreLocation> location = parseStoreLocation(url);
    Result<DatabasePtr> opened = location ? Database::openServer(*location) : fail(location.error());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 3;
    }
    Database& server = **opened;
    if (const int plans = int(pgArgs.indexOf(QStringLiteral("--plans"))); plans >= 0)
        return printServerPlans(file, server, pgArgs.value(plans + 1));
    const QDate today = QDate::currentDate();
    const QDate last(today.addMonths(-1).year(), today.addMonths(-1).month(), 1);
    const ReferenceData ref = ReferenceData::load(file);
    const QString township = ref.townships().value(0).code;
    const QString site = ref.siteCode;
    if (!computeMonthlyReport(file, last, {}) || !computeMonthlyReport(server, last, {})) // warm both caches once
        return 1;
    bool same = true;
    for (const QDate& m : {last, QDate(today.year(), 1, 1), last.addMonths(-12)}) {
        std::printf("month %s\n", qPrintable(m.toString(QStringLiteral("yyyy-MM"))));
        same &= measureBoth(file, server, m, {}, "  whole county");
        same &= measureBoth(file, server, m, ReportScope{{}, township, {}}, "  one township");
        same &= measureBoth(file, server, m, ReportScope{{}, {}, QStringLiteral("justice")}, "  one department");
        same &= measureBoth(file, server, m, ReportScope{{}, {}, QStringLiteral("none")}, "  no department");
        same &= measureBoth(file, server, m, ReportScope{site, {}, {}}, "  one site");
    }
    return same ? 0 : 1;
}

// The scopes whose statements --plans prints: whole county, one township, one department, one site.
std::vector<ReportScope> planScopes(Database& db)
{
    const ReferenceData ref = ReferenceData::load(db);
    return {ReportScope{}, ReportScope{{}, ref.townships().value(0).code, {}},
            ReportScope{{}, {}, QStringLiteral("justice")}, ReportScope{ref.siteCode, {}, {}}};
}

// Each statement of the month's report as the server runs it: its plan, buffers and time.
int printServerPlans(Database& file, Database& server, const QString& monthText)
{
    const std::optional<QDate> month = parseReportMonth(monthText);
    if (!month) {
        std::fprintf(stderr, "--plans takes a month, YYYY-MM\n");
        return 2;
    }
    for (const ReportScope& scope : planScopes(file)) {
        for (const QString& sql : monthlyReportSql(*month, scope, StoreLocation::Kind::PostgreSql)) {
            std::printf("%s\n", qPrintable(sql));
            QSqlQuery q(server.sql());
            if (!q.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
                return 1;
            }
            while (q.next())
                std::printf("    %s\n", qPrintable(q.value(0).toString()));
        }
    }
    return 0;
}

// Each statement of the month's report with the plan SQLite chooses for it.
int printPlans(Database& db, const QString& monthText)
{
    const std::optional<QDate> month = parseReportMonth(monthText);
    if (!month) {
        std::fprintf(stderr, "--plans takes a month, YYYY-MM\n");
        return 2;
    }
    for (const ReportScope& scope : planScopes(db)) {
        for (const QString& sql : monthlyReportSql(*month, scope)) {
            std::printf("%s\n", qPrintable(sql));
            sqlite3_stmt* st = nullptr;
            const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
            if (sqlite3_prepare_v2(db.handle(), explain.constData(), -1, &st, nullptr) != SQLITE_OK) {
                std::fprintf(stderr, "%s\n", sqlite3_errmsg(db.handle()));
                return 1;
            }
            while (sqlite3_step(st) == SQLITE_ROW)
                std::printf("    %s\n", reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
            sqlite3_finalize(st);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    i18n::setLanguage(QStringLiteral("zh_CN"));
    const QStringList args = app.arguments();
    QTemporaryDir tmp;
    QString path = args.value(1);
    const qint64 cases = args.value(2, QStringLiteral("1000000")).toLongLong();
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("bench.sqlite"));
    DatabasePtr db;
    if (QFileInfo::exists(path)) {
        auto opened = Database::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 3;
        }
        db = *opened;
    } else {
        auto created = createDatabase(path, sampleSite());
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error()));
            return 3;
        }
        db = *created;
        QElapsedTimer t;
        t.start();
        DemoOptions o;
        o.cases = cases;
        o.seed = 42;
        auto s = generateDemoCases(*db, o);
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        std::printf("demo: %lld cases in %.1f s\n", static_cast<long long>(s->inserted), double(t.elapsed()) / 1000);
    }
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db->handle(), "SELECT COUNT(*) FROM cases", -1, &st, nullptr);
    sqlite3_step(st);
    std::printf("cases in database: %lld\n", static_cast<long long>(sqlite3_column_int64(st, 0)));
    sqlite3_finalize(st);
    if (const int pg = int(args.indexOf(QStringLiteral("--pg"))); pg > 0)
        return compareStores(*db, args.mid(pg + 1));
    if (const int plans = int(args.indexOf(QStringLiteral("--plans"))); plans > 0)
        return printPlans(*db, args.value(plans + 1));

    const QDate today = QDate::currentDate();
    const QDate last(today.addMonths(-1).year(), today.addMonths(-1).month(), 1);
    const QString township = ReferenceData::load(*db).townships().value(0).code;
    if (!computeMonthlyReport(*db, last, {})) // warm the page cache once
        return 1;
    // Each statement on its own, to see where the time goes.
    for (const ReportScope& scope :
         {ReportScope{}, ReportScope{{}, township, {}}, ReportScope{{}, {}, QStringLiteral("justice")}}) {
        for (const QString& sql : monthlyReportSql(last, scope)) {
            QElapsedTimer t;
            t.start();
            runDirect(db->handle(), {sql});
            std::printf("%8.1f ms  %s\n", double(t.nsecsElapsed()) / 1e6, qPrintable(sql.left(150)));
        }
    }
    std::fflush(stdout);
    for (const QDate& m : {last, QDate(today.year(), today.month(), 1), last.addMonths(-12)}) {
        std::printf("month %s\n", qPrintable(m.toString(QStringLiteral("yyyy-MM"))));
        measure(*db, m, {}, "  whole county");
        measure(*db, m, ReportScope{{}, township, {}}, "  one township");
        measure(*db, m, ReportScope{{}, {}, QStringLiteral("justice")}, "  one department");
    }
    return 0;
}
