// Reading `--db` and the first-run dialog's choice: a SQLite file path or libpq's URI form, refused
// with a message naming the part when it is malformed or carries a password.
#include "storage/store_location.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>
#include <optional>

namespace ow {
namespace {

// The libpq parameters a URL may carry besides host, port, dbname and user. Passwords are not here:
// they are refused by name (passwordKeys).
const QStringList& knownParameters()
{
    static const QStringList keys{
        QStringLiteral("sslmode"),  QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),   QStringLiteral("sslcrl"),          QStringLiteral("service"),
        QStringLiteral("passfile"), QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return keys;
}

bool isPasswordKey(const QString& key)
{
    return key == QLatin1String("password") || key == QLatin1String("sslpassword");
}

Error passwordRefused()
{
    return fail(QCoreApplication::translate(
        "StoreLocation", "The address contains a password. OneWindow never stores passwords: remove it from the "
                         "address and put it in the password file ~/.pgpass (or the file named by PGPASSFILE), as "
                         "a line server:port:database:user:password with the file's mode 0600, or in a PostgreSQL "
                         "service file (~/.pg_service.conf); or type it when OneWindow asks for it."));
}

int hexDigit(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// libpq's percent-decoding: %XX only, no %00, and the bytes must be UTF-8.
std::optional<QString> percentDecoded(const QString& part)
{
    const QByteArray in = part.toUtf8();
    QByteArray bytes;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            bytes.append(in[i]);
            continue;
        }
        const int high = i + 2 < in.size() ? hexDigit(uchar(in[i + 1])) : -1;
        const int low = i + 2 < in.size() ? hexDigit(uchar(in[i + 2])) : -1;
        const int value = high * 16 + low;
        if (high < 0 || low < 0 || value == 0)
            return std::nullopt;
        bytes.append(char(value));
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

// A value QPSQL can pass on: it turns every ';' of its connect options into a space, and a control
// character has no place in a name or a path.
bool passable(const QString& value)
{
    for (QChar c : value)
        if (c == QLatin1Char(';') || c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    return true;
}

class UrlReader
{
public:
    Result<StoreLocation> read(const QString& rest);

private:
    Status decode(const QString& raw, const QString& part, QString& target);
    Status setPort(const QString& text);
    Status readAuthority(const QString& authority);
    Status readParameter(const QString& item);
    Status setOnce(const QString& key, QString& target, const QString& value);
    Status checkValue(const QString& key, const QString& value);
    StoreLocation m_loc;
    QStringList m_seen;
};

Status UrlReader::decode(const QString& raw, const QString& part, QString& target)
{
    const std::optional<QString> text = percentDecoded(raw);
    if (!text)
        return fail(QCoreApplication::translate(
                        "StoreLocation",
                        "The %1 in the address has a bad percent-encoding: \"%2\". Write a character as % and two "
                        "hexadecimal digits of its UTF-8 bytes (for example %2F for /).")
                        .arg(part, raw));
    if (!passable(*text))
        return fail(QCoreApplication::translate(
                        "StoreLocation",
                        "The %1 in the address contains a semicolon or a control character, which cannot be "
                        "passed to the server.")
                        .arg(part));
    target = *text;
    return {};
}

Status UrlReader::setPort(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    const int port = digits.match(text).hasMatch() ? text.toInt() : 0;
    if (port < 1 || port > 65535)
        return fail(QCoreApplication::translate("StoreLocation",
                                                "The port in the address is not a port number from 1 to 65535: \"%1\".")
                        .arg(text));
    if (m_loc.port != -1)
        return fail(QCoreApplication::translate("StoreLocation", "The address gives the port twice."));
    m_loc.port = port;
    return {};
}

Status UrlReader::readAuthority(const QString& authority)
{
    QString hostPort = authority;
    if (const qsizetype at = authority.indexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(QLatin1Char(':')))
            return passwordRefused();
        if (Status s = decode(userInfo, QCoreApplication::translate("StoreLocation", "user name"), m_loc.user); !s)
            return s;
        hostPort = authority.mid(at + 1);
    }
    if (hostPort.contains(QLatin1Char(',')))
        return fail(QCoreApplication::translate("StoreLocation",
                                                "The address names several servers; OneWindow connects to one: \"%1\".")
                        .arg(hostPort));
    QString host = hostPort;
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(
                QCoreApplication::translate(
                    "StoreLocation", "The server's IPv6 address in the address lacks its closing bracket: \"%1\".")
                    .arg(hostPort));
        host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return fail(QCoreApplication::translate(
                            "StoreLocation", "The port in the address is not a port number from 1 to 65535: \"%1\".")
                            .arg(after));
        port = after.mid(1);
        if (after.startsWith(QLatin1Char(':')) && port.isEmpty())
            return fail(QCoreApplication::translate(
                            "StoreLocation", "The port in the address is not a port number from 1 to 65535: \"%1\".")
                            .arg(port));
    } else if (const qsizetype colon = hostPort.indexOf(QLatin1Char(':')); colon >= 0) {
        host = hostPort.left(colon);
        port = hostPort.mid(colon + 1);
        if (port.isEmpty())
            return fail(QCoreApplication::translate(
                            "StoreLocation", "The port in the address is not a port number from 1 to 65535: \"%1\".")
                            .arg(port));
    }
    if (host.contains(QLatin1Char('@')) || host.contains(QLatin1Char('/')))
        return fail(QCoreApplication::translate("StoreLocation", "The server name in the address is not valid: \"%1\".")
                        .arg(host));
    if (Status s = decode(host, QCoreApplication::translate("StoreLocation", "server name"), m_loc.host); !s)
        return s;
    if (!m_loc.host.isEmpty())
        m_seen << QStringLiteral("host");
    if (!port.isEmpty())
        return setPort(port);
    return {};
}

Status UrlReader::setOnce(const QString& key, QString& target, const QString& value)
{
    if (m_seen.contains(key))
        return fail(QCoreApplication::translate("StoreLocation", "The address gives \"%1\" twice.").arg(key));
    m_seen << key;
    target = value;
    return {};
}

Status UrlReader::checkValue(const QString& key, const QString& value)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    static const QRegularExpression seconds(QStringLiteral("^[0-9]{1,4}$"));
    if (key == QLatin1String("sslmode") && !modes.contains(value))
        return fail(QCoreApplication::translate(
                        "StoreLocation",
                        "The TLS mode sslmode=%1 in the address is not one of disable, allow, prefer, require, "
                        "verify-ca, verify-full (verify-full checks the server's certificate and name).")
                        .arg(value));
    if (key == QLatin1String("connect_timeout") && !seconds.match(value).hasMatch())
        return fail(QCoreApplication::translate(
                        "StoreLocation", "The connect_timeout in the address is not a number of seconds: \"%1\".")
                        .arg(value));
    if (key == QLatin1String("host") && !value.isEmpty() && value.contains(QLatin1Char('/')) &&
        !value.startsWith(QLatin1Char('/')))
        return fail(
            QCoreApplication::translate(
                "StoreLocation", "The server in the address is neither a name nor an absolute socket folder: \"%1\".")
                .arg(value));
    return {};
}

Status UrlReader::readParameter(const QString& item)
{
    const qsizetype eq = item.indexOf(QLatin1Char('='));
    QString key;
    QString value;
    if (eq < 0)
        return fail(QCoreApplication::translate("StoreLocation",
                                                "The parameter \"%1\" in the address has no value (write name=value).")
                        .arg(item));
    if (Status s = decode(item.left(eq), QCoreApplication::translate("StoreLocation", "parameter name"), key); !s)
        return s;
    if (isPasswordKey(key))
        return passwordRefused();
    if (Status s =
            decode(item.mid(eq + 1), QCoreApplication::translate("StoreLocation", "parameter %1").arg(key), value);
        !s)
        return s;
    if (Status s = checkValue(key, value); !s)
        return s;
    if (key == QLatin1String("host"))
        return setOnce(key, m_loc.host, value);
    if (key == QLatin1String("port"))
        return setPort(value);
    if (key == QLatin1String("dbname"))
        return setOnce(key, m_loc.database, value);
    if (key == QLatin1String("user"))
        return setOnce(key, m_loc.user, value);
    if (!knownParameters().contains(key))
        return fail(QCoreApplication::translate(
                        "StoreLocation",
                        "The parameter \"%1\" in the address is not one OneWindow uses. Known parameters: host, "
                        "port, dbname, user, %2.")
                        .arg(key, knownParameters().join(QStringLiteral(", "))));
    QString unused;
    if (Status s = setOnce(key, unused, value); !s)
        return s;
    m_loc.setParameter(key, value);
    return {};
}

Result<StoreLocation> UrlReader::read(const QString& rest)
{
    m_loc.kind = StoreLocation::Kind::PostgreSql;
    if (rest.contains(QLatin1Char('#')))
        return fail(QCoreApplication::translate(
            "StoreLocation", "The address contains \"#\"; write it as %23 where it belongs to a name."));
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    const QString beforeQuery = q < 0 ? rest : rest.left(q);
    const qsizetype slash = beforeQuery.indexOf(QLatin1Char('/'));
    if (Status s = readAuthority(slash < 0 ? beforeQuery : beforeQuery.left(slash)); !s)
        return fail(s.error());
    if (slash >= 0) {
        if (Status s = decode(beforeQuery.mid(slash + 1), QCoreApplication::translate("StoreLocation", "database name"),
                              m_loc.database);
            !s)
            return fail(s.error());
        if (!m_loc.database.isEmpty())
            m_seen << QStringLiteral("dbname");
    }
    if (q >= 0)
        for (const QString& item : rest.mid(q + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts))
            if (Status s = readParameter(item); !s)
                return fail(s.error());
    if (m_loc.database.isEmpty() && m_loc.parameter(QStringLiteral("service")).isEmpty())
        return fail(QCoreApplication::translate(
            "StoreLocation", "The address names no database: write its name after the server, as in "
                             "postgresql://server/onewindow (or name a service that gives it, ?service=NAME)."));
    return m_loc;
}

// A URL part with what would end it or be read as encoding percent-encoded.
QString encoded(const QString& text, const QByteArray& keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

QString StoreLocation::parameter(const QString& key) const
{
    for (const auto& [k, v] : parameters)
        if (k == key)
            return v;
    return {};
}

void StoreLocation::setParameter(const QString& key, const QString& value)
{
    for (auto& p : parameters)
        if (p.first == key) {
            p.second = value;
            return;
        }
    parameters.append({key, value});
}

QString StoreLocation::connectOptions() const
{
    QStringList options;
    for (const auto& [key, value] : parameters) {
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        options << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
    }
    return options.join(QLatin1Char(';'));
}

QString StoreLocation::url() const
{
    if (!isPostgreSql())
        return filePath;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket && host.contains(QLatin1Char(':')))
        text += QLatin1Char('[') + host + QLatin1Char(']');
    else if (!socket)
        text += encoded(host);
    if (port != -1)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + encoded(host, "/");
    for (const auto& [key, value] : parameters)
        query << key + QLatin1Char('=') + encoded(value, "/");
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString StoreLocation::display() const
{
    if (!isPostgreSql())
        return filePath;
    StoreLocation shown = *this;
    shown.parameters.clear();
    for (const char* key : {"service", "sslmode"})
        if (const QString value = parameter(QLatin1String(key)); !value.isEmpty())
            shown.setParameter(QLatin1String(key), value);
    return shown.url();
}

bool isPostgreSqlUrl(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<StoreLocation> parseStoreLocation(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate(
            "StoreLocation", "No database is given: name a file, or a server as postgresql://server/database."));
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch m = scheme.match(trimmed);
    if (!m.hasMatch()) {
        StoreLocation file;
        file.filePath = text;
        return file;
    }
    if (!isPostgreSqlUrl(trimmed))
        return fail(
            QCoreApplication::translate("StoreLocation",
                                        "OneWindow cannot use \"%1://\" addresses: give a database file or a server as "
                                        "postgresql://server/database.")
                .arg(m.captured(1)));
    return UrlReader().read(trimmed.mid(m.capturedLength()));
}

} // namespace ow
