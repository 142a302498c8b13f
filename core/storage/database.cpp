// Opening a OneWindow database: an SQLite file (WAL, foreign keys, synchronous=FULL, busy handler,
// migrations) or a PostgreSQL server's database (its schema version checked); the unit of work on both.
#include "storage/database.h"

#include "storage/backup.h"
#include "storage/migrations.h"
#include "storage/own_files.h"
#include "storage/pg_connection.h"
#include "storage/pg_search.h"
#include "storage/row_audit.h"
#include "storage/sqlite_library.h"
#include "util/clock.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <atomic>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace ow {
namespace {

QMutex g_notifierMutex;
Database::WaitNotifier g_notifier;
std::atomic<int> g_reconnects{0};

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// True when the server's transaction on this connection has failed (PQTRANS_INERROR) or the
// connection is gone: everything since BEGIN is lost.
bool serverTransactionFailed(const QSqlDatabase& db)
{
    PGconn* conn = pg::nativeHandle(db);
    return !conn || PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) == PQTRANS_INERROR;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("ow-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    if (m_server) {
        m_db = QSqlDatabase();
        m_server.reset(); // closes the connection and removes it from Qt's list
        return;
    }
    if (m_db.isOpen())
        ownfiles::unregisterOpen(m_path);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void Database::setWaitNotifier(WaitNotifier notifier)
{
    QMutexLocker lock(&g_notifierMutex);
    g_notifier = std::move(notifier);
}

int Database::reconnectCount()
{
    return g_reconnects.load();
}

// SQLite calls this while another process holds the lock it needs; 0 gives up (SQLITE_BUSY).
int Database::busyHandler(void* self, int count)
{
    auto* db = static_cast<Database*>(self);
    if (count == 0) {
        db->m_waited.start();
        db->m_lastNotified = 0;
    }
    const qint64 waited = db->m_waited.elapsed();
    if (waited >= kMaxWaitMs)
        return 0;
    if (waited - db->m_lastNotified >= 500) {
        db->m_lastNotified = waited;
        WaitNotifier notify;
        {
            QMutexLocker lock(&g_notifierMutex);
            notify = g_notifier;
        }
        if (notify)
            notify(db->m_path, waited);
    }
    // Short sleeps first: most waits are for another desk's single save, a few milliseconds.
    QThread::msleep(count < 10 ? 1 : count < 30 ? 5 : 20);
    return 1;
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    // A file that is not SQLite fails on its first read.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return fail(Text::tr("%1 is not a OneWindow database or is damaged: %2")
                        .arg(m_path, databaseErrorMessage(q.lastError().nativeErrorCode().toInt(),
                                                          q.lastError().databaseText())));
    // page_size first: it only takes effect on a file with no pages yet, before WAL is set.
    const QByteArray pageSize = "PRAGMA page_size=" + QByteArray::number(kPageSize);
    const char* pragmas[] = {pageSize.constData(), "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                             "PRAGMA synchronous=FULL"};
    for (const char* p : pragmas) {
        if (!q.exec(QString::fromLatin1(p)))
            return fail(Text::tr("Cannot configure the database %1: %2")
                            .arg(m_path, databaseErrorMessage(q.lastError().nativeErrorCode().toInt(),
                                                              q.lastError().databaseText())));
        // SQLite keeps the old mode where WAL cannot be used (a network folder): say so where it matters.
        if (qstrcmp(p, "PRAGMA journal_mode=WAL") == 0)
            m_wal = q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    }
    // Our own busy handler instead of a fixed timeout: it waits longer and says that it waits.
    if (sqlite3* h = handle()) {
        sqlite3_busy_handler(h, &Database::busyHandler, this);
        if (Status s = rowaudit::registerFunctions(h); !s)
            return s;
    }
    // The change journal of audit coverage (storage/row_audit.h), again on every reconnection.
    return rowaudit::installJournal(*this);
}

bool Database::locksLost() const
{
    if (m_server) // the server keeps its own locks
        return false;
    // Another process that believed itself alone may have deleted the -shm file on closing.
    const ownfiles::LockState state = ownfiles::lockState(m_path);
    return state == ownfiles::LockState::Lost || (m_wal && state == ownfiles::LockState::NoShmFile);
}

Status Database::ensureLocks()
{
    if (!locksLost())
        return {};
    if (m_txDepth > 0)
        return fail(Text::tr("The connection to the database was interrupted during this action; nothing of it was "
                             "saved. Try again."));
    if (ownfiles::openCount(m_path) > 1)
        return fail(
            Text::tr("The connection to the database was interrupted while other work of this program "
                     "(an import or an export) has the file open. Wait until it has finished, then try again."));
    qWarning("OneWindow: this process lost its locks on %s (another part of the program opened the file); "
             "reconnecting",
             qPrintable(m_path));
    // Closing must not checkpoint: with its locks gone this connection cannot know that it is alone.
    if (sqlite3* h = handle())
        sqlite3_db_config(h, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    m_db.close();
    if (!m_db.open()) {
        ownfiles::unregisterOpen(m_path);
        return fail(Text::tr("Cannot open the database %1 again: %2").arg(m_path, m_db.lastError().databaseText()));
    }
    if (Status s = configure(); !s)
        return s;
    if (locksLost())
        return fail(Text::tr("Cannot take the locks on the database %1 again; close the program and start it again.")
                        .arg(m_path));
    ++g_reconnects;
    return {};
}

Result<std::shared_ptr<Database>> Database::openRaw(const QString& path)
{
    std::shared_ptr<Database> db(new Database(path));
    const bool existed = QFileInfo::exists(path);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    db->m_db.setDatabaseName(path);
    // Covers the open itself; configure() then puts our own busy handler in its place.
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db->m_db.open())
        return fail(Text::tr("Cannot open the database %1: %2").arg(path, db->m_db.lastError().databaseText()));
    {
        // Before anything is written through the C API: the driver and the program share one SQLite.
        QSqlQuery version(db->m_db);
        const QString driverVersion = version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
                                          ? version.value(0).toString()
                                          : QString();
        if (Status one = sqlitelib::requireOneCopy(db->m_db.driver(), driverVersion); !one)
            return fail(one.error());
    }
    // A new file is the center's records: owner only, whatever the umask. SQLite gives its -wal and
    // -shm the file's permissions. (chmod by name: nothing but SQLite opens the file.)
    if (!existed)
        files::makePrivate(path);
    ownfiles::registerOpen(path);
    if (Status s = db->configure(); !s)
        return fail(s.error());
    // Temporary files that a killed run left beside the database (package copies) and in its backup
    // folder (a backup cut short): whoever opens the file next, `check` included, removes them.
    files::removeLeftovers(QFileInfo(path).absolutePath());
    files::removeLeftovers(backup::defaultFolder(path));
    return db;
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return fail(QCoreApplication::translate(
                        "Database", "The database %1 does not exist. Create it first with \"onewindow-cli init\".")
                        .arg(path));
    if (mode == Mode::Create && exists)
        return fail(QCoreApplication::translate("Database", "%1 already exists; it is not overwritten.").arg(path));
    auto db = openRaw(path);
    if (!db)
        return db;
    // An older file is upgraded only after a checked backup of it as it was.
    if (const int version = (*db)->userVersion(); exists && version > 0 && version < latestSchemaVersion()) {
        if (auto saved = backup::makeBackup(**db, backup::Kind::BeforeUpgrade); !saved)
            return fail(QCoreApplication::translate(
                            "Database", "The database %1 was not upgraded to the new version: the backup before "
                                        "the upgrade failed, nothing was changed. %2")
                            .arg(path, saved.error()));
    }
    if (Status migrated = migrate(**db); !migrated)
        return fail(migrated.error());
    if (Status journal = rowaudit::installJournal(**db); !journal)
        return fail(journal.error());
    return db;
}

Result<std::shared_ptr<Database>> Database::openServer(const StoreLocation& location, const PasswordPrompt& prompt)
{
    pg::OpenResult opened = pg::open(location, prompt);
    if (!opened.connection)
        return fail(opened.message);
    std::shared_ptr<Database> db(new Database(location.display()));
    db->m_server = std::move(opened.connection);
    db->m_db = db->m_server->sql();
    const Result<int> version = postgresSchemaVersion(db->m_db);
    if (!version)
        return fail(version.error());
    if (*version == 0)
        return fail(Text::tr("The database %1 on the server has not been set up for OneWindow. The administrator "
                             "moves the center onto it with \"onewindow-cli migrate --to\", as the owner role.")
                        .arg(db->m_path));
    if (*version < latestSchemaVersion())
        return fail(Text::tr("The database %1 on the server is at schema version %2, and this program needs version "
                             "%3. The administrator upgrades it, as the owner role, with \"onewindow-cli --db "
                             "postgresql://OWNER@server/database upgrade\" before the desks use it.")
                        .arg(db->m_path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    if (*version > latestSchemaVersion())
        return fail(Text::tr("The database %1 on the server was set up by a newer version of OneWindow (schema "
                             "version %2). Install the newer version on this desk to use it.")
                        .arg(db->m_path)
                        .arg(*version));
    // The case list's searches are small: starting parallel workers costs more than the search,
    // and the data is in memory (docs/postgresql.md, "Search").
    // A desk waits for another desk's lock as long as it waits for a busy file (QSQLITE_BUSY_TIMEOUT),
    // then is told the record is in use (SQLSTATE 55P03) instead of hanging.
    // No JIT compilation: a desk's statements, the monthly report's included, take well under a
    // second. With the server's default costs, 7 of the report's statements on 1,000,000 cases were
    // compiled, at 11-70 ms each (docs/postgresql.md, "Reports"); with these settings none reached
    // the threshold there, and this keeps a larger center from paying it either.
    QStringList settings = pgsearch::sessionSettings();
    settings << QStringLiteral("SET lock_timeout = '15s'") << QStringLiteral("SET jit = off");
    for (const QString& setting : settings) {
        QSqlQuery q(db->m_db);
        if (!q.exec(setting))
            return fail(db->errorMessage(q.lastError()));
    }
    return db;
}

QString Database::errorMessage(const QSqlError& error) const
{
    if (m_server)
        return serverErrorMessage(error.nativeErrorCode(), error.databaseText());
    return databaseErrorMessage(error.nativeErrorCode().toInt(), error.databaseText());
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

int Database::userVersion() const
{
    if (m_server) {
        QSqlDatabase db = m_db; // a handle to the same connection
        const Result<int> version = postgresSchemaVersion(db);
        return version ? *version : -1;
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return fail(QCoreApplication::translate("Database", "Cannot save the setting %1: %2")
                        .arg(key, errorMessage(q.lastError())));
    return {};
}

QString Database::siteCode() const
{
    return setting(QStringLiteral("site_code"));
}

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
{
    QSqlQuery q(m_db.sql());
    const int level = m_db.m_txDepth + 1;
    if (level == 1 && m_db.isServer()) {
        // The server's default, READ COMMITTED: each statement sees what other desks committed
        // before it; conflicting writes wait for each other's row locks.
        if (!q.exec(QStringLiteral("BEGIN"))) {
            m_error = m_db.errorMessage(q.lastError());
            return;
        }
        if (Status s = rowaudit::beginTransaction(m_db); !s) {
            q.exec(QStringLiteral("ROLLBACK"));
            m_error = s.error();
            return;
        }
    } else if (level == 1) {
        // Begun, then checked: one read of /proc/locks per write. When the locks were lost, the empty
        // transaction is rolled back, the connection renewed (ensureLocks) and the transaction begun again.
        for (int attempt = 0;; ++attempt) {
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                m_error = m_db.errorMessage(q.lastError());
                return;
            }
            if (!m_db.locksLost())
                break;
            q.exec(QStringLiteral("ROLLBACK"));
            if (attempt > 0) {
                m_error = Text::tr("The connection to the database was interrupted; nothing was saved. Try again.");
                return;
            }
            if (Status s = m_db.ensureLocks(); !s) {
                m_error = s.error();
                return;
            }
        }
    } else if (!q.exec(QStringLiteral("SAVEPOINT ow_%1").arg(level))) {
        m_error = m_db.errorMessage(q.lastError());
        return;
    }
    m_level = level;
    m_db.m_txDepth = level;
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return fail(m_error.isEmpty() ? Text::tr("No transaction is open.") : m_error);
    if (m_level != m_db.m_txDepth) {
        rollback();
        return fail(Text::tr("Saving failed, nothing was changed: transactions were ended out of order."));
    }
    // On a server a failed statement aborts the whole transaction, and COMMIT then quietly rolls it
    // back: an action whose step failed must not be reported as saved.
    if (m_level == 1 && m_db.isServer() && serverTransactionFailed(m_db.sql())) {
        rollback();
        return fail(Text::tr("Saving failed, nothing was changed: the server refused one step of this action. "
                             "Try again; if it happens again, tell the administrator."));
    }
    // The users and cases this transaction changed get the stamp of its audit entry (storage/row_audit.h).
    if (m_level == 1)
        if (Status s = rowaudit::stampAtCommit(m_db); !s) {
            rollback();
            return fail(Text::tr("Saving failed, nothing was changed: %1").arg(s.error()));
        }
    QSqlQuery q(m_db.sql());
    if (!q.exec(m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ow_%1").arg(m_level))) {
        const QString err = m_db.errorMessage(q.lastError());
        rollback();
        return fail(Text::tr("Saving failed, nothing was changed: %1").arg(err));
    }
    m_active = false;
    m_db.m_txDepth = m_level - 1;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.sql());
    if (m_level == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ow_%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE ow_%1").arg(m_level));
    }
    m_active = false;
    m_db.m_txDepth = m_level - 1;
}

QString databaseErrorMessage(int code, const QString& detail)
{
    QString message;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = Text::tr("Another program or another desk has been writing to the database for more than %1 seconds; "
                           "nothing was saved. Try again when it has finished (an import of a large file can take a "
                           "minute).")
                      .arg(Database::kMaxWaitMs / 1000);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        message =
            Text::tr("The database file or its folder cannot be written (read-only or no permission); nothing was "
                     "saved. Ask the administrator to check the file's permissions.");
        break;
    case SQLITE_FULL:
        message = Text::tr("The disk is full; nothing was saved. Free some space and try again.");
        break;
    case SQLITE_IOERR:
        message = Text::tr("The disk reported an error while reading or writing the database; nothing was saved. Check "
                           "the disk, then run \"onewindow-cli check\".");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message = Text::tr("The database file is damaged. Stop working with it and restore the latest backup "
                           "(\"onewindow-cli check\" names what is wrong).");
        break;
    case SQLITE_CONSTRAINT:
        message = Text::tr("The change conflicts with a record already saved, so nothing was saved. Open the record "
                           "again to see its current state (%1).")
                      .arg(detail);
        break;
    default:
        return detail.isEmpty() ? Text::tr("The database reported an error (code %1).").arg(code)
                                : Text::tr("The database reported an error: %1").arg(detail);
    }
    return message;
}

QString serverErrorMessage(const QString& sqlState, const QString& detail)
{
    const QString cls = sqlState.left(2);
    if (sqlState.isEmpty() || cls == QLatin1String("08") || sqlState == QLatin1String("57P01") ||
        sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03"))
        return Text::tr("The connection to the center's server was lost; nothing was saved. Check the network "
                        "cable or ask the administrator whether the server is running, then try again.");
    if (cls == QLatin1String("23"))
        return Text::tr("The change conflicts with a record already saved, so nothing was saved. Open the record "
                        "again to see its current state (%1).")
            .arg(detail);
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"))
        return Text::tr("Another desk changed the same records at the same moment; nothing was saved. Try again.");
    if (sqlState == QLatin1String("55P03") || sqlState == QLatin1String("57014"))
        return Text::tr("Another desk has been holding these records for too long; nothing was saved. Try again "
                        "in a moment.");
    if (sqlState == QLatin1String("42501"))
        return Text::tr("The server does not allow this desk's user to make this change; nothing was saved. Ask "
                        "the administrator to check the roles of the OneWindow database.");
    if (sqlState == QLatin1String("25006"))
        return Text::tr("The server accepts no changes at the moment (a read-only or standby server); nothing was "
                        "saved. Ask the administrator.");
    if (cls == QLatin1String("53"))
        return Text::tr("The server is out of disk space or memory; nothing was saved. Tell the administrator.");
    if (cls == QLatin1String("XX"))
        return Text::tr("The server reports damaged data. Stop working and tell the administrator, who restores "
                        "the latest backup.");
    return detail.isEmpty() ? Text::tr("The server reported an error (SQLSTATE %1).").arg(sqlState)
                            : Text::tr("The server reported an error: %1").arg(detail);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString utcNow()
{
    return Clock::nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace ow
