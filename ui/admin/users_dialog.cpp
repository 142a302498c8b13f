// User accounts dialog, its menu actions and the sign-in step of start-up (see users_dialog.h).
#include "admin/users_dialog.h"

#include "admin/sign_in_dialog.h"
#include "main/main_window.h"
#include "storage/reference_data.h"
#include "widgets/dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

UsersDialog::UsersDialog(DatabasePtr db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(actor)
    , m_reference(ReferenceData::load(*m_db))
{
    setWindowTitle(tr("User Accounts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sign-in starts once an administrator has a password. Every user then signs in with "
                                "their own login, and the timeline names them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* body = new QHBoxLayout;
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Full Name"), tr("Job Role"), tr("Department"), tr("Active"), tr("Password")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setMinimumWidth(560);
    body->addWidget(m_table, 3);

    auto* formBox = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("e.g. li.na"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const QString& role : roles::assignable())
        m_role->addItem(roles::label(role), role);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->addItem(tr("(none)"), QString());
    for (const NamedCode& d : m_reference.departments)
        m_department->addItem(d.name(), d.code);
    m_active = new QCheckBox(tr("Can sign in"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(true);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(QString(), m_active);
    formBox->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    formBox->addWidget(m_error);
    auto* formButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New"), this);
    add->setObjectName(QStringLiteral("newButton"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_password = new QPushButton(tr("Set &Password…"), this);
    m_password->setObjectName(QStringLiteral("passwordButton"));
    formButtons->addWidget(add);
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_password);
    formBox->addLayout(formButtons);
    formBox->addStretch();
    body->addLayout(formBox, 2);
    layout->addLayout(body);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &UsersDialog::newAccount);
    connect(m_save, &QPushButton::clicked, this, &UsersDialog::save);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showAccount(row); });

    if (!m_actor.may(permissions::Action::ManageUsers)) {
        for (QWidget* w :
             std::initializer_list<QWidget*>{add, m_save, m_password, m_login, m_name, m_role, m_department, m_active})
            w->setEnabled(false);
        m_error->setText(tr("Only an administrator can change accounts; ask yours."));
    }
    resize(1000, 480);
    reload();
    if (m_accounts.isEmpty())
        newAccount();
}

void UsersDialog::reload(const QString& selectLogin)
{
    m_accounts = UserService(*m_db).list();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_accounts.size()));
    int selectRow = -1;
    for (int row = 0; row < m_accounts.size(); ++row) {
        const UserAccount& u = m_accounts[row];
        const NamedCode* department = m_reference.department(u.department);
        const QStringList cells{u.login,
                                u.displayName,
                                roles::label(u.role),
                                department ? department->name() : QString(),
                                u.active ? tr("yes") : tr("no"),
                                u.hasPassword ? tr("set") : tr("not set")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        if (u.login == selectLogin)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (selectRow >= 0) {
        m_table->setCurrentCell(selectRow, 0);
        showAccount(selectRow);
    }
}

void UsersDialog::showAccount(int row)
{
    if (row < 0 || row >= m_accounts.size())
        return;
    const UserAccount& u = m_accounts[row];
    m_login->setText(u.login);
    m_login->setReadOnly(true); // the timeline refers to it
    m_name->setText(u.displayName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(u.role)));
    m_department->setCurrentIndex(std::max(0, m_department->findData(u.department)));
    m_active->setChecked(u.active);
    m_password->setEnabled(m_actor.may(permissions::Action::ManageUsers));
    if (m_actor.may(permissions::Action::ManageUsers))
        m_error->clear();
}

void UsersDialog::newAccount()
{
    m_table->clearSelection();
    m_login->clear();
    m_login->setReadOnly(false);
    m_name->clear();
    m_role->setCurrentIndex(
        std::max(0, m_role->findData(m_accounts.isEmpty() ? QStringLiteral("admin") : QStringLiteral("clerk"))));
    m_department->setCurrentIndex(0);
    m_active->setChecked(true);
    m_password->setEnabled(false); // save the account first
    m_error->clear();
    m_login->setFocus();
}

void UsersDialog::save()
{
    UserAccount u;
    u.login = m_login->text().trimmed();
    u.displayName = m_name->text().trimmed();
    u.role = m_role->currentData().toString();
    u.department = m_department->currentData().toString();
    u.active = m_active->isChecked();
    const bool isNew = !m_login->isReadOnly();
    if (isNew) {
        for (const UserAccount& existing : m_accounts) {
            if (existing.login == u.login) {
                m_error->setText(
                    tr("There is already an account \"%1\"; choose it in the list to change it.").arg(u.login));
                m_login->setFocus();
                return;
            }
        }
    }
    if (const Status s = UserService(*m_db).save(u, m_actor.login); !s) {
        m_error->setText(s.error());
        return;
    }
    reload(u.login);
    if (isNew) {
        m_error->setText(tr("Saved. Now set a password for %1.").arg(u.displayName));
        m_error->setStyleSheet(QString());
    }
}

void UsersDialog::setPassword()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    PasswordDialog dialog(m_db, m_accounts[row].login, m_accounts[row].displayName, m_actor, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(m_accounts[row].login);
}

void installUsers(MainWindow& window)
{
    QAction* users = window.addMenuAction(MainWindow::Menu::Admin, UsersDialog::tr("&Users…"), [&window] {
        UsersDialog dialog(window.databasePtr(), window.user(), &window);
        dialog.exec();
    });
    window.requirePermission(users, permissions::Action::ListUsers);
    QAction* change = window.addMenuAction(MainWindow::Menu::File, UsersDialog::tr("Change &Password…"), [&window] {
        PasswordDialog dialog(window.databasePtr(), window.user().login, window.user().displayName, window.user(),
                              &window);
        if (dialog.exec() == QDialog::Accepted)
            MessageBox::information(&window, UsersDialog::tr("Password"),
                                    UsersDialog::tr("Your password was changed."));
    });
    // The built-in operator has no password to change.
    change->setVisible(window.user().role != QLatin1String("system"));
}

bool signInIfRequired(const DatabasePtr& db, MainWindow& window)
{
    if (!UserService(*db).signInRequired()) {
        window.setActor(QStringLiteral("system"));
        return true;
    }
    SignInDialog dialog(db);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    window.setUser(dialog.user());
    return true;
}

} // namespace ow::ui
