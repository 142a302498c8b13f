// `backup [--out FILE]`: a checked backup made with SQLite's online backup API; `restore FILE`: a
// checked backup copied back into the database, the replaced contents kept beside it (storage/backup.h).
#include "cli/cli.h"

#include "admin/restore.h"
#include "admin/server_backup.h"
#include "security/users.h"
#include "storage/store_location.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <optional>

namespace ow::cli {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

// The database, once the user may do the operation; otherwise null and the exit status set.
DatabasePtr openFor(Context& ctx, backup::Operation operation, int& status)
{
    DatabasePtr db = ctx.openDatabase();
    if (!db) {
        status = ExitDatabase;
        return nullptr;
    }
    if (Status allowed = backup::mayDo(*db, ctx.user, operation); !allowed) {
        ctx.err << allowed.error() << Qt::endl;
        status = ExitPermission;
        return nullptr;
    }
    return db;
}

// A center on a server: its dumps go to the per-user data folder unless --out names a file.
QString serverDumpPath(const StoreLocation& at, const QString& what)
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                   QStringLiteral("/OneWindow/server-backups"));
    dir.mkpath(QStringLiteral("."));
    return dir.filePath(QStringLiteral("%1-%2%3.dump")
                            .arg(at.database.isEmpty() ? QStringLiteral("onewindow") : at.database,
                                 Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")), what));
}

// `backup` and `restore` with --db postgresql://…: PostgreSQL's pg_dump and pg_restore, run as the
// role in the URL, which the server's rights must allow. Through the desks' login role, which names
// no person, `backup` first asks the center's role table as on a file (leaders and administrators;
// a clerk is refused before anything is dumped); the schema's owner, the server's administrator
// whose nightly routine backs it up, is not asked. `restore` is the server's business alone: the
// database it replaces may be too damaged to open, and only the schema's owner can restore it.
std::optional<StoreLocation> serverOf(const Context& ctx)
{
    const Result<StoreLocation> at = parseStoreLocation(ctx.dbPath);
    if (!at || !at->isPostgreSql())
        return std::nullopt;
    return *at;
}

int serverBackup(Context& ctx, const StoreLocation& at, QString target)
{
    Result<DatabasePtr> opened = ctx.openStore();
    if (!opened) {
        ctx.err << opened.error() << Qt::endl;
        return ExitDatabase;
    }
    Database& db = **opened;
    if (!UserService::serverRecoveryProof(db) && !ctx.signIn(db))
        return ExitDatabase;
    if (target.isEmpty())
        target = serverDumpPath(at, {});
    auto made = serverbackup::dump(at.url(), target);
    if (!made)
        return ctx.rejected(made.error());
    ctx.out << QCoreApplication::translate("Cli", "Backup of %1 written to %2 (%3 MB, %4 tables); pg_restore reads it.")
                   .arg(at.display(), QDir::toNativeSeparators(made->file), megabytes(made->bytes))
                   .arg(made->tables)
            << Qt::endl;
    // Noted in the center's audit log, where `check` on every desk finds its age. The dump is whole
    // already: a note that fails is a warning, not a failed backup.
    const Status noted = serverbackup::recordDump(db, *made);
    if (!noted)
        ctx.err << QCoreApplication::translate("Cli", "Warning: the backup could not be noted in the center's audit "
                                                      "log, so check will not see it: %1")
                       .arg(noted.error())
                << Qt::endl;
    return ExitOk;
}

int serverRestore(Context& ctx, const StoreLocation& at, const QString& file)
{
    const QString kept = serverDumpPath(at, QStringLiteral("-before-restore"));
    if (Status restored = serverbackup::restore(at.url(), file, kept); !restored)
        return ctx.rejected(restored.error());
    ctx.out
        << QCoreApplication::translate("Cli", "Restored %1 into %2.").arg(QDir::toNativeSeparators(file), at.display())
        << Qt::endl;
    if (QFileInfo::exists(kept))
        ctx.out << QCoreApplication::translate("Cli", "The replaced contents are kept as %1.")
                       .arg(QDir::toNativeSeparators(kept))
                << Qt::endl;
    else
        ctx.out << QCoreApplication::translate("Cli", "The database held no center before; there was nothing to keep.")
                << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdBackup(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE"));
    p.addOption(out);
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "backup takes no arguments: backup [--out FILE]"));
    if (p.isSet(out) && p.value(out).trimmed().isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "--out needs the name of the backup file to write."));
    if (const std::optional<StoreLocation> server = serverOf(ctx))
        return serverBackup(ctx, *server, p.value(out).trimmed());
    int status = ExitOk;
    DatabasePtr db = openFor(ctx, backup::Operation::Backup, status);
    if (!db)
        return status;
    const QString target = p.value(out).trimmed();
    if (!target.isEmpty() && QFileInfo::exists(target))
        return ctx.rejected(
            QCoreApplication::translate("Cli", "%1 already exists; it is not overwritten.").arg(target));
    bool damaged = false;
    auto made = target.isEmpty() ? backup::makeBackup(*db, backup::Kind::Manual, Clock::now(), &damaged)
                                 : backup::writeBackup(*db, target, &damaged);
    if (!made) {
        ctx.err << made.error() << Qt::endl;
        if (damaged) {
            ctx.err << QCoreApplication::translate("Cli", "The database is damaged. Restore it from a backup.")
                    << Qt::endl;
            return ExitDatabase;
        }
        return ExitRejected;
    }
    ctx.out << QCoreApplication::translate("Cli", "Backup written to %1 (%2 MB); its integrity check passed.")
                   .arg(QDir::toNativeSeparators(made->path), megabytes(made->bytes))
            << Qt::endl;
    return ExitOk;
}

int cmdRestore(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption forceSite(QStringLiteral("force-site"));
    p.addOption(forceSite);
    p.addPositionalArgument(QStringLiteral("file"), {});
    if (!ctx.parse(p))
        return ExitUsage;
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "restore needs exactly one backup file: restore BACKUP_FILE [--force-site]"));
    const QString file = p.positionalArguments().first();
    if (const std::optional<StoreLocation> server = serverOf(ctx))
        return serverRestore(ctx, *server, file);
    backup::RestoreOptions options;
    options.actor = ctx.user;
    options.forceSite = p.isSet(forceSite);
    if (!QFileInfo::exists(ctx.dbPath)) {
        // The file is gone: the backup becomes the database again.
        auto restored = backup::restoreAsNewFile(ctx.dbPath, file, options);
        if (!restored)
            return ctx.rejected(restored.error());
        ctx.out << QCoreApplication::translate("Cli", "Restored %1 (site %2) into %3.")
                       .arg(QDir::toNativeSeparators(restored->restoredFrom), restored->siteCode,
                            QDir::toNativeSeparators(ctx.dbPath))
                << Qt::endl;
        return ExitOk;
    }
    int status = ExitOk;
    DatabasePtr db = openFor(ctx, backup::Operation::Restore, status);
    if (!db)
        return status;
    auto restored = backup::restore(*db, file, options);
    if (!restored)
        return ctx.rejected(restored.error());
    ctx.out << QCoreApplication::translate("Cli", "Restored %1 (site %2) into %3.")
                   .arg(QDir::toNativeSeparators(restored->restoredFrom), restored->siteCode,
                        QDir::toNativeSeparators(ctx.dbPath))
            << Qt::endl;
    ctx.out << (restored->keptCopySound
                    ? QCoreApplication::translate("Cli", "The replaced database is kept as %1.")
                    : QCoreApplication::translate("Cli", "The replaced database, which was damaged, is kept as %1."))
                   .arg(QDir::toNativeSeparators(restored->keptAs))
            << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
