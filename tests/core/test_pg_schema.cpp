// The PostgreSQL schema (docs/postgresql.md, "Schema, migrations and roles"): the same tables,
// columns, keys, CHECKs, indexes and triggers as a new SQLite file; the rights of the program's login
// role; the migration runner (no-op, newer database, rollback of a failing step).
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/store_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

using namespace ow;

namespace {

const QString kApp = QStringLiteral("ow_app");

// A table as both stores describe it: one line per column (name, type, NOT NULL, default), its
// constraints (keys, foreign keys, the number of CHECKs), its own indexes and its triggers.
struct TableShape
{
    QStringList columns;
    QStringList constraints;
    QStringList indexes;
    QStringList triggers;
};
using Schema = QMap<QString, TableShape>;

QStringList column(QSqlQuery& q, int i)
{
    QStringList out;
    while (q.next())
        out << q.value(i).toString();
    return out;
}

QSqlQuery run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q;
}

// The error PostgreSQL gives for `sql`, or "" when it succeeds.
QString pgRefusal(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? QString() : q.lastError().databaseText();
}

// Not compared: SQLite's own tables, and the FTS5 index with its map of rows (case_search and its
// shadow tables, search_docs), which PostgreSQL replaces by a search design of its own (its table
// case_search, storage/pg_search.h).
bool searchOrInternal(const QString& table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("case_search")) ||
           table == QLatin1String("search_docs");
}

QString sqliteType(const QString& declared)
{
    if (declared == QLatin1String("INTEGER"))
        return QStringLiteral("bigint");
    if (declared == QLatin1String("BLOB"))
        return QStringLiteral("bytea");
    return declared.toLower();
}

void sqliteKeys(QSqlDatabase& db, const QString& t, TableShape& shape, const QStringList& pk)
{
    if (!pk.isEmpty())
        shape.constraints << QStringLiteral("PRIMARY KEY (%1)").arg(pk.join(QStringLiteral(", ")));
    QSqlQuery fk = run(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t));
    while (fk.next()) {
        const QString onDelete = fk.value(6).toString();
        shape.constraints << QStringLiteral("FOREIGN KEY (%1) REFERENCES %2(%3)%4")
                                 .arg(fk.value(3).toString(), fk.value(2).toString(), fk.value(4).toString(),
                                      onDelete == QLatin1String("NO ACTION")
                                          ? QString()
                                          : QStringLiteral(" ON DELETE ") + onDelete);
    }
    QSqlQuery idx = run(db, QStringLiteral("PRAGMA index_list(%1)").arg(t));
    while (idx.next()) {
        const QString name = idx.value(1).toString();
        const QString origin = idx.value(3).toString();
        if (origin == QLatin1String("u")) {
            QSqlQuery info = run(db, QStringLiteral("PRAGMA index_info(%1)").arg(name));
            shape.constraints << QStringLiteral("UNIQUE (%1)").arg(column(info, 2).join(QStringLiteral(", ")));
        } else if (origin == QLatin1String("c")) {
            shape.indexes << name + (idx.value(2).toBool() ? QStringLiteral(" unique") : QString()) +
                                 (idx.value(4).toBool() ? QStringLiteral(" partial") : QString());
        }
    }
    QSqlQuery sql = run(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(t));
    sql.next();
    shape.constraints << QStringLiteral("CHECK x%1")
                             .arg(sql.value(0).toString().count(QRegularExpression(QStringLiteral("\\bCHECK\\s*\\("))));
    QSqlQuery tr =
        run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '%1'").arg(t));
    shape.triggers = column(tr, 0);
}

Schema sqliteSchema(QSqlDatabase& db)
{
    Schema schema;
    QSqlQuery tables = run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    for (const QString& t : column(tables, 0)) {
        if (searchOrInternal(t))
            continue;
        TableShape& shape = schema[t];
        QSqlQuery cols = run(db, QStringLiteral("PRAGMA table_info(%1)").arg(t));
        QMap<int, QString> pk;
        while (cols.next()) {
            // SQLite lets a non-INTEGER PRIMARY KEY hold NULL (a legacy quirk); PostgreSQL never does and
            // the program never writes one, so a key column counts as NOT NULL on both.
            const bool notNull = cols.value(3).toBool() || cols.value(5).toInt() > 0;
            shape.columns << QStringLiteral("%1 %2%3 default=%4")
                                 .arg(cols.value(1).toString(), sqliteType(cols.value(2).toString()),
                                      notNull ? QStringLiteral(" NOT NULL") : QString(), cols.value(4).toString());
            if (cols.value(5).toInt() > 0)
                pk.insert(cols.value(5).toInt(), cols.value(1).toString());
        }
        sqliteKeys(db, t, shape, pk.values());
    }
    return schema;
}

void pgKeys(QSqlDatabase& db, const QString& t, TableShape& shape)
{
    QSqlQuery c = run(db, QStringLiteral("SELECT contype, pg_get_constraintdef(oid) FROM pg_constraint "
                                         "WHERE conrelid = 'public.%1'::regclass")
                              .arg(t));
    int checks = 0;
    while (c.next()) {
        if (c.value(0).toString() == QLatin1String("c"))
            ++checks;
        else
            shape.constraints << c.value(1).toString();
    }
    shape.constraints << QStringLiteral("CHECK x%1").arg(checks);
    QSqlQuery idx = run(db, QStringLiteral("SELECT c.relname, i.indisunique, i.indpred IS NOT NULL FROM pg_index i "
                                           "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = "
                                           "'public.%1'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
                                           "WHERE k.conindid = i.indexrelid)")
                                .arg(t));
    while (idx.next())
        shape.indexes << idx.value(0).toString() + (idx.value(1).toBool() ? QStringLiteral(" unique") : QString()) +
                             (idx.value(2).toBool() ? QStringLiteral(" partial") : QString());
    // The TRUNCATE guards have no SQLite counterpart (SQLite has no TRUNCATE), nor the change notices
    // (SQLite's desks read data_version; the notices are checked on their own below); the row audit's
    // journal triggers are TEMP triggers of the connection on SQLite, not in the file's schema.
    QSqlQuery tr = run(db, QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = 'public.%1'::regclass AND "
                                          "NOT tgisinternal AND tgname NOT LIKE '%no_truncate' AND tgname NOT LIKE "
                                          "'%\\_notify' AND tgname NOT LIKE 'ow\\_journal\\_%'")
                               .arg(t));
    shape.triggers = column(tr, 0);
}

Schema pgSchema(QSqlDatabase& db)
{
    Schema schema;
    // ow_schema is the server's version; ow_changed_rows the row audit's journal, a TEMP table on SQLite.
    QSqlQuery tables = run(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                              "tablename <> 'ow_schema' AND tablename <> 'ow_changed_rows'"));
    for (const QString& t : column(tables, 0)) {
        if (searchOrInternal(t)) // the server's search table: tested in test_pg_search
            continue;
        TableShape& shape = schema[t];
        QSqlQuery cols = run(db, QStringLiteral("SELECT column_name, data_type, is_nullable, column_default FROM "
                                                "information_schema.columns WHERE table_schema = 'public' AND "
                                                "table_name = '%1' ORDER BY ordinal_position")
                                     .arg(t));
        while (cols.next()) {
            QString dflt = cols.value(3).toString();
            dflt.remove(QRegularExpression(QStringLiteral("::(text|bigint)$")));
            shape.columns << QStringLiteral("%1 %2%3 default=%4")
                                 .arg(cols.value(0).toString(), cols.value(1).toString(),
                                      cols.value(2).toString() == QLatin1String("NO") ? QStringLiteral(" NOT NULL")
                                                                                      : QString(),
                                      dflt);
        }
        pgKeys(db, t, shape);
    }
    return schema;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// The owner's connection to a test database migrated to the latest version.
QSqlDatabase migrated(test::PgTestDb& pg)
{
    QSqlDatabase owner = pg.connect(QStringLiteral("ow_owner"));
    const Status s = migratePostgres(owner, kApp);
    INFO(s.error().toStdString());
    REQUIRE(s);
    return owner;
}

// A case (with its category and township) and an audit entry, as the owner.
void addCaseAndAudit(QSqlDatabase& db)
{
    run(db, QStringLiteral("INSERT INTO categories(id, code, name_zh, site_code, created_at, updated_at) VALUES "
                           "('c1', 'neighbour', '邻里纠纷', 'S', 't', 't')"));
    run(db, QStringLiteral("INSERT INTO divisions(id, code, name_zh, level, site_code, created_at, updated_at) VALUES "
                           "('d1', '150824100', '海流图镇', 'township', 'S', 't', 't')"));
    run(db, QStringLiteral("INSERT INTO cases(id, site_code, case_type, source, category_code, township_code, summary, "
                           "status, received_on, created_at, updated_at) VALUES ('case1', 'S', 'people_mediation', "
                           "'walk_in', 'neighbour', '150824100', '宅基地纠纷', 'filed', '2025-05-07', 't', 't')"));
    run(db, QStringLiteral("INSERT INTO case_events(id, case_id, at, actor, action, site_code, created_at, updated_at) "
                           "VALUES ('e1', 'case1', 't', 'clerk', 'filed', 'S', 't', 't')"));
    run(db, QStringLiteral("INSERT INTO audit_log(id, seq, at, actor, action, prev_hash, hash, site_code, created_at, "
                           "updated_at) VALUES ('a1', 1, 't', 'clerk', 'x', '0', 'h1', 'S', 't', 't')"));
}

int count(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q = run(db, sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("the PostgreSQL schema has every table, column, key, CHECK, index and trigger of a new SQLite file")
{
    QTemporaryDir dir;
    auto lite = Database::open(dir.filePath(QStringLiteral("new.sqlite")), Database::Mode::Create);
    REQUIRE(lite);
    const Schema expected = sqliteSchema((*lite)->sql());
    REQUIRE(expected.size() > 40);

    test::PgTestDb pg;
    QSqlDatabase owner = pg.connect(QStringLiteral("ow_owner"));
    const Status s = migratePostgres(owner, kApp);
    INFO(s.error().toStdString());
    REQUIRE(s);
    const Schema actual = pgSchema(owner);

    QStringList missingOnPg;
    QStringList onlyOnPg;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!actual.contains(it.key()))
            missingOnPg << it.key();
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            onlyOnPg << it.key();
    CHECK(missingOnPg.join(QStringLiteral(", ")) == QString());
    CHECK(onlyOnPg.join(QStringLiteral(", ")) == QString());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            continue;
        const TableShape& pgShape = actual[it.key()];
        INFO("table " << it.key().toStdString());
        CHECK(pgShape.columns == it->columns);
        CHECK(sorted(pgShape.constraints) == sorted(it->constraints));
        CHECK(sorted(pgShape.indexes) == sorted(it->indexes));
        CHECK(sorted(pgShape.triggers) == sorted(it->triggers));
    }

    // Every table of the center notifies the other desks of its changes (docs/postgresql.md,
    // "Concurrency"); the search objects, derived from cases and parties, and the row audit's journal,
    // emptied at each commit, do not need to.
    QSqlQuery silent = run(owner, QStringLiteral("SELECT tablename FROM pg_tables t WHERE schemaname = 'public' AND "
                                                 "NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = "
                                                 "('public.' || t.tablename)::regclass AND g.tgname = t.tablename || "
                                                 "'_notify') ORDER BY 1"));
    CHECK(column(silent, 0) == QStringList{QStringLiteral("case_search"), QStringLiteral("ow_changed_rows"),
                                           QStringLiteral("ow_schema"), QStringLiteral("search_pending")});
}

TEST_CASE("the CHECK constraints and triggers of the PostgreSQL schema act as on SQLite")
{
    test::PgTestDb pg;
    migrated(pg);
    QSqlDatabase app = pg.connect(kApp);
    const QString site = QStringLiteral("INSERT INTO sites(id, code, name, level, is_self, site_code, created_at, "
                                        "updated_at) VALUES ('%1', '%1', '乌拉特中旗', '%2', %3, 'A', 't', 't')");
    CHECK(pgRefusal(app, site.arg(QStringLiteral("A"), QStringLiteral("galaxy"), QStringLiteral("1")))
              .contains(QLatin1String("sites_level_check")));
    CHECK(pgRefusal(app, site.arg(QStringLiteral("A"), QStringLiteral("county"), QStringLiteral("1"))) == QString());
    CHECK(pgRefusal(app, QStringLiteral("INSERT INTO leader_assignments(id, case_id, leader_id, duties, target_on, "
                                        "assigned_on, assigned_by, ended_on, site_code, created_at, updated_at) VALUES "
                                        "('l', 'c', 'x', 'handle', 'd', 'd', 'u', '2025-01-01', 'A', 't', 't')"))
              .contains(QLatin1String("check constraint")));

    SECTION("the exchange base is written when a row of another site first changes here, and goes with it")
    {
        const QString point = QStringLiteral("INSERT INTO agency_points(id, name, level, site_code, created_at, "
                                             "updated_at, row_version) VALUES ('%1', '代办点', 'village', '%2', 't', "
                                             "'%3', 4)");
        run(app, point.arg(QStringLiteral("own"), QStringLiteral("A"), QStringLiteral("t0")));
        run(app, point.arg(QStringLiteral("theirs"), QStringLiteral("B"), QStringLiteral("t0")));
        run(app, QStringLiteral("UPDATE agency_points SET name = '新代办点', row_version = row_version + 1, "
                                "updated_at = 't1'"));
        run(app, QStringLiteral("UPDATE agency_points SET name = '再改', row_version = row_version + 1"));
        QSqlQuery base = run(app, QStringLiteral("SELECT row_id || ' ' || row_version || ' ' || updated_at FROM "
                                                 "exchange_base"));
        CHECK(column(base, 0) == QStringList{QStringLiteral("theirs 4 t0")});
        run(app, QStringLiteral("DELETE FROM agency_points WHERE id = 'theirs'"));
        CHECK(count(app, QStringLiteral("SELECT count(*) FROM exchange_base")) == 0);
    }
    SECTION("a case whose searched text changes is queued for the index, and leaves the queue when deleted")
    {
        QSqlDatabase owner = pg.connect(QStringLiteral("ow_owner"));
        addCaseAndAudit(owner);
        CHECK(count(app, QStringLiteral("SELECT count(*) FROM search_pending WHERE case_id = 'case1'")) == 1);
        run(app, QStringLiteral("DELETE FROM search_pending"));
        run(app, QStringLiteral("UPDATE cases SET urgency = 'urgent'"));
        CHECK(count(app, QStringLiteral("SELECT count(*) FROM search_pending")) == 0);
        run(app, QStringLiteral("UPDATE cases SET summary = '宅基地边界纠纷'"));
        CHECK(count(app, QStringLiteral("SELECT count(*) FROM search_pending")) == 1);
        // The case has a timeline entry: deleting it cascades to the timeline, which refuses, as on SQLite.
        CHECK(pgRefusal(app, QStringLiteral("DELETE FROM cases")).contains(QLatin1String("append-only")));
    }
}

TEST_CASE("the program's login role reads and writes rows but changes no table and rewrites no log")
{
    test::PgTestDb pg;
    QSqlDatabase owner = migrated(pg);
    addCaseAndAudit(owner);
    QSqlDatabase app = pg.connect(kApp);

    CHECK(pgRefusal(app, QStringLiteral("CREATE TABLE mine (x text)")).contains(QLatin1String("permission denied")));
    CHECK(pgRefusal(app, QStringLiteral("CREATE SCHEMA mine")).contains(QLatin1String("permission denied")));
    CHECK(
        pgRefusal(app, QStringLiteral("CREATE TEMP TABLE mine (x text)")).contains(QLatin1String("permission denied")));
    CHECK(pgRefusal(app, QStringLiteral("ALTER TABLE cases ADD COLUMN x text")).contains(QLatin1String("owner")));
    CHECK(pgRefusal(app, QStringLiteral("DROP TABLE settings")).contains(QLatin1String("owner")));
    CHECK(pgRefusal(app, QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log"))
              .contains(QLatin1String("owner")));
    for (const QString& t : {QStringLiteral("audit_log"), QStringLiteral("case_events")}) {
        INFO(t.toStdString());
        CHECK(pgRefusal(app, QStringLiteral("UPDATE %1 SET actor = 'x'").arg(t))
                  .contains(QStringLiteral("permission denied for table %1").arg(t)));
        CHECK(pgRefusal(app, QStringLiteral("DELETE FROM %1").arg(t))
                  .contains(QStringLiteral("permission denied for table %1").arg(t)));
        CHECK(pgRefusal(app, QStringLiteral("TRUNCATE %1").arg(t)).contains(QLatin1String("permission denied")));
    }
    CHECK(pgRefusal(app, QStringLiteral("UPDATE audit_anchors SET hash = 'x'"))
              .contains(QLatin1String("permission denied for table audit_anchors")));
    CHECK(pgRefusal(app, QStringLiteral("DELETE FROM audit_anchors"))
              .contains(QLatin1String("permission denied for table audit_anchors")));
    CHECK(pgRefusal(app, QStringLiteral("INSERT INTO audit_anchors VALUES (1, 'h1', 't', 'f', 's', 'export')")) ==
          QString());
    CHECK(pgRefusal(app, QStringLiteral("UPDATE ow_schema SET version = 1")).contains(QLatin1String("permission")));
    CHECK(pgRefusal(app, QStringLiteral("INSERT INTO case_events(id, case_id, at, actor, action, site_code, "
                                        "created_at, updated_at) VALUES ('e2', 'case1', 't', 'clerk', 'routed', 'S', "
                                        "'t', 't')")) == QString());
    CHECK(pgRefusal(app, QStringLiteral("INSERT INTO audit_log(id, seq, at, actor, action, prev_hash, hash, site_code, "
                                        "created_at, updated_at) VALUES ('a2', 2, 't', 'clerk', 'x', 'h1', 'h2', 'S', "
                                        "'t', 't')")) == QString());
    CHECK(pgRefusal(app, QStringLiteral("UPDATE cases SET urgency = 'urgent'")) == QString());
    CHECK(count(app, QStringLiteral("SELECT count(*) FROM audit_log")) == 2);

    // The owner may run DDL, but the triggers keep the logs append-only with SQLite's words.
    CHECK(pgRefusal(owner, QStringLiteral("UPDATE audit_log SET actor = 'x'"))
              .contains(QLatin1String("the audit log is append-only")));
    CHECK(pgRefusal(owner, QStringLiteral("DELETE FROM case_events"))
              .contains(QLatin1String("the case timeline is append-only")));
    CHECK(
        pgRefusal(owner, QStringLiteral("TRUNCATE audit_log")).contains(QLatin1String("the audit log is append-only")));
    CHECK(count(owner, QStringLiteral("SELECT count(*) FROM audit_log")) == 2);
}

TEST_CASE("migrating PostgreSQL again does nothing, and a newer database is refused as on SQLite")
{
    test::PgTestDb pg;
    QSqlDatabase owner = migrated(pg);
    CHECK(migratePostgres(owner, kApp));
    // One row per step from the baseline on, each written once.
    QSqlQuery rows = run(owner, QStringLiteral("SELECT version FROM ow_schema ORDER BY version"));
    QStringList steps;
    for (int v = kPostgresBaselineVersion; v <= latestSchemaVersion(); ++v)
        steps << QString::number(v);
    CHECK(column(rows, 0) == steps);

    // What SQLite says of a file of a newer program.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto raw = Database::openRaw(path);
        REQUIRE(raw);
        QSqlQuery(raw.value()->sql()).exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    }
    auto newerLite = Database::open(path);
    REQUIRE_FALSE(newerLite);

    run(owner, QStringLiteral("INSERT INTO ow_schema VALUES (%1, 't')").arg(latestSchemaVersion() + 1));
    const Status newer = migratePostgres(owner, kApp);
    REQUIRE_FALSE(newer);
    CHECK(newer.error() == newerLite.error());
    CHECK(newer.error().contains(QString::number(latestSchemaVersion() + 1)));
}

TEST_CASE("a failing PostgreSQL step changes nothing and names the step")
{
    test::PgTestDb pg;
    QSqlDatabase owner = pg.connect(QStringLiteral("ow_owner"));
    const QString failed =
        QCoreApplication::translate("Database", "Upgrading the database to version %1 failed, nothing was changed: %2")
            .arg(kPostgresBaselineVersion)
            .arg(QString());

    SECTION("a table in the way")
    {
        run(owner, QStringLiteral("CREATE TABLE leaders (x text)"));
        const Status s = migratePostgres(owner, kApp);
        REQUIRE_FALSE(s);
        CHECK(s.error().startsWith(failed));
        CHECK(s.error().contains(QLatin1String("leaders")));
        QSqlQuery tables = run(owner, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        CHECK(column(tables, 0) == QStringList{QStringLiteral("leaders")});
        CHECK(count(owner, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE 'ow\\_%'")) == 0);
    }
    SECTION("a login role that does not exist, or that is the owner")
    {
        const Status missing = migratePostgres(owner, QStringLiteral("ow_nobody"));
        REQUIRE_FALSE(missing);
        CHECK(missing.error().contains(QLatin1String("ow_nobody")));
        const Status itself = migratePostgres(owner, QStringLiteral("ow_owner"));
        REQUIRE_FALSE(itself);
        CHECK(itself.error().contains(QLatin1String("ow_owner")));
        CHECK(count(owner, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) == 0);
    }
}

TEST_CASE("a server at an older schema is refused by the desks until onewindow-cli upgrade runs as the owner")
{
    test::PgTestDb pg;
    QSqlDatabase owner = pg.connect(QStringLiteral("ow_owner"));
    const int older = latestSchemaVersion() - 1;
    REQUIRE(older >= kPostgresBaselineVersion);
    REQUIRE(migratePostgres(owner, kApp, older));
    addCaseAndAudit(owner);
    CHECK(*postgresSchemaVersion(owner) == older);
    // The newest step's index (migration 15) is not there yet.
    const QString indexes =
        QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'cases_report_site_received'");
    CHECK(count(owner, indexes) == 0);

    // A desk (the login role) is told what the administrator must run.
    auto desk = Database::openServer(*parseStoreLocation(pg.url()));
    REQUIRE_FALSE(desk);
    CHECK(desk.error().contains(QString::number(older)));
    CHECK(desk.error().contains(QLatin1String("onewindow-cli --db postgresql://OWNER@server/database upgrade")));

    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    // The login role cannot upgrade: it is not the schema's owner, and nothing changes.
    const test::Run asApp = test::runProgram(cli, {QStringLiteral("--db"), pg.url(), QStringLiteral("upgrade")});
    CHECK(asApp.status == 1);
    CHECK(asApp.err.contains(QLatin1String("ow_app")));
    CHECK(*postgresSchemaVersion(owner) == older);

    // A file is upgraded when it is opened: upgrade says so and touches nothing.
    QTemporaryDir dir;
    const test::Run onFile = test::runProgram(
        cli, {QStringLiteral("--db"), dir.filePath(QStringLiteral("c.sqlite")), QStringLiteral("upgrade")});
    CHECK(onFile.status == 2);
    CHECK(QDir(dir.path()).isEmpty());

    const test::Run upgraded =
        test::runProgram(cli, {QStringLiteral("--db"), pg.url(QStringLiteral("ow_owner")), QStringLiteral("upgrade")});
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.status == 0);
    CHECK(upgraded.out.contains(QString::number(latestSchemaVersion())));
    CHECK(*postgresSchemaVersion(owner) == latestSchemaVersion());
    CHECK(count(owner, indexes) == 1);
    CHECK(count(owner, QStringLiteral("SELECT count(*) FROM cases")) == 1);
    auto opened = Database::openServer(*parseStoreLocation(pg.url()));
    const std::string why = opened ? std::string() : opened.error().toStdString();
    INFO(why);
    CHECK(bool(opened));

    // Again: nothing to do, and it says so.
    const test::Run again =
        test::runProgram(cli, {QStringLiteral("--db"), pg.url(QStringLiteral("ow_owner")), QStringLiteral("upgrade")});
    CHECK(again.status == 0);
    // One row per step from the baseline on.
    CHECK(count(owner, QStringLiteral("SELECT count(*) FROM ow_schema")) ==
          latestSchemaVersion() - kPostgresBaselineVersion + 1);
}
