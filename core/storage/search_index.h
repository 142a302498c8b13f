// The case search index (FTS5): Chinese text as one token per character, letters and digits as
// one token per position (the up-to-3-character run starting there), so 1-, 2- and 3-character
// Chinese terms and partial phone or ID numbers are all found as phrases (docs/ARCHITECTURE.md rule 4,
// "Chinese search trap").
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace ow {

class Database;

namespace search {

// A text as the index cuts it: ASCII letter/digit runs (lower-cased, after text::normalized) and
// single other characters (CJK and other letters or digits); everything else separates. The
// PostgreSQL search (storage/pg_search.h) cuts with the same function.
struct Piece
{
    QString text;
    bool alnumRun = false;
};
QList<Piece> pieces(const QString& input);
// The words of what a user typed (normalized, split at spaces): each must occur, as a phrase.
QStringList words(const QString& term);
// The fields of a case's search document, in the order indexed: case number, one-case code,
// applicant, summary, and the parties (name, ID number, credit code and phone of each, separated by
// spaces).
QStringList caseFields(const QString& caseNo, const QString& caseId, const QString& applicant, const QString& summary,
                       const QString& parties);

// The token text stored for a document made of these fields.
QString indexText(const QStringList& fields);
// The FTS5 MATCH expression for what a user typed; empty when it has nothing searchable.
QString matchExpression(const QString& term);

// Indexes every case queued by the triggers (new or changed cases and parties). Runs inside the
// caller's transaction when one is open, else in its own WriteTransaction. Writers call it before
// committing; searches call it first so an import by any program is found at once. Does nothing on
// a server yet (its search is pg_search.h, not yet wired: docs/postgresql.md, Status).
Status syncPending(Database& db);
// Re-queues every case and indexes it again (after restoring an old backup, for example); likewise
// nothing on a server.
Status rebuild(Database& db);

// SQL condition on the case alias `c` for a MATCH expression (bind it once).
inline constexpr auto kCaseCondition = "c.id IN (SELECT d.case_id FROM search_docs d WHERE d.doc IN "
                                       "(SELECT rowid FROM case_search WHERE case_search MATCH ?))";

} // namespace search
} // namespace ow
