// Checking and keeping the townships' audit chain heads at the county.
#include "exchange/package_audit.h"

#include "security/audit_anchors.h"
#include "security/signing_keys.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ow {
namespace {

struct SeenHead
{
    qint64 seq = -1; // -1: none seen yet
    QString hash;
};

SeenHead lastSeen(Database& db, const QString& site)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT seq, hash FROM site_audit_heads WHERE site_code = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(site);
    if (q.exec() && q.next())
        return SeenHead{q.value(0).toLongLong(), q.value(1).toString()};
    return {};
}

// Recomputes the carried entries from the start hash. Returns the hash at `wanted` (the start hash
// when wanted is the start), or an empty string when the chain does not reach the signed head.
QString walkChain(const PackageInfo::AuditChain& a, qint64 wanted)
{
    QString prev = a.fromHash;
    QString atWanted = wanted == a.from ? prev : QString();
    qint64 expected = a.from + 1;
    const QJsonArray entries = QJsonDocument::fromJson(a.entries.toUtf8()).array();
    for (const QJsonValue& v : entries) {
        const QJsonArray e = v.toArray();
        const qint64 seq = qint64(e.at(0).toDouble());
        if (e.size() != 8 || seq != expected)
            return {};
        const QString hash = auditEntryHash(prev, seq, e.at(1).toString(), e.at(2).toString(), e.at(3).toString(),
                                            e.at(4).toString(), e.at(5).toString(), e.at(6).toString());
        if (hash != e.at(7).toString())
            return {};
        if (seq == wanted)
            atWanted = hash;
        prev = hash;
        ++expected;
    }
    if (expected - 1 != a.headSeq || prev != a.headHash)
        return {};
    return atWanted.isEmpty() ? QStringLiteral("-") : atWanted;
}

} // namespace

Status checkAuditChain(Database& db, const PackageInfo& info)
{
    const QString site = QStringLiteral("%1 (%2)").arg(info.siteName, info.siteCode);
    const PackageInfo::AuditChain& a = info.audit;
    const SeenHead seen = lastSeen(db, info.siteCode);
    if (a.headSeq < 0) {
        if (seen.seq < 0)
            return {}; // from a OneWindow before signed heads, and none was seen from this site
        return fail(QCoreApplication::translate(
                        "Exchange", "The package %1 from %2 carries no head of its audit log, but the county "
                                    "has seen that log up to entry %3 (hash %4). It is refused; ask the "
                                    "township to update OneWindow and export again.")
                        .arg(info.fileName, site)
                        .arg(seen.seq)
                        .arg(seen.hash.left(12)));
    }
    const AuditAnchor head{a.headSeq, a.headHash, a.headAt, a.headFingerprint, a.headSignature, {}};
    const QString atSeen = walkChain(a, seen.seq);
    if (a.headFingerprint != info.signerFingerprint ||
        !verifyAnchor(keys::parsePublicKey(info.signerKey), info.siteCode, head) || atSeen.isEmpty())
        return fail(QCoreApplication::translate(
                        "Exchange", "The audit log in the package %1 from %2 does not lead to a head signed "
                                    "by its key: it was altered. It is refused; ask the township for a new "
                                    "export.")
                        .arg(info.fileName, site));
    if (seen.seq < 0)
        return {};
    if (seen.seq > a.headSeq)
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: the county last saw the township's audit log up to entry "
                        "%3 (hash %4), but this package's log ends at entry %5. Entries %6 to %3 are missing: the "
                        "township's log was cut short, or this package is older than the last one imported.")
                        .arg(info.fileName, site)
                        .arg(seen.seq)
                        .arg(seen.hash.left(12))
                        .arg(a.headSeq)
                        .arg(a.headSeq + 1));
    if (seen.seq < a.from)
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: the county last saw the township's audit log up to entry "
                        "%3 (hash %4), but this package carries that log only from entry %5 on. Entries %6 to %7 are "
                        "missing: import the packages in between first, or ask the township for a full package.")
                        .arg(info.fileName, site)
                        .arg(seen.seq)
                        .arg(seen.hash.left(12))
                        .arg(a.from + 1)
                        .arg(seen.seq + 1)
                        .arg(a.from));
    if (atSeen != seen.hash)
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: the county last saw the township's audit log up to entry "
                        "%3 with the hash %4, but in this package entry %3 has the hash %5. The township's log was "
                        "rewritten after the county saw it.")
                        .arg(info.fileName, site)
                        .arg(seen.seq)
                        .arg(seen.hash.left(12), atSeen.left(12)));
    return {};
}

Status storeAuditHead(Database& db, const PackageInfo& info)
{
    const PackageInfo::AuditChain& a = info.audit;
    if (a.headSeq <= 0)
        return {};
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO site_audit_heads(site_code, seq, hash, at, fingerprint, signature, package_id, "
                       "imported_at) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"));
    for (const QVariant& v : QVariantList{info.siteCode, a.headSeq, a.headHash, a.headAt, a.headFingerprint,
                                          a.headSignature, info.packageId, utcNow()})
        q.addBindValue(v);
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    return {};
}

} // namespace ow
