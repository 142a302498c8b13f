// First run: where the center's data lives, a file on this computer or the center's PostgreSQL
// server (tested here; the services do not run on a server yet), and for a file which center this
// computer works for (prefilled with the sample county so Enter starts at once); creates the file.
#pragma once

#include "admin/site_setup.h"
#include "storage/database.h"
#include "storage/reference_data.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace ow::ui {

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    SiteSetup site() const;
    // The database created when the dialog was accepted.
    DatabasePtr database() const { return m_db; }

    void accept() override;

    // The QSettings key of the last server address that connected (never with a password).
    static constexpr const char* kLastServerKey = "store/lastServerUrl";

private:
    void updateStoreChoice();
    void testConnection();
    void showServerMessage(const QString& text, bool error);
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QString m_path;
    DatabasePtr m_db;
};

} // namespace ow::ui
