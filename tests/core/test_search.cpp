// Search: 1-, 2- and 3-character Chinese terms, partial phone and ID numbers, case numbers and
// one-case codes, and cases written by a ledger import (CaseWriter) found without a rebuild; the
// index and query tokenizers agree on random text (seeded property tests).
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/fts_document.h"
#include "workflow_helpers.h"

#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "storage/migrations.h"
#include "storage/search_index.h"
#include "util/text.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <random>
#include <sqlite3.h>

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
                           {},
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

TEST_CASE("a version 1 database with cases is indexed when it is migrated to version 2", "[sqlite]")
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
            {}, QStringLiteral("applicant"), QStringLiteral("person"), QStringLiteral("乌日娜"), {}, {}, {}, {}, {}};
        // CaseWriter writes today's columns: the one a later schema added to parties (11, whose
        // step finds it there and leaves it).
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE parties ADD COLUMN legal_representative TEXT")));
        REQUIRE(CaseWriter(db).insert(c).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(db.userVersion() == 1);
    REQUIRE(migrate(db).ok());
    CHECK(db.userVersion() >= 2);
    CHECK(found(db, QStringLiteral("日娜")) == QStringList{QStringLiteral("乌日娜")});
    CHECK(found(db, QStringLiteral("围栏")) == QStringList{QStringLiteral("乌日娜")});
}

// The index tokenizer (indexText, the bulk path's appendIndexText) and the query tokenizer
// (matchExpression) are two pieces of code that must cut text the same way: a term typed into the
// search box is found in a case exactly when the case contains it.
TEST_CASE("property: every part of an indexed text that a user could type finds it (seeded, 600 texts)", "[sqlite]")
{
    OneDocument doc;
    // Chinese, ASCII letters and digits in both widths and cases, a character beyond U+FFFF, and
    // the separators of names, numbers and case numbers.
    const QStringList alphabet{
        QStringLiteral("王"), QStringLiteral("芳"), QStringLiteral("纠"), QStringLiteral("纷"), QStringLiteral("𠀀"),
        QStringLiteral("a"),  QStringLiteral("B"),  QStringLiteral("x"),  QStringLiteral("Ｚ"), QStringLiteral("1"),
        QStringLiteral("2"),  QStringLiteral("0"),  QStringLiteral("９"), QStringLiteral("-"),  QStringLiteral(" "),
        QStringLiteral("（"), QStringLiteral("）"), QStringLiteral("·"),  QStringLiteral("，"),
    };
    std::mt19937 rng(16);
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    qint64 queries = 0;
    for (int iteration = 0; iteration < 600; ++iteration) {
        QStringList fields;
        QList<QStringList> parts; // each field as its characters
        for (int f = 0, nf = 1 + pick(3); f < nf; ++f) {
            QStringList chars;
            for (int k = 0, nk = 1 + pick(14); k < nk; ++k)
                chars << alphabet[pick(int(alphabet.size()))];
            parts << chars;
            fields << chars.join(QString());
        }
        doc.index(search::indexText(fields));
        for (const QStringList& chars : parts)
            for (qsizetype from = 0; from < chars.size(); ++from)
                for (qsizetype to = from + 1; to <= chars.size(); ++to) {
                    const QString typed = chars.mid(from, to - from).join(QString());
                    const QString expression = search::matchExpression(typed);
                    if (expression.isEmpty())
                        continue; // only separators: nothing to search for
                    ++queries;
                    if (!doc.finds(expression)) {
                        INFO("fields: " << fields.join(QStringLiteral(" | ")).toStdString());
                        INFO("indexed as: " << search::indexText(fields).toStdString());
                        INFO("typed: \"" << typed.toStdString() << "\" → " << expression.toStdString());
                        FAIL("a part of the text does not find it");
                    }
                }
    }
    INFO(queries << " queries");
    CHECK(queries > 30000);
}

TEST_CASE("property: a term without separators finds a text exactly when the text contains it (seeded)", "[sqlite]")
{
    OneDocument doc;
    // Few characters, so that most random terms are in the text and many are not.
    const QStringList alphabet{QStringLiteral("王"), QStringLiteral("芳"), QStringLiteral("a"), QStringLiteral("Ａ"),
                               QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("１")};
    auto folded = [](const QString& s) { return text::normalized(s).toLower(); };
    std::mt19937 rng(7);
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    int found = 0, notFound = 0;
    for (int iteration = 0; iteration < 1500; ++iteration) {
        QString text;
        for (int k = 0, nk = 1 + pick(12); k < nk; ++k)
            text += alphabet[pick(int(alphabet.size()))];
        doc.index(search::indexText({text}));
        for (int q = 0; q < 20; ++q) {
            QString term;
            for (int k = 0, nk = 1 + pick(5); k < nk; ++k)
                term += alphabet[pick(int(alphabet.size()))];
            const bool contains = folded(text).contains(folded(term));
            const bool finds = doc.finds(search::matchExpression(term));
            if (finds != contains) {
                INFO("text \"" << text.toStdString() << "\" indexed as " << search::indexText({text}).toStdString());
                INFO("term \"" << term.toStdString() << "\" → " << search::matchExpression(term).toStdString());
                CHECK(finds == contains);
            }
            (contains ? found : notFound) += 1;
        }
    }
    INFO(found << " terms in their text, " << notFound << " not");
    CHECK(found > 3000);
    CHECK(notFound > 3000);
}
