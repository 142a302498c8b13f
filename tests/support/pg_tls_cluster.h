// A second, short-lived PostgreSQL cluster for the connection tests: ssl=on on 127.0.0.1 at a free
// port (tests/pg/pg_cluster.sh start DIR --tls), with a CA, a second CA and a certificate for
// "localhost" made by openssl in a temporary folder, and a role that must give its password.
#pragma once

#include "support/catch.h"

#include "storage/pg_connection.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace ow::test {

// The location of a URL the test knows to be good.
inline StoreLocation pgLocation(const QString& url)
{
    Result<StoreLocation> r = parseStoreLocation(url);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

// Runs a program in `dir` and requires it to succeed.
inline void runChecked(const QString& program, const QStringList& args, const QString& dir = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    INFO(program.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString() << ": "
                               << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
}

// A cluster with ssl=on listening on 127.0.0.1, its certificate for localhost signed by ca.crt; a
// second CA signs nothing. Role ow_pw signs in with a password over TCP; the others are trusted.
class TlsCluster
{
public:
    TlsCluster()
    {
        REQUIRE(m_dir.isValid());
        // The server runs as the postgres user when the tests run as root: it must reach its folder.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ReadOther | QFile::ExeOther |
                                                QFile::ReadGroup | QFile::ExeGroup);
        makeCertificates();
        runChecked(QStringLiteral("bash"), {script(), QStringLiteral("start"), clusterDir(), QStringLiteral("--tls"),
                                            file(QStringLiteral("server.crt")), file(QStringLiteral("server.key"))});
        QFile portFile(clusterDir() + QStringLiteral("/port"));
        REQUIRE(portFile.open(QIODevice::ReadOnly));
        m_port = portFile.readAll().trimmed().toInt();
        REQUIRE(m_port > 0);
        requirePassword();
    }
    ~TlsCluster() { QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("stop"), clusterDir()}); }

    int port() const { return m_port; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString url(const QString& host, const QString& ca, const QString& mode = QStringLiteral("verify-full"),
                const QString& user = QStringLiteral("ow_app")) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/postgres?sslmode=%4&sslrootcert=%5")
            .arg(user, host)
            .arg(m_port)
            .arg(mode, file(ca));
    }

private:
    static QString script() { return qEnvironmentVariable("TESTS_SOURCE_DIR") + QStringLiteral("/pg/pg_cluster.sh"); }
    QString clusterDir() const { return m_dir.filePath(QStringLiteral("cluster")); }

    void makeCertificates()
    {
        const QString openssl = QStringLiteral("openssl");
        const QStringList key{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        for (const QString& ca : {QStringLiteral("ca"), QStringLiteral("other-ca")})
            runChecked(openssl,
                       QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-days"),
                                   QStringLiteral("2"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=OneWindow test ") + ca, QStringLiteral("-keyout"),
                                   ca + QStringLiteral(".key"), QStringLiteral("-out"), ca + QStringLiteral(".crt")} +
                           key,
                       m_dir.path());
        runChecked(openssl,
                   QStringList{QStringLiteral("req"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                               QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                               QStringLiteral("server.csr")} +
                       key,
                   m_dir.path());
        QFile ext(file(QStringLiteral("san.cnf")));
        REQUIRE(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=DNS:localhost\n");
        ext.close();
        runChecked(openssl,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                    QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), QStringLiteral("san.cnf"), QStringLiteral("-out"),
                    QStringLiteral("server.crt")},
                   m_dir.path());
    }

    // ow_pw needs its password (scram) on TCP: the line goes before initdb's trust lines.
    void requirePassword()
    {
        const QString hba = clusterDir() + QStringLiteral("/data/pg_hba.conf");
        QFile f(hba);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray lines = "host all ow_pw 127.0.0.1/32 scram-sha-256\n" + f.readAll();
        f.close();
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines);
        f.close();
        pg::OpenResult admin = pg::open(pgLocation(
            QStringLiteral("postgresql://postgres@:%1/postgres?host=%2/socket").arg(m_port).arg(clusterDir())));
        INFO(admin.message.toStdString());
        REQUIRE(admin.connection);
        QSqlQuery q(admin.connection->sql());
        REQUIRE(q.exec(QStringLiteral("CREATE ROLE ow_pw LOGIN PASSWORD 'right horse'")));
        REQUIRE(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
    }

    QTemporaryDir m_dir;
    int m_port = 0;
};

} // namespace ow::test
