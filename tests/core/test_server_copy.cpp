// Moving a center onto PostgreSQL (exchange/server_copy.h) against a real server: every row arrives
// (tabs, newlines, backslashes, NULLs and binary attachments included), the file is not changed, a
// server that alters a row on the way is caught and nothing is left, and a filled server is refused.
#include "exchange/server_copy.h"
#include "reports/demo_data.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace ow;

namespace {

// A sample county with 300 demo cases, one case whose summary holds COPY's special characters, and
// one attachment whose bytes hold NUL, tab and backslash.
void fillSource(Database& db)
{
    DemoOptions demo;
    demo.cases = 300;
    demo.today = QDate(2026, 11, 30);
    REQUIRE(generateDemoCases(db, demo));
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET summary = '邻里\t纠纷\n第二行\\结尾\r', end_reason = NULL WHERE "
                                  "id = (SELECT min(id) FROM cases)")));
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO attachments (id, case_id, title, kind, file_name, mime, size, sha256, data, actor, site_code, "
        "created_at, updated_at) SELECT 'att-1', min(id), '现场照片', 'evidence', 'a.png', 'image/png', 6, 'x', ?, "
        "'system', '150824', '2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z' FROM cases")));
    q.addBindValue(QByteArray("\x00\t\\\n\xff\x01", 6));
    REQUIRE(q.exec());
    REQUIRE(tx.commit());
}

qint64 serverCount(QSqlDatabase& pg, const QString& table)
{
    QSqlQuery q(pg);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A center's file moves to PostgreSQL whole, verified, and the file is not changed", "[servercopy]")
{
    test::TempDatabase source;
    fillSource(*source.db);
    const QByteArray before = test::fileHash(source.path);
    test::PgTestDb server;
    QSqlDatabase pg = server.connect(QStringLiteral("ow_owner"));

    auto moved = servercopy::copyToServer(*source.db, pg, QStringLiteral("ow_app"));
    INFO(moved.error().toStdString());
    REQUIRE(moved);
    const servercopy::CopyReport& report = moved.value();
    CHECK(report.skipped.contains(QStringLiteral("search_docs")));
    CHECK(test::fileHash(source.path) == before);

    // Every table: the server's own count and checksum equal the file's.
    qint64 cases = 0;
    for (const servercopy::TableCopy& t : report.tables) {
        INFO(t.table.toStdString());
        CHECK(serverCount(pg, t.table) == t.rows);
        auto file = servercopy::fileChecksum(*source.db, t.table);
        auto onServer = servercopy::serverChecksum(pg, t.table);
        REQUIRE(file);
        REQUIRE(onServer);
        CHECK(onServer.value().checksum == file.value().checksum);
        CHECK(onServer.value().rows == file.value().rows);
        if (t.table == QLatin1String("cases"))
            cases = t.rows;
    }
    CHECK(cases == 300);
    // The search is ready for the desks' first search: every case has its document, none waits.
    CHECK(report.searchDocuments == 300);
    CHECK(serverCount(pg, QStringLiteral("case_search")) == 300);
    CHECK(serverCount(pg, QStringLiteral("search_pending")) == 0);
    {
        QSqlQuery idx(pg);
        REQUIRE(idx.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'case_search'")));
        REQUIRE(idx.next());
        CHECK(idx.value(0).toInt() == 5); // its key and the four of the search design, made again
    }

    QSqlQuery q(pg);
    REQUIRE(q.exec(QStringLiteral("SELECT summary, end_reason IS NULL FROM cases ORDER BY id COLLATE \"C\" LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("邻里\t纠纷\n第二行\\结尾\r"));
    CHECK(q.value(1).toBool());
    REQUIRE(q.exec(QStringLiteral("SELECT data FROM attachments WHERE id = 'att-1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toByteArray() == QByteArray("\x00\t\\\n\xff\x01", 6));

    // A second move into the same database is refused and leaves it as it was.
    auto again = servercopy::copyToServer(*source.db, pg, QStringLiteral("ow_app"));
    REQUIRE_FALSE(again);
    CHECK(again.error().contains(QStringLiteral("已有一窗通数据")));
    CHECK(serverCount(pg, QStringLiteral("cases")) == 300);
}

TEST_CASE("A server that changes rows on the way is caught and keeps nothing", "[servercopy]")
{
    test::TempDatabase source;
    fillSource(*source.db);
    test::PgTestDb server;
    QSqlDatabase pg = server.connect(QStringLiteral("ow_owner"));
    REQUIRE(migratePostgres(pg, QStringLiteral("ow_app")));
    // A trigger on the server rewrites the names of the parties whose key holds an 'a' (most of them).
    QSqlQuery q(pg);
    REQUIRE(q.exec(QStringLiteral(
        "CREATE FUNCTION garble() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF position('a' in NEW.id) > 0 THEN "
        "NEW.name := NEW.name || '?'; END IF; RETURN NEW; END $$")));
    REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER garble BEFORE INSERT ON parties FOR EACH ROW EXECUTE FUNCTION "
                                  "garble()")));

    auto moved = servercopy::copyToServer(*source.db, pg, QStringLiteral("ow_app"));
    INFO(moved.error().toStdString());
    REQUIRE_FALSE(moved);
    CHECK(moved.error().contains(QStringLiteral("parties")));
    CHECK(moved.error().contains(QStringLiteral("与文件不一致")));
    CHECK(serverCount(pg, QStringLiteral("cases")) == 0);
    CHECK(serverCount(pg, QStringLiteral("parties")) == 0);
    CHECK(serverCount(pg, QStringLiteral("audit_log")) == 0);
}

TEST_CASE("A file of an older schema is not moved", "[servercopy]")
{
    test::TempDatabase scratch;
    const QString oldPath = scratch.file(QStringLiteral("old.sqlite"));
    {
        auto raw = Database::openRaw(oldPath);
        REQUIRE(raw);
        REQUIRE(migrate(*raw.value(), 12));
    }
    auto old = Database::openRaw(oldPath);
    REQUIRE(old);
    const QByteArray before = test::fileHash(oldPath);
    test::PgTestDb server;
    QSqlDatabase pg = server.connect(QStringLiteral("ow_owner"));
    auto moved = servercopy::copyToServer(*old.value(), pg, QStringLiteral("ow_app"));
    REQUIRE_FALSE(moved);
    CHECK(moved.error().contains(QStringLiteral("第 12 版")));
    CHECK(test::fileHash(oldPath) == before);
}

TEST_CASE("onewindow-cli migrate moves the file, says what it moved, and refuses a second time", "[servercopy][cli]")
{
    test::TempDatabase source;
    fillSource(*source.db);
    source.db.reset();
    const QByteArray before = test::fileHash(source.path);
    test::PgTestDb server;
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    auto migrateTo = [&](const QString& url) {
        return test::runProgram(cli, {QStringLiteral("--db"), source.path, QStringLiteral("--lang"),
                                      QStringLiteral("zh_CN"), QStringLiteral("migrate"), QStringLiteral("--to"), url});
    };

    const test::Run moved = migrateTo(server.url(QStringLiteral("ow_owner")));
    INFO(moved.err.toStdString());
    REQUIRE(moved.status == 0);
    CHECK(moved.out.contains(QStringLiteral("文件未改动")));
    CHECK(moved.out.contains(QRegularExpression(QStringLiteral("cases\\s+300\\s"))));
    CHECK(test::fileHash(source.path) == before);
    QSqlDatabase pg = server.connect(QStringLiteral("ow_app"));
    CHECK(serverCount(pg, QStringLiteral("cases")) == 300);

    // The same again: refused with status 1, the server as it was.
    const test::Run again = migrateTo(server.url(QStringLiteral("ow_owner")));
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("已有一窗通数据")));
    CHECK(serverCount(pg, QStringLiteral("cases")) == 300);

    // A password in the address, or a file as the target: usage errors, nothing tried.
    const test::Run password = migrateTo(QStringLiteral("postgresql://ow_owner:secret@/x?host=%1").arg(server.host()));
    CHECK(password.status == 2);
    CHECK_FALSE(password.err.contains(QStringLiteral("secret")));
    const test::Run file = migrateTo(source.file(QStringLiteral("other.sqlite")));
    CHECK(file.status == 2);
    CHECK(file.err.contains(QStringLiteral("--to")));
    CHECK(test::fileHash(source.path) == before);
}

TEST_CASE("a desk works on the moved center with onewindow-cli: register, list, route, step, report",
          "[servercopy][cli]")
{
    test::TempDatabase source;
    fillSource(*source.db);
    source.db.reset();
    test::PgTestDb server;
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    auto on = [&](const QString& url, const QStringList& args, const QByteArray& input = {}) {
        return test::runProgram(
            cli, QStringList{QStringLiteral("--db"), url, QStringLiteral("--lang"), QStringLiteral("zh_CN")} + args,
            input);
    };
    const test::Run moved =
        on(source.path, {QStringLiteral("migrate"), QStringLiteral("--to"), server.url(QStringLiteral("ow_owner"))});
    INFO(moved.err.toStdString());
    REQUIRE(moved.status == 0);
    CHECK(moved.out.contains(QStringLiteral("检索索引已收录这 300 件案件")));
    const QString desk = server.url(QStringLiteral("ow_app"));

    // Registering: the next number of the year, written on the server, found by the list's search.
    const QByteArray visit =
        R"({"case_type":"people_mediation","source":"walk_in","category":"neighbor","township":"150824100",)"
        R"("summary":"草场围栏越界纠纷","received_on":"2026-12-01","parties":[{"role":"applicant","name":"巴特尔",)"
        R"("phone":"13947812345"}]})";
    const test::Run registered =
        on(desk, {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, visit);
    INFO(registered.err.toStdString());
    REQUIRE(registered.status == 0);
    static const QRegularExpression numberRe(QStringLiteral("（2026）\\S*号"));
    const QString number = numberRe.match(registered.out).captured(0);
    REQUIRE_FALSE(number.isEmpty());
    for (const QString& term : {QStringLiteral("巴特尔"), QStringLiteral("围栏"), QStringLiteral("2345")}) {
        const test::Run found = on(desk, {QStringLiteral("cases"), QStringLiteral("--search"), term});
        INFO(term.toStdString() << "\n" << found.err.toStdString());
        CHECK(found.status == 0);
        CHECK(found.out.contains(number));
    }

    // Routing and the steps of the cycle; the timeline shows them.
    const test::Run routed =
        on(desk, {QStringLiteral("route"), number, QStringLiteral("--lead"), QStringLiteral("justice")});
    INFO(routed.err.toStdString());
    CHECK(routed.status == 0);
    const test::Run started = on(desk, {QStringLiteral("transition"), number, QStringLiteral("start")});
    INFO(started.err.toStdString());
    CHECK(started.status == 0);
    const test::Run shown = on(desk, {QStringLiteral("show"), number});
    CHECK(shown.status == 0);
    CHECK(shown.out.contains(QStringLiteral("办理中")));

    // The monthly report from the server.
    const QString json = source.file(QStringLiteral("report.json"));
    const test::Run report =
        on(desk, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
    INFO(report.err.toStdString());
    CHECK(report.status == 0);
    CHECK(test::readFile(json).contains("\"month\""));

    // check on the server: triggers, rights, audit chain and anchors in order; the one finding is the
    // case fillSource edited beside the audit log before the move, named as on the file.
    const test::Run check = on(desk, {QStringLiteral("check")});
    INFO(check.out.toStdString());
    INFO(check.err.toStdString());
    CHECK(check.status == 3);
    CHECK(check.out.contains(QStringLiteral("保护性触发器：正常")));
    CHECK(check.out.contains(QStringLiteral("登录角色 ow_app 的权限：正常")));
    CHECK(check.out.contains(QStringLiteral("审计链：正常")));
    CHECK(check.err.count(QStringLiteral("被修改但没有审计记录")) == 1);
    const test::Run fileCheck = on(source.path, {QStringLiteral("check")});
    CHECK(fileCheck.err.count(QStringLiteral("被修改但没有审计记录")) == 1);
    // demo refuses a center of real cases on a server as in a file, and the server is as it was.
    const test::Run demo = on(desk, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5")});
    CHECK(demo.status == 1);
    CHECK(demo.err.contains(QStringLiteral("demo.sqlite")));
    QSqlDatabase pg = server.connect(QStringLiteral("ow_app"));
    CHECK(serverCount(pg, QStringLiteral("cases")) == 301);
}
