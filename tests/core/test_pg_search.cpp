// Search on PostgreSQL (storage/pg_search.h): the documents, patterns and condition without a
// server; a seeded property test that a pattern is in a document exactly when the SQLite FTS5 index
// finds it; and on a real PostgreSQL database, the same sample cases found for the same terms as
// by the SQLite case list.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/fts_document.h"
#include "support/pg_test_db.h"
#include "workflow_helpers.h"

#include "exchange/server_copy.h"
#include "reports/demo_data.h"
#include "storage/case_store.h"
#include "storage/pg_search.h"
#include "storage/search_index.h"
#include "storage/store_location.h"

#include <QSqlError>
#include <QSqlQuery>
#include <random>

using namespace ow;
using namespace ow::test;

TEST_CASE("a PostgreSQL search document marks letter/digit runs and lists its characters and pairs")
{
    const pgsearch::Document d = pgsearch::document({QStringLiteral("王芳"), QStringLiteral("A1-23"), {}});
    CHECK(d.body == QStringLiteral("王芳[a1][23]"));
    CHECK(d.grams == QStringList{QStringLiteral("王"), QStringLiteral("王芳"), QStringLiteral("芳")});
    CHECK(d.quads.isEmpty());
    // Every 4 digits in a row of a digit run, once; letters and run marks end a stretch.
    CHECK(pgsearch::document({QStringLiteral("138 4781"), QStringLiteral("x12345y0478")}).quads ==
          QStringList{QStringLiteral("0478"), QStringLiteral("1234"), QStringLiteral("2345"), QStringLiteral("4781")});
    // Fullwidth and upper-case letters are folded as on SQLite; separators vanish.
    CHECK(pgsearch::document({QStringLiteral("（２０２４）乌调字第Ｘ１号")}).body ==
          QStringLiteral("[2024]乌调字第[x1]号"));
}

TEST_CASE("what a user types becomes one pattern per word, runs open where the document may continue")
{
    CHECK(pgsearch::patterns(QStringLiteral("王芳")) == QStringList{QStringLiteral("王芳")});
    CHECK(pgsearch::patterns(QStringLiteral("1380")) == QStringList{QStringLiteral("1380")});
    CHECK(pgsearch::patterns(QStringLiteral("（2024）乌调字第000123号")) ==
          QStringList{QStringLiteral("2024]乌调字第[000123]号")});
    CHECK(pgsearch::patterns(QStringLiteral("0478-812")) == QStringList{QStringLiteral("0478][812")});
    CHECK(pgsearch::patterns(QStringLiteral(" 王芳  土地 ")) ==
          QStringList{QStringLiteral("王芳"), QStringLiteral("土地")});
    CHECK(pgsearch::patterns(QStringLiteral("\"*() %_'")).isEmpty());
    CHECK(pgsearch::patternGrams(QStringLiteral("张")) == QStringList{QStringLiteral("张")});
    CHECK(pgsearch::patternGrams(QStringLiteral("13")).isEmpty());
    CHECK(pgsearch::digitQuads(QStringLiteral("13")).isEmpty());
    CHECK(pgsearch::digitQuads(QStringLiteral("0478][812")) == QStringList{QStringLiteral("0478")});
    CHECK(pgsearch::digitQuads(QStringLiteral("47812")) == QStringList{QStringLiteral("4781"), QStringLiteral("7812")});
    CHECK(pgsearch::patternGrams(QStringLiteral("张[1")) == QStringList{QStringLiteral("张")});
    CHECK(pgsearch::patternGrams(QStringLiteral("建国建")) ==
          QStringList{QStringLiteral("国建"), QStringLiteral("建国")});
    CHECK(pgsearch::arrayLiteral({QStringLiteral("a\"b"), QStringLiteral("c\\")}) ==
          QStringLiteral("{\"a\\\"b\",\"c\\\\\"}"));
}

TEST_CASE("the search condition binds every value and picks pg_trgm for 3 characters in a row")
{
    using pgsearch::Design;
    const pgsearch::Condition one = pgsearch::caseCondition(QStringLiteral("张"));
    CHECK(one.sql ==
          QStringLiteral("c.id IN (SELECT s.case_id FROM case_search s WHERE s.grams @> CAST(? AS text[]))"));
    CHECK(one.binds == QVariantList{QStringLiteral("{\"张\"}")});
    const pgsearch::Condition three = pgsearch::caseCondition(QStringLiteral("张建国 13 国建 张1"));
    CHECK(three.sql == QStringLiteral("c.id IN (SELECT s.case_id FROM case_search s WHERE s.grams @> CAST(? AS "
                                      "text[]) AND s.body LIKE ? AND s.body LIKE ? AND s.body LIKE ?)"));
    CHECK(three.binds == QVariantList{QStringLiteral("{\"国建\",\"张\"}"), QStringLiteral("%张建国%"),
                                      QStringLiteral("%13%"), QStringLiteral("%张[1%")});
    CHECK(pgsearch::caseCondition(QStringLiteral("张建国"), Design::Grams).binds.first() ==
          QStringLiteral("{\"建国\",\"张建\"}"));
    CHECK(!pgsearch::caseCondition(QStringLiteral("张"), Design::Trigram).sql.contains(QLatin1String("grams")));
    // 4 digits in a row are their own piece (no LIKE); a longer run or one beside other text also
    // has its LIKE. The hybrid finds them through pg_trgm's LIKE.
    const pgsearch::Condition phone = pgsearch::caseCondition(QStringLiteral("1380 张47812"), Design::HybridNewest);
    CHECK(phone.sql ==
          QStringLiteral("c.id IN (SELECT s.case_id FROM case_search s WHERE s.quads @> CAST(? AS text[]) AND "
                         "s.body LIKE ?)"));
    CHECK(phone.binds == QVariantList{QStringLiteral("{\"1380\",\"4781\",\"7812\"}"), QStringLiteral("%张[47812%")});
    CHECK(pgsearch::caseCondition(QStringLiteral("1380"), Design::Hybrid).binds ==
          QVariantList{QStringLiteral("%1380%")});
    // A page of the list: the newest matches after the cursor, taken inside the search.
    const pgsearch::Condition page = pgsearch::caseCondition(QStringLiteral("建国"), Design::HybridNewest,
                                                             {50, QDate(2025, 3, 4), QStringLiteral("id-b")});
    CHECK(page.sql == QStringLiteral("c.id IN ((SELECT s.case_id FROM case_search s WHERE s.grams @> CAST(? AS text[]) "
                                     "AND (s.received_on, s.case_id) < (CAST(? AS date), ?) ORDER BY s.received_on "
                                     "DESC, s.case_id DESC LIMIT 50))"));
    CHECK(page.binds ==
          QVariantList{QStringLiteral("{\"建国\"}"), QStringLiteral("2025-03-04"), QStringLiteral("id-b")});
    CHECK(pgsearch::caseCondition(QStringLiteral("建国"), Design::Hybrid, {50, {}, {}}).sql ==
          pgsearch::caseCondition(QStringLiteral("建国"), Design::Hybrid).sql);
    // Only separators: the exact id, as on SQLite; a UUID is also looked up as the case's id.
    const pgsearch::Condition quotes = pgsearch::caseCondition(QStringLiteral("'%_\""));
    CHECK(quotes.sql == QStringLiteral("c.id = ?"));
    CHECK(quotes.binds == QVariantList{QStringLiteral("'%_\"")});
    const QString uuid = QStringLiteral("6f1c1a55-9a0e-4a39-b7b4-3d2f6f5b1e10");
    const pgsearch::Condition byId = pgsearch::caseCondition(uuid);
    CHECK(byId.sql.endsWith(QLatin1String(" UNION ALL SELECT CAST(? AS text))")));
    CHECK(byId.binds.last() == uuid);
}

// The PostgreSQL patterns cut text with the same search::pieces as the FTS5 index; this checks
// that containment of the patterns is exactly the FTS5 phrase match, on random fields and terms.
TEST_CASE("property: a document contains the patterns exactly when the SQLite index finds it (seeded)")
{
    OneDocument doc;
    const QStringList alphabet{QStringLiteral("王"), QStringLiteral("芳"), QStringLiteral("𠀀"), QStringLiteral("a"),
                               QStringLiteral("Ｂ"), QStringLiteral("1"),  QStringLiteral("2"),  QStringLiteral("９"),
                               QStringLiteral("-"),  QStringLiteral(" "),  QStringLiteral("（"), QStringLiteral("%")};
    std::mt19937 rng(15);
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    auto randomText = [&](int most) {
        QString s;
        for (int k = 0, n = 1 + pick(most); k < n; ++k)
            s += alphabet[pick(int(alphabet.size()))];
        return s;
    };
    int found = 0, notFound = 0;
    for (int iteration = 0; iteration < 700; ++iteration) {
        QStringList fields;
        for (int f = 0, nf = 1 + pick(3); f < nf; ++f)
            fields << randomText(10);
        doc.index(search::indexText(fields));
        const QString body = pgsearch::document(fields).body;
        for (int q = 0; q < 25; ++q) {
            const QString term = randomText(5);
            const QString expression = search::matchExpression(term);
            if (expression.isEmpty()) {
                CHECK(pgsearch::patterns(term).isEmpty());
                continue;
            }
            bool contains = true;
            for (const QString& p : pgsearch::patterns(term))
                contains = contains && body.contains(p);
            const bool finds = doc.finds(expression);
            if (finds != contains) {
                INFO("fields " << fields.join(QStringLiteral(" | ")).toStdString() << " → " << body.toStdString());
                INFO("term \"" << term.toStdString() << "\" → " << expression.toStdString());
                CHECK(finds == contains);
            }
            (finds ? found : notFound) += 1;
        }
    }
    INFO(found << " terms found, " << notFound << " not");
    CHECK(found > 2000);
    CHECK(notFound > 2000);
}

namespace {

void exec(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    // PostgreSQL prepares only queries and row changes: DDL goes as it is.
    QSqlQuery q(db);
    bool ok = binds.isEmpty() ? q.exec(sql) : q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!binds.isEmpty() && ok)
        ok = q.exec();
    if (!ok)
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
}

// The minimal shape of cases and parties the search reads (the full schema is the migrations').
void createCaseTables(QSqlDatabase& pg)
{
    exec(pg, QStringLiteral("CREATE TABLE cases (id text PRIMARY KEY, case_no text, applicant_name text NOT NULL, "
                            "summary text NOT NULL, received_on date NOT NULL)"));
    exec(pg, QStringLiteral("CREATE TABLE parties (id text PRIMARY KEY, case_id text NOT NULL REFERENCES cases(id) ON "
                            "DELETE CASCADE, sort_order integer NOT NULL, name text NOT NULL, id_number text, "
                            "credit_code text, phone text)"));
}

// Every case and party of the SQLite database, copied into PostgreSQL (the triggers queue them).
void copyCases(Database& lite, QSqlDatabase& pg)
{
    QSqlQuery c(lite.sql());
    REQUIRE(c.exec(QStringLiteral("SELECT id, case_no, applicant_name, summary, received_on FROM cases")));
    while (c.next())
        exec(pg, QStringLiteral("INSERT INTO cases VALUES (?, ?, ?, ?, ?)"),
             {c.value(0), c.value(1), c.value(2), c.value(3), c.value(4)});
    QSqlQuery p(lite.sql());
    REQUIRE(p.exec(QStringLiteral("SELECT id, case_id, sort_order, name, id_number, credit_code, phone FROM parties")));
    while (p.next())
        exec(pg, QStringLiteral("INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {p.value(0), p.value(1), p.value(2), p.value(3), p.value(4), p.value(5), p.value(6)});
}

QStringList foundOnSqlite(Database& db, const QString& term, const std::optional<CaseCursor>& after = std::nullopt,
                          int limit = 50)
{
    CaseFilter f;
    f.search = term;
    QStringList out;
    for (const CaseListRow& r : CaseStore(db).page(f, after, limit))
        out << r.id;
    return out;
}

// The case list's first page on PostgreSQL: newest received first (the chosen design takes the page
// inside the search, as the list does when the search is its only filter).
QStringList foundOnPostgres(QSqlDatabase& pg, const QString& term, pgsearch::Design design,
                            const pgsearch::NewestPage& page = {50, {}, {}})
{
    pgsearch::Condition cond = pgsearch::caseCondition(term, design, page);
    // The list's own cursor, as on SQLite (the search's page has it inside too).
    if (page.afterReceived.isValid()) {
        cond.sql += QStringLiteral(" AND (c.received_on, c.id) < (CAST(? AS date), ?)");
        cond.binds << page.afterReceived.toString(Qt::ISODate) << page.afterId;
    }
    QSqlQuery q(pg);
    REQUIRE(
        q.prepare(QStringLiteral("SELECT c.id FROM cases c WHERE %1 ORDER BY c.received_on DESC, c.id DESC LIMIT %2")
                      .arg(cond.sql)
                      .arg(page.limit)));
    for (const QVariant& v : cond.binds)
        q.addBindValue(v);
    if (!q.exec())
        FAIL(term.toStdString() << ": " << q.lastError().text().toStdString());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("PostgreSQL finds the same cases as SQLite for the same terms", "[postgres]")
{
    TempDatabase t;
    Database& lite = *t.db;
    auto add = [&](const char* name, const char* phone, const char* summary, const QDate& on) {
        IntakeRequest r = neighbourDispute(on);
        r.parties[0].name = QString::fromUtf8(name);
        r.parties[0].phone = QString::fromUtf8(phone);
        r.parties[1].name = QStringLiteral("对方");
        r.summary = QString::fromUtf8(summary);
        return registerCase(lite, r);
    };
    const CaseRecord a = add("王芳", "13847812345", "宅基地边界纠纷", QDate(2025, 3, 3));
    add("张建国", "13800001111", "婚姻家庭矛盾，涉及子女抚养", QDate(2025, 3, 4));
    add("王建", "0478-8123456", "土地承包合同纠纷，合同写明“50%_分成”", QDate(2025, 3, 5));
    add("张三", "15904781380", "邻里噪音扰民", QDate(2025, 3, 6));
    add("李建华", "18600000000", "O'Brien 借款 100% 未还", QDate(2025, 3, 7));

    for (const pgsearch::Design design : {pgsearch::Design::HybridNewest, pgsearch::Design::Hybrid,
                                          pgsearch::Design::Grams, pgsearch::Design::Trigram}) {
        PgTestDb pgdb;
        QSqlDatabase pg = pgdb.connect();
        for (const QString& setting : pgsearch::sessionSettings())
            exec(pg, setting);
        createCaseTables(pg);
        for (const QString& statement : pgsearch::ddl(design))
            exec(pg, statement);
        copyCases(lite, pg);
        REQUIRE(pgsearch::syncPending(pg, design));
        QSqlQuery n(pg);
        REQUIRE((n.exec(QStringLiteral("SELECT count(*) FROM case_search")) && n.next()));
        CHECK(n.value(0).toInt() == 5);

        const QStringList terms{QStringLiteral("张"),
                                QStringLiteral("建国"),
                                QStringLiteral("建"),
                                QStringLiteral("宅基地"),
                                QStringLiteral("纠纷"),
                                QStringLiteral("地纠"),
                                QStringLiteral("1380"),
                                QStringLiteral("13"),
                                QStringLiteral("0478-812"),
                                QStringLiteral("99999"),
                                a.caseNo,
                                a.oneCaseCode(),
                                a.id,
                                QStringLiteral("王 纠纷"),
                                QStringLiteral("张  矛盾"),
                                QStringLiteral("50%"),
                                QStringLiteral("%"),
                                QStringLiteral("_"),
                                QStringLiteral("0%_"),
                                QStringLiteral("50%_分成"),
                                QStringLiteral("'"),
                                QStringLiteral("O'Brien"),
                                QStringLiteral("'; DROP TABLE cases; --"),
                                QStringLiteral("第0001号"),
                                QStringLiteral("（")};
        for (const QString& term : terms) {
            INFO("design " << int(design) << ", term \"" << term.toStdString() << "\"");
            CHECK(foundOnPostgres(pg, term, design) == foundOnSqlite(lite, term));
        }
        // What the terms find, so that the comparison above cannot pass on two empty lists.
        CHECK(foundOnPostgres(pg, QStringLiteral("张"), design).size() == 2);
        CHECK(foundOnPostgres(pg, QStringLiteral("建国"), design).size() == 1);
        CHECK(foundOnPostgres(pg, QStringLiteral("1380"), design).size() == 2);
        CHECK(foundOnPostgres(pg, QStringLiteral("50%_分成"), design).size() == 1);
        CHECK(foundOnPostgres(pg, QStringLiteral("%"), design).isEmpty());
        CHECK(foundOnPostgres(pg, a.caseNo, design) == QStringList{a.id});
        CHECK(foundOnPostgres(pg, a.id, design) == QStringList{a.id});

        // Page by page (one case a page), the cursor after the last case shown, as SQLite pages.
        std::optional<CaseCursor> after;
        QStringList pages;
        for (int n = 0; n < 4; ++n) {
            const pgsearch::NewestPage page{1, after ? after->receivedOn : QDate(), after ? after->id : QString()};
            const QStringList one = foundOnPostgres(pg, QStringLiteral("纠纷"), design, page);
            INFO("page " << n);
            REQUIRE(one == foundOnSqlite(lite, QStringLiteral("纠纷"), after, 1));
            if (one.isEmpty())
                break;
            pages << one;
            QSqlQuery r(pg);
            REQUIRE(r.exec(QStringLiteral("SELECT received_on FROM cases WHERE id = '%1'").arg(one.first())));
            REQUIRE(r.next());
            after = CaseCursor{r.value(0).toDate(), one.first(), {}};
        }
        CHECK(pages.size() == 2);

        // A changed party is queued by the trigger and found under its new name after the sync.
        CHECK(foundOnPostgres(pg, QStringLiteral("47812345"), design) == QStringList{a.id});
        exec(pg,
             QStringLiteral("UPDATE parties SET name = '赵六', phone = NULL WHERE case_id = ? AND phone IS NOT NULL"),
             {a.id});
        REQUIRE(pgsearch::syncPending(pg, design));
        CHECK(foundOnPostgres(pg, QStringLiteral("赵六"), design) == QStringList{a.id});
        CHECK(foundOnPostgres(pg, QStringLiteral("47812345"), design).isEmpty());
        // A case received on another day is found in its new place in the list.
        const QStringList before = foundOnPostgres(pg, QStringLiteral("建"), design);
        REQUIRE(before.size() == 3);
        exec(pg, QStringLiteral("UPDATE cases SET received_on = '2026-01-01' WHERE id = ?"), {before.last()});
        REQUIRE(pgsearch::syncPending(pg, design));
        CHECK(foundOnPostgres(pg, QStringLiteral("建"), design) ==
              QStringList{before.last(), before.first(), before[1]});
        exec(pg, QStringLiteral("DELETE FROM cases WHERE id = ?"), {a.id});
        REQUIRE(pgsearch::syncPending(pg, design));
        CHECK(foundOnPostgres(pg, QStringLiteral("赵六"), design).isEmpty());
    }
}

TEST_CASE("the case list on a server finds, pages and counts as on the center's file", "[postgres]")
{
    // A center of varied cases moved onto a server as the administrator moves one.
    TempDatabase t;
    Database& lite = *t.db;
    DemoOptions o;
    o.cases = 600;
    o.seed = 11;
    o.today = QDate(2026, 11, 30);
    REQUIRE(generateDemoCases(lite, o));
    const CaseRecord a = registerCase(lite, neighbourDispute(QDate(2026, 11, 30)));
    REQUIRE(search::syncPending(lite));
    PgTestDb server;
    QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
    auto copied = servercopy::copyToServer(lite, owner, QStringLiteral("ow_app"));
    INFO(copied.error().toStdString());
    REQUIRE(copied);
    auto opened = Database::openServer(*parseStoreLocation(server.url(QStringLiteral("ow_app"))));
    INFO((opened ? QString() : opened.error()).toStdString());
    REQUIRE(opened);
    Database& pg = **opened;

    auto ids = [](const QList<CaseListRow>& rows) {
        QStringList out;
        for (const CaseListRow& r : rows)
            out << r.id;
        return out;
    };
    // Terms of every kind: 1, 2 and 3 Chinese characters, a partial phone number, a case number, a
    // case's id, two words, and terms that find nothing or that SQL would read as wildcards.
    const QStringList terms{QStringLiteral("王"),
                            QStringLiteral("建国"),
                            QStringLiteral("宅基地"),
                            QStringLiteral("2345"),
                            a.caseNo,
                            a.id,
                            QStringLiteral("王 纠纷"),
                            QStringLiteral("%"),
                            QStringLiteral("没有这样的词"),
                            QStringLiteral("13847812345")};
    int found = 0;
    for (const QString& term : terms) {
        INFO("term \"" << term.toStdString() << "\"");
        CaseFilter f;
        f.search = term;
        // The first page (the server takes it inside the search), the next one after its last row,
        // and the count.
        const auto first = CaseStore(lite).page(f, std::nullopt, 20);
        CHECK(ids(CaseStore(pg).page(f, std::nullopt, 20)) == ids(first));
        if (!first.isEmpty()) {
            const CaseCursor after = CaseStore::cursorAfter(first.last(), f);
            CHECK(ids(CaseStore(pg).page(f, after, 20)) == ids(CaseStore(lite).page(f, after, 20)));
        }
        CHECK(CaseStore(pg).count(f) == CaseStore(lite).count(f));
        // With another filter the server's search is a condition among the others.
        f.status = QStringLiteral("closed");
        CHECK(ids(CaseStore(pg).page(f, std::nullopt, 20)) == ids(CaseStore(lite).page(f, std::nullopt, 20)));
        CHECK(CaseStore(pg).count(f) == CaseStore(lite).count(f));
        found += int(first.size());
    }
    CHECK(found > 40); // the comparisons above are not of empty lists only
    CaseFilter byName;
    byName.search = QStringLiteral("王芳");
    CHECK(ids(CaseStore(pg).page(byName, std::nullopt, 50)).contains(a.id));

    // A case changed on the server is found under its new text by the next search, as on SQLite.
    {
        WriteTransaction tx(pg);
        QSqlQuery q(pg.sql());
        q.prepare(QStringLiteral("UPDATE cases SET summary = '草场围栏纠纷' WHERE id = ?"));
        q.addBindValue(a.id);
        REQUIRE(q.exec());
        REQUIRE(search::syncPending(pg));
        REQUIRE(tx.commit());
    }
    CaseFilter fence;
    fence.search = QStringLiteral("围栏");
    CHECK(ids(CaseStore(pg).page(fence, std::nullopt, 50)) == QStringList{a.id});
}
