// Two desks on one of the editable lists (the mediator roster, the rooms, the routing rules, the
// leaders' reception days): the second save or removal over the first desk's change is refused,
// naming who changed the row and when, and writes nothing (docs/postgresql.md, "Concurrency").
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include "mechanisms/reception.h"
#include "mediation/case_access.h"
#include "mediation/roster.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/store_location.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "workflow/routing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString sys = u"system"_s;
// Desk B's user, whose display name the refusal gives.
const QString deskBLogin = u"zhang.zr"_s;
const QString deskBName = u"张主任"_s;

const char* const kSaved = "%1 saved %2 at %3 while you had the list open. Nothing of yours was saved; close the "
                           "list and open it again to see their version, then make your change again.";
const char* const kDeleted = "%1 deleted %2 at %3 while you had the list open. Nothing of yours was saved; close the "
                             "list and open it again to see it as it is now.";
const char* const kNotRemoved = "%1 saved %2 at %3 while you had the list open, so it was not removed. Close the "
                                "list and open it again to see their version, then remove it again if it should "
                                "still go.";

// Desk B: a second connection to the same database (a file, or the server's database).
DatabasePtr openDesk(const test::TempDatabase& t)
{
    auto db = test::serverStore() ? Database::openServer(*parseStoreLocation(t.server->url())) : Database::open(t.path);
    REQUIRE(db);
    return std::move(*db);
}

void addDeskBUser(Database& db)
{
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO users(id, login, display_name, role, site_code, created_at, updated_at) "
              u"VALUES(?,?,?,?,?,?,?)"_s);
    for (const QVariant& v :
         QVariantList{newUuid(), deskBLogin, deskBName, u"supervisor"_s, db.siteCode(), utcNow(), utcNow()})
        q.addBindValue(v);
    REQUIRE(q.exec());
}

QString text(Database& db, const QString& sql, const QString& bind)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// The refusal the user should read: `message` with desk B's name, the row and the time of the audit
// log's last entry on it, as the user's clock shows it.
QString expected(Database& db, const char* message, const QString& what, const QString& entity, const QString& id)
{
    const QString at = text(db,
                            u"SELECT at FROM audit_log WHERE entity = '"_s + entity +
                                u"' AND entity_id = ? ORDER BY seq DESC LIMIT 1"_s,
                            id);
    REQUIRE_FALSE(at.isEmpty());
    const QString when = QDateTime::fromString(at, Qt::ISODate).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    return QCoreApplication::translate("RowVersions", message).arg(deskBName, what, when);
}

} // namespace

TEST_CASE("two desks on one mediator and one room: the second save is refused, naming who and when")
{
    test::TempDatabase t;
    addDeskBUser(*t.db);
    Mediator m;
    m.name = u"王调解"_s;
    m.organization = u"海流图镇人民调解委员会"_s;
    REQUIRE(RosterService(*t.db).saveMediator(m, sys));
    MediationRoom r;
    r.name = u"调解室一"_s;
    REQUIRE(RosterService(*t.db).saveRoom(r, sys));
    auto other = openDesk(t);

    // Both desks read the lists; desk B saves first.
    Mediator mine = RosterService(*t.db).mediators().first();
    Mediator theirs = RosterService(*other).mediators().first();
    MediationRoom myRoom = RosterService(*t.db).rooms().first();
    MediationRoom theirRoom = RosterService(*other).rooms().first();
    CHECK(mine.rowVersion == 1);
    theirs.phone = u"13900001111"_s;
    REQUIRE(RosterService(*other).saveMediator(theirs, deskBLogin));
    theirRoom.name = u"调解室（二楼）"_s;
    REQUIRE(RosterService(*other).saveRoom(theirRoom, deskBLogin));

    const QByteArray before = test::storeHash(t);
    const int audits = count(*t.db, u"SELECT COUNT(*) FROM audit_log"_s);
    mine.organization = u"县人民调解委员会"_s;
    const auto refused = RosterService(*t.db).saveMediator(mine, sys);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() ==
          expected(*t.db, kSaved, Mediation::tr("the mediator %1").arg(mine.name), u"mediator"_s, mine.id));
    myRoom.name = u"一号调解室"_s;
    const auto roomRefused = RosterService(*t.db).saveRoom(myRoom, sys);
    REQUIRE_FALSE(roomRefused);
    CHECK(roomRefused.error() ==
          expected(*t.db, kSaved, Mediation::tr("the room %1").arg(myRoom.name), u"mediation_room"_s, myRoom.id));
    CHECK(test::storeHash(t) == before);
    CHECK(count(*t.db, u"SELECT COUNT(*) FROM audit_log"_s) == audits);
    const Mediator kept = RosterService(*t.db).mediators().first();
    CHECK(kept.phone == theirs.phone);
    CHECK(kept.organization == m.organization);
    CHECK(RosterService(*t.db).rooms().first().name == theirRoom.name);

    // Read again, desk A's change goes in.
    Mediator again = RosterService(*t.db).mediators().first();
    again.organization = u"县人民调解委员会"_s;
    REQUIRE(RosterService(*t.db).saveMediator(again, sys));
    CHECK(RosterService(*other).mediators().first().organization == again.organization);
    CHECK(RosterService(*other).mediators().first().phone == theirs.phone);
}

TEST_CASE("two desks on one routing rule: a save or removal over the other's change is refused; a removed "
          "rule is said to be removed")
{
    test::TempDatabase t;
    addDeskBUser(*t.db);
    const ReferenceData rd = ReferenceData::load(*t.db);
    REQUIRE(rd.departments.size() >= 2);
    // 邻里 has no bundled rule (resources/domain/routing.csv).
    RoutingRule rule;
    rule.category = rd.findCategory(u"邻里"_s).value();
    rule.lead = rd.departments[0].code;
    rule.note = u"默认"_s;
    const auto added = RoutingService(*t.db).saveRule(rule, sys);
    REQUIRE(added);
    CHECK(added->rowVersion == 1);
    auto ruleOf = [&added](Database& db) {
        for (const RoutingRule& r : RoutingService(db).rules())
            if (r.id == added->id)
                return r;
        return RoutingRule{};
    };
    auto other = openDesk(t);
    RoutingRule mine = ruleOf(*t.db);
    RoutingRule theirs = ruleOf(*other);
    CHECK(mine.rowVersion == 1);
    theirs.note = u"由B窗口改过"_s;
    REQUIRE(RoutingService(*other).saveRule(theirs, deskBLogin));

    auto label = [&rd, &added](const QString& lead) {
        return RoutingService::tr("the routing rule %1 → %2")
            .arg(rd.categoryName(added->category), rd.departmentName(lead));
    };
    const QString what = label(rule.lead);
    const QByteArray before = test::storeHash(t);
    const RoutingRule asRead = mine;
    mine.lead = rd.departments[1].code;
    const auto refused = RoutingService(*t.db).saveRule(mine, sys);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == expected(*t.db, kSaved, label(rd.departments[1].code), u"routing_rule"_s, mine.id));
    const Status notRemoved = RoutingService(*t.db).removeRule(asRead, sys);
    REQUIRE_FALSE(notRemoved);
    CHECK(notRemoved.error() == expected(*t.db, kNotRemoved, what, u"routing_rule"_s, mine.id));
    CHECK(test::storeHash(t) == before);
    CHECK(ruleOf(*t.db).note == theirs.note);
    CHECK(ruleOf(*t.db).lead == rule.lead);

    // Desk B removes the rule (at the version it saved); desk A's save of its old form is told so.
    const RoutingRule latest = ruleOf(*other);
    REQUIRE(RoutingService(*other).removeRule(latest, deskBLogin));
    mine.lead = rule.lead;
    mine.rowVersion = latest.rowVersion;
    const auto gone = RoutingService(*t.db).saveRule(mine, sys);
    REQUIRE_FALSE(gone);
    CHECK(gone.error() == expected(*t.db, kDeleted, what, u"routing_rule"_s, mine.id));
    CHECK(ruleOf(*t.db).id.isEmpty());
}

TEST_CASE("two desks on one reception day: a save or removal over the other's change is refused; a removed "
          "day is said to be removed")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(10, 0)));
    addDeskBUser(*t.db);
    ReceptionService s(*t.db);
    auto leader = s.saveLeader({{}, u"王建国"_s, u"县委副书记"_s, u"county"_s, u"县委"_s, {}, true}, sys);
    REQUIRE(leader);
    REQUIRE(s.saveDay({{}, leader->id, QDate(2027, 3, 8), u"am"_s, u"接访室"_s, {}, {}, {}, {}, {}}, sys));
    auto other = openDesk(t);
    const QDate from(2027, 3, 1), to(2027, 3, 31);
    ReceptionDay mine = s.days(from, to).first();
    ReceptionDay theirs = ReceptionService(*other).days(from, to).first();
    CHECK(mine.rowVersion == 1);
    theirs.topics = u"土地征收"_s;
    REQUIRE(ReceptionService(*other).saveDay(theirs, deskBLogin));

    const QString what = ReceptionService::tr("the reception of %1 on %2 (%3)")
                             .arg(u"王建国"_s, i18n::locale().toString(mine.day, QLocale::LongFormat),
                                  QCoreApplication::translate("ow::mechanisms", "Morning"));
    const QByteArray before = test::storeHash(t);
    const ReceptionDay asRead = mine;
    mine.place = u"二楼接访室"_s;
    const auto refused = s.saveDay(mine, sys);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == expected(*t.db, kSaved, what, u"reception_day"_s, mine.id));
    const Status notRemoved = s.removeDay(asRead, sys);
    REQUIRE_FALSE(notRemoved);
    CHECK(notRemoved.error() == expected(*t.db, kNotRemoved, what, u"reception_day"_s, mine.id));
    CHECK(test::storeHash(t) == before);
    REQUIRE(s.days(from, to).size() == 1);
    CHECK(s.days(from, to).first().place == u"接访室"_s);
    CHECK(s.days(from, to).first().topics == theirs.topics);

    // Desk B removes the day; desk A's save of its old form is told it was removed.
    REQUIRE(ReceptionService(*other).removeDay(ReceptionService(*other).days(from, to).first(), deskBLogin));
    mine.rowVersion = 2;
    const auto gone = s.saveDay(mine, sys);
    REQUIRE_FALSE(gone);
    CHECK(gone.error() == expected(*t.db, kDeleted, what, u"reception_day"_s, mine.id));
    CHECK(s.days(from, to).isEmpty());
}
