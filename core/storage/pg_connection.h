// A connection to a center's PostgreSQL server through Qt's QPSQL driver (libpq), and the connection
// test of the first-run dialog and `onewindow-cli check-connection` (docs/postgresql.md).
#pragma once

#include "storage/store_location.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct pg_conn; // libpq's PGconn

namespace ow::pg {

// Why a connection failed, each with its own message (failureMessage).
enum class Failure
{
    None,
    DriverMissing,        // Qt's QPSQL plugin is not installed
    NoSocket,             // no server socket in the named folder
    Unreachable,          // no server at that name and port, the name unknown, or a timeout
    PasswordNeeded,       // the server asks for a password and none was supplied
    AuthenticationFailed, // wrong password, or the user may not sign in that way
    NotPermitted,         // pg_hba.conf has no line for this desk, user and database
    NoSuchRole,           // the user does not exist on the server
    NoSuchDatabase,       // the database does not exist on the server
    TlsFailed,            // the server's certificate or name could not be verified, or no TLS
    Other,
};

// Asks the user for the password of `location` (the window: a dialog without echo; the CLI: a
// prompt without echo). Empty optional: the user cancelled. The password stays in memory only.
using PasswordPrompt = std::function<std::optional<QString>(const StoreLocation& location)>;

// The class of a failure from the text libpq (and the server) gave, in English or in the Chinese of
// libpq's and PostgreSQL's own translations.
Failure classify(const QString& driverText);
// What the user reads about a failure: what is wrong and what to do, in their language.
QString failureMessage(Failure failure, const StoreLocation& location);

// "OneWindow <desk's host name>": the application_name this program's connections give, so that the
// server's pg_stat_activity names the desk.
QString applicationName();

// libpq's connection under a QPSQL connection of Qt's (for COPY and the transaction's state), or
// nullptr for a connection of another driver.
pg_conn* nativeHandle(const QSqlDatabase& db);

// One open connection, closed and removed from Qt's list when the object ends.
class Connection
{
public:
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const StoreLocation& location() const { return m_location; }
    QString serverVersion() const { return m_serverVersion; }
    bool encrypted() const { return m_encrypted; }

private:
    friend struct Opener;
    Connection() = default;
    QString m_name;
    QSqlDatabase m_db;
    StoreLocation m_location;
    QString m_serverVersion;
    bool m_encrypted = false;
};

struct OpenResult
{
    std::unique_ptr<Connection> connection; // set when it opened
    Failure failure = Failure::None;
    QString message; // failureMessage, then the driver's own words on a line of its own
    QString detail;  // the driver's own words alone
};

// Opens a QPSQL connection (a name of its own) for `location`, which must be a PostgreSQL one.
// When the server asks for a password and `prompt` is given, asks once and tries again with it.
OpenResult open(const StoreLocation& location, const PasswordPrompt& prompt = {});

struct TestResult
{
    bool ok = false;
    Failure failure = Failure::None;
    QString message; // ok: "Connected to PostgreSQL 15.18 …"; otherwise OpenResult::message
};

// Connects, asks the server's version and whether the connection is encrypted, and disconnects.
TestResult testConnection(const StoreLocation& location, const PasswordPrompt& prompt = {});

} // namespace ow::pg
