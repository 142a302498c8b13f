// Files this program writes are private to the account that runs it, and its temporary files are
// named so that a later run can find and remove what a killed run left behind.
#pragma once

#include <QString>

namespace ow::files {

// New files readable and writable by their owner only: umask 077 for the whole process (both
// programs call it first thing). SQLite then creates the database and its -wal and -shm with 0600.
void restrictNewFiles();

// Owner-only permissions (0600) on an existing file, whatever the umask. chmod by name: the file is
// never opened, so it is safe on a database that SQLite holds open.
bool makePrivate(const QString& path);

// A fresh name for a temporary file beside `file`, in the same folder (so that the same protection
// applies and rename(2) can put the finished file in place): ".<file name>.ow-tmp-<pid>-<random><suffix>".
// Nothing is created.
QString temporaryPathBeside(const QString& file, const QString& suffix = {});

// Removes the temporary files of that pattern in `folder` that a process which is no longer running
// left behind (a run killed half-way, or a crash). Files of running processes, other names, folders
// and symbolic links are left alone. Returns how many were removed.
int removeLeftovers(const QString& folder);

} // namespace ow::files
