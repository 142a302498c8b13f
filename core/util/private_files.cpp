// Private files and the clean-up of temporary files left behind by killed runs.
#include "util/private_files.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ow::files {
namespace {

// When this process started, as near as a library can tell: a file of our own pid that is older
// belongs to an earlier process that had the same pid.
const QDateTime kStarted = Clock::nowUtc();

qint64 ownPid()
{
    return QCoreApplication::applicationPid();
}

bool processRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) == 0)
        return true;
    return errno != ESRCH; // EPERM: it runs, under another account
#else
    Q_UNUSED(pid);
    return true; // no way to tell here: only files older than a day are removed (below)
#endif
}

} // namespace

void restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

bool makePrivate(const QString& path)
{
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

QString temporaryPathBeside(const QString& file, const QString& suffix)
{
    const QFileInfo info(file);
    const QString random = QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 36);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.ow-tmp-%2-%3%4").arg(info.fileName()).arg(ownPid()).arg(random, suffix));
}

int removeLeftovers(const QString& folder)
{
    // A temporary SQLite file (a backup under way) may have its -journal beside it.
    static const QRegularExpression pattern(
        QStringLiteral("^\\..+\\.ow-tmp-(\\d+)-[0-9a-z]+(\\.[A-Za-z0-9]+)?(-journal|-wal|-shm)?$"));
    const QDir dir(folder);
    int removed = 0;
    const QFileInfoList entries = dir.entryInfoList({QStringLiteral(".*.ow-tmp-*")},
                                                    QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System);
    for (const QFileInfo& f : entries) {
        const auto m = pattern.match(f.fileName());
        if (!m.hasMatch() || f.isSymLink() || !f.isFile())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
        const QDateTime modified = f.lastModified().toUTC();
        bool stale;
#ifdef Q_OS_UNIX
        stale = pid == ownPid() ? modified < kStarted.addSecs(-1) : !processRunning(pid);
#else
        stale = modified < Clock::nowUtc().addDays(-1);
#endif
        if (stale && QFile::remove(f.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace ow::files
