// User accounts (Administration → Users…): the list, and a form to add or change an account and
// set its password. Only administrators may save; everyone else sees why not.
#pragma once

#include "security/users.h"
#include "storage/database.h"
#include "storage/reference_data.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::ui {

class MainWindow;

class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(DatabasePtr db, const Actor& actor, QWidget* parent = nullptr);

private:
    void reload(const QString& selectLogin = {});
    void showAccount(int row);
    void newAccount();
    void save();
    void setPassword();

    DatabasePtr m_db;
    Actor m_actor;
    ReferenceData m_reference;
    QList<UserAccount> m_accounts;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_department = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_password = nullptr;
};

// Administration → Users… and File → Change Password….
void installUsers(MainWindow& window);

// Asks who is signing in when some user has a password; otherwise the built-in operator acts.
// Returns false when the user quits at the sign-in dialog.
bool signInIfRequired(const DatabasePtr& db, MainWindow& window);

} // namespace ow::ui
