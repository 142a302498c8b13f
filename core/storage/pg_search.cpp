// Case search documents, their PostgreSQL objects and the search condition (docs/postgresql.md).
#include "storage/pg_search.h"

#include "storage/search_index.h"
#include "storage/sql_values.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace ow::pgsearch {
namespace {

constexpr char32_t kRunOpen = U'[';
constexpr char32_t kRunClose = U']';

// Patterns with this many characters in a row (no run marks between) are found through pg_trgm.
constexpr int kTrigramRun = 3;
// Digit runs are also kept as their pieces of this many digits (HybridNewest).
constexpr int kQuad = 4;

void appendPieces(const QList<search::Piece>& ps, QString& out)
{
    for (const search::Piece& p : ps) {
        if (p.alnumRun)
            out += QLatin1Char('[') + p.text + QLatin1Char(']');
        else
            out += p.text;
    }
}

QString fromCodePoints(const uint* c, qsizetype n)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(c), n);
}

bool isMark(uint c)
{
    return c == kRunOpen || c == kRunClose;
}

// Grams are kept of CJK and other non-ASCII letters only: pairs of digits or ASCII letters are in
// nearly every document (phones, ID numbers) and select nothing; pg_trgm finds those runs.
void addGrams(const QList<uint>& cs, qsizetype i, QSet<QString>& grams, bool unigrams)
{
    if (cs[i] <= 127)
        return;
    if (unigrams)
        grams.insert(fromCodePoints(&cs[i], 1));
    if (i + 1 < cs.size() && cs[i + 1] > 127)
        grams.insert(fromCodePoints(&cs[i], 2));
}

// The longest stretch of characters without run marks: what pg_trgm can take trigrams from.
int longestStretch(const QList<uint>& cs)
{
    int best = 0, now = 0;
    for (uint c : cs) {
        now = isMark(c) ? 0 : now + 1;
        best = std::max(best, now);
    }
    return best;
}

QString escapeLike(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QStringList sorted(const QSet<QString>& set)
{
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

bool isDigit(uint c)
{
    return c >= '0' && c <= '9';
}

// Every kQuad consecutive ASCII digits of `text` (run marks and letters end a stretch).
QStringList quadsOf(const QString& text)
{
    const QList<uint> cs = text.toUcs4();
    QSet<QString> out;
    int run = 0;
    for (qsizetype i = 0; i < cs.size(); ++i) {
        run = isDigit(cs[i]) ? run + 1 : 0;
        if (run >= kQuad)
            out.insert(fromCodePoints(&cs[i + 1 - kQuad], kQuad));
    }
    return sorted(out);
}

bool hasReceivedOn(Design design)
{
    return design == Design::HybridNewest;
}

} // namespace

Document document(const QStringList& fields)
{
    Document d;
    for (const QString& f : fields)
        appendPieces(search::pieces(f), d.body);
    const QList<uint> cs = d.body.toUcs4();
    QSet<QString> grams;
    for (qsizetype i = 0; i < cs.size(); ++i)
        addGrams(cs, i, grams, true);
    d.grams = sorted(grams);
    d.quads = quadsOf(d.body);
    return d;
}

QStringList patterns(const QString& term)
{
    QStringList out;
    for (const QString& word : search::words(term)) {
        QString p;
        appendPieces(search::pieces(word), p);
        if (p.isEmpty())
            continue;
        // A leading run may start inside a document's run, a trailing one continue after it.
        if (p.startsWith(QLatin1Char('[')))
            p.remove(0, 1);
        if (p.endsWith(QLatin1Char(']')))
            p.chop(1);
        out << p;
    }
    return out;
}

QStringList patternGrams(const QString& pattern)
{
    const QList<uint> cs = pattern.toUcs4();
    QSet<QString> grams;
    for (qsizetype i = 0; i < cs.size(); ++i)
        addGrams(cs, i, grams, false);
    // No pair: the single characters (a 1-character term, or one beside digits or letters).
    for (qsizetype i = 0; i < cs.size() && grams.isEmpty(); ++i)
        addGrams(cs, i, grams, true);
    return sorted(grams);
}

QStringList digitQuads(const QString& pattern)
{
    return quadsOf(pattern);
}

QString arrayLiteral(const QStringList& items)
{
    QStringList quoted;
    for (QString s : items) {
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

Condition caseCondition(const QString& term, Design design, const NewestPage& page)
{
    const QString trimmed = term.trimmed();
    const QStringList ps = patterns(trimmed);
    if (ps.isEmpty())
        return {QStringLiteral("c.id = ?"), {trimmed}};
    Condition out;
    QStringList checks;
    QStringList grams, quads;
    for (const QString& p : ps) {
        const QList<uint> cs = p.toUcs4();
        const QStringList pq = design == Design::HybridNewest ? digitQuads(p) : QStringList();
        if (!pq.isEmpty()) {
            // 4 digits in a row: their pieces select far fewer documents than pg_trgm's 3-digit
            // trigrams, and a pattern of exactly 4 digits is its own piece (no LIKE).
            quads << pq;
            if (cs.size() == kQuad)
                continue;
        } else {
            const bool trigram =
                design == Design::Trigram || (design != Design::Grams && longestStretch(cs) >= kTrigramRun);
            if (!trigram)
                grams << patternGrams(p);
            // One or two non-ASCII characters are their own gram: the array says it exactly, and
            // the planner estimates `grams @>` from its element statistics, where a LIKE beside it
            // would be counted as a second, independent condition and the matches underestimated.
            if (!trigram && cs.size() <= 2 && std::all_of(cs.begin(), cs.end(), [](uint c) { return c > 127; }))
                continue;
        }
        checks << QStringLiteral("s.body LIKE ?");
        out.binds << QString(QLatin1Char('%') + escapeLike(p) + QLatin1Char('%'));
    }
    QVariantList arrays;
    for (auto [column, items] :
         {std::pair{QLatin1String("quads"), &quads}, std::pair{QLatin1String("grams"), &grams}}) {
        if (items->isEmpty())
            continue;
        items->removeDuplicates();
        items->sort();
        checks.prepend(QStringLiteral("s.%1 @> CAST(? AS text[])").arg(column));
        arrays.prepend(arrayLiteral(*items));
    }
    out.binds = arrays + out.binds;
    const bool paged = page.limit > 0 && hasReceivedOn(design);
    if (paged && page.afterReceived.isValid()) {
        checks << QStringLiteral("(s.received_on, s.case_id) < (CAST(? AS date), ?)");
        out.binds << page.afterReceived.toString(Qt::ISODate) << page.afterId;
    }
    out.sql = QStringLiteral("SELECT s.case_id FROM case_search s WHERE ") + checks.join(QLatin1String(" AND "));
    // The newest matches only: ordered and cut on the document's own received date, so that only
    // they are joined to `cases` (the index on (received_on, case_id) or a sort of the matches).
    if (paged)
        out.sql =
            QStringLiteral("(%1 ORDER BY s.received_on DESC, s.case_id DESC LIMIT %2)").arg(out.sql).arg(page.limit);
    // The case's own id, when that is what was typed (a one-case code is in the document).
    if (!QUuid::fromString(trimmed).isNull()) {
        out.sql += QStringLiteral(" UNION ALL SELECT CAST(? AS text)");
        out.binds << trimmed;
    }
    out.sql = QStringLiteral("c.id IN (") + out.sql + QLatin1Char(')');
    return out;
}

QStringList tableDdl(Design design)
{
    QStringList out;
    if (design != Design::Grams)
        out << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    out << QStringLiteral("CREATE TABLE case_search (case_id text PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE, "
                          "body text NOT NULL%1%2)")
               .arg(design != Design::Trigram ? QStringLiteral(", grams text[] NOT NULL") : QString(),
                    hasReceivedOn(design) ? QStringLiteral(", received_on date NOT NULL, quads text[] NOT NULL")
                                          : QString());
    // A finer sample than the default 100: LIKE '%term%' is estimated on the histogram, and a term
    // in 0.2% of the cases estimated at 1% made the planner walk the whole list (docs/postgresql.md).
    out << QStringLiteral("ALTER TABLE case_search ALTER COLUMN body SET STATISTICS 1000");
    if (design != Design::Trigram)
        out << QStringLiteral("ALTER TABLE case_search ALTER COLUMN grams SET STATISTICS 1000");
    return out;
}

QStringList indexDdl(Design design)
{
    QStringList out;
    if (design != Design::Grams)
        out << QStringLiteral("CREATE INDEX case_search_trigrams ON case_search USING gin (body gin_trgm_ops)");
    if (design != Design::Trigram)
        out << QStringLiteral("CREATE INDEX case_search_grams ON case_search USING gin (grams)");
    if (hasReceivedOn(design))
        out << QStringLiteral("CREATE INDEX case_search_quads ON case_search USING gin (quads)")
            << QStringLiteral("CREATE INDEX case_search_received ON case_search (received_on, case_id)");
    return out;
}

QStringList indexNames(Design design)
{
    QStringList names;
    for (const QString& statement : indexDdl(design))
        names << statement.section(QLatin1Char(' '), 2, 2); // CREATE INDEX <name> ON …
    return names;
}

QStringList ddl(Design design)
{
    QStringList out = tableDdl(design) + indexDdl(design);
    out << QStringLiteral("CREATE TABLE search_pending (case_id text PRIMARY KEY)")
        << QStringLiteral(R"SQL(CREATE FUNCTION search_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'cases' THEN
        INSERT INTO search_pending VALUES (NEW.id) ON CONFLICT DO NOTHING;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO search_pending VALUES (OLD.case_id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO search_pending VALUES (NEW.case_id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$)SQL")
        << QStringLiteral(R"SQL(CREATE FUNCTION search_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_pending WHERE case_id = OLD.id;
    RETURN NULL;
END $$)SQL")
        // The triggers have the names of SQLite's (v2), so that the schema test compares them.
        << QStringLiteral("CREATE TRIGGER cases_search_insert AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION "
                          "search_queue()")
        << QStringLiteral("CREATE TRIGGER cases_search_update AFTER UPDATE OF case_no, summary, applicant_name%1 ON "
                          "cases FOR EACH ROW EXECUTE FUNCTION search_queue()")
               .arg(hasReceivedOn(design) ? QStringLiteral(", received_on") : QString())
        << QStringLiteral("CREATE TRIGGER cases_search_delete AFTER DELETE ON cases FOR EACH ROW EXECUTE FUNCTION "
                          "search_forget()");
    for (const char* op : {"insert", "update", "delete"})
        out << QStringLiteral("CREATE TRIGGER parties_search_%1 AFTER %2 ON parties FOR EACH ROW EXECUTE FUNCTION "
                              "search_queue()")
                   .arg(QLatin1String(op), QString::fromLatin1(op).toUpper());
    out << QStringLiteral("INSERT INTO search_pending SELECT id FROM cases");
    return out;
}

QString upsertSql(Design design)
{
    if (design == Design::Trigram)
        return QStringLiteral("INSERT INTO case_search (case_id, body) VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE "
                              "SET body = excluded.body");
    if (hasReceivedOn(design))
        return QStringLiteral("INSERT INTO case_search (case_id, body, grams, received_on, quads) VALUES (?, ?, CAST(? "
                              "AS text[]), CAST(? AS date), CAST(? AS text[])) ON CONFLICT (case_id) DO UPDATE SET "
                              "body = excluded.body, grams = excluded.grams, received_on = excluded.received_on, "
                              "quads = excluded.quads");
    return QStringLiteral("INSERT INTO case_search (case_id, body, grams) VALUES (?, ?, CAST(? AS text[])) ON "
                          "CONFLICT (case_id) DO UPDATE SET body = excluded.body, grams = excluded.grams");
}

QStringList sessionSettings()
{
    return {QStringLiteral("SET max_parallel_workers_per_gather = 0"), QStringLiteral("SET random_page_cost = 1.1")};
}

Status indexQueued(QSqlDatabase& db, Design design)
{
    // The queue rows are taken first: a concurrent caller waits on them, then finds them gone.
    QSqlQuery read(db); // not forward-only: all rows are read before the writes start
    if (!read.exec(QStringLiteral(
            "WITH taken AS (DELETE FROM search_pending RETURNING case_id) "
            "SELECT c.id, COALESCE(c.case_no, ''), c.applicant_name, c.summary, (SELECT string_agg(p.name || ' ' || "
            "COALESCE(p.id_number, '') || ' ' || COALESCE(p.credit_code, '') || ' ' || COALESCE(p.phone, ''), ' ' "
            "ORDER BY p.sort_order, p.id) FROM parties p WHERE p.case_id = c.id), c.received_on "
            "FROM taken t JOIN cases c ON c.id = t.case_id")))
        return fail(sql::errorText(read.lastError()));
    QSqlQuery write(db);
    if (!write.prepare(upsertSql(design)))
        return fail(sql::errorText(write.lastError()));
    while (read.next()) {
        const QString id = read.value(0).toString();
        const Document d = document(search::caseFields(read.value(1).toString(), id, read.value(2).toString(),
                                                       read.value(3).toString(), read.value(4).toString()));
        write.addBindValue(id);
        write.addBindValue(d.body);
        if (design != Design::Trigram)
            write.addBindValue(arrayLiteral(d.grams));
        if (hasReceivedOn(design)) {
            write.addBindValue(read.value(5).toDate().toString(Qt::ISODate));
            write.addBindValue(arrayLiteral(d.quads));
        }
        if (!write.exec())
            return fail(sql::errorText(write.lastError()));
    }
    return {};
}

Status syncPending(QSqlDatabase& db, Design design)
{
    if (!db.transaction())
        return fail(sql::errorText(db.lastError()));
    if (Status s = indexQueued(db, design); !s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return fail(sql::errorText(db.lastError()));
    return {};
}

} // namespace ow::pgsearch
