// Restoring a backup and the role check of backups and restores: above storage, because a restore
// is an administrator's act that the audit log records (storage/backup.h writes and checks the files).
#pragma once

#include "storage/backup.h"
#include "util/clock.h"

namespace ow::backup {

enum class Operation
{
    Backup,  // supervisors, administrators and the built-in operator
    Restore, // administrators and the built-in operator
};
// The one role check of backups and restores (the CLI and the window both call it).
Status mayDo(Database& db, const QString& login, Operation operation);

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
                              const QDateTime& now = Clock::now());

// The database file is gone (deleted, a dead disk): the checked backup becomes a new file at
// `databasePath`, which must not exist. No other program can have it open, and no accounts can be
// asked: whoever may create the file may do this, as with `init`. Upgraded and logged as restore().
Result<RestoreResult> restoreAsNewFile(const QString& databasePath, const QString& backupPath,
                                       const RestoreOptions& options);

} // namespace ow::backup
