// Users, roles and sign-in: who is acting, what their role lets them do, and password checks
// (Argon2id via libsodium's crypto_pwhash_str; only the encoded hash is stored).
//
// Sign-in is off while no active user has a password: a new database works at once as the
// built-in `system` operator. Once an administrator gives someone a password, the desktop asks
// everyone to sign in, and at least one active administrator must keep a password so that
// somebody can still manage the accounts.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

// The acting user, as services see them.
struct Actor
{
    QString login;
    QString displayName;
    QString role;
    QString department;
    bool isSupervisor() const;       // supervisor, admin or system
    bool isAdministrator() const;    // admin or system: keeps user accounts and reference data
    bool maySeePersonalData() const; // full ID and phone numbers (every viewing is logged)
};
// The active user with this login, or a translated refusal.
Result<Actor> actorFor(Database& db, const QString& login);

// Full ID and phone numbers of a case, for a user whose role may see them (Actor::
// maySeePersonalData); every viewing is written to the audit log ("personal_data_viewed").
// Refused, with nothing written, for other roles.
Status revealPersonalData(Database& db, const QString& login, const QString& caseId);

namespace roles {
// The roles an administrator can give (the built-in `system` operator is not one of them).
QStringList assignable();
QString label(const QString& role);
} // namespace roles

struct UserAccount
{
    QString login; // letters, digits, '.', '_' or '-'; the key the timeline names
    QString displayName;
    QString role;
    QString department; // a department code, or empty
    bool active = true;
    bool hasPassword = false; // read-only: set with setPassword
};

class UserService
{
    Q_DECLARE_TR_FUNCTIONS(ow::UserService)

public:
    static constexpr int kMinPasswordLength = 8;

    explicit UserService(Database& db);

    // Every account but the built-in `system` operator, ordered by login.
    QList<UserAccount> list() const;
    // Login → name of every account (the built-in operator included), for showing who did what.
    QHash<QString, QString> displayNames() const;
    // True when some active user has a password: the desktop then asks who is signing in.
    bool signInRequired() const;
    // Checks the password; a wrong one is refused with the same message as an unknown login, and
    // both are written to the audit log.
    Result<Actor> signIn(const QString& login, const QString& password);

    // Creates or updates an account (administrators only). The login of an existing account
    // cannot change: the timeline refers to it.
    Status save(const UserAccount& account, const QString& actor);
    // Sets a password: an administrator for anyone, any user for themself (with the old one).
    Status setPassword(const QString& login, const QString& newPassword, const QString& actor,
                       const QString& oldPassword = {});

private:
    Status checkAdministratorsKeepAccess();

    Database& m_db;
};

} // namespace ow
