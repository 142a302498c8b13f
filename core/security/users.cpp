// Users, roles and sign-in (see users.h).
#include "security/users.h"

#include "security/audit.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace ow {
namespace {

using sql::exec;
using sql::nullable;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString hashPassword(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool passwordMatches(const QString& hash, const QString& password)
{
    if (hash.isEmpty())
        return false;
    const QByteArray encoded = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

// The stored hash of an active user's password; empty when the user has none or is unknown.
QString storedHash(Database& db, const QString& login)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT COALESCE(password_hash, '') FROM users WHERE login = ? AND active = 1"));
    q.addBindValue(login);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// An audit entry in a transaction of its own (for actions that change nothing else).
Status auditAlone(Database& db, const QString& actor, const QString& action, const QString& entity,
                  const QString& entityId)
{
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    if (Status s = appendAudit(db, actor, action, entity, entityId); !s)
        return s;
    return tx.commit();
}

} // namespace

bool Actor::isSupervisor() const
{
    return role == QLatin1String("supervisor") || isAdministrator();
}

bool Actor::isAdministrator() const
{
    return role == QLatin1String("admin") || role == QLatin1String("system");
}

bool Actor::maySeePersonalData() const
{
    // Triage officers and department handlers work from the summary; the people who talk to the
    // citizen (window, mediation) and those who answer for the center may see full numbers.
    return role == QLatin1String("clerk") || role == QLatin1String("mediator") || isSupervisor();
}

Result<Actor> actorFor(Database& db, const QString& login)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT login, display_name, role, COALESCE(department_code, '') FROM users WHERE login = ? AND active = 1"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return fail(UserService::tr("There is no active user \"%1\".").arg(login));
    return Actor{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

Status revealPersonalData(Database& db, const QString& login, const QString& caseId)
{
    auto actor = actorFor(db, login);
    if (!actor)
        return fail(actor.error());
    if (!actor->maySeePersonalData())
        return fail(UserService::tr("Your role (%1) may not see full ID and phone numbers; ask the window clerk, a "
                                    "mediator or the supervisor.")
                        .arg(roles::label(actor->role)));
    return auditAlone(db, login, QStringLiteral("personal_data_viewed"), QStringLiteral("case"), caseId);
}

namespace roles {

QStringList assignable()
{
    return {QStringLiteral("clerk"),    QStringLiteral("triage"),     QStringLiteral("handler"),
            QStringLiteral("mediator"), QStringLiteral("supervisor"), QStringLiteral("admin")};
}

QString label(const QString& role)
{
    if (role == QLatin1String("clerk"))
        return QCoreApplication::translate("Roles", "Intake clerk");
    if (role == QLatin1String("triage"))
        return QCoreApplication::translate("Roles", "Triage officer");
    if (role == QLatin1String("handler"))
        return QCoreApplication::translate("Roles", "Department handler");
    if (role == QLatin1String("mediator"))
        return QCoreApplication::translate("Roles", "Mediator");
    if (role == QLatin1String("supervisor"))
        return QCoreApplication::translate("Roles", "Supervisor");
    if (role == QLatin1String("admin"))
        return QCoreApplication::translate("Roles", "Administrator");
    if (role == QLatin1String("system"))
        return QCoreApplication::translate("Roles", "System operator");
    return role;
}

} // namespace roles

UserService::UserService(Database& db)
    : m_db(db)
{}

QList<UserAccount> UserService::list() const
{
    QList<UserAccount> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT login, display_name, role, COALESCE(department_code, ''), active, "
                          "password_hash IS NOT NULL AND password_hash <> '' FROM users WHERE role <> 'system' "
                          "ORDER BY login"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toBool(), q.value(5).toBool()});
    return out;
}

QHash<QString, QString> UserService::displayNames() const
{
    QHash<QString, QString> names;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT login, display_name FROM users"));
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

bool UserService::signInRequired() const
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM users WHERE active = 1 AND password_hash <> '')"));
    return q.next() && q.value(0).toBool();
}

Result<Actor> UserService::signIn(const QString& login, const QString& password)
{
    const QString who = login.trimmed();
    if (!sodiumReady())
        return fail(tr("The password library could not be started."));
    if (!passwordMatches(storedHash(m_db, who), password)) {
        if (Status s = auditAlone(m_db, who, QStringLiteral("sign_in_failed"), QStringLiteral("user"), who); !s)
            return fail(s.error());
        return fail(tr("The user name or the password is not correct. Check both and try again; an "
                       "administrator can set a new password."));
    }
    auto actor = actorFor(m_db, who);
    if (!actor)
        return actor;
    if (Status s = auditAlone(m_db, who, QStringLiteral("sign_in"), QStringLiteral("user"), who); !s)
        return fail(s.error());
    return actor;
}

Status UserService::checkAdministratorsKeepAccess()
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM users WHERE active = 1 AND password_hash <> ''), "
                          "EXISTS(SELECT 1 FROM users WHERE active = 1 AND role = 'admin' AND password_hash <> '')"));
    if (q.next() && q.value(0).toBool() && !q.value(1).toBool())
        return fail(tr("Once anyone signs in with a password, at least one active administrator must have a "
                       "password too, or nobody could manage the accounts. Give an administrator a password "
                       "first."));
    return {};
}

Status UserService::save(const UserAccount& in, const QString& actorLogin)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (!actor->isAdministrator())
        return fail(tr("Only an administrator can manage user accounts."));

    UserAccount u = in;
    u.login = u.login.trimmed();
    u.displayName = u.displayName.trimmed();
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginPattern.match(u.login).hasMatch())
        return fail(tr("The login \"%1\" is not valid: use 2 to 32 letters, digits, '.', '_' or '-'.").arg(u.login));
    if (u.login.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return fail(tr("The login \"system\" belongs to the built-in operator; choose another."));
    if (u.displayName.isEmpty())
        return fail(tr("Enter the user's name."));
    if (!roles::assignable().contains(u.role))
        return fail(tr("Choose the user's role."));

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (!u.department.isEmpty()) {
        QSqlQuery d(m_db.sql());
        d.prepare(QStringLiteral("SELECT 1 FROM departments WHERE code = ?"));
        d.addBindValue(u.department);
        if (!d.exec() || !d.next())
            return fail(tr("The department \"%1\" does not exist.").arg(u.department));
    }

    QSqlQuery existing(m_db.sql());
    existing.prepare(QStringLiteral("SELECT display_name, role, COALESCE(department_code, ''), active FROM users "
                                    "WHERE login = ?"));
    existing.addBindValue(u.login);
    if (Status s = exec(existing); !s)
        return s;
    const bool isNew = !existing.next();
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, role, department_code, active, site_code, "
                                 "created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)"));
        for (const QVariant& v : QVariantList{newUuid(), u.login, u.displayName, u.role, nullable(u.department),
                                              u.active ? 1 : 0, m_db.siteCode(), now, now})
            q.addBindValue(v);
    } else {
        if (existing.value(0).toString() == u.displayName && existing.value(1).toString() == u.role &&
            existing.value(2).toString() == u.department && existing.value(3).toBool() == u.active)
            return {}; // nothing changed: nothing written
        q.prepare(QStringLiteral("UPDATE users SET display_name = ?, role = ?, department_code = ?, active = ?, "
                                 "updated_at = ?, row_version = row_version + 1 WHERE login = ?"));
        for (const QVariant& v :
             QVariantList{u.displayName, u.role, nullable(u.department), u.active ? 1 : 0, now, u.login})
            q.addBindValue(v);
    }
    if (Status s = exec(q); !s)
        return s;
    if (Status s = checkAdministratorsKeepAccess(); !s)
        return s;
    const QString detail = QStringLiteral("%1 · %2 · %3%4")
                               .arg(u.displayName, u.role, u.department.isEmpty() ? QStringLiteral("-") : u.department,
                                    u.active ? QString() : QStringLiteral(" · inactive"));
    if (Status s = appendAudit(m_db, actorLogin, isNew ? QStringLiteral("user_add") : QStringLiteral("user_update"),
                               QStringLiteral("user"), u.login, detail);
        !s)
        return s;
    return tx.commit();
}

Status UserService::setPassword(const QString& login, const QString& newPassword, const QString& actorLogin,
                                const QString& oldPassword)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    const bool self = actor->login == login;
    if (!self && !actor->isAdministrator())
        return fail(tr("Only an administrator can set another user's password."));
    if (!sodiumReady())
        return fail(tr("The password library could not be started."));
    if (self && !actor->isAdministrator()) {
        const QString hash = storedHash(m_db, login);
        if (!hash.isEmpty() && !passwordMatches(hash, oldPassword))
            return fail(tr("The current password is not correct."));
    }
    if (newPassword.size() < kMinPasswordLength)
        return fail(tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    if (newPassword.trimmed() != newPassword)
        return fail(tr("The password must not begin or end with a space."));
    const QString hash = hashPassword(newPassword);
    if (hash.isEmpty())
        return fail(tr("The password could not be encoded (out of memory?). Try again."));

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ?, row_version = row_version + 1 "
                             "WHERE login = ? AND role <> 'system'"));
    q.addBindValue(hash);
    q.addBindValue(utcNow());
    q.addBindValue(login);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(tr("There is no user \"%1\".").arg(login));
    if (Status s = checkAdministratorsKeepAccess(); !s)
        return s;
    if (Status s = appendAudit(m_db, actorLogin, QStringLiteral("password_set"), QStringLiteral("user"), login); !s)
        return s;
    return tx.commit();
}

} // namespace ow
