// Every action a user takes is one unit of work: a failure at any one of its writes leaves the
// database exactly as it was. Each action is first run to count the rows it writes (temporary
// triggers count them); then, for each N, the Nth row write is made to fail on a fresh copy of the
// same database, and every table is compared with its content before the action. On a server the
// same with the owner's triggers, on one database the failures leave as they found it.
#include "core/mediation_test_support.h"
#include "core/workflow_helpers.h"
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include "mechanisms/reception.h"
#include "mediation/agreement.h"
#include "mediation/closure.h"
#include "storage/database.h"
#include "workflow/routing.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <functional>

using namespace ow;
using namespace ow::test;
using namespace Qt::StringLiterals;

namespace {

const QString sys = u"system"_s;

QStringList tables(Database& db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    // Ordinary tables only: a virtual table's shadow tables are written by its module, and they are
    // rolled back with everything else.
    q.exec(u"SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
           u"AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Every row of every table, as text, in a stable order.
QStringList snapshot(Database& db)
{
    QStringList out;
    for (const QString& t : tables(db)) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(u"SELECT * FROM \"%1\""_s.arg(t)));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? u"∅"_s : q.value(i).toString());
            rows << t + u": "_s + cells.join(u'|');
        }
        rows.sort();
        out << rows;
    }
    return out;
}

// Temporary triggers that count every row written and fail the failAt-th (0: never fail).
void installCounter(Database& db, int failAt)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(u"CREATE TEMP TABLE ow_writes(n INTEGER)"_s));
    REQUIRE(q.exec(u"INSERT INTO temp.ow_writes VALUES(0)"_s));
    int k = 0;
    for (const QString& t : tables(db))
        for (const QString& event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
            REQUIRE(
                q.exec(u"CREATE TEMP TRIGGER ow_fail_%1 BEFORE %2 ON main.\"%3\" BEGIN "
                       u"UPDATE ow_writes SET n = n + 1; "
                       u"SELECT RAISE(ABORT, 'injected failure') WHERE (SELECT n FROM ow_writes) = %4; END"_s.arg(++k)
                           .arg(event, t)
                           .arg(failAt)));
}

int writesCounted(Database& db)
{
    return scalar(db, u"SELECT n FROM temp.ow_writes"_s).toInt();
}

struct Action
{
    // Prepares the database (a case in the state the action needs); returns what the action acts on.
    std::function<QString(Database&)> setup;
    // The action; true when it reports success.
    std::function<bool(Database&, const QString&)> run;
};

// On a server: triggers of the schema's owner (the login role may not create any) count every row
// written, in a table of a schema of their own (outside storeHash's), and fail the fail_at-th. The
// counter is written in the action's transaction, so a rolled-back action leaves it at 0.
QSqlDatabase installServerCounter(TempDatabase& t)
{
    QSqlDatabase owner = t.server->connect();
    QSqlQuery q(owner);
    REQUIRE(q.exec(u"CREATE SCHEMA ow_test"_s));
    REQUIRE(q.exec(u"CREATE TABLE ow_test.writes(n integer NOT NULL, fail_at integer NOT NULL)"_s));
    REQUIRE(q.exec(u"INSERT INTO ow_test.writes VALUES(0, 0)"_s));
    REQUIRE(q.exec(u"CREATE FUNCTION ow_test.count_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                   u"SET search_path = pg_catalog AS $$ DECLARE k integer; f integer; BEGIN "
                   u"UPDATE ow_test.writes SET n = n + 1 RETURNING n, fail_at INTO k, f; "
                   u"IF k = f THEN RAISE EXCEPTION 'injected failure'; END IF; "
                   u"IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"_s));
    QStringList tables;
    REQUIRE(q.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                   u"AND table_type = 'BASE TABLE' ORDER BY table_name"_s));
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : tables)
        REQUIRE(q.exec(u"CREATE TRIGGER ow_test_count BEFORE INSERT OR UPDATE OR DELETE ON public.\"%1\" "
                       u"FOR EACH ROW EXECUTE FUNCTION ow_test.count_write()"_s.arg(table)));
    return owner;
}

// Sets the write that fails (0: none) and the count back to 0; returns the count before.
int resetServerCounter(QSqlDatabase& owner, int failAt)
{
    QSqlQuery q(owner);
    REQUIRE(q.exec(u"SELECT n FROM ow_test.writes"_s));
    REQUIRE(q.next());
    const int n = q.value(0).toInt();
    REQUIRE(q.exec(u"UPDATE ow_test.writes SET n = 0, fail_at = %1"_s.arg(failAt)));
    return n;
}

// The same on a server, where a database is not copied: the writes are counted on one database;
// then on a second one set up the same way each write in turn fails, and the action, rolled back,
// leaves every table's rows as they were (storeHash), so the next failure starts from the same state.
void requireAtomicOnServer(const Action& action)
{
    int total = 0;
    {
        TempDatabase counted;
        const QString key = action.setup(*counted.db);
        QSqlDatabase owner = installServerCounter(counted);
        REQUIRE(action.run(*counted.db, key));
        total = resetServerCounter(owner, 0);
    }
    INFO("rows written by the action: " << total);
    REQUIRE(total > 1);
    TempDatabase t;
    const QString key = action.setup(*t.db);
    QSqlDatabase owner = installServerCounter(t);
    const QByteArray before = storeHash(t);
    for (int n = 1; n <= total; ++n) {
        INFO("the write that fails: " << n << " of " << total);
        resetServerCounter(owner, n);
        CHECK_FALSE(action.run(*t.db, key));
        CHECK(resetServerCounter(owner, 0) == 0); // rolled back with the rest
        CHECK(storeHash(t) == before);
    }
    // And the database still takes the same action afterwards, with the same number of writes.
    CHECK(action.run(*t.db, key));
    CHECK(resetServerCounter(owner, 0) == total);
}

// Runs the action once to count its writes, then fails each of them in turn on a fresh copy.
void requireAtomic(const Action& action)
{
    if (serverStore())
        return requireAtomicOnServer(action);
    TempDatabase master;
    const QString key = action.setup(*master.db);
    master.db.reset(); // checkpointed and closed: the file alone is the state
    int copies = 0;
    auto fresh = [&]() {
        const QString path = master.file(u"copy%1.sqlite"_s.arg(++copies));
        REQUIRE(QFile::copy(master.path, path));
        auto db = Database::open(path);
        REQUIRE(db);
        return *db;
    };

    int total = 0;
    {
        DatabasePtr db = fresh();
        installCounter(*db, 0);
        REQUIRE(action.run(*db, key));
        total = writesCounted(*db);
    }
    INFO("rows written by the action: " << total);
    REQUIRE(total > 1);
    for (int n = 1; n <= total; ++n) {
        DatabasePtr db = fresh();
        const QStringList before = snapshot(*db);
        installCounter(*db, n);
        INFO("the write that fails: " << n << " of " << total);
        CHECK_FALSE(action.run(*db, key));
        CHECK(writesCounted(*db) == 0); // rolled back with the rest (the counter is in the transaction too)
        QSqlQuery q(db->sql());
        q.exec(u"DROP TABLE temp.ow_writes"_s);
        const QStringList after = snapshot(*db);
        CHECK(after == before);
        const QString path = db->path();
        db.reset(); // the temporary triggers go with the connection
        // And the database still takes the same action afterwards.
        if (n == total) {
            auto again = Database::open(path);
            REQUIRE(again);
            CHECK(action.run(**again, key));
        }
        QFile::remove(path);
    }
}

QString reportedCase(Database& db)
{
    return registerCase(db, neighbourDispute()).id;
}

QString caseInProgress(Database& db)
{
    const QString id = reportedCase(db); // registered and accepted
    REQUIRE(step(db, id, u"assign"_s));
    REQUIRE(step(db, id, u"start"_s));
    return id;
}

TransitionRequest request(const QString& caseId, const QString& command)
{
    TransitionRequest t;
    t.caseKey = caseId;
    t.command = command;
    t.actor = sys;
    t.on = QDate(2025, 3, 5);
    t.reason = u"理由"_s;
    t.department = u"justice"_s;
    t.outcome = u"mediated"_s;
    t.escalatedTo = u"巴彦淖尔市社会治理中心"_s;
    return t;
}

} // namespace

TEST_CASE("registering a case is whole or not at all")
{
    requireAtomic({[](Database&) { return QString(); },
                   [](Database& db, const QString&) { return IntakeService(db).save(neighbourDispute()).ok; }});
}

TEST_CASE("registering a case at a leader's reception is whole or not at all")
{
    requireAtomic(
        {[](Database& db) {
             ReceptionService s(db);
             auto l = s.saveLeader({{}, u"王建国"_s, u"县委副书记"_s, u"county"_s, u"县委"_s, {}, true}, sys);
             REQUIRE(l);
             auto d = s.saveDay({{}, l->id, QDate(2025, 3, 3), u"am"_s, u"接访室"_s, {}, {}, {}, {}, {}}, sys);
             REQUIRE(d);
             return d->id;
         },
         [](Database& db, const QString& dayId) {
             return ReceptionService(db).registerAtReception(neighbourDispute(), dayId).ok;
         }});
}

TEST_CASE("routing with summoned departments is whole or not at all")
{
    requireAtomic({reportedCase, [](Database& db, const QString& id) {
                       const QList<RoutingService::Summon> co{{u"natural_resources"_s, {}}, {u"hrss"_s, {}}};
                       return RoutingService(db).route(id, sys, u"justice"_s, co, {}).ok();
                   }});
}

TEST_CASE("each workflow step is whole or not at all")
{
    const QString command = GENERATE(as<QString>{}, u"respond"_s, u"suspend"_s, u"escalate"_s, u"withdraw"_s);
    INFO(command.toStdString());
    requireAtomic({caseInProgress, [command](Database& db, const QString& id) {
                       return CaseWorkflow(db).apply(request(id, command)).ok();
                   }});
}

TEST_CASE("closing a case and reopening it are whole or not at all")
{
    auto responded = [](Database& db) {
        return makeCase(db, u"consultation"_s, u"responded"_s, u"other"_s, QDate(2025, 8, 20));
    };
    auto close = [](Database& db, const QString& id) {
        ClosureRequest r;
        r.caseId = id;
        r.outcome = u"resolved_other"_s;
        r.summary = u"已答复当事人。"_s;
        r.closedOn = QDate(2025, 9, 1);
        return ClosureService(db).close(r, sys).ok();
    };
    SECTION("close")
    {
        requireAtomic({responded, close});
    }
    SECTION("reopen")
    {
        requireAtomic({[&](Database& db) {
                           const QString id = responded(db);
                           REQUIRE(close(db, id));
                           return id;
                       },
                       [](Database& db, const QString& id) {
                           return ClosureService(db).reopen(id, sys, u"当事人反映未履行"_s).ok();
                       }});
    }
}

TEST_CASE("a mediation agreement is saved whole or not at all")
{
    requireAtomic(
        {[](Database& db) { return makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s); },
         [](Database& db, const QString& id) {
             return AgreementService(db).saveAgreement(sampleAgreement(id), sys).ok();
         }});
}

// SQLite's side of the unit of work (a table of its own, the file opened a second time); the server's
// savepoints are test_pg_database's "the unit of work on a server".
TEST_CASE("savepoints: an inner unit that fails rolls back alone; the outer one commits once", "[sqlite]")
{
    TempDatabase t;
    Database& db = *t.db;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(u"CREATE TABLE t(x)"_s));
    {
        WriteTransaction outer(db);
        REQUIRE(outer.active());
        REQUIRE(q.exec(u"INSERT INTO t VALUES(1)"_s));
        {
            WriteTransaction inner(db);
            REQUIRE(inner.active());
            REQUIRE(q.exec(u"INSERT INTO t VALUES(2)"_s));
        } // not committed: rolled back to its savepoint
        {
            WriteTransaction inner(db);
            REQUIRE(q.exec(u"INSERT INTO t VALUES(3)"_s));
            REQUIRE(inner.commit());
        }
        // Nothing is visible to another connection before the outer commit.
        auto other = Database::open(t.path);
        REQUIRE(other);
        CHECK(scalar(**other, u"SELECT count(*) FROM t"_s).toInt() == 0);
        REQUIRE(outer.commit());
        CHECK(scalar(**other, u"SELECT group_concat(x) FROM t"_s).toString() == u"1,3"_s);
    }
    {
        WriteTransaction outer(db);
        REQUIRE(q.exec(u"INSERT INTO t VALUES(4)"_s));
        WriteTransaction inner(db);
        REQUIRE(inner.commit());
    } // the outer one was never committed
    CHECK(scalar(db, u"SELECT group_concat(x) FROM t"_s).toString() == u"1,3"_s);
}
