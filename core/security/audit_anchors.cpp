// Signing the audit chain's head with the site key, keeping the anchors, and checking the log against
// them (docs/ARCHITECTURE.md, "The audit log").
#include "security/audit_anchors.h"

#include "security/signing_keys.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <optional>

namespace ow {
namespace {

AuditAnchor anchorFrom(const QSqlQuery& q)
{
    return AuditAnchor{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
}

} // namespace

AuditHead auditHead(Database& db)
{
    AuditHead head;
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next())
        head = AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
    return head;
}

QByteArray anchorMessage(const QString& siteCode, qint64 seq, const QString& hash, const QString& at)
{
    return QStringLiteral("onewindow-audit-anchor-1\n%1\n%2\n%3\n%4").arg(siteCode).arg(seq).arg(hash, at).toUtf8();
}

bool verifyAnchor(const QByteArray& publicKey, const QString& siteCode, const AuditAnchor& anchor)
{
    return keys::verify(publicKey, anchorMessage(siteCode, anchor.seq, anchor.hash, anchor.at),
                        QByteArray::fromBase64(anchor.signature.toLatin1()));
}

QList<AuditAnchor> anchors(Database& db)
{
    QList<AuditAnchor> list;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT seq, hash, at, fingerprint, signature, purpose FROM audit_anchors ORDER BY seq"));
    while (q.next())
        list << anchorFrom(q);
    return list;
}

Result<AuditAnchor> issueAnchor(Database& db, const QString& purpose)
{
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    const AuditHead head = auditHead(db);
    if (head.seq == 0)
        return fail(QCoreApplication::translate("Audit", "The audit log is empty: there is no head to sign."));
    QSqlQuery last(db.sql());
    last.prepare(
        QStringLiteral("SELECT seq, hash, at, fingerprint, signature, purpose FROM audit_anchors WHERE seq = ?"));
    last.addBindValue(head.seq);
    if (last.exec() && last.next()) {
        const AuditAnchor signedBefore = anchorFrom(last);
        if (signedBefore.hash == head.hash)
            return signedBefore;
        return fail(QCoreApplication::translate("Audit", "The audit log disagrees with the head signed on %1 (entry "
                                                         "%2): it was altered. Nothing is signed; run "
                                                         "\"onewindow-cli check\" and tell the center's director.")
                        .arg(signedBefore.at.left(10))
                        .arg(signedBefore.seq));
    }
    AuditAnchor a{head.seq, head.hash, utcNow(), {}, {}, purpose};
    keys::OwnKey used;
    auto signature = keys::sign(db, anchorMessage(db.siteCode(), a.seq, a.hash, a.at), &used);
    if (!signature)
        return fail(signature.error());
    a.fingerprint = used.fingerprint;
    a.signature = QString::fromLatin1(signature->toBase64());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_anchors(seq, hash, at, fingerprint, signature, purpose) VALUES(?,?,?,?,?,?)"));
    for (const QVariant& v : QVariantList{a.seq, a.hash, a.at, a.fingerprint, a.signature, a.purpose})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return a;
}

QString anchorLine(const AuditAnchor& anchor)
{
    return QCoreApplication::translate("Audit", "Audit log: entry %1, hash %2, signed by key %3")
        .arg(anchor.seq)
        .arg(anchor.hash.left(12), keys::groupedFingerprint(anchor.fingerprint.left(16)));
}

QString chainHashAt(Database& db, qint64 seq)
{
    if (seq == 0)
        return QStringLiteral("0");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<AnchorProblem> verifyAnchors(Database& db)
{
    QMap<QString, QByteArray> publicKeys;
    for (const keys::OwnKey& k : keys::ownKeys(db))
        publicKeys.insert(k.fingerprint, k.publicKey);
    const QString site = db.siteCode();
    const qint64 end = auditHead(db).seq;
    using Kind = AnchorProblem::Kind;
    QList<AnchorProblem> problems;
    for (const AuditAnchor& a : anchors(db)) {
        const auto key = publicKeys.constFind(a.fingerprint);
        std::optional<Kind> kind;
        QString logHash;
        if (key == publicKeys.cend())
            kind = Kind::UnknownKey;
        else if (!keys::keyFileAgrees(a.fingerprint, *key))
            kind = Kind::KeyReplaced;
        else if (!verifyAnchor(*key, site, a))
            kind = Kind::BadSignature;
        else if (a.seq > end)
            kind = Kind::Truncated;
        else if ((logHash = chainHashAt(db, a.seq)) != a.hash)
            kind = Kind::Rewritten;
        if (kind)
            problems << AnchorProblem{*kind, a, end, logHash};
    }
    return problems;
}

QList<ChainEntry> chainEntries(Database& db, qint64 afterSeq, qint64 uptoSeq)
{
    QList<ChainEntry> list;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, detail, hash FROM audit_log WHERE "
                             "seq > ? AND seq <= ? ORDER BY seq"));
    q.addBindValue(afterSeq);
    q.addBindValue(uptoSeq);
    if (q.exec())
        while (q.next())
            list << ChainEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toString(),   q.value(7).toString()};
    return list;
}

} // namespace ow
