// Audit coverage of rows (issue 14): which audit entry last changed each user and each case, and a
// digest of the row as that entry left it, so that a change made beside the program is found.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace ow {

class Database;

namespace rowaudit {

// Registers the SQL function ow_row_digest(entry_hash, column, …) on a connection: the first 16
// bytes of SHA-256 over the values (NULL and text told apart), as 32 hex digits.
Status registerFunctions(sqlite3* db);

// Installs this connection's change journal: temporary triggers that note every user and case the
// program inserts, updates or deletes in temp.ow_changed_rows, until the transaction's commit stamps
// them (stampAtCommit). Temporary objects live in the connection, not the file: a change made with any
// other program is noted nowhere and stays unstamped. No-op on a file below schema version 12, and on a
// server, whose schema has the journal's triggers (public.ow_changed_rows, keyed by the transaction).
Status installJournal(Database& db);

// At the BEGIN of the outermost transaction on a server: switches the schema's journal triggers on for
// this transaction (the transaction-local setting ow.row_journal), so that they note what the program
// changes and nothing else. No-op on SQLite.
Status beginTransaction(Database& db);

// Notes `seq` (whose chain hash is `hash`) as the audit entry of the transaction under way
// (appendAudit calls it; the last one of a transaction wins). A rollback to a savepoint forgets an
// entry noted after it, on both stores.
Status noteEntry(Database& db, qint64 seq, const QString& hash);

// At the commit of the outermost transaction (WriteTransaction::commit): stamps the rows the
// transaction changed with its audit entry, so that audit_rows holds, per row, that seq and the digest
// of the row as it is committed. Rows changed by a transaction without an audit entry stay unstamped
// (and `check` names them).
Status stampAtCommit(Database& db);

// Stamps every user and case row with `seq`/`hash` (migration 12, for rows written before it).
// On a server the digests are made from the rows read back, by the same routine as SQLite's
// ow_row_digest, so a file's stamps stay valid on the server it is copied to.
Status stampAll(Database& db, qint64 seq, const QString& hash);

// A user or case whose state no audit entry accounts for.
struct Uncovered
{
    enum class Kind
    {
        NoEntry, // no audit_rows stamp, or its entry is not in the log
        Changed, // the row differs from what its entry stamped
        Deleted, // a stamped row is gone without an entry
    };
    QString table; // "users" or "cases"
    QString rowId;
    QString label;  // the login or the case number
    qint64 seq = 0; // the stamping entry (0 with NoEntry when none)
    Kind kind = Kind::NoEntry;
};

// Every uncovered row (at most `limit` of them) and the total count.
struct Coverage
{
    QList<Uncovered> rows;
    qint64 total = 0;
    qint64 checked = 0;
    QString error; // the search could not run (a damaged or altered schema)
};
Coverage findUncovered(Database& db, int limit = 20);

} // namespace rowaudit
} // namespace ow
