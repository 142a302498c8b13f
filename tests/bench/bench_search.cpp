// Search benchmark (not a ctest): N synthetic cases (default 100,000) written like a ledger import,
// the index built, then 1-, 2-, 3-character Chinese terms and partial phone numbers timed through
// CaseStore (first page of 100 rows and the count). Usage: bench_search [N] [DB_PATH]
// (N = 0 with an existing DB_PATH measures that database again without writing).
#include "admin/site_setup.h"
#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace ow;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = n == 0 && QFile::exists(path);
    if (!reuse)
        QFile::remove(path);
    auto created = reuse ? Database::open(path) : createDatabase(path, sampleSite());
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 3;
    }
    Database& db = **created;
    const QStringList surnames =
        QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗").split(QLatin1Char(' '));
    const QStringList given =
        QStringLiteral("芳 建国 秀英 伟 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 巴特尔 其木格")
            .split(QLatin1Char(' '));
    const QStringList topics =
        QStringLiteral("宅基地边界纠纷 婚姻家庭矛盾 土地承包合同纠纷 拖欠农民工工资 草牧场界线争议 "
                       "邻里噪音扰民 民间借贷纠纷 交通事故赔偿 物业费争议 征地补偿款分配")
            .split(QLatin1Char(' '));
    const QStringList towns{QStringLiteral("150824100"), QStringLiteral("150824101"), QStringLiteral("150824102"),
                            QStringLiteral("150824200")};
    auto* rng = QRandomGenerator::global();
    QElapsedTimer timer;
    timer.start();
    {
        WriteTransaction tx(db);
        CaseWriter writer(db);
        for (int i = 0; i < n; ++i) {
            CaseRecord c;
            c.caseNo = QStringLiteral("（%1）乌中矛调字第%2号").arg(2015 + i % 10).arg(i + 1, 6, 10, QLatin1Char('0'));
            c.caseType = QStringLiteral("people_mediation");
            c.source = QStringLiteral("walk_in");
            c.categoryCode = QStringLiteral("neighbor");
            c.townshipCode = towns[i % towns.size()];
            c.summary =
                topics[rng->bounded(topics.size())] + QStringLiteral("，双方多次协商未果，申请人请求中心调解处理。");
            c.status = QStringLiteral("closed");
            c.receivedOn = QDate(2015, 1, 1).addDays(i % 3600);
            c.endedOn = c.receivedOn.addDays(10);
            Party a;
            a.name = surnames[rng->bounded(surnames.size())] + given[rng->bounded(given.size())];
            a.phone = QStringLiteral("13%1").arg(rng->bounded(100000000, 999999999));
            a.idNumber = QStringLiteral("150824%1").arg(rng->bounded(100000000, 999999999)) + QStringLiteral("001X");
            Party b;
            b.role = QStringLiteral("respondent");
            b.name = surnames[rng->bounded(surnames.size())] + given[rng->bounded(given.size())];
            c.parties << a << b;
            if (Status s = writer.insert(c); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error()));
                return 3;
            }
        }
        if (Status s = tx.commit(); !s)
            return 3;
    }
    std::printf("wrote %d cases in %lld ms\n", n, static_cast<long long>(timer.restart()));
    if (Status s = search::syncPending(db); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 3;
    }
    std::printf("indexed in %lld ms\n", static_cast<long long>(timer.restart()));
    CaseStore store(db);
    const QStringList terms{QStringLiteral("王"),      QStringLiteral("芳"),        QStringLiteral("王芳"),
                            QStringLiteral("宅基地"),  QStringLiteral("巴特尔"),    QStringLiteral("婚姻"),
                            QStringLiteral("5678"),    QStringLiteral("1381234"),   QStringLiteral("第000123号"),
                            QStringLiteral("王 纠纷"), QStringLiteral("不存在的词")};
    qint64 worst = 0;
    for (const QString& t : terms) {
        CaseFilter f;
        f.search = t;
        timer.restart();
        const auto rows = store.page(f, std::nullopt, 100);
        const qint64 pageMs = timer.restart();
        const qint64 count = store.count(f);
        const qint64 countMs = timer.restart();
        worst = std::max(worst, std::max(pageMs, countMs));
        std::printf("%-12s page %3lld rows %4lld ms   count %6lld in %4lld ms\n", qPrintable(t),
                    static_cast<long long>(rows.size()), static_cast<long long>(pageMs), static_cast<long long>(count),
                    static_cast<long long>(countMs));
    }
    std::printf("slowest: %lld ms\n", static_cast<long long>(worst));
    return 0;
}
