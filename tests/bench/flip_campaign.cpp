// Bit-flip campaign over a signed package (docs/package-format.md, "What the merge reads"): a township
// package is exported once; each trial flips one random bit of it and imports it into a fresh copy
// of the county. Every trial must be refused, or merge rows byte-identical to those the original
// package merges. Prints the counts (refused by reason, identical, ALTERED) and exits 1 on any
// altered trial. `flip_campaign [TRIALS=1000] [SEED] [CASES=40] [--live]`: with --live the bits are
// drawn only from bytes SQLite uses (b-tree page headers, cell pointers and cell content, other
// pages whole), not from the free space inside pages where a uniform flip mostly lands.
#include "admin/site_setup.h"
#include "exchange/package_export.h"
#include "exchange/package_format.h"
#include "exchange/package_import.h"
#include "security/signing_keys.h"
#include "storage/case_writer.h"
#include "storage/reference_data.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ow;

namespace {

void fill(Database& db, int count)
{
    WriteTransaction tx(db);
    CaseWriter writer(db);
    for (int n = 0; n < count; ++n) {
        CaseRecord c;
        c.caseNo = QStringLiteral("（2025）海镇矛调字第%1号").arg(n + 1, 5, 10, QLatin1Char('0'));
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = n % 2 ? QStringLiteral("neighbor") : QStringLiteral("labor");
        c.townshipCode = QStringLiteral("150824100");
        c.summary = QStringLiteral("第%1号邻里宅基地边界纠纷，双方就院墙位置各执一词").arg(n);
        c.status = QStringLiteral("filed");
        c.receivedOn = QDate(2025, 1, 1).addDays(n % 300);
        c.filedOn = c.receivedOn;
        c.parties << Party{{},
                           QStringLiteral("applicant"),
                           QStringLiteral("person"),
                           QStringLiteral("张建国"),
                           {},
                           {},
                           QStringLiteral("13800000000"),
                           {},
                           {}};
        c.parties << Party{
            {}, QStringLiteral("respondent"), QStringLiteral("person"), QStringLiteral("王芳"), {}, {}, {}, {}, {}};
        c.timeline << TimelineEvent{{}, QStringLiteral("system"), QStringLiteral("filed"), {}};
        if (Status s = writer.insert(c); !s) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(s.error()));
            std::exit(2);
        }
    }
    if (!tx.commit())
        std::exit(2);
}

// SHA-256 over every row of every exchanged table of the county, in id order, every column quoted.
QByteArray digest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = package::exchangeTables(db.handle());
    for (const package::ExchangeTable& t : *tables) {
        QStringList quoted;
        for (const QString& c : t.columnNames())
            quoted << QStringLiteral("quote(%1)").arg(package::ident(c));
        package::Statement st(db.handle(), QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                               .arg(quoted.join(QStringLiteral("||','||")), package::ident(t.name)));
        hash.addData(t.name.toUtf8());
        while (st.next())
            hash.addData(QByteArray(st.text(0).toUtf8() + '\n'));
    }
    return hash.result().toHex();
}

// The SQLite page type of the page holding byte `offset` (2/10: index interior/leaf, 5/13: table).
int pageType(const QByteArray& file, qint64 offset)
{
    const int pageSize =
        (quint8(file[16]) << 8 | quint8(file[17])) == 1 ? 65536 : (quint8(file[16]) << 8 | quint8(file[17]));
    const qint64 page = offset / pageSize;
    const qint64 head = page * pageSize + (page == 0 ? 100 : 0);
    return quint8(file[head]);
}

// Offsets of the bytes in use: the file header, each b-tree page's header and cell pointer array and
// its cell content area; pages of other kinds (overflow, freelist) whole.
QList<qint64> liveBytes(const QByteArray& file)
{
    auto u16 = [&](qint64 at) { return (quint8(file[at]) << 8) | quint8(file[at + 1]); };
    const int pageSize = u16(16) == 1 ? 65536 : u16(16);
    QList<qint64> live;
    for (qint64 page = 0; page * pageSize < file.size(); ++page) {
        const qint64 start = page * pageSize, end = start + pageSize;
        const qint64 head = start + (page == 0 ? 100 : 0);
        const int type = quint8(file[head]);
        if (type != 2 && type != 5 && type != 10 && type != 13) {
            for (qint64 b = start; b < end; ++b)
                live << b;
            continue;
        }
        const qint64 headerEnd = head + (type == 2 || type == 5 ? 12 : 8) + 2 * u16(head + 3);
        const qint64 content = start + (u16(head + 5) == 0 ? 65536 : u16(head + 5));
        for (qint64 b = start; b < headerEnd; ++b)
            live << b;
        for (qint64 b = content; b < end; ++b)
            live << b;
    }
    return live;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int trials = args.value(0, QStringLiteral("1000")).toInt();
    const quint32 seed = args.size() > 1 ? args[1].toUInt() : QRandomGenerator::global()->generate();
    const int cases = args.value(2, QStringLiteral("40")).toInt();
    const bool liveOnly = args.contains(QStringLiteral("--live"));
    QTemporaryDir dir;
    qputenv("ONEWINDOW_KEY_DIR", dir.filePath(QStringLiteral("keys")).toUtf8());

    const QString townPath = dir.filePath(QStringLiteral("town.sqlite"));
    const QString templatePath = dir.filePath(QStringLiteral("county-template.sqlite"));
    QString packagePath = dir.filePath(QStringLiteral("town.owpkg"));
    {
        auto town = createDatabase(townPath, {QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"),
                                              QStringLiteral("township"), QString()});
        auto county = createDatabase(templatePath, sampleSite());
        if (!town || !county)
            return 2;
        fill(**town, cases);
        ExportOptions o;
        o.outPath = packagePath;
        if (auto sent = exportPackage(**town, o); !sent) {
            std::fprintf(stderr, "%s\n", qPrintable(sent.error()));
            return 2;
        }
        auto key = keys::currentKey(**town);
        if (!keys::registerKey(**county, QStringLiteral("150824100"), keys::publicKeyText(key->publicKey),
                               QStringLiteral("system")))
            return 2;
    } // both closed: the template is one file, its WAL checkpointed away

    const QString trialPath = dir.filePath(QStringLiteral("trial/county.sqlite"));
    auto importInto = [&](const QString& pkg, QString* error) -> QByteArray {
        QDir(dir.filePath(QStringLiteral("trial"))).removeRecursively();
        QDir().mkpath(dir.filePath(QStringLiteral("trial")));
        QFile::copy(templatePath, trialPath);
        auto db = Database::open(trialPath, Database::Mode::OpenExisting);
        if (!db) {
            *error = db.error();
            return {};
        }
        auto done = PackageImporter(**db).import(pkg, QStringLiteral("system"));
        if (!done) {
            *error = done.error();
            return {};
        }
        return digest(**db);
    };
    QString error;
    const QByteArray original = importInto(packagePath, &error);
    if (original.isEmpty()) {
        std::fprintf(stderr, "the original package does not import: %s\n", qPrintable(error));
        return 2;
    }
    QFile f(packagePath);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();
    f.close();
    const QList<qint64> live = liveBytes(bytes);
    std::printf("package: %lld bytes (%lld in use), %d cases; seed %u; %d trials, flips %s\n", qint64(bytes.size()),
                qint64(live.size()), cases, seed, trials, liveOnly ? "in bytes in use" : "anywhere");

    QRandomGenerator random(seed);
    const QString flippedPath = dir.filePath(QStringLiteral("flipped.owpkg"));
    int refused = 0, identical = 0, altered = 0, inIndex = 0, indexRefused = 0;
    QMap<QString, int> reasons;
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < trials; ++t) {
        const qint64 bit = liveOnly ? live[qsizetype(random.bounded(quint64(live.size())))] * 8 + random.bounded(8)
                                    : qint64(random.bounded(quint64(bytes.size()) * 8));
        QByteArray flipped = bytes;
        flipped[bit / 8] = char(quint8(flipped[bit / 8]) ^ (1u << (bit % 8)));
        const int type = pageType(bytes, bit / 8);
        const bool index = type == 2 || type == 10;
        inIndex += index;
        QFile out(flippedPath);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(flipped);
        out.close();
        error.clear();
        const QByteArray got = importInto(flippedPath, &error);
        if (got.isEmpty()) {
            ++refused;
            indexRefused += index;
            // The reason without the file name and the details: the words up to the first digit or colon.
            QString reason = error.section(QLatin1Char('('), 0, 0).left(40);
            ++reasons[reason];
        } else if (got == original) {
            ++identical;
        } else {
            ++altered;
            std::printf("ALTERED: trial %d, byte %lld bit %lld, page type %d\n", t, bit / 8, bit % 8, type);
        }
    }
    std::printf("%d trials in %.1f s: %d refused, %d merged identical to the original, %d ALTERED\n", trials,
                timer.elapsed() / 1000.0, refused, identical, altered);
    std::printf("flips in index pages: %d (%d refused, %d identical)\n", inIndex, indexRefused, inIndex - indexRefused);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        std::printf("  %4d  %s\n", it.value(), qPrintable(it.key()));
    return altered == 0 ? 0 : 1;
}
