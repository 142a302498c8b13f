// Where a center's data lives, as `--db` or the first-run dialog names it: a SQLite file path, or a
// PostgreSQL server as a libpq URL (docs/postgresql.md, "Choosing the store").
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace ow {

struct StoreLocation
{
    enum class Kind
    {
        File,       // an embedded SQLite file (本机文件)
        PostgreSql, // a center's server (中心服务器)
    };
    Kind kind = Kind::File;
    QString filePath; // Kind::File

    // Kind::PostgreSql, as QPSQL takes them. Empty or -1: libpq's default (PGHOST, PGPORT, …, or the
    // service file). `host` is a name, an address (IPv6 without brackets) or a socket folder.
    QString host;
    int port = -1;
    QString database;
    QString user;
    // The other libpq parameters of the URL, in its order: sslmode, sslrootcert, sslcert, sslkey,
    // sslcrl, service, passfile, connect_timeout, application_name. Never a password.
    QList<QPair<QString, QString>> parameters;

    bool isPostgreSql() const { return kind == Kind::PostgreSql; }
    // The value of one of `parameters`, empty when absent.
    QString parameter(const QString& key) const;
    void setParameter(const QString& key, const QString& value);
    // `parameters` as QSqlDatabase::setConnectOptions takes them: "key='value';key='value'".
    QString connectOptions() const;
    // The whole location as a URL again (a file: its path). Holds no secret: it may be remembered
    // (QSettings) and parsed again to the same location.
    QString url() const;
    // Short form for the title bar, the status bar and logs: "user@host:port/database (TLS mode)",
    // a socket folder as it is. No secret.
    QString display() const;
};

// True when `text` is meant as a PostgreSQL URL (postgresql:// or postgres://, any case), even a
// malformed one: it is never to be taken for a file path.
bool isPostgreSqlUrl(const QString& text);

// Reads what the user gave. A URL is libpq's URI form
//   postgresql://[user@][host][:port][/database][?param=value&…]
// with percent-encoding, an IPv6 host in brackets and the socket folder as ?host=/path. Refused,
// with a message in the user's language naming the part: a password anywhere in it (it belongs in
// ~/.pgpass, PGPASSFILE or a service file; the program never stores one), an unknown parameter, a
// bad port, sslmode or timeout, bad percent-encoding, several hosts, no database name (unless a
// service names it), another scheme. Anything else is a file path.
Result<StoreLocation> parseStoreLocation(const QString& text);

} // namespace ow
