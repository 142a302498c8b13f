// Which SQLite the Qt driver calls, compared with the one the program links (see sqlite_library.h).
#include "storage/sqlite_library.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <mutex>
#include <sqlite3.h>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define OW_HAVE_DLFCN 1
#endif

namespace ow::sqlitelib {

bool sameCopy(const void* theirs, const void* ours, const QString& theirVersion, const QString& ourVersion)
{
    return theirs != nullptr && theirs == ours && theirVersion == ourVersion;
}

Finding inspect(const QSqlDriver* driver, const QString& driverVersion)
{
    Finding f;
    f.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    f.driverVersion = driverVersion;
    const void* ours = reinterpret_cast<const void*>(&sqlite3_libversion);
#ifdef OW_HAVE_DLFCN
    // The driver's code lives where its vtable does; ask that library (and what it links) for SQLite.
    Dl_info info{};
    const void* vtable = *reinterpret_cast<void* const*>(driver);
    if (dladdr(vtable, &info) && info.dli_fname) {
        f.driverLibrary = QString::fromLocal8Bit(info.dli_fname);
        void* lib = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        if (!lib) // the program itself (a static Qt): its global symbols
            lib = dlopen(nullptr, RTLD_LAZY);
        const void* theirs = lib ? dlsym(lib, "sqlite3_libversion") : nullptr;
        if (lib)
            dlclose(lib);
        f.same = sameCopy(theirs, ours, driverVersion, f.sqliteVersion);
        return f;
    }
#endif
    // No way to see the symbols: the versions at least must agree.
    f.same = driverVersion == f.sqliteVersion;
    return f;
}

Status requireOneCopy(const QSqlDriver* driver, const QString& driverVersion)
{
    static std::once_flag once;
    static Finding found;
    std::call_once(once, [&] { found = inspect(driver, driverVersion); });
    if (found.same)
        return {};
    return fail(QCoreApplication::translate(
                    "Database",
                    "This OneWindow cannot open databases safely: Qt's SQLite driver (%1, SQLite %2) uses its own "
                    "copy of SQLite, not the one the program uses (SQLite %3), and two copies writing one file "
                    "can damage it. Nothing was opened. Install Qt's SQLite driver built against the system's "
                    "SQLite (on Debian and Ubuntu: the package libqt6sql6-sqlite), or build OneWindow against "
                    "the same SQLite as Qt.")
                    .arg(found.driverLibrary.isEmpty() ? QStringLiteral("?") : found.driverLibrary, found.driverVersion,
                         found.sqliteVersion));
}

} // namespace ow::sqlitelib
