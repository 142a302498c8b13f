// Ed25519 key pairs of this center (secret halves in owner-only files) and the registry of the
// townships' public keys at the county (docs/package-format.md, "Signature").
#include "security/signing_keys.h"

#include "security/audit.h"
#include "security/users.h"
#include "storage/database.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <sodium.h>

namespace ow::keys {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString keyFile(const QString& fingerprint)
{
    return QDir(keyDirectory()).filePath(fingerprint + QStringLiteral(".key"));
}

// The secret key of `fingerprint` from this account's key file; empty when the file is not there.
// The caller wipes it (sodium_memzero) when done.
QByteArray readSecretKey(const QString& fingerprint)
{
    QFile f(keyFile(fingerprint));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromBase64(f.readAll().trimmed());
}

Result<Actor> administrator(Database& db, const QString& login)
{
    auto actor = actorFor(db, login);
    if (!actor)
        return actor;
    if (!actor->isAdministrator())
        return fail(QCoreApplication::translate("SigningKeys", "Only an administrator can manage signing keys."));
    return actor;
}

SiteKey siteKeyFrom(const QSqlQuery& q)
{
    return SiteKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

const char* const kSiteKeyColumns =
    "SELECT k.site_code, coalesce(s.name, ''), k.fingerprint, coalesce(k.public_key, ''), k.registered_at, "
    "k.registered_by, coalesce(k.revoked_at, ''), coalesce(k.revoked_by, '') FROM site_keys k LEFT JOIN sites s ON "
    "s.code = k.site_code";

} // namespace

QString keyDirectory()
{
    const QString env = qEnvironmentVariable("ONEWINDOW_KEY_DIR");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("signing-keys"));
}

QString fingerprintOf(const QByteArray& publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex());
}

QString groupedFingerprint(const QString& fingerprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QString publicKeyText(const QByteArray& publicKey)
{
    return QString::fromLatin1(publicKey.toBase64());
}

QByteArray parsePublicKey(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]{43}=$"));
    if (!base64.match(t).hasMatch())
        return {};
    const QByteArray key = QByteArray::fromBase64(t.toLatin1());
    return key.size() == crypto_sign_PUBLICKEYBYTES ? key : QByteArray();
}

QString parseFingerprint(const QString& text)
{
    QString t = text.trimmed().toLower();
    t.remove(QRegularExpression(QStringLiteral("[\\s:-]")));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(t).hasMatch() ? t : QString();
}

Result<OwnKey> createOwnKey(Database& db)
{
    if (!sodiumReady())
        return fail(QCoreApplication::translate("SigningKeys", "The cryptography library could not be started."));
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()), reinterpret_cast<unsigned char*>(sk.data()));
    OwnKey key{fingerprintOf(pk), pk, utcNow(), {}};
    const QString dir = keyDirectory();
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(
            QCoreApplication::translate("SigningKeys", "Cannot create the folder of the signing keys %1.").arg(dir));
    // Written to a temporary name with owner-only permissions before any byte goes in, then renamed.
    QSaveFile f(keyFile(key.fingerprint));
    if (!f.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("SigningKeys", "Cannot write the signing key file %1: %2")
                        .arg(f.fileName(), f.errorString()));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write(sk.toBase64() + '\n');
    sodium_memzero(sk.data(), size_t(sk.size()));
    if (!f.commit())
        return fail(QCoreApplication::translate("SigningKeys", "Cannot write the signing key file %1: %2")
                        .arg(f.fileName(), f.errorString()));
    files::makePrivate(keyFile(key.fingerprint));
    QSqlQuery q(db.sql());
    if (!q.exec(
            QStringLiteral("UPDATE signing_keys SET retired_at = '%1' WHERE retired_at IS NULL").arg(key.createdAt)))
        return fail(q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO signing_keys(fingerprint, public_key, created_at) VALUES(?,?,?)"));
    q.addBindValue(key.fingerprint);
    q.addBindValue(publicKeyText(pk));
    q.addBindValue(key.createdAt);
    if (!q.exec())
        return fail(q.lastError().text());
    return key;
}

QList<OwnKey> ownKeys(Database& db)
{
    QList<OwnKey> list;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT fingerprint, public_key, created_at, coalesce(retired_at, '') FROM signing_keys "
                          "ORDER BY retired_at IS NOT NULL, created_at DESC"));
    while (q.next())
        list << OwnKey{q.value(0).toString(), QByteArray::fromBase64(q.value(1).toString().toLatin1()),
                       q.value(2).toString(), q.value(3).toString()};
    return list;
}

Result<OwnKey> currentKey(Database& db)
{
    QList<OwnKey> all = ownKeys(db);
    if (all.isEmpty()) {
        // A new file, or one upgraded to version 10: its first key pair is made at first use (migrations
        // only create tables, docs/ARCHITECTURE.md "Layers").
        WriteTransaction tx(db);
        if (!tx.active())
            return fail(tx.error());
        auto made = createOwnKey(db);
        if (!made)
            return made;
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        return made;
    }
    if (!all.first().retiredAt.isEmpty())
        return fail(QCoreApplication::translate(
            "SigningKeys", "This center has no signing key. Run \"onewindow-cli keys rotate\" to make one."));
    return all.first();
}

Result<QByteArray> sign(Database& db, const QByteArray& message, OwnKey* used)
{
    if (!sodiumReady())
        return fail(QCoreApplication::translate("SigningKeys", "The cryptography library could not be started."));
    auto key = currentKey(db);
    if (!key)
        return fail(key.error());
    const QString missing =
        QCoreApplication::translate(
            "SigningKeys",
            "The secret signing key of this center (fingerprint %1) is not on this computer for this account (%2). "
            "Copy the key file from the computer where the database was set up, or make a new key with "
            "\"onewindow-cli keys rotate\" and have the county register its fingerprint.")
            .arg(groupedFingerprint(key->fingerprint), keyFile(key->fingerprint));
    QByteArray sk = readSecretKey(key->fingerprint);
    // The secret key holds its public half in its last 32 bytes: it must be this database's key.
    if (sk.size() != crypto_sign_SECRETKEYBYTES || sk.right(crypto_sign_PUBLICKEYBYTES) != key->publicKey) {
        sodium_memzero(sk.data(), size_t(sk.size()));
        return fail(missing);
    }
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(sk.constData()));
    sodium_memzero(sk.data(), size_t(sk.size()));
    if (used)
        *used = *key;
    return signature;
}

bool keyFileAgrees(const QString& fingerprint, const QByteArray& publicKey)
{
    QByteArray sk = readSecretKey(fingerprint);
    if (sk.isEmpty())
        return true;
    const bool agrees = sk.right(crypto_sign_PUBLICKEYBYTES) == publicKey;
    sodium_memzero(sk.data(), size_t(sk.size()));
    return agrees;
}

Result<OwnKey> rotate(Database& db, const QString& actor)
{
    if (auto admin = administrator(db, actor); !admin)
        return fail(admin.error());
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    auto key = createOwnKey(db);
    if (!key)
        return key;
    if (Status s = appendAudit(db, actor, QStringLiteral("signing_key_rotated"), QStringLiteral("signing_key"),
                               key->fingerprint);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return key;
}

QList<SiteKey> registered(Database& db)
{
    QList<SiteKey> list;
    QSqlQuery q(db.sql());
    q.exec(QString::fromLatin1(kSiteKeyColumns) +
           QStringLiteral(" ORDER BY k.site_code, k.revoked_at IS NOT NULL, k.registered_at"));
    while (q.next())
        list << siteKeyFrom(q);
    return list;
}

Result<SiteKey> findRegistered(Database& db, const QString& fingerprint)
{
    QSqlQuery q(db.sql());
    q.prepare(QString::fromLatin1(kSiteKeyColumns) + QStringLiteral(" WHERE k.fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec() || !q.next())
        return fail(QString());
    return siteKeyFrom(q);
}

Result<SiteKey> registerKey(Database& db, const QString& siteCode, const QString& keyText, const QString& actor)
{
    if (auto admin = administrator(db, actor); !admin)
        return fail(admin.error());
    const QString site = siteCode.trimmed();
    static const QRegularExpression code(QStringLiteral("^[0-9A-Za-z]{2,20}$"));
    if (!code.match(site).hasMatch())
        return fail(QCoreApplication::translate(
                        "SigningKeys", "\"%1\" is not a site code (the division code of the township, e.g. 150824100).")
                        .arg(site));
    if (site == db.siteCode())
        return fail(QCoreApplication::translate(
                        "SigningKeys", "%1 is this center's own site code; register the keys of its townships.")
                        .arg(site));
    const QByteArray publicKey = parsePublicKey(keyText);
    const QString fingerprint = publicKey.isEmpty() ? parseFingerprint(keyText) : fingerprintOf(publicKey);
    if (fingerprint.isEmpty())
        return fail(QCoreApplication::translate(
                        "SigningKeys",
                        "\"%1\" is neither a public key (44 characters of base64) nor a fingerprint (32 hexadecimal "
                        "digits). Copy it as the township's \"keys show\" prints it.")
                        .arg(keyText.trimmed()));
    for (const OwnKey& own : ownKeys(db))
        if (own.fingerprint == fingerprint)
            return fail(QCoreApplication::translate("SigningKeys", "The key %1 is this center's own key.")
                            .arg(groupedFingerprint(fingerprint)));
    if (auto existing = findRegistered(db, fingerprint); existing)
        return fail(QCoreApplication::translate("SigningKeys", "The key %1 is registered already, for site %2%3.")
                        .arg(groupedFingerprint(fingerprint), existing->siteCode,
                             existing->revokedAt.isEmpty() ? QString()
                                                           : QCoreApplication::translate("SigningKeys", " (revoked)")));
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO site_keys(fingerprint, site_code, public_key, registered_at, registered_by) "
                             "VALUES(?,?,?,?,?)"));
    q.addBindValue(fingerprint);
    q.addBindValue(site);
    q.addBindValue(publicKey.isEmpty() ? QVariant() : QVariant(publicKeyText(publicKey)));
    q.addBindValue(utcNow());
    q.addBindValue(actor);
    if (!q.exec())
        return fail(databaseErrorMessage(q.lastError().nativeErrorCode().toInt(), q.lastError().text()));
    if (Status s =
            appendAudit(db, actor, QStringLiteral("site_key_registered"), QStringLiteral("site"), site, fingerprint);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return findRegistered(db, fingerprint);
}

Result<SiteKey> revoke(Database& db, const QString& siteCode, const QString& fingerprint, const QString& actor)
{
    if (auto admin = administrator(db, actor); !admin)
        return fail(admin.error());
    QString prefix = fingerprint.trimmed().toLower();
    prefix.remove(QRegularExpression(QStringLiteral("[\\s:-]")));
    QStringList matches;
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT fingerprint FROM site_keys WHERE site_code = ? AND revoked_at IS NULL"));
        q.addBindValue(siteCode.trimmed());
        q.exec();
        while (q.next())
            if (prefix.size() >= 8 && q.value(0).toString().startsWith(prefix))
                matches << q.value(0).toString();
    }
    if (matches.size() != 1)
        return fail(QCoreApplication::translate(
                        "SigningKeys",
                        "No key of site %1 in force has the fingerprint %2 (give at least its first 8 digits; "
                        "\"keys list\" shows them).")
                        .arg(siteCode.trimmed(), fingerprint.trimmed()));
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE site_keys SET revoked_at = ?, revoked_by = ? WHERE fingerprint = ?"));
    q.addBindValue(utcNow());
    q.addBindValue(actor);
    q.addBindValue(matches.first());
    if (!q.exec())
        return fail(databaseErrorMessage(q.lastError().nativeErrorCode().toInt(), q.lastError().text()));
    if (Status s = appendAudit(db, actor, QStringLiteral("site_key_revoked"), QStringLiteral("site"),
                               siteCode.trimmed(), matches.first());
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return findRegistered(db, matches.first());
}

bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace ow::keys
