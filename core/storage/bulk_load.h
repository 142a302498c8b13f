// Schema objects a bulk load (a ledger import, a package merge) drops inside its write transaction
// and creates again before the commit; a rollback restores them with everything else.
#pragma once

#include "util/result.h"

#include <QByteArrayList>
#include <QStringList>

struct sqlite3;

namespace ow::bulk {

// Drops the secondary (non-unique) indexes of `tables`: building each once at the end (one sort) is
// far cheaper than maintaining it row by row. Unique indexes stay, so every constraint is still
// enforced on each insert. Returns the statements that create the dropped indexes again.
QByteArrayList dropSecondaryIndexes(sqlite3* db, const QStringList& tables);

// The triggers that queue every inserted case and party for the search index (migration 2): each
// firing opens a statement journal, a fifth of a ledger import's work. A bulk load drops them and
// queues its cases itself with one INSERT…SELECT. Returns their CREATE statements.
QByteArrayList dropSearchQueueTriggers(sqlite3* db);

// Raises the page cache of `schema` for a bulk write and restores it afterwards: random UUID keys
// touch pages all over the indexes, and SQLite's default 2 MB cache turns a 100,000-case merge into
// disk-bound minutes.
class PageCache
{
public:
    PageCache(sqlite3* db, const QString& schema, int kibibytes = 256 * 1024);
    ~PageCache();
    PageCache(const PageCache&) = delete;
    PageCache& operator=(const PageCache&) = delete;

private:
    sqlite3* m_db;
    QByteArray m_schema;
    QByteArray m_previous;
};

// Keeps every page a bulk write changes in memory until the commit: SQLite otherwise spills a full
// cache to the WAL mid-transaction (pages then go there more than once, and a load that is rolled
// back has still changed the WAL file). With `journalsInMemory`, the statement journal too (measured
// with 3,000 ledger rows: 58 page writes per row, 24 of them to its temporary file).
class NoSpill
{
public:
    explicit NoSpill(sqlite3* db, bool journalsInMemory = false);
    ~NoSpill();
    NoSpill(const NoSpill&) = delete;
    NoSpill& operator=(const NoSpill&) = delete;

private:
    sqlite3* m_db;
    bool m_journals;
};

// Runs the statements the drop functions returned, in order; the first failure's message.
Status recreate(sqlite3* db, const QByteArrayList& statements);

} // namespace ow::bulk
