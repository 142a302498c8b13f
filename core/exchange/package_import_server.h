// Packages and a center on a PostgreSQL server (docs/postgresql.md, "Consolidation on a server"): the
// import's own checks and classification run on SQLite as they do for a file, against a scratch SQLite
// database that mirrors the few server rows they compare with, and the merge writes the server in the
// import's one server transaction; an export writes its package from such a scratch database holding
// the server's rows it sends. Used by exchange/package_import.cpp and package_export.cpp only.
#pragma once

#include "exchange/package_checks.h"
#include "storage/database.h"

#include <QStringList>
#include <QTemporaryDir>

struct sqlite3;

namespace ow::importserver {

// A scratch SQLite database with this program's schema in a private temporary folder (removed with
// it): the package's copy is attached to it, and it holds the server's rows that the package's rows
// are compared with, so the classification's statements are those of a file.
class Mirror
{
public:
    Mirror() = default;
    Mirror(const Mirror&) = delete;
    Mirror& operator=(const Mirror&) = delete;
    Status create();
    sqlite3* handle() const;
    QString path() const { return m_path; }
    // Copies the server's rows the checks and the classification read: the rows of every package
    // table with an id the package carries or refers to within the table, the cases its rows belong
    // to, the rows of the cases of a full package whose deletions travel, their exchange base, the
    // open conflicts of the package's rows and this center's own site. With `lock`, the server's rows
    // are locked (FOR UPDATE) until the import's transaction ends, so no desk changes them meanwhile.
    Status fill(Database& server, const importcheck::Verified& v, bool lock);
    // For a package export from a server (exchange/package_export.cpp): the rows of the exchanged
    // tables the export of a file would take (rows changed since `since`, ISO UTC, unless empty,
    // and the rows they refer to), from one read-only snapshot of the server.
    Status fillForExport(Database& server, const QString& since);

private:
    Status fillRows(Database& server, const importcheck::Verified& v, bool lock);
    Status exportRows(Database& server, const QString& since);
    Status copy(Database& server, const QString& table, const QString& where, const QStringList& ids, bool lock);
    QTemporaryDir m_dir;
    QString m_path;
    DatabasePtr m_db;
};

// The ids (first column) a statement of the scratch connection gives.
Result<QStringList> ids(sqlite3* scratch, const QString& select);

// The merge's writes, in the server connection's current transaction, from rows `select` gives on the
// scratch connection (its columns in the order of `columns`):
// updates the server's rows with those ids;
Status updateRows(Database& server, sqlite3* scratch, const QString& table, const QStringList& columns,
                  const QString& select);
// adds them (COPY);
Status insertRows(Database& server, sqlite3* scratch, const QString& table, const QStringList& columns,
                  const QString& select);
// writes their exchange base (`select` gives id, row_version, updated_at);
Status upsertBase(Database& server, sqlite3* scratch, const QString& select);
// deletes the rows of `table` whose `column` is one of `ids`.
Status deleteRows(Database& server, const QString& table, const QString& column, const QStringList& ids);

} // namespace ow::importserver
