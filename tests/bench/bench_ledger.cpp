// Benchmark of the ledger import: writes a 100,000-row ledger (or argv[1] rows), imports it into a
// fresh database and prints the rows per second and the milliseconds of each phase. With
// OW_TEST_STORE=postgres and OW_TEST_PGHOST (as the tests run) the database is a new one on that
// cluster instead of a file (tests/support/fixtures.h, TempDatabase): the same import on a server.
#include "admin/site_setup.h"
#include "exchange/ledger_import.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"
#include "support/fixtures.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <optional>

using namespace ow;

namespace {

// An 18-digit resident ID with a correct GB 11643 check character.
QString residentId(const QDate& birth, int seq)
{
    const QString body = QStringLiteral("150824") + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0'));
    static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * w[i];
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

QByteArray ledger(int rows)
{
    const QStringList types{QStringLiteral("人民调解"), QStringLiteral("信访事项"), QStringLiteral("诉前调解（委派）"),
                            QStringLiteral("行政调解"), QStringLiteral("咨询求助")};
    const QStringList sources{QStringLiteral("来访"), QStringLiteral("来电（含12345热线）"), QStringLiteral("网格上报"),
                              QStringLiteral("来信")};
    const QStringList categories{QStringLiteral("邻里"),     QStringLiteral("婚姻家庭"), QStringLiteral("房屋宅基地"),
                                 QStringLiteral("劳动争议"), QStringLiteral("草牧场"),   QStringLiteral("民间借贷")};
    const QStringList townships{QStringLiteral("海流图镇"),     QStringLiteral("乌加河镇"),
                                QStringLiteral("德岭山镇"),     QStringLiteral("石哈河镇"),
                                QStringLiteral("甘其毛都镇"),   QStringLiteral("温更镇"),
                                QStringLiteral("呼勒斯太苏木"), QStringLiteral("川井苏木")};
    const QStringList surnames{QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"),
                               QStringLiteral("赵"), QStringLiteral("刘"), QStringLiteral("巴")};
    const QStringList names{QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("宝音"),
                            QStringLiteral("其其格"), QStringLiteral("志强")};
    QString out =
        QStringLiteral("案件编号,受理日期,案件类型,来源渠道,受理窗口,纠纷类别,申请人,申请人证件号码,申请人电话,"
                       "被申请人,涉及人数,所属乡镇,所属村社区,事由摘要,责任部门,状态,期限,办结日期,办结结果,"
                       "化解层级,司法确认,满意度\r\n");
    const QDate first(2023, 1, 2);
    for (int i = 0; i < rows; ++i) {
        const QDate received = first.addDays(i % 1000);
        const QString type = types[i % types.size()];
        const bool closed = i % 3 != 0;
        QStringList f;
        f << (i % 2 ? QStringLiteral("（%1）乌中矛调字第%2号").arg(received.year()).arg(i, 6, 10, QLatin1Char('0'))
                    : QString());
        f << received.toString(Qt::ISODate) << type << sources[i % sources.size()]
          << (i % 4 ? QStringLiteral("综合受理窗口") : QString()) << categories[i % categories.size()];
        f << surnames[i % surnames.size()] + names[(i / 7) % names.size()]
          << residentId(QDate(1950, 1, 1).addDays(i % 18000), i)
          << QStringLiteral("13%1").arg(800000000 + i, 9, 10, QLatin1Char('0'))
          << surnames[(i + 1) % surnames.size()] + names[i % names.size()] << QString::number(1 + i % 3)
          << townships[i % townships.size()] << QString()
          << QStringLiteral("第%1号台账记录：双方因%2问题发生争议，经调解员多次上门做工作。")
                 .arg(i)
                 .arg(categories[i % categories.size()])
          << QStringLiteral("司法局") << (closed ? QStringLiteral("已办结") : QStringLiteral("办理中")) << QString();
        if (closed) {
            const bool mediation = type != QLatin1String("信访事项") && type != QLatin1String("咨询求助");
            f << received.addDays(10).toString(Qt::ISODate)
              << (type == QLatin1String("信访事项") ? QStringLiteral("解释说明")
                  : mediation                       ? QStringLiteral("调解成功")
                                                    : QStringLiteral("其他方式化解"))
              << QStringLiteral("乡镇") << (mediation && i % 5 == 0 ? QStringLiteral("是") : QString())
              << QStringLiteral("满意");
        } else {
            f << QString() << QString() << QString() << QString() << QString();
        }
        out += csv::joinRecord(f) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

// Process CPU seconds (user + system): wall time alone misleads on a shared machine.
double cpu()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    // OW_BENCH_KEEP=1 keeps the ledger and the database for a look with sqlite3 afterwards.
    if (qEnvironmentVariableIsSet("OW_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    }
    QElapsedTimer t;
    t.start();
    const QByteArray bytes = ledger(rows);
    const QString csvPath = dir.filePath(QStringLiteral("ledger.csv"));
    {
        QFile f(csvPath);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    }
    std::printf("generated %d rows (%.1f MB) in %lld ms\n", rows, bytes.size() / 1048576.0, t.restart());
    std::optional<test::TempDatabase> server; // a database on the test cluster, dropped at the end
    Result<DatabasePtr> db = fail(QString());
    if (test::serverStore()) {
        server.emplace();
        db = server->db;
        std::printf("store: %s\n", qPrintable(server->db->path()));
    } else {
        db = createDatabase(dir.filePath(QStringLiteral("bench.sqlite")), sampleSite());
    }
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    t.restart();
    double c0 = cpu();
    const LedgerReport r = LedgerImporter(**db).importFile(csvPath, {});
    const qint64 total = t.elapsed();
    const double importCpu = cpu() - c0;
    if (!r.ok) {
        const QStringList lines = r.errorLines();
        for (qsizetype i = 0; i < qMin<qsizetype>(lines.size(), 10); ++i)
            std::fprintf(stderr, "%s\n", qPrintable(lines[i]));
        return 1;
    }
    if (server)
        std::printf("imported %d, unchanged %d into the server\n", r.imported, r.unchanged);
    else
        std::printf("imported %d, unchanged %d; database %.1f MB + WAL %.1f MB\n", r.imported, r.unchanged,
                    QFileInfo(dir.filePath(QStringLiteral("bench.sqlite"))).size() / 1048576.0,
                    QFileInfo(dir.filePath(QStringLiteral("bench.sqlite-wal"))).size() / 1048576.0);
    std::printf("parse %lld ms, validate %lld ms, write %lld ms, total %lld ms, %.0f rows/s\n", r.parseMs, r.validateMs,
                r.writeMs, total, rows * 1000.0 / qMax<qint64>(total, 1));
    std::printf("import cpu %.2f s\n", importCpu);
    // OW_BENCH_IMPORT_ONLY=1: stop here (for valgrind --tool=callgrind runs of the import alone).
    if (qEnvironmentVariableIsSet("OW_BENCH_IMPORT_ONLY"))
        return 0;
    t.restart();
    c0 = cpu();
    if (Status s = search::syncPending(**db); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("search index for the new cases built in %lld ms, %.2f s cpu\n", t.elapsed(), cpu() - c0);
    t.restart();
    const LedgerReport again = LedgerImporter(**db).importFile(csvPath, {});
    std::printf("re-import: imported %d, unchanged %d in %lld ms\n", again.imported, again.unchanged, t.elapsed());
    return 0;
}
