// Monthly report on a large ledger: times computeMonthlyReport for the whole county and one township
// against the same SQL statements stepped directly through the sqlite3 C API. A measurement, not a test.
// Usage: bench_report [DB_PATH [CASES]] — without DB_PATH a temporary database gets CASES (1,000,000)
// demo cases first; an existing DB_PATH is reused as it is.
#include "admin/site_setup.h"
#include "reports/demo_data.h"
#include "reports/monthly_report.h"
#include "storage/reference_data.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
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
