// Backups of a center's database file, its only copy of its records: written with SQLite's online
// backup API (a consistent snapshot while other connections keep writing), checked with
// PRAGMA integrity_check by opening the written file read-only, and only then given their name.
//
// Where: a folder beside the database, center.sqlite → center-backups/center-2026-12-06T101500-daily.sqlite
// (the time is local; the last word says why it was made). Automatic backups (daily, before an upgrade of
// the schema, before a package import) are kept for the center setting "backup_keep_days" (default 30)
// and pruned after each new one; manual backups are never pruned. Files are 0600.
//
// Restore copies a checked backup into the live database with the same API, which takes SQLite's locks
// as any writer does (never a file copy over a file another process may have open); the replaced
// contents are kept first as <db>.before-restore-<time>.sqlite beside the database.
#pragma once

#include "storage/database.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct sqlite3;

namespace ow::backup {

enum class Kind
{
    Manual,        // "manual": asked for by a person; never pruned
    Daily,         // "daily": the first start of the day
    BeforeUpgrade, // "before-upgrade": before the schema of an older file is migrated
    BeforeImport,  // "before-import": before a consolidation package is merged
};

inline constexpr int kDefaultKeepDays = 30;
// `check` warns when the latest backup is older than this many days.
inline constexpr int kWarnAfterDays = 2;

struct BackupInfo
{
    QString path;
    QDateTime time; // local time, from the file name
    qint64 bytes = 0;
    Kind kind = Kind::Manual;
    // Backups of the folder carry their final name only after the check passed.
    bool verified = true;
};

// What a check of a backup file found.
struct BackupCheck
{
    bool intact = false;  // integrity_check said ok (what a backup must pass once written)
    bool sound = false;   // intact, and a OneWindow database: a site code and a schema version (to restore)
    QStringList problems; // translated, for the user
    QString siteCode;
    QString siteName;
    int schemaVersion = 0;
};

QString kindName(Kind kind);  // "manual", "daily", ...
QString kindLabel(Kind kind); // translated, for lists
// How long ago a backup made at `made` was, as `check` says it: "today" or "N day(s) ago" (translated).
QString ageText(const QDateTime& made);
// True when a backup made at `made` is older than kWarnAfterDays, the age `check` warns about.
bool tooOld(const QDateTime& made);

// The default folder of a database's backups: <folder>/<base name>-backups.
QString defaultFolder(const QString& databasePath);
// Backups of the default folder, newest first (only files of our own naming).
QList<BackupInfo> list(const QString& databasePath);
// The newest backup in the default folder, if any.
std::optional<BackupInfo> latest(const QString& databasePath);

// Writes a checked copy of the open database to `target` (a new file; an existing one is refused).
// A copy that fails the check is deleted and the result says why.
// *damaged (when given) says whether the copy failed its integrity check, i.e. the database is damaged.
Result<BackupInfo> writeBackup(Database& db, const QString& target, bool* damaged = nullptr);
// A checked backup into the default folder, named for `now`; an automatic one prunes old ones after.
Result<BackupInfo> makeBackup(Database& db, Kind kind, const QDateTime& now = Clock::now(), bool* damaged = nullptr);
// The daily backup: made when the default folder has no backup of `now`'s date yet. Empty when one
// was there already.
Result<std::optional<BackupInfo>> dailyBackupIfDue(Database& db, const QDateTime& now = Clock::now());
// Removes automatic backups dated `keepDays` or more days before `today`; the newest backup always stays.
// Returns the removed files.
QStringList prune(const QString& databasePath, int keepDays, const QDate& today = Clock::today());
// The center setting "backup_keep_days" (kDefaultKeepDays when unset or not a number).
int keepDays(const Database& db);

// Opens `path` read-only with SQLite and checks it: integrity_check, the settings table with a site
// code, the schema version. Never writes to it.
BackupCheck check(const QString& path);

// A connection of our own to a file that is not the live database (a backup), straight through
// SQLite's C API: for admin/restore.cpp and the checks here.
class Connection
{
public:
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();
    Status open(const QString& path, bool readOnly);
    sqlite3* handle() const { return m_h; }
    void close();
    Status exec(const char* sql);
    // Every row's first column; an error ends the list with its message (and sets *failed).
    QStringList column(const char* sql, bool* failed = nullptr);

private:
    sqlite3* m_h = nullptr;
};

// For admin/restore.cpp: a copy of the open database at `target` (keepUnsound: keep it even when it fails
// its check, *sound says so), and a page copy from one SQLite handle to another with the backup API.
Result<BackupInfo> writeCopy(Database& db, const QString& target, bool keepUnsound, bool* sound = nullptr);
Status copyPages(sqlite3* dest, sqlite3* source);

} // namespace ow::backup
