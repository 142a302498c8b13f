// The configurable lists (vocabulary.md): categories, departments and divisions read from files in
// the bundled format and saved by an administrator; a county not in the bundled data gets its own
// townships and villages.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"

#include "admin/site_setup.h"
#include "storage/reference_data.h"
#include "workflow/reference_lists.h"

#include <QFile>
#include <algorithm>

using namespace ow;

namespace {

QByteArray bundled(const QString& name)
{
    QFile f(QStringLiteral(":/domain/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QList<ReferenceEntry> byCode(QList<ReferenceEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const ReferenceEntry& a, const ReferenceEntry& b) { return a.code < b.code; });
    return entries;
}

int auditEntries(Database& db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reference_list_change'"))
        .toInt();
}

} // namespace

TEST_CASE("the bundled files read back as exactly what a new database holds")
{
    test::TempDatabase t;
    ReferenceListService lists(*t.db);
    for (const auto& [list, file] : {std::pair{ReferenceList::Categories, QStringLiteral("categories.csv")},
                                     std::pair{ReferenceList::Departments, QStringLiteral("departments.csv")},
                                     std::pair{ReferenceList::Divisions, QStringLiteral("divisions.csv")}}) {
        INFO(file.toStdString());
        auto parsed = ReferenceListService::parseCsv(list, bundled(file));
        REQUIRE(parsed);
        CHECK(parsed->size() > 5);
        CHECK(byCode(*parsed) == byCode(lists.entries(list)));
        // Saving them again changes nothing, and leaves no trace.
        auto again = lists.save(list, *parsed, QStringLiteral("system"));
        REQUIRE(again);
        CHECK(again->unchanged == parsed->size());
        CHECK(again->added + again->changed == 0);
    }
    CHECK(auditEntries(*t.db) == 0);
}

TEST_CASE("a county missing from the bundled divisions gets its townships and villages from a file")
{
    // 卓资县 (150921) is in divisions.csv without a single township.
    test::TempDatabase t(
        SiteSetup{QStringLiteral("150921"), QStringLiteral("卓资县社会治理中心"), QStringLiteral("county"), QString()});
    REQUIRE(ReferenceData::load(*t.db).townships().isEmpty());
    ReferenceListService lists(*t.db);
    const QByteArray file = QStringLiteral("code,name_zh,level,parent_code\n"
                                           "150921100001,南村,village,150921100\n"
                                           "150921100,卓资山镇,township,150921\n"
                                           "150921101,旗下营镇,township,150921\n")
                                .toUtf8();
    auto entries = ReferenceListService::parseCsv(ReferenceList::Divisions, file);
    REQUIRE(entries);
    auto saved = lists.save(ReferenceList::Divisions, *entries, QStringLiteral("system"));
    INFO((saved ? QString() : saved.error()).toStdString());
    REQUIRE(saved); // the village before its township in the file: parents are written first
    CHECK(saved->added == 3);
    const ReferenceData reference = ReferenceData::load(*t.db);
    REQUIRE(reference.townships().size() == 2);
    CHECK(reference.divisionName(QStringLiteral("150921100001")) == QStringLiteral("南村"));
    CHECK(reference.childrenOf(QStringLiteral("150921100")).size() == 1);
    CHECK(auditEntries(*t.db) == 1);

    // Renamed: changed in place; cases keep the code.
    ReferenceEntry renamed = entries->at(2);
    renamed.nameZh = QStringLiteral("旗下营镇（更名）");
    saved = lists.save(ReferenceList::Divisions, {renamed}, QStringLiteral("system"));
    REQUIRE(saved);
    CHECK(saved->changed == 1);
    CHECK(ReferenceData::load(*t.db).divisionName(QStringLiteral("150921101")) == QStringLiteral("旗下营镇（更名）"));
}

TEST_CASE("reference entries are refused with the line or code named, and nothing is saved")
{
    test::TempDatabase t;
    ReferenceListService lists(*t.db);
    const auto before = lists.entries(ReferenceList::Divisions);

    auto parsed = ReferenceListService::parseCsv(
        ReferenceList::Divisions, QByteArrayLiteral("code,name_zh,level,parent_code\n150824106,新镇,township,150824\n"
                                                    "1508241,坏码,village,150824106\n"));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().contains(QStringLiteral("3")));
    CHECK(parsed.error().contains(QStringLiteral("1508241")));

    parsed = ReferenceListService::parseCsv(ReferenceList::Divisions,
                                            QByteArrayLiteral("code,name_zh,level\n150824106,新镇,township\n"));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().contains(QStringLiteral("parent_code")));

    parsed = ReferenceListService::parseCsv(ReferenceList::Categories,
                                            QByteArrayLiteral("code,name_zh\nland,土地\nland,土地承包\n"));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().contains(QStringLiteral("land")));

    auto township = [](const QString& code, const QString& parent) {
        ReferenceEntry e;
        e.code = code;
        e.nameZh = QStringLiteral("新镇");
        e.level = QStringLiteral("township");
        e.parentCode = parent;
        return e;
    };
    // A parent that is not there; a parent of a lower level (a township under a village).
    auto refused =
        lists.save(ReferenceList::Divisions, {township(QStringLiteral("150999100"), QStringLiteral("150999"))},
                   QStringLiteral("system"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("150999")));
    ReferenceEntry village = township(QStringLiteral("150824106001"), QStringLiteral("150824100"));
    village.level = QStringLiteral("village");
    refused = lists.save(ReferenceList::Divisions,
                         {village, township(QStringLiteral("150824107"), QStringLiteral("150824106001"))},
                         QStringLiteral("system"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("150824107")));
    test::addUser(*t.db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    CHECK_FALSE(lists.save(ReferenceList::Divisions, {township(QStringLiteral("150824106"), QStringLiteral("150824"))},
                           QStringLiteral("clerk1")));
    CHECK(lists.entries(ReferenceList::Divisions) == before);
    CHECK(auditEntries(*t.db) == 0);
}

TEST_CASE("a department renamed and a category added show wherever the lists are read")
{
    test::TempDatabase t;
    ReferenceListService lists(*t.db);
    ReferenceEntry justice;
    for (const ReferenceEntry& e : lists.entries(ReferenceList::Departments))
        if (e.code == QLatin1String("justice"))
            justice = e;
    REQUIRE(justice.nameZh == QStringLiteral("司法局"));
    justice.nameZh = QStringLiteral("旗司法局");
    REQUIRE(lists.save(ReferenceList::Departments, {justice}, QStringLiteral("system")));
    ReferenceEntry land;
    land.code = QStringLiteral("land_contract");
    land.nameZh = QStringLiteral("土地承包经营");
    REQUIRE(lists.save(ReferenceList::Categories, {land}, QStringLiteral("system")));
    const ReferenceData reference = ReferenceData::load(*t.db);
    CHECK(reference.departmentName(QStringLiteral("justice")) == QStringLiteral("旗司法局"));
    CHECK(reference.categories.last().code == QStringLiteral("land_contract"));
    CHECK(reference.findCategory(QStringLiteral("土地承包经营")) == QStringLiteral("land_contract"));
}

TEST_CASE("departments are listed in the bundled order, then as added; a renamed one keeps its place, on either "
          "store")
{
    test::TempDatabase t;
    ReferenceListService lists(*t.db);
    auto codes = [](const QList<ReferenceEntry>& entries) {
        QStringList out;
        for (const ReferenceEntry& e : entries)
            out << e.code;
        return out;
    };
    auto parsed =
        ReferenceListService::parseCsv(ReferenceList::Departments, bundled(QStringLiteral("departments.csv")));
    REQUIRE(parsed);
    QStringList expected = codes(*parsed);
    REQUIRE(expected.first() == QStringLiteral("petition")); // the windows first, not by code
    ReferenceEntry justice;
    for (const ReferenceEntry& e : lists.entries(ReferenceList::Departments))
        if (e.code == QLatin1String("justice"))
            justice = e;
    justice.nameZh = QStringLiteral("旗司法局");
    REQUIRE(lists.save(ReferenceList::Departments, {justice}, QStringLiteral("system")));
    ReferenceEntry added;
    added.code = QStringLiteral("a_grid_office"); // first by code, yet added last
    added.nameZh = QStringLiteral("网格管理办公室");
    added.presence = QStringLiteral("resident");
    REQUIRE(lists.save(ReferenceList::Departments, {added}, QStringLiteral("system")));
    expected << added.code;
    CHECK(codes(lists.entries(ReferenceList::Departments)) == expected);
    QStringList loaded;
    for (const NamedCode& d : ReferenceData::load(*t.db).departments)
        loaded << d.code;
    CHECK(loaded == expected);
}
