// `keys`: this center's signing key (show, rotate) and the townships' keys the county accepts
// packages from (list, add, revoke); docs/package-format.md, "Signature".
#include "cli/cli.h"

#include "security/signing_keys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

// This center's own key, to be registered at the county.
int showOwnKey(Context& ctx, Database& db, bool json)
{
    const QList<keys::OwnKey> own = keys::ownKeys(db);
    if (json) {
        QJsonArray array;
        for (const keys::OwnKey& k : own)
            array.append(
                QJsonObject{{QStringLiteral("fingerprint"), k.fingerprint},
                            {QStringLiteral("public_key"), keys::publicKeyText(k.publicKey)},
                            {QStringLiteral("created_at"), k.createdAt},
                            {QStringLiteral("retired_at"), k.retiredAt.isEmpty() ? QJsonValue() : k.retiredAt}});
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("site_code"), db.siteCode()}, {QStringLiteral("keys"), array}})
                       .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (own.isEmpty() || !own.first().retiredAt.isEmpty()) {
        ctx.err << QCoreApplication::translate(
                       "Cli", "This center has no signing key. Run \"onewindow-cli keys rotate\" to make one.")
                << Qt::endl;
        return ExitRejected;
    }
    const keys::OwnKey& k = own.first();
    ctx.out
        << QCoreApplication::translate("Cli", "Site: %1 %2").arg(db.siteCode(), db.setting(QStringLiteral("site_name")))
        << '\n'
        << QCoreApplication::translate("Cli", "Fingerprint: %1").arg(keys::groupedFingerprint(k.fingerprint)) << '\n'
        << QCoreApplication::translate("Cli", "Public key: %1").arg(keys::publicKeyText(k.publicKey)) << '\n'
        << QCoreApplication::translate("Cli", "The county registers it with: onewindow-cli keys add %1 %2")
               .arg(db.siteCode(), keys::publicKeyText(k.publicKey))
        << '\n';
    for (qsizetype i = 1; i < own.size(); ++i)
        ctx.out << QCoreApplication::translate("Cli", "Earlier key %1, retired %2")
                       .arg(keys::groupedFingerprint(own[i].fingerprint), own[i].retiredAt.left(10))
                << '\n';
    return ExitOk;
}

// The township keys registered here.
int listSiteKeys(Context& ctx, Database& db, bool json)
{
    const QList<keys::SiteKey> all = keys::registered(db);
    if (json) {
        QJsonArray array;
        for (const keys::SiteKey& k : all)
            array.append(
                QJsonObject{{QStringLiteral("site_code"), k.siteCode},
                            {QStringLiteral("site_name"), k.siteName},
                            {QStringLiteral("fingerprint"), k.fingerprint},
                            {QStringLiteral("public_key"), k.publicKey.isEmpty() ? QJsonValue() : k.publicKey},
                            {QStringLiteral("registered_at"), k.registeredAt},
                            {QStringLiteral("registered_by"), k.registeredBy},
                            {QStringLiteral("revoked_at"), k.revokedAt.isEmpty() ? QJsonValue() : k.revokedAt}});
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const keys::SiteKey& k : all)
        ctx.out << k.siteCode << '\t' << k.siteName << '\t' << keys::groupedFingerprint(k.fingerprint) << '\t'
                << k.registeredAt.left(10) << '\t'
                << (k.revokedAt.isEmpty() ? QCoreApplication::translate("Cli", "in force")
                                          : QCoreApplication::translate("Cli", "revoked %1").arg(k.revokedAt.left(10)))
                << '\n';
    if (all.isEmpty())
        ctx.out << QCoreApplication::translate(
                       "Cli", "No township keys are registered; packages are accepted only from registered keys.")
                << '\n';
    return ExitOk;
}

int addSiteKey(Context& ctx, Database& db, const QString& site, const QString& key)
{
    auto added = keys::registerKey(db, site, key, ctx.user);
    if (!added)
        return ctx.rejected(added.error());
    ctx.out << QCoreApplication::translate("Cli", "Registered the key %1 for site %2.")
                   .arg(keys::groupedFingerprint(added->fingerprint), added->siteCode)
            << '\n';
    return ExitOk;
}

int revokeSiteKey(Context& ctx, Database& db, const QString& site, const QString& fingerprint)
{
    auto revoked = keys::revoke(db, site, fingerprint, ctx.user);
    if (!revoked)
        return ctx.rejected(revoked.error());
    ctx.out << QCoreApplication::translate("Cli",
                                           "Revoked the key %1 of site %2: its packages are refused from now on.")
                   .arg(keys::groupedFingerprint(revoked->fingerprint), revoked->siteCode)
            << '\n';
    return ExitOk;
}

// A new key pair for this center; the old one is retired.
int rotateOwnKey(Context& ctx, Database& db)
{
    auto rotated = keys::rotate(db, ctx.user);
    if (!rotated)
        return ctx.rejected(rotated.error());
    ctx.out << QCoreApplication::translate(
                   "Cli", "New signing key %1. The county must register it before it accepts packages signed with it: "
                          "onewindow-cli keys add %2 %3")
                   .arg(keys::groupedFingerprint(rotated->fingerprint), db.siteCode(),
                        keys::publicKeyText(rotated->publicKey))
            << '\n';
    return ExitOk;
}

} // namespace

int cmdKeys(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("F"), QStringLiteral("table"));
    p.addOption(format);
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("show"));
    const QString fmt = p.value(format).trimmed().toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "Unknown format \"%1\": use table or json.").arg(p.value(format)));
    const bool writes =
        action == QLatin1String("add") || action == QLatin1String("revoke") || action == QLatin1String("rotate");
    const int wanted = action == QLatin1String("add") || action == QLatin1String("revoke") ? 3 : 1;
    if (pos.size() > wanted || (writes && pos.size() != wanted) ||
        !QStringList{QStringLiteral("show"), QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("revoke"),
                     QStringLiteral("rotate")}
             .contains(action))
        return ctx.usageError(QCoreApplication::translate(
            "Cli", "Use: keys show | keys list | keys add SITE KEY | keys revoke SITE FINGERPRINT | keys rotate"));
    DatabasePtr db = ctx.openDatabase(writes);
    if (!db)
        return ExitDatabase;

    const bool json = fmt == QLatin1String("json");
    if (action == QLatin1String("show"))
        return showOwnKey(ctx, *db, json);
    if (action == QLatin1String("list"))
        return listSiteKeys(ctx, *db, json);
    if (action == QLatin1String("add"))
        return addSiteKey(ctx, *db, pos[1], pos[2]);
    if (action == QLatin1String("revoke"))
        return revokeSiteKey(ctx, *db, pos[1], pos[2]);
    return rotateOwnKey(ctx, *db);
}

} // namespace ow::cli
