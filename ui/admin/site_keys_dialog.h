// Administration → Township Keys…: this center's own signing key (fingerprint, public key and its QR
// code, for the county to register), and the townships' keys the county accepts packages from.
#pragma once

#include "security/signing_keys.h"
#include "security/users.h"
#include "storage/database.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::ui {

class MainWindow;

class SiteKeysDialog : public QDialog
{
    Q_OBJECT

public:
    SiteKeysDialog(DatabasePtr db, const Actor& actor, QWidget* parent = nullptr);

private:
    void reload();
    void registerKey();
    void revokeSelected();

    DatabasePtr m_db;
    Actor m_actor;
    QList<keys::SiteKey> m_keys;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_site = nullptr;
    QLineEdit* m_key = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_error = nullptr;
};

// Administration → Township Keys….
void installSiteKeys(MainWindow& window);

} // namespace ow::ui
