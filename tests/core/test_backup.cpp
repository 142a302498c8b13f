// Backups and restores (storage/backup.h), temporary files left by killed runs, and the permissions of
// the files the program writes: core calls on real files, and onewindow-cli end to end.
#include "support/catch.h"
#include "support/fixtures.h"

#include "admin/restore.h"
#include "exchange/package_export.h"
#include "exchange/package_import.h"
#include "reports/demo_data.h"
#include "security/users.h"
#include "storage/case_writer.h"
#include "storage/migrations.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>
#include <atomic>
#include <csignal>
#include <sys/types.h>
#include <thread>

using namespace ow;

namespace {

const QDateTime kMorning(QDate(2026, 12, 6), QTime(10, 15, 0));
using test::addCase;
using test::sampleCase;

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 casesIn(const QString& path)
{
    auto db = Database::openRaw(path);
    REQUIRE(db.ok());
    return count(**db, QStringLiteral("SELECT count(*) FROM cases"));
}

// The permission bits as `stat` shows them (QFileInfo stats the file; it never opens it).
int mode(const QString& path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    int m = 0;
    m |= p.testFlag(QFile::ReadOwner) ? 0400 : 0;
    m |= p.testFlag(QFile::WriteOwner) ? 0200 : 0;
    m |= p.testFlag(QFile::ExeOwner) ? 0100 : 0;
    m |= p.testFlag(QFile::ReadGroup) ? 040 : 0;
    m |= p.testFlag(QFile::WriteGroup) ? 020 : 0;
    m |= p.testFlag(QFile::ExeGroup) ? 010 : 0;
    m |= p.testFlag(QFile::ReadOther) ? 04 : 0;
    m |= p.testFlag(QFile::WriteOther) ? 02 : 0;
    m |= p.testFlag(QFile::ExeOther) ? 01 : 0;
    return m;
}

// Overwrites the first bytes of every page after the first of a copy (never of a live database).
void damagePages(const QString& copy, int pageSize)
{
    QFile f(copy);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / pageSize;
    REQUIRE(pages > 2);
    for (qint64 p = 1; p < pages; ++p) {
        f.seek(p * pageSize);
        f.write(QByteArray(16, '\x5a'));
    }
}

QStringList leftovers(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.ow-tmp-*")}, QDir::Files | QDir::Hidden);
}

// A pid that no process has now: a short program that has ended.
qint64 endedPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    REQUIRE(p.waitForStarted());
    const qint64 pid = p.processId();
    REQUIRE(p.waitForFinished());
    return pid;
}

QString cli()
{
    return test::builtProgram(QStringLiteral("onewindow-cli"));
}

test::Run runCli(const QString& db, const QStringList& args)
{
    return test::runProgram(cli(), QStringList{QStringLiteral("--db"), db} + args);
}

void addUser(Database& db, const QString& login, const QString& role)
{
    UserAccount a;
    a.login = login;
    a.displayName = login;
    a.role = role;
    REQUIRE(UserService(db).save(a, QStringLiteral("system")).ok());
}

} // namespace

TEST_CASE("a backup taken while another connection writes is a consistent, checked copy of committed rows")
{
    test::TempDatabase t;
    DemoOptions demo;
    demo.cases = 3000;
    REQUIRE(generateDemoCases(*t.db, demo).ok());
    const qint64 before = count(*t.db, QStringLiteral("SELECT count(*) FROM cases"));

    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    std::thread writer([&] {
        auto db = Database::open(t.path);
        if (!db)
            return;
        for (int n = 1; !stop && n < 100000; ++n) {
            WriteTransaction tx(**db);
            CaseRecord c = sampleCase(QStringLiteral("W-%1").arg(n, 6, 10, QLatin1Char('0')));
            if (!tx.active() || !CaseWriter(**db).insert(c) || !tx.commit())
                return;
            committed = n;
        }
    });
    while (committed < 5)
        QThread::msleep(1);
    const QString target = t.file(QStringLiteral("copy.sqlite"));
    auto made = backup::writeBackup(*t.db, target);
    const int afterBackup = committed;
    stop = true;
    writer.join();
    REQUIRE(made.ok());
    CHECK(made->verified);
    const backup::BackupCheck checked = backup::check(target);
    CHECK(checked.sound);
    CHECK(checked.siteCode == QStringLiteral("150824"));
    // A file of its own in rollback mode: checking it left no -wal or -shm beside it; owner-only.
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-shm")));
    CHECK(mode(target) == 0600);
    // Every case committed before, and the writer's cases as one unbroken run W-000001…W-k.
    auto copy = Database::openRaw(target);
    REQUIRE(copy.ok());
    const qint64 written = count(**copy, QStringLiteral("SELECT count(*) FROM cases WHERE case_no LIKE 'W-%'"));
    CHECK(written >= 5);
    CHECK(written <= afterBackup);
    CHECK(count(**copy, QStringLiteral("SELECT count(*) FROM cases")) == before + written);
    QSqlQuery q((*copy)->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT max(case_no) FROM cases WHERE case_no LIKE 'W-%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("W-%1").arg(written, 6, 10, QLatin1Char('0')));
    CHECK(leftovers(t.dir.path()).isEmpty());
}

TEST_CASE("restore brings back the backup's records and keeps the replaced file")
{
    test::TempDatabase t;
    addCase(*t.db, QStringLiteral("A-1"));
    auto made = backup::makeBackup(*t.db, backup::Kind::Manual, kMorning);
    REQUIRE(made.ok());
    CHECK(QFileInfo(made->path).fileName() == QStringLiteral("test-2026-12-06T101500-manual.sqlite"));
    CHECK(QFileInfo(made->path).absolutePath() == QDir(t.dir.path()).filePath(QStringLiteral("test-backups")));
    CHECK(mode(made->path) == 0600);
    addCase(*t.db, QStringLiteral("A-2"));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == 2);

    auto restored = backup::restore(*t.db, made->path, {}, kMorning.addSecs(3600));
    REQUIRE(restored.ok());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == 1);
    CHECK(QFileInfo(restored->keptAs).fileName() == QStringLiteral("test.before-restore-2026-12-06T111500.sqlite"));
    CHECK(restored->keptCopySound);
    CHECK(casesIn(restored->keptAs) == 2);
    CHECK(mode(restored->keptAs) == 0600);
    // Another connection sees the restored records, and the restore is in the audit log.
    auto other = Database::open(t.path);
    REQUIRE(other.ok());
    CHECK(count(**other, QStringLiteral("SELECT count(*) FROM cases")) == 1);
    CHECK(count(**other, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore_backup'")) == 1);
    QSqlQuery integrity((*other)->sql());
    REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("a damaged backup is refused with a message and the database stays as it was")
{
    test::TempDatabase t;
    addCase(*t.db, QStringLiteral("A-1"));
    const QString good = t.file(QStringLiteral("good.sqlite"));
    REQUIRE(backup::writeBackup(*t.db, good).ok());
    addCase(*t.db, QStringLiteral("A-2"));
    const QString bad = t.file(QStringLiteral("bad.sqlite"));
    REQUIRE(QFile::copy(good, bad));
    damagePages(bad, kPageSize);

    auto refused = backup::restore(*t.db, bad, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("未恢复")));
    CHECK(refused.error().contains(QStringLiteral("bad.sqlite")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == 2);
    CHECK(QDir(t.dir.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
}

TEST_CASE("a backup of another site is refused unless the site is forced")
{
    test::TempDatabase county;
    test::TempDatabase town(SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"),
                                      QStringLiteral("township"), QString()});
    addCase(*town.db, QStringLiteral("T-1"));
    const QString townBackup = town.file(QStringLiteral("town-copy.sqlite"));
    REQUIRE(backup::writeBackup(*town.db, townBackup).ok());

    auto refused = backup::restore(*county.db, townBackup, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("150824100")));
    CHECK(county.db->siteCode() == QStringLiteral("150824"));
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM cases")) == 0);

    backup::RestoreOptions force;
    force.forceSite = true;
    REQUIRE(backup::restore(*county.db, townBackup, force).ok());
    CHECK(county.db->siteCode() == QStringLiteral("150824100"));
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM cases")) == 1);
}

TEST_CASE("only administrators restore; supervisors and the built-in operator back up")
{
    test::TempDatabase t;
    addUser(*t.db, QStringLiteral("li.clerk"), QStringLiteral("clerk"));
    addUser(*t.db, QStringLiteral("zhao.super"), QStringLiteral("supervisor"));
    addUser(*t.db, QStringLiteral("wang.admin"), QStringLiteral("admin"));
    using backup::Operation;
    CHECK_FALSE(backup::mayDo(*t.db, QStringLiteral("li.clerk"), Operation::Backup).ok());
    CHECK(backup::mayDo(*t.db, QStringLiteral("zhao.super"), Operation::Backup).ok());
    CHECK(backup::mayDo(*t.db, QStringLiteral("system"), Operation::Backup).ok());
    CHECK_FALSE(backup::mayDo(*t.db, QStringLiteral("zhao.super"), Operation::Restore).ok());
    CHECK(backup::mayDo(*t.db, QStringLiteral("wang.admin"), Operation::Restore).ok());
    CHECK(backup::mayDo(*t.db, QStringLiteral("system"), Operation::Restore).ok());

    const QString copy = t.file(QStringLiteral("copy.sqlite"));
    REQUIRE(backup::writeBackup(*t.db, copy).ok());
    backup::RestoreOptions asSupervisor;
    asSupervisor.actor = QStringLiteral("zhao.super");
    auto refused = backup::restore(*t.db, copy, asSupervisor);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("管理员")));
}

TEST_CASE("the daily backup is made once a day, and automatic backups are kept for the set number of days")
{
    test::TempDatabase t;
    auto first = backup::dailyBackupIfDue(*t.db, kMorning);
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK(QFileInfo((*first)->path).fileName() == QStringLiteral("test-2026-12-06T101500-daily.sqlite"));
    auto again = backup::dailyBackupIfDue(*t.db, kMorning.addSecs(5 * 3600));
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());
    CHECK(backup::list(t.path).size() == 1);

    // Three days kept; a manual backup stays whatever its age.
    {
        WriteTransaction tx(*t.db);
        REQUIRE(t.db->setSetting(QStringLiteral("backup_keep_days"), QStringLiteral("3")).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(backup::makeBackup(*t.db, backup::Kind::Manual, kMorning.addSecs(60)).ok());
    for (int day = 1; day <= 5; ++day) {
        auto made = backup::dailyBackupIfDue(*t.db, kMorning.addDays(day));
        REQUIRE(made.ok());
        CHECK(made->has_value());
    }
    QStringList names;
    for (const backup::BackupInfo& b : backup::list(t.path))
        names << QFileInfo(b.path).fileName();
    CHECK(names == QStringList{QStringLiteral("test-2026-12-11T101500-daily.sqlite"),
                               QStringLiteral("test-2026-12-10T101500-daily.sqlite"),
                               QStringLiteral("test-2026-12-09T101500-daily.sqlite"),
                               QStringLiteral("test-2026-12-06T101600-manual.sqlite")});
}

TEST_CASE("an older database is backed up as it was before it is upgraded")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("center.sqlite"));
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw.ok());
        REQUIRE(migrate(**raw, latestSchemaVersion() - 1).ok());
        WriteTransaction tx(**raw);
        REQUIRE((*raw)->setSetting(QStringLiteral("site_code"), QStringLiteral("150824")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(backup::list(path).isEmpty());
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->userVersion() == latestSchemaVersion());
    const QList<backup::BackupInfo> saved = backup::list(path);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().kind == backup::Kind::BeforeUpgrade);
    const backup::BackupCheck checked = backup::check(saved.first().path);
    CHECK(checked.sound);
    CHECK(checked.schemaVersion == latestSchemaVersion() - 1);
    // Opening it again upgrades nothing and backs up nothing.
    opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK(backup::list(path).size() == 1);
}

TEST_CASE("temporary files of ended runs are removed when the database is next opened, others stay")
{
    test::TempDatabase t;
    const QString dead = t.file(QStringLiteral(".test.sqlite.ow-tmp-%1-k3x9.owpkg").arg(endedPid()));
    const QString running =
        t.file(QStringLiteral(".test.sqlite.ow-tmp-%1-a1b2.owpkg").arg(QCoreApplication::applicationPid()));
    const QString notOurs = t.file(QStringLiteral("test.sqlite.ow-tmp-1-abc"));
    for (const QString& f : {dead, running, notOurs})
        test::writeFile(f, QByteArray(1000, 'x'));
    auto opened = Database::open(t.path);
    REQUIRE(opened.ok());
    CHECK_FALSE(QFileInfo::exists(dead));
    CHECK(QFileInfo::exists(running));
    CHECK(QFileInfo::exists(notOurs));
}

TEST_CASE("`check` too removes what a killed import or backup left, beside the database and in its backups")
{
    test::TempDatabase t;
    const QString beside = t.file(QStringLiteral(".test.sqlite.ow-tmp-%1-k3x9.owpkg").arg(endedPid()));
    const QString folder = backup::defaultFolder(t.path);
    REQUIRE(QDir().mkpath(folder));
    const QString cutShort =
        QDir(folder).filePath(QStringLiteral(".test-2026-12-06T101500-manual.sqlite.ow-tmp-%1-q7w8").arg(endedPid()));
    const QString itsJournal = cutShort + QStringLiteral("-journal");
    for (const QString& f : {beside, cutShort, itsJournal})
        test::writeFile(f, QByteArray(1000, 'x'));
    const test::Run r = test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                                         {QStringLiteral("--db"), t.path, QStringLiteral("check")});
    INFO(r.err.toStdString());
    CHECK_FALSE(QFileInfo::exists(beside));
    CHECK_FALSE(QFileInfo::exists(cutShort));
    CHECK_FALSE(QFileInfo::exists(itsJournal));
}

TEST_CASE("an import killed half-way leaves its copy of the package only until the next start")
{
    test::TempDatabase town(SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"),
                                      QStringLiteral("township"), QString()});
    DemoOptions demo;
    demo.cases = 4000;
    REQUIRE(generateDemoCases(*town.db, demo).ok());
    const QString package = town.file(QStringLiteral("town.owpkg"));
    ExportOptions options;
    options.outPath = package;
    REQUIRE(exportPackage(*town.db, options).ok());
    CHECK(mode(package) == 0600);
    CHECK(leftovers(town.dir.path()).isEmpty());

    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    const QString folder = county.dir.path();
    bool caught = false;
    for (int attempt = 0; attempt < 5 && !caught; ++attempt) {
        QProcess import;
        import.start(cli(), {QStringLiteral("--db"), county.path, QStringLiteral("import"), package,
                             QStringLiteral("--dry-run")});
        REQUIRE(import.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (import.state() == QProcess::Running && waited.elapsed() < 60000) {
            if (!leftovers(folder).isEmpty()) {
                ::kill(pid_t(import.processId()), SIGKILL);
                caught = true;
                break;
            }
            QThread::usleep(500);
        }
        import.waitForFinished();
    }
    REQUIRE(caught);
    CHECK(leftovers(folder).size() == 1);
    auto next = Database::open(county.path);
    REQUIRE(next.ok());
    CHECK(leftovers(folder).isEmpty());
}

TEST_CASE("a package too large is refused before anything is copied, and so is a file that is no package")
{
    test::TempDatabase county;
    const QString huge = county.file(QStringLiteral("huge.owpkg"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArrayLiteral("SQLite format 3\0"));
        REQUIRE(f.resize(kMaxPackageBytes + 1)); // sparse: no disk used
    }
    QElapsedTimer timer;
    timer.start();
    auto refused = PackageImporter(*county.db).preview(huge);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("2048 MB")));
    CHECK(leftovers(county.dir.path()).isEmpty());

    // 2 GiB of nothing: the header says it is no package; the file is not copied to find that out.
    REQUIRE(QFile::resize(huge, kMaxPackageBytes));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, '\0'));
    }
    refused = PackageImporter(*county.db).preview(huge);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("SQLite")));
    CHECK(timer.elapsed() < 5000);
    CHECK(leftovers(county.dir.path()).isEmpty());
    QFile::remove(huge);
}

TEST_CASE("a package import makes a checked backup first")
{
    test::TempDatabase town(SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"),
                                      QStringLiteral("township"), QString()});
    addCase(*town.db, QStringLiteral("T-1"));
    const QString package = town.file(QStringLiteral("town.owpkg"));
    ExportOptions options;
    options.outPath = package;
    REQUIRE(exportPackage(*town.db, options).ok());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    REQUIRE(PackageImporter(*county.db).preview(package).ok());
    CHECK(backup::list(county.path).isEmpty()); // a preview writes nothing
    REQUIRE(PackageImporter(*county.db).import(package, QStringLiteral("system")).ok());
    const QList<backup::BackupInfo> saved = backup::list(county.path);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().kind == backup::Kind::BeforeImport);
    CHECK(casesIn(saved.first().path) == 0);
    CHECK(count(*county.db, QStringLiteral("SELECT count(*) FROM cases")) == 1);
}

TEST_CASE("new databases and their -wal and -shm are readable by the owner only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto created = createDatabase(path, sampleSite());
    REQUIRE(created.ok());
    addCase(**created, QStringLiteral("A-1"));
    CHECK(mode(path) == 0600);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(mode(path + QStringLiteral("-wal")) == 0600);
    CHECK(mode(path + QStringLiteral("-shm")) == 0600);
}

TEST_CASE("onewindow-cli backup and restore: exit statuses, roles and messages")
{
    test::TempDatabase t;
    addCase(*t.db, QStringLiteral("A-1"));
    addUser(*t.db, QStringLiteral("li.clerk"), QStringLiteral("clerk"));
    addUser(*t.db, QStringLiteral("zhao.super"), QStringLiteral("supervisor"));
    addUser(*t.db, QStringLiteral("wang.admin"), QStringLiteral("admin"));

    // `check` warns while there is no backup.
    test::Run r = runCli(t.path, {QStringLiteral("check")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("警告")));
    CHECK(r.out.contains(QStringLiteral("没有备份")));

    r = runCli(t.path, {QStringLiteral("backup"), QStringLiteral("--user"), QStringLiteral("li.clerk")});
    CHECK(r.status == 4);
    CHECK(r.err.contains(QStringLiteral("主任")));
    CHECK(backup::list(t.path).isEmpty());

    r = runCli(t.path, {QStringLiteral("backup"), QStringLiteral("--user"), QStringLiteral("zhao.super")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    REQUIRE(backup::list(t.path).size() == 1);
    const QString made = backup::list(t.path).first().path;
    CHECK(r.out.contains(QDir::toNativeSeparators(made)));
    CHECK(mode(made) == 0600);

    const QString out = t.file(QStringLiteral("manual.sqlite"));
    r = runCli(t.path, {QStringLiteral("backup"), QStringLiteral("--out"), out});
    CHECK(r.status == 0);
    CHECK(backup::check(out).sound);
    CHECK(mode(out) == 0600);
    r = runCli(t.path, {QStringLiteral("backup"), QStringLiteral("--out"), out});
    CHECK(r.status == 1); // never overwritten
    r = runCli(t.path, {QStringLiteral("backup"), QStringLiteral("extra")});
    CHECK(r.status == 2);

    // `check` names the latest backup and warns only when it is old.
    r = runCli(t.path, {QStringLiteral("check")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("最近的备份")));
    CHECK_FALSE(r.out.contains(QStringLiteral("警告")));

    addCase(*t.db, QStringLiteral("A-2"));
    r = runCli(t.path, {QStringLiteral("restore"), made, QStringLiteral("--user"), QStringLiteral("zhao.super")});
    CHECK(r.status == 4);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == 2);
    r = runCli(t.path, {QStringLiteral("restore")});
    CHECK(r.status == 2);
    r = runCli(t.file(QStringLiteral("elsewhere/missing.sqlite")), {QStringLiteral("restore"), made});
    CHECK(r.status == 1); // no such folder: nothing written
    CHECK_FALSE(QFileInfo::exists(t.file(QStringLiteral("elsewhere/missing.sqlite"))));
    test::writeFile(t.file(QStringLiteral("broken.sqlite")), QByteArray("not a database").repeated(400));
    r = runCli(t.file(QStringLiteral("broken.sqlite")), {QStringLiteral("restore"), made});
    CHECK(r.status == 3);
    // A database file that is gone comes back from its backup as a new file.
    const QString lost = t.file(QStringLiteral("lost.sqlite"));
    r = runCli(lost, {QStringLiteral("restore"), made});
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(casesIn(lost) == 1);
    CHECK(mode(lost) == 0600);

    const QString bad = t.file(QStringLiteral("bad.sqlite"));
    REQUIRE(QFile::copy(out, bad));
    damagePages(bad, kPageSize);
    r = runCli(t.path, {QStringLiteral("restore"), bad, QStringLiteral("--user"), QStringLiteral("wang.admin")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("未恢复")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == 2);

    r = runCli(t.path, {QStringLiteral("restore"), made, QStringLiteral("--user"), QStringLiteral("wang.admin")});
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("before-restore")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM cases")) == 1);
}

TEST_CASE("onewindow-cli check warns when the latest backup is more than two days old")
{
    test::TempDatabase t;
    REQUIRE(backup::makeBackup(*t.db, backup::Kind::Daily, QDateTime::currentDateTime().addDays(-3)).ok());
    test::Run r = runCli(t.path, {QStringLiteral("check")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("最近的备份")));
    CHECK(r.out.contains(QStringLiteral("警告")));
    // The next writing command makes the day's backup.
    r = runCli(t.path, {QStringLiteral("route"), QStringLiteral("no-such-case")});
    CHECK(backup::list(t.path).size() == 2);
    r = runCli(t.path, {QStringLiteral("check")});
    CHECK_FALSE(r.out.contains(QStringLiteral("警告")));
}

TEST_CASE("reports written by onewindow-cli are readable by the owner only")
{
    test::TempDatabase t;
    const QString csv = t.file(QStringLiteral("report.csv"));
    test::Run r = runCli(t.path, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(mode(csv) == 0600);
    const QString pdf = t.file(QStringLiteral("report.pdf"));
    r = runCli(t.path, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    REQUIRE(r.status == 0);
    CHECK(mode(pdf) == 0600);
}
