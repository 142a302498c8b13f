// Building and maintaining the per-character case search index.
#include "storage/search_index.h"

#include "domain/case.h"
#include "storage/database.h"
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

// A piece of text as a sequence of "runs": ASCII letter/digit runs and single other characters
// (CJK and other letters or digits). Everything else separates.
struct Piece
{
    QString text;
    bool alnumRun = false;
};

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

// One token per position of an alphanumeric run: the (up to) 3 characters starting there.
void runTokens(const QString& run, QStringList& out, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        out << run.mid(i, 3);
}

} // namespace

QString indexText(const QStringList& fields)
{
    QStringList tokens;
    for (const QString& f : fields)
        for (const Piece& p : pieces(f)) {
            if (p.alnumRun)
                runTokens(p.text, tokens, 0, p.text.size());
            else
                tokens << p.text;
        }
    return tokens.join(QLatin1Char(' '));
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
    for (const QString& word : text::normalized(term).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (const QString p = wordPhrase(word); !p.isEmpty())
            phrases << p;
    return phrases.join(QLatin1String(" AND "));
}

namespace {

Status indexQueued(Database& db)
{
    QSqlQuery pending(db.sql());
    pending.setForwardOnly(true);
    if (!pending.exec(QStringLiteral("SELECT case_id FROM search_pending")))
        return fail(pending.lastError().text());
    QStringList ids;
    while (pending.next())
        ids << pending.value(0).toString();
    pending.finish();
    if (ids.isEmpty())
        return {};
    QSqlQuery c(db.sql()), p(db.sql()), doc(db.sql()), del(db.sql()), ins(db.sql()), map(db.sql()), unmap(db.sql());
    c.prepare(QStringLiteral("SELECT case_no, applicant_name, summary FROM cases WHERE id = ?"));
    p.prepare(QStringLiteral("SELECT name, id_number, credit_code, phone FROM parties WHERE case_id = ?"));
    doc.prepare(QStringLiteral("SELECT doc FROM search_docs WHERE case_id = ?"));
    del.prepare(QStringLiteral("DELETE FROM case_search WHERE rowid = ?"));
    ins.prepare(QStringLiteral("INSERT INTO case_search(rowid, body) VALUES(?, ?)"));
    map.prepare(QStringLiteral("INSERT INTO search_docs(case_id) VALUES(?)"));
    unmap.prepare(QStringLiteral("DELETE FROM search_docs WHERE case_id = ?"));
    for (const QString& id : ids) {
        doc.addBindValue(id);
        doc.exec();
        qint64 docId = doc.next() ? doc.value(0).toLongLong() : -1;
        doc.finish();
        if (docId >= 0) {
            del.addBindValue(docId);
            if (!del.exec())
                return fail(del.lastError().text());
        }
        c.addBindValue(id);
        c.exec();
        if (!c.next()) {
            c.finish();
            unmap.addBindValue(id);
            unmap.exec();
            continue;
        }
        QStringList fields{c.value(0).toString(), oneCaseCodeFor(id), c.value(1).toString(), c.value(2).toString()};
        c.finish();
        p.addBindValue(id);
        p.exec();
        while (p.next())
            for (int i = 0; i < 4; ++i)
                fields << p.value(i).toString();
        p.finish();
        if (docId < 0) {
            map.addBindValue(id);
            if (!map.exec())
                return fail(map.lastError().text());
            docId = map.lastInsertId().toLongLong();
        }
        ins.addBindValue(docId);
        ins.addBindValue(indexText(fields));
        if (!ins.exec())
            return fail(ins.lastError().text());
    }
    QSqlQuery clear(db.sql());
    if (!clear.exec(QStringLiteral("DELETE FROM search_pending")))
        return fail(clear.lastError().text());
    return {};
}

bool hasPending(Database& db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM search_pending LIMIT 1")) && q.next();
}

} // namespace

Status syncPending(Database& db)
{
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
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO search_pending SELECT id FROM cases")))
        return fail(q.lastError().text());
    if (Status s = indexQueued(db); !s)
        return s;
    return tx.commit();
}

} // namespace ow::search
