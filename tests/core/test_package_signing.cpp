// Signed packages: every kind of forged or altered township package is refused with a message
// naming the site and the key, the county database unchanged byte for byte; registration,
// revocation and rotation of township keys; the `keys` command.
#include "support/catch.h"
#include "support/exchange_steps.h"
#include "support/fixtures.h"

#include "exchange/package_export.h"
#include "exchange/package_format.h"
#include "exchange/package_import.h"
#include "security/signing_keys.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace ow;

namespace {

SiteSetup township(const QString& code, const QString& name)
{
    return {code, name, QStringLiteral("township"), QString()};
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString exportFull(Database& db, const QString& path)
{
    ExportOptions o;
    o.outPath = path;
    auto r = exportPackage(db, o);
    INFO(r.error().toStdString());
    REQUIRE(r);
    return path;
}

void importOk(Database& db, const QString& path)
{
    auto r = PackageImporter(db).import(path, QStringLiteral("system"));
    INFO(r.error().toStdString());
    REQUIRE(r);
}

// Plain SQL on a package file, as anyone with an SQLite tool could.
void edit(const QString& path, const QStringList& statements)
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
}

// What a forger without the township's key can do: edit, then recompute the SHA-256 checksum.
void editAndRecomputeChecksum(const QString& path, const QStringList& statements)
{
    edit(path, statements);
    test::PackageFile pkg(path);
    sqlite3* h = pkg.handle();
    auto sum = package::contentChecksum(h, QStringLiteral("main"),
                                        pkg.manifest(QStringLiteral("tables")).split(QLatin1Char(',')));
    REQUIRE(sum);
    package::Statement st(h, QStringLiteral("UPDATE manifest SET value = ? WHERE key = 'checksum'"));
    st.bind(1, *sum);
    REQUIRE(st.run());
}

QString fingerprintOf(Database& db)
{
    auto k = keys::currentKey(db);
    REQUIRE(k);
    return keys::groupedFingerprint(k->fingerprint);
}

struct Setup
{
    test::TempDatabase county;
    test::TempDatabase a{township(QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"))};
    test::TempDatabase b{township(QStringLiteral("150824101"), QStringLiteral("乌加河镇社会治理中心"))};
    Setup()
    {
        test::addCase(*a.db, QStringLiteral("（2025）海字第0001号"));
        test::addCase(*a.db, QStringLiteral("（2025）海字第0002号"));
        test::addCase(*b.db, QStringLiteral("（2025）乌字第0001号"));
    }
    QString fresh(const QString& name) { return exportFull(*a.db, a.file(name)); }
};

// Refused with all of `expected` in the message, the county unchanged: its file and WAL, or every
// table of its server database.
void refused(test::TempDatabase& county, const QString& path, const QStringList& expected)
{
    const QByteArray before = test::stateOf(county);
    const int cases = scalar(*county.db, QStringLiteral("SELECT count(*) FROM cases")).toInt();
    auto r = PackageImporter(*county.db).import(path, QStringLiteral("system"));
    REQUIRE_FALSE(r);
    INFO(r.error().toStdString());
    for (const QString& e : expected)
        CHECK(r.error().contains(e));
    CHECK(test::stateOf(county) == before);
    CHECK(scalar(*county.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == cases);
}

} // namespace

TEST_CASE("a package is signed with its site's key and the manifest names site, key and signature")
{
    Setup s;
    const QString pkg = s.fresh(QStringLiteral("a.owpkg"));
    const test::PackageFile sealed(pkg);
    auto value = [&](const char* key) { return sealed.manifest(QString::fromLatin1(key)); };
    auto own = keys::currentKey(*s.a.db);
    REQUIRE(own);
    CHECK(value("site_code") == QStringLiteral("150824100"));
    CHECK(value("signer_key") == keys::publicKeyText(own->publicKey));
    CHECK(value("signer_fingerprint") == own->fingerprint);
    const QByteArray signature = QByteArray::fromBase64(value("signature").toLatin1());
    CHECK(keys::verify(own->publicKey, package::signedMessage(value("checksum")), signature));
    CHECK_FALSE(keys::verify(own->publicKey, package::signedMessage(value("checksum").replace(0, 1, QLatin1Char('x'))),
                             signature));
    // The secret key is a file only its owner may read, outside the database.
    const QString file = keys::keyDirectory() + QStringLiteral("/") + own->fingerprint + QStringLiteral(".key");
    REQUIRE(QFileInfo::exists(file));
    CHECK(QFileInfo(file).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Nor is it in the database: no table has a column for it (on a server, none of its schema's).
    const QString columns = s.a.db->isServer()
                                ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                                 "current_schema() AND column_name LIKE '%secret%'")
                                : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%secret%'");
    const QVariant secretColumns = scalar(*s.a.db, columns);
    REQUIRE(secretColumns.isValid());
    CHECK(secretColumns.toInt() == 0);
}

TEST_CASE("a package signed with a key not registered for its site is refused")
{
    Setup s;
    test::registerSiteKey(*s.county.db, *s.b.db);
    const QString fpA = fingerprintOf(*s.a.db);
    SECTION("1 unregistered key")
    {
        refused(s.county, s.fresh(QStringLiteral("bad.owpkg")), {QStringLiteral("150824100"), fpA});
    }
    SECTION("2 a key registered to another site")
    {
        auto key = keys::currentKey(*s.a.db);
        REQUIRE(keys::registerKey(*s.county.db, QStringLiteral("150824102"), keys::publicKeyText(key->publicKey),
                                  QStringLiteral("system")));
        refused(s.county, s.fresh(QStringLiteral("bad.owpkg")),
                {QStringLiteral("150824100"), QStringLiteral("150824102"), fpA});
    }
}

TEST_CASE("forged and altered packages are refused, naming the site and the key")
{
    Setup s;
    test::registerSiteKey(*s.county.db, *s.b.db);
    test::registerSiteKey(*s.county.db, *s.a.db);
    const QString fpA = fingerprintOf(*s.a.db);
    const QString bad = s.fresh(QStringLiteral("bad.owpkg"));

    SECTION("3 edited rows, checksum recomputed")
    {
        editAndRecomputeChecksum(bad, {QStringLiteral("UPDATE cases SET summary = '改过的摘要'")});
        refused(s.county, bad, {QStringLiteral("签名"), fpA, QStringLiteral("150824100")});
    }
    SECTION("4 a bad signature")
    {
        edit(bad, {QStringLiteral("UPDATE manifest SET value = CASE WHEN value LIKE 'A%' THEN 'B' ELSE 'A' END || "
                                  "substr(value, 2) WHERE key = 'signature'")});
        refused(s.county, bad, {QStringLiteral("签名"), fpA});
    }
    SECTION("5 no signature at all")
    {
        editAndRecomputeChecksum(bad,
                                 {QStringLiteral("DELETE FROM manifest WHERE key IN ('signature', 'signer_key')")});
        refused(s.county, bad, {QStringLiteral("未签名"), QStringLiteral("150824100")});
    }
    SECTION("6 another township's identity")
    {
        // A relabels its package as B's (and signs it): B's key is registered, A's key is A's.
        edit(bad, {QStringLiteral("UPDATE manifest SET value = '150824101' WHERE key IN ('site_code', "
                                  "'site_division')"),
                   QStringLiteral("UPDATE manifest SET value = '乌加河镇社会治理中心' WHERE key = 'site_name'"),
                   QStringLiteral("UPDATE cases SET site_code = '150824101'")});
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("150824101"), QStringLiteral("150824100"), fpA});
    }
    SECTION("7 rows written by another township inside a signed package")
    {
        edit(bad, {QStringLiteral("UPDATE parties SET site_code = '150824101'")});
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("parties"), QStringLiteral("150824101")});
    }
    SECTION("8 a case carrying the county's own site code")
    {
        edit(bad, {QStringLiteral("UPDATE cases SET site_code = '150824' WHERE rowid = 1")});
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("本县自己"), QStringLiteral("150824")});
    }
    SECTION("9 an overwrite of another township's case")
    {
        importOk(*s.county.db, exportFull(*s.b.db, s.b.file(QStringLiteral("b.owpkg"))));
        const QString victim = scalar(*s.county.db, QStringLiteral("SELECT id FROM cases WHERE site_code = "
                                                                   "'150824101'"))
                                   .toString();
        QStringList statements;
        const QString old = QStringLiteral("(SELECT id FROM cases WHERE rowid = 1)");
        for (const char* t : {"parties", "case_events", "milestones", "case_departments", "case_transfers"})
            statements << QStringLiteral("UPDATE %1 SET case_id = '%2' WHERE case_id = %3")
                              .arg(QString::fromLatin1(t), victim, old);
        statements << QStringLiteral("UPDATE cases SET id = '%1', summary = '篡改' WHERE rowid = 1").arg(victim);
        edit(bad, statements);
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {victim, QStringLiteral("150824101")});
        CHECK(scalar(*s.county.db, QStringLiteral("SELECT summary FROM cases WHERE id = '%1'").arg(victim)) !=
              QStringLiteral("篡改"));
    }
    SECTION("10 party deletions through a forged full package")
    {
        importOk(*s.county.db, bad);
        const int parties = scalar(*s.county.db, QStringLiteral("SELECT count(*) FROM parties")).toInt();
        REQUIRE(parties == 2);
        editAndRecomputeChecksum(bad, {QStringLiteral("DELETE FROM parties"),
                                       QStringLiteral("UPDATE manifest SET value = '0' WHERE key = 'rows.parties'")});
        refused(s.county, bad, {QStringLiteral("签名"), fpA});
        CHECK(scalar(*s.county.db, QStringLiteral("SELECT count(*) FROM parties")).toInt() == parties);
    }
    SECTION("11 a row-version freeze")
    {
        importOk(*s.county.db, bad);
        editAndRecomputeChecksum(bad, {QStringLiteral("UPDATE cases SET row_version = 9223372036854775807, "
                                                      "updated_at = '9999-12-31T00:00:00.000Z'")});
        refused(s.county, bad, {QStringLiteral("签名"), fpA});
    }
    SECTION("12 a text row version, even signed")
    {
        edit(bad, {QStringLiteral("UPDATE cases SET row_version = 'zzz' WHERE rowid = 1")});
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("row_version"), QStringLiteral("'zzz'")});
    }
    const QString caseId = QStringLiteral("(SELECT id FROM cases WHERE rowid = 1)");
    auto attachment = [&](const QString& name, const QString& data) {
        return QStringList{
            QStringLiteral("INSERT INTO attachments(id, case_id, title, kind, file_name, mime, size, sha256, data, "
                           "actor, site_code, created_at, updated_at, row_version) SELECT '%1', %2, '发票', "
                           "'evidence', '%3', 'application/pdf', length(d), '00', d, 'system', '150824100', "
                           "'2025-05-07T01:02:03.000Z', '2025-05-07T01:02:03.000Z', 1 FROM (SELECT %4 AS d)")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), caseId, name, data),
            QStringLiteral("UPDATE manifest SET value = (SELECT count(*) FROM attachments) WHERE key = "
                           "'rows.attachments'")};
    };
    SECTION("13 an attachment named invoice.pdf.exe with an ELF body")
    {
        edit(bad, attachment(QStringLiteral("invoice.pdf.exe"), QStringLiteral("X'7F454C4602010100000000000000'")));
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("invoice.pdf.exe"), QStringLiteral("PDF")});
    }
    SECTION("14 a 100 MiB attachment, past the 20 MB limit")
    {
        edit(bad, attachment(QStringLiteral("scan.pdf"), QStringLiteral("zeroblob(104857600)")));
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("scan.pdf"), QStringLiteral("100.0"), QStringLiteral("20")});
    }
    SECTION("15 a vocabulary code the county does not know")
    {
        edit(bad, {QStringLiteral("UPDATE cases SET category_code = 'bogus' WHERE rowid = 1")});
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("cases")});
    }
    SECTION("16 a row hung on a case that is not in the package")
    {
        importOk(*s.county.db, exportFull(*s.b.db, s.b.file(QStringLiteral("b.owpkg"))));
        const QString victim = scalar(*s.county.db, QStringLiteral("SELECT id FROM cases WHERE site_code = "
                                                                   "'150824101'"))
                                   .toString();
        edit(bad, {QStringLiteral("UPDATE parties SET case_id = '%1' WHERE rowid = 1").arg(victim)});
        test::resealPackage(bad, *s.a.db);
        refused(s.county, bad, {QStringLiteral("parties"), QStringLiteral("case_id")});
    }
}

TEST_CASE("a revoked key is refused from its revocation on; a rotated key keeps older packages verifiable")
{
    Setup s;
    test::registerSiteKey(*s.county.db, *s.a.db);
    const QString oldFp = fingerprintOf(*s.a.db);
    const QString before = s.fresh(QStringLiteral("before.owpkg"));

    // The township rotates its key: the county registers the new one beside the old.
    auto rotated = keys::rotate(*s.a.db, QStringLiteral("system"));
    REQUIRE(rotated);
    CHECK(keys::groupedFingerprint(rotated->fingerprint) != oldFp);
    const QString after = s.fresh(QStringLiteral("after.owpkg"));
    refused(s.county, after, {keys::groupedFingerprint(rotated->fingerprint)});
    test::registerSiteKey(*s.county.db, *s.a.db);
    importOk(*s.county.db, before);
    importOk(*s.county.db, after);

    // The old key is revoked (the township lost a laptop): its packages are refused from now on.
    auto revoked = keys::revoke(*s.county.db, QStringLiteral("150824100"), oldFp.left(9), QStringLiteral("system"));
    INFO(revoked.error().toStdString());
    REQUIRE(revoked);
    refused(s.county, before, {QStringLiteral("吊销"), oldFp, QStringLiteral("150824100")});
    importOk(*s.county.db, after);
    CHECK(scalar(*s.county.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                              "('site_key_registered', 'site_key_revoked')"))
              .toInt() == 3);
}

TEST_CASE("keys are registered once per fingerprint, by administrators, never the center's own")
{
    Setup s;
    auto a = keys::currentKey(*s.a.db);
    REQUIRE(a);
    // By fingerprint only (as read out over the phone), in groups.
    auto added = keys::registerKey(*s.county.db, QStringLiteral("150824100"), keys::groupedFingerprint(a->fingerprint),
                                   QStringLiteral("system"));
    INFO(added.error().toStdString());
    REQUIRE(added);
    importOk(*s.county.db, s.fresh(QStringLiteral("a.owpkg")));
    CHECK_FALSE(keys::registerKey(*s.county.db, QStringLiteral("150824101"), keys::publicKeyText(a->publicKey),
                                  QStringLiteral("system")));
    auto own = keys::currentKey(*s.county.db);
    CHECK_FALSE(keys::registerKey(*s.county.db, QStringLiteral("150824101"), keys::publicKeyText(own->publicKey),
                                  QStringLiteral("system")));
    CHECK_FALSE(keys::registerKey(*s.county.db, QStringLiteral("150824101"), QStringLiteral("not a key"),
                                  QStringLiteral("system")));
    CHECK(keys::registered(*s.county.db).size() == 1);
}

TEST_CASE("onewindow-cli keys: show, add, list, revoke")
{
    Setup s;
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    auto shown =
        test::runProgram(cli, {QStringLiteral("--db"), s.a.path, QStringLiteral("keys"), QStringLiteral("show")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.status == 0);
    const QString fp = fingerprintOf(*s.a.db);
    CHECK(shown.out.contains(fp));
    auto key = keys::currentKey(*s.a.db);
    CHECK(shown.out.contains(keys::publicKeyText(key->publicKey)));

    auto add =
        test::runProgram(cli, {QStringLiteral("--db"), s.county.path, QStringLiteral("keys"), QStringLiteral("add"),
                               QStringLiteral("150824100"), keys::publicKeyText(key->publicKey)});
    INFO(add.err.toStdString());
    CHECK(add.status == 0);
    auto list =
        test::runProgram(cli, {QStringLiteral("--db"), s.county.path, QStringLiteral("keys"), QStringLiteral("list")});
    CHECK(list.out.contains(fp));
    CHECK(list.out.contains(QStringLiteral("150824100")));
    importOk(*s.county.db, s.fresh(QStringLiteral("a.owpkg")));

    auto revoke = test::runProgram(cli, {QStringLiteral("--db"), s.county.path, QStringLiteral("keys"),
                                         QStringLiteral("revoke"), QStringLiteral("150824100"), fp.left(14)});
    INFO(revoke.err.toStdString());
    CHECK(revoke.status == 0);
    auto import = test::runProgram(
        cli, {QStringLiteral("--db"), s.county.path, QStringLiteral("import"), s.fresh(QStringLiteral("a2.owpkg"))});
    CHECK(import.status == 1);
    CHECK(import.err.contains(fp));
    auto again = test::runProgram(cli, {QStringLiteral("--db"), s.county.path, QStringLiteral("keys"),
                                        QStringLiteral("add"), QStringLiteral("150824100"), QStringLiteral("zz")});
    CHECK(again.status == 1);
}

TEST_CASE("an incremental package may refer to an unchanged case of the same township the county has")
{
    Setup s;
    test::registerSiteKey(*s.county.db, *s.a.db);
    importOk(*s.county.db, s.fresh(QStringLiteral("full.owpkg")));
    // The second case is merged into the first, which the next incremental package does not carry.
    QSqlQuery q(s.a.db->sql());
    const QString sql = QStringLiteral("UPDATE cases SET status = 'merged', merged_into = (SELECT id FROM cases WHERE "
                                       "case_no LIKE '%0001%'), row_version = row_version + 1, updated_at = '") +
                        utcNow() + QStringLiteral("' WHERE case_no LIKE '%0002%'");
    REQUIRE(q.exec(sql));
    REQUIRE(q.numRowsAffected() == 1);
    ExportOptions o;
    o.outPath = s.a.file(QStringLiteral("since.owpkg"));
    o.range = ExportOptions::Range::SinceLastExport;
    REQUIRE(exportPackage(*s.a.db, o));
    // As an export whose range leaves the first case out (unchanged for longer than the overlap).
    QStringList drop;
    const QString first = QStringLiteral("(SELECT id FROM cases WHERE case_no LIKE '%0001%')");
    for (const char* t : {"parties", "case_events", "milestones", "case_departments", "case_transfers"})
        drop << QStringLiteral("DELETE FROM %1 WHERE case_id = %2").arg(QString::fromLatin1(t), first);
    drop << QStringLiteral("DELETE FROM cases WHERE id = %1").arg(first);
    for (const char* t : {"cases", "parties", "case_events", "milestones", "case_departments", "case_transfers"})
        drop << QStringLiteral("UPDATE manifest SET value = (SELECT count(*) FROM %1) WHERE key = 'rows.%1'")
                    .arg(QString::fromLatin1(t));
    edit(o.outPath, drop);
    test::resealPackage(o.outPath, *s.a.db);
    importOk(*s.county.db, o.outPath);
    CHECK(scalar(*s.county.db, QStringLiteral("SELECT count(*) FROM cases WHERE merged_into IS NOT NULL")).toInt() ==
          1);
}
