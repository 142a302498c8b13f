// First-run dialog: the choice of store, the server's connection test at its field and its opening
// (Database::openServer), and the site fields, validated by createDatabase itself; errors keep the
// dialog open.
#include "app/first_run_dialog.h"

#include "domain/vocabulary.h"
#include "storage/pg_connection.h"
#include "ui_first_run_dialog.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QSettings>

namespace ow::ui {

pg::PasswordPrompt serverPasswordPrompt(QWidget* parent)
{
    return [parent](const StoreLocation& l) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, QCoreApplication::translate("ow::ui::FirstRunDialog", "Server Password"),
            QCoreApplication::translate("ow::ui::FirstRunDialog", "Password of %1 on %2 (not stored):")
                .arg(l.user, l.display()),
            QLineEdit::Password, {}, &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
}

FirstRunDialog::FirstRunDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_path(databasePath)
{
    m_ui->setupUi(this);
    for (const vocab::Term& t : vocab::terms(vocab::List::SiteLevel)) {
        const QString code = QString::fromLatin1(t.code);
        m_ui->levelComboBox->addItem(vocab::label(vocab::List::SiteLevel, code), code);
    }
    const SiteSetup sample = sampleSite();
    m_ui->siteCodeLineEdit->setText(sample.code);
    m_ui->siteNameLineEdit->setText(sample.name);
    m_ui->levelComboBox->setCurrentIndex(std::max(0, m_ui->levelComboBox->findData(sample.level)));
    m_ui->pathLabel->setText(QDir::toNativeSeparators(databasePath));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create Database"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_ui->serverUrlLineEdit->setText(QSettings().value(QLatin1String(kLastServerKey)).toString());
    connect(m_ui->serverRadioButton, &QRadioButton::toggled, this, &FirstRunDialog::updateStoreChoice);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &FirstRunDialog::testConnection);
    connect(m_ui->serverUrlLineEdit, &QLineEdit::textEdited, this, [this] { showServerMessage({}, false); });
    updateStoreChoice();
    m_ui->siteCodeLineEdit->setFocus();
}

void FirstRunDialog::updateStoreChoice()
{
    const bool server = m_ui->serverRadioButton->isChecked();
    // The site's fields and the file's path belong to the file; a server's database already has its site.
    const QList<QWidget*> fileRows{m_ui->siteCodeLineEdit,    m_ui->siteNameLineEdit, m_ui->levelComboBox,
                                   m_ui->centerPhoneLineEdit, m_ui->pathTitleLabel,   m_ui->pathLabel};
    for (QWidget* w : fileRows)
        w->setEnabled(!server);
    m_ui->serverGroupBox->setEnabled(server);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(server ? tr("&Connect") : tr("&Create Database"));
    if (server)
        m_ui->serverUrlLineEdit->setFocus();
}

void FirstRunDialog::showServerMessage(const QString& text, bool error)
{
    QLabel* label = m_ui->serverResultLabel;
    showMessage(label, text, error);
    // A message of several lines makes room for itself: its height becomes the label's minimum,
    // and the dialog grows to its layout's minimum.
    label->setMinimumHeight(text.isEmpty() ? 0 : label->heightForWidth(label->width()));
    m_ui->serverGroupBox->layout()->activate();
    layout()->activate();
    if (const int needed = layout()->minimumSize().height(); needed > height())
        resize(width(), needed);
}

std::optional<StoreLocation> FirstRunDialog::serverToConnect()
{
    Result<StoreLocation> location = parseStoreLocation(m_ui->serverUrlLineEdit->text());
    if (location && !location->isPostgreSql())
        location = fail(tr("Give the server's address as postgresql://user@server/database."));
    if (!location) {
        showServerMessage(location.error(), true);
        return std::nullopt;
    }
    showMessage(m_ui->serverResultLabel, tr("Connecting to %1…").arg(location->display()), false);
    m_ui->serverResultLabel->repaint();
    return *location;
}

void FirstRunDialog::testConnection()
{
    const std::optional<StoreLocation> location = serverToConnect();
    if (!location)
        return;
    // The password, when the server asks and ~/.pgpass has none, is asked for without echo and
    // forgotten with the connection.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const pg::TestResult tested = pg::testConnection(*location, serverPasswordPrompt(this));
    QApplication::restoreOverrideCursor();
    showServerMessage(tested.message, !tested.ok);
    if (tested.ok)
        QSettings().setValue(QLatin1String(kLastServerKey), location->url());
}

FirstRunDialog::~FirstRunDialog() = default;

SiteSetup FirstRunDialog::site() const
{
    return SiteSetup{m_ui->siteCodeLineEdit->text().trimmed(), m_ui->siteNameLineEdit->text().trimmed(),
                     m_ui->levelComboBox->currentData().toString(), m_ui->centerPhoneLineEdit->text().trimmed()};
}

void FirstRunDialog::showServerProblem(const QString& url, const QString& message)
{
    m_ui->serverRadioButton->setChecked(true);
    m_ui->serverUrlLineEdit->setText(url);
    showServerMessage(message, true);
}

void FirstRunDialog::connectToServer()
{
    const std::optional<StoreLocation> location = serverToConnect();
    if (!location)
        return;
    // The server's database must be set up for OneWindow at this program's schema version; the
    // site is the server's own (nothing is created here).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<DatabasePtr> opened = Database::openServer(*location, serverPasswordPrompt(this));
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showServerMessage(opened.error(), true);
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kLastServerKey), location->url());
    settings.setValue(QLatin1String(kDeskServerKey), location->url());
    m_db = opened.value();
    QDialog::accept();
}

void FirstRunDialog::accept()
{
    if (m_ui->serverRadioButton->isChecked()) {
        connectToServer();
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    Result<DatabasePtr> created = createDatabase(m_path, site());
    if (!created) {
        MessageBox::critical(this, tr("Cannot Create Database"), created.error());
        return;
    }
    // The desk works on this file from now on, not on a server chosen before.
    QSettings().remove(QLatin1String(kDeskServerKey));
    m_db = created.value();
    QDialog::accept();
}

} // namespace ow::ui
