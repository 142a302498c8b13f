// Connecting to a PostgreSQL server: the socket cluster of ctest (a database per test), and a second
// short-lived cluster with TLS on 127.0.0.1 and a certificate for "localhost" made here with openssl,
// for verify-full, a wrong CA, a name mismatch and a password asked for. Also onewindow-cli's
// check-connection, and the refusal on a server of the commands that still need the file.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"
#include "support/pg_tls_cluster.h"

#include "storage/pg_connection.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace ow;

namespace {

StoreLocation location(const QString& url)
{
    return test::pgLocation(url);
}

test::Run cli(const QStringList& args)
{
    return test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")), args);
}

} // namespace

TEST_CASE("a socket URL connects and names the desk in pg_stat_activity", "[pg]")
{
    test::PgTestDb db;
    const pg::TestResult tested = pg::testConnection(location(db.url()));
    INFO(tested.message.toStdString());
    CHECK(tested.ok);
    CHECK(tested.message.contains(QStringLiteral("PostgreSQL 15")));
    CHECK(tested.message.contains(db.name()));
    CHECK(tested.message.contains(QStringLiteral("未加密")));

    pg::OpenResult opened = pg::open(location(db.url()));
    REQUIRE(opened.connection);
    QSqlQuery q(opened.connection->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT application_name, current_user, current_database() FROM pg_stat_activity "
                                  "WHERE pid = pg_backend_pid()")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("OneWindow ") + QSysInfo::machineHostName());
    CHECK(q.value(1).toString() == QStringLiteral("ow_app"));
    CHECK(q.value(2).toString() == db.name());
}

TEST_CASE("each failure on the socket gets its own message", "[pg]")
{
    test::PgTestDb db;
    SECTION("a database that does not exist")
    {
        const pg::TestResult r = pg::testConnection(location(db.url().replace(db.name(), QStringLiteral("nosuchdb"))));
        CHECK_FALSE(r.ok);
        CHECK(r.failure == pg::Failure::NoSuchDatabase);
        CHECK(r.message.contains(QStringLiteral("没有数据库 nosuchdb")));
    }
    SECTION("a user that does not exist")
    {
        const pg::TestResult r = pg::testConnection(location(db.url(QStringLiteral("nobody"))));
        CHECK(r.failure == pg::Failure::NoSuchRole);
        CHECK(r.message.contains(QStringLiteral("没有用户 nobody")));
    }
    SECTION("a socket folder where no server runs, and a port where none listens")
    {
        QTemporaryDir empty;
        const pg::TestResult folder = pg::testConnection(
            location(QStringLiteral("postgresql://ow_app@/%1?host=%2").arg(db.name(), empty.path())));
        CHECK(folder.failure == pg::Failure::NoSocket);
        CHECK(folder.message.contains(empty.path()));
        CHECK(folder.message.contains(QStringLiteral("没有运行")));
        const pg::TestResult port = pg::testConnection(
            location(QStringLiteral("postgresql://ow_app@:5999/%1?host=%2").arg(db.name(), db.host())));
        CHECK(port.failure == pg::Failure::NoSocket);
        CHECK(port.message.contains(QStringLiteral("5999")));
    }
    SECTION("a stopped server on TCP cannot be reached")
    {
        const pg::TestResult r = pg::testConnection(
            location(QStringLiteral("postgresql://ow_app@127.0.0.1:9/%1?connect_timeout=3").arg(db.name())));
        CHECK(r.failure == pg::Failure::Unreachable);
        CHECK(r.message.contains(QStringLiteral("127.0.0.1:9")));
        CHECK(r.message.contains(QStringLiteral("无法连通")));
    }
}

TEST_CASE("TLS: verify-full needs the right CA and the certificate's name", "[pg][tls]")
{
    test::TlsCluster cluster;
    const pg::TestResult good =
        pg::testConnection(location(cluster.url(QStringLiteral("localhost"), QStringLiteral("ca.crt"))));
    INFO(good.message.toStdString());
    CHECK(good.ok);
    CHECK(good.message.contains(QStringLiteral("已加密（TLS）")));

    const pg::TestResult wrongCa =
        pg::testConnection(location(cluster.url(QStringLiteral("localhost"), QStringLiteral("other-ca.crt"))));
    CHECK(wrongCa.failure == pg::Failure::TlsFailed);
    CHECK(wrongCa.message.contains(QStringLiteral("证书")));
    CHECK(wrongCa.message.contains(QStringLiteral("localhost:%1").arg(cluster.port())));

    const pg::TestResult wrongName =
        pg::testConnection(location(cluster.url(QStringLiteral("127.0.0.1"), QStringLiteral("ca.crt"))));
    CHECK(wrongName.failure == pg::Failure::TlsFailed);
    CHECK(wrongName.message.contains(QStringLiteral("127.0.0.1")));
    // The same address without the name check: the CA alone is enough.
    CHECK(pg::testConnection(
              location(cluster.url(QStringLiteral("127.0.0.1"), QStringLiteral("ca.crt"), QStringLiteral("verify-ca"))))
              .ok);
    const pg::TestResult noCaFile =
        pg::testConnection(location(cluster.url(QStringLiteral("localhost"), QStringLiteral("missing.crt"))));
    CHECK(noCaFile.failure == pg::Failure::TlsFailed);

    // A password is asked for and held in memory only, or read from the password file.
    {
        const StoreLocation pw = location(cluster.url(QStringLiteral("localhost"), QStringLiteral("ca.crt"),
                                                      QStringLiteral("verify-full"), QStringLiteral("ow_pw")));
        qputenv("PGPASSFILE", cluster.file(QStringLiteral("no-such-pgpass")).toUtf8());
        const pg::TestResult none = pg::testConnection(pw);
        CHECK(none.failure == pg::Failure::PasswordNeeded);
        CHECK(none.message.contains(QStringLiteral("~/.pgpass")));
        int asked = 0;
        auto answer = [&asked](std::optional<QString> a) {
            return [&asked, a](const StoreLocation& l) {
                ++asked;
                CHECK(l.user == QStringLiteral("ow_pw"));
                return a;
            };
        };
        CHECK(pg::testConnection(pw, answer(std::nullopt)).failure == pg::Failure::PasswordNeeded);
        CHECK(pg::testConnection(pw, answer(QStringLiteral("wrong"))).failure == pg::Failure::AuthenticationFailed);
        CHECK(pg::testConnection(pw, answer(QStringLiteral("right horse"))).ok);
        CHECK(asked == 3);

        QFile pgpass(cluster.file(QStringLiteral("pgpass")));
        REQUIRE(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(QStringLiteral("localhost:%1:*:ow_pw:right horse\n").arg(cluster.port()).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", pgpass.fileName().toUtf8());
        CHECK(pg::testConnection(pw, answer(QStringLiteral("never asked"))).ok);
        CHECK(asked == 3);
        qunsetenv("PGPASSFILE");
    }
}

TEST_CASE("onewindow-cli check-connection tests a server; commands that need the file refuse it", "[pg][cli]")
{
    test::PgTestDb db;
    const test::Run ok = cli({QStringLiteral("--db"), db.url(), QStringLiteral("check-connection")});
    INFO(ok.err.toStdString());
    CHECK(ok.status == 0);
    CHECK(ok.out.contains(QStringLiteral("PostgreSQL 15")));

    const test::Run missing = cli({QStringLiteral("--db"), db.url().replace(db.name(), QStringLiteral("nosuchdb")),
                                   QStringLiteral("check-connection")});
    CHECK(missing.status == 3);
    CHECK(missing.err.contains(QStringLiteral("没有数据库 nosuchdb")));

    const test::Run password = cli({QStringLiteral("--db"),
                                    QStringLiteral("postgresql://ow_app:hunter2@/%1?host=%2").arg(db.name(), db.host()),
                                    QStringLiteral("check-connection")});
    CHECK(password.status == 2);
    CHECK(password.err.contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(password.err.contains(QStringLiteral("hunter2")));

    // init, which makes a file, says so before connecting; the desk's work, check and demo open the
    // server, which says when it has not been set up.
    const test::Run refused =
        cli({QStringLiteral("--db"), db.url(), QStringLiteral("init"), QStringLiteral("--site-code"),
             QStringLiteral("150824"), QStringLiteral("--site-name"), QStringLiteral("乌拉特中旗"),
             QStringLiteral("--level"), QStringLiteral("county")});
    INFO(refused.err.toStdString());
    CHECK(refused.status == 2);
    CHECK(refused.err.contains(QStringLiteral("暂不能在中心的 PostgreSQL 服务器上运行")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));
    for (const QStringList& command :
         {QStringList{QStringLiteral("cases")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5")}}) {
        const test::Run unset = cli(QStringList{QStringLiteral("--db"), db.url()} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString());
        CHECK(unset.status == 3);
        CHECK(unset.err.contains(QStringLiteral("migrate --to")));
    }
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("postgresql:")));
    // Another scheme is not a file either.
    const test::Run mysql =
        cli({QStringLiteral("--db"), QStringLiteral("mysql://db/onewindow"), QStringLiteral("cases")});
    CHECK(mysql.status == 2);
    CHECK(mysql.err.contains(QStringLiteral("mysql://")));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("mysql:")));
    // A file path is not a server: check-connection says so.
    const test::Run file =
        cli({QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("check-connection")});
    CHECK(file.status == 2);
}

TEST_CASE("failures are told apart in libpq's English and in its and the server's Chinese", "[pg]")
{
    using pg::Failure;
    const std::pair<const char*, Failure> texts[] = {
        {"connection to server on socket \"/x/.s.PGSQL.5432\" failed: fe_sendauth: no password supplied",
         Failure::PasswordNeeded},
        {"connection to server at \"db\" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for "
         "user \"ow_app\"",
         Failure::AuthenticationFailed},
        {"连接到\"db\"上的服务器，端口5432失败：致命错误:  用户 \"ow_app\" Password 认证失败",
         Failure::AuthenticationFailed},
        {"FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"ow_app\", database \"onewindow\", SSL encryption",
         Failure::NotPermitted},
        {"致命错误:  没有用于主机 \"10.0.0.9\", 用户 \"ow_app\", 数据库 \"onewindow\" 的 pg_hba.conf 记录",
         Failure::NotPermitted},
        {"FATAL:  database \"onewindow\" does not exist", Failure::NoSuchDatabase},
        {"致命错误:  数据库 \"onewindow\" 不存在", Failure::NoSuchDatabase},
        {"FATAL:  role \"clerk\" does not exist", Failure::NoSuchRole},
        {"致命错误:  角色 \"clerk\" 不存在", Failure::NoSuchRole},
        {"server certificate for \"localhost\" does not match host name \"127.0.0.1\"", Failure::TlsFailed},
        {"\"localhost\"的服务器证书与主机名不匹配\"127.0.0.1\"", Failure::TlsFailed},
        {"SSL error: certificate verify failed", Failure::TlsFailed},
        {"root certificate file \"/x/ca.crt\" does not exist Either provide the file or change sslmode",
         Failure::TlsFailed},
        {"server does not support SSL, but SSL was required", Failure::TlsFailed},
        {"could not translate host name \"db.county\" to address: Name or service not known", Failure::Unreachable},
        {"无法解释主机名 \"db.county\" 到地址: 未知的名称或服务", Failure::Unreachable},
        {"connection to server at \"10.0.0.5\", port 5432 failed: timeout expired", Failure::Unreachable},
        {"连接到\"10.0.0.5\"上的服务器，端口5432失败：超时满", Failure::Unreachable},
        {"FATAL:  the database system is starting up", Failure::Other},
    };
    for (const auto& [text, failure] : texts) {
        INFO(text);
        CHECK(pg::classify(QString::fromUtf8(text)) == failure);
    }
    StoreLocation l = location(QStringLiteral("postgresql://ow_app@db.county:5433/onewindow"));
    CHECK(pg::failureMessage(Failure::DriverMissing, l).contains(QStringLiteral("libqt6sql6-psql")));
    CHECK(pg::failureMessage(Failure::Unreachable, l).contains(QStringLiteral("db.county:5433")));
    CHECK(pg::failureMessage(Failure::NotPermitted, l).contains(QStringLiteral("pg_hba.conf")));
    CHECK(pg::failureMessage(Failure::AuthenticationFailed, l).contains(QStringLiteral("~/.pgpass")));
}
