// Dropping and recreating indexes and triggers around a bulk load, through the SQLite handle.
#include "storage/bulk_load.h"
#include "storage/database.h"

#include <sqlite3.h>

namespace ow::bulk {
namespace {

// Drops the objects `select` names (name, sql) in the main schema; returns the sql of each dropped.
QByteArrayList dropObjects(sqlite3* db, const QByteArray& select, const char* kind)
{
    QList<QPair<QByteArray, QByteArray>> found;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, select.constData(), -1, &st, nullptr) != SQLITE_OK)
        return {};
    while (sqlite3_step(st) == SQLITE_ROW)
        found << qMakePair(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                           QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))));
    sqlite3_finalize(st);
    QByteArrayList dropped;
    for (const auto& [name, sql] : found) {
        const QByteArray drop = QByteArray("DROP ") + kind + " main.\"" + name + "\"";
        if (sqlite3_exec(db, drop.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            dropped << sql;
    }
    return dropped;
}

// 'a', 'b': a list of SQL string literals.
QByteArray literals(const QStringList& names)
{
    QByteArrayList quoted;
    for (const QString& n : names)
        quoted << "'" + n.toUtf8().replace('\'', "''") + "'";
    return quoted.join(", ");
}

} // namespace

QByteArrayList dropSecondaryIndexes(sqlite3* db, const QStringList& tables)
{
    if (tables.isEmpty())
        return {};
    return dropObjects(db,
                       "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                       "tbl_name IN (" +
                           literals(tables) + ") AND upper(sql) NOT LIKE 'CREATE UNIQUE%'",
                       "INDEX");
}

QByteArrayList dropSearchQueueTriggers(sqlite3* db)
{
    return dropObjects(db,
                       "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND name IN "
                       "('cases_search_insert', 'parties_search_insert')",
                       "TRIGGER");
}

PageCache::PageCache(sqlite3* db, const QString& schema, int kibibytes)
    : m_db(db)
    , m_schema("\"" + schema.toUtf8().replace('"', "\"\"") + "\"")
{
    sqlite3_stmt* st = nullptr;
    const QByteArray get = "PRAGMA " + m_schema + ".cache_size";
    if (sqlite3_prepare_v2(db, get.constData(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        m_previous = QByteArray::number(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    const QByteArray set = "PRAGMA " + m_schema + ".cache_size = -" + QByteArray::number(kibibytes);
    sqlite3_exec(db, set.constData(), nullptr, nullptr, nullptr);
}

PageCache::~PageCache()
{
    if (m_previous.isEmpty())
        return;
    const QByteArray set = "PRAGMA " + m_schema + ".cache_size = " + m_previous;
    sqlite3_exec(m_db, set.constData(), nullptr, nullptr, nullptr);
}

NoSpill::NoSpill(sqlite3* db, bool journalsInMemory)
    : m_db(db)
    , m_journals(journalsInMemory)
{
    sqlite3_exec(db, m_journals ? "PRAGMA cache_spill = OFF; PRAGMA temp_store = MEMORY" : "PRAGMA cache_spill = OFF",
                 nullptr, nullptr, nullptr);
}

NoSpill::~NoSpill()
{
    sqlite3_exec(m_db, m_journals ? "PRAGMA cache_spill = ON; PRAGMA temp_store = DEFAULT" : "PRAGMA cache_spill = ON",
                 nullptr, nullptr, nullptr);
}

Status recreate(sqlite3* db, const QByteArrayList& statements)
{
    for (const QByteArray& sql : statements)
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(databaseErrorMessage(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

} // namespace ow::bulk
