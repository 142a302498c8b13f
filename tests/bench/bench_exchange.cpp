// Benchmark of consolidation: a township database with 100,000 cases (or argv[1]) is exported to a
// package and imported into a fresh county database; prints the milliseconds of each phase.
// `bench_exchange N --keep DIR` leaves the package in DIR; `bench_exchange --import PKG` only imports
// an existing package into a fresh county (for profiling the import alone under perf or callgrind).
// With OW_TEST_STORE=postgres and OW_TEST_PGHOST=SOCKET_DIR (a cluster of tests/pg/pg_cluster.sh), the
// county is a new database on that server (tests/support/fixtures.h, TempDatabase).
#include "admin/site_setup.h"
#include "exchange/package_export.h"
#include "exchange/package_format.h"
#include "exchange/package_import.h"
#include "security/signing_keys.h"
#include "storage/case_writer.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"
#include "support/fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace ow;

namespace {

// Process CPU seconds: the machine is shared, so wall time alone says little about the program.
double cpu()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void fillTownship(Database& db, int count)
{
    const QStringList categories{QStringLiteral("neighbor"), QStringLiteral("marriage_family"),
                                 QStringLiteral("housing_homestead"), QStringLiteral("labor")};
    const QStringList statuses{QStringLiteral("closed"), QStringLiteral("in_progress"), QStringLiteral("filed")};
    const QStringList surnames{QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("巴")};
    WriteTransaction tx(db);
    CaseWriter writer(db);
    QSqlQuery dept(db.sql());
    dept.prepare(QStringLiteral("INSERT INTO case_departments(id, case_id, department_code, role, site_code, "
                                "created_at, updated_at) VALUES(?,?,'justice','lead',?,?,?)"));
    const QDate start(2024, 1, 1);
    for (int n = 0; n < count; ++n) {
        CaseRecord c;
        c.caseNo =
            QStringLiteral("（%1）海镇矛调字第%2号").arg(2024 + n / 60000).arg(n % 60000 + 1, 5, 10, QLatin1Char('0'));
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = categories[n % categories.size()];
        c.townshipCode = QStringLiteral("150824100");
        c.summary = QStringLiteral("第%1号邻里宅基地边界纠纷，双方就院墙位置各执一词").arg(n);
        c.status = statuses[n % statuses.size()];
        c.receivedOn = start.addDays(n % 600);
        c.filedOn = c.receivedOn;
        if (c.status == QLatin1String("closed")) {
            c.endedOn = c.receivedOn.addDays(10);
            c.outcome = QStringLiteral("mediated");
            c.resolutionLevel = QStringLiteral("township");
        }
        c.parties << Party{{},
                           QStringLiteral("applicant"),
                           QStringLiteral("person"),
                           surnames[n % surnames.size()] + QStringLiteral("建国"),
                           {},
                           {},
                           QStringLiteral("13800000000"),
                           {},
                           {}};
        c.parties << Party{
            {}, QStringLiteral("respondent"), QStringLiteral("person"), QStringLiteral("王芳"), {}, {}, {}, {}, {}};
        Milestone m;
        m.milestone = QStringLiteral("handling");
        m.counting = QStringLiteral("calendar");
        m.days = 30;
        m.startsOn = c.receivedOn;
        m.dueOn = c.receivedOn.addDays(30);
        c.milestones << m;
        c.timeline << TimelineEvent{{}, QStringLiteral("system"), QStringLiteral("registered"), {}};
        c.timeline << TimelineEvent{{}, QStringLiteral("system"), QStringLiteral("filed"), {}};
        if (Status s = writer.insert(c); !s) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(s.error()));
            std::exit(1);
        }
        dept.addBindValue(newUuid());
        dept.addBindValue(c.id);
        dept.addBindValue(db.siteCode());
        dept.addBindValue(c.createdAt);
        dept.addBindValue(c.createdAt);
        dept.exec();
    }
    if (!tx.commit()) {
        std::fprintf(stderr, "commit failed\n");
        std::exit(1);
    }
}

// The county registers the key that signed `package` for the site it names, as 管理 → 下级单位密钥… does.
// `reader`: an SQLite database the package is attached to for reading its manifest.
bool trustSigner(Database& county, const QString& package, Database& reader)
{
    sqlite3* h = reader.handle();
    package::Statement attach(h, QStringLiteral("ATTACH DATABASE ? AS p"));
    attach.bind(1, package);
    if (!attach.run())
        return false;
    const QString site =
        package::scalar(h, QStringLiteral("SELECT value FROM p.manifest WHERE key = 'site_code'")).toString();
    const QString key =
        package::scalar(h, QStringLiteral("SELECT value FROM p.manifest WHERE key = 'signer_key'")).toString();
    package::exec(h, QStringLiteral("DETACH DATABASE p")).ok();
    auto added = keys::registerKey(county, site, key, QStringLiteral("system"));
    if (!added)
        std::fprintf(stderr, "%s\n", qPrintable(added.error()));
    return bool(added);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTemporaryDir dir;
    QElapsedTimer timer;
    if (qEnvironmentVariableIsEmpty("ONEWINDOW_KEY_DIR"))
        qputenv("ONEWINDOW_KEY_DIR", dir.filePath(QStringLiteral("keys")).toUtf8());
    if (args.size() == 2 && args[0] == QLatin1String("--import")) {
        auto county = createDatabase(dir.filePath(QStringLiteral("county.sqlite")), sampleSite());
        if (!county || !trustSigner(**county, args[1], **county))
            return 1;
        PackageImporter importer(**county);
        const double c0 = cpu();
        timer.start();
        auto done = importer.import(args[1], QStringLiteral("bench"));
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error()));
            return 1;
        }
        std::printf("import into fresh county: %6lld ms wall %6.2f s cpu  %lld new rows\n", timer.elapsed(), cpu() - c0,
                    done->total().added);
        const double c1 = cpu();
        auto again = importer.import(args[1], QStringLiteral("bench"));
        std::printf("re-import (no change):             %6.2f s cpu  committed=%d\n", cpu() - c1,
                    again && again->committed);
        return 0;
    }
    const int count = !args.isEmpty() ? args[0].toInt() : 100000;
    const QString keep = args.size() == 3 && args[1] == QLatin1String("--keep") ? args[2] : QString();

    auto town = createDatabase(
        dir.filePath(QStringLiteral("town.sqlite")),
        {QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"), QStringLiteral("township"), QString()});
    if (!town)
        return 1;
    test::TempDatabase countyDb; // a file, or a database on the test cluster
    DatabasePtr* county = &countyDb.db;
    std::printf("county on %s\n", countyDb.db->isServer() ? "the PostgreSQL server" : "an SQLite file");
    double c0 = cpu();
    timer.start();
    fillTownship(**town, count);
    std::printf("generate %d cases:        %6lld ms wall %6.2f s cpu\n", count, timer.elapsed(), cpu() - c0);

    ExportOptions options;
    options.outPath = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/town.owpkg");
    c0 = cpu();
    timer.restart();
    auto sent = exportPackage(**town, options);
    if (!sent) {
        std::fprintf(stderr, "%s\n", qPrintable(sent.error()));
        return 1;
    }
    std::printf("export (full):            %6lld ms wall %6.2f s cpu  %lld rows, %.1f MB\n", timer.elapsed(),
                cpu() - c0, sent->totalRows(), QFileInfo(options.outPath).size() / 1e6);

    if (!trustSigner(**county, options.outPath, **town))
        return 1;
    PackageImporter importer(**county);
    c0 = cpu();
    timer.restart();
    auto preview = importer.preview(options.outPath);
    if (!preview) {
        std::fprintf(stderr, "%s\n", qPrintable(preview.error()));
        return 1;
    }
    std::printf("verify + preview:         %6lld ms wall %6.2f s cpu\n", timer.elapsed(), cpu() - c0);
    c0 = cpu();
    timer.restart();
    auto done = importer.import(options.outPath, QStringLiteral("bench"));
    if (!done) {
        std::fprintf(stderr, "%s\n", qPrintable(done.error()));
        return 1;
    }
    std::printf("import into fresh county: %6lld ms wall %6.2f s cpu  %lld new rows\n", timer.elapsed(), cpu() - c0,
                done->total().added);
    {
        // The merged cases must be queued for the search index: build it and count the documents.
        c0 = cpu();
        timer.restart();
        if (Status s = search::syncPending(**county); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        QSqlQuery q((*county)->sql());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM %1), (SELECT count(*) FROM cases)")
                   .arg((*county)->isServer() ? QStringLiteral("case_search") : QStringLiteral("search_docs")));
        q.next();
        std::printf("search index build:       %6lld ms wall %6.2f s cpu  %lld documents for %lld cases\n",
                    timer.elapsed(), cpu() - c0, q.value(0).toLongLong(), q.value(1).toLongLong());
        if (q.value(0).toLongLong() != q.value(1).toLongLong())
            return 1;
    }
    c0 = cpu();
    timer.restart();
    auto again = importer.import(options.outPath, QStringLiteral("bench"));
    std::printf("re-import (no change):    %6lld ms wall %6.2f s cpu  committed=%d\n", timer.elapsed(), cpu() - c0,
                again && again->committed);
    // The county's own package (full), from the store it is on: the township's rows it now holds.
    ExportOptions up;
    up.outPath = dir.filePath(QStringLiteral("county.owpkg"));
    c0 = cpu();
    timer.restart();
    auto countyPackage = exportPackage(**county, up);
    if (!countyPackage) {
        std::fprintf(stderr, "%s\n", qPrintable(countyPackage.error()));
        return 1;
    }
    std::printf("county export (full):     %6lld ms wall %6.2f s cpu  %lld rows\n", timer.elapsed(), cpu() - c0,
                countyPackage->totalRows());
    return 0;
}
