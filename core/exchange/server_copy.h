// Moving a center from its SQLite file onto a PostgreSQL server (`onewindow-cli migrate --to`,
// docs/postgresql.md "Moving a center"): every table copied, then verified on the server by row
// count and content checksum before anything is committed. The file is only read.
#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

struct sqlite3;

namespace ow {

class Database;

namespace servercopy {

struct TableCopy
{
    QString table;
    qint64 rows = 0;
    QString checksum; // SHA-256 (hex) of the rows in key order, the same on both sides
};

struct CopyReport
{
    QList<TableCopy> tables; // in the order copied (parents before children)
    qint64 rows = 0;
    qint64 copyMs = 0;   // writing the rows
    qint64 verifyMs = 0; // reading them back and comparing
    qint64 searchMs = 0; // building the server's search index and the planner's statistics
    qint64 searchDocuments = 0;
    QStringList skipped; // SQLite's own search index, rebuilt on the server instead
};

// Called after each table with how many of `tableCount` are done.
using Progress = std::function<void(const QString& table, int done, int tableCount)>;

// Copies `source` (at the current schema version) into `target`, a PostgreSQL database connected as
// the role that owns the OneWindow schema: creates the schema there when it is missing (granting
// `appRole` the program's rights), refuses a target that already holds any OneWindow row, then
// copies every table in one server transaction, reads each back in that transaction and compares
// row counts and checksums with the file's, and commits only when every table matches. The file is
// read in one read transaction (a snapshot, even while desks go on working) and never written.
Result<CopyReport> copyToServer(Database& source, QSqlDatabase& target, const QString& appRole,
                                const Progress& progress = {});

// COPYs the rows `select` gives on the SQLite connection `db` into `columns` (in the select's order)
// of `table` on the server, in the server connection's current transaction (the package import on a
// server, exchange/package_import_server.cpp). Returns how many rows went.
Result<qint64> copyRows(sqlite3* db, const QString& select, QSqlDatabase& target, const QString& table,
                        const QStringList& columns);

// The checksum of one table of an SQLite database, as copyToServer computes it (for tests).
Result<TableCopy> fileChecksum(Database& source, const QString& table);
// The same on the server, through `target`.
Result<TableCopy> serverChecksum(QSqlDatabase& target, const QString& table);

} // namespace servercopy
} // namespace ow
