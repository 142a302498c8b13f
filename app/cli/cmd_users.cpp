// `users` lists the accounts; `passwd LOGIN` sets a password read from standard input (one's own,
// or anyone's for an administrator); `recover-admin LOGIN` is the way back in when no administrator
// knows a password: the owner of the database file, or on a center's server the role that owns the
// schema, explicitly, audited and announced.
#include "cli/cli.h"

#include "security/users.h"
#include "storage/store_location.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace ow::cli {

int cmdUsers(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("F"), QStringLiteral("table"));
    p.addOption(format);
    if (!ctx.parse(p))
        return ExitUsage;
    const QString fmt = p.value(format).trimmed().toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return ctx.usageError(
            QCoreApplication::translate("Cli", "Unknown format \"%1\": use table or json.").arg(p.value(format)));
    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    const QList<UserAccount> accounts = UserService(*db).list();
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const UserAccount& u : accounts)
            array.append(
                QJsonObject{{QStringLiteral("login"), u.login},
                            {QStringLiteral("name"), u.displayName},
                            {QStringLiteral("role"), u.role},
                            {QStringLiteral("department"), u.department.isEmpty() ? QJsonValue() : u.department},
                            {QStringLiteral("active"), u.active},
                            {QStringLiteral("has_password"), u.hasPassword}});
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const UserAccount& u : accounts)
        ctx.out << u.login << '\t' << printable(u.displayName) << '\t' << roles::label(u.role) << '\t' << u.department
                << '\t'
                << (u.active ? QCoreApplication::translate("Cli", "active")
                             : QCoreApplication::translate("Cli", "inactive"))
                << '\t'
                << (u.hasPassword ? QCoreApplication::translate("Cli", "password set")
                                  : QCoreApplication::translate("Cli", "no password"))
                << '\n';
    if (accounts.isEmpty())
        ctx.out << QCoreApplication::translate("Cli", "No user accounts yet; everyone acts as the built-in operator.")
                << '\n';
    return ExitOk;
}

int cmdPasswd(Context& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.usageError(QCoreApplication::translate("Cli", "passwd needs exactly one login."));
    DatabasePtr db = ctx.openDatabase(true);
    if (!db)
        return ExitDatabase;
    // Another user's password is an administrator's business (the role table); one's own needs the
    // password one signed in with, as in the desktop.
    if (ctx.actor.login != pos.first())
        if (Status allowed = permissions::require(ctx.actor, permissions::Action::ManageUsers); !allowed) {
            ctx.err << allowed.error() << Qt::endl;
            return ExitPermission;
        }
    // The next line of standard input, without its line end: typed (without echo), piped or redirected.
    const QString password =
        readSecret(QCoreApplication::translate("Cli", "New password for %1: ").arg(pos.first()), ctx.err);
    if (Status s = UserService(*db).setPassword(pos.first(), password, ctx.actor.login, ctx.password); !s)
        return ctx.rejected(s.error());
    ctx.out << QCoreApplication::translate("Cli", "The password of %1 was set.").arg(pos.first()) << '\n';
    return ExitOk;
}

int cmdRecoverAdmin(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption ownFile(QStringLiteral("i-own-the-database-file"));
    const QCommandLineOption ownSchema(QStringLiteral("i-own-the-schema"));
    p.addOptions({ownFile, ownSchema});
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.usageError(QCoreApplication::translate("Cli", "recover-admin needs exactly one login."));
    const bool server = isPostgreSqlUrl(ctx.dbPath);
    if (!p.isSet(server ? ownSchema : ownFile))
        return ctx.usageError(
            server ? QCoreApplication::translate(
                         "Cli", "recover-admin sets an administrator's password without the old one. It is written to "
                                "the audit log and shown to every administrator at their next sign-in. On a center's "
                                "server, connect as the role that owns the schema (the one that runs migrate --to and "
                                "upgrade), --db postgresql://OWNER@server/database, and add --i-own-the-schema.")
                   : QCoreApplication::translate(
                         "Cli", "recover-admin sets an administrator's password without the old one. It is written to "
                                "the audit log and shown to every administrator at their next sign-in. To go ahead, "
                                "run it as the operating-system account that owns the database file and add "
                                "--i-own-the-database-file."));
    // The proof is the operating system's or the server's, not a password: nobody is signed in here.
    // A file's owner is checked before the file is opened (opening may upgrade it).
    if (!server)
        if (Status proof = UserService::recoveryProof(ctx.dbPath); !proof) {
            ctx.err << proof.error() << Qt::endl;
            return ExitPermission;
        }
    Result<DatabasePtr> db = ctx.openStore();
    if (!db) {
        ctx.err << db.error() << Qt::endl;
        return ExitDatabase;
    }
    QString who =
        QStringLiteral("%1 (uid %2)").arg(qEnvironmentVariable("USER", QStringLiteral("?"))).arg(uint(geteuid()));
    if (server) {
        const Result<QString> role = UserService::serverRecoveryProof(**db);
        if (!role) {
            ctx.err << role.error() << Qt::endl;
            return ExitPermission;
        }
        who = QStringLiteral("server role %1, %2").arg(*role, who);
    }
    const QString password =
        readSecret(QCoreApplication::translate("Cli", "New password for %1: ").arg(pos.first()), ctx.err);
    if (Status s = UserService(**db).recoverAdministrator(pos.first(), password, who); !s)
        return ctx.rejected(s.error());
    ctx.out << QCoreApplication::translate("Cli", "The administrator %1 has a new password. This was written to the "
                                                  "audit log and every administrator will be told at their next "
                                                  "sign-in.")
                   .arg(pos.first())
            << '\n';
    return ExitOk;
}

} // namespace ow::cli
