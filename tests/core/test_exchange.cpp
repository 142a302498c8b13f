// Consolidation packages: township export → county import, idempotency, incremental exports,
// conflicts, every kind of bad package refused with the county database unchanged, the CLI; on
// either store (test::TempDatabase: a file, or a database on the test cluster with
// OW_TEST_STORE=postgres, both township and county).
#include "support/catch.h"
#include "support/exchange_steps.h"
#include "support/fixtures.h"

#include "exchange/conflicts.h"
#include "exchange/package_export.h"
#include "exchange/package_format.h"
#include "exchange/package_import.h"
#include "exchange/sha256.h"
#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "storage/migrations.h"
#include "workflow/intake_service.h"

#if __has_include("reports/monthly_report.h")
#include "reports/monthly_report.h"
#define OW_HAVE_REPORTS 1
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <optional>

using namespace ow;
using test::execOk;
using test::importOk;
using test::scalar;
using test::stateOf;
using test::tableOf;

namespace {

SiteSetup township(const QString& code = QStringLiteral("150824100"),
                   const QString& name = QStringLiteral("海流图镇社会治理中心"))
{
    return {code, name, QStringLiteral("township"), QString()};
}

CaseRecord makeCase(const QString& township, int n)
{
    CaseRecord c;
    c.caseNo = QStringLiteral("（2025）测试字第%1号").arg(n, 4, 10, QLatin1Char('0'));
    c.caseType = QStringLiteral("people_mediation");
    c.source = QStringLiteral("walk_in");
    c.categoryCode = QStringLiteral("neighbor");
    c.townshipCode = township;
    c.summary = QStringLiteral("邻里宅基地边界纠纷 %1").arg(n);
    c.status = n % 2 ? QStringLiteral("closed") : QStringLiteral("in_progress");
    c.receivedOn = QDate::currentDate().addDays(-n % 20);
    c.filedOn = c.receivedOn;
    if (n % 2) {
        c.endedOn = c.receivedOn;
        c.outcome = QStringLiteral("mediated");
        c.resolutionLevel = QStringLiteral("township");
    }
    c.parties << Party{{},
                       QStringLiteral("applicant"),
                       QStringLiteral("person"),
                       QStringLiteral("张建国"),
                       QStringLiteral("150824198001010011"),
                       {},
                       QStringLiteral("13800000000"),
                       {},
                       {}};
    // The respondent a company: its credit code, domicile and legal representative (schema 11) travel too.
    c.parties << Party{{},
                       QStringLiteral("respondent"),
                       QStringLiteral("organization"),
                       QStringLiteral("乌拉特中旗某建筑公司"),
                       {},
                       QStringLiteral("91150824MA0N2B3C4M"),
                       {},
                       QStringLiteral("海流图镇工业园区8号"),
                       QStringLiteral("赵刚")};
    Milestone m;
    m.milestone = QStringLiteral("handling");
    m.counting = QStringLiteral("calendar");
    m.days = 30;
    m.startsOn = c.receivedOn;
    m.dueOn = c.receivedOn.addDays(30);
    c.milestones << m;
    c.timeline << TimelineEvent{{}, QStringLiteral("system"), QStringLiteral("filed"), QStringLiteral("登记")};
    return c;
}

// Cases with every case-owned row kind this schema has, written as a center's services would.
QStringList addCases(Database& db, int first, int count, const QString& stamp = {})
{
    QStringList ids;
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    CaseWriter writer(db);
    const QString site = db.siteCode();
    const QString townshipCode = site.size() > 6 ? site : QStringLiteral("150824100");
    const QString now = stamp.isEmpty() ? utcNow() : stamp;
    for (int n = first; n < first + count; ++n) {
        CaseRecord c = makeCase(townshipCode, n);
        c.createdAt = stamp;
        REQUIRE(writer.insert(c));
        ids << c.id;
        auto insert = [&](const QString& sql, const QVariantList& values) {
            QSqlQuery q(db.sql());
            q.prepare(sql);
            for (const QVariant& v : values)
                q.addBindValue(v);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
        };
        insert(QStringLiteral("INSERT INTO case_departments(id, case_id, department_code, role, site_code, created_at, "
                              "updated_at) VALUES(?,?,'justice','lead',?,?,?)"),
               {newUuid(), c.id, site, now, now});
        insert(
            QStringLiteral("INSERT INTO case_transfers(id, case_id, to_department, actor, at, site_code, created_at, "
                           "updated_at) VALUES(?,?,'justice','system',?,?,?,?)"),
            {newUuid(), c.id, now, site, now, now});
    }
    REQUIRE(tx.commit());
    return ids;
}

// Every row of a table in id order, as the values a reader gets back.
// The exchange base, a "row_id version updated_at" line a row, in row_id order.
QStringList exchangeBase(Database& db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT row_id || ' ' || row_version || ' ' || updated_at FROM exchange_base ORDER "
                                  "BY row_id")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<QVariantList> rows(Database& db, const QString& table, const QString& where = {})
{
    QList<QVariantList> out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 %2 ORDER BY id").arg(table, where)));
    while (q.next()) {
        QVariantList r;
        for (int i = 0; i < q.record().count(); ++i)
            r << q.value(i);
        out << r;
    }
    return out;
}

// The exchanged tables as this program's schema defines them: a file's own schema, or on a server
// that of a new scratch file, as the server's import and conflicts read it (exchangeTables reads
// SQLite's catalogue).
QList<package::ExchangeTable> exchangedTables(Database& db)
{
    QTemporaryDir dir;
    DatabasePtr scratch;
    if (db.isServer()) {
        auto created = Database::open(dir.filePath(QStringLiteral("schema.sqlite")), Database::Mode::Create);
        REQUIRE(created);
        scratch = *created;
    }
    auto tables = package::exchangeTables(scratch ? scratch->handle() : db.handle());
    REQUIRE(tables);
    return *tables;
}

QStringList exchangeTableNames(Database& db)
{
    QStringList names;
    for (const auto& t : exchangedTables(db))
        names << t.name;
    return names;
}

ExportSummary exportTo(Database& db, const QString& path, ExportOptions::Range range = ExportOptions::Range::Full,
                       const QDate& since = {})
{
    ExportOptions o;
    o.outPath = path;
    o.range = range;
    o.since = since;
    o.actor = QStringLiteral("镇管理员");
    auto r = exportPackage(db, o);
    INFO(r.error().toStdString());
    REQUIRE(r);
    return *r;
}

// Edits a package with plain SQL (as someone with an SQLite tool would), optionally re-sealing
// its checksum and signature with `signer`'s key (a township editing its own package) so that only
// the checks after the signature can catch the change.
void editPackage(const QString& path, const QStringList& statements, Database* signer = nullptr)
{
    const QString name = QStringLiteral("edit-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            INFO(s.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (signer)
        test::resealPackage(path, *signer);
}

} // namespace

TEST_CASE("a township's full package round-trips into the county, every exchanged table")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    addCases(*town.db, 1, 5);
    const QString pkg = town.file(QStringLiteral("海流图镇-2025-05.owpkg"));
    const ExportSummary sent = exportTo(*town.db, pkg);
    CHECK(sent.rows(QStringLiteral("cases")) == 5);
    CHECK(sent.rows(QStringLiteral("parties")) == 10);
    CHECK(sent.rows(QStringLiteral("milestones")) == 5);
    CHECK(sent.rows(QStringLiteral("case_events")) == 5);
    CHECK(sent.rows(QStringLiteral("case_departments")) == 5);
    CHECK(sent.rows(QStringLiteral("case_transfers")) == 5);
    CHECK(scalar(*town.db, QStringLiteral("SELECT count(*) FROM export_log")).toInt() == 1);

    SECTION("the package is a plain SQLite file with a manifest")
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("manifest-read"));
        raw.setDatabaseName(pkg);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("SELECT key, value FROM manifest")));
        QHash<QString, QString> m;
        while (q.next())
            m.insert(q.value(0).toString(), q.value(1).toString());
        CHECK(m.value(QStringLiteral("format")) == QStringLiteral("onewindow-package"));
        CHECK(m.value(QStringLiteral("format_version")) == QString::number(package::kFormatVersion));
        CHECK(m.value(QStringLiteral("site_code")) == QStringLiteral("150824100"));
        CHECK(m.value(QStringLiteral("site_level")) == QStringLiteral("township"));
        CHECK(m.value(QStringLiteral("range")) == QStringLiteral("full"));
        CHECK(m.value(QStringLiteral("rows.cases")) == QStringLiteral("5"));
        CHECK(m.value(QStringLiteral("checksum")) == sent.checksum);
        CHECK(m.value(QStringLiteral("checksum")).size() == 64);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM cases")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 5);
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("manifest-read"));
    }

    const QByteArray before = stateOf(county);
    auto preview = PackageImporter(*county.db).preview(pkg);
    REQUIRE(preview);
    CHECK(stateOf(county) == before); // a preview writes nothing
    CHECK_FALSE(preview->siteRegistered);
    CHECK(tableOf(*preview, QStringLiteral("cases")).added == 5);
    CHECK(preview->total().added == sent.totalRows());
    CHECK(preview->total().conflicting == 0);

    const ImportPlan done = importOk(*county.db, pkg);
    CHECK(done.committed);
    CHECK(done.total().added == sent.totalRows());
    CHECK(scalar(*county.db, QStringLiteral("SELECT level || ' ' || name FROM sites WHERE code = '150824100'"))
              .toString() == QStringLiteral("township 海流图镇社会治理中心"));
    // Every exchanged table arrives row for row, values and versions unchanged.
    for (const QString& t : exchangeTableNames(*town.db)) {
        INFO(t.toStdString());
        CHECK(rows(*county.db, t) == rows(*town.db, t));
    }
    // No row was changed here: each is its own exchange base, and none is written.
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM exchange_base")).toLongLong() == 0);
    // The import log names file, checksum, site, counts and who.
    QSqlQuery log(county.db->sql());
    REQUIRE(log.exec(QStringLiteral("SELECT file_name, checksum, source_site_code, actor, counts FROM import_log")));
    REQUIRE(log.next());
    CHECK(log.value(0).toString() == QStringLiteral("海流图镇-2025-05.owpkg"));
    CHECK(log.value(1).toString() == sent.checksum);
    CHECK(log.value(2).toString() == QStringLiteral("150824100"));
    CHECK(log.value(3).toString() == QStringLiteral("县管理员"));
    CHECK(log.value(4).toString().contains(QStringLiteral("\"cases\":{\"conflicting\":0,\"deleted\":0,\"new\":5")));
    // Cases keep their origin site; the case list filters by it.
    CaseStore store(*county.db);
    CaseFilter bySite;
    bySite.site = QStringLiteral("150824100");
    CHECK(store.count(bySite) == 5);
    bySite.site = QStringLiteral("150824");
    CHECK(store.count(bySite) == 0);
    auto loaded = store.load(QStringLiteral("（2025）测试字第0003号"));
    REQUIRE(loaded);
    CHECK(loaded->siteCode == QStringLiteral("150824100"));
    REQUIRE(loaded->parties.size() == 2);
    CHECK(loaded->parties[1].creditCode == QStringLiteral("91150824MA0N2B3C4M"));
    CHECK(loaded->parties[1].address == QStringLiteral("海流图镇工业园区8号"));
    CHECK(loaded->parties[1].legalRepresentative == QStringLiteral("赵刚"));

    SECTION("importing the same package again changes nothing")
    {
        const QByteArray merged = stateOf(county);
        const ImportPlan again = importOk(*county.db, pkg);
        CHECK_FALSE(again.committed);
        CHECK(again.nothingToDo());
        CHECK(again.total().unchanged == sent.totalRows());
        CHECK_FALSE(again.previouslyImportedAt.isEmpty());
        CHECK(stateOf(county) == merged);
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM import_log")).toInt() == 1);
    }
}

TEST_CASE("an incremental export carries every change since the last one, state changes of old cases included")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    const QStringList ids = addCases(*town.db, 1, 4);
    importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full.owpkg"))).path);

    // Later (the clock moved on past the last export's snapshot): an old case is closed, one
    // party's phone corrected, a new case arrives.
    execOk(*town.db, QStringLiteral("UPDATE export_log SET until = '2098-12-01T00:00:00.000Z'"));
    const QString later = QStringLiteral("2099-01-01T00:00:00.000Z");
    execOk(*town.db, QStringLiteral("UPDATE cases SET status = 'closed', ended_on = received_on, outcome = 'mediated', "
                                    "row_version = row_version + 1, updated_at = '%1' WHERE id = '%2'")
                         .arg(later, ids[1]));
    execOk(*town.db, QStringLiteral("UPDATE parties SET phone = '13900000000', row_version = row_version + 1, "
                                    "updated_at = '%1' WHERE case_id = '%2' AND role = 'applicant'")
                         .arg(later, ids[2]));
    addCases(*town.db, 10, 1, later);

    const ExportSummary inc =
        exportTo(*town.db, town.file(QStringLiteral("inc.owpkg")), ExportOptions::Range::SinceLastExport);
    CHECK(inc.rangeKind == QStringLiteral("since_last_export"));
    // The closed case, the parent of the changed party, and the new case; not the untouched ones.
    CHECK(inc.rows(QStringLiteral("cases")) == 3);
    CHECK(inc.rows(QStringLiteral("parties")) == 3);

    const ImportPlan plan = importOk(*county.db, inc.path);
    CHECK(tableOf(plan, QStringLiteral("cases")).added == 1);
    CHECK(tableOf(plan, QStringLiteral("cases")).updated == 1);
    CHECK(tableOf(plan, QStringLiteral("cases")).unchanged == 1);
    CHECK(tableOf(plan, QStringLiteral("parties")).updated == 1);
    CHECK(plan.total().conflicting == 0);
    CHECK(scalar(*county.db, QStringLiteral("SELECT status FROM cases WHERE id = '%1'").arg(ids[1])).toString() ==
          QStringLiteral("closed"));
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM parties WHERE phone = '13900000000'")).toInt() == 1);
    // Search finds what arrived: the new case by its number, the changed party by its new phone.
    CaseStore store(*county.db);
    CaseFilter search;
    search.search = QStringLiteral("测试字第0010号");
    CHECK(store.count(search) == 1);
    search.search = QStringLiteral("13900000000");
    CHECK(store.count(search) == 1);
    search.search = QStringLiteral("测试字");
    CHECK(store.count(search) == 5);
    for (const QString& t : exchangeTableNames(*town.db)) {
        INFO(t.toStdString());
        CHECK(rows(*county.db, t) == rows(*town.db, t));
    }

    SECTION("since a date: only rows changed on or after it")
    {
        const ExportSummary none = exportTo(*town.db, town.file(QStringLiteral("future.owpkg")),
                                            ExportOptions::Range::SinceDate, QDate(2098, 12, 1));
        CHECK(none.rangeKind == QStringLiteral("since_date"));
        // The closed case, the party's parent and the new case with its two parties.
        CHECK(none.rows(QStringLiteral("cases")) == 3);
        CHECK(none.rows(QStringLiteral("parties")) == 3);
    }
}

TEST_CASE("a record changed at both ends is a conflict: the county's row stays, both versions are kept")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    const QStringList ids = addCases(*town.db, 1, 3);
    importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full.owpkg"))).path);

    // Case 0: supervised at the county and re-summarised at the township → conflict.
    execOk(*county.db, QStringLiteral("UPDATE cases SET supervised = 1, supervision_note = '县中心督办', row_version = "
                                      "row_version + 1, updated_at = '%1' WHERE id = '%2'")
                           .arg(utcNow(), ids[0]));
    execOk(*town.db, QStringLiteral("UPDATE cases SET summary = '镇里改写的摘要', row_version = row_version + 1, "
                                    "updated_at = '%1' WHERE id = '%2'")
                         .arg(utcNow(), ids[0]));
    // Case 1: changed at the county only → the county's version stands, no conflict.
    execOk(*county.db, QStringLiteral("UPDATE cases SET supervised = 1, row_version = row_version + 1, updated_at = "
                                      "'%1' WHERE id = '%2'")
                           .arg(utcNow(), ids[1]));
    // Case 2: changed at the township only → updated.
    execOk(*town.db, QStringLiteral("UPDATE cases SET status = 'closed', ended_on = received_on, row_version = "
                                    "row_version + 1, updated_at = '%1' WHERE id = '%2'")
                         .arg(utcNow(), ids[2]));

    const QString pkg = exportTo(*town.db, town.file(QStringLiteral("second.owpkg"))).path;
    const ImportPlan plan = importOk(*county.db, pkg);
    const TableMerge& cases = tableOf(plan, QStringLiteral("cases"));
    CHECK(cases.conflicting == 1);
    CHECK(cases.updated == 1);
    CHECK(cases.unchanged == 1);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].rowId == ids[0]);
    CHECK(plan.conflicts[0].caseNo == QStringLiteral("（2025）测试字第0001号"));
    CHECK(plan.conflicts[0].localVersion == 2);
    CHECK(plan.conflicts[0].incomingVersion == 2);

    // The county's row is untouched; the township's version waits in the conflicts table.
    CHECK(scalar(*county.db,
                 QStringLiteral("SELECT supervision_note || '|' || summary FROM cases WHERE id = '%1'").arg(ids[0]))
              .toString() == QStringLiteral("县中心督办|邻里宅基地边界纠纷 1"));
    QSqlQuery c(county.db->sql());
    REQUIRE(c.exec(QStringLiteral("SELECT table_name, local_row, incoming_row, source_site_code, resolved_at FROM "
                                  "conflicts")));
    REQUIRE(c.next());
    CHECK(c.value(0).toString() == QStringLiteral("cases"));
    CHECK(c.value(1).toString().contains(QStringLiteral("县中心督办")));
    CHECK(c.value(2).toString().contains(QStringLiteral("镇里改写的摘要")));
    CHECK(c.value(3).toString() == QStringLiteral("150824100"));
    CHECK(c.value(4).isNull());
    CHECK_FALSE(c.next());
    CHECK(scalar(*county.db, QStringLiteral("SELECT supervised FROM cases WHERE id = '%1'").arg(ids[1])).toInt() == 1);
    CHECK(scalar(*county.db, QStringLiteral("SELECT status FROM cases WHERE id = '%1'").arg(ids[2])).toString() ==
          QStringLiteral("closed"));

    // Sent twice: the conflict is listed again but not recorded twice, and nothing is written.
    const QByteArray merged = stateOf(county);
    const ImportPlan again = importOk(*county.db, pkg);
    CHECK_FALSE(again.committed);
    REQUIRE(again.conflicts.size() == 1);
    CHECK(again.conflicts[0].alreadyRecorded);
    CHECK(stateOf(county) == merged);
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM conflicts")).toInt() == 1);
}

TEST_CASE("the exchange base is written when the county first changes a township's row, and only then")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    const QStringList ids = addCases(*town.db, 1, 3);
    importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full.owpkg"))).path);
    auto base = [&]() { return exchangeBase(*county.db); };
    REQUIRE(base().isEmpty());
    const QString firstVersion =
        scalar(*county.db,
               QStringLiteral("SELECT id || ' ' || row_version || ' ' || updated_at FROM cases WHERE id = '%1'")
                   .arg(ids[0]))
            .toString();

    // Two edits at the county: the base is the version before the first.
    for (int i = 0; i < 2; ++i)
        execOk(*county.db, QStringLiteral("UPDATE cases SET supervised = 1, row_version = row_version + 1, "
                                          "updated_at = '%1' WHERE id = '%2'")
                               .arg(utcNow(), ids[0]));
    CHECK(base() == QStringList{firstVersion});

    // The county's own cases never get one, however often they change.
    const QStringList own = addCases(*county.db, 900, 1);
    execOk(
        *county.db,
        QStringLiteral("UPDATE cases SET supervised = 1, row_version = row_version + 1 WHERE id = '%1'").arg(own[0]));
    CHECK(base().size() == 1);

    // A party changed and then removed at the county takes its base with it.
    const QString party =
        scalar(*county.db,
               QStringLiteral("SELECT id FROM parties WHERE case_id = '%1' ORDER BY sort_order LIMIT 1").arg(ids[1]))
            .toString();
    execOk(*county.db,
           QStringLiteral("UPDATE parties SET phone = '13900000001', row_version = row_version + 1 WHERE id = '%1'")
               .arg(party));
    CHECK(base().size() == 2);
    execOk(*county.db, QStringLiteral("DELETE FROM parties WHERE id = '%1'").arg(party));
    CHECK(base().size() == 1);

    // A change at the township only is taken, and leaves no base behind; the county's edit stands.
    execOk(*town.db, QStringLiteral("UPDATE cases SET status = 'closed', ended_on = received_on, row_version = "
                                    "row_version + 1, updated_at = '%1' WHERE id = '%2'")
                         .arg(utcNow(), ids[2]));
    const ImportPlan plan = importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("second.owpkg"))).path);
    CHECK(tableOf(plan, QStringLiteral("cases")).updated == 1);
    CHECK(tableOf(plan, QStringLiteral("cases")).conflicting == 0);
    CHECK(scalar(*county.db, QStringLiteral("SELECT status FROM cases WHERE id = '%1'").arg(ids[2])).toString() ==
          QStringLiteral("closed"));
    CHECK(base() == QStringList{firstVersion});
    CHECK(scalar(*county.db, QStringLiteral("SELECT supervised FROM cases WHERE id = '%1'").arg(ids[0])).toInt() == 1);

    // Then the township changes the case the county changed: a conflict, as ever.
    execOk(*town.db, QStringLiteral("UPDATE cases SET summary = '镇里改写的摘要', row_version = row_version + 1, "
                                    "updated_at = '%1' WHERE id = '%2'")
                         .arg(utcNow(), ids[0]));
    const ImportPlan third = importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("third.owpkg"))).path);
    CHECK(tableOf(third, QStringLiteral("cases")).conflicting == 1);
    CHECK(tableOf(third, QStringLiteral("cases")).updated == 0);

    // Every exchanged table whose rows can change keeps its base by trigger (a later migration adding
    // a table must add them too); only the append-only timeline has none. On a server, its own
    // triggers: `<table>_exchange_base`, and `<table>_no_update` where updates are refused.
    for (const package::ExchangeTable& t : exchangedTables(*county.db)) {
        INFO(t.name.toStdString());
        if (!county.db->isServer()) {
            CHECK(t.baseOnEdit != t.appendOnly);
            continue;
        }
        auto hasTrigger = [&](const QString& name) {
            const QVariant n = scalar(*county.db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = "
                                                                 "'%1'::regclass AND tgname = '%2'")
                                                      .arg(t.name, name));
            REQUIRE(n.isValid());
            return n.toInt() > 0;
        };
        CHECK(hasTrigger(t.name + QStringLiteral("_exchange_base")) !=
              hasTrigger(t.name + QStringLiteral("_no_update")));
        CHECK(hasTrigger(t.name + QStringLiteral("_no_update")) == t.appendOnly);
    }
}

// [sqlite]: a county file of an old schema, made by dropping SQLite triggers and setting PRAGMA
// user_version; a server's schema starts at the version 13 baseline.
TEST_CASE("a county file of schema 5 keeps only the bases that say something when it is upgraded", "[sqlite]")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    const QStringList ids = addCases(*town.db, 1, 2);
    importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full.owpkg"))).path);
    // The file as version 5 left it: no base triggers, and a base for every imported row, the
    // timeline's too.
    auto tables = package::exchangeTables(county.db->handle());
    REQUIRE(tables);
    int written = 0;
    for (const package::ExchangeTable& t : *tables) {
        execOk(*county.db, QStringLiteral("DROP TRIGGER IF EXISTS %1_exchange_base").arg(t.name));
        execOk(*county.db, QStringLiteral("DROP TRIGGER IF EXISTS %1_exchange_base_gone").arg(t.name));
        execOk(*county.db,
               QStringLiteral("INSERT INTO exchange_base SELECT id, row_version, updated_at FROM %1").arg(t.name));
        written += scalar(*county.db, QStringLiteral("SELECT count(*) FROM %1").arg(t.name)).toInt();
    }
    execOk(*county.db, QStringLiteral("PRAGMA user_version = 5"));
    REQUIRE(exchangeBase(*county.db).size() == written);
    const QString firstVersion =
        scalar(*county.db,
               QStringLiteral("SELECT id || ' ' || row_version || ' ' || updated_at FROM cases WHERE id = '%1'")
                   .arg(ids[0]))
            .toString();
    // Changed here since (its base stays), and a party deleted here (its base is left over).
    execOk(*county.db, QStringLiteral("UPDATE cases SET supervised = 1, row_version = row_version + 1, updated_at = "
                                      "'%1' WHERE id = '%2'")
                           .arg(utcNow(), ids[0]));
    execOk(*county.db,
           QStringLiteral("DELETE FROM parties WHERE id = (SELECT id FROM parties WHERE case_id = '%1' LIMIT 1)")
               .arg(ids[1]));

    REQUIRE(migrate(*county.db).ok());
    CHECK(county.db->userVersion() == latestSchemaVersion());
    CHECK(exchangeBase(*county.db) == QStringList{firstVersion});

    // And it merges as before: a township change to the case changed here is a conflict, one to the
    // other case is taken.
    execOk(*town.db, QStringLiteral("UPDATE cases SET summary = '镇里改写的摘要', row_version = row_version + 1, "
                                    "updated_at = '%1'")
                         .arg(utcNow()));
    const ImportPlan plan = importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("second.owpkg"))).path);
    CHECK(tableOf(plan, QStringLiteral("cases")).conflicting == 1);
    CHECK(tableOf(plan, QStringLiteral("cases")).updated == 1);
}

namespace {
// Whether the kernel reports the SHA extensions (read apart from the code under test, which asks
// CPUID itself); nullopt where there is no /proc/cpuinfo to ask.
std::optional<bool> kernelReportsShaNi()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray info = f.readAll();
    if (!info.contains("\nflags"))
        return std::nullopt; // not x86 (other architectures name their features otherwise)
    return info.contains(" sha_ni");
}
} // namespace

TEST_CASE("the package checksum's SHA-256 gives the standard digest, accelerated or not")
{
    // Which paths this run compares: the hardware path is taken exactly when the CPU has it, and
    // the run says which it was, so a pass on a machine without SHA-NI is not mistaken for one that
    // checked the SHA-NI code.
    const bool accelerated = package::Sha256().accelerated();
    CHECK_FALSE(package::Sha256(true).accelerated());
    if (const auto reported = kernelReportsShaNi()) {
        INFO("/proc/cpuinfo " << (*reported ? "lists" : "does not list") << " sha_ni");
        REQUIRE(accelerated == *reported);
    }
    if (accelerated)
        WARN("SHA-256: the SHA-NI path and the portable path (QCryptographicHash) were both run and compared");
    else
        WARN("SHA-256: this CPU has no SHA-NI: only the portable path (QCryptographicHash) was checked");
    auto hex = [](package::Sha256& h) { return h.result().toHex().toStdString(); };
    for (bool portable : {false, true}) {
        package::Sha256 abc(portable);
        abc.addData(QByteArrayLiteral("abc"));
        CHECK(hex(abc) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        package::Sha256 empty(portable);
        CHECK(hex(empty) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
    // Every length around the 64-byte block and the 56-byte padding limit, fed in uneven pieces.
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data.append(char((i * 131 + 7) & 0xff));
    for (int size : {1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 999, 1000}) {
        for (int piece : {1, 7, 64, 100, 1000}) {
            package::Sha256 fast, portable(true);
            REQUIRE(fast.accelerated() == accelerated);
            for (int at = 0; at < size; at += piece) {
                fast.addData(data.constData() + at, std::min(piece, size - at));
                portable.addData(data.constData() + at, std::min(piece, size - at));
            }
            INFO("size " << size << " piece " << piece);
            CHECK(fast.result() == portable.result());
        }
    }
}

TEST_CASE("a package whose rows are stored out of id order has the same checksum and imports the same")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    addCases(*town.db, 1, 4);
    const QString pkg = town.file(QStringLiteral("shuffled.owpkg"));
    exportTo(*town.db, pkg);
    // Rewritten with a plain SQLite tool in reverse id order, checksum untouched.
    editPackage(pkg, {QStringLiteral("CREATE TEMP TABLE c AS SELECT * FROM parties ORDER BY id DESC"),
                      QStringLiteral("DELETE FROM parties"), QStringLiteral("INSERT INTO parties SELECT * FROM c"),
                      QStringLiteral("VACUUM")});
    const ImportPlan plan = importOk(*county.db, pkg);
    CHECK(plan.committed);
    CHECK(tableOf(plan, QStringLiteral("parties")).added == 8);
    CHECK(rows(*county.db, QStringLiteral("parties")) == rows(*town.db, QStringLiteral("parties")));
}

TEST_CASE("bad packages are refused with a message naming the problem and the county database unchanged")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    addCases(*town.db, 1, 3);
    const QString good = town.file(QStringLiteral("good.owpkg"));
    exportTo(*town.db, good);
    const QString bad = town.file(QStringLiteral("bad.owpkg"));
    QFile::remove(bad);
    REQUIRE(QFile::copy(good, bad));

    // previewToo: the check runs before the merge. Rule violations of rows (CHECK, foreign keys,
    // UNIQUE) surface only in the merge, whose transaction is then rolled back.
    auto refused = [&](const QString& path, const QString& expected, bool previewToo = true) {
        const QByteArray before = stateOf(county);
        PackageImporter importer(*county.db);
        auto preview = importer.preview(path);
        auto result = importer.import(path, QStringLiteral("县管理员"));
        CHECK(bool(preview) != previewToo);
        REQUIRE_FALSE(result);
        INFO(result.error().toStdString());
        CHECK(result.error().contains(expected));
        CHECK(stateOf(county) == before);
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM import_log")).toInt() == 0);
    };

    SECTION("truncated")
    {
        const QByteArray bytes = test::readFile(good);
        test::writeFile(bad, bytes.left(bytes.size() / 2));
        refused(bad, QStringLiteral("截断"));
    }
    SECTION("not SQLite at all")
    {
        test::writeFile(bad, "案件编号,姓名\n1,张三\n");
        refused(bad, QStringLiteral("不是 SQLite"));
    }
    SECTION("another SQLite file without a manifest")
    {
        editPackage(bad, {QStringLiteral("DROP TABLE manifest")});
        refused(bad, QStringLiteral("没有清单"));
    }
    SECTION("content tampered with")
    {
        editPackage(bad, {QStringLiteral("UPDATE cases SET summary = '改过的摘要' WHERE rowid = 1")});
        refused(bad, QStringLiteral("校验和"));
    }
    SECTION("a row added by hand")
    {
        editPackage(bad, {QStringLiteral("DELETE FROM case_events WHERE rowid = 1")});
        refused(bad, QStringLiteral("清单"));
    }
    SECTION("an unknown future format")
    {
        editPackage(bad, {QStringLiteral("UPDATE manifest SET value = '3' WHERE key = 'format_version'")});
        refused(bad, QStringLiteral("更新版本"));
    }
    SECTION("an unknown future schema")
    {
        editPackage(bad, {QStringLiteral("UPDATE manifest SET value = '999' WHERE key = 'schema_version'")});
        refused(bad, QStringLiteral("999"));
    }
    SECTION("duplicate primary keys inside the package")
    {
        editPackage(bad,
                    {QStringLiteral("CREATE TABLE c2 AS SELECT * FROM cases"), QStringLiteral("DROP TABLE cases"),
                     QStringLiteral("ALTER TABLE c2 RENAME TO cases"),
                     QStringLiteral("INSERT INTO cases SELECT * FROM cases WHERE rowid = 1"),
                     QStringLiteral("UPDATE manifest SET value = '4' WHERE key = 'rows.cases'")},
                    town.db.get());
        refused(bad, QStringLiteral("不止一次"));
    }
    SECTION("rows that break the database's rules")
    {
        editPackage(bad, {QStringLiteral("UPDATE cases SET status = 'lost' WHERE rowid = 2")}, town.db.get());
        refused(bad, QStringLiteral("cases"), false);
    }
    SECTION("a site of another county")
    {
        test::TempDatabase other(township(QStringLiteral("150825100"), QStringLiteral("巴音宝力格镇社会治理中心")));
        addCases(*other.db, 1, 2);
        refused(exportTo(*other.db, other.file(QStringLiteral("other.owpkg"))).path, QStringLiteral("不是本县"));
    }
    SECTION("this center's own export")
    {
        refused(exportTo(*county.db, county.file(QStringLiteral("own.owpkg"))).path, QStringLiteral("本中心自己"));
    }
    SECTION("a file that does not exist")
    {
        refused(town.file(QStringLiteral("missing.owpkg")), QStringLiteral("不存在"));
    }
}

TEST_CASE("after merging several townships, per-site figures equal each township's own")
{
    test::TempDatabase county;
    test::TempDatabase a(township());
    test::TempDatabase b(township(QStringLiteral("150824101"), QStringLiteral("乌加河镇社会治理中心")));
    test::registerSiteKey(*county.db, *a.db);
    test::registerSiteKey(*county.db, *b.db);
    addCases(*a.db, 1, 6);
    addCases(*b.db, 100, 4);
    importOk(*county.db, exportTo(*a.db, a.file(QStringLiteral("a.owpkg"))).path);
    importOk(*county.db, exportTo(*b.db, b.file(QStringLiteral("b.owpkg"))).path);

    CaseStore store(*county.db);
    for (auto* t : {&a, &b}) {
        CaseFilter site;
        site.site = t->db->siteCode();
        CaseFilter own;
        CHECK(store.count(site) == CaseStore(*t->db).count(own));
        CaseFilter ts;
        ts.township = t->db->siteCode();
        CHECK(store.count(ts) == CaseStore(*t->db).count(own));
    }
    CHECK(store.count(CaseFilter{}) == 10);
#ifdef OW_HAVE_REPORTS
    const QDate month = QDate::currentDate();
    auto whole = computeMonthlyReport(*county.db, month);
    auto ra = computeMonthlyReport(*a.db, month);
    auto rb = computeMonthlyReport(*b.db, month);
    REQUIRE(whole);
    REQUIRE(ra);
    REQUIRE(rb);
    CHECK(whole->totals.accepted == ra->totals.accepted + rb->totals.accepted);
    CHECK(whole->totals.closed == ra->totals.closed + rb->totals.closed);
    CHECK(whole->totals.resolved == ra->totals.resolved + rb->totals.resolved);
    CHECK(whole->totals.levelTownship == ra->totals.levelTownship + rb->totals.levelTownship);
    for (auto* t : {&a, &b}) {
        auto own = computeMonthlyReport(*t->db, month);
        auto scoped = computeMonthlyReport(*county.db, month, ReportScope{t->db->siteCode(), {}, {}});
        REQUIRE(own);
        REQUIRE(scoped);
        CHECK(scoped->totals.accepted == own->totals.accepted);
        CHECK(scoped->totals.closed == own->totals.closed);
        CHECK(scoped->totals.onTime == own->totals.onTime);
        qint64 byTownship = 0;
        for (const BreakdownRow& r : whole->byTownship)
            if (r.key == t->db->siteCode())
                byTownship = r.accepted;
        CHECK(byTownship == own->totals.accepted);
    }
#endif
}

TEST_CASE("onewindow-cli export and import: exit statuses and messages")
{
    // The programs open the township and the county themselves: a file's path or a server's URL.
    test::TempDatabase town(township());
    test::TempDatabase county;
    addCases(*town.db, 1, 3);
    test::registerSiteKey(*county.db, *town.db);
    const QString townPath = town.path;
    const QString countyPath = county.path;
    // A county file is closed here while they write, so that its bytes change only with what they
    // write (the last connection to close checkpoints the WAL into the file), and opened again to
    // read; a server's rows are compared through this process's connection.
    const bool file = !county.db->isServer();
    if (file)
        county.db.reset();
    auto countyState = [&] { return file ? test::fileHash(countyPath) : stateOf(county); };
    auto countyDb = [&]() -> DatabasePtr {
        if (!file)
            return county.db;
        auto opened = Database::open(countyPath, Database::Mode::OpenExisting);
        REQUIRE(opened);
        return *opened;
    };
    QTemporaryDir dir;
    const QString pkg = dir.filePath(QStringLiteral("town.owpkg"));
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    auto run = [&](const QString& db, QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        args << QStringLiteral("--lang") << QStringLiteral("zh_CN");
        return test::runProgram(cli, args);
    };
    auto ex = run(townPath, {QStringLiteral("export"), QStringLiteral("--out"), pkg});
    INFO(ex.err.toStdString());
    REQUIRE(ex.status == 0);
    CHECK(ex.out.contains(QStringLiteral("cases")));
    CHECK(run(townPath, {QStringLiteral("export")}).status == 2);
    CHECK(run(townPath, {QStringLiteral("export"), QStringLiteral("--out"), pkg, QStringLiteral("--since"),
                         QStringLiteral("May")})
              .status == 2);

    const QByteArray before = countyState();
    auto dry = run(countyPath, {QStringLiteral("import"), pkg, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.status == 0);
    CHECK(dry.out.contains(QStringLiteral("150824100")));
    CHECK(countyState() == before);

    auto first = run(countyPath, {QStringLiteral("import"), pkg});
    INFO(first.err.toStdString());
    CHECK(first.status == 0);
    CHECK(first.out.contains(QStringLiteral("登记")));
    // Ready for search, as after the window's import: every case has its search document (a file's
    // FTS table, a server's case_search).
    {
        const DatabasePtr db = countyDb();
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt() == 0);
        const QString docs = file ? QStringLiteral("search_docs") : QStringLiteral("case_search");
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(docs)).toInt() == 3);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 3);
    }

    const QByteArray merged = countyState();
    auto second = run(countyPath, {QStringLiteral("import"), pkg});
    CHECK(second.status == 0);
    CHECK(countyState() == merged);

    const QString junk = dir.filePath(QStringLiteral("junk.owpkg"));
    test::writeFile(junk, QByteArray(5000, 'x'));
    auto bad = run(countyPath, {QStringLiteral("import"), junk});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("junk.owpkg")));
    CHECK(countyState() == merged);
    CHECK(run(countyPath, {QStringLiteral("import")}).status == 2);
    CHECK(run(dir.filePath(QStringLiteral("none.sqlite")), {QStringLiteral("import"), pkg}).status == 3);
}

namespace {

// A county holding one conflict on the first of three cases: supervised here, re-summarised at the
// township. Returns the case ids; `pkg` is the package that brought the conflict.
QStringList withConflict(test::TempDatabase& town, test::TempDatabase& county, QString& pkg)
{
    const QStringList ids = addCases(*town.db, 1, 3);
    importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full.owpkg"))).path);
    execOk(*county.db, QStringLiteral("UPDATE cases SET supervised = 1, supervision_note = '县中心督办', row_version = "
                                      "row_version + 1, updated_at = '%1' WHERE id = '%2'")
                           .arg(utcNow(), ids[0]));
    execOk(*town.db, QStringLiteral("UPDATE cases SET summary = '镇里改写的摘要', row_version = row_version + 1, "
                                    "updated_at = '%1' WHERE id = '%2'")
                         .arg(utcNow(), ids[0]));
    pkg = exportTo(*town.db, town.file(QStringLiteral("second.owpkg"))).path;
    REQUIRE(importOk(*county.db, pkg).totalConflicts == 1);
    return ids;
}

QString caseColumn(Database& db, const QString& id, const QString& column)
{
    return scalar(db, QStringLiteral("SELECT %1 FROM cases WHERE id = '%2'").arg(column, id)).toString();
}

} // namespace

TEST_CASE("a conflict is resolved by keeping the county's version or taking the township's, on the record")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    QString pkg;
    const QStringList ids = withConflict(town, county, pkg);
    ConflictService conflicts(*county.db);
    auto open = conflicts.list();
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    const ConflictRecord c = open->first();
    CHECK(c.table == QStringLiteral("cases"));
    CHECK(c.caseNo == QStringLiteral("（2025）测试字第0001号"));
    CHECK(c.sourceSiteName == QStringLiteral("海流图镇社会治理中心"));
    CHECK(c.differingColumns().contains(QStringLiteral("summary")));
    CHECK(c.differingColumns().contains(QStringLiteral("supervision_note")));
    CHECK_FALSE(c.differingColumns().contains(QStringLiteral("row_version")));
    auto timeline = [&](const QString& action) {
        return scalar(*county.db, QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = '%1' AND action = "
                                                 "'%2' AND actor = 'system'")
                                      .arg(ids[0], action))
            .toInt();
    };

    SECTION("keep ours: nothing changes in the case, the same package stays quiet afterwards")
    {
        auto done = conflicts.resolve(c.id.left(8), ConflictService::Keep::Ours, QStringLiteral("system"));
        INFO(done.error().toStdString());
        REQUIRE(done);
        CHECK(done->resolution == QStringLiteral("kept_local"));
        CHECK(caseColumn(*county.db, ids[0], QStringLiteral("supervision_note")) == QStringLiteral("县中心督办"));
        CHECK(caseColumn(*county.db, ids[0], QStringLiteral("summary")) == QStringLiteral("邻里宅基地边界纠纷 1"));
        CHECK(timeline(QStringLiteral("conflict_kept_local")) == 1);
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'conflict_kept_local'"))
                  .toInt() == 1);
        CHECK(conflicts.list()->isEmpty());
        REQUIRE(conflicts.list(true)->size() == 1);
        CHECK(conflicts.list(true)->first().resolvedBy == QStringLiteral("system"));

        const QByteArray resolved = stateOf(county);
        const ImportPlan again = importOk(*county.db, pkg);
        CHECK_FALSE(again.committed);
        CHECK(again.totalConflicts == 0);
        CHECK(stateOf(county) == resolved);

        auto twice = conflicts.resolve(c.id, ConflictService::Keep::Theirs, QStringLiteral("system"));
        REQUIRE_FALSE(twice);
        CHECK(twice.error().contains(QStringLiteral("已")));
        CHECK(stateOf(county) == resolved);
    }
    SECTION("take theirs: the township's version replaces the case, later changes flow again")
    {
        auto done = conflicts.resolve(c.id, ConflictService::Keep::Theirs, QStringLiteral("system"));
        INFO(done.error().toStdString());
        REQUIRE(done);
        CHECK(done->resolution == QStringLiteral("took_incoming"));
        CHECK(caseColumn(*county.db, ids[0], QStringLiteral("summary")) == QStringLiteral("镇里改写的摘要"));
        CHECK(caseColumn(*county.db, ids[0], QStringLiteral("supervision_note")).isEmpty());
        CHECK(rows(*county.db, QStringLiteral("cases"), QStringLiteral("WHERE id = '%1'").arg(ids[0])) ==
              rows(*town.db, QStringLiteral("cases"), QStringLiteral("WHERE id = '%1'").arg(ids[0])));
        CHECK(timeline(QStringLiteral("conflict_took_incoming")) == 1);

        CHECK_FALSE(importOk(*county.db, pkg).committed);
        execOk(*town.db, QStringLiteral("UPDATE cases SET status = 'closed', ended_on = received_on, row_version = "
                                        "row_version + 1, updated_at = '%1' WHERE id = '%2'")
                             .arg(utcNow(), ids[0]));
        const ImportPlan third =
            importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("third.owpkg"))).path);
        CHECK(third.totalConflicts == 0);
        CHECK(tableOf(third, QStringLiteral("cases")).updated == 1);
        CHECK(caseColumn(*county.db, ids[0], QStringLiteral("status")) == QStringLiteral("closed"));
    }
    SECTION("take theirs is refused when the county changed the record again since")
    {
        execOk(*county.db, QStringLiteral("UPDATE cases SET supervision_note = '再次督办', row_version = row_version + "
                                          "1, updated_at = '%1' WHERE id = '%2'")
                               .arg(utcNow(), ids[0]));
        const QByteArray before = stateOf(county);
        auto refused = conflicts.resolve(c.id, ConflictService::Keep::Theirs, QStringLiteral("system"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains(QStringLiteral("再次")));
        CHECK(stateOf(county) == before);
        CHECK(conflicts.list()->size() == 1);
    }
    SECTION("unknown ids and users are refused")
    {
        CHECK_FALSE(
            conflicts.resolve(QStringLiteral("ffffffff"), ConflictService::Keep::Ours, QStringLiteral("system")));
        CHECK_FALSE(conflicts.resolve(QStringLiteral("ab"), ConflictService::Keep::Ours, QStringLiteral("system")));
        CHECK_FALSE(conflicts.resolve(c.id, ConflictService::Keep::Ours, QStringLiteral("nobody")));
        CHECK(conflicts.list()->size() == 1);
    }
}

TEST_CASE("onewindow-cli conflicts lists open conflicts and resolve settles one")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    QString pkg;
    const QStringList ids = withConflict(town, county, pkg);
    const QString id = ConflictService(*county.db).list()->first().id;
    const QString path = county.path; // the programs open the county themselves: a file's path or a server's URL
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    auto run = [&](QStringList args) {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        args << QStringLiteral("--lang") << QStringLiteral("zh_CN");
        return test::runProgram(cli, args);
    };
    auto json = run({QStringLiteral("conflicts"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    REQUIRE(json.status == 0);
    const QJsonArray arr = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(arr.size() == 1);
    CHECK(arr[0].toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(arr[0].toObject().value(QStringLiteral("incoming")).toObject().value(QStringLiteral("summary")).toString() ==
          QStringLiteral("镇里改写的摘要"));
    auto table = run({QStringLiteral("conflicts")});
    CHECK(table.out.contains(id.left(8)));
    CHECK(table.out.contains(QStringLiteral("镇里改写的摘要")));

    CHECK(run({QStringLiteral("resolve"), id}).status == 2);
    CHECK(run({QStringLiteral("resolve"), id, QStringLiteral("--keep"), QStringLiteral("mine")}).status == 2);
    auto resolved = run({QStringLiteral("resolve"), id.left(8), QStringLiteral("--keep"), QStringLiteral("theirs")});
    INFO(resolved.err.toStdString());
    CHECK(resolved.status == 0);
    CHECK(resolved.out.contains(id.left(8)));
    CHECK(run({QStringLiteral("resolve"), id, QStringLiteral("--keep"), QStringLiteral("ours")}).status == 1);
    CHECK(QJsonDocument::fromJson(
              run({QStringLiteral("conflicts"), QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8())
              .array()
              .isEmpty());
    CHECK(caseColumn(*county.db, ids[0], QStringLiteral("summary")) == QStringLiteral("镇里改写的摘要"));
}

TEST_CASE("after merging a township, intake's repeat-visitor lookup finds the ID number from the other site")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    addCases(*town.db, 1, 1);
    execOk(*town.db,
           QStringLiteral("UPDATE parties SET id_number = '150824198001010010', row_version = row_version + 1 "
                          "WHERE role = 'applicant'"));
    importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full.owpkg"))).path);
    const QList<RepeatMatch> found =
        IntakeService(*county.db).findRepeats(QStringLiteral("150824198001010010"), {}, {}, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].caseNo == QStringLiteral("（2025）测试字第0001号"));
    CHECK(found[0].matchedBy == QStringLiteral("id_number"));
    CHECK(scalar(*county.db, QStringLiteral("SELECT site_code FROM cases WHERE id = '%1'").arg(found[0].caseId))
              .toString() == QStringLiteral("150824100"));
    // A different ID number finds nothing: the match is not by chance.
    CHECK(IntakeService(*county.db).findRepeats(QStringLiteral("11010519491231002X"), {}, {}, {}).isEmpty());
}

TEST_CASE(
    "a party removed at the township is removed at the county by the next full package, not by an incremental one")
{
    test::TempDatabase town(township());
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    const QStringList ids = addCases(*town.db, 1, 2);
    importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full.owpkg"))).path);
    const QString respondent =
        scalar(*town.db,
               QStringLiteral("SELECT id FROM parties WHERE case_id = '%1' AND role = 'respondent'").arg(ids[0]))
            .toString();
    REQUIRE_FALSE(respondent.isEmpty());
    // As the case editor does: the row goes, the timeline says so.
    execOk(*town.db, QStringLiteral("DELETE FROM parties WHERE id = '%1'").arg(respondent));
    auto countyHas = [&](const QString& id) {
        return scalar(*county.db, QStringLiteral("SELECT count(*) FROM parties WHERE id = '%1'").arg(id)).toInt();
    };

    // An incremental package cannot tell a deletion: the county keeps the row.
    const ImportPlan since =
        importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("since.owpkg")),
                                      ExportOptions::Range::SinceDate, QDate::currentDate().addDays(-1))
                                 .path);
    CHECK(tableOf(since, QStringLiteral("parties")).deleted == 0);
    CHECK(countyHas(respondent) == 1);

    SECTION("the full package deletes it, once")
    {
        const QString pkg = exportTo(*town.db, town.file(QStringLiteral("full2.owpkg"))).path;
        auto preview = PackageImporter(*county.db).preview(pkg);
        REQUIRE(preview);
        CHECK(tableOf(*preview, QStringLiteral("parties")).deleted == 1);
        const ImportPlan plan = importOk(*county.db, pkg);
        CHECK(plan.committed);
        CHECK(tableOf(plan, QStringLiteral("parties")).deleted == 1);
        CHECK(countyHas(respondent) == 0);
        CHECK(rows(*county.db, QStringLiteral("parties")) == rows(*town.db, QStringLiteral("parties")));
        const QByteArray after = stateOf(county);
        CHECK_FALSE(importOk(*county.db, pkg).committed);
        CHECK(stateOf(county) == after);
    }
    SECTION("a row the county edited since is kept")
    {
        execOk(*county.db, QStringLiteral("UPDATE parties SET phone = '13900000000', row_version = row_version + 1, "
                                          "updated_at = '%1' WHERE id = '%2'")
                               .arg(utcNow(), respondent));
        const ImportPlan plan = importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full3.owpkg"))).path);
        CHECK(tableOf(plan, QStringLiteral("parties")).deleted == 0);
        CHECK(countyHas(respondent) == 1);
    }
    SECTION("the county's own rows of other sites are never touched")
    {
        test::TempDatabase other(township(QStringLiteral("150824101"), QStringLiteral("德岭山镇社会治理中心")));
        test::registerSiteKey(*county.db, *other.db);
        addCases(*other.db, 50, 1);
        importOk(*county.db, exportTo(*other.db, other.file(QStringLiteral("other.owpkg"))).path);
        const int before = scalar(*county.db, QStringLiteral("SELECT count(*) FROM parties")).toInt();
        const ImportPlan plan = importOk(*county.db, exportTo(*town.db, town.file(QStringLiteral("full4.owpkg"))).path);
        CHECK(tableOf(plan, QStringLiteral("parties")).deleted == 1);
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM parties")).toInt() == before - 1);
    }
}
