// The database's own files (the file, its -wal, -shm and -journal) belong to SQLite alone: which are open,
// whether a path a user chose is one of them, and whether this process still holds SQLite's locks on them.
//
// POSIX advisory locks belong to the process, not to the file descriptor: when any code in the process
// opens and closes one of these files (a file dialog reading it to pick an icon, an import reading a
// path the clerk chose), every lock SQLite holds on it is silently dropped. A second process then
// believes it is alone, resets the shared WAL index and writes beside this one: a case was lost that
// way. So a path the user chose is checked with refuseDatabaseFile() before anything opens it, and a
// connection checks lockState() before it writes (Database::ensureLocks) and reconnects when its locks
// are gone (docs/ARCHITECTURE.md, "The database's own files").
#pragma once

#include "util/result.h"

#include <QString>

namespace ow::ownfiles {

// Database::openRaw and ~Database keep the list of the database files this process has open.
void registerOpen(const QString& dbPath);
void unregisterOpen(const QString& dbPath);
// How many connections of this process have the file open.
int openCount(const QString& dbPath);

// Whether path is an open database of this process or one of its working files, compared by device
// and inode where the file exists (a hard link or another spelling of the path is caught) and by the
// absolute path otherwise; also any X-wal, X-shm or X-journal beside an existing X. Only stat() is
// used: nothing is opened.
bool isDatabaseFile(const QString& path);
// Fails with a message for the user when path is one of those files; call before opening a file
// that a user or a script named (an import, an export, an attachment, a report).
Status refuseDatabaseFile(const QString& path);

enum class LockState
{
    Held,      // SQLite's shared lock on the WAL index (-shm) is this process's
    Lost,      // the -shm file exists but this process holds no lock on it
    NoShmFile, // there is no -shm file: for an open WAL database it was deleted under this process
    Unknown,   // cannot be told on this system (no /proc/locks)
};
// Reads /proc/locks on Linux; elsewhere Unknown.
LockState lockState(const QString& dbPath);

} // namespace ow::ownfiles
