// `users` lists the accounts; `passwd LOGIN` sets a password read from standard input — the way
// back in when the only administrator has forgotten theirs (whoever may open the database file
// acts as the built-in operator, an administrator).
#include "cli/cli.h"

#include "security/users.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

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
        ctx.out << u.login << '\t' << u.displayName << '\t' << roles::label(u.role) << '\t' << u.department << '\t'
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
    // The first line of standard input, without its line end: typed, piped or redirected.
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    const QString password = in.readLine();
    auto actor = actorFor(*db, ctx.user);
    if (!actor)
        return ctx.rejected(actor.error());
    if (actor->login != pos.first() && !actor->isAdministrator()) {
        ctx.err << QCoreApplication::translate("ow::UserService",
                                               "Only an administrator can set another user's password.")
                << Qt::endl;
        return ExitPermission;
    }
    if (Status s = UserService(*db).setPassword(pos.first(), password, ctx.user); !s)
        return ctx.rejected(s.error());
    ctx.out << QCoreApplication::translate("Cli", "The password of %1 was set.").arg(pos.first()) << '\n';
    return ExitOk;
}

} // namespace ow::cli
