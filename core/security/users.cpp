// Users, roles and sign-in (see users.h).
#include "security/users.h"

#include "security/audit.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QVariant>

#include <sodium.h>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ow {
namespace {

using sql::exec;
using sql::nullable;

// Which desk (computer) a sign-in came from, for the audit log: with many desks on one server the
// login alone does not say where someone sat.
QString deskDetail()
{
    return QStringLiteral("desk %1").arg(QSysInfo::machineHostName());
}

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

// Failed sign-ins of one login (table sign_in_failures, schema 9). Kept for unknown logins as well,
// so that a lock says nothing about whether an account exists.
struct LockState
{
    int failures = 0; // wrong passwords in a row since the last success or lock
    int locks = 0;    // locks since the last success
    QDateTime lockedUntil;
};

LockState lockState(Database& db, const QString& login)
{
    LockState st;
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT failures, locks, COALESCE(locked_until, '') FROM sign_in_failures WHERE login = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next()) {
        st.failures = q.value(0).toInt();
        st.locks = q.value(1).toInt();
        st.lockedUntil = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return st;
}

Status clearLock(Database& db, const QString& login)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("DELETE FROM sign_in_failures WHERE login = ?"));
    q.addBindValue(login);
    return exec(q);
}

QString localMinute(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Validates a new password; empty when it may be used.
Status checkNewPassword(const QString& password)
{
    if (password.size() < UserService::kMinPasswordLength)
        return fail(
            UserService::tr("The password must have at least %1 characters.").arg(UserService::kMinPasswordLength));
    if (password.trimmed() != password)
        return fail(UserService::tr("The password must not begin or end with a space."));
    return {};
}

// The stored form of a new password: checked, then hashed (slow by design: before any transaction).
Result<QString> newPasswordHash(const QString& password)
{
    if (Status s = checkNewPassword(password); !s)
        return fail(s.error());
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return fail(UserService::tr("The password could not be encoded (out of memory?). Try again."));
    return hash;
}

// Writes a password hash inside the caller's transaction; how many accounts took it (0: no such login).
Result<int> storePasswordHash(Database& db, const QString& login, const QString& hash)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ?, row_version = row_version + 1 "
                             "WHERE login = ? AND role <> 'system'"));
    q.addBindValue(hash);
    q.addBindValue(utcNow());
    q.addBindValue(login);
    if (Status s = exec(q); !s)
        return fail(s.error());
    return q.numRowsAffected();
}

} // namespace

bool Actor::may(permissions::Action action) const
{
    return permissions::permits(role, action);
}

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
    return may(permissions::Action::SeePersonalData);
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

QDateTime UserService::lockedUntil(const QString& login) const
{
    const LockState st = lockState(m_db, login.trimmed());
    return st.lockedUntil.isValid() && st.lockedUntil > QDateTime::currentDateTimeUtc() ? st.lockedUntil.toLocalTime()
                                                                                        : QDateTime();
}

Result<Actor> UserService::signIn(const QString& login, const QString& password)
{
    const QString who = login.trimmed();
    if (!sodiumReady())
        return fail(tr("The password library could not be started."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const LockState st = lockState(m_db, who);
    if (st.lockedUntil.isValid() && st.lockedUntil > now) {
        // Not even the right password opens a locked login: that is what makes guessing slow.
        if (Status s = auditAlone(m_db, who, QStringLiteral("sign_in_refused_locked"), QStringLiteral("user"), who); !s)
            return fail(s.error());
        return fail(tr("Too many wrong passwords: the login \"%1\" is locked until %2. Try again then, or ask an "
                       "administrator to set a new password.")
                        .arg(who, localMinute(st.lockedUntil)));
    }
    if (!passwordMatches(storedHash(m_db, who), password)) {
        const int failures = st.failures + 1;
        const bool lock = failures >= kFailuresBeforeLock;
        const int locks = lock ? st.locks + 1 : st.locks;
        const int minutes = std::min(kFirstLockMinutes << std::clamp(locks - 1, 0, 10), kMaxLockMinutes);
        const QDateTime until = now.addSecs(qint64(minutes) * 60);
        {
            WriteTransaction tx(m_db);
            if (!tx.active())
                return fail(tx.error());
            QSqlQuery q(m_db.sql());
            q.prepare(
                QStringLiteral("INSERT INTO sign_in_failures(login, failures, locks, locked_until, last_failure_at) "
                               "VALUES(?,?,?,?,?) ON CONFLICT(login) DO UPDATE SET failures = excluded.failures, "
                               "locks = excluded.locks, locked_until = excluded.locked_until, "
                               "last_failure_at = excluded.last_failure_at"));
            for (const QVariant& v :
                 QVariantList{who, lock ? 0 : failures, locks,
                              lock ? QVariant(until.toString(Qt::ISODate)) : QVariant(), now.toString(Qt::ISODate)})
                q.addBindValue(v);
            if (Status s = exec(q); !s)
                return fail(s.error());
            if (Status s =
                    appendAudit(m_db, who, QStringLiteral("sign_in_failed"), QStringLiteral("user"), who, deskDetail());
                !s)
                return fail(s.error());
            if (lock)
                if (Status s = appendAudit(m_db, who, QStringLiteral("sign_in_locked"), QStringLiteral("user"), who,
                                           QStringLiteral("%1 failures; %2 min until %3")
                                               .arg(kFailuresBeforeLock)
                                               .arg(minutes)
                                               .arg(until.toString(Qt::ISODate)));
                    !s)
                    return fail(s.error());
            if (Status s = tx.commit(); !s)
                return fail(s.error());
        }
        // Each wrong password in a row waits twice as long as the one before.
        QThread::msleep(
            static_cast<unsigned long>(std::min(kFirstDelayMs << std::min(failures - 1 + st.locks, 10), kMaxDelayMs)));
        if (lock)
            return fail(tr("The user name or the password is not correct, %1 times in a row: the login \"%2\" is "
                           "locked until %3. Try again then, or ask an administrator to set a new password.")
                            .arg(kFailuresBeforeLock)
                            .arg(who, localMinute(until)));
        return fail(tr("The user name or the password is not correct. Check both and try again; an "
                       "administrator can set a new password."));
    }
    auto actor = actorFor(m_db, who);
    if (!actor)
        return actor;
    // What happened since this user's last sign-in that they must know of.
    m_notices.clear();
    QSqlQuery n(m_db.sql());
    n.prepare(QStringLiteral(
        "SELECT at, action, entity_id, detail FROM audit_log WHERE seq > COALESCE((SELECT MAX(seq) FROM audit_log "
        "WHERE action = 'sign_in' AND actor = ?), 0) AND ((action = 'admin_recovered' AND ? = 1) OR "
        "(action = 'sign_in_locked' AND entity_id = ?)) ORDER BY seq"));
    n.addBindValue(who);
    n.addBindValue(actor->role == QLatin1String("admin") ? 1 : 0);
    n.addBindValue(who);
    if (n.exec())
        while (n.next()) {
            const QString at = localMinute(QDateTime::fromString(n.value(0).toString(), Qt::ISODate));
            if (n.value(1).toString() == QLatin1String("admin_recovered"))
                m_notices << tr("At %1 the administrator account \"%2\" was recovered with onewindow-cli "
                                "recover-admin by the operating-system account %3, without its old password. "
                                "If nobody agreed to this, set new passwords and check the audit log.")
                                 .arg(at, n.value(2).toString(), n.value(3).toString());
            else
                m_notices << tr("At %1 your login was locked after %2 wrong passwords in a row. If that was not "
                                "you, tell an administrator.")
                                 .arg(at)
                                 .arg(kFailuresBeforeLock);
        }
    {
        WriteTransaction tx(m_db);
        if (!tx.active())
            return fail(tx.error());
        if (Status s = clearLock(m_db, who); !s)
            return fail(s.error());
        if (Status s = appendAudit(m_db, who, QStringLiteral("sign_in"), QStringLiteral("user"), who, deskDetail()); !s)
            return fail(s.error());
        if (Status s = tx.commit(); !s)
            return fail(s.error());
    }
    return actor;
}

Result<Actor> UserService::actWithoutPassword(const QString& login) const
{
    const QString who = login.trimmed();
    if (signInRequired())
        return fail(tr("Sign-in is on: \"%1\" must sign in with a password.").arg(who));
    auto actor = actorFor(m_db, who);
    if (!actor)
        return fail(tr("There is no active user \"%1\". Give the login of an existing account (an administrator "
                       "adds accounts in 管理 → 用户, and onewindow-cli users lists them).")
                        .arg(who));
    return actor;
}

Status UserService::recoveryProof(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    if (!info.exists())
        return fail(tr("The database %1 does not exist.").arg(databasePath));
#ifdef Q_OS_UNIX
    if (info.ownerId() != uint(geteuid()))
        return fail(tr("Only the operating-system account that owns %1 may recover an administrator; run the "
                       "command as that account.")
                        .arg(info.absoluteFilePath()));
    return {};
#else
    return fail(tr("Recovering an administrator is available on Linux only."));
#endif
}

Result<QString> UserService::serverRecoveryProof(Database& server)
{
    QSqlQuery q(server.sql());
    if (!q.exec(QStringLiteral("SELECT current_user, pg_get_userbyid(c.relowner), pg_has_role(current_user, "
                               "c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = "
                               "to_regclass(quote_ident(current_schema()) || '.audit_log')")) ||
        !q.next())
        return fail(
            tr("Who owns the schema of %1 cannot be read: %2").arg(server.path(), server.errorMessage(q.lastError())));
    const QString role = q.value(0).toString();
    const QString owner = q.value(1).toString();
    if (!q.value(2).toBool())
        return fail(tr("Only the role that owns the schema of %1 (%2, the role that runs migrate --to and upgrade) "
                       "may recover an administrator on a server; %3 may not. Connect as that role: --db "
                       "postgresql://%2@server/database.")
                        .arg(server.path(), owner, role));
    return role;
}

Status UserService::recoverAdministrator(const QString& login, const QString& newPassword, const QString& osAccount)
{
    if (!sodiumReady())
        return fail(tr("The password library could not be started."));
    auto actor = actorFor(m_db, login);
    if (!actor || actor->role != QLatin1String("admin"))
        return fail(tr("\"%1\" is not an active administrator account; recover-admin sets the password of an "
                       "administrator only.")
                        .arg(login));
    const auto hash = newPasswordHash(newPassword);
    if (!hash)
        return fail(hash.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (auto stored = storePasswordHash(m_db, actor->login, *hash); !stored)
        return fail(stored.error());
    if (Status s = clearLock(m_db, actor->login); !s)
        return s;
    if (Status s = appendAudit(m_db, QStringLiteral("system"), QStringLiteral("admin_recovered"),
                               QStringLiteral("user"), actor->login, osAccount);
        !s)
        return s;
    return tx.commit();
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
    const auto hash = newPasswordHash(newPassword);
    if (!hash)
        return fail(hash.error());

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const auto stored = storePasswordHash(m_db, login, *hash);
    if (!stored)
        return fail(stored.error());
    if (*stored != 1)
        return fail(tr("There is no user \"%1\".").arg(login));
    if (Status s = checkAdministratorsKeepAccess(); !s)
        return s;
    // A new password set by an administrator also lifts a lock.
    if (Status s = clearLock(m_db, login); !s)
        return s;
    if (Status s = appendAudit(m_db, actorLogin, QStringLiteral("password_set"), QStringLiteral("user"), login); !s)
        return s;
    return tx.commit();
}

} // namespace ow
