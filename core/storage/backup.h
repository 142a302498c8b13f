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
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

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

enum class Operation
{
    Backup,  // supervisors, administrators and the built-in operator
    Restore, // administrators and the built-in operator
};
// The one role check of backups and restores (the CLI and the window both call it).
Status mayDo(Database& db, const QString& login, Operation operation);

QString kindName(Kind kind);  // "manual", "daily", ...
QString kindLabel(Kind kind); // translated, for lists

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
Result<BackupInfo> makeBackup(Database& db, Kind kind, const QDateTime& now = QDateTime::currentDateTime(),
                              bool* damaged = nullptr);
// The daily backup: made when the default folder has no backup of `now`'s date yet. Empty when one
// was there already.
Result<std::optional<BackupInfo>> dailyBackupIfDue(Database& db, const QDateTime& now = QDateTime::currentDateTime());
// Removes automatic backups dated `keepDays` or more days before `today`; the newest backup always stays.
// Returns the removed files.
QStringList prune(const QString& databasePath, int keepDays, const QDate& today = QDate::currentDate());
// The center setting "backup_keep_days" (kDefaultKeepDays when unset or not a number).
int keepDays(const Database& db);

// Opens `path` read-only with SQLite and checks it: integrity_check, the settings table with a site
// code, the schema version. Never writes to it.
BackupCheck check(const QString& path);

struct RestoreOptions
{
    QString actor = QStringLiteral("system");
    bool forceSite = false; // restore a backup of another site
};

struct RestoreResult
{
    QString restoredFrom;
    QString keptAs;            // the replaced contents
    bool keptCopySound = true; // false: the replaced contents were damaged, and kept as they were
    QString siteCode;
    int schemaVersion = 0; // of the backup (the database is then upgraded as on opening)
};

// Checks the backup (integrity, a OneWindow database, the same site unless forceSite, a schema this
// program knows) and refuses with nothing changed when any check fails; otherwise keeps the current
// contents beside the database and copies the backup into it, then upgrades the schema if the backup
// is older and logs the restore in the audit log. `db` must not be inside a transaction.
Result<RestoreResult> restore(Database& db, const QString& backupPath, const RestoreOptions& options,
                              const QDateTime& now = QDateTime::currentDateTime());

// The database file is gone (deleted, a dead disk): the checked backup becomes a new file at
// `databasePath`, which must not exist. No other program can have it open, and no accounts can be
// asked: whoever may create the file may do this, as with `init`. Upgraded and logged as restore().
Result<RestoreResult> restoreAsNewFile(const QString& databasePath, const QString& backupPath,
                                       const RestoreOptions& options);

} // namespace ow::backup
