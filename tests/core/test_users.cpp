// Users, roles and sign-in: accounts kept by administrators only, Argon2id passwords, the rule
// that an administrator always keeps access, and every sign-in (good or bad) in the audit log.
#include "support/catch.h"
#include "support/fixtures.h"

#include "security/audit.h"
#include "security/users.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QSysInfo>

using namespace ow;
using namespace ow::test;

namespace {

int auditCount(Database& db, const QString& action)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    q.exec();
    q.next();
    return q.value(0).toInt();
}

UserAccount account(const char* login, const char* name, const char* role, const char* department = "")
{
    return {QString::fromUtf8(login),
            QString::fromUtf8(name),
            QString::fromLatin1(role),
            QString::fromLatin1(department),
            true,
            false};
}

const QString kSystem = QStringLiteral("system");

// REQUIRE that a service call succeeded, showing its message when it did not.
#define REQUIRE_OK(call)                                                                                               \
    do {                                                                                                               \
        const auto result_ = (call);                                                                                   \
        INFO(result_.error().toStdString());                                                                           \
        REQUIRE(result_.ok());                                                                                         \
    } while (false)

} // namespace

TEST_CASE("a new database needs no sign-in and lists no accounts but its operator")
{
    TempDatabase t;
    UserService users(*t.db);
    CHECK_FALSE(users.signInRequired());
    CHECK(users.list().isEmpty());
    auto system = actorFor(*t.db, kSystem);
    REQUIRE(system.ok());
    CHECK(system->isAdministrator());
}

TEST_CASE("an administrator adds accounts; the first password must be an administrator's")
{
    TempDatabase t;
    UserService users(*t.db);
    REQUIRE_OK(users.save(account("wang.admin", "王建华", "admin"), kSystem));
    REQUIRE_OK(users.save(account("li.clerk", "李娜", "clerk", "petition"), kSystem));

    const QList<UserAccount> list = users.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].login == QStringLiteral("li.clerk"));
    CHECK(list[0].displayName == QStringLiteral("李娜"));
    CHECK(list[0].department == QStringLiteral("petition"));
    CHECK_FALSE(list[0].hasPassword);

    // A clerk with a password while no administrator has one would lock the accounts away.
    Status early = users.setPassword(QStringLiteral("li.clerk"), QStringLiteral("clerkpass1"), kSystem);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("管理员")));
    CHECK_FALSE(users.signInRequired());

    REQUIRE_OK(users.setPassword(QStringLiteral("wang.admin"), QStringLiteral("admin-pass-2026"), kSystem));
    CHECK(users.signInRequired());
    REQUIRE_OK(users.setPassword(QStringLiteral("li.clerk"), QStringLiteral("clerkpass1"), kSystem));
    CHECK(auditCount(*t.db, QStringLiteral("password_set")) == 2);
    CHECK(auditCount(*t.db, QStringLiteral("user_add")) == 2);

    // The stored value is an Argon2id hash, never the password.
    QSqlQuery q(t.db->sql());
    q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'li.clerk'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("clerkpass1")));
}

TEST_CASE("sign-in checks the password and logs every attempt")
{
    TempDatabase t;
    UserService users(*t.db);
    REQUIRE_OK(users.save(account("wang.admin", "王建华", "admin"), kSystem));
    REQUIRE_OK(users.save(account("zhao.med", "赵敏", "mediator", "justice"), kSystem));
    REQUIRE_OK(users.setPassword(QStringLiteral("wang.admin"), QStringLiteral("admin-pass-2026"), kSystem));
    REQUIRE_OK(users.setPassword(QStringLiteral("zhao.med"), QStringLiteral("tiaojie-2026"), kSystem));

    auto wrong = users.signIn(QStringLiteral("zhao.med"), QStringLiteral("tiaojie-2025"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("用户名或密码不正确")));
    auto unknown = users.signIn(QStringLiteral("nobody"), QStringLiteral("tiaojie-2026"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error() == wrong.error()); // no hint which of the two was wrong
    CHECK(auditCount(*t.db, QStringLiteral("sign_in_failed")) == 2);

    auto ok = users.signIn(QStringLiteral(" zhao.med "), QStringLiteral("tiaojie-2026"));
    REQUIRE(ok.ok());
    CHECK(ok->displayName == QStringLiteral("赵敏"));
    CHECK(ok->role == QStringLiteral("mediator"));
    CHECK(ok->department == QStringLiteral("justice"));
    CHECK(ok->maySeePersonalData());
    CHECK_FALSE(ok->isSupervisor());
    CHECK(auditCount(*t.db, QStringLiteral("sign_in")) == 1);
    // Each sign-in, and each failed one, names the desk (computer) it came from.
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT action, detail FROM audit_log WHERE action IN ('sign_in', "
                                      "'sign_in_failed') ORDER BY seq")));
        int named = 0;
        while (q.next()) {
            INFO(q.value(0).toString().toStdString() << ": " << q.value(1).toString().toStdString());
            CHECK(q.value(1).toString() == QStringLiteral("desk ") + QSysInfo::machineHostName());
            ++named;
        }
        CHECK(named == 3);
    }
    CHECK(verifyAuditChain(*t.db).firstBrokenSeq == -1);

    // A deactivated account cannot sign in any more, even with the right password.
    UserAccount off = account("zhao.med", "赵敏", "mediator", "justice");
    off.active = false;
    REQUIRE_OK(users.save(off, QStringLiteral("wang.admin")));
    CHECK_FALSE(users.signIn(QStringLiteral("zhao.med"), QStringLiteral("tiaojie-2026")).ok());
}

TEST_CASE("only administrators manage accounts; users change their own password with the old one")
{
    TempDatabase t;
    UserService users(*t.db);
    REQUIRE_OK(users.save(account("wang.admin", "王建华", "admin"), kSystem));
    REQUIRE_OK(users.save(account("li.clerk", "李娜", "clerk"), kSystem));
    REQUIRE_OK(users.setPassword(QStringLiteral("wang.admin"), QStringLiteral("admin-pass-2026"), kSystem));
    REQUIRE_OK(users.setPassword(QStringLiteral("li.clerk"), QStringLiteral("clerkpass1"), kSystem));

    Status refused = users.save(account("sun.x", "孙晓", "clerk"), QStringLiteral("li.clerk"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("只有管理员")));
    CHECK(users.list().size() == 2);
    CHECK_FALSE(
        users.setPassword(QStringLiteral("wang.admin"), QStringLiteral("taken-over-1"), QStringLiteral("li.clerk"))
            .ok());

    Status badOld = users.setPassword(QStringLiteral("li.clerk"), QStringLiteral("newclerk22"),
                                      QStringLiteral("li.clerk"), QStringLiteral("guess-1234"));
    REQUIRE_FALSE(badOld.ok());
    CHECK(badOld.error().contains(QStringLiteral("当前密码不正确")));
    Status shortOne = users.setPassword(QStringLiteral("li.clerk"), QStringLiteral("short"), QStringLiteral("li.clerk"),
                                        QStringLiteral("clerkpass1"));
    REQUIRE_FALSE(shortOne.ok());
    CHECK(shortOne.error().contains(QStringLiteral("8")));
    REQUIRE(users
                .setPassword(QStringLiteral("li.clerk"), QStringLiteral("newclerk22"), QStringLiteral("li.clerk"),
                             QStringLiteral("clerkpass1"))
                .ok());
    CHECK(users.signIn(QStringLiteral("li.clerk"), QStringLiteral("newclerk22")).ok());
    CHECK_FALSE(users.signIn(QStringLiteral("li.clerk"), QStringLiteral("clerkpass1")).ok());
}

TEST_CASE("account input is checked and the last administrator with a password stays")
{
    TempDatabase t;
    UserService users(*t.db);
    CHECK(users.save(account("system", "系统", "admin"), kSystem).error().contains(QStringLiteral("system")));
    CHECK(users.save(account("王", "王", "clerk"), kSystem).error().contains(QStringLiteral("不符合要求")));
    CHECK(users.save(account("wu.n", "", "clerk"), kSystem).error().contains(QStringLiteral("姓名")));
    CHECK(users.save(account("wu.n", "吴宁", "system"), kSystem).error().contains(QStringLiteral("角色")));
    CHECK(users.save(account("wu.n", "吴宁", "clerk", "no-such"), kSystem).error().contains(QStringLiteral("no-such")));
    CHECK(users.list().isEmpty());

    REQUIRE_OK(users.save(account("wang.admin", "王建华", "admin"), kSystem));
    REQUIRE_OK(users.setPassword(QStringLiteral("wang.admin"), QStringLiteral("admin-pass-2026"), kSystem));
    UserAccount demoted = account("wang.admin", "王建华", "supervisor");
    Status s = users.save(demoted, QStringLiteral("wang.admin"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("管理员")));
    REQUIRE(users.list().size() == 1);
    CHECK(users.list()[0].role == QStringLiteral("admin"));
}
