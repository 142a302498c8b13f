// Sign-in and password dialogs (see sign_in_dialog.h).
#include "admin/sign_in_dialog.h"

#include "widgets/dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

const char* const kLastLoginKey = "signIn/lastLogin";

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit* passwordField(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(260);
    return edit;
}

} // namespace

SignInDialog::SignInDialog(DatabasePtr db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Sign In"));
    auto* layout = new QVBoxLayout(this);
    auto* site = new QLabel(tr("<b>%1</b><br>Sign in with your login and password.")
                                .arg(m_db->setting(QStringLiteral("site_name")).toHtmlEscaped()),
                            this);
    layout->addWidget(site);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(lastLogin(), this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = passwordField(QStringLiteral("passwordEdit"), this);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

QString SignInDialog::lastLogin()
{
    return QSettings().value(QLatin1String(kLastLoginKey)).toString();
}

void SignInDialog::trySignIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        showError(m_error, tr("Enter your login."));
        m_login->setFocus();
        return;
    }
    UserService users(*m_db);
    Result<Actor> signedIn = users.signIn(m_login->text(), m_password->text());
    if (!signedIn) {
        showError(m_error, signedIn.error());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = signedIn.value();
    QSettings().setValue(QLatin1String(kLastLoginKey), m_user.login);
    // A recovered administrator account or a lock of this login since the last sign-in: never silent.
    if (const QStringList notices = users.notices(); !notices.isEmpty())
        MessageBox::warning(this, tr("Since Your Last Sign-in"), notices.join(QStringLiteral("\n\n")));
    accept();
}

PasswordDialog::PasswordDialog(DatabasePtr db, const QString& login, const QString& displayName, const Actor& actor,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_login(login)
    , m_actor(actor)
{
    setWindowTitle(tr("Password for %1").arg(displayName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    if (actor.login == login && !actor.may(permissions::Action::ManageUsers)) {
        m_old = passwordField(QStringLiteral("oldPasswordEdit"), this);
        form->addRow(tr("&Current password:"), m_old);
    }
    m_new = passwordField(QStringLiteral("newPasswordEdit"), this);
    m_repeat = passwordField(QStringLiteral("repeatPasswordEdit"), this);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least %1 characters.").arg(UserService::kMinPasswordLength), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::save()
{
    if (m_new->text() != m_repeat->text()) {
        showError(m_error, tr("The two new passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const Status s =
        UserService(*m_db).setPassword(m_login, m_new->text(), m_actor.login, m_old ? m_old->text() : QString());
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    accept();
}

} // namespace ow::ui
