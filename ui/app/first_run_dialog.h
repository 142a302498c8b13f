// First run: where the center's data lives, a file on this computer or the center's PostgreSQL
// server (tested at its field, opened on 连接), and for a file which center this computer works for
// (prefilled with the sample county so Enter starts at once); creates the file.
#pragma once

#include "admin/site_setup.h"
#include "storage/database.h"
#include "storage/pg_connection.h"
#include "storage/reference_data.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class FirstRunDialog;
}

namespace ow::ui {

// The window's password prompt for a server that asks for one and ~/.pgpass has none: an input
// without echo over `parent`; the password is never stored.
pg::PasswordPrompt serverPasswordPrompt(QWidget* parent);

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    SiteSetup site() const;
    // The database created (a file) or opened (the server) when the dialog was accepted.
    DatabasePtr database() const { return m_db; }

    void accept() override;
    // Opens with the server chosen at `url` and `message` at its field (the desk's server could not
    // be opened at the start): the user tries again, corrects the address or chooses a file.
    void showServerProblem(const QString& url, const QString& message);

    // The QSettings key of the last server address that connected (never with a password).
    static constexpr const char* kLastServerKey = "store/lastServerUrl";
    // The QSettings key of the server this desk works on, chosen here with 连接: a start without
    // --db opens it. Removed when a file is created here instead.
    static constexpr const char* kDeskServerKey = "store/deskServer";

private:
    void updateStoreChoice();
    // The server's address from its field, or nothing after saying at the field what is wrong with it.
    std::optional<StoreLocation> serverToConnect();
    void testConnection();
    void connectToServer();
    void showServerMessage(const QString& text, bool error);
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QString m_path;
    DatabasePtr m_db;
};

} // namespace ow::ui
