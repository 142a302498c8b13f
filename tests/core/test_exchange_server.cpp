// Consolidation into a county center on either store: a township's file exports a package, the
// county (TempDatabase: a file, or a database on the test cluster with OW_TEST_STORE=postgres)
// imports it, and the county then holds, counts, finds and audits the township's cases exactly as a
// county file does (docs/postgresql.md, "Consolidation on a server").
#include "support/catch.h"
#include "support/exchange_steps.h"
#include "support/fixtures.h"

#include "exchange/conflicts.h"
#include "exchange/package_export.h"
#include "exchange/package_import.h"
#include "mediation/attachments.h"
#include "reports/monthly_report.h"
#include "security/signing_keys.h"
#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "storage/row_audit.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace ow;
using test::execOk;
using test::importOk;
using test::scalar;
using test::stateOf;
using test::tableOf;

namespace {

const QString kTown = QStringLiteral("150824100");

// Cases of the township with two parties, a milestone and a timeline event each.
void addCases(Database& db, int count)
{
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    CaseWriter writer(db);
    for (int n = 1; n <= count; ++n) {
        CaseRecord c;
        c.caseNo = QStringLiteral("（2025）测试字第%1号").arg(n, 4, 10, QLatin1Char('0'));
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = QStringLiteral("neighbor");
        c.townshipCode = kTown;
        c.summary = QStringLiteral("邻里宅基地边界纠纷 %1").arg(n);
        c.status = n % 2 ? QStringLiteral("closed") : QStringLiteral("in_progress");
        c.receivedOn = QDate::currentDate().addDays(-(n % 20));
        c.filedOn = c.receivedOn;
        if (n % 2) {
            c.endedOn = c.receivedOn;
            c.outcome = QStringLiteral("mediated");
            c.resolutionLevel = QStringLiteral("township");
        }
        for (const char* role : {"applicant", "respondent"})
            c.parties << Party{{},
                               QString::fromLatin1(role),
                               QStringLiteral("person"),
                               QStringLiteral("张建国%1").arg(n),
                               {},
                               {},
                               QStringLiteral("13800000000"),
                               {},
                               {}};
        Milestone m;
        m.milestone = QStringLiteral("handling");
        m.counting = QStringLiteral("calendar");
        m.days = 30;
        m.startsOn = c.receivedOn;
        m.dueOn = c.receivedOn.addDays(30);
        c.milestones << m;
        c.timeline << TimelineEvent{{}, QStringLiteral("system"), QStringLiteral("filed"), QStringLiteral("登记")};
        REQUIRE(writer.insert(c));
    }
    REQUIRE(tx.commit());
}

QString exportFull(Database& db, const QString& path)
{
    QFile::remove(path);
    ExportOptions o;
    o.outPath = path;
    o.range = ExportOptions::Range::Full;
    o.actor = QStringLiteral("镇管理员");
    auto r = exportPackage(db, o);
    INFO(r.error().toStdString());
    REQUIRE(r);
    return r->path;
}

// The township's rows of a table as both stores read them back.
QStringList rowsOf(Database& db, const QString& table, const QString& columns)
{
    QStringList out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE site_code = '%3' ORDER BY id").arg(columns, table, kTown)));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

// Edits a package with plain SQL, as someone with an SQLite tool would.
void editPackage(const QString& path, const QString& statement)
{
    const QString name = QStringLiteral("edit-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(statement));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The one open conflict, on case 0002 (`rowId`), is listed with its case (also by onewindow-cli) and
// settled by taking the township's version; the next package then finds the row as the township has it.
void takeTheirs(test::TempDatabase& county, Database& town, const QString& rowId, const QString& afterPath)
{
    ConflictService conflicts(*county.db);
    auto open = conflicts.list();
    INFO(open.error().toStdString());
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().rowId == rowId);
    CHECK(open->first().caseNo == QStringLiteral("（2025）测试字第0002号"));
    const test::Run listed = test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                                              {QStringLiteral("--db"), county.path, QStringLiteral("conflicts")});
    INFO(listed.err.toStdString());
    CHECK(listed.status == 0);
    CHECK(listed.out.contains(QStringLiteral("（2025）测试字第0002号")));
    auto taken = conflicts.resolve(open->first().id.left(8), ConflictService::Keep::Theirs, QStringLiteral("system"));
    INFO(taken.error().toStdString());
    REQUIRE(taken);
    CHECK(scalar(*county.db, QStringLiteral("SELECT summary FROM cases WHERE id = '%1'").arg(rowId)).toString() ==
          QStringLiteral("镇里改过"));
    CHECK(conflicts.list()->isEmpty());
    const ImportPlan after = importOk(*county.db, exportFull(town, afterPath));
    CHECK_FALSE(after.committed);
    CHECK(after.total().conflicting == 0);
}

} // namespace

TEST_CASE("a township's package consolidates into the county on either store, once, and only untampered")
{
    QTemporaryDir dir;
    auto townDb = createDatabase(dir.filePath(QStringLiteral("town.sqlite")),
                                 {kTown, QStringLiteral("海流图镇社会治理中心"), QStringLiteral("township"), {}});
    REQUIRE(townDb);
    Database& town = **townDb;
    test::TempDatabase county;
    REQUIRE(county.db->isServer() == test::serverStore());
    test::registerSiteKey(*county.db, town);
    addCases(town, 30);
    const QString pkg = exportFull(town, dir.filePath(QStringLiteral("town.owpkg")));

    const ImportPlan first = importOk(*county.db, pkg);
    CHECK(first.committed);
    CHECK(tableOf(first, QStringLiteral("cases")).added == 30);
    CHECK(tableOf(first, QStringLiteral("parties")).added == 60);
    const QString caseColumns = QStringLiteral("id, case_no, summary, status, received_on, row_version, updated_at");
    CHECK(rowsOf(*county.db, QStringLiteral("cases"), caseColumns) ==
          rowsOf(town, QStringLiteral("cases"), caseColumns));
    CHECK(rowsOf(*county.db, QStringLiteral("parties"), QStringLiteral("id, case_id, name, row_version")) ==
          rowsOf(town, QStringLiteral("parties"), QStringLiteral("id, case_id, name, row_version")));
    // Queued for the search index, audited, every row covered by the import's entry.
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt() == 30);
    CHECK(
        scalar(*county.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import_package'")).toInt() ==
        1);
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM site_audit_heads WHERE site_code = '150824100'"))
              .toInt() == 1);
    const rowaudit::Coverage coverage = rowaudit::findUncovered(*county.db);
    CHECK(coverage.error.isEmpty());
    CHECK(coverage.total == 0);

    // The county finds them and its report counts them as the township's own does.
    CaseFilter byNumber;
    byNumber.search = QStringLiteral("测试字第0007号");
    CHECK(CaseStore(*county.db).count(byNumber) == 1);
    CHECK(CaseStore(*county.db).count(CaseFilter{}) == 30);
    auto whole = computeMonthlyReport(*county.db, QDate::currentDate());
    auto own = computeMonthlyReport(town, QDate::currentDate());
    REQUIRE(whole);
    REQUIRE(own);
    CHECK(whole->totals.accepted == own->totals.accepted);
    CHECK(whole->totals.closed == own->totals.closed);

    SECTION("the same package again changes nothing")
    {
        const QByteArray before = stateOf(county);
        const ImportPlan again = importOk(*county.db, pkg);
        CHECK_FALSE(again.committed);
        CHECK(again.total().unchanged == again.total().incoming);
        CHECK_FALSE(again.previouslyImportedAt.isEmpty());
        CHECK(stateOf(county) == before);
    }
    SECTION("a tampered package is refused with the county unchanged")
    {
        const QString bad = dir.filePath(QStringLiteral("bad.owpkg"));
        REQUIRE(QFile::copy(pkg, bad));
        QString expected;
        SECTION("one value changed")
        {
            editPackage(bad, QStringLiteral("UPDATE cases SET summary = summary || '改' WHERE case_no LIKE '%0003%'"));
            expected = QCoreApplication::translate("Exchange", "The content of %1 was changed after export (the "
                                                               "checksum does not match). It is refused; ask the "
                                                               "township for a new export.")
                           .arg(QStringLiteral("bad.owpkg"));
        }
        SECTION("a forged signature")
        {
            editPackage(bad, QStringLiteral("UPDATE manifest SET value = '%1' WHERE key = 'signature'")
                                 .arg(QString::fromLatin1(QByteArray(64, 'x').toBase64())));
            auto key = keys::currentKey(town);
            REQUIRE(key);
            expected =
                QCoreApplication::translate(
                    "Exchange", "The signature of the package %1 from %2 (key %3) does not match its content: it was "
                                "changed after it was signed. It is refused; ask the township for a new export.")
                    .arg(QStringLiteral("bad.owpkg"), QStringLiteral("海流图镇社会治理中心 (150824100)"),
                         keys::groupedFingerprint(keys::fingerprintOf(key->publicKey)));
        }
        const QByteArray before = stateOf(county);
        auto refused = PackageImporter(*county.db).import(bad, QStringLiteral("县管理员"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error() == expected);
        CHECK(stateOf(county) == before);
    }
    SECTION("later changes merge: an update, a conflict, a deletion")
    {
        QStringList ids;
        QSqlQuery q(town.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY case_no")));
        while (q.next())
            ids << q.value(0).toString();
        const QString later = QStringLiteral("2099-01-01T00:00:00.000Z");
        // Case 1 changed at the township only; case 2 at both ends; a party of case 3 removed.
        for (int i : {0, 1})
            execOk(town, QStringLiteral("UPDATE cases SET summary = '镇里改过', row_version = row_version + 1, "
                                        "updated_at = '%1' WHERE id = '%2'")
                             .arg(later, ids[i]));
        execOk(town, QStringLiteral("DELETE FROM parties WHERE case_id = '%1' AND role = 'respondent'").arg(ids[2]));
        {
            WriteTransaction tx(*county.db);
            REQUIRE(tx.active());
            execOk(*county.db, QStringLiteral("UPDATE cases SET summary = '县里改过', row_version = row_version + 1, "
                                              "updated_at = '%1' WHERE id = '%2'")
                                   .arg(later, ids[1]));
            REQUIRE(tx.commit());
        }
        const ImportPlan next = importOk(*county.db, exportFull(town, dir.filePath(QStringLiteral("next.owpkg"))));
        CHECK(tableOf(next, QStringLiteral("cases")).updated == 1);
        CHECK(tableOf(next, QStringLiteral("cases")).conflicting == 1);
        CHECK(tableOf(next, QStringLiteral("parties")).deleted == 1);
        CHECK(scalar(*county.db, QStringLiteral("SELECT summary FROM cases WHERE id = '%1'").arg(ids[0])).toString() ==
              QStringLiteral("镇里改过"));
        CHECK(scalar(*county.db, QStringLiteral("SELECT summary FROM cases WHERE id = '%1'").arg(ids[1])).toString() ==
              QStringLiteral("县里改过"));
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL AND row_id = "
                                                "'%1'")
                                     .arg(ids[1]))
                  .toInt() == 1);
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM parties WHERE case_id = '%1'").arg(ids[2]))
                  .toInt() == 1);
        CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM exchange_base WHERE row_id = '%1'").arg(ids[0]))
                  .toInt() == 0);
        // Again: the conflict is known, nothing else is new.
        const ImportPlan again = importOk(*county.db, exportFull(town, dir.filePath(QStringLiteral("again.owpkg"))));
        CHECK_FALSE(again.committed);
        CHECK(again.total().knownConflicts == 1);

        takeTheirs(county, town, ids[1], dir.filePath(QStringLiteral("after.owpkg")));
    }
}

TEST_CASE("onewindow-cli import merges a township's package into the county on either store")
{
    QTemporaryDir dir;
    auto townDb = createDatabase(dir.filePath(QStringLiteral("town.sqlite")),
                                 {kTown, QStringLiteral("海流图镇社会治理中心"), QStringLiteral("township"), {}});
    REQUIRE(townDb);
    test::TempDatabase county;
    addCases(**townDb, 5);
    const QString pkg = exportFull(**townDb, dir.filePath(QStringLiteral("town.owpkg")));
    auto run = [&](QStringList args) {
        args = QStringList{QStringLiteral("--db"), county.path} + args;
        args << QStringLiteral("--lang") << QStringLiteral("zh_CN");
        return test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")), args);
    };
    // The county's administrator registers the township's key with the command line, on either store.
    auto townKey = keys::currentKey(**townDb);
    REQUIRE(townKey);
    const test::Run added =
        run({QStringLiteral("keys"), QStringLiteral("add"), kTown, keys::publicKeyText(townKey->publicKey)});
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);
    const test::Run listed = run({QStringLiteral("keys"), QStringLiteral("list")});
    CHECK(listed.out.contains(kTown));
    CHECK(listed.out.contains(keys::groupedFingerprint(townKey->fingerprint)));

    // Another process writes the county: what changed is read back (a file's bytes move with the
    // checkpoints of the command's connection).
    auto imports = [&] {
        return scalar(*county.db, QStringLiteral("SELECT count(*) FROM import_log")).toInt() * 1000 +
               scalar(*county.db, QStringLiteral("SELECT count(*) FROM cases")).toInt();
    };
    const test::Run dry = run({QStringLiteral("import"), pkg, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.status == 0);
    CHECK(dry.out.contains(QStringLiteral("150824100")));
    CHECK(imports() == 0);

    const test::Run first = run({QStringLiteral("import"), pkg});
    INFO(first.err.toStdString());
    REQUIRE(first.status == 0);
    CHECK(first.out.contains(
        QCoreApplication::translate("Cli", "First package from site %1: it is registered as a township of this county.")
            .arg(kTown)));
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 5);
    // Indexed for search by the command, as after the window's import.
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt() == 0);

    const test::Run second = run({QStringLiteral("import"), pkg});
    CHECK(second.status == 0);
    CHECK(second.out.contains(QCoreApplication::translate(
        "Cli", "Nothing to import: every record of this package is already here; nothing was changed.")));
    CHECK(imports() == 1005);

    const QString junk = dir.filePath(QStringLiteral("junk.owpkg"));
    test::writeFile(junk, QByteArray(5000, 'x'));
    const test::Run bad = run({QStringLiteral("import"), junk});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("junk.owpkg")));
    CHECK(imports() == 1005);
}

TEST_CASE("a township center on either store exports a package that a county file imports")
{
    test::TempDatabase town({kTown, QStringLiteral("海流图镇社会治理中心"), QStringLiteral("township"), {}});
    REQUIRE(town.db->isServer() == test::serverStore());
    QTemporaryDir dir;
    auto countyDb = createDatabase(dir.filePath(QStringLiteral("county.sqlite")), sampleSite());
    REQUIRE(countyDb);
    Database& county = **countyDb;
    test::registerSiteKey(county, *town.db);
    // Written a year before the exports, so that "since the last export" leaves them out.
    const QByteArray bytes = QByteArray("%PDF-1.4\n") + QByteArray("\x00\xff\t\\x", 5);
    QString firstCase;
    {
        test::FixedClock before(QDateTime::currentDateTimeUtc().addYears(-1));
        addCases(*town.db, 20);
        firstCase =
            scalar(*town.db, QStringLiteral("SELECT min(id) FROM cases WHERE status = 'in_progress'")).toString();
    }

    // Bytes that text would mangle: NUL, 0xFF, a tab, a backslash.
    auto added = AttachmentService(*town.db).add(firstCase, QStringLiteral("借条"), QStringLiteral("evidence"),
                                                 QStringLiteral("jt.pdf"), bytes, QStringLiteral("system"));
    INFO(added.error().toStdString());
    REQUIRE(added);
    const QString pkg = exportFull(*town.db, dir.filePath(QStringLiteral("town.owpkg")));
    const ImportPlan first = importOk(county, pkg);
    CHECK(tableOf(first, QStringLiteral("cases")).added == 20);
    CHECK(tableOf(first, QStringLiteral("parties")).added == 40);
    CHECK(tableOf(first, QStringLiteral("attachments")).added == 1);
    const QString caseColumns = QStringLiteral("id, case_no, summary, status, received_on, row_version, updated_at");
    CHECK(rowsOf(county, QStringLiteral("cases"), caseColumns) ==
          rowsOf(*town.db, QStringLiteral("cases"), caseColumns));
    CHECK(rowsOf(county, QStringLiteral("parties"), QStringLiteral("id, case_id, name, row_version")) ==
          rowsOf(*town.db, QStringLiteral("parties"), QStringLiteral("id, case_id, name, row_version")));
    CHECK(scalar(county, QStringLiteral("SELECT data FROM attachments")).toByteArray() == bytes);
    CHECK(scalar(*town.db, QStringLiteral("SELECT count(*) FROM export_log")).toInt() == 1);
    CHECK(scalar(*town.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_package'")).toInt() ==
          1);

    // Since the last export: a changed party, with its unchanged case (the county must know it) and
    // the attachment written after the cases.
    {
        WriteTransaction tx(*town.db);
        REQUIRE(tx.active());
        execOk(*town.db, QStringLiteral("UPDATE parties SET name = '张建国改', row_version = row_version + 1, "
                                        "updated_at = '2099-01-01T00:00:00.000Z' WHERE case_id = '%1' AND role = "
                                        "'applicant'")
                             .arg(firstCase));
        REQUIRE(tx.commit());
    }
    ExportOptions o;
    o.outPath = dir.filePath(QStringLiteral("since.owpkg"));
    o.range = ExportOptions::Range::SinceLastExport;
    auto since = exportPackage(*town.db, o);
    INFO(since.error().toStdString());
    REQUIRE(since);
    CHECK(since->rangeKind == QStringLiteral("since_last_export"));
    CHECK(since->rows(QStringLiteral("parties")) == 1);
    CHECK(since->rows(QStringLiteral("cases")) == 1);
    CHECK(since->rows(QStringLiteral("attachments")) == 1);
    const ImportPlan next = importOk(county, since->path);
    CHECK(tableOf(next, QStringLiteral("parties")).updated == 1);
    CHECK(tableOf(next, QStringLiteral("cases")).unchanged == 1);
    CHECK(scalar(county,
                 QStringLiteral("SELECT name FROM parties WHERE case_id = '%1' AND role = 'applicant'").arg(firstCase))
              .toString() == QStringLiteral("张建国改"));

    // The same with onewindow-cli.
    const test::Run cli = test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                                           {QStringLiteral("--db"), town.path, QStringLiteral("export"),
                                            QStringLiteral("--out"), dir.filePath(QStringLiteral("cli.owpkg"))});
    INFO(cli.err.toStdString());
    CHECK(cli.status == 0);
    const ImportPlan viaCli = importOk(county, dir.filePath(QStringLiteral("cli.owpkg")));
    CHECK_FALSE(viaCli.committed);
    CHECK(viaCli.total().unchanged == viaCli.total().incoming);
}
