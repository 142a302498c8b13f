// Opening a OneWindow database: WAL, foreign keys, synchronous=FULL, busy timeout, migrations.
#include "storage/database.h"

#include "storage/backup.h"
#include "storage/migrations.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <sqlite3.h>

namespace ow {

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("ow-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::shared_ptr<Database>> Database::openRaw(const QString& path)
{
    std::shared_ptr<Database> db(new Database(path));
    const bool existed = QFileInfo::exists(path);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db->m_db.open())
        return fail(QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                        .arg(path, db->m_db.lastError().text()));
    // A new file is the center's records: owner only, whatever the umask. SQLite gives its -wal and
    // -shm the file's permissions. (chmod by name: nothing but SQLite opens the file.)
    if (!existed)
        files::makePrivate(path);
    QSqlQuery q(db->m_db);
    // A file that is not SQLite fails on its first read.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return fail(QCoreApplication::translate("Database", "%1 is not a OneWindow database or is damaged: %2")
                        .arg(path, q.lastError().text()));
    // page_size first: it only takes effect on a file with no pages yet, before WAL is set.
    const QByteArray pageSize = "PRAGMA page_size=" + QByteArray::number(kPageSize);
    const char* pragmas[] = {pageSize.constData(), "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                             "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=15000"};
    for (const char* p : pragmas) {
        if (!q.exec(QString::fromLatin1(p)))
            return fail(QCoreApplication::translate("Database", "Cannot configure the database %1: %2")
                            .arg(path, q.lastError().text()));
    }
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
    // Temporary files beside the database that a killed run left behind (package copies).
    files::removeLeftovers(QFileInfo(path).absolutePath());
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
    return db;
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
        return fail(
            QCoreApplication::translate("Database", "Cannot save the setting %1: %2").arg(key, q.lastError().text()));
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
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error =
            QCoreApplication::translate("Database", "The database is busy or read-only: %1").arg(q.lastError().text());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return fail(m_error.isEmpty() ? QCoreApplication::translate("Database", "No transaction is open.") : m_error);
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString err = q.lastError().text();
        rollback();
        return fail(QCoreApplication::translate("Database", "Saving failed, nothing was changed: %1").arg(err));
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace ow
