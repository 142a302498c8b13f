// The role table and the signed-in command line: every command for every role (exit status and
// message), the built-in operator and unknown logins refused, the lock after repeated wrong
// passwords, recover-admin, demo beside real cases, and data printed without terminal escapes.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include "security/permissions.h"
#include "security/users.h"
#include "storage/case_writer.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

using namespace ow;
using permissions::Action;

namespace {

QString cli()
{
    return test::builtProgram(QStringLiteral("onewindow-cli"));
}

const QStringList kRoles{QStringLiteral("clerk"),    QStringLiteral("triage"),     QStringLiteral("handler"),
                         QStringLiteral("mediator"), QStringLiteral("supervisor"), QStringLiteral("admin")};

QString loginOf(const QString& role)
{
    return QStringLiteral("u.") + role;
}

QString passwordOf(const QString& role)
{
    return QStringLiteral("pw-%1-2026").arg(role);
}

// Runs the CLI in English as `login` with `password` in ONEWINDOW_PASSWORD (none when empty).
test::Run runAs(const QString& db, const QString& login, const QString& password, const QStringList& args,
                const QByteArray& input = {})
{
    if (password.isEmpty())
        qunsetenv("ONEWINDOW_PASSWORD");
    else
        qputenv("ONEWINDOW_PASSWORD", password.toUtf8());
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!login.isEmpty())
        all << QStringLiteral("--user") << login;
    const test::Run r = test::runProgram(cli(), all + args, input);
    qunsetenv("ONEWINDOW_PASSWORD");
    return r;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    q.exec(sql);
    q.next();
    return q.value(0).toInt();
}

// A database with one real case, one account per role, each with a password (sign-in on).
struct SignedInSite
{
    test::TempDatabase t;
    SignedInSite()
    {
        test::addCase(*t.db, QStringLiteral("A-1"));
        UserService users(*t.db);
        for (const QString& role : kRoles) {
            REQUIRE(users.save({loginOf(role), role, role, {}, true, false}, QStringLiteral("system")));
        }
        REQUIRE(users.setPassword(loginOf(QStringLiteral("admin")), passwordOf(QStringLiteral("admin")),
                                  QStringLiteral("system")));
        for (const QString& role : kRoles)
            REQUIRE(users.setPassword(loginOf(role), passwordOf(role), QStringLiteral("system")));
    }
};

} // namespace

TEST_CASE("the role table: mediators and department handlers may not take data out of the center")
{
    using permissions::permits;
    for (Action a :
         {Action::ImportLedger, Action::ImportPackage, Action::ExportPackage, Action::MonthlyReport, Action::DemoData})
        CHECK_FALSE(permits(QStringLiteral("mediator"), a));
    CHECK_FALSE(permits(QStringLiteral("handler"), Action::ExportPackage));
    CHECK_FALSE(permits(QStringLiteral("handler"), Action::SeePersonalData));
    CHECK(permits(QStringLiteral("admin"), Action::ExportPackage));
    CHECK_FALSE(permits(QStringLiteral("nobody"), Action::ViewCases));
    // Every action has some role that may, and a description for the refusal.
    for (Action a : permissions::allActions()) {
        CHECK_FALSE(permissions::describe(a).isEmpty());
        CHECK(permits(QStringLiteral("admin"), a));
    }
    const Actor mediator{QStringLiteral("m"), QStringLiteral("M"), QStringLiteral("mediator"), {}};
    const Status refused = permissions::require(mediator, Action::ExportPackage);
    REQUIRE_FALSE(refused.ok());
    // In the language of the program (zh_CN in the tests): the description was left in English once.
    CHECK(refused.error().contains(QStringLiteral("导出上报县级的数据")));
}

// The account whose password `passwd OTHER` sets (to the one it has).
static void addOtherAccount(Database& db)
{
    REQUIRE(UserService(db).save(
        {QStringLiteral("u.other"), QStringLiteral("other"), QStringLiteral("clerk"), {}, true, false},
        loginOf(QStringLiteral("admin"))));
    REQUIRE(UserService(db).setPassword(QStringLiteral("u.other"), QStringLiteral("pw-other-2026"),
                                        loginOf(QStringLiteral("admin"))));
}

// What a command reads on standard input: the intake's JSON; passwd's new password (the same one
// again keeps the table usable).
static QByteArray inputFor(const QString& command, const QString& role, const QByteArray& intakeJson)
{
    if (command.startsWith(QLatin1String("passwd")))
        return (command == QLatin1String("passwd SELF") ? passwordOf(role) : QStringLiteral("pw-other-2026")).toUtf8() +
               '\n';
    return command == QLatin1String("intake") ? intakeJson : QByteArray();
}

// A command as the role table answers it: allowed runs it (whatever its own status), refused is
// status 4 with the role named.
static void checkRoleAnswer(const test::Run& r, bool allowed)
{
    if (allowed) {
        CHECK(r.status != 4);
        CHECK_FALSE(r.err.contains(QStringLiteral("may not")));
    } else {
        CHECK(r.status == 4);
        CHECK(r.err.contains(QStringLiteral("may not")));
        CHECK(r.err.contains(QStringLiteral("Your role (")));
    }
}

// On a server the schema's owner, the server's administrator whose nightly routine backs it up, is
// not asked to sign in; the desks' login role without a login is.
static void checkServerBackupWithoutSignIn(SignedInSite& s)
{
    const QString dump = s.t.file(QStringLiteral("nightly.dump"));
    const test::Run owner = runAs(s.t.server->url(QStringLiteral("ow_owner")), {}, {},
                                  {QStringLiteral("backup"), QStringLiteral("--out"), dump});
    INFO(owner.err.toStdString());
    CHECK(owner.status == 0);
    CHECK(QFile::exists(dump));
    const test::Run anonymous =
        runAs(s.t.path, {}, {}, {QStringLiteral("backup"), QStringLiteral("--out"), dump + QStringLiteral("2")});
    CHECK(anonymous.status == 4);
    CHECK(anonymous.err.contains(QStringLiteral("Sign-in is on")));
    CHECK_FALSE(QFile::exists(dump + QStringLiteral("2")));
}

TEST_CASE("every command for every role: the role table's answer, exit 4 and a message when refused")
{
    SignedInSite s;
    const QString db = s.t.path;
    // A package and a ledger to import, made before anything else.
    addOtherAccount(*s.t.db);
    const QString package = s.t.file(QStringLiteral("base.owpkg"));
    REQUIRE(runAs(db, loginOf(QStringLiteral("admin")), passwordOf(QStringLiteral("admin")),
                  {QStringLiteral("export"), QStringLiteral("--out"), package})
                .status == 0);
    const QString ledger =
        QString::fromLocal8Bit(qgetenv("TESTS_SOURCE_DIR")) + QStringLiteral("/data/ledger_sample.csv");
    REQUIRE(QFile::exists(ledger));
    const QString garbage = s.t.file(QStringLiteral("garbage.sqlite"));
    test::writeFile(garbage, QByteArray("not a backup"));
    const QByteArray intakeJson =
        R"({"case_type":"people_mediation","source":"walk_in","category":"邻里","township":"海流图镇",
            "summary":"楼上漏水","received_on":"2025-05-07","parties":[{"role":"applicant","name":"赵敏"}]})";

    struct Row
    {
        QString name;
        std::function<QStringList(const QString& role, int n)> args;
        QStringList allowed; // the expected row of the matrix, written out
    };
    auto fixed = [](QStringList a) { return [a](const QString&, int) { return a; }; };
    const QList<Row> rows{
        {QStringLiteral("cases"), fixed({QStringLiteral("cases"), QStringLiteral("--limit"), QStringLiteral("1")}),
         kRoles},
        {QStringLiteral("show"), fixed({QStringLiteral("show"), QStringLiteral("A-1")}), kRoles},
        {QStringLiteral("show --unmask"),
         fixed({QStringLiteral("show"), QStringLiteral("A-1"), QStringLiteral("--unmask")}),
         {QStringLiteral("clerk"), QStringLiteral("mediator"), QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("check"), fixed({QStringLiteral("check")}), kRoles},
        {QStringLiteral("intake"),
         fixed({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}),
         {QStringLiteral("clerk"), QStringLiteral("triage"), QStringLiteral("mediator"), QStringLiteral("supervisor"),
          QStringLiteral("admin")}},
        {QStringLiteral("transition"),
         fixed({QStringLiteral("transition"), QStringLiteral("NO-SUCH"), QStringLiteral("accept")}), kRoles},
        {QStringLiteral("route"),
         fixed(
             {QStringLiteral("route"), QStringLiteral("NO-SUCH"), QStringLiteral("--lead"), QStringLiteral("justice")}),
         {QStringLiteral("triage"), QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("import-ledger"),
         fixed({QStringLiteral("import-ledger"), ledger, QStringLiteral("--dry-run")}),
         {QStringLiteral("clerk"), QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("export"),
         [&s](const QString& role, int n) {
             return QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                s.t.file(QStringLiteral("out-%1-%2.owpkg").arg(role).arg(n))};
         },
         {QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("import"),
         fixed({QStringLiteral("import"), package, QStringLiteral("--dry-run")}),
         {QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("conflicts"),
         fixed({QStringLiteral("conflicts")}),
         {QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("resolve"),
         fixed(
             {QStringLiteral("resolve"), QStringLiteral("no-such"), QStringLiteral("--keep"), QStringLiteral("ours")}),
         {QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("report"),
         [&s](const QString& role, int) {
             return QStringList{QStringLiteral("report"),
                                QStringLiteral("--month"),
                                QStringLiteral("2025-05"),
                                QStringLiteral("--format"),
                                QStringLiteral("json"),
                                QStringLiteral("--out"),
                                s.t.file(QStringLiteral("report-%1.json").arg(role))};
         },
         {QStringLiteral("triage"), QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("demo"),
         fixed({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5")}),
         {QStringLiteral("admin")}},
        {QStringLiteral("users"),
         fixed({QStringLiteral("users")}),
         {QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("passwd SELF"),
         [](const QString& role, int) {
             return QStringList{QStringLiteral("passwd"), loginOf(role)};
         },
         kRoles},
        {QStringLiteral("passwd OTHER"),
         fixed({QStringLiteral("passwd"), QStringLiteral("u.other")}),
         {QStringLiteral("admin")}},
        {QStringLiteral("backup"),
         [&s](const QString& role, int) {
             return QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                                s.t.file(QStringLiteral("backup-%1.sqlite").arg(role))};
         },
         {QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("restore"), fixed({QStringLiteral("restore"), garbage}), {QStringLiteral("admin")}},
        {QStringLiteral("schedule import"),
         [&s](const QString& role, int) {
             const QString file = s.t.file(QStringLiteral("schedule-%1.csv").arg(role));
             test::writeFile(file, "日期,时段,领导姓名,职务,级别,单位,地点,接访事项\n"
                                   "2027-03-01,上午,王建国,县委副书记,县级,县委,接访室,\n");
             return QStringList{QStringLiteral("schedule"), QStringLiteral("import"), file};
         },
         {QStringLiteral("supervisor"), QStringLiteral("admin")}},
        {QStringLiteral("leader-cases"),
         fixed({QStringLiteral("leader-cases"), QStringLiteral("--format"), QStringLiteral("json")}), kRoles},
        {QStringLiteral("agency-cases"),
         fixed({QStringLiteral("agency-cases"), QStringLiteral("--format"), QStringLiteral("json")}), kRoles},
    };

    int n = 0;
    QStringList matrix{QStringLiteral("command | ") + kRoles.join(QStringLiteral(" | ")) + QStringLiteral(" | system")};
    for (const Row& row : rows) {
        QString line = row.name;
        // On a server restore is pg_restore as the URL's role, the server's business alone (its rights;
        // cmd_backup.cpp): no role is refused there. backup asks the role table there too.
        const bool serverDecides = s.t.db->isServer() && row.name == QLatin1String("restore");
        for (const QString& role : kRoles) {
            const test::Run r =
                runAs(db, loginOf(role), passwordOf(role), row.args(role, ++n), inputFor(row.name, role, intakeJson));
            INFO(row.name.toStdString() << " as " << role.toStdString() << ": " << r.status << " "
                                        << r.err.toStdString());
            const bool allowed = serverDecides || row.allowed.contains(role);
            checkRoleAnswer(r, allowed);
            line +=
                QStringLiteral(" | ") + (allowed ? QStringLiteral("yes(%1)") : QStringLiteral("no(%1)")).arg(r.status);
        }
        // The built-in operator is refused once sign-in is on, whatever the command.
        if (serverDecides) {
            matrix << line + QStringLiteral(" | (server)");
            continue;
        }
        const test::Run sys = runAs(db, {}, {}, row.args(QStringLiteral("system"), ++n),
                                    row.name == QLatin1String("intake") ? intakeJson : QByteArray());
        CHECK(sys.status == 4);
        CHECK(sys.err.contains(QStringLiteral("Sign-in is on")));
        line += QStringLiteral(" | no(%1)").arg(sys.status);
        matrix << line;
    }
    // Nothing a refused role asked for was made.
    CHECK_FALSE(QFile::exists(s.t.file(QStringLiteral("report-mediator.json"))));
    CHECK_FALSE(QFile::exists(s.t.file(QStringLiteral("backup-clerk.sqlite"))));
    if (s.t.db->isServer())
        checkServerBackupWithoutSignIn(s);
    // demo, allowed to the administrator, still refuses a database of real cases.
    CHECK(count(*s.t.db, QStringLiteral("SELECT count(*) FROM cases WHERE origin = 'demo'")) == 0);
    if (qEnvironmentVariableIsSet("OW_PRINT_MATRIX"))
        WARN(matrix.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("demo refuses a database that holds real cases and says what to do")
{
    test::TempDatabase t;
    test::addCase(*t.db, QStringLiteral("A-1"));
    if (!test::serverStore())
        t.db.reset(); // the file closed: its hash is all it holds
    const QByteArray before = test::storeHash(t);
    const test::Run r = runAs(t.path, {}, {}, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("3")});
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("1 real case")));
    CHECK(test::storeHash(t) == before);
    CHECK(count(test::reopen(t), QStringLiteral("SELECT count(*) FROM cases")) == 1);
    // A file of demo cases takes more.
    test::TempDatabase d;
    CHECK(runAs(d.path, {}, {}, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("3")}).status == 0);
    CHECK(runAs(d.path, {}, {}, {QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("3")}).status == 0);
    CHECK(count(*d.db, QStringLiteral("SELECT count(*) FROM cases")) == 6);
}

TEST_CASE("before any password exists an unknown login is refused and nothing is written in its name")
{
    test::TempDatabase t;
    const int before = count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const test::Run r = runAs(t.path, QStringLiteral("nobody"), {}, {QStringLiteral("cases")});
    CHECK(r.status == 4);
    CHECK(r.err.contains(QStringLiteral("There is no active user \"nobody\"")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'nobody'")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    // The built-in operator and existing accounts act without a password while sign-in is off.
    CHECK(runAs(t.path, {}, {}, {QStringLiteral("cases")}).status == 0);
    REQUIRE(UserService(*t.db).save(
        {QStringLiteral("li.clerk"), QStringLiteral("李"), QStringLiteral("clerk"), {}, true, false},
        QStringLiteral("system")));
    CHECK(runAs(t.path, QStringLiteral("li.clerk"), {}, {QStringLiteral("cases")}).status == 0);
}

TEST_CASE("with sign-in on, system and a piped passwd no longer take over the administrator")
{
    SignedInSite s;
    // The attack of issue 14: the built-in operator sets the administrator's password.
    const test::Run takeover = runAs(s.t.path, {}, {}, {QStringLiteral("passwd"), loginOf(QStringLiteral("admin"))},
                                     QByteArray("New-pass-123\n"));
    CHECK(takeover.status == 4);
    CHECK(UserService(*s.t.db).signIn(loginOf(QStringLiteral("admin")), passwordOf(QStringLiteral("admin"))).ok());
    const test::Run unmask =
        runAs(s.t.path, {}, {}, {QStringLiteral("show"), QStringLiteral("A-1"), QStringLiteral("--unmask")});
    CHECK(unmask.status == 4);
    CHECK_FALSE(unmask.out.contains(QStringLiteral("150824")));
    // No password in the environment and no terminal: refused, naming the variable.
    const test::Run none = runAs(s.t.path, loginOf(QStringLiteral("clerk")), {}, {QStringLiteral("cases")});
    CHECK(none.status == 4);
    CHECK(none.err.contains(QStringLiteral("ONEWINDOW_PASSWORD")));
    // A clerk who changes their own password must have signed in with the old one.
    const test::Run own =
        runAs(s.t.path, loginOf(QStringLiteral("clerk")), passwordOf(QStringLiteral("clerk")),
              {QStringLiteral("passwd"), loginOf(QStringLiteral("clerk"))}, QByteArray("clerk-new-2027\n"));
    CHECK(own.status == 0);
    CHECK(UserService(*s.t.db).signIn(loginOf(QStringLiteral("clerk")), QStringLiteral("clerk-new-2027")).ok());
}

TEST_CASE("wrong passwords are answered ever more slowly and lock the login; the lock ends and doubles")
{
    SignedInSite s;
    UserService users(*s.t.db);
    const QString login = loginOf(QStringLiteral("clerk"));
    QElapsedTimer timer;
    QList<qint64> delays;
    for (int i = 0; i < UserService::kFailuresBeforeLock; ++i) {
        timer.start();
        const auto r = users.signIn(login, QStringLiteral("wrong-%1").arg(i));
        delays << timer.elapsed();
        REQUIRE_FALSE(r.ok());
        if (i + 1 == UserService::kFailuresBeforeLock)
            CHECK(r.error().contains(QStringLiteral("已锁定至")));
    }
    WARN("delays of wrong passwords 1-5 (ms): " << QString::number(delays[0]).toStdString() << ", " << delays[1] << ", "
                                                << delays[2] << ", " << delays[3] << ", " << delays[4]);
    // Each answer waits at least its step of the schedule (0.2, 0.4, 0.8, 1.6, 3.2 s) on top of the
    // password check; the last is the slowest.
    for (int i = 0; i < delays.size(); ++i)
        CHECK(delays[i] >= std::min(UserService::kFirstDelayMs << i, UserService::kMaxDelayMs));
    CHECK(delays[4] > delays[0]);
    // Locked: even the right password is refused, with the time the lock ends (about 15 minutes on).
    const QDateTime until = users.lockedUntil(login);
    REQUIRE(until.isValid());
    const qint64 minutes = QDateTime::currentDateTime().secsTo(until) / 60;
    CHECK(minutes >= 14);
    CHECK(minutes <= 15);
    const auto locked = users.signIn(login, passwordOf(QStringLiteral("clerk")));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().contains(until.toString(QStringLiteral("HH:mm"))));
    CHECK(count(*s.t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in_locked'")) == 1);
    CHECK(count(*s.t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in_refused_locked'")) ==
          1);
    // The command line says the same.
    const test::Run cliLocked = runAs(s.t.path, login, passwordOf(QStringLiteral("clerk")), {QStringLiteral("cases")});
    CHECK(cliLocked.status == 4);
    CHECK(
        (cliLocked.err.contains(QStringLiteral("已锁定至")) || cliLocked.err.contains(QStringLiteral("locked until"))));

    // The lock ends (its time set in the past here); five more wrong passwords lock twice as long.
    {
        QSqlQuery q(s.t.db->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE sign_in_failures SET locked_until = '2000-01-01T00:00:00Z'")));
    }
    for (int i = 0; i < UserService::kFailuresBeforeLock; ++i)
        REQUIRE_FALSE(users.signIn(login, QStringLiteral("again-%1").arg(i)).ok());
    const qint64 second = QDateTime::currentDateTime().secsTo(users.lockedUntil(login)) / 60;
    CHECK(second >= 29);
    CHECK(second <= 30);

    // An administrator's new password lifts the lock; the next sign-in tells the user of the locks.
    REQUIRE(users.setPassword(login, QStringLiteral("clerk-after-lock"), loginOf(QStringLiteral("admin"))));
    CHECK_FALSE(users.lockedUntil(login).isValid());
    const test::Run after = runAs(s.t.path, login, QStringLiteral("clerk-after-lock"), {QStringLiteral("cases")});
    CHECK(after.status == 0);
    CHECK(after.err.contains(QStringLiteral("your login was locked")));
    // An unknown login is locked the same way: a lock does not tell which accounts exist.
    for (int i = 0; i < UserService::kFailuresBeforeLock; ++i)
        REQUIRE_FALSE(users.signIn(QStringLiteral("ghost"), QStringLiteral("x")).ok());
    CHECK(users.lockedUntil(QStringLiteral("ghost")).isValid());
}

// On a server the proof is the role that owns the schema instead of the file's owner
// (docs/postgresql.md, "Demo cases and recover-admin on a server").
TEST_CASE("recover-admin needs the flag and the file's owner, is audited, and every administrator is told")
{
    SignedInSite s;
    UserService users(*s.t.db);
    REQUIRE(users.save({QStringLiteral("li.admin2"), QStringLiteral("李二"), QStringLiteral("admin"), {}, true, false},
                       loginOf(QStringLiteral("admin"))));
    REQUIRE(users.setPassword(QStringLiteral("li.admin2"), QStringLiteral("second-admin-1"),
                              loginOf(QStringLiteral("admin"))));
    const QString admin = loginOf(QStringLiteral("admin"));
    const bool server = s.t.db->isServer();
    // Who may recover: the file's owner (this test's user), or on a server a connection as the owner role.
    const QString owner = server ? s.t.server->url(QStringLiteral("ow_owner")) : s.t.path;
    const QString flag = server ? QStringLiteral("--i-own-the-schema") : QStringLiteral("--i-own-the-database-file");
    const QString otherFlag =
        server ? QStringLiteral("--i-own-the-database-file") : QStringLiteral("--i-own-the-schema");
    auto recovered = [&s] {
        return count(*s.t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'admin_recovered'"));
    };

    for (const QStringList& args : {QStringList{QStringLiteral("recover-admin"), admin},
                                    QStringList{QStringLiteral("recover-admin"), admin, otherFlag}}) {
        const test::Run noFlag = runAs(owner, {}, {}, args, QByteArray("Recovered-2026\n"));
        CHECK(noFlag.status == 2);
        CHECK(noFlag.err.contains(flag));
    }
    const test::Run notAdmin =
        runAs(owner, {}, {}, {QStringLiteral("recover-admin"), loginOf(QStringLiteral("clerk")), flag},
              QByteArray("Recovered-2026\n"));
    CHECK(notAdmin.status == 1);
    if (server) {
        // The program's login role is not the owner: refused, naming the owner role, nothing written.
        const test::Run login =
            runAs(s.t.path, {}, {}, {QStringLiteral("recover-admin"), admin, flag}, QByteArray("Recovered-2026\n"));
        CHECK(login.status == 4);
        CHECK(login.err.contains(QStringLiteral("ow_owner")));
        CHECK(login.err.contains(QStringLiteral("ow_app may not")));
    } else {
        // A non-owner is refused (the proof is the file's owner).
        CHECK(UserService::recoveryProof(s.t.file(QStringLiteral("missing.sqlite"))).ok() == false);
    }
    CHECK(recovered() == 0);
    const test::Run ok =
        runAs(owner, {}, {}, {QStringLiteral("recover-admin"), admin, flag}, QByteArray("Recovered-2026\n"));
    INFO(ok.err.toStdString());
    REQUIRE(ok.status == 0);
    CHECK(recovered() == 1);
    if (server)
        CHECK(count(*s.t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'admin_recovered' AND "
                                            "detail LIKE 'server role ow_owner, %'")) == 1);
    // The other administrator hears of it at their next sign-in, on the command line as in the window.
    const test::Run other =
        runAs(s.t.path, QStringLiteral("li.admin2"), QStringLiteral("second-admin-1"), {QStringLiteral("users")});
    CHECK(other.status == 0);
    CHECK(other.err.contains(QStringLiteral("recover-admin")));
    CHECK(other.err.contains(admin));
    // …once: the sign-in after that is quiet.
    const test::Run again =
        runAs(s.t.path, QStringLiteral("li.admin2"), QStringLiteral("second-admin-1"), {QStringLiteral("users")});
    CHECK_FALSE(again.err.contains(QStringLiteral("recover-admin")));
    // The recovered administrator is told as well, and signs in with the new password.
    const auto signedIn = users.signIn(admin, QStringLiteral("Recovered-2026"));
    REQUIRE(signedIn.ok());
    CHECK(users.notices().join(QString()).contains(QStringLiteral("recover-admin")));
}

TEST_CASE("show prints names without terminal escape sequences")
{
    test::TempDatabase t;
    CaseRecord c = test::sampleCase(QStringLiteral("ESC-1"));
    c.parties[0].name = QStringLiteral("张\x1b[2J\x1b]0;pwned\x07三");
    c.summary = QStringLiteral("摘要\x1b[31m红\u202Eabc");
    {
        // Written as a package merge or an old file could hold it (intake itself refuses these).
        WriteTransaction tx(*t.db);
        REQUIRE(tx.active());
        REQUIRE(CaseWriter(*t.db).insert(c));
        REQUIRE(tx.commit());
    }
    const test::Run r = runAs(t.path, {}, {}, {QStringLiteral("show"), QStringLiteral("ESC-1")});
    REQUIRE(r.status == 0);
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    CHECK_FALSE(r.out.contains(QChar(0x07)));
    CHECK_FALSE(r.out.contains(QChar(0x202E)));
    CHECK(r.out.contains(QStringLiteral("张\uFFFD[2J")));
    const test::Run list = runAs(t.path, {}, {}, {QStringLiteral("cases")});
    REQUIRE(list.status == 0);
    CHECK_FALSE(list.out.contains(QChar(0x1b)));
}

TEST_CASE("cases --format csv neutralises a formula in an applicant's name")
{
    test::TempDatabase t;
    CaseRecord c = test::sampleCase(QStringLiteral("CSV-1"));
    c.parties[0].name = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"点击\")");
    {
        WriteTransaction tx(*t.db);
        REQUIRE(tx.active());
        REQUIRE(CaseWriter(*t.db).insert(c));
        REQUIRE(tx.commit());
    }
    const test::Run r =
        runAs(t.path, {}, {}, {QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"点击\"\")\"")));
    CHECK_FALSE(r.out.contains(QStringLiteral(",=HYPERLINK")));
    CHECK_FALSE(r.out.contains(QStringLiteral(",\"=HYPERLINK")));
}
