// Users, roles and sign-in: who is acting, what their role lets them do, and password checks
// (Argon2id via libsodium's crypto_pwhash_str; only the encoded hash is stored).
//
// Sign-in is off while no active user has a password: a new database works at once as the
// built-in `system` operator. Once an administrator gives someone a password, the desktop asks
// everyone to sign in, and at least one active administrator must keep a password so that
// somebody can still manage the accounts.
#pragma once

#include "security/permissions.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
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
    // The role table (security/permissions.h): what the command line and the window both ask.
    bool may(permissions::Action action) const;
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
    // After this many wrong passwords in a row an account (or an unknown login) is locked for
    // kFirstLockMinutes, each further lock twice as long as the one before (at most a day) until
    // a sign-in succeeds. Each wrong password is answered after a delay that doubles from
    // kFirstDelayMs (at most kMaxDelayMs).
    static constexpr int kFailuresBeforeLock = 5;
    static constexpr int kFirstLockMinutes = 15;
    static constexpr int kMaxLockMinutes = 24 * 60;
    static constexpr int kFirstDelayMs = 200;
    static constexpr int kMaxDelayMs = 3200;

    explicit UserService(Database& db);

    // Every account but the built-in `system` operator, ordered by login.
    QList<UserAccount> list() const;
    // Login → name of every account (the built-in operator included), for showing who did what.
    QHash<QString, QString> displayNames() const;
    // True when some active user has a password: the desktop then asks who is signing in.
    bool signInRequired() const;
    // Checks the password; a wrong one is refused with the same message as an unknown login, and
    // both are written to the audit log. Repeated failures delay the answer and lock the login
    // (see kFailuresBeforeLock); a locked login is refused, with the time the lock ends, even with
    // the right password.
    Result<Actor> signIn(const QString& login, const QString& password);
    // After a successful signIn: what this user must be told now, oldest first — an administrator
    // account recovered with `recover-admin` (told to every administrator), their own login locked
    // after wrong passwords — since their previous sign-in.
    QStringList notices() const { return m_notices; }
    // When the login is locked, the local time its lock ends; otherwise invalid.
    QDateTime lockedUntil(const QString& login) const;
    // Whether the user may act without a password: the built-in operator and known active users
    // while sign-in is off; unknown or inactive logins never (nothing is written for them).
    Result<Actor> actWithoutPassword(const QString& login) const;

    // The way back in when no administrator knows a password: sets the password of the
    // administrator account `login`, lifts its lock and writes "admin_recovered" to the audit log,
    // which every administrator is shown at their next sign-in. The caller has checked the proof
    // (recoveryProof); osAccount names who gave it.
    Status recoverAdministrator(const QString& login, const QString& newPassword, const QString& osAccount);
    // The operating-system proof recover-admin needs: this process's user owns the database file.
    // Empty when it does; otherwise why not.
    static Status recoveryProof(const QString& databasePath);
    // The proof on a center's server, where no file has an owner: the connection's role is the one
    // that owns the schema (runs migrate --to and upgrade), or a member of it or a superuser, who
    // could change every row anyway; the program's login role is not. The role's name when it is;
    // otherwise why not, naming the owner.
    static Result<QString> serverRecoveryProof(Database& server);

    // Creates or updates an account (administrators only). The login of an existing account
    // cannot change: the timeline refers to it.
    Status save(const UserAccount& account, const QString& actor);
    // Sets a password: an administrator for anyone, any user for themself (with the old one).
    Status setPassword(const QString& login, const QString& newPassword, const QString& actor,
                       const QString& oldPassword = {});

private:
    Status checkAdministratorsKeepAccess();

    Database& m_db;
    QStringList m_notices;
};

} // namespace ow
