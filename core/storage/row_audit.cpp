// Audit coverage of users and cases: the change journal of a connection, the stamps in audit_rows
// and the search for rows that no audit entry accounts for (docs/ARCHITECTURE.md, "The audit log").
#include "storage/row_audit.h"

#include "storage/database.h"
#include "storage/sql_values.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
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

QString digestExpr(const CoveredTable& t, const QString& hashExpr)
{
    QStringList cols;
    for (const QString& c : QString::fromLatin1(t.columns).split(QStringLiteral(", ")))
        cols << QStringLiteral("t.") + c;
    return QStringLiteral("ow_row_digest(%1, %2)").arg(hashExpr, cols.join(QStringLiteral(", ")));
}

void rowDigest(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            hash.addData(QByteArrayView("\x1e", 1));
        } else {
            const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
            hash.addData(QByteArrayView("t", 1));
            hash.addData(QByteArrayView(text, sqlite3_value_bytes(argv[i])));
        }
        hash.addData(QByteArrayView("\x1f", 1));
    }
    const QByteArray hex = hash.result().left(16).toHex();
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

Status run(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    return {};
}

bool exists(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next();
}

// Stamps the rows of `t` that `where` selects with entry `seq`/`hash`.
Status stampRows(Database& db, const CoveredTable& t, qint64 seq, const QString& hash, const QString& where)
{
    return run(db,
               QStringLiteral("INSERT OR REPLACE INTO main.audit_rows(tbl, row_id, seq, digest) SELECT '%1', t.id, ?, "
                              "%2 FROM main.%1 t %3")
                   .arg(QString::fromLatin1(t.name), digestExpr(t, QStringLiteral("?")), where),
               {seq, hash});
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

Status noteEntry(Database& db, qint64 seq, const QString& hash)
{
    if (!exists(db, QStringLiteral("SELECT 1 FROM temp.sqlite_master WHERE name = 'ow_tx_entry'")))
        return {};
    return run(db, QStringLiteral("INSERT OR REPLACE INTO temp.ow_tx_entry(one, seq, hash) VALUES(1, ?, ?)"),
               {seq, hash});
}

Status stampAtCommit(Database& db)
{
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
    for (const CoveredTable& t : kCovered) {
        const QString name = QString::fromLatin1(t.name);
        // Seq 0 stands for "before the first entry" (migration 12 on a file with an empty log).
        const QString entryHash = QStringLiteral("coalesce(a.hash, CASE WHEN r.seq = 0 THEN '0' END)");
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT t.id, %1, r.seq, r.row_id IS NULL OR %2 IS NULL, r.digest IS NOT %3 FROM "
                                   "main.%4 t LEFT JOIN main.audit_rows r ON r.tbl = '%4' AND r.row_id = t.id LEFT "
                                   "JOIN main.audit_log a ON a.seq = r.seq")
                        .arg(QString::fromLatin1(t.label), entryHash, digestExpr(t, entryHash), name)))
            result.error = sql::errorText(q.lastError());
        while (q.next()) {
            ++result.checked;
            if (q.value(3).toBool())
                add({name, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     Uncovered::Kind::NoEntry});
            else if (q.value(4).toBool())
                add({name, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     Uncovered::Kind::Changed});
        }
        QSqlQuery gone(db.sql());
        gone.setForwardOnly(true);
        if (!gone.exec(QStringLiteral("SELECT r.row_id, r.seq FROM main.audit_rows r WHERE r.tbl = '%1' AND NOT "
                                      "EXISTS (SELECT 1 FROM main.%1 t WHERE t.id = r.row_id)")
                           .arg(name)))
            result.error = sql::errorText(gone.lastError());
        while (gone.next())
            add({name, gone.value(0).toString(), gone.value(0).toString(), gone.value(1).toLongLong(),
                 Uncovered::Kind::Deleted});
    }
    return result;
}

} // namespace ow::rowaudit
