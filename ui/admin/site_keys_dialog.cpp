// The signing keys dialog (see site_keys_dialog.h).
#include "admin/site_keys_dialog.h"

#include "intake/receipt.h"
#include "main/main_window.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

SiteKeysDialog::SiteKeysDialog(DatabasePtr db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(actor)
{
    setWindowTitle(tr("Signing Keys"));
    auto* layout = new QVBoxLayout(this);

    // This center's key: what a township reads out, prints or shows to the county.
    auto* own = new QGroupBox(tr("This center's signing key"), this);
    auto* ownLayout = new QHBoxLayout(own);
    auto* ownForm = new QFormLayout;
    auto* fingerprint = new QLabel(own);
    fingerprint->setObjectName(QStringLiteral("ownFingerprintLabel"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* publicKey = new QLabel(own);
    publicKey->setObjectName(QStringLiteral("ownPublicKeyLabel"));
    publicKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* qr = new QLabel(own);
    qr->setObjectName(QStringLiteral("ownKeyQrLabel"));
    if (auto key = keys::currentKey(*m_db); key) {
        fingerprint->setText(keys::groupedFingerprint(key->fingerprint));
        publicKey->setText(keys::publicKeyText(key->publicKey));
        qr->setPixmap(QPixmap::fromImage(qrCode(keys::publicKeyText(key->publicKey), 3)));
    } else {
        fingerprint->setText(key.error());
        fingerprint->setWordWrap(true);
    }
    ownForm->addRow(
        tr("Site:"),
        new QLabel(QStringLiteral("%1 %2").arg(m_db->siteCode(), m_db->setting(QStringLiteral("site_name"))), own));
    ownForm->addRow(tr("Fingerprint:"), fingerprint);
    ownForm->addRow(tr("Public key:"), publicKey);
    auto* hint = new QLabel(tr("A township gives the county this public key (or reads out the fingerprint); the "
                               "county registers it once below."),
                            own);
    hint->setWordWrap(true);
    ownForm->addRow(hint);
    ownLayout->addLayout(ownForm, 1);
    ownLayout->addWidget(qr);
    layout->addWidget(own);

    auto* registry = new QGroupBox(tr("Keys of the townships (packages are accepted only from these)"), this);
    auto* regLayout = new QVBoxLayout(registry);
    m_table = new QTableWidget(0, 5, registry);
    m_table->setObjectName(QStringLiteral("siteKeysTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Site Code"), tr("Site"), tr("Fingerprint"), tr("Registered"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->setMinimumWidth(720);
    regLayout->addWidget(m_table);

    auto* add = new QHBoxLayout;
    auto* siteLabel = new QLabel(tr("Site &code:"), registry);
    m_site = new QLineEdit(registry);
    m_site->setObjectName(QStringLiteral("siteCodeLineEdit"));
    m_site->setPlaceholderText(tr("e.g. 150824100"));
    m_site->setMaximumWidth(140);
    siteLabel->setBuddy(m_site);
    auto* keyLabel = new QLabel(tr("&Key or fingerprint:"), registry);
    m_key = new QLineEdit(registry);
    m_key->setObjectName(QStringLiteral("keyLineEdit"));
    m_key->setPlaceholderText(tr("as the township's \"keys show\" prints it"));
    keyLabel->setBuddy(m_key);
    m_register = new QPushButton(tr("&Register"), registry);
    m_register->setObjectName(QStringLiteral("registerPushButton"));
    add->addWidget(siteLabel);
    add->addWidget(m_site);
    add->addWidget(keyLabel);
    add->addWidget(m_key, 1);
    add->addWidget(m_register);
    regLayout->addLayout(add);
    m_revoke = new QPushButton(tr("Re&voke Selected Key…"), registry);
    m_revoke->setObjectName(QStringLiteral("revokePushButton"));
    auto* revokeRow = new QHBoxLayout;
    revokeRow->addStretch();
    revokeRow->addWidget(m_revoke);
    regLayout->addLayout(revokeRow);
    m_error = new QLabel(registry);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    regLayout->addWidget(m_error);
    layout->addWidget(registry, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("closeDialogButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_register, &QPushButton::clicked, this, &SiteKeysDialog::registerKey);
    connect(m_key, &QLineEdit::returnPressed, this, &SiteKeysDialog::registerKey);
    connect(m_revoke, &QPushButton::clicked, this, &SiteKeysDialog::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_revoke->setEnabled(row >= 0 && row < m_keys.size() && m_keys[row].revokedAt.isEmpty());
    });
    setTabOrder(m_table, m_site);
    setTabOrder(m_site, m_key);
    setTabOrder(m_key, m_register);
    setTabOrder(m_register, m_revoke);
    reload();
}

void SiteKeysDialog::reload()
{
    m_keys = keys::registered(*m_db);
    m_table->setRowCount(int(m_keys.size()));
    for (int r = 0; r < m_keys.size(); ++r) {
        const keys::SiteKey& k = m_keys[r];
        const QStringList cells{k.siteCode, k.siteName, keys::groupedFingerprint(k.fingerprint),
                                k.registeredAt.left(10),
                                k.revokedAt.isEmpty() ? tr("In force") : tr("Revoked %1").arg(k.revokedAt.left(10))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_revoke->setEnabled(false);
}

void SiteKeysDialog::registerKey()
{
    auto added = keys::registerKey(*m_db, m_site->text(), m_key->text(), m_actor.login);
    if (!added) {
        m_error->setText(added.error());
        return;
    }
    m_error->clear();
    m_key->clear();
    m_site->clear();
    reload();
}

void SiteKeysDialog::revokeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_keys.size())
        return;
    const keys::SiteKey k = m_keys[row];
    if (MessageBox::question(this, tr("Revoke Key"),
                             tr("Revoke the key %1 of %2 %3? Packages signed with it are refused from now on; the "
                                "township must make a new key and have it registered.")
                                 .arg(keys::groupedFingerprint(k.fingerprint), k.siteCode, k.siteName)) !=
        QMessageBox::Yes)
        return;
    auto revoked = keys::revoke(*m_db, k.siteCode, k.fingerprint, m_actor.login);
    if (!revoked) {
        m_error->setText(revoked.error());
        return;
    }
    m_error->clear();
    reload();
}

void installSiteKeys(MainWindow& window)
{
    QAction* action = window.addMenuAction(MainWindow::Menu::Admin, SiteKeysDialog::tr("Township &Keys…"), [&window] {
        SiteKeysDialog dialog(window.databasePtr(), window.user(), &window);
        dialog.exec();
    });
    action->setObjectName(QStringLiteral("siteKeysAction"));
}

} // namespace ow::ui
