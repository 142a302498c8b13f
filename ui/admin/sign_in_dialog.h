// Sign-in at start-up (shown once some user has a password), and the password dialog used both
// to change one's own password and by an administrator to set someone's.
#pragma once

#include "security/users.h"
#include "storage/database.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ow::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(DatabasePtr db, QWidget* parent = nullptr);

    // The user who signed in; valid once the dialog was accepted.
    const Actor& user() const { return m_user; }

    // The login field starts with the last login that signed in on this computer.
    static QString lastLogin();

private:
    void trySignIn();

    DatabasePtr m_db;
    Actor m_user;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `login`: whose password; asks for the current one when `actor` changes their own and is not
    // an administrator.
    PasswordDialog(DatabasePtr db, const QString& login, const QString& displayName, const Actor& actor,
                   QWidget* parent = nullptr);

private:
    void save();

    DatabasePtr m_db;
    QString m_login;
    Actor m_actor;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace ow::ui
