// Signed heads of the audit chain ("anchors", issue 14): the head (sequence number and hash of the
// last entry) signed with the site's Ed25519 key, kept in audit_anchors and carried out of the file in
// every package, monthly report and case file, so that a log rewritten later disagrees with them.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ow {

class Database;

// The chain hash of one entry (security/audit.cpp): SHA-256 over the previous hash and its fields.
QString auditEntryHash(const QString& prev, qint64 seq, const QString& at, const QString& actor, const QString& action,
                       const QString& entity, const QString& entityId, const QString& detail);

struct AuditHead
{
    qint64 seq = 0;                     // 0: the log is empty
    QString hash = QStringLiteral("0"); // what the first entry's prev_hash is
};
AuditHead auditHead(Database& db);

struct AuditAnchor
{
    qint64 seq = 0;
    QString hash;
    QString at;          // UTC, when it was signed
    QString fingerprint; // of the site key that signed it
    QString signature;   // base64 Ed25519 signature of anchorMessage()
    QString purpose;     // init, package, report, case_file
};

// What an anchor's signature covers.
QByteArray anchorMessage(const QString& siteCode, qint64 seq, const QString& hash, const QString& at);
bool verifyAnchor(const QByteArray& publicKey, const QString& siteCode, const AuditAnchor& anchor);

// Signs the current head with the site's key and keeps it in audit_anchors (one write transaction of
// its own, or a savepoint of the caller's). The head signed before is given back when nothing was
// appended since. Fails when the log is empty or the key cannot sign.
Result<AuditAnchor> issueAnchor(Database& db, const QString& purpose);
// The anchors this file issued, in order of seq.
QList<AuditAnchor> anchors(Database& db);

// "第 1234 条 · 3f2a9c1b07de · 密钥 1a2b 3c4d…": the head as printed on reports and case files.
QString anchorLine(const AuditAnchor& anchor);

// An anchor that the file no longer agrees with.
struct AnchorProblem
{
    enum class Kind
    {
        UnknownKey,   // no signing_keys row for its fingerprint
        KeyReplaced,  // the public key in the file is not the half of this account's secret key file
        BadSignature, // the signature does not verify: the anchor was forged or altered
        Truncated,    // the log ends before the anchored entry
        Rewritten,    // the anchored entry has another hash now: the chain was recomputed
    };
    Kind kind = Kind::Truncated;
    AuditAnchor anchor;
    qint64 logEnd = 0; // the last seq of the log
    QString logHash;   // the hash the log has at the anchor's seq now (Rewritten)
};
QList<AnchorProblem> verifyAnchors(Database& db);

// One entry of the chain as a package carries it (docs/package-format.md, "Audit chain").
struct ChainEntry
{
    qint64 seq = 0;
    QString at, actor, action, entity, entityId, detail, hash;
};
// The entries with afterSeq < seq <= uptoSeq, in order.
QList<ChainEntry> chainEntries(Database& db, qint64 afterSeq, qint64 uptoSeq);
// The hash of entry `seq` ("0" for seq 0); empty when there is no such entry.
QString chainHashAt(Database& db, qint64 seq);

} // namespace ow
