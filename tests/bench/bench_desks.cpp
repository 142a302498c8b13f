// Many desks at once (issue 15, "Measure and report"): DESKS processes work on one store for SECONDS
// with the mix of a center's day — intake 40 %, routing 20 %, workflow steps 30 %, search and list
// 10 % — and the parent prints per operation p50/p95/p99 latency and errors, then checks the case
// numbers (none twice, none skipped) and that every save a desk was told succeeded is in the store.
// A measurement, not a test.
// Usage: bench_desks STORE [DESKS (8)] [SECONDS (600)]
//   STORE  an SQLite file (an existing center, e.g. 1,000,000 demo cases) or a postgresql:// URL of
//          a server database at this program's schema version, as the login role.
// Each desk is this program again (--desk N UNTIL_MS OUT_FILE), with a connection of its own.
#include "storage/case_store.h"
#include "storage/database.h"
#include "storage/store_location.h"
#include "util/i18n.h"
#include "workflow/case_workflow.h"
#include "workflow/intake_service.h"
#include "workflow/routing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ow;

namespace {

Result<DatabasePtr> openStore(const QString& store)
{
    if (!isPostgreSqlUrl(store))
        return Database::open(store);
    auto location = parseStoreLocation(store);
    if (!location)
        return fail(location.error());
    return Database::openServer(*location);
}

const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
const QStringList kGiven = {QStringLiteral("建国"), QStringLiteral("秀兰"), QStringLiteral("海军"),
                            QStringLiteral("丽华"), QStringLiteral("志强"), QStringLiteral("桂英")};

IntakeRequest walkIn(QRandomGenerator& rng)
{
    IntakeRequest r;
    r.caseType = QStringLiteral("people_mediation");
    r.category = QStringLiteral("neighbor");
    r.township = QStringLiteral("150824100");
    r.window = QStringLiteral("justice");
    r.summary = QStringLiteral("邻居在宅基地边界砌墙，双方争执");
    Party a;
    a.role = QStringLiteral("applicant");
    a.name = kSurnames.at(rng.bounded(kSurnames.size())) + kGiven.at(rng.bounded(kGiven.size()));
    a.phone = QStringLiteral("138%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    Party b;
    b.role = QStringLiteral("respondent");
    b.name = kSurnames.at(rng.bounded(kSurnames.size())) + kGiven.at(rng.bounded(kGiven.size()));
    r.parties << a << b;
    return r;
}

// One desk: operations until `until` (ms since the epoch); a line per operation in `out`:
// op <TAB> ms <TAB> ok|error <TAB> case number (intake) or the error.
int runDesk(int desk, qint64 until, const QString& outPath, const QString& store)
{
    auto opened = openStore(store);
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return 2;
    QTextStream out(&file);
    if (!opened) {
        out << "open\t0\terror\t" << opened.error().simplified() << "\n";
        return 1;
    }
    Database& db = **opened;
    QRandomGenerator rng(static_cast<quint32>(desk * 7919 + 1));
    QStringList filed, assigned, inProgress, responded, closed; // this desk's cases by state
    const QString actor = QStringLiteral("system");
    auto note = [&](const char* op, const QElapsedTimer& t, const QString& error, const QString& number = {}) {
        out << op << '\t' << QString::number(static_cast<double>(t.nsecsElapsed()) / 1e6, 'f', 2) << '\t'
            << (error.isEmpty() ? QStringLiteral("ok") : QStringLiteral("error")) << '\t'
            << (error.isEmpty() ? number : error.simplified()) << '\n';
    };
    auto stepCase = [&](QStringList& from, QStringList& to, const QString& command) {
        const QString id = from.takeFirst();
        TransitionRequest r;
        r.caseKey = id;
        r.command = command;
        r.actor = actor;
        r.reason = QStringLiteral("已答复申请人");
        r.outcome = QStringLiteral("mediated");
        QElapsedTimer t;
        t.start();
        auto done = CaseWorkflow(db).apply(r);
        note("step", t, done ? QString() : done.error());
        if (done)
            to << id;
    };
    while (QDateTime::currentMSecsSinceEpoch() < until) {
        const int roll = rng.bounded(100);
        if (roll < 40 || (roll < 90 && filed.isEmpty() && assigned.isEmpty())) {
            QElapsedTimer t;
            t.start();
            const IntakeOutcome o = IntakeService(db).save(walkIn(rng));
            note("intake", t, o.ok ? QString() : o.messages().join(QLatin1Char(' ')), o.saved.caseNo);
            if (o.ok)
                filed << o.saved.id;
        } else if (roll < 60 && !filed.isEmpty()) {
            const QString id = filed.takeFirst();
            QElapsedTimer t;
            t.start();
            auto routed = RoutingService(db).route(id, actor, QStringLiteral("justice"), {}, {});
            note("route", t, routed ? QString() : routed.error());
            if (routed)
                assigned << id;
        } else if (roll < 90) {
            if (!responded.isEmpty())
                stepCase(responded, closed, QStringLiteral("close"));
            else if (!inProgress.isEmpty())
                stepCase(inProgress, responded, QStringLiteral("respond"));
            else if (!assigned.isEmpty())
                stepCase(assigned, inProgress, QStringLiteral("start"));
        } else {
            CaseFilter f;
            const bool search = rng.bounded(2) == 0;
            if (search)
                f.search = kGiven.at(rng.bounded(kGiven.size()));
            QElapsedTimer t;
            t.start();
            const auto rows = CaseStore(db).page(f, std::nullopt, 50);
            note(search ? "search" : "list", t, rows.isEmpty() ? QStringLiteral("empty page") : QString());
        }
    }
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    i18n::setLanguage(QStringLiteral("zh_CN"));
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--desk"))
        return runDesk(args.value(2).toInt(), args.value(3).toLongLong(), args.value(4), args.value(5));
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_desks STORE [DESKS] [SECONDS]\n");
        return 2;
    }
    const QString store = args.value(1);
    const int desks = args.value(2, QStringLiteral("8")).toInt();
    const int seconds = args.value(3, QStringLiteral("600")).toInt();
    auto db = openStore(store);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 3;
    }
    auto countCases = [&] {
        QSqlQuery q((*db)->sql());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 before = countCases();
    std::printf("%s: %lld cases; %d desks for %d s\n", qPrintable((*db)->path()), static_cast<long long>(before), desks,
                seconds);

    QTemporaryDir tmp;
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + 1000LL * seconds;
    std::vector<QProcess*> children;
    for (int d = 0; d < desks; ++d) {
        auto* p = new QProcess(&app);
        p->setProcessChannelMode(QProcess::ForwardedChannels);
        p->start(app.applicationFilePath(), {QStringLiteral("--desk"), QString::number(d), QString::number(until),
                                             tmp.filePath(QStringLiteral("desk%1.tsv").arg(d)), store});
        children.push_back(p);
    }
    for (QProcess* p : children)
        p->waitForFinished(1000 * (seconds + 120));

    QHash<QString, std::vector<double>> times;
    QHash<QString, int> errors;
    QHash<QString, QString> firstError;
    QStringList numbers;
    for (int d = 0; d < desks; ++d) {
        QFile f(tmp.filePath(QStringLiteral("desk%1.tsv").arg(d)));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        while (!f.atEnd()) {
            const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
            if (cols.size() < 3)
                continue;
            times[cols[0]].push_back(cols[1].toDouble());
            if (cols[2] == QLatin1String("error")) {
                ++errors[cols[0]];
                if (!firstError.contains(cols[0]))
                    firstError.insert(cols[0], cols.value(3));
            } else if (cols[0] == QLatin1String("intake")) {
                numbers << cols.value(3);
            }
        }
    }
    std::printf("%-8s %8s %8s %8s %8s %8s %7s\n", "op", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
    for (const char* op : {"intake", "route", "step", "search", "list", "open"}) {
        const auto& v = times.value(QString::fromLatin1(op));
        if (v.empty())
            continue;
        std::printf("%-8s %8zu %8.1f %8.1f %8.1f %8.1f %7d\n", op, v.size(), percentile(v, 0.5), percentile(v, 0.95),
                    percentile(v, 0.99), percentile(v, 1.0), errors.value(QString::fromLatin1(op)));
    }
    for (auto it = firstError.cbegin(); it != firstError.cend(); ++it)
        std::printf("first %s error: %s\n", qPrintable(it.key()), qPrintable(it.value()));

    // Numbers: none twice; their sequence numbers contiguous (no other writer ran meanwhile).
    static const QRegularExpression seqRe(QStringLiteral("(\\d+)\\D*$"));
    QList<qint64> seqs;
    for (const QString& n : std::as_const(numbers))
        seqs << seqRe.match(n).captured(1).toLongLong();
    std::sort(seqs.begin(), seqs.end());
    const qsizetype twice = numbers.size() - QSet<QString>(numbers.begin(), numbers.end()).size();
    const qint64 skipped =
        seqs.isEmpty() ? 0 : (seqs.last() - seqs.first() + 1) - QSet<qint64>(seqs.begin(), seqs.end()).size();
    // Lost writes: a number a desk was given that the store does not hold.
    qint64 lost = 0;
    QSqlQuery q((*db)->sql());
    q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE case_no = ?"));
    for (const QString& n : std::as_const(numbers)) {
        q.addBindValue(n);
        if (!q.exec() || !q.next())
            ++lost;
        q.finish();
    }
    std::printf("intakes saved %lld; numbers twice %lld, skipped %lld, lost writes %lld; cases %lld -> %lld\n",
                static_cast<long long>(numbers.size()), static_cast<long long>(twice), static_cast<long long>(skipped),
                static_cast<long long>(lost), static_cast<long long>(before), static_cast<long long>(countCases()));
    return 0;
}
