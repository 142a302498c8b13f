// Verified backups through SQLite's online backup API (see backup.h); restores are admin/restore.cpp.
#include "storage/backup.h"

#include "storage/own_files.h"

#include "storage/migrations.h"
#include "util/clock.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace ow::backup {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ow::backup", text); // the context lupdate gives tr() here
}

constexpr auto kTimeFormat = "yyyy-MM-dd'T'HHmmss";
// How long a backup or a restore waits for a lock another connection holds.
constexpr int kBusyWaitMs = 60000;

QString sqliteError(sqlite3* h)
{
    return h ? QString::fromUtf8(sqlite3_errmsg(h)) : QStringLiteral("out of memory");
}

} // namespace

Connection::~Connection()
{
    close();
}

Status Connection::open(const QString& path, bool readOnly)
{
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() +
                           (readOnly ? QByteArrayLiteral("?mode=ro") : QByteArrayLiteral("?mode=rwc"));
    const int rc = sqlite3_open_v2(
        uri.constData(), &m_h,
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(m_h));
    sqlite3_busy_timeout(m_h, 15000);
    return {};
}

void Connection::close()
{
    if (m_h)
        sqlite3_close_v2(m_h);
    m_h = nullptr;
}

Status Connection::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_h, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : sqliteError(m_h);
        sqlite3_free(message);
        return fail(text);
    }
    return {};
}

QStringList Connection::column(const char* sql, bool* failed)
{
    QStringList out;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(m_h, sql, -1, &st, nullptr);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    const bool bad = rc != SQLITE_DONE;
    if (bad)
        out << sqliteError(m_h);
    if (failed)
        *failed = bad;
    sqlite3_finalize(st);
    return out;
}

// Copies every page of `source`'s main database into `dest`'s in one step (one read snapshot of the
// source, so writers elsewhere neither restart nor spoil it), waiting while another connection
// holds a lock the copy needs.
Status copyPages(sqlite3* dest, sqlite3* source)
{
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", source, "main");
    if (!b)
        return fail(sqliteError(dest));
    QElapsedTimer waited;
    waited.start();
    int rc;
    while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (waited.elapsed() > kBusyWaitMs)
            break;
        QThread::msleep(50);
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return fail(rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                        ? tr("The database stayed busy; try again later.")
                        : QString::fromUtf8(sqlite3_errstr(rc)) + QStringLiteral(": ") + sqliteError(dest));
    return {};
}

namespace {

const QList<QPair<Kind, QString>>& kinds()
{
    static const QList<QPair<Kind, QString>> all{{Kind::Manual, QStringLiteral("manual")},
                                                 {Kind::Daily, QStringLiteral("daily")},
                                                 {Kind::BeforeUpgrade, QStringLiteral("before-upgrade")},
                                                 {Kind::BeforeImport, QStringLiteral("before-import")}};
    return all;
}

QRegularExpression namePattern(const QString& base)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{4}-\\d\\d-\\d\\dT\\d{6})-(manual|daily|before-upgrade|before-"
                                             "import)(?:-\\d+)?\\.sqlite$")
                                  .arg(QRegularExpression::escape(base)));
}

BackupCheck checkFile(const QString& path, bool mapped);

// Writes the copy under a temporary name, checks it and renames it into place; a copy that fails the
// check is deleted (keepUnsound: kept under its name all the same, and `sound` says so).
} // namespace

Result<BackupInfo> writeCopy(Database& db, const QString& target, bool keepUnsound, bool* sound)
{
    if (Status own = ownfiles::refuseDatabaseFile(target); !own)
        return fail(own.error());
    const QFileInfo info(target);
    if (info.exists())
        return fail(tr("%1 already exists; it is not overwritten.").arg(target));
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    files::removeLeftovers(folder);
    const QString part = files::temporaryPathBeside(target);
    auto removePart = [&part] { QFile::remove(part); };
    {
        Connection dest;
        if (Status s = dest.open(part, false); !s) {
            removePart();
            return fail(tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(target), s.error()));
        }
        files::makePrivate(part); // before the first page is written
        // A new file written whole and checked before use: no journal; synced when the copy ends.
        if (Status s = dest.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=FULL"); !s) {
            dest.close();
            removePart();
            return fail(tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(target), s.error()));
        }
        if (Status s = copyPages(dest.handle(), db.handle()); !s) {
            dest.close();
            removePart();
            return fail(tr("The backup could not be written: %1").arg(s.error()));
        }
        // The copied header says WAL, as the live file does; a backup in rollback mode opens read-only
        // without -wal and -shm files beside it.
        if (Status s = dest.exec("PRAGMA journal_mode=DELETE"); !s) {
            dest.close();
            removePart();
            return fail(tr("The backup could not be written: %1").arg(s.error()));
        }
    }
    const BackupCheck checked = checkFile(part, true);
    if (sound)
        *sound = checked.intact;
    if (!checked.intact && !keepUnsound) {
        removePart();
        return fail(tr("The backup failed its check and was deleted:") + QLatin1Char('\n') +
                    checked.problems.join(QLatin1Char('\n')));
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        removePart();
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(target)));
    }
    BackupInfo out;
    out.path = info.absoluteFilePath();
    out.time = Clock::now();
    out.bytes = QFileInfo(target).size();
    out.verified = checked.intact;
    return out;
}

QString kindName(Kind kind)
{
    for (const auto& [k, name] : kinds())
        if (k == kind)
            return name;
    return {};
}

QString ageText(const QDateTime& made)
{
    // The texts were the CLI's: they keep its translation context.
    const int days = int(made.toLocalTime().date().daysTo(Clock::today()));
    return days == 0 ? QCoreApplication::translate("Cli", "today")
                     : QCoreApplication::translate("Cli", "%n day(s) ago", nullptr, days);
}

bool tooOld(const QDateTime& made)
{
    return made.secsTo(Clock::now()) > qint64(kWarnAfterDays) * 86400;
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Manual:
        return tr("manual");
    case Kind::Daily:
        return tr("daily");
    case Kind::BeforeUpgrade:
        return tr("before upgrade");
    case Kind::BeforeImport:
        return tr("before import");
    }
    return {};
}

QString defaultFolder(const QString& databasePath)
{
    const QFileInfo db(databasePath);
    return db.absoluteDir().filePath(db.completeBaseName() + QStringLiteral("-backups"));
}

QList<BackupInfo> list(const QString& databasePath)
{
    const QRegularExpression pattern = namePattern(QFileInfo(databasePath).completeBaseName());
    QList<BackupInfo> out;
    const QDir dir(defaultFolder(databasePath));
    for (const QFileInfo& f : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::NoSymLinks)) {
        const auto m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.path = f.absoluteFilePath();
        b.time = QDateTime::fromString(m.captured(1), QString::fromLatin1(kTimeFormat));
        if (!b.time.isValid())
            continue;
        b.bytes = f.size();
        for (const auto& [k, name] : kinds())
            if (name == m.captured(2))
                b.kind = k;
        out << b;
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return out;
}

std::optional<BackupInfo> latest(const QString& databasePath)
{
    const QList<BackupInfo> all = list(databasePath);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

Result<BackupInfo> writeBackup(Database& db, const QString& target, bool* damaged)
{
    bool sound = true;
    auto written = writeCopy(db, target, false, &sound);
    if (damaged)
        *damaged = !sound;
    return written;
}

Result<BackupInfo> makeBackup(Database& db, Kind kind, const QDateTime& now, bool* damaged)
{
    const QFileInfo info(db.path());
    const QDir folder(defaultFolder(db.path()));
    const QString stem =
        QStringLiteral("%1-%2-%3")
            .arg(info.completeBaseName(), now.toString(QString::fromLatin1(kTimeFormat)), kindName(kind));
    QString target = folder.filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    auto written = writeBackup(db, target, damaged);
    if (!written)
        return written;
    BackupInfo b = *written;
    b.time = QDateTime::fromString(now.toString(QString::fromLatin1(kTimeFormat)), QString::fromLatin1(kTimeFormat));
    b.kind = kind;
    if (kind != Kind::Manual)
        prune(db.path(), keepDays(db), now.date());
    return b;
}

Result<std::optional<BackupInfo>> dailyBackupIfDue(Database& db, const QDateTime& now)
{
    for (const BackupInfo& b : list(db.path()))
        if (b.time.date() == now.date())
            return std::optional<BackupInfo>();
    auto made = makeBackup(db, Kind::Daily, now);
    if (!made)
        return fail(made.error());
    return std::optional<BackupInfo>(*made);
}

QStringList prune(const QString& databasePath, int keepDays, const QDate& today)
{
    QStringList removed;
    const QList<BackupInfo> all = list(databasePath);
    const QDate oldestKept = today.addDays(-keepDays + 1);
    for (qsizetype i = 1; i < all.size(); ++i) // the newest always stays
        if (all[i].kind != Kind::Manual && all[i].time.date() < oldestKept && QFile::remove(all[i].path))
            removed << all[i].path;
    return removed;
}

int keepDays(const Database& db)
{
    bool ok = false;
    const int days = db.setting(QStringLiteral("backup_keep_days")).toInt(&ok);
    return ok && days > 0 ? days : kDefaultKeepDays;
}

namespace {

// mapped: read through a memory map (a copy this program has just written and nobody else changes;
// on 100,000 cases the check took 3.5 s of CPU instead of 3.8 s user + 5 s system through read()).
BackupCheck checkFile(const QString& path, bool mapped)
{
    BackupCheck c;
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile()) {
        c.problems << tr("The file %1 does not exist.").arg(shown);
        return c;
    }
    Connection conn;
    if (Status s = conn.open(path, true); !s) {
        c.problems << tr("%1 cannot be opened: %2").arg(shown, s.error());
        return c;
    }
    if (mapped) {
        const QByteArray mmap = "PRAGMA mmap_size=" + QByteArray::number(QFileInfo(path).size());
        conn.exec(mmap.constData()).ok();
        conn.exec("PRAGMA cache_size=-65536").ok();
    }
    bool failed = false;
    const QStringList integrity = conn.column("PRAGMA integrity_check", &failed);
    if (failed || integrity != QStringList{QStringLiteral("ok")}) {
        c.problems << tr("%1 is damaged (integrity check):").arg(shown);
        for (const QString& line : integrity.mid(0, 10))
            c.problems << QStringLiteral("  ") + line;
        return c;
    }
    c.intact = true;
    const QStringList version = conn.column("PRAGMA user_version", &failed);
    c.schemaVersion = failed || version.isEmpty() ? 0 : version.first().toInt();
    const QStringList site = conn.column("SELECT value FROM settings WHERE key = 'site_code'", &failed);
    if (failed || site.isEmpty() || site.first().isEmpty() || c.schemaVersion <= 0) {
        c.problems << tr("%1 is not a OneWindow database (it has no site code).").arg(shown);
        return c;
    }
    c.siteCode = site.first();
    const QStringList name = conn.column("SELECT value FROM settings WHERE key = 'site_name'", &failed);
    c.siteName = failed || name.isEmpty() ? QString() : name.first();
    c.sound = true;
    return c;
}

} // namespace

BackupCheck check(const QString& path)
{
    return checkFile(path, false);
}

} // namespace ow::backup
