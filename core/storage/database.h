// Database: one OneWindow SQLite file, opened with the settings of ARCHITECTURE rule 4 and migrated.
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace ow {

// The page size of every database and package this program creates (SQLite's default is 4096).
// A bulk load writes each page to the WAL and then to the file, two system calls a page; with 16 KB
// pages a 100,000-row ledger import committed and checkpointed 260 MB in 0.75 s instead of 1.2 s
// (4,096: 5.1-6.1 s in all; 16,384: 4.2-5.4 s), a 100,000-case package merge took 4.8-5.2 s instead
// of 6.0-7.0 s, and the monthly report on 1,000,000 cases stayed as fast (README, Benchmarks).
// An existing file keeps the size it was made with.
inline constexpr int kPageSize = 16384;

class Database
{
public:
    enum class Mode
    {
        OpenExisting, // fails when the file does not exist
        Create,       // fails when the file exists
        OpenOrCreate,
    };

    // Opens (or creates) the file and migrates it to the current schema version.
    static Result<std::shared_ptr<Database>> open(const QString& path, Mode mode = Mode::OpenExisting);
    // Opens without migrating (for tests of old versions and for `check`).
    static Result<std::shared_ptr<Database>> openRaw(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    // The SQLite handle of Qt's driver, for the bulk paths and the backup API.
    sqlite3* handle() const;
    QString path() const { return m_path; }
    int userVersion() const;

    QString setting(const QString& key, const QString& fallback = {}) const;
    // Writes a setting; call inside a WriteTransaction.
    Status setSetting(const QString& key, const QString& value);

    // The code of this database's own site (settings key "site_code").
    QString siteCode() const;

private:
    explicit Database(QString path);
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

using DatabasePtr = std::shared_ptr<Database>;

// A write transaction begun with BEGIN IMMEDIATE so that a second process waits for the lock
// instead of failing with SQLITE_BUSY; rolled back unless commit() succeeds.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool active() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    QString m_error;
};

// Helpers for identity columns (ARCHITECTURE rule 2).
QString newUuid();
QString utcNow(); // ISO-8601 UTC with milliseconds, e.g. 2025-05-07T01:02:03.456Z

} // namespace ow
