// What `--db` and the first-run dialog accept as the store: file paths, libpq URLs in their many
// spellings, and the hostile ones refused with a message naming the part (no server needed).
#include "support/catch.h"

#include "storage/store_location.h"

using namespace ow;

namespace {

StoreLocation parsed(const QString& text)
{
    Result<StoreLocation> r = parseStoreLocation(text);
    INFO(text.toStdString() << " -> " << r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QString refusal(const QString& text)
{
    Result<StoreLocation> r = parseStoreLocation(text);
    INFO(text.toStdString());
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("a path is a SQLite file, whatever it looks like", "[store]")
{
    for (const QString& path : {QStringLiteral("/home/clerk/onewindow.sqlite"), QStringLiteral("center.sqlite"),
                                QStringLiteral("postgresql.sqlite"), QStringLiteral("./postgresql:/x"),
                                QStringLiteral("C:\\data\\ow.sqlite"), QStringLiteral("/data/乌拉特中旗.sqlite")}) {
        const StoreLocation l = parsed(path);
        CHECK(l.kind == StoreLocation::Kind::File);
        CHECK(l.filePath == path);
        CHECK(l.display() == path);
        CHECK_FALSE(isPostgreSqlUrl(path));
    }
}

TEST_CASE("a full URL gives QPSQL its host, port, database, user and options", "[store]")
{
    const StoreLocation l = parsed(QStringLiteral(
        "postgresql://ow_app@db.county.example:6543/onewindow?sslmode=verify-full&sslrootcert=/etc/ow/ca.crt"
        "&connect_timeout=5&application_name=desk%201"));
    CHECK(l.kind == StoreLocation::Kind::PostgreSql);
    CHECK(l.host == QStringLiteral("db.county.example"));
    CHECK(l.port == 6543);
    CHECK(l.database == QStringLiteral("onewindow"));
    CHECK(l.user == QStringLiteral("ow_app"));
    CHECK(l.parameter(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(l.parameter(QStringLiteral("application_name")) == QStringLiteral("desk 1"));
    CHECK(l.connectOptions() == QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ow/ca.crt';"
                                               "connect_timeout='5';application_name='desk 1'"));
    CHECK(l.display() == QStringLiteral("postgresql://ow_app@db.county.example:6543/onewindow?sslmode=verify-full"));
    // The URL form reads back to the same location.
    const StoreLocation again = parsed(l.url());
    CHECK(again.url() == l.url());
    CHECK(again.connectOptions() == l.connectOptions());
}

TEST_CASE("the other spellings libpq accepts", "[store]")
{
    SECTION("postgres:// and any case of the scheme")
    {
        CHECK(parsed(QStringLiteral("postgres://h/db")).host == QStringLiteral("h"));
        CHECK(parsed(QStringLiteral("PostgreSQL://h/db")).database == QStringLiteral("db"));
        CHECK(isPostgreSqlUrl(QStringLiteral("  POSTGRES://x")));
    }
    SECTION("a socket folder as ?host= or percent-encoded in place of the host")
    {
        const StoreLocation a = parsed(QStringLiteral("postgresql://ow_app@/onewindow?host=/var/run/postgresql"));
        const StoreLocation b = parsed(QStringLiteral("postgresql://ow_app@%2Fvar%2Frun%2Fpostgresql/onewindow"));
        CHECK(a.host == QStringLiteral("/var/run/postgresql"));
        CHECK(b.host == a.host);
        CHECK(a.url() == QStringLiteral("postgresql://ow_app@/onewindow?host=/var/run/postgresql"));
        CHECK(b.url() == a.url());
    }
    SECTION("an IPv6 address in brackets, with and without a port")
    {
        const StoreLocation l = parsed(QStringLiteral("postgresql://[::1]:5433/onewindow"));
        CHECK(l.host == QStringLiteral("::1"));
        CHECK(l.port == 5433);
        CHECK(l.url() == QStringLiteral("postgresql://[::1]:5433/onewindow"));
        CHECK(parsed(QStringLiteral("postgresql://[fe80::1]/db")).port == -1);
    }
    SECTION("a service names the database, the server and the user")
    {
        const StoreLocation l = parsed(QStringLiteral("postgresql:///?service=county"));
        CHECK(l.host.isEmpty());
        CHECK(l.database.isEmpty());
        CHECK(l.parameter(QStringLiteral("service")) == QStringLiteral("county"));
        CHECK(parsed(QStringLiteral("postgresql:///onewindow?service=county")).database == QStringLiteral("onewindow"));
    }
    SECTION("percent-encoded Chinese and reserved characters in names")
    {
        const StoreLocation l = parsed(QStringLiteral("postgresql://%E5%BC%A0%40x@h/%E4%B8%80%E7%AA%97"));
        CHECK(l.user == QStringLiteral("张@x"));
        CHECK(l.database == QStringLiteral("一窗"));
        CHECK(parsed(l.url()).user == l.user);
    }
    SECTION("parameters in place of the parts, and surrounding blanks")
    {
        const StoreLocation l =
            parsed(QStringLiteral("  postgresql://?host=db&port=5432&dbname=onewindow&user=ow_app  "));
        CHECK(l.host == QStringLiteral("db"));
        CHECK(l.port == 5432);
        CHECK(l.database == QStringLiteral("onewindow"));
        CHECK(l.user == QStringLiteral("ow_app"));
    }
    SECTION("a value with a quote or a backslash is quoted for libpq")
    {
        const StoreLocation l = parsed(QStringLiteral("postgresql://h/db?sslrootcert=/a%20b/o'k%5C.crt"));
        CHECK(l.connectOptions() == QStringLiteral("sslrootcert='/a b/o\\'k\\\\.crt'"));
    }
}

TEST_CASE("a password in the URL is refused and not repeated", "[store]")
{
    for (const QString& url : {QStringLiteral("postgresql://ow_app:s3cret@db/onewindow"),
                               QStringLiteral("postgresql://ow_app:@db/onewindow"),
                               QStringLiteral("postgresql://db/onewindow?password=s3cret"),
                               QStringLiteral("postgresql://db/onewindow?sslmode=require&sslpassword=s3cret"),
                               QStringLiteral("postgresql://db/onewindow?pass%77ord=s3cret")}) {
        const QString message = refusal(url);
        CHECK(message.contains(QStringLiteral("~/.pgpass")));
        CHECK(message.contains(QStringLiteral("PGPASSFILE")));
        CHECK(message.contains(QStringLiteral("密码")));
        CHECK_FALSE(message.contains(QStringLiteral("s3cret")));
    }
}

TEST_CASE("malformed URLs are refused naming the part", "[store]")
{
    CHECK(refusal(QStringLiteral("postgresql://db:65536/onewindow")).contains(QStringLiteral("65536")));
    CHECK(refusal(QStringLiteral("postgresql://db:0/onewindow")).contains(QStringLiteral("端口")));
    CHECK(refusal(QStringLiteral("postgresql://db:54x2/onewindow")).contains(QStringLiteral("54x2")));
    CHECK(refusal(QStringLiteral("postgresql://db:/onewindow")).contains(QStringLiteral("端口")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow?port=-1")).contains(QStringLiteral("-1")));
    CHECK(refusal(QStringLiteral("postgresql://[::1/onewindow")).contains(QStringLiteral("[::1")));
    CHECK(refusal(QStringLiteral("postgresql://[::1]x/onewindow")).contains(QStringLiteral("端口")));
    const QString mode = refusal(QStringLiteral("postgresql://db/onewindow?sslmode=bogus"));
    CHECK(mode.contains(QStringLiteral("sslmode=bogus")));
    CHECK(mode.contains(QStringLiteral("verify-full")));
    const QString unknown = refusal(QStringLiteral("postgresql://db/onewindow?sslmod=require"));
    CHECK(unknown.contains(QStringLiteral("“sslmod”")));
    CHECK(unknown.contains(QStringLiteral("sslrootcert")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow?sslmode")).contains(QStringLiteral("“sslmode”")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow?connect_timeout=ten")).contains(QStringLiteral("ten")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow?sslmode=require&sslmode=disable"))
              .contains(QStringLiteral("sslmode")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow?host=other")).contains(QStringLiteral("host")));
    CHECK(refusal(QStringLiteral("postgresql://a,b/onewindow")).contains(QStringLiteral("a,b")));
    CHECK(refusal(QStringLiteral("postgresql://db/one%zzwindow")).contains(QStringLiteral("one%zzwindow")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow%")).contains(QStringLiteral("onewindow%")));
    CHECK(refusal(QStringLiteral("postgresql://db/one%00window")).contains(QStringLiteral("%00")));
    CHECK(refusal(QStringLiteral("postgresql://db/one%FFwindow")).contains(QStringLiteral("%FF")));
    CHECK(refusal(QStringLiteral("postgresql://db/one%3Bwindow")).contains(QStringLiteral("分号")));
    CHECK(refusal(QStringLiteral("postgresql://db/one%0Awindow")).contains(QStringLiteral("控制字符")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow#x")).contains(QStringLiteral("%23")));
    CHECK(refusal(QStringLiteral("postgresql://db/onewindow?host=rel/dir")).contains(QStringLiteral("rel/dir")));
    CHECK(refusal(QStringLiteral("mysql://db/onewindow")).contains(QStringLiteral("mysql://")));
    CHECK(refusal(QStringLiteral("   ")).contains(QStringLiteral("postgresql://")));
}

TEST_CASE("a URL must name its database, itself or through a service", "[store]")
{
    for (const QString& url : {QStringLiteral("postgresql://db"), QStringLiteral("postgresql://db/"),
                               QStringLiteral("postgresql://ow_app@db:5432/?sslmode=require"),
                               QStringLiteral("postgresql://"), QStringLiteral("postgres:///")}) {
        const QString message = refusal(url);
        CHECK(message.contains(QStringLiteral("postgresql://server/onewindow")));
        CHECK(message.contains(QStringLiteral("数据库")));
    }
}
