// PostgreSQL search designs (storage/pg_search.h) on N synthetic cases (default 1,000,000): loads the
// cases and each design's documents with COPY (through psql), builds the indexes, then times the
// case list's first page (50 rows, newest received first) for 1-, 2- and 3-character Chinese terms,
// partial phone numbers and case numbers. A measurement, not a test.
// Usage: bench_pg_search PGHOST [N [QUERIES [all|again]]] — PGHOST is the server's socket folder (e.g. from
// `tests/pg/pg_cluster.sh start DIR`: DIR/socket); the database ow_bench_search is made afresh.
#include "reports/demo_data.h"
#include "storage/pg_search.h"
#include "storage/search_index.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace ow;
using pgsearch::Design;

namespace {

const char* kDatabase = "ow_bench_search";

struct Case
{
    QString id, caseNo, applicant, summary, parties, phone;
    QDate receivedOn;
};

// Plausible county-center cases: common surnames weighted first, one- and two-character given
// names, a dispute with a place and a detail, two parties with ID numbers and mobile phones.
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}
    QList<Case> cases(int n)
    {
        QList<Case> out;
        out.reserve(n);
        const QDate first(2023, 7, 1);
        QMap<int, int> perYear;
        for (int i = 0; i < n; ++i) {
            Case c;
            c.receivedOn = first.addDays(qint64(i) * 730 / n);
            c.id = QUuid::fromRfc4122(bytes(16)).toString(QUuid::WithoutBraces);
            const int year = c.receivedOn.year();
            c.caseNo = QStringLiteral("（%1）乌中矛调字第%2号").arg(year).arg(++perYear[year], 6, 10, QLatin1Char('0'));
            c.applicant = name();
            c.phone = phone();
            c.summary = pick(kPlaces) + pick(kTopics) + QStringLiteral("，") + pick(kDetails);
            c.parties = c.applicant + QLatin1Char(' ') + idNumber() + QStringLiteral("  ") + c.phone +
                        QLatin1Char(' ') + name() + QLatin1Char(' ') + idNumber() + QStringLiteral("  ") + phone();
            out << c;
        }
        return out;
    }
    QString name()
    {
        const int s = std::min(int(std::exponential_distribution<double>(0.12)(m_rng)), int(kSurnames.size()) - 1);
        QString n = kSurnames[s];
        for (int k = 0, len = 1 + (below(10) < 7); k < len; ++k)
            n += kGiven[below(int(kGiven.size()))];
        return n;
    }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    QString pick(const QStringList& l) { return l[below(int(l.size()))]; }

private:
    QByteArray bytes(int n)
    {
        QByteArray b(n, 0);
        for (char& c : b)
            c = char(below(256));
        return b;
    }
    QString digits(int n)
    {
        QString s;
        for (int k = 0; k < n; ++k)
            s += QChar(u'0' + below(10));
        return s;
    }
    QString phone() { return QStringLiteral("1") + QChar(u'3' + below(7)) + digits(9); }
    QString idNumber()
    {
        const QDate birth = QDate(1950, 1, 1).addDays(below(365 * 55));
        const QString first17 = pick(kRegions) + birth.toString(QStringLiteral("yyyyMMdd")) + digits(3);
        return first17 + residentIdCheckChar(first17);
    }
    std::mt19937 m_rng;
    const QStringList kSurnames =
        QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 "
                       "韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛")
            .split(QLatin1Char(' '));
    const QStringList kGiven = QStringLiteral("芳 建 国 秀 英 伟 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 兰 霞 平 刚 "
                                              "桂 华 玉 萍 红 娥 玲 芬 燕 鹏 辉 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 "
                                              "欢 阳 建 海 峰 飞 鑫 波 宏 志 金 春 梅 凤 云 文 晶 丹 荣 新 德 福 生")
                                   .split(QLatin1Char(' '));
    const QStringList kPlaces =
        QStringLiteral("乌拉特中旗海流图镇 德岭山镇 石哈河镇 乌加河镇 同和太种畜场 巴音乌兰苏木 "
                       "新忽热苏木 温更镇 川井苏木 呼勒斯太苏木 ")
            .split(QLatin1Char(' '));
    const QStringList kTopics =
        QStringLiteral("宅基地边界纠纷 婚姻家庭矛盾 土地承包合同纠纷 拖欠农民工工资 草牧场界线争议 "
                       "邻里噪音扰民 民间借贷纠纷 交通事故赔偿 物业费争议 征地补偿款分配 "
                       "房屋租赁纠纷 劳动合同解除争议 医疗损害赔偿 饲养动物致害 继承析产纠纷")
            .split(QLatin1Char(' '));
    const QStringList kDetails =
        QStringLiteral("双方多次协商未果，申请人请求中心调解处理。|涉及金额较大，情绪激动，需尽快化解。"
                       "|村委会调解未成，申请县级调解。|当事人年事已高，行动不便，请求上门调解。"
                       "|已报派出所备案，请求依法处理。|双方系亲属关系，矛盾由来已久。")
            .split(QLatin1Char('|'));
    const QStringList kRegions{QStringLiteral("150824"), QStringLiteral("150802"), QStringLiteral("150821"),
                               QStringLiteral("152801")};
};

QString copyField(QString s)
{
    return s.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

bool run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n  %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// COPY of a tab-separated file into a table through psql (\copy reads the file on the client).
bool copyInto(const QString& host, const QString& table, const QString& file)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-h"), host, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                QLatin1String(kDatabase), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                QStringLiteral("\\copy %1 FROM '%2'").arg(table, file)});
    psql.waitForFinished(-1);
    if (psql.exitCode() == 0)
        return true;
    std::fprintf(stderr, "psql: %s\n", psql.readAllStandardError().constData());
    return false;
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QString sizeOf(QSqlDatabase& db, const QString& relation)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size('%1'))").arg(relation));
    return q.next() ? q.value(0).toString() : QStringLiteral("?");
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// The cases table the list reads (the minimal shape of the schema's) and its received-date index.
bool loadCases(QSqlDatabase& db, const QString& host, const QList<Case>& cases, const QString& dir)
{
    QElapsedTimer t;
    t.start();
    QByteArray tsv;
    for (const Case& c : cases)
        tsv += (QStringList{c.id, c.caseNo, copyField(c.applicant), copyField(c.summary),
                            c.receivedOn.toString(Qt::ISODate)}
                    .join(QLatin1Char('\t')) +
                QLatin1Char('\n'))
                   .toUtf8();
    const QString file = dir + QStringLiteral("/cases.tsv");
    if (!writeFile(file, tsv) ||
        !run(db, QStringLiteral("CREATE TABLE cases (id text PRIMARY KEY, case_no text, applicant_name text NOT NULL, "
                                "summary text NOT NULL, received_on date NOT NULL)")) ||
        !copyInto(host, QStringLiteral("cases"), file) ||
        !run(db, QStringLiteral("CREATE INDEX cases_received ON cases (received_on, id)")) ||
        !run(db, QStringLiteral("VACUUM ANALYZE cases")))
        return false;
    std::printf("cases: %lld rows loaded and indexed in %.1f s, %s\n", static_cast<long long>(cases.size()), seconds(t),
                qPrintable(sizeOf(db, QStringLiteral("cases"))));
    return true;
}

// One design's documents in schema `schema`: table, COPY, then its GIN indexes (timed apart).
bool loadDocuments(QSqlDatabase& db, const QString& host, const QList<Case>& cases, const QString& dir,
                   const QString& schema, Design design)
{
    QElapsedTimer t;
    t.start();
    QByteArray tsv;
    for (const Case& c : cases) {
        const pgsearch::Document d =
            pgsearch::document(search::caseFields(c.caseNo, c.id, c.applicant, c.summary, c.parties));
        QString line = c.id + QLatin1Char('\t') + copyField(d.body);
        if (design != Design::Trigram)
            line += QLatin1Char('\t') + copyField(pgsearch::arrayLiteral(d.grams));
        if (design == Design::HybridNewest)
            line += QLatin1Char('\t') + c.receivedOn.toString(Qt::ISODate) + QLatin1Char('\t') +
                    copyField(pgsearch::arrayLiteral(d.quads));
        tsv += (line + QLatin1Char('\n')).toUtf8();
    }
    const double documents = seconds(t);
    const QString file = dir + QStringLiteral("/%1.tsv").arg(schema);
    if (!writeFile(file, tsv) || !run(db, QStringLiteral("CREATE SCHEMA %1").arg(schema)) ||
        !run(db, QStringLiteral("SET search_path = %1, public").arg(schema)))
        return false;
    tsv.clear();
    for (const QString& s : pgsearch::tableDdl(design))
        if (!run(db, s))
            return false;
    t.restart();
    if (!copyInto(host, schema + QStringLiteral(".case_search"), file))
        return false;
    std::printf("%s: documents made in C++ in %.1f s, COPY %.1f s\n", qPrintable(schema), documents, seconds(t));
    return true;
}

bool buildIndexes(QSqlDatabase& db, const QString& schema, const QStringList& statements)
{
    if (!run(db, QStringLiteral("SET search_path = %1, public").arg(schema)))
        return false;
    for (const QString& s : statements) {
        QElapsedTimer t;
        t.start();
        if (!run(db, s))
            return false;
        const QString index = s.section(QLatin1Char(' '), 2, 2);
        std::printf("  %-22s built in %6.1f s, %s\n", qPrintable(index), seconds(t),
                    qPrintable(sizeOf(db, schema + QLatin1Char('.') + index)));
    }
    QElapsedTimer t;
    t.start();
    if (!run(db, QStringLiteral("VACUUM ANALYZE case_search")))
        return false;
    std::printf("  VACUUM ANALYZE %.1f s; table %s\n", seconds(t),
                qPrintable(sizeOf(db, schema + QStringLiteral(".case_search"))));
    return true;
}

struct Kind
{
    const char* name;
    QStringList terms;
};

QList<Kind> queryTerms(const QList<Case>& cases, Generator& g, int count)
{
    QList<Kind> out{{"1 Chinese char", {}},
                    {"2 Chinese chars", {}},
                    {"3 Chinese chars", {}},
                    {"partial phone (4)", {}},
                    {"case number", {}}};
    for (int i = 0; i < count; ++i) {
        const Case& c = cases[g.below(int(cases.size()))];
        const QString n = g.name();
        out[0].terms << n.left(1);
        // A two-character given name, or two characters of a summary.
        out[1].terms << (i % 2 ? c.summary.mid(g.below(int(c.summary.size()) - 1), 2) : n.right(2));
        out[2].terms << (n.size() == 3 ? n : c.summary.mid(g.below(int(c.summary.size()) - 2), 3));
        out[3].terms << c.phone.right(4);
        out[4].terms << c.caseNo;
    }
    return out;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The case list's first page for a term; returns its rows (-1 on an error).
int firstPage(QSqlDatabase& db, const QString& term, Design design, bool paged)
{
    // The chosen design takes the newest 50 inside the search when the list has no other filter
    // (`paged`); with other filters it cannot.
    const pgsearch::Condition cond = pgsearch::caseCondition(term, design, {paged ? 50 : 0, {}, {}});
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.case_no, c.applicant_name, c.received_on FROM cases c WHERE %1 ORDER BY "
                             "c.received_on DESC, c.id DESC LIMIT 50")
                  .arg(cond.sql));
    for (const QVariant& v : cond.binds)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return -1;
    }
    int rows = 0;
    while (q.next())
        ++rows;
    return rows;
}

void measure(QSqlDatabase& db, const QString& schema, Design design, const char* label, const QList<Kind>& kinds,
             bool paged = true)
{
    run(db, QStringLiteral("SET search_path = %1, public").arg(schema));
    std::printf("\n%s (%s)\n  %-18s %7s %9s %9s %9s %9s\n", label, qPrintable(schema), "terms", "queries", "p50 ms",
                "p95 ms", "p99 ms", "rows");
    for (const Kind& k : kinds) {
        // pg_trgm has nothing to look up for 1 or 2 characters, the pairs of a case number are in
        // every case: a few queries show the cost.
        const bool slow = (design == Design::Trigram && k.terms.first().size() < 3) ||
                          (design == Design::Grams && k.terms.first().size() > 10);
        const QStringList terms = slow ? k.terms.mid(0, 10) : k.terms;
        for (const QString& term : terms) // warm
            firstPage(db, term, design, paged);
        std::vector<double> ms;
        qint64 rows = 0;
        for (const QString& term : terms) {
            QElapsedTimer t;
            t.start();
            rows += firstPage(db, term, design, paged);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("  %-18s %7zu %9.1f %9.1f %9.1f %9.1f\n", k.name, ms.size(), percentile(ms, 0.5),
                    percentile(ms, 0.95), percentile(ms, 0.99), double(rows) / double(ms.size()));
        std::fflush(stdout);
    }
}

QSqlDatabase connectTo(const QString& host, const QString& database, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host);
    db.setDatabaseName(database);
    db.setUserName(QStringLiteral("postgres"));
    if (!db.open())
        std::fprintf(stderr, "cannot connect to %s on %s: %s\n", qPrintable(database), qPrintable(host),
                     qPrintable(db.lastError().text()));
    return db;
}

bool createDatabase(const QString& host)
{
    bool ok = false;
    {
        QSqlDatabase admin = connectTo(host, QStringLiteral("postgres"), QStringLiteral("admin"));
        ok = admin.isOpen() && run(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDatabase))) &&
             run(admin, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(QLatin1String(kDatabase)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return ok;
}

// The cases, pg_trgm alone (measured, then dropped), and the grams design (measured).
bool loadAndMeasureFirst(QSqlDatabase& db, const QString& host, const QList<Case>& cases, const QString& dir,
                         const QList<Kind>& kinds)
{
    if (!run(db, QStringLiteral("CREATE EXTENSION pg_trgm SCHEMA public")) || !loadCases(db, host, cases, dir))
        return false;
    if (!loadDocuments(db, host, cases, dir, QStringLiteral("d_trigram"), Design::Trigram) ||
        !buildIndexes(db, QStringLiteral("d_trigram"), pgsearch::indexDdl(Design::Trigram)))
        return false;
    measure(db, QStringLiteral("d_trigram"), Design::Trigram, "pg_trgm alone", kinds);
    run(db, QStringLiteral("DROP SCHEMA d_trigram CASCADE"));
    // Grams alone.
    if (!loadDocuments(db, host, cases, dir, QStringLiteral("d_grams"), Design::Grams) ||
        !buildIndexes(db, QStringLiteral("d_grams"), pgsearch::indexDdl(Design::Grams)))
        return false;
    measure(db, QStringLiteral("d_grams"), Design::Grams, "characters and pairs alone", kinds);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_pg_search PGHOST [CASES [QUERIES [all|again]]]\n");
        return 2;
    }
    const QString host = args[1];
    const int n = args.size() > 2 ? args[2].toInt() : 1000000;
    const int queries = args.size() > 3 ? args[3].toInt() : 200;
    // "all": pg_trgm alone and the grams alone first (each loaded, measured, dropped). "again": the
    // database of an earlier run with the same CASES is measured again without loading (the cases
    // and terms are generated again, deterministically).
    const QString mode = args.size() > 4 ? args[4] : QString();
    const bool again = mode == QLatin1String("again");
    if (!again && !createDatabase(host))
        return 3;
    QSqlDatabase db = connectTo(host, QLatin1String(kDatabase), QStringLiteral("bench"));
    QTemporaryDir dir;
    Generator g(2026);
    QElapsedTimer t;
    t.start();
    const QList<Case> cases = g.cases(n);
    std::printf("%d cases generated in %.1f s\n", n, seconds(t));
    const QList<Kind> kinds = queryTerms(cases, g, queries);
    // pg_trgm in public, so that dropping a design's schema keeps it. The list's session settings;
    // OW_RANDOM_PAGE_COST=4 measures with PostgreSQL's default random_page_cost instead.
    QStringList settings = pgsearch::sessionSettings();
    bool costGiven = false;
    const double cost = qEnvironmentVariable("OW_RANDOM_PAGE_COST").toDouble(&costGiven);
    if (costGiven)
        settings << QStringLiteral("SET random_page_cost = %1").arg(cost);
    if (!db.isOpen() || !run(db, QStringLiteral("SET maintenance_work_mem = '512MB'")))
        return 3;
    for (const QString& setting : settings)
        if (!run(db, setting))
            return 3;
    if (mode == QLatin1String("all")) {
        if (!loadAndMeasureFirst(db, host, cases, dir.path(), kinds))
            return 3;
        run(db, QStringLiteral("DROP SCHEMA d_grams CASCADE"));
    } else if (!again && (!run(db, QStringLiteral("CREATE EXTENSION pg_trgm SCHEMA public")) ||
                          !loadCases(db, host, cases, dir.path()))) {
        return 3;
    }
    // The chosen design's table holds the hybrid's columns too: both are measured on the same rows.
    const QString schema = QStringLiteral("d_hybrid");
    if (!again && (!loadDocuments(db, host, cases, dir.path(), schema, Design::HybridNewest) ||
                   !buildIndexes(db, schema, pgsearch::indexDdl(Design::HybridNewest))))
        return 3;
    measure(db, schema, Design::Hybrid, "hybrid: pg_trgm for 3+, characters and pairs below", kinds);
    measure(db, schema, Design::HybridNewest, "hybrid, 4-digit pieces, newest 50 inside the search", kinds);
    measure(db, schema, Design::HybridNewest, "the same without the page (a list with other filters)", kinds, false);
    return 0;
}
