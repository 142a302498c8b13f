// Backups of a center on a PostgreSQL server (docs/postgresql.md "Backups"): PostgreSQL's own
// pg_dump and pg_restore, in their custom format, checked after writing. The SQLite file's backups
// are storage/backup.h.
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ow {
class Database;
}

namespace ow::serverbackup {

struct DumpResult
{
    QString file;
    qint64 bytes = 0;
    qint64 ms = 0;
    int tables = 0; // tables whose rows the dump holds (pg_restore --list)
};

// Writes a dump of the database at `url` (a postgresql:// URL or libpq connection string, no
// password: ~/.pgpass or a service file supplies it) to `file`, which must not exist, then reads its
// table of contents back with pg_restore --list; a dump without the cases' rows is deleted and
// reported (and `notACenter` set). Partial files are removed on failure.
Result<DumpResult> dump(const QString& url, const QString& file, bool* notACenter = nullptr);

// Replaces the contents of the database at `url` (connected as the schema's owner) with the dump
// `file`: pg_restore --clean --single-transaction, so that either everything is restored or nothing
// changed. First writes the current contents to `keepCurrentAs` (when not empty) with dump(); a
// database that holds no center yet (a new one, after the server was lost) has nothing to keep.
Status restore(const QString& url, const QString& file, const QString& keepCurrentAs = {});

// Notes a dump in the center's audit log (actor system, action server_backup; the detail names the
// desk, the file and its size), one transaction, so that `check` on any desk can tell the age of the
// newest dump wherever it was written. The dump itself is already complete when this is called.
Status recordDump(Database& db, const DumpResult& made);

struct RecordedDump
{
    QDateTime at; // UTC
    QString detail;
};
// The newest dump noted by recordDump, or nothing when the log notes none.
std::optional<RecordedDump> latestRecordedDump(Database& db);

// The path of PostgreSQL's client program `name` (pg_dump, pg_restore, psql): the newest
// /usr/lib/postgresql/N/bin/ one (a newer pg_dump reads older servers, never the reverse), else the
// one on PATH; empty when none is installed.
QString clientTool(const QString& name);

} // namespace ow::serverbackup
