// Database: one OneWindow store, opened and migrated: an SQLite file (the embedded default, with the
// settings of docs/ARCHITECTURE.md rule 4) or a database on the center's PostgreSQL server
// (docs/postgresql.md).
#pragma once

#include "util/result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSqlError;
struct sqlite3;

namespace ow {

struct StoreLocation;
namespace pg {
class Connection;
}

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
    // Connects to a database on a PostgreSQL server (`location` of that kind), asking `prompt` for
    // a password when the server wants one. The database must be at this program's schema version:
    // the program's login role may not run DDL, so the administrator migrates it as the owner.
    using PasswordPrompt = std::function<std::optional<QString>(const StoreLocation& location)>;
    static Result<std::shared_ptr<Database>> openServer(const StoreLocation& location,
                                                        const PasswordPrompt& prompt = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    // True on a PostgreSQL server, false on an SQLite file.
    bool isServer() const { return m_server != nullptr; }
    // The SQLite handle of Qt's driver, for the bulk paths and the backup API (nullptr on a server).
    sqlite3* handle() const;
    // The file's path, or on a server the location as the user may read it (never a password).
    QString path() const { return m_path; }
    // What the user reads about a failed statement on this store (errorMessage below).
    QString errorMessage(const QSqlError& error) const;
    int userVersion() const;

    QString setting(const QString& key, const QString& fallback = {}) const;
    // Writes a setting; call inside a WriteTransaction.
    Status setSetting(const QString& key, const QString& value);

    // The code of this database's own site (settings key "site_code").
    QString siteCode() const;

    // Makes sure this process still holds SQLite's locks on the file (storage/own_files.h): when some
    // other code in the process opened and closed one of the database's files, the connection is
    // closed without a checkpoint and opened again, which takes the locks anew. Fails, and nothing
    // may be written, when that is not possible (inside a transaction, or while another connection of
    // this process has the file open). Every outermost WriteTransaction calls it when, once begun, it
    // finds the locks gone.
    Status ensureLocks();
    // How often ensureLocks() had to reconnect in this process (the window says so in its status bar).
    static int reconnectCount();

    // A writer that finds the file locked by another process waits for it, up to kMaxWaitMs; while it
    // waits, the notifier is called about twice a second on the waiting thread with the time waited
    // so far (the window shows it, the CLI prints one line). The same notifier serves every database.
    using WaitNotifier = std::function<void(const QString& path, qint64 waitedMs)>;
    static void setWaitNotifier(WaitNotifier notifier);
    static constexpr qint64 kMaxWaitMs = 120000;

private:
    friend class WriteTransaction;
    explicit Database(QString path);
    Status configure();
    bool locksLost() const;
    static int busyHandler(void* self, int count);
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<pg::Connection> m_server; // set on a PostgreSQL server
    bool m_wal = false;
    int m_txDepth = 0; // open WriteTransactions: the outermost is BEGIN IMMEDIATE, the others savepoints
    QElapsedTimer m_waited;
    qint64 m_lastNotified = 0;
};

using DatabasePtr = std::shared_ptr<Database>;

// The unit of work: one user action is one WriteTransaction, committed whole or not at all. The
// outermost is begun with BEGIN IMMEDIATE, so that a second process waits for the lock instead of
// failing with SQLITE_BUSY; one opened while another is open on the same connection is a savepoint,
// so a service that calls other services commits once (docs/ARCHITECTURE.md rule 13). Rolled back unless
// commit() succeeds; transactions end in the reverse order of their beginning.
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
    int m_level = 0; // 1 = the outermost
    QString m_error;
};

// A message for the user for a failed statement's SQLite result code (busy, read-only, disk full,
// damaged file, ...), never SQLite's own English text alone.
QString databaseErrorMessage(int sqliteCode, const QString& detail = {});
// The same for a PostgreSQL server's SQLSTATE (23505, 40001, 08006, ...); an empty state is a
// connection that is gone.
QString serverErrorMessage(const QString& sqlState, const QString& detail = {});

// Helpers for identity columns (docs/ARCHITECTURE.md rule 2).
QString newUuid();
QString utcNow(); // ISO-8601 UTC with milliseconds, e.g. 2025-05-07T01:02:03.456Z

} // namespace ow
