// Restores of checked backups into the live database or as a new file, and who may do either.
#include "admin/restore.h"

#include "security/audit.h"
#include "security/permissions.h"
#include "security/users.h"
#include "storage/migrations.h"
#include "storage/own_files.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <sqlite3.h>

namespace ow::backup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ow::backup", text); // the context lupdate gives tr() here
}

constexpr auto kTimeFormat = "yyyy-MM-dd'T'HHmmss";

} // namespace

Status mayDo(Database& db, const QString& login, Operation operation)
{
    auto actor = actorFor(db, login);
    if (!actor)
        return fail(actor.error());
    return permissions::require(*actor, operation == Operation::Backup ? permissions::Action::Backup
                                                                       : permissions::Action::Restore);
}

namespace {

// The audit entry of a restore, in a transaction of its own.
Status logRestore(Database& db, const QString& actor, const QString& backupPath, const QString& detail)
{
    WriteTransaction tx(db);
    Status logged = tx.active() ? appendAudit(db, actor, QStringLiteral("restore_backup"), QStringLiteral("database"),
                                              QFileInfo(backupPath).fileName(), detail)
                                : fail(tx.error());
    if (logged)
        logged = tx.commit();
    if (!logged)
        return fail(tr("The backup was restored, but the restore could not be written to the audit log: %1")
                        .arg(logged.error()));
    return {};
}

// A backup fit to restore: sound, and of a schema this program knows.
Result<BackupCheck> restorable(const QString& backupPath, const QString& shown)
{
    const BackupCheck checked = check(backupPath);
    if (!checked.sound)
        return fail(tr("The backup was not restored; nothing was changed.") + QLatin1Char('\n') +
                    checked.problems.join(QLatin1Char('\n')));
    if (checked.schemaVersion > latestSchemaVersion())
        return fail(tr("The backup %1 was written by a newer OneWindow (schema %2; this program knows up to %3). "
                       "Nothing was changed.")
                        .arg(shown)
                        .arg(checked.schemaVersion)
                        .arg(latestSchemaVersion()));
    return checked;
}

} // namespace

Result<RestoreResult> restore(Database& db, const QString& backupPath, const RestoreOptions& options,
                              const QDateTime& now)
{
    const QString shown = QDir::toNativeSeparators(backupPath);
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("The backup %1 does not exist.").arg(shown));
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(db.path()).canonicalFilePath())
        return fail(tr("%1 is the database itself, not a backup of it.").arg(shown));
    // Opening the -wal or -shm as a backup would drop this process's locks on it when closed.
    if (Status own = ownfiles::refuseDatabaseFile(backupPath); !own)
        return fail(own.error());
    if (Status s = mayDo(db, options.actor, Operation::Restore); !s)
        return fail(s.error());
    const auto fit = restorable(backupPath, shown);
    if (!fit)
        return fail(fit.error());
    const BackupCheck& checked = *fit;
    const QString site = db.siteCode();
    if (!options.forceSite && checked.siteCode != site)
        return fail(tr("The backup %1 belongs to site %2 (%3), this database to site %4. Nothing was changed; "
                       "to replace this site's records with the other site's all the same, use --force-site.")
                        .arg(shown, checked.siteCode, checked.siteName, site));
    {
        // In WAL mode SQLite cannot change a database's page size: a backup of another file with
        // other pages cannot be copied in.
        Connection source;
        if (Status s = source.open(backupPath, true); !s)
            return fail(tr("%1 cannot be opened: %2").arg(shown, s.error()));
        const QStringList theirs = source.column("PRAGMA page_size");
        QSqlQuery q(db.sql());
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next() && !theirs.isEmpty() &&
            q.value(0).toString() != theirs.first())
            return fail(tr("The backup %1 has pages of %2 bytes, this database pages of %3 bytes; it cannot be "
                           "restored into it. Nothing was changed.")
                            .arg(shown, theirs.first(), q.value(0).toString()));
    }

    RestoreResult result;
    result.restoredFrom = QFileInfo(backupPath).absoluteFilePath();
    result.siteCode = checked.siteCode;
    result.schemaVersion = checked.schemaVersion;
    // The current contents first, with the same API (a damaged file is kept as it is).
    const QFileInfo live(db.path());
    const QString stem = QStringLiteral("%1.before-restore-%2")
                             .arg(live.completeBaseName(), now.toString(QString::fromLatin1(kTimeFormat)));
    QString kept = live.absoluteDir().filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(kept); ++n)
        kept = live.absoluteDir().filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    bool keptSound = true;
    if (auto k = writeCopy(db, kept, true, &keptSound); !k)
        return fail(tr("The current database could not be kept, so the backup was not restored; nothing was "
                       "changed: %1")
                        .arg(k.error()));
    result.keptAs = kept;
    result.keptCopySound = keptSound;

    Connection source;
    if (Status s = source.open(backupPath, true); !s)
        return fail(tr("%1 cannot be opened: %2").arg(shown, s.error()));
    if (Status s = copyPages(db.handle(), source.handle()); !s)
        return fail(tr("The backup could not be restored: %1").arg(s.error()));
    source.close();
    if (Status s = migrate(db); !s)
        return fail(tr("The backup was restored but could not be upgraded: %1").arg(s.error()));
    if (Status s =
            logRestore(db, options.actor, backupPath, QStringLiteral("kept as %1").arg(QFileInfo(kept).fileName()));
        !s)
        return fail(s.error());
    return result;
}

Result<RestoreResult> restoreAsNewFile(const QString& databasePath, const QString& backupPath,
                                       const RestoreOptions& options)
{
    const QString shown = QDir::toNativeSeparators(backupPath);
    if (QFileInfo::exists(databasePath))
        return fail(tr("%1 already exists; it is not overwritten.").arg(databasePath));
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("The backup %1 does not exist.").arg(shown));
    const auto fit = restorable(backupPath, shown);
    if (!fit)
        return fail(fit.error());
    const BackupCheck& checked = *fit;
    {
        Connection source;
        Connection dest;
        if (Status s = source.open(backupPath, true); !s)
            return fail(tr("%1 cannot be opened: %2").arg(shown, s.error()));
        if (Status s = dest.open(databasePath, false); !s)
            return fail(tr("Cannot create %1: %2").arg(databasePath, s.error()));
        files::makePrivate(databasePath);
        Status copied = copyPages(dest.handle(), source.handle());
        if (copied)
            copied = dest.exec("PRAGMA journal_mode=WAL");
        if (!copied) {
            dest.close();
            QFile::remove(databasePath);
            return fail(tr("The backup could not be restored: %1").arg(copied.error()));
        }
    }
    auto db = Database::open(databasePath);
    if (!db)
        return fail(tr("The backup was restored but could not be upgraded: %1").arg(db.error()));
    if (Status s = logRestore(**db, options.actor, backupPath, QStringLiteral("as a new file")); !s)
        return fail(s.error());
    RestoreResult result;
    result.restoredFrom = QFileInfo(backupPath).absoluteFilePath();
    result.siteCode = checked.siteCode;
    result.schemaVersion = checked.schemaVersion;
    return result;
}

} // namespace ow::backup
