// Audit coverage of users and cases: the change journal of a connection, the stamps in audit_rows
// and the search for rows that no audit entry accounts for (docs/ARCHITECTURE.md, "The audit log").
#include "storage/row_audit.h"

#include "storage/database.h"
#include "storage/sql_values.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <optional>
#include <sqlite3.h>

namespace ow::rowaudit {
namespace {

struct CoveredTable
{
    const char* name;
    const char* label; // what a finding names the row by
    const char* columns;
};

// The columns a stamp covers, fixed here: a column added by a later migration is added to this list
// in the same change (a new column missing here is simply not covered; one added here changes every
// digest, so it needs a migration that stamps all rows again, as migration 12 did).
const CoveredTable kCovered[] = {
    {"users", "t.login",
     "id, login, display_name, role, department_code, active, password_hash, site_code, created_at, updated_at, "
     "row_version"},
    {"cases", "coalesce(nullif(t.case_no, ''), t.id)",
     "id, site_code, case_no, case_type, source, window_code, category_code, township_code, village_code, summary, "
     "request, headcount, urgency, lead_department_code, status, resume_status, received_on, received_at, filed_on, "
     "due_on, ended_on, outcome, resolution_level, judicial_confirmed, satisfaction, supervised, supervision_note, "
     "merged_into, visit_count, applicant_name, origin, content_hash, site_created_by, created_at, updated_at, "
     "row_version, suspended_on, end_reason, escalated_to, supervised_at"},
};

QStringList columnsOf(const CoveredTable& t, const QString& prefix = QStringLiteral("t."))
{
    QStringList cols;
    for (const QString& c : QString::fromLatin1(t.columns).split(QStringLiteral(", ")))
        cols << prefix + c;
    return cols;
}

QString digestExpr(const CoveredTable& t, const QString& hashExpr)
{
    return QStringLiteral("ow_row_digest(%1, %2)").arg(hashExpr, columnsOf(t).join(QStringLiteral(", ")));
}

// The digest of a row (storage/row_audit.h): the first 16 bytes of SHA-256 over its values, each as
// 't' and its text or as 0x1E for NULL, each followed by 0x1F, as 32 hex digits. The one routine of both
// stores: SQLite calls it through ow_row_digest, the server's rows are read back and fed to it.
class RowDigest
{
public:
    void addNull() { m_hash.addData(QByteArrayView("\x1e\x1f", 2)); }
    void addText(QByteArrayView text)
    {
        m_hash.addData(QByteArrayView("t", 1));
        m_hash.addData(text);
        m_hash.addData(QByteArrayView("\x1f", 1));
    }
    void add(const QVariant& value)
    {
        if (value.isNull())
            addNull();
        else
            addText(value.toString().toUtf8());
    }
    QString hex() { return QString::fromLatin1(m_hash.result().left(16).toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

void rowDigest(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    RowDigest digest;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            digest.addNull();
        else
            digest.addText(QByteArrayView(reinterpret_cast<const char*>(sqlite3_value_text(argv[i])),
                                          sqlite3_value_bytes(argv[i])));
    }
    const QByteArray hex = digest.hex().toLatin1();
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

// The digest of the `count` covered columns that `q` holds from column `first` on, with the entry's hash.
QString serverDigest(const QSqlQuery& q, int first, int count, const QVariant& entryHash)
{
    RowDigest digest;
    digest.add(entryHash);
    for (int i = first; i < first + count; ++i)
        digest.add(q.isNull(i) ? QVariant() : q.value(i));
    return digest.hex();
}

// The schema the program's tables are in: SQLite's main (not the connection's temp), the server's public.
QString schema(Database& db)
{
    return db.isServer() ? QStringLiteral("public.") : QStringLiteral("main.");
}

Status run(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.sql());
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok)
        return fail(db.errorMessage(q.lastError()));
    return {};
}

bool exists(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next();
}

// On a server: the transaction-local settings that switch the journal triggers on for the program's
// transactions and carry the transaction's audit entry ("seq hash"); both end with the transaction, and
// a rollback to a savepoint undoes them as it undoes the rows.
constexpr char kServerJournal[] = "ow.row_journal";
constexpr char kServerEntry[] = "ow.tx_entry";

// A value as an SQL literal of the connection's driver: on a server a prepared statement costs two more
// round trips (Qt's QPSQL prepares and deallocates it), which the commit's stamping avoids.
QString literal(Database& db, const QVariant& value)
{
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    return db.sql().driver()->formatValue(field);
}

struct Entry
{
    qint64 seq = 0;
    QString hash;
};

// The server's entry setting "seq hash", if one is set.
std::optional<Entry> serverEntry(const QString& value)
{
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return std::nullopt;
    return Entry{value.left(space).toLongLong(), value.mid(space + 1)};
}

// Writes the server's stamps: `stamps` as (row id, digest) pairs, in statements of 500 rows.
Status upsertStamps(Database& db, const QString& name, qint64 seq, const QList<QPair<QString, QString>>& stamps)
{
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < stamps.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, stamps.size() - from);
        QStringList values;
        for (qsizetype i = from; i < from + n; ++i)
            values << QStringLiteral("('%1', %2, %3, '%4')")
                          .arg(name, literal(db, stamps[i].first))
                          .arg(seq)
                          .arg(stamps[i].second);
        if (Status s = run(db, QStringLiteral("INSERT INTO public.audit_rows(tbl, row_id, seq, digest) VALUES %1 ON "
                                              "CONFLICT (tbl, row_id) DO UPDATE SET seq = excluded.seq, digest = "
                                              "excluded.digest")
                                   .arg(values.join(QStringLiteral(", "))));
            !s)
            return s;
    }
    return {};
}

// Stamps the rows of `t` that `where` selects with entry `seq`/`hash`: on SQLite in one statement with
// ow_row_digest, on a server from the rows read back (their ids added to `stamped` when given).
Status stampRows(Database& db, const CoveredTable& t, qint64 seq, const QString& hash, const QString& where,
                 QSet<QString>* stamped = nullptr)
{
    const QString name = QString::fromLatin1(t.name);
    if (!db.isServer())
        return run(db,
                   QStringLiteral("INSERT OR REPLACE INTO main.audit_rows(tbl, row_id, seq, digest) SELECT '%1', "
                                  "t.id, ?, %2 FROM main.%1 t %3")
                       .arg(name, digestExpr(t, QStringLiteral("?")), where),
                   {seq, hash});
    QSqlQuery rows(db.sql());
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT %1 FROM public.%2 t %3").arg(columnsOf(t).join(QStringLiteral(", ")), name, where)))
        return fail(db.errorMessage(rows.lastError()));
    const int count = int(columnsOf(t).size());
    QList<QPair<QString, QString>> stamps;
    while (rows.next()) {
        stamps.append({rows.value(0).toString(), serverDigest(rows, 0, count, hash)});
        if (stamped)
            stamped->insert(stamps.constLast().first);
    }
    rows.finish();
    return upsertStamps(db, name, seq, stamps);
}

// The commit's stamping on a server: one statement reads the transaction's noted rows with its entry,
// then per table in chunks of 1,000 ids one reads the rows and one writes their stamps; the stamps of
// noted rows that are gone are deleted, and last the noted rows. txid_current_if_assigned(): a
// transaction that wrote nothing is given no transaction id here (a standby would refuse to give one).
Status stampAtCommitOnServer(Database& db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT current_setting('%1', true), tbl, row_id FROM public.ow_changed_rows WHERE "
                               "xid = txid_current_if_assigned()")
                    .arg(QLatin1String(kServerEntry))))
        return fail(db.errorMessage(q.lastError()));
    std::optional<Entry> entry;
    QHash<QString, QStringList> noted;
    while (q.next()) {
        entry = serverEntry(q.value(0).toString());
        noted[q.value(1).toString()] << q.value(2).toString();
    }
    q.finish();
    if (noted.isEmpty())
        return {};
    for (const CoveredTable& t : kCovered) {
        const QString name = QString::fromLatin1(t.name);
        const QStringList ids = noted.value(name);
        constexpr qsizetype kChunk = 1000;
        for (qsizetype from = 0; entry && from < ids.size(); from += kChunk) {
            QStringList chunk;
            for (const QString& id : ids.mid(from, kChunk))
                chunk << literal(db, id);
            QSet<QString> stamped;
            if (Status s =
                    stampRows(db, t, entry->seq, entry->hash,
                              QStringLiteral("WHERE t.id IN (%1)").arg(chunk.join(QStringLiteral(", "))), &stamped);
                !s)
                return s;
            QStringList gone;
            for (const QString& id : ids.mid(from, kChunk))
                if (!stamped.contains(id))
                    gone << literal(db, id);
            if (!gone.isEmpty())
                if (Status s =
                        run(db, QStringLiteral("DELETE FROM public.audit_rows WHERE tbl = '%1' AND row_id IN (%2)")
                                    .arg(name, gone.join(QStringLiteral(", "))));
                    !s)
                    return s;
        }
    }
    return run(db, QStringLiteral("DELETE FROM public.ow_changed_rows WHERE xid = txid_current_if_assigned()"));
}

} // namespace

Status registerFunctions(sqlite3* db)
{
    if (sqlite3_create_function(db, "ow_row_digest", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &rowDigest,
                                nullptr, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

Status installJournal(Database& db)
{
    if (db.isServer()) // the schema's own triggers (migrations/pg_v013_baseline.cpp)
        return {};
    if (!exists(db, QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE name = 'audit_rows'")))
        return {};
    if (Status s = run(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ow_changed_rows (tbl TEXT NOT NULL, "
                                          "row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID"));
        !s)
        return s;
    if (Status s = run(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ow_tx_entry (one INTEGER PRIMARY KEY "
                                          "CHECK (one = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL)"));
        !s)
        return s;
    for (const CoveredTable& t : kCovered) {
        const QString name = QString::fromLatin1(t.name);
        const QString note = QStringLiteral("INSERT OR IGNORE INTO ow_changed_rows VALUES ('%1', %2.id);").arg(name);
        const QString triggers[] = {
            QStringLiteral(
                "CREATE TEMP TRIGGER IF NOT EXISTS ow_journal_%1_insert AFTER INSERT ON main.%1 BEGIN %2 END")
                .arg(name, note.arg(QStringLiteral("new"))),
            QStringLiteral(
                "CREATE TEMP TRIGGER IF NOT EXISTS ow_journal_%1_update AFTER UPDATE ON main.%1 BEGIN %2 %3 END")
                .arg(name, note.arg(QStringLiteral("new")), note.arg(QStringLiteral("old"))),
            QStringLiteral(
                "CREATE TEMP TRIGGER IF NOT EXISTS ow_journal_%1_delete AFTER DELETE ON main.%1 BEGIN %2 END")
                .arg(name, note.arg(QStringLiteral("old"))),
        };
        for (const QString& sql : triggers)
            if (Status s = run(db, sql); !s)
                return s;
    }
    return {};
}

Status beginTransaction(Database& db)
{
    if (!db.isServer())
        return {};
    return run(db, QStringLiteral("SELECT set_config('%1', 'on', true)").arg(QLatin1String(kServerJournal)));
}

Status noteEntry(Database& db, qint64 seq, const QString& hash)
{
    if (db.isServer())
        return run(db, QStringLiteral("SELECT set_config('%1', %2, true)")
                           .arg(QLatin1String(kServerEntry), literal(db, QStringLiteral("%1 %2").arg(seq).arg(hash))));
    if (!exists(db, QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = 'ow_tx_entry'")))
        return {};
    return run(db, QStringLiteral("INSERT OR REPLACE INTO temp.ow_tx_entry(one, seq, hash) VALUES(1, ?, ?)"),
               {seq, hash});
}

Status stampAtCommit(Database& db)
{
    if (db.isServer())
        return stampAtCommitOnServer(db);
    if (!exists(db, QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = 'ow_tx_entry'")))
        return {};
    QSqlQuery entry(db.sql());
    if (entry.exec(QStringLiteral("SELECT seq, hash FROM temp.ow_tx_entry")) && entry.next() &&
        exists(db, QStringLiteral("SELECT 1 FROM temp.ow_changed_rows"))) {
        const qint64 seq = entry.value(0).toLongLong();
        const QString hash = entry.value(1).toString();
        entry.finish();
        for (const CoveredTable& t : kCovered) {
            const QString name = QString::fromLatin1(t.name);
            const QString noted = QStringLiteral("SELECT row_id FROM temp.ow_changed_rows WHERE tbl = '%1'").arg(name);
            if (Status s = stampRows(db, t, seq, hash, QStringLiteral("WHERE t.id IN (%1)").arg(noted)); !s)
                return s;
            if (Status s = run(db, QStringLiteral("DELETE FROM main.audit_rows WHERE tbl = '%1' AND row_id IN (%2) "
                                                  "AND row_id NOT IN (SELECT id FROM main.%1)")
                                       .arg(name, noted));
                !s)
                return s;
        }
    }
    entry.finish();
    if (Status s = run(db, QStringLiteral("DELETE FROM temp.ow_changed_rows")); !s)
        return s;
    return run(db, QStringLiteral("DELETE FROM temp.ow_tx_entry"));
}

Status stampAll(Database& db, qint64 seq, const QString& hash)
{
    for (const CoveredTable& t : kCovered)
        if (Status s = stampRows(db, t, seq, hash, {}); !s)
            return s;
    return {};
}

Coverage findUncovered(Database& db, int limit)
{
    Coverage result;
    auto add = [&](Uncovered u) {
        ++result.total;
        if (result.rows.size() < limit)
            result.rows << u;
    };
    const bool server = db.isServer();
    const QString in = schema(db);
    for (const CoveredTable& t : kCovered) {
        const QString name = QString::fromLatin1(t.name);
        // Seq 0 stands for "before the first entry" (migration 12 on a file with an empty log).
        const QString entryHash = QStringLiteral("coalesce(a.hash, CASE WHEN r.seq = 0 THEN '0' END)");
        // Whether the row differs from its stamp: SQLite compares in the statement; a server's rows come
        // with the stamp, the entry's hash and the covered columns, and the digest is made here.
        const QString changed = server
                                    ? QStringLiteral("r.digest, %1, %2")
                                          .arg(entryHash, columnsOf(t, QStringLiteral("t.")).join(QStringLiteral(", ")))
                                    : QStringLiteral("r.digest IS NOT %1").arg(digestExpr(t, entryHash));
        const int count = int(columnsOf(t).size());
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT t.id, %1, r.seq, r.row_id IS NULL OR %2 IS NULL, %3 FROM %5%4 t LEFT JOIN "
                                   "%5audit_rows r ON r.tbl = '%4' AND r.row_id = t.id LEFT JOIN %5audit_log a ON "
                                   "a.seq = r.seq")
                        .arg(QString::fromLatin1(t.label), entryHash, changed, name, in)))
            result.error = db.errorMessage(q.lastError());
        while (q.next()) {
            ++result.checked;
            if (q.value(3).toBool())
                add({name, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     Uncovered::Kind::NoEntry});
            else if (server ? q.value(4).toString() != serverDigest(q, 6, count, q.value(5)) : q.value(4).toBool())
                add({name, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     Uncovered::Kind::Changed});
        }
        QSqlQuery gone(db.sql());
        gone.setForwardOnly(true);
        if (!gone.exec(QStringLiteral("SELECT r.row_id, r.seq FROM %2audit_rows r WHERE r.tbl = '%1' AND NOT "
                                      "EXISTS (SELECT 1 FROM %2%1 t WHERE t.id = r.row_id)")
                           .arg(name, in)))
            result.error = db.errorMessage(gone.lastError());
        while (gone.next())
            add({name, gone.value(0).toString(), gone.value(0).toString(), gone.value(1).toLongLong(),
                 Uncovered::Kind::Deleted});
    }
    return result;
}

} // namespace ow::rowaudit
