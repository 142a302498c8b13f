// Test fixtures: a fresh database file in a temporary folder, and file helpers.
#pragma once

#include "admin/site_setup.h"
#include "domain/case.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "util/clock.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace ow::test {

class PgTestDb;

// A new database of the sample county (150824 乌拉特中旗) in its own temporary folder.
// Fixes the program's clock (Clock::setFixed) for the life of the object; it runs again after.
struct FixedClock
{
    explicit FixedClock(const QDateTime& at) { Clock::setFixed(at); }
    ~FixedClock() { Clock::reset(); }
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;
};

// True when the tests run against PostgreSQL (OW_TEST_STORE=postgres, with OW_TEST_PGHOST naming
// the test cluster's socket folder; tests/CMakeLists.txt registers such runs as TEST_pg).
bool serverStore();

// A new database of the site in a temporary folder: an SQLite file `path`, or with serverStore() a
// new database on the test cluster, migrated by ow_owner, opened as the login role ow_app with
// Database::openServer and set up as createDatabase sets up a file (`path` is then the server's
// location as Database::path() gives it). Tests about SQLite itself carry the tag [sqlite] and are
// left out of the server runs.
struct TempDatabase
{
    TempDatabase();
    explicit TempDatabase(const SiteSetup& site);
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<PgTestDb> server; // before db: the database is dropped after its connection closes
    DatabasePtr db;
    QString file(const QString& name) const { return dir.filePath(name); }
};

// The test's database after programs wrote to it: the fixture's connection, or, when the test closed
// it (t.db.reset(), as tests of a file do while another process writes), the file opened again.
Database& reopen(TempDatabase& t);

// A filed neighbour dispute with one applicant (张建国), as the storage and backup tests store it.
CaseRecord sampleCase(const QString& caseNo, const QDate& receivedOn = QDate(2025, 5, 7));
// The same, written in a transaction of its own with an audit entry (as a service would).
void addCase(Database& db, const QString& caseNo, const QDate& receivedOn = QDate(2025, 5, 7));

// The county registers the township's current signing key (as 管理 → 下级单位密钥… does), so that it
// accepts the township's packages.
void registerSiteKey(Database& county, Database& township);
// Seals a package edited by hand again with `signer`'s key (checksum and signature), as a township
// that edits its own package could; only the checks after the signature can catch the edit then.
void resealPackage(const QString& path, Database& signer);

void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// SHA-256 of a file's bytes, to show a database is byte-for-byte unchanged.
QByteArray fileHash(const QString& path);
// The same for a test database on either store: the file's hash, or on a server a SHA-256 of every
// table's rows (each row's text, in order), so that "nothing was written" is checked on both. A file
// is compared closed (t.db reset): a connection's closing may move its log into the file.
QByteArray storeHash(const TempDatabase& t);
// Runs a built program (e.g. onewindow-cli) and returns its exit status, stdout and stderr.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};
Run runProgram(const QString& program, const QStringList& args, const QByteArray& stdinData = {});
// Registers a consultation for `applicant` with onewindow-cli, a process of its own as another desk
// is; returns the case number it printed, or throws with the program's message when it fails.
QString registerThroughCli(const QString& dbPath, const QString& applicant);
// Path of a program built next to the tests (ONEWINDOW_BIN_DIR).
QString builtProgram(const QString& name);

} // namespace ow::test
