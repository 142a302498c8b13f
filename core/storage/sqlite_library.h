// One SQLite in the process. The program drives the connection Qt's driver opened through SQLite's
// C API (Database::handle(): bulk loads, backups, the busy handler). That is only sound when the
// driver and the program call the same copy of SQLite: with a Qt built with its bundled SQLite
// (the default on Windows and macOS), two copies would each keep their own locks and caches for
// one file. openRaw() checks it once per process and refuses to open a database when they differ.
#pragma once

#include "util/result.h"

class QSqlDriver;

namespace ow::sqlitelib {

// What the check found, for `check` and the tests.
struct Finding
{
    bool same = false;
    QString driverLibrary; // the file the driver's code lives in
    QString sqliteVersion; // the program's copy
    QString driverVersion; // what the driver's connection reports
};

// The decision on what was seen: `theirs` is SQLite's sqlite3_libversion as the driver's library
// resolves it (null when it exports none: a private, bundled copy), `ours` the program's.
bool sameCopy(const void* theirs, const void* ours, const QString& theirVersion, const QString& ourVersion);

Finding inspect(const QSqlDriver* driver, const QString& driverVersion);

// Empty when the driver uses the program's SQLite; otherwise the message that says what to do.
Status requireOneCopy(const QSqlDriver* driver, const QString& driverVersion);

} // namespace ow::sqlitelib
