// Which files are SQLite's own, and whether this process still holds SQLite's locks on them.
#include "storage/own_files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringList>
#include <limits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace ow::ownfiles {
namespace {

QMutex g_mutex;
QHash<QString, int> g_open; // absolute path → connections of this process

QString absolute(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

const QStringList& suffixes()
{
    static const QStringList s{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return s;
}

#ifdef Q_OS_UNIX
bool sameFile(const QString& a, const QString& b)
{
    struct stat sa, sb;
    const QByteArray fa = QFile::encodeName(a), fb = QFile::encodeName(b);
    return ::stat(fa.constData(), &sa) == 0 && ::stat(fb.constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}
#else
bool sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath(), cb = QFileInfo(b).canonicalFilePath();
    return !ca.isEmpty() && ca.compare(cb, Qt::CaseInsensitive) == 0;
}
#endif

} // namespace

void registerOpen(const QString& dbPath)
{
    QMutexLocker lock(&g_mutex);
    ++g_open[absolute(dbPath)];
}

void unregisterOpen(const QString& dbPath)
{
    QMutexLocker lock(&g_mutex);
    const QString key = absolute(dbPath);
    if (--g_open[key] <= 0)
        g_open.remove(key);
}

int openCount(const QString& dbPath)
{
    QMutexLocker lock(&g_mutex);
    return g_open.value(absolute(dbPath));
}

bool isDatabaseFile(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QString target = absolute(path);
    QStringList open;
    {
        QMutexLocker lock(&g_mutex);
        open = g_open.keys();
    }
    for (const QString& db : open)
        for (const QString& suffix : suffixes()) {
            const QString own = db + suffix;
            if (own == target || sameFile(own, target))
                return true;
        }
    // A working file of a database beside it, open here or not (a command may read its file before
    // it opens its database): never anyone's ledger, package or report.
    for (const QString& suffix : suffixes())
        if (!suffix.isEmpty() && target.endsWith(suffix) && QFileInfo::exists(target.chopped(suffix.size())))
            return true;
    return false;
}

Status refuseDatabaseFile(const QString& path)
{
    if (!isDatabaseFile(path))
        return {};
    return fail(QCoreApplication::translate("Database",
                                            "%1 is this center's database or one of its working files. It cannot be "
                                            "read or written as another file: choose another file name or folder.")
                    .arg(QDir::toNativeSeparators(path)));
}

LockState lockState(const QString& dbPath)
{
#ifdef Q_OS_LINUX
    // In WAL mode every connection holds a shared lock on byte 128 of the -shm file (SQLite's
    // "dead man switch", UNIX_SHM_DMS) for as long as it has the database open.
    constexpr long long kDms = 128;
    struct stat st;
    const QByteArray shm = QFile::encodeName(absolute(dbPath) + QStringLiteral("-shm"));
    if (::stat(shm.constData(), &st) != 0)
        return LockState::NoShmFile;
    const int fd = ::open("/proc/locks", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return LockState::Unknown;
    QByteArray text;
    char buf[16384];
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
        text.append(buf, qsizetype(n));
    ::close(fd);
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    // A line: "3: POSIX  ADVISORY  READ 1234 fe:01:5678 128 128" (device in hex, inode in decimal);
    // lines with "->" are requests still waiting.
    for (const QByteArray& line : text.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f.at(1) != "POSIX" || f.at(4) != pid)
            continue;
        const QList<QByteArray> dev = f.at(5).split(':');
        if (dev.size() != 3 || dev.at(2).toULongLong() != quint64(st.st_ino) ||
            dev.at(0).toUInt(nullptr, 16) != major(st.st_dev) || dev.at(1).toUInt(nullptr, 16) != minor(st.st_dev))
            continue;
        const long long start = f.at(6).toLongLong();
        const long long end = f.at(7) == "EOF" ? std::numeric_limits<long long>::max() : f.at(7).toLongLong();
        if (start <= kDms && kDms <= end)
            return LockState::Held;
    }
    return LockState::Lost;
#else
    Q_UNUSED(dbPath);
    return LockState::Unknown;
#endif
}

} // namespace ow::ownfiles
