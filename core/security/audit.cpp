// Audit log entries and the verification of their hash chain.
#include "security/audit.h"

#include "security/audit_anchors.h"
#include "storage/row_audit.h"

#include "security/users.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

QString auditEntryHash(const QString& prev, qint64 seq, const QString& at, const QString& actor, const QString& action,
                       const QString& entity, const QString& entityId, const QString& detail)
{
    const QString canonical =
        QStringList{prev, QString::number(seq), at, actor, action, entity, entityId, detail}.join(QChar(0x1F));
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RowVersions)
};

// The advisory lock of the audit chain on a server (any number the program uses for nothing else).
constexpr qint64 kAuditChainLock = 0x4F57415544; // "OWAUD"
} // namespace

Status appendAudit(Database& db, const QString& actor, const QString& action, const QString& entity,
                   const QString& entityId, const QString& detail)
{
    // The chain has one head: on a server, where desks' transactions run side by side, each takes
    // the log's lock (held to its commit or rollback) before reading the head, so the next one reads
    // the entry this one appends (measured with bench_desks: without it 8 desks took the same seq).
    // On SQLite the write transaction already holds the file's only write lock.
    if (db.isServer()) {
        QSqlQuery lock(db.sql());
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kAuditChainLock)))
            return fail(db.errorMessage(lock.lastError()));
    }
    QSqlQuery last(db.sql());
    qint64 seq = 1;
    QString prev = QStringLiteral("0");
    if (last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && last.next()) {
        seq = last.value(0).toLongLong() + 1;
        prev = last.value(1).toString();
    }
    const QString at = utcNow();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log(id, seq, at, actor, action, entity, entity_id, detail, prev_hash, "
                             "hash, site_code, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    // Optional texts are stored as '' (a null QString would bind as NULL, which the columns refuse).
    auto text = [](const QString& s) { return QVariant(s.isNull() ? QStringLiteral("") : s); };
    const QString hash = auditEntryHash(prev, seq, at, actor, action, entity, entityId, detail);
    for (const QVariant& v : {QVariant(newUuid()), QVariant(seq), QVariant(at), QVariant(actor), QVariant(action),
                              text(entity), text(entityId), text(detail), QVariant(prev), QVariant(hash),
                              QVariant(db.siteCode()), QVariant(at), QVariant(at)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    // The users and cases this action changes are stamped with this entry when it commits
    // (storage/row_audit.h).
    return rowaudit::noteEntry(db, seq, hash);
}

AuditCheck verifyAuditChain(Database& db)
{
    AuditCheck result;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ORDER BY seq"));
    QString prev = QStringLiteral("0");
    while (q.next()) {
        ++result.entries;
        const qint64 seq = q.value(0).toLongLong();
        const QString expected =
            auditEntryHash(prev, seq, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        if (q.value(7).toString() != prev || q.value(8).toString() != expected) {
            result.firstBrokenSeq = int(seq);
            break;
        }
        prev = q.value(8).toString();
    }
    return result;
}

ChangeSeen changeSeen(Database& db, const QString& login, const QString& isoUtc)
{
    const Result<Actor> actor = actorFor(db, login);
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return {actor ? actor->displayName : login,
            at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc};
}

QString rowChangedMeanwhile(Database& db, const QString& table, const QString& entity, const QString& id,
                            const QString& what, bool removing)
{
    QSqlQuery row(db.sql());
    row.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    row.addBindValue(id);
    const bool gone = row.exec() && !row.next();
    QSqlQuery last(db.sql());
    last.prepare(QStringLiteral("SELECT actor, at FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC "
                                "LIMIT 1"));
    last.addBindValue(entity);
    last.addBindValue(id);
    ChangeSeen seen{Text::tr("Another desk"), Text::tr("an unknown time")};
    if (last.exec() && last.next())
        seen = changeSeen(db, last.value(0).toString(), last.value(1).toString());
    if (gone)
        return Text::tr("%1 deleted %2 at %3 while you had the list open. Nothing of yours was saved; close the list "
                        "and open it again to see it as it is now.")
            .arg(seen.who, what, seen.when);
    if (removing)
        return Text::tr("%1 saved %2 at %3 while you had the list open, so it was not removed. Close the list and "
                        "open it again to see their version, then remove it again if it should still go.")
            .arg(seen.who, what, seen.when);
    return Text::tr("%1 saved %2 at %3 while you had the list open. Nothing of yours was saved; close the list and "
                    "open it again to see their version, then make your change again.")
        .arg(seen.who, what, seen.when);
}

} // namespace ow
