// Backups of a center on PostgreSQL (admin/server_backup.h) with the real pg_dump and pg_restore:
// a dump restores the very rows it was made of, a restore that cannot be done changes nothing, and
// what is not a OneWindow dump is refused.
#include "admin/server_backup.h"
#include "exchange/server_copy.h"
#include "reports/demo_data.h"
#include "storage/database.h"
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

using namespace ow;

namespace {

// A server database holding a sample county's 200 demo cases.
void fillServer(QSqlDatabase& pg)
{
    test::TempDatabase source;
    DemoOptions demo;
    demo.cases = 200;
    demo.today = QDate(2026, 11, 30);
    REQUIRE(generateDemoCases(*source.db, demo));
    auto moved = servercopy::copyToServer(*source.db, pg, QStringLiteral("ow_app"));
    REQUIRE(moved);
}

QString checksum(QSqlDatabase& pg, const QString& table)
{
    auto sum = servercopy::serverChecksum(pg, table);
    REQUIRE(sum);
    return sum.value().checksum;
}

QString summaryOfFirstCase(QSqlDatabase& pg)
{
    QSqlQuery q(pg);
    REQUIRE(q.exec(QStringLiteral("SELECT summary FROM cases ORDER BY id COLLATE \"C\" LIMIT 1")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("A dump of a center restores the rows it was made of", "[serverbackup]")
{
    test::PgTestDb server;
    QSqlDatabase pg = server.connect(QStringLiteral("ow_owner"));
    fillServer(pg);
    const QString cases = checksum(pg, QStringLiteral("cases"));
    const QString parties = checksum(pg, QStringLiteral("parties"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("center.dump"));

    auto made = serverbackup::dump(server.url(QStringLiteral("ow_owner")), file);
    REQUIRE(made);
    CHECK(made.value().bytes > 10000);
    CHECK(made.value().tables > 40);
    // A second dump to the same name is refused and the first is kept.
    auto again = serverbackup::dump(server.url(QStringLiteral("ow_owner")), file);
    REQUIRE_FALSE(again);
    CHECK(QFileInfo(file).size() == made.value().bytes);

    // A clerk's later change is undone by the restore, and kept in the copy made before it.
    QSqlQuery q(pg);
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET summary = '改过的摘要'")));
    const QString kept = dir.filePath(QStringLiteral("before-restore.dump"));
    REQUIRE(serverbackup::restore(server.url(QStringLiteral("ow_owner")), file, kept));
    pg.close();
    REQUIRE(pg.open());
    CHECK(checksum(pg, QStringLiteral("cases")) == cases);
    CHECK(checksum(pg, QStringLiteral("parties")) == parties);
    CHECK(summaryOfFirstCase(pg) != QStringLiteral("改过的摘要"));

    // The program's login role still has its rights after the restore (the dump carries the grants).
    QSqlDatabase app = server.connect(QStringLiteral("ow_app"));
    QSqlQuery asApp(app);
    CHECK(asApp.exec(QStringLiteral("UPDATE cases SET summary = summary")));
    CHECK_FALSE(asApp.exec(QStringLiteral("UPDATE audit_log SET actor = actor")));

    // The kept copy holds the state just before the restore.
    REQUIRE(serverbackup::restore(server.url(QStringLiteral("ow_owner")), kept));
    pg.close();
    REQUIRE(pg.open());
    CHECK(summaryOfFirstCase(pg) == QStringLiteral("改过的摘要"));
}

TEST_CASE("What is not a OneWindow dump is neither kept nor restored", "[serverbackup]")
{
    test::PgTestDb server;
    QSqlDatabase pg = server.connect(QStringLiteral("ow_owner"));
    QTemporaryDir dir;

    // An empty database dumps fine with pg_dump, but holds no center: no file is left.
    const QString empty = dir.filePath(QStringLiteral("empty.dump"));
    auto made = serverbackup::dump(server.url(QStringLiteral("ow_owner")), empty);
    REQUIRE_FALSE(made);
    CHECK(made.error().contains(QStringLiteral("导出文件中没有案件")));
    CHECK_FALSE(QFileInfo::exists(empty));

    // A file that is not a dump is refused before anything is touched.
    fillServer(pg);
    const QString cases = checksum(pg, QStringLiteral("cases"));
    const QString junk = dir.filePath(QStringLiteral("junk.dump"));
    test::writeFile(junk, "PGDMP but not really");
    auto restored = serverbackup::restore(server.url(QStringLiteral("ow_owner")), junk);
    REQUIRE_FALSE(restored);
    CHECK(restored.error().contains(QStringLiteral("未作任何更改")));
    CHECK(checksum(pg, QStringLiteral("cases")) == cases);

    // A real dump restored through the program's login role, which may not drop tables: rolled back.
    const QString good = dir.filePath(QStringLiteral("good.dump"));
    REQUIRE(serverbackup::dump(server.url(QStringLiteral("ow_owner")), good));
    QSqlQuery q(pg);
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET summary = '恢复前的摘要'")));
    const QString changed = checksum(pg, QStringLiteral("cases"));
    auto asApp = serverbackup::restore(server.url(QStringLiteral("ow_app")), good);
    REQUIRE_FALSE(asApp);
    CHECK(asApp.error().contains(QStringLiteral("已全部回退")));
    CHECK(checksum(pg, QStringLiteral("cases")) == changed);

    // A wrong database name: pg_dump's own words, and no file.
    const QString nowhere = dir.filePath(QStringLiteral("nowhere.dump"));
    auto missing =
        serverbackup::dump(QStringLiteral("postgresql://ow_owner@/no_such_center?host=%1").arg(server.host()), nowhere);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().contains(QStringLiteral("no_such_center")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("onewindow-cli backup and restore with --db postgresql://, also into a new database", "[serverbackup][cli]")
{
    test::PgTestDb server;
    QSqlDatabase pg = server.connect(QStringLiteral("ow_owner"));
    fillServer(pg);
    const QString cases = checksum(pg, QStringLiteral("cases"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("center.dump"));
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    auto run = [&](const QString& url, const QStringList& args) {
        return test::runProgram(
            cli, QStringList{QStringLiteral("--db"), url, QStringLiteral("--lang"), QStringLiteral("zh_CN")} + args);
    };

    const test::Run backedUp =
        run(server.url(QStringLiteral("ow_owner")), {QStringLiteral("backup"), QStringLiteral("--out"), file});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.status == 0);
    CHECK(QFileInfo(file).size() > 10000);

    // The server is lost: a new, empty database gets the center back from the dump.
    test::PgTestDb replacement;
    const test::Run restored = run(replacement.url(QStringLiteral("ow_owner")), {QStringLiteral("restore"), file});
    INFO(restored.err.toStdString());
    REQUIRE(restored.status == 0);
    CHECK(restored.out.contains(QStringLiteral("没有可保留的")));
    QSqlDatabase back = replacement.connect(QStringLiteral("ow_owner"));
    CHECK(checksum(back, QStringLiteral("cases")) == cases);

    // The desks work on the restored center again (the login role lists its cases), while init,
    // which makes a file, refuses a server with status 2.
    const test::Run listed = run(replacement.url(QStringLiteral("ow_app")), {QStringLiteral("cases")});
    INFO(listed.err.toStdString());
    CHECK(listed.status == 0);
    CHECK(listed.out.count(QLatin1Char('\n')) > 1);
    const test::Run init =
        run(server.url(), {QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("150824"),
                           QStringLiteral("--site-name"), QStringLiteral("乌拉特中旗"), QStringLiteral("--level"),
                           QStringLiteral("county")});
    CHECK(init.status == 2);
}
