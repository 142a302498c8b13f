// Search: 1-, 2- and 3-character Chinese terms, partial phone and ID numbers, case numbers and
// one-case codes, and cases written by a ledger import (CaseWriter) found without a rebuild.
#include "support/catch.h"
#include "support/fixtures.h"
#include "workflow_helpers.h"

#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "storage/migrations.h"
#include "storage/search_index.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ow;
using namespace ow::test;

namespace {
QStringList found(Database& db, const QString& term)
{
    CaseFilter f;
    f.search = term;
    QStringList out;
    for (const CaseListRow& r : CaseStore(db).page(f, std::nullopt, 100))
        out << r.applicant;
    out.sort();
    return out;
}
} // namespace

TEST_CASE("the match expression splits Chinese into characters and numbers into positions")
{
    CHECK(search::matchExpression(QStringLiteral("王芳")) == QStringLiteral("\"王 芳\""));
    CHECK(search::matchExpression(QStringLiteral("5678")) == QStringLiteral("\"567 678\""));
    CHECK(search::matchExpression(QStringLiteral("78")) == QStringLiteral("\"78\"*"));
    CHECK(search::matchExpression(QStringLiteral("王芳 土地")) == QStringLiteral("\"王 芳\" AND \"土 地\""));
    CHECK(search::matchExpression(QStringLiteral("\"*()")).isEmpty());
    CHECK(search::indexText({QStringLiteral("王芳"), QStringLiteral("A1234")}) ==
          QStringLiteral("王 芳 a12 123 234 34 4"));
}

TEST_CASE("Chinese terms of 1, 2 and 3 characters and partial phone numbers find their cases")
{
    TempDatabase t;
    Database& db = *t.db;
    auto add = [&](const char* name, const char* phone, const char* summary) {
        IntakeRequest r = neighbourDispute();
        r.parties[0].name = QString::fromUtf8(name);
        r.parties[0].idNumber.clear();
        r.parties[0].phone = QString::fromUtf8(phone);
        r.parties[1].name = QStringLiteral("对方");
        r.summary = QString::fromUtf8(summary);
        return registerCase(db, r);
    };
    const CaseRecord a = add("王芳", "13847812345", "宅基地边界纠纷");
    add("张建国", "13900001111", "婚姻家庭矛盾，涉及子女抚养");
    add("王建", "0478-8123456", "土地承包合同纠纷");

    CHECK(found(db, QStringLiteral("王")) == QStringList{QStringLiteral("王建"), QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("王芳")) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("建国")) == QStringList{QStringLiteral("张建国")});
    CHECK(found(db, QStringLiteral("建")) == QStringList{QStringLiteral("张建国"), QStringLiteral("王建")});
    CHECK(found(db, QStringLiteral("婚姻")) == QStringList{QStringLiteral("张建国")});
    CHECK(found(db, QStringLiteral("宅基地")) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("纠纷")) == QStringList{QStringLiteral("王建"), QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("地纠")).isEmpty()); // not adjacent anywhere
    CHECK(found(db, QStringLiteral("土地")) == QStringList{QStringLiteral("王建")});
    CHECK(found(db, QStringLiteral("2345")) == QStringList{QStringLiteral("王建"), QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("7812345")) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("1384781")) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("0001111")) == QStringList{QStringLiteral("张建国")});
    CHECK(found(db, QStringLiteral("8123456")) == QStringList{QStringLiteral("王建")});
    CHECK(found(db, QStringLiteral("0478-812")) == QStringList{QStringLiteral("王建")});
    CHECK(found(db, QStringLiteral("99999")).isEmpty());
    CHECK(found(db, QStringLiteral("第0001号")) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, a.caseNo) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, a.oneCaseCode()) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, a.oneCaseCode().left(5).toLower()) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, a.id) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("王 纠纷")) == QStringList{QStringLiteral("王建"), QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("（")).isEmpty());
}

TEST_CASE("ID numbers are found by a part and cases written by CaseWriter are indexed too")
{
    TempDatabase t;
    Database& db = *t.db;
    registerCase(db, neighbourDispute());
    CHECK(found(db, QStringLiteral("19800101")) == QStringList{QStringLiteral("王芳")});
    CHECK(found(db, QStringLiteral("0010")) == QStringList{QStringLiteral("王芳")});
    {
        // As a ledger import writes: CaseWriter in a transaction, no explicit indexing.
        WriteTransaction tx(db);
        CaseRecord c;
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = QStringLiteral("neighbor");
        c.townshipCode = QStringLiteral("150824101");
        c.summary = QStringLiteral("草场围栏纠纷");
        c.status = QStringLiteral("closed");
        c.receivedOn = QDate(2024, 5, 7);
        c.endedOn = QDate(2024, 6, 1);
        c.parties << Party{{},
                           QStringLiteral("applicant"),
                           QStringLiteral("person"),
                           QStringLiteral("巴特尔"),
                           {},
                           {},
                           QStringLiteral("15047800000"),
                           {}};
        REQUIRE(CaseWriter(db).insert(c).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(found(db, QStringLiteral("巴特")) == QStringList{QStringLiteral("巴特尔")});
    CHECK(found(db, QStringLiteral("围栏")) == QStringList{QStringLiteral("巴特尔")});
    // A changed party name is found under the new name only.
    {
        WriteTransaction tx(db);
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE parties SET name = '其木格' WHERE name = '巴特尔'")));
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET applicant_name = '其木格' WHERE applicant_name = '巴特尔'")));
        REQUIRE(tx.commit().ok());
    }
    CHECK(found(db, QStringLiteral("巴特")).isEmpty());
    CHECK(found(db, QStringLiteral("木格")) == QStringList{QStringLiteral("其木格")});
    REQUIRE(search::rebuild(db).ok());
    CHECK(found(db, QStringLiteral("木格")) == QStringList{QStringLiteral("其木格")});
}

TEST_CASE("a version 1 database with cases is indexed when it is migrated to version 2")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    auto raw = Database::openRaw(path);
    REQUIRE(raw.ok());
    Database& db = **raw;
    REQUIRE(migrate(db, 1).ok());
    {
        WriteTransaction tx(db);
        QSqlQuery q(db.sql());
        const QString now = utcNow();
        REQUIRE(q.exec(QStringLiteral("INSERT INTO settings VALUES('site_code', '150824')")));
        for (const QString& sql :
             {QStringLiteral(
                  "INSERT INTO categories(id, code, name_zh, site_code, created_at, updated_at) VALUES('c1', "
                  "'neighbor', '邻里', '150824', '%1', '%1')"),
              QStringLiteral("INSERT INTO divisions(id, code, name_zh, level, site_code, created_at, updated_at) "
                             "VALUES('d1', '150824100', '海流图镇', 'township', '150824', '%1', '%1')")})
            REQUIRE(q.exec(sql.arg(now)));
        CaseRecord c;
        c.caseNo = QStringLiteral("（2020）乌中矛调字第0007号");
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = QStringLiteral("neighbor");
        c.townshipCode = QStringLiteral("150824100");
        c.summary = QStringLiteral("牧场围栏纠纷");
        c.status = QStringLiteral("closed");
        c.receivedOn = QDate(2020, 5, 7);
        c.endedOn = QDate(2020, 6, 1);
        c.parties << Party{
            {}, QStringLiteral("applicant"), QStringLiteral("person"), QStringLiteral("乌日娜"), {}, {}, {}, {}};
        REQUIRE(CaseWriter(db).insert(c).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(db.userVersion() == 1);
    REQUIRE(migrate(db).ok());
    CHECK(db.userVersion() >= 2);
    CHECK(found(db, QStringLiteral("日娜")) == QStringList{QStringLiteral("乌日娜")});
    CHECK(found(db, QStringLiteral("围栏")) == QStringList{QStringLiteral("乌日娜")});
}
