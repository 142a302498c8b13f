// Connecting to a center's PostgreSQL server through QPSQL: the failure classes a user can act on,
// the password asked for and held in memory only, the desk named in application_name.
#include "storage/pg_connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>
#include <libpq-fe.h>

namespace ow::pg {
namespace {

const QString kDriver = QStringLiteral("QPSQL");

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* n : needles)
        if (text.contains(QString::fromUtf8(n), Qt::CaseInsensitive))
            return true;
    return false;
}

// "server:port", the socket folder, or the local default, for messages.
QString serverText(const StoreLocation& l)
{
    QString server = l.host.isEmpty() ? QCoreApplication::translate("PgConnection", "the local server") : l.host;
    if (l.port != -1)
        server += QStringLiteral(":%1").arg(l.port);
    return server;
}

QString userText(const StoreLocation& l)
{
    return l.user.isEmpty() ? QCoreApplication::translate("PgConnection", "(the account's name)") : l.user;
}

int effectivePort(const StoreLocation& l)
{
    if (l.port != -1)
        return l.port;
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("PGPORT", &ok);
    return ok ? env : 5432;
}

} // namespace

Failure classify(const QString& text)
{
    // libpq's own words are English for this one (PQnoPasswordSupplied is not translated).
    if (containsAny(text, {"no password supplied"}))
        return Failure::PasswordNeeded;
    // Before TLS: this line of the server ends with ", SSL encryption" when the client used TLS.
    if (containsAny(text, {"pg_hba.conf"}))
        return Failure::NotPermitted;
    if (containsAny(text, {"SSL", "certificate", "证书"}))
        return Failure::TlsFailed;
    if (containsAny(text, {"authentication failed", "认证失败"}))
        return Failure::AuthenticationFailed;
    if ((containsAny(text, {"role \""}) && containsAny(text, {"does not exist"})) ||
        (containsAny(text, {"角色 \""}) && containsAny(text, {"不存在"})))
        return Failure::NoSuchRole;
    if ((containsAny(text, {"database \""}) && containsAny(text, {"does not exist"})) ||
        (containsAny(text, {"数据库 \""}) && containsAny(text, {"不存在"})))
        return Failure::NoSuchDatabase;
    if (containsAny(text,
                    {"No such file or directory", "Connection refused", "could not connect", "Is the server running",
                     "could not translate host name", "timeout expired", "Network is unreachable", "No route to host",
                     "服务器是否在", "无法解释主机名", "超时满", "没有那个文件或目录", "拒绝连接"}))
        return Failure::Unreachable;
    return Failure::Other;
}

QString failureMessage(Failure failure, const StoreLocation& l)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::DriverMissing:
        return QCoreApplication::translate(
            "PgConnection",
            "This computer cannot connect to PostgreSQL: Qt's PostgreSQL driver (QPSQL) is not installed. "
            "Install the package libqt6sql6-psql (Debian, Ubuntu: apt install libqt6sql6-psql) and try again.");
    case Failure::NoSocket:
        return QCoreApplication::translate(
                   "PgConnection",
                   "There is no PostgreSQL server at the socket folder %1 (port %2): the server is not running, "
                   "or the folder or the port is wrong.")
            .arg(l.host)
            .arg(effectivePort(l));
    case Failure::Unreachable:
        return QCoreApplication::translate(
                   "PgConnection",
                   "The server %1 cannot be reached: it is not running, the name or the port is wrong, or the "
                   "network or a firewall stands between. Check them with the server's administrator.")
            .arg(serverText(l));
    case Failure::PasswordNeeded:
        return QCoreApplication::translate(
                   "PgConnection",
                   "The server asks for the password of %1, and none was given. Put it in the password file "
                   "~/.pgpass (mode 0600, or the file named by PGPASSFILE) as a line server:port:database:user:"
                   "password, or in a PostgreSQL service file; or type it when OneWindow asks. OneWindow never "
                   "stores it.")
            .arg(userText(l));
    case Failure::AuthenticationFailed:
        return QCoreApplication::translate(
                   "PgConnection",
                   "The server refused the sign-in of %1: the password is wrong, or this user may not sign in so. "
                   "Correct the line for this server in ~/.pgpass, or ask the server's administrator.")
            .arg(userText(l));
    case Failure::NotPermitted:
        return QCoreApplication::translate(
                   "PgConnection",
                   "The server does not accept %1 for the database %2 from this computer (its pg_hba.conf has no "
                   "line for it). Ask the server's administrator to let this desk in.")
            .arg(userText(l), l.database);
    case Failure::NoSuchRole:
        return QCoreApplication::translate(
                   "PgConnection",
                   "The server has no user %1. Check the user name, or ask the server's administrator to create it.")
            .arg(userText(l));
    case Failure::NoSuchDatabase:
        return QCoreApplication::translate(
                   "PgConnection",
                   "The server %1 has no database %2. Check the name, or ask the server's administrator to "
                   "create it.")
            .arg(serverText(l), l.database);
    case Failure::TlsFailed:
        return QCoreApplication::translate(
                   "PgConnection",
                   "The secure connection (TLS) to %1 could not be set up or verified: the server does not offer "
                   "TLS, its certificate is not signed by the CA file given (sslrootcert), or it is not made out to "
                   "the server name used. Check the CA file, and connect with the name the certificate names.")
            .arg(serverText(l));
    case Failure::Other:
        break;
    }
    return QCoreApplication::translate("PgConnection", "Cannot connect to the server %1.").arg(serverText(l));
}

pg_conn* nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    // Qt 6 names the type by libpq's struct (pg_conn*), Qt 5 by its typedef.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.data());
}

QString applicationName()
{
    // The server keeps 63 bytes of it.
    return QStringLiteral("OneWindow %1").arg(QSysInfo::machineHostName()).left(63);
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

struct Opener
{
    const StoreLocation& location;

    OpenResult failed(Failure failure, const QString& detail) const
    {
        QString message = failureMessage(failure, location);
        if (!detail.isEmpty())
            message += QLatin1Char('\n') +
                       QCoreApplication::translate("PgConnection", "The server or driver said: %1").arg(detail);
        return {nullptr, failure, message, detail};
    }

    OpenResult attempt(const QString& password) const
    {
        StoreLocation options = location;
        if (options.parameter(QStringLiteral("application_name")).isEmpty())
            options.setParameter(QStringLiteral("application_name"), applicationName());
        // A desk must not hang for libpq's default of waiting for ever on an unreachable server.
        if (options.parameter(QStringLiteral("connect_timeout")).isEmpty())
            options.setParameter(QStringLiteral("connect_timeout"), QStringLiteral("10"));
        auto c = std::unique_ptr<Connection>(new Connection);
        c->m_name = QStringLiteral("ow-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        c->m_location = location;
        c->m_db = QSqlDatabase::addDatabase(kDriver, c->m_name);
        c->m_db.setHostName(location.host);
        c->m_db.setPort(location.port);
        c->m_db.setDatabaseName(location.database);
        c->m_db.setUserName(location.user);
        c->m_db.setPassword(password);
        c->m_db.setConnectOptions(options.connectOptions());
        if (!c->m_db.open()) {
            const QString detail = c->m_db.lastError().databaseText().simplified();
            return failed(classify(detail), detail);
        }
        QSqlQuery q(c->m_db);
        if (q.exec(QStringLiteral("SELECT current_setting('server_version'), coalesce((SELECT ssl FROM pg_stat_ssl "
                                  "WHERE pid = pg_backend_pid()), false)")) &&
            q.next()) {
            c->m_serverVersion = q.value(0).toString();
            c->m_encrypted = q.value(1).toBool();
        }
        return {std::move(c), Failure::None, {}, {}};
    }
};

OpenResult open(const StoreLocation& location, const PasswordPrompt& prompt)
{
    const Opener opener{location};
    if (!location.isPostgreSql())
        return opener.failed(Failure::Other, location.filePath);
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return opener.failed(Failure::DriverMissing, {});
    // libpq's "No such file or directory" comes in the desk's language; the socket itself does not.
    if (location.host.startsWith(QLatin1Char('/')) &&
        !QFileInfo::exists(QStringLiteral("%1/.s.PGSQL.%2").arg(location.host).arg(effectivePort(location))))
        return opener.failed(Failure::NoSocket, {});
    OpenResult result = opener.attempt({});
    if (result.failure == Failure::PasswordNeeded && prompt) {
        if (const std::optional<QString> password = prompt(location))
            result = opener.attempt(*password);
    }
    return result;
}

TestResult testConnection(const StoreLocation& location, const PasswordPrompt& prompt)
{
    OpenResult opened = open(location, prompt);
    if (!opened.connection)
        return {false, opened.failure, opened.message};
    const Connection& c = *opened.connection;
    const QString security = c.encrypted() ? QCoreApplication::translate("PgConnection", "encrypted (TLS)")
                                           : QCoreApplication::translate("PgConnection", "not encrypted");
    return {true, Failure::None,
            QCoreApplication::translate("PgConnection",
                                        "Connected to PostgreSQL %1 at %2, database %3 as %4; the connection is %5.")
                .arg(c.serverVersion(), serverText(location), location.database, userText(location), security)};
}

} // namespace ow::pg
