// Administration → Township Keys…: the county registers a township's key from the text the township's
// dialog shows, packages signed with it are then accepted, and a revoked key is refused again.
// OW_SCREENSHOTS=<dir> keeps a screenshot of the dialog.
#include "support/catch.h"
#include "support/fixtures.h"

#include "admin/site_keys_dialog.h"
#include "exchange/package_export.h"
#include "exchange/package_import.h"
#include "security/signing_keys.h"
#include "security/users.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace ow;

TEST_CASE("the county registers a township's key in the keys dialog, then revokes it")
{
    test::TempDatabase county;
    test::TempDatabase town(
        {QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"), QStringLiteral("township"), QString()});
    test::addCase(*town.db, QStringLiteral("（2025）海字第0001号"));
    ExportOptions o;
    o.outPath = town.file(QStringLiteral("town.owpkg"));
    REQUIRE(exportPackage(*town.db, o));

    // The township's dialog shows its fingerprint, public key and the key's QR code.
    Actor townAdmin = actorFor(*town.db, QStringLiteral("system")).value();
    ui::SiteKeysDialog own(town.db, townAdmin);
    own.show();
    auto* fingerprint = own.findChild<QLabel*>(QStringLiteral("ownFingerprintLabel"));
    auto* publicKey = own.findChild<QLabel*>(QStringLiteral("ownPublicKeyLabel"));
    auto* qr = own.findChild<QLabel*>(QStringLiteral("ownKeyQrLabel"));
    REQUIRE((fingerprint && publicKey && qr));
    auto key = keys::currentKey(*town.db);
    REQUIRE(key);
    CHECK(fingerprint->text() == keys::groupedFingerprint(key->fingerprint));
    CHECK(publicKey->text() == keys::publicKeyText(key->publicKey));
    CHECK(qr->pixmap().width() > 60);

    Actor admin = actorFor(*county.db, QStringLiteral("system")).value();
    ui::SiteKeysDialog dialog(county.db, admin);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("siteKeysTableWidget"));
    auto* site = dialog.findChild<QLineEdit*>(QStringLiteral("siteCodeLineEdit"));
    auto* keyEdit = dialog.findChild<QLineEdit*>(QStringLiteral("keyLineEdit"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("registerPushButton"));
    auto* revoke = dialog.findChild<QPushButton*>(QStringLiteral("revokePushButton"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE((table && site && keyEdit && add && revoke && error));
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(PackageImporter(*county.db).preview(o.outPath));

    // A mistyped key is refused with a message; the one the township shows is registered.
    QTest::keyClicks(site, QStringLiteral("150824100"));
    QTest::keyClicks(keyEdit, QStringLiteral("1234"));
    add->click();
    CHECK(error->text().contains(QStringLiteral("既不是公钥")));
    CHECK(table->rowCount() == 0);
    keyEdit->setText(publicKey->text());
    add->click();
    CHECK(error->text().isEmpty());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("150824100"));
    CHECK(table->item(0, 2)->text() == fingerprint->text());
    CHECK(table->item(0, 4)->text() == QStringLiteral("有效"));
    auto imported = PackageImporter(*county.db).import(o.outPath, QStringLiteral("system"));
    INFO(imported.error().toStdString());
    CHECK(imported);
    CHECK(table->item(0, 1)->text().isEmpty()); // the site was not known when the dialog listed it
    if (const QString dir = qEnvironmentVariable("OW_SCREENSHOTS"); !dir.isEmpty()) {
        own.grab().save(dir + QStringLiteral("/site_keys_township.png"));
        dialog.grab().save(dir + QStringLiteral("/site_keys_county.png"));
    }

    // Revoked after confirmation: the township's packages are refused from then on.
    CHECK_FALSE(revoke->isEnabled());
    table->selectRow(0);
    REQUIRE(revoke->isEnabled());
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    revoke->click();
    CHECK(ui::MessageBox::lastText().contains(fingerprint->text()));
    CHECK(table->item(0, 4)->text().contains(QStringLiteral("已吊销")));
    auto refused = PackageImporter(*county.db).preview(o.outPath);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(fingerprint->text()));
    CHECK(refused.error().contains(QStringLiteral("吊销")));
}
