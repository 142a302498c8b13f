// Test fixtures shared by the test programs.
#include "support/fixtures.h"

#include "exchange/package_format.h"
#include "security/audit.h"
#include "security/signing_keys.h"
#include "storage/case_writer.h"
#include "storage/migrations.h"
#include "storage/store_location.h"
#include "support/pg_test_db.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>
#include <stdexcept>

namespace ow::test {

TempDatabase::TempDatabase()
    : TempDatabase(sampleSite())
{}

bool serverStore()
{
    return qEnvironmentVariable("OW_TEST_STORE") == QLatin1String("postgres");
}

namespace {

DatabasePtr serverDatabase(PgTestDb& server, const SiteSetup& site)
{
    QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
    if (Status migrated = migratePostgres(owner, QStringLiteral("ow_app")); !migrated)
        throw std::runtime_error(migrated.error().toStdString());
    auto location = parseStoreLocation(server.url(QStringLiteral("ow_app")));
    if (!location)
        throw std::runtime_error(location.error().toStdString());
    auto opened = Database::openServer(*location);
    if (!opened)
        throw std::runtime_error(opened.error().toStdString());
    if (Status s = setUpSite(**opened, site); !s)
        throw std::runtime_error(s.error().toStdString());
    return *opened;
}

} // namespace

TempDatabase::TempDatabase(const SiteSetup& site)
{
    if (serverStore()) {
        server = std::make_unique<PgTestDb>();
        db = serverDatabase(*server, site);
        path = db->path();
        return;
    }
    path = dir.filePath(QStringLiteral("test.sqlite"));
    auto created = createDatabase(path, site);
    if (!created)
        throw std::runtime_error(created.error().toStdString());
    db = *created;
}

TempDatabase::~TempDatabase()
{
    db.reset(); // closes the connection before the server's database is dropped
}

Database& reopen(TempDatabase& t)
{
    if (!t.db) {
        auto opened = Database::open(t.path);
        if (!opened)
            throw std::runtime_error(opened.error().toStdString());
        t.db = *opened;
    }
    return *t.db;
}

CaseRecord sampleCase(const QString& caseNo, const QDate& receivedOn)
{
    CaseRecord c;
    c.caseNo = caseNo;
    c.caseType = QStringLiteral("people_mediation");
    c.source = QStringLiteral("walk_in");
    c.categoryCode = QStringLiteral("neighbor");
    c.townshipCode = QStringLiteral("150824100");
    c.summary = QStringLiteral("邻里宅基地边界纠纷");
    c.status = QStringLiteral("filed");
    c.receivedOn = receivedOn;
    c.filedOn = receivedOn;
    c.parties << Party{
        {}, QStringLiteral("applicant"), QStringLiteral("person"), QStringLiteral("张建国"), {}, {}, {}, {}, {}};
    c.timeline << TimelineEvent{{}, QStringLiteral("system"), QStringLiteral("filed"), {}};
    return c;
}

void addCase(Database& db, const QString& caseNo, const QDate& receivedOn)
{
    WriteTransaction tx(db);
    CaseRecord c = sampleCase(caseNo, receivedOn);
    // With its audit entry, as every service writes a case (`check` names a case without one).
    if (!tx.active() || !CaseWriter(db).insert(c) ||
        !appendAudit(db, QStringLiteral("system"), QStringLiteral("case_added"), QStringLiteral("case"), c.id) ||
        !tx.commit())
        throw std::runtime_error("cannot add case " + caseNo.toStdString());
}

void registerSiteKey(Database& county, Database& township)
{
    auto key = keys::currentKey(township);
    if (!key)
        throw std::runtime_error(key.error().toStdString());
    auto added =
        keys::registerKey(county, township.siteCode(), keys::publicKeyText(key->publicKey), QStringLiteral("system"));
    if (!added)
        throw std::runtime_error(added.error().toStdString());
}

void resealPackage(const QString& path, Database& signer)
{
    // The package's own connection: the signer's store may be a server, which has no SQLite handle.
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const std::string error = h ? sqlite3_errmsg(h) : "out of memory";
        sqlite3_close(h);
        throw std::runtime_error("cannot open the package " + path.toStdString() + ": " + error);
    }
    const QStringList tables = package::scalar(h, QStringLiteral("SELECT value FROM manifest WHERE key = 'tables'"))
                                   .toString()
                                   .split(QLatin1Char(','));
    auto sum = package::seal(signer, h, QStringLiteral("main"), tables);
    sqlite3_close(h);
    if (!sum)
        throw std::runtime_error(sum.error().toStdString());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QByteArray storeHash(const TempDatabase& t)
{
    if (!t.db || !t.db->isServer())
        return fileHash(t.path);
    QSqlQuery tables(t.db->sql());
    if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                    "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")))
        throw std::runtime_error(tables.lastError().text().toStdString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(t.db->sql());
        if (!rows.exec(QStringLiteral("SELECT x::text FROM %1 x ORDER BY 1").arg(table)))
            throw std::runtime_error(rows.lastError().text().toStdString());
        hash.addData(table.toUtf8());
        while (rows.next())
            hash.addData(QByteArray(rows.value(0).toString().toUtf8() + '\n'));
    }
    return hash.result().toHex();
}

QString registerThroughCli(const QString& dbPath, const QString& applicant)
{
    const QByteArray json = QStringLiteral(R"({"case_type":"consultation","source":"phone","category":"other",)"
                                           R"("township":"150824100","summary":"咨询","received_on":"2025-06-01",)"
                                           R"("parties":[{"role":"applicant","name":"%1"}]})")
                                .arg(applicant)
                                .toUtf8();
    const Run r = runProgram(
        builtProgram(QStringLiteral("onewindow-cli")),
        {QStringLiteral("--db"), dbPath, QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")},
        json);
    // An exception, not a Catch assertion: the fuzz targets link this file without Catch.
    if (r.status != 0)
        throw std::runtime_error("onewindow-cli intake failed: " + r.err.toStdString());
    return r.out.trimmed();
}

Run runProgram(const QString& program, const QStringList& args, const QByteArray& stdinData)
{
    QProcess p;
    p.start(program, args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    Run r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString builtProgram(const QString& name)
{
    return QStringLiteral(ONEWINDOW_BIN_DIR) + QLatin1Char('/') + name;
}

} // namespace ow::test
