// The checks a consolidation package passes before anything of it is merged (docs/package-format.md):
// the file header, a private read-only copy ATTACHed as `pkg`, the whole-content checks in a second
// thread, the manifest and its tables, the site, the signature and every row. Used by the importer
// (exchange/package_import.cpp) only.
#pragma once

#include "exchange/package_format.h"
#include "exchange/package_import.h"
#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <thread>

struct sqlite3;

namespace ow {

class Database;

namespace importcheck {

// The private copy of a package: beside the database (the same protection, 0600), named so that the
// next Database::open removes it should this run be killed; removed when the import or preview ends.
class PackageCopy
{
public:
    explicit PackageCopy(const QString& databasePath);
    ~PackageCopy();
    PackageCopy(const PackageCopy&) = delete;
    PackageCopy& operator=(const PackageCopy&) = delete;
    const QString& path() const { return m_path; }
    Status copyFrom(const QString& original);

private:
    QString m_path;
};

// The copy ATTACHed as `pkg`, read-only and immutable; detached when the guard ends.
class AttachGuard
{
public:
    explicit AttachGuard(sqlite3* db);
    ~AttachGuard();
    AttachGuard(const AttachGuard&) = delete;
    AttachGuard& operator=(const AttachGuard&) = delete;
    Status attach(const QString& path);

private:
    sqlite3* m_db;
    bool m_attached = false;
};

// The checks that read a whole package: SQLite's integrity_check, then one pass in id order over
// every table that computes the checksum and finds a repeated or NULL key (about a second for 100,000
// cases). They run on a connection of their own in a second thread while the importer checks the
// manifest, classifies and merges inside the transaction, which rolls back should the content be
// refused. Whatever refuses a package, the reason given is the one these checks gave first when they
// ran before everything else: a damaged file before a manifest that does not match its tables, and a
// changed file before anything the change caused (a site, a broken rule).
class ContentCheck
{
public:
    ContentCheck(const QString& copy, const QString& shown);
    ~ContentCheck();
    ContentCheck(const ContentCheck&) = delete;
    ContentCheck& operator=(const ContentCheck&) = delete;

    // Waits for the checks: empty when the content is sound, else why the package is refused.
    QString refusal();
    // The reason to give for refusing the package with `error`: the content's own reason when it is
    // damaged, or (for an error found after the manifest, table and row-count checks) changed.
    QString overrule(const QString& error, bool beforeChecksum);

private:
    enum Verdict
    {
        Sound,
        Damaged, // not SQLite, or integrity_check fails
        Changed, // the checksum does not match, or a key is repeated
    };
    void wait();
    void run();

    QString m_shown;
    sqlite3* m_db = nullptr;
    std::thread m_thread;
    Verdict m_verdict = Sound;
    QString m_why;
};

// A package whose manifest and tables were read and matched against this database's tables.
struct Verified
{
    PackageInfo info;
    QList<package::ExchangeTable> local; // local definitions of the package's tables, parents first
    QHash<QString, QStringList> columns; // table -> columns present in both
};

// The file header: the magic string, and the database size it records against the file size.
Status checkHeader(const QString& path, const QString& shown);
// The manifest of the attached package and its tables against this database's (format, version,
// tables, columns, row counts); the checksum as the manifest claims it (ContentCheck proves it).
Result<Verified> verify(sqlite3* h, const QString& originalPath);
// The site of a package: not ourselves, and a division below this county's own.
Status checkSite(Database& db, const PackageInfo& info);
// The signature: made by a key registered here for the package's site, not revoked, over the checksum.
Status checkSignature(Database& db, PackageInfo& info);
// Every row as intake and the ledger would take it (docs/package-format.md, "Rows").
Status validateRows(Database& db, sqlite3* h, const Verified& v);

} // namespace importcheck
} // namespace ow
