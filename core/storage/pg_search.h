// Case search on PostgreSQL (docs/postgresql.md, "Search"): the same semantics as the SQLite FTS5
// index (storage/search_index.h) — 1-, 2- and 3-character Chinese terms, partial phone and ID
// numbers, case numbers, several words all required, each as a phrase — on a table of one search
// document per case.
//
// A document is the case's search fields (search::caseFields) cut by search::pieces into one text:
// CJK and other letters as they are, each ASCII letter/digit run between '[' and ']'. A word the user
// typed is cut the same way into a pattern (without the '[' of a leading run and the ']' of a
// trailing one, which may continue in the document), and a case is found when its document contains
// every pattern: exactly the phrase match of the FTS5 index. Two GIN indexes find the candidates:
// pg_trgm on the text for patterns with 3 or more characters in a row, and an array of the
// document's distinct non-ASCII characters and pairs of them (`grams @>`) for shorter ones, which
// pg_trgm cannot index; `body LIKE '%pattern%'` checks the candidates unless the array alone is
// exact (one or two Chinese characters). The chosen design adds an array of the 4-digit pieces of
// the document's digit runs (a partial phone or ID number is one exact element) and the case's
// received date, so that the list's first page takes the newest matches inside the search.
#pragma once

#include "util/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace ow::pgsearch {

// The designs measured by tests/bench/bench_pg_search.cpp; the program uses kDesign.
enum class Design
{
    Trigram, // pg_trgm on the text alone (1- and 2-character terms cannot use it)
    Grams,   // characters and pairs alone: a longer term is the AND of its pairs
    Hybrid,  // pg_trgm for 3 or more characters in a row, characters and pairs below
    // Hybrid, plus: 4 digits in a row found through an array of the documents' 4-digit pieces, and
    // the received date kept in the document, so that a first page is ordered and cut inside the
    // search instead of after joining every match to `cases` (docs/postgresql.md, "Measured").
    HybridNewest,
};
inline constexpr Design kDesign = Design::HybridNewest;

// The statements creating the search objects, in order, for the schema's migration to run inside
// its transaction as the owner after `cases` and `parties` exist: pg_trgm (a trusted extension),
// the tables case_search (case_id, body, grams) and search_pending (the queue), their indexes, and
// the triggers on cases and parties that queue a changed case, as on SQLite. Existing cases are
// queued too; syncPending indexes them.
QStringList ddl(Design design = kDesign);
// The parts of ddl(): pg_trgm and the case_search table; its GIN indexes (a bulk load builds them
// after the rows are in).
QStringList tableDdl(Design design = kDesign);
QStringList indexDdl(Design design = kDesign);
// The names of the indexes indexDdl makes (a bulk load drops them first).
QStringList indexNames(Design design = kDesign);

struct Document
{
    QString body;      // the text the patterns are matched against
    QStringList grams; // distinct non-ASCII characters and pairs of them in body, sorted
    QStringList quads; // distinct runs of 4 ASCII digits in body, sorted
};
// The document of a case made of these fields (search::caseFields).
Document document(const QStringList& fields);

// The pattern each word of what a user typed must be found as in a document body; a word of
// separators only has none.
QStringList patterns(const QString& term);
// The distinct grams a document containing `pattern` has: its pairs of non-ASCII characters, or
// when it has none its non-ASCII characters (none for digits and ASCII letters alone).
QStringList patternGrams(const QString& pattern);
// The distinct runs of 4 ASCII digits in `pattern` (a document containing it has them all).
QStringList digitQuads(const QString& pattern);
// A PostgreSQL array literal ('{"a","b"}') of these texts, to bind as text and cast to text[].
QString arrayLiteral(const QStringList& items);

// A SQL condition on the case alias `c` and the values to bind to its '?' in order.
struct Condition
{
    QString sql;
    QVariantList binds;
};
// A page of the case list in its default order (received_on DESC, id DESC) whose only filter is the
// search: the search itself then takes the newest `limit` matches after the cursor, if any.
struct NewestPage
{
    int limit = 0;       // 0: no page, every match (the list has other filters or another order)
    QDate afterReceived; // the cursor: the last row of the page before (invalid: first page)
    QString afterId;
};
// What the case list adds to its WHERE for a search (as search::kCaseCondition on SQLite): the
// cases whose document contains every word, or the case whose id is the term. Values are bound,
// never spliced: '%', '_' and quotes cannot change the statement. With a `page` (HybridNewest only),
// only that page's matches: the list must then order by received_on DESC, id DESC, limit to
// page.limit and have no other filter (the case whose id is the term comes on top of them).
Condition caseCondition(const QString& term, Design design = kDesign, const NewestPage& page = {});

// The statement inserting or replacing one document: binds case_id, body, (but on Trigram) the
// grams array literal and (on HybridNewest) the received date and the quads array literal.
QString upsertSql(Design design = kDesign);

// The settings the case list's session runs its searches with (docs/postgresql.md, "For the
// connection"): no parallel workers (starting them costs more than a search) and random reads
// priced as the cached reads they are (else the planner walks the list for a term it should look up).
QStringList sessionSettings();

// Indexes every case queued (and committed) so far, inside the caller's transaction: a writer calls
// it before committing. Concurrent callers do not index a case twice: the queue row is deleted
// first, and a second deleter waits for the first to commit. A queued case that no longer exists
// has no document left (the foreign key removed it).
Status indexQueued(QSqlDatabase& db, Design design = kDesign);
// indexQueued in a transaction of its own (searches call it first, as on SQLite).
Status syncPending(QSqlDatabase& db, Design design = kDesign);

} // namespace ow::pgsearch
