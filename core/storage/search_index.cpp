// Building and maintaining the per-character case search index.
#include "storage/search_index.h"

#include "domain/case.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/text.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace ow::search {
namespace {

bool isAsciiAlnum(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z');
}

} // namespace

QList<Piece> pieces(const QString& input)
{
    QList<Piece> out;
    const QString s = text::normalized(input).toLower();
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            out << Piece{run, true};
        run.clear();
    };
    for (char32_t c : s.toUcs4()) {
        if (isAsciiAlnum(c)) {
            run += QChar(char16_t(c));
            continue;
        }
        flush();
        const QString one = QString::fromUcs4(&c, 1);
        if (text::isCjk(c) || (c > 127 && one.at(0).isLetterOrNumber()))
            out << Piece{one, false};
    }
    flush();
    return out;
}

QStringList words(const QString& term)
{
    return text::normalized(term).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList caseFields(const QString& caseNo, const QString& caseId, const QString& applicant, const QString& summary,
                       const QString& parties)
{
    return {caseNo, oneCaseCodeFor(caseId), applicant, summary, parties};
}

namespace {

// One token per position of an alphanumeric run: the (up to) 3 characters starting there.
void runTokens(const QString& run, QStringList& out, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        out << run.mid(i, 3);
}

// indexText() written straight into UTF-8 (the bulk indexer's form): one pass over each field, no
// per-token strings. Same tokens as pieces()/runTokens() give.
void appendIndexText(const QString& field, QByteArray& out)
{
    const QString s = text::normalized(field).toLower();
    char run[64];
    qsizetype runStart = -1; // index in s of the current ASCII letter/digit run
    auto flush = [&](qsizetype end) {
        if (runStart < 0)
            return;
        for (qsizetype i = runStart; i < end; ++i) {
            if (!out.isEmpty())
                out += ' ';
            const qsizetype n = qMin<qsizetype>(3, end - i);
            for (qsizetype k = 0; k < n; ++k)
                run[k] = char(s.at(i + k).unicode());
            out.append(run, n);
        }
        runStart = -1;
    };
    const qsizetype len = s.size();
    for (qsizetype i = 0; i < len; ++i) {
        char32_t c = s.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < len && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            units = 2;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // what toUcs4() makes of a lone surrogate
        }
        if (isAsciiAlnum(c)) {
            if (runStart < 0)
                runStart = i;
            continue;
        }
        flush(i);
        // A BMP letter or digit, or a CJK character of any plane (as pieces() decides).
        const bool keep = text::isCjk(c) || (c > 127 && c <= 0xFFFF && QChar(char16_t(c)).isLetterOrNumber());
        if (keep) {
            if (!out.isEmpty())
                out += ' ';
            if (c < 0x800) {
                out += char(0xC0 | (c >> 6));
                out += char(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out += char(0xE0 | (c >> 12));
                out += char(0x80 | ((c >> 6) & 0x3F));
                out += char(0x80 | (c & 0x3F));
            } else {
                out += char(0xF0 | (c >> 18));
                out += char(0x80 | ((c >> 12) & 0x3F));
                out += char(0x80 | ((c >> 6) & 0x3F));
                out += char(0x80 | (c & 0x3F));
            }
        }
        i += units - 1;
    }
    flush(len);
}

} // namespace

QString indexText(const QStringList& fields)
{
    QByteArray out;
    for (const QString& f : fields)
        appendIndexText(f, out);
    return QString::fromUtf8(out);
}

namespace {

QString wordPhrase(const QString& word)
{
    const QList<Piece> ps = pieces(word);
    QStringList tokens;
    bool prefix = false;
    for (qsizetype k = 0; k < ps.size(); ++k) {
        const Piece& p = ps[k];
        if (!p.alnumRun) {
            tokens << p.text;
            continue;
        }
        const bool last = k == ps.size() - 1;
        if (!last) {
            // The run ends in the document too: its tokens are exactly the document's.
            runTokens(p.text, tokens, 0, p.text.size());
        } else if (p.text.size() >= 3) {
            // The run may continue in the document: only the full trigrams are certain.
            runTokens(p.text, tokens, 0, p.text.size() - 2);
        } else {
            tokens << p.text;
            prefix = true;
        }
    }
    if (tokens.isEmpty())
        return {};
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"') +
           (prefix ? QStringLiteral("*") : QString());
}

} // namespace

QString matchExpression(const QString& term)
{
    // Words separated by spaces must all occur, each as a phrase.
    QStringList phrases;
    for (const QString& word : words(term))
        if (const QString p = wordPhrase(word); !p.isEmpty())
            phrases << p;
    return phrases.join(QLatin1String(" AND "));
}

namespace {

// One statement through the driver's SQLite handle (the bulk path: a 100,000-case ledger import is
// indexed in one pass).
struct Stmt
{
    Stmt(sqlite3* h, const char* sql) { sqlite3_prepare_v2(h, sql, -1, &s, nullptr); }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    sqlite3_stmt* s = nullptr;
};

QString column(sqlite3_stmt* s, int i)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, i)) : QString();
}

Status sqlError(sqlite3* h)
{
    return fail(databaseErrorMessage(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h))));
}

Status run(sqlite3* h, const char* sql)
{
    if (sqlite3_exec(h, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(h);
    return {};
}

Status indexQueued(Database& db)
{
    sqlite3* h = db.handle();
    // Cases that no longer exist lose their documents.
    if (Status s = run(h, "DELETE FROM case_search WHERE rowid IN (SELECT d.doc FROM search_docs d JOIN search_pending "
                          "p ON p.case_id = d.case_id WHERE d.case_id NOT IN (SELECT id FROM cases))");
        !s)
        return s;
    if (Status s = run(h, "DELETE FROM search_docs WHERE case_id IN (SELECT case_id FROM search_pending) AND case_id "
                          "NOT IN (SELECT id FROM cases)");
        !s)
        return s;
    // New cases get a document number first, so one pass below replaces or inserts. Documents numbered
    // now have nothing to delete from the FTS table.
    qint64 lastOldDoc = 0;
    {
        Stmt last(h, "SELECT max(COALESCE((SELECT max(doc) FROM search_docs), 0), COALESCE((SELECT rowid FROM "
                     "case_search ORDER BY rowid DESC LIMIT 1), 0))");
        if (!last.s || sqlite3_step(last.s) != SQLITE_ROW)
            return sqlError(h);
        lastOldDoc = sqlite3_column_int64(last.s, 0);
    }
    if (Status s = run(h, "INSERT OR IGNORE INTO search_docs(case_id) SELECT p.case_id FROM search_pending p JOIN "
                          "cases c ON c.id = p.case_id");
        !s)
        return s;
    Stmt read(h, "SELECT d.doc, c.id, COALESCE(c.case_no, ''), c.applicant_name, c.summary, (SELECT "
                 "group_concat(name || ' ' || COALESCE(id_number, '') || ' ' || COALESCE(credit_code, '') || ' ' || "
                 "COALESCE(phone, ''), ' ') FROM parties WHERE case_id = c.id) FROM search_pending p JOIN cases c ON "
                 "c.id = p.case_id JOIN search_docs d ON d.case_id = c.id ORDER BY d.doc");
    Stmt del(h, "DELETE FROM case_search WHERE rowid = ?");
    Stmt ins(h, "INSERT INTO case_search(rowid, body) VALUES(?, ?)");
    if (!read.s || !del.s || !ins.s)
        return sqlError(h);
    QList<QPair<qint64, QByteArray>> docs;
    int rc;
    while ((rc = sqlite3_step(read.s)) == SQLITE_ROW) {
        QByteArray body;
        const QStringList fields =
            caseFields(column(read.s, 2), column(read.s, 1), column(read.s, 3), column(read.s, 4), column(read.s, 5));
        for (const QString& f : fields)
            appendIndexText(f, body);
        docs << qMakePair(sqlite3_column_int64(read.s, 0), body);
    }
    if (rc != SQLITE_DONE)
        return sqlError(h);
    // FTS5 flushes its in-memory term table to a new segment every `hashsize` bytes (1 MB by
    // default) and merges segments as they pile up; a bulk build keeps far more in memory first.
    const bool bulk = docs.size() >= 2000;
    if (bulk)
        if (Status s = run(h, "INSERT INTO case_search(case_search, rank) VALUES('hashsize', 67108864)"); !s)
            return s;
    for (const auto& [doc, body] : docs) {
        // FTS5 needs the old row deleted by rowid before the new text goes in.
        if (doc <= lastOldDoc) {
            sqlite3_bind_int64(del.s, 1, doc);
            if (sqlite3_step(del.s) != SQLITE_DONE)
                return sqlError(h);
            sqlite3_reset(del.s);
        }
        sqlite3_bind_int64(ins.s, 1, doc);
        sqlite3_bind_text(ins.s, 2, body.constData(), int(body.size()), SQLITE_STATIC);
        if (sqlite3_step(ins.s) != SQLITE_DONE)
            return sqlError(h);
        sqlite3_reset(ins.s);
    }
    if (bulk)
        if (Status s = run(h, "INSERT INTO case_search(case_search, rank) VALUES('hashsize', 1048576)"); !s)
            return s;
    return run(h, "DELETE FROM search_pending");
}

bool hasPending(Database& db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM search_pending LIMIT 1")) && q.next();
}

} // namespace

Status syncPending(Database& db)
{
    // On a server the queue waits for the server's own search (docs/postgresql.md, Status item 3);
    // the case list does not search there yet.
    if (db.isServer())
        return {};
    if (!sqlite3_get_autocommit(db.handle()))
        return indexQueued(db);
    if (!hasPending(db))
        return {};
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    if (Status s = indexQueued(db); !s)
        return s;
    return tx.commit();
}

Status rebuild(Database& db)
{
    if (db.isServer())
        return {};
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO search_pending SELECT id FROM cases")))
        return fail(sql::errorText(q.lastError()));
    if (Status s = indexQueued(db); !s)
        return s;
    return tx.commit();
}

} // namespace ow::search
