// Schema objects a bulk load (a ledger import, a package merge) drops inside its write transaction
// and creates again before the commit; a rollback restores them with everything else.
#pragma once

#include "util/result.h"

#include <QByteArrayList>
#include <QStringList>

struct sqlite3;

namespace ow::bulk {

// Drops the secondary (non-unique) indexes of `tables`: building each once at the end (one sort) is
// far cheaper than maintaining it row by row. Unique indexes stay, so every constraint is still
// enforced on each insert. Returns the statements that create the dropped indexes again.
QByteArrayList dropSecondaryIndexes(sqlite3* db, const QStringList& tables);

// The triggers that queue every inserted case and party for the search index (migration 2): each
// firing opens a statement journal, a fifth of a ledger import's work. A bulk load drops them and
// queues its cases itself with one INSERT…SELECT. Returns their CREATE statements.
QByteArrayList dropSearchQueueTriggers(sqlite3* db);

// Runs the statements the drop functions returned, in order; the first failure's message.
Status recreate(sqlite3* db, const QByteArrayList& statements);

} // namespace ow::bulk
