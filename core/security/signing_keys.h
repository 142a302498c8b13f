// Site signing keys (Ed25519, libsodium): this center's own key pairs, whose secret halves live in
// owner-only files outside the database, and the townships' public keys the county registered.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ow {

class Database;

namespace keys {

// The folder of this account's secret key files: $ONEWINDOW_KEY_DIR, or "signing-keys" in the
// account's data folder (~/.local/share/OneWindow/signing-keys), 0700.
QString keyDirectory();

// Fingerprint of a public key: the first 16 bytes of its SHA-256 as 32 lowercase hex digits.
QString fingerprintOf(const QByteArray& publicKey);
// "1a2b 3c4d …": the fingerprint in groups of four, as it is read out and compared.
QString groupedFingerprint(const QString& fingerprint);
// A public key as text (base64 of its 32 bytes) and back; an empty array when it is not one.
QString publicKeyText(const QByteArray& publicKey);
QByteArray parsePublicKey(const QString& text);
// 32 hex digits (spaces, colons and dashes ignored), lowercase; empty when it is not a fingerprint.
QString parseFingerprint(const QString& text);

struct OwnKey
{
    QString fingerprint;
    QByteArray publicKey;
    QString createdAt;
    QString retiredAt; // empty for the current key
};

// Makes a new key pair for this center: the secret key goes to a 0600 file in keyDirectory(), the
// public key to signing_keys. Earlier keys are retired (kept: packages they signed stay verifiable).
// Call inside a write transaction (currentKey() and rotate() do).
Result<OwnKey> createOwnKey(Database& db);
// This center's keys, the current one first.
QList<OwnKey> ownKeys(Database& db);
// The current key; a file without any key (new, or upgraded to version 10) gets its first pair here.
Result<OwnKey> currentKey(Database& db);
// Signs `message` with the current key. Fails with a message saying how to recover when the key
// file is missing or does not belong to the key (the database was moved to another computer).
Result<QByteArray> sign(Database& db, const QByteArray& message, OwnKey* used = nullptr);
// False when this account's secret key file of `fingerprint` holds another public half than
// `publicKey` (the public key in the database was replaced); true when it agrees or is not here.
bool keyFileAgrees(const QString& fingerprint, const QByteArray& publicKey);
// A new key pair (retiring the current one), audited.
Result<OwnKey> rotate(Database& db, const QString& actor);

// A public key the county registered for one of its townships.
struct SiteKey
{
    QString siteCode;
    QString siteName; // from sites, when known
    QString fingerprint;
    QString publicKey; // base64; empty when registered by fingerprint only
    QString registeredAt;
    QString registeredBy;
    QString revokedAt;
    QString revokedBy;
};

QList<SiteKey> registered(Database& db);
// The registration of this fingerprint, if any.
Result<SiteKey> findRegistered(Database& db, const QString& fingerprint);
// Registers `keyText` (a public key or its fingerprint) for `siteCode`, audited. Refused when the key
// is registered already (to this or another site) or is this center's own.
Result<SiteKey> registerKey(Database& db, const QString& siteCode, const QString& keyText, const QString& actor);
// Revokes the registration of `fingerprint` (or its first 8 or more hex digits) for `siteCode`:
// packages it signed are refused from now on. Audited.
Result<SiteKey> revoke(Database& db, const QString& siteCode, const QString& fingerprint, const QString& actor);

// Ed25519 detached signature check.
bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

} // namespace keys
} // namespace ow
