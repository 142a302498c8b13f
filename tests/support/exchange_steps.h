// Steps the package tests share (test_exchange, test_package_signing and test_exchange_server, on
// either store): one value read back, a statement that must run, an import that must succeed, a
// store's state, and one table's line of an import plan.
#pragma once

#include "exchange/package_format.h"
#include "exchange/package_import.h"
#include "support/catch.h"
#include "support/fixtures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <sqlite3.h>
#include <stdexcept>

namespace ow::test {

inline QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline void execOk(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

inline ImportPlan importOk(Database& db, const QString& path)
{
    auto r = PackageImporter(db).import(path, QStringLiteral("县管理员"));
    INFO(r.error().toStdString());
    REQUIRE(r);
    return *r;
}

// Everything a county holds, to show an import wrote nothing: on a file its bytes and its WAL's, on a
// server every table's rows (storeHash).
inline QByteArray stateOf(const TempDatabase& t)
{
    return t.db->isServer() ? storeHash(t) : fileHash(t.path) + fileHash(t.path + QStringLiteral("-wal"));
}

// A package file opened with SQLite itself, as someone with an SQLite tool opens it: a package is an
// SQLite file whichever store wrote it, so this works beside a file or a server. Closed with the object.
class PackageFile
{
public:
    explicit PackageFile(const QString& path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            const std::string error = m_handle ? sqlite3_errmsg(m_handle) : "out of memory";
            sqlite3_close(m_handle);
            throw std::runtime_error("cannot open the package " + path.toStdString() + ": " + error);
        }
    }
    ~PackageFile() { sqlite3_close(m_handle); }
    PackageFile(const PackageFile&) = delete;
    PackageFile& operator=(const PackageFile&) = delete;
    sqlite3* handle() const { return m_handle; }
    // The manifest's value of `key` (empty when there is none).
    QString manifest(const QString& key) const
    {
        return package::scalar(m_handle, QStringLiteral("SELECT value FROM manifest WHERE key = ?"), {key}).toString();
    }

private:
    sqlite3* m_handle = nullptr;
};

inline const TableMerge& tableOf(const ImportPlan& plan, const QString& table)
{
    for (const TableMerge& t : plan.tables)
        if (t.table == table)
            return t;
    FAIL("no table " << table.toStdString());
    return plan.tables.first();
}

} // namespace ow::test
