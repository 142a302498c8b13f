// `check` on a center's PostgreSQL server (admin/integrity_check.h, admin/server_checks.h): a new
// center is in good order; what an owner or superuser can switch off beside the program (a trigger,
// its function, a foreign key, the logs' append-only GRANT) is named; the age of the newest dump
// comes from the audit log, where `backup` notes it.
#include "admin/integrity_check.h"
#include "admin/server_backup.h"
#include "storage/database.h"
#include "storage/schema_triggers.h"
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace ow;

namespace {

void exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

QStringList codes(const IntegrityReport& r)
{
    QStringList out;
    for (const IntegrityFinding& f : r.problems)
        out << f.code;
    out.removeDuplicates();
    return out;
}

QString allText(const IntegrityReport& r)
{
    QStringList out = r.lines + r.notes;
    for (const IntegrityFinding& f : r.problems)
        out << f.message;
    return out.join(QLatin1Char('\n'));
}

// The server's own superuser, as a server's administrator would connect with psql.
QSqlDatabase superuser(test::PgTestDb& server)
{
    return server.connect(QStringLiteral("postgres"));
}

} // namespace

TEST_CASE("a new center on a server has exactly the expected triggers and checks in good order")
{
    test::TempDatabase t;
    REQUIRE(t.db->isServer());
    const QList<schema::TriggerProblem> problems = schema::compareTriggers(*t.db);
    for (const schema::TriggerProblem& p : problems)
        UNSCOPED_INFO(int(p.kind) << " " << p.name.toStdString() << " on " << p.table.toStdString());
    CHECK(problems.isEmpty());
    CHECK(schema::expectedServerTriggers().size() > 60);

    const IntegrityReport r = checkIntegrity(*t.db, t.path);
    INFO(allText(r).toStdString());
    CHECK(r.problems.isEmpty());
    const QString text = allText(r);
    CHECK(text.contains(QStringLiteral("PostgreSQL 15")));
    CHECK(text.contains(QCoreApplication::translate("IntegrityCheck", "Protective triggers: ok (%1)")
                            .arg(schema::expectedServerTriggers().size())));
    CHECK(text.contains(
        QCoreApplication::translate("IntegrityCheck",
                                    "Rights of the login role %1: ok (the logs append-only, the schema unchangeable)")
            .arg(QStringLiteral("ow_app"))));
    // No dump noted yet: the warning says how to make one.
    CHECK(text.contains(QStringLiteral("onewindow-cli --db URL backup")));
}

TEST_CASE("check on a server names what was switched off or widened beside the program")
{
    test::TempDatabase t;
    QSqlDatabase owner = t.server->connect(QStringLiteral("ow_owner"));
    REQUIRE(codes(checkIntegrity(*t.db, t.path)).isEmpty());

    SECTION("the append-only function rewritten to let changes through")
    {
        exec(owner, QStringLiteral("CREATE OR REPLACE FUNCTION ow_append_only() RETURNS trigger LANGUAGE plpgsql "
                                   "AS $$ BEGIN RETURN NEW; END $$"));
        const IntegrityReport r = checkIntegrity(*t.db, t.path);
        CHECK(codes(r) == QStringList{QStringLiteral("trigger_altered")});
        CHECK(allText(r).contains(QStringLiteral("audit_log_no_update")));
        CHECK(r.tampered());
    }
    SECTION("a trigger switched off")
    {
        exec(owner, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete"));
        const IntegrityReport r = checkIntegrity(*t.db, t.path);
        CHECK(codes(r) == QStringList{QStringLiteral("trigger_disabled")});
        CHECK(allText(r).contains(QStringLiteral("audit_log_no_delete")));
    }
    SECTION("a trigger dropped, and one added")
    {
        exec(owner, QStringLiteral("DROP TRIGGER case_events_no_update ON case_events"));
        exec(owner, QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION "
                                   "ow_exchange_base_gone()"));
        const IntegrityReport r = checkIntegrity(*t.db, t.path);
        CHECK(codes(r) == (QStringList{QStringLiteral("trigger_missing"), QStringLiteral("trigger_unexpected")}));
    }
    SECTION("the login role allowed to rewrite the audit log")
    {
        exec(owner, QStringLiteral("GRANT UPDATE, DELETE ON audit_log TO ow_app"));
        const IntegrityReport r = checkIntegrity(*t.db, t.path);
        CHECK(codes(r) == QStringList{QStringLiteral("rights_too_wide")});
        CHECK(allText(r).contains(QStringLiteral("UPDATE audit_log")));
        CHECK(allText(r).contains(QStringLiteral("DELETE audit_log")));
    }
    SECTION("a foreign key's enforcement switched off by a superuser")
    {
        QSqlDatabase admin = superuser(*t.server);
        exec(admin, QStringLiteral("ALTER TABLE parties DISABLE TRIGGER ALL"));
        const IntegrityReport r = checkIntegrity(*t.db, t.path);
        // The table's own triggers are off too: each is named.
        CHECK(codes(r).contains(QStringLiteral("foreign_keys_off")));
        CHECK(codes(r).contains(QStringLiteral("trigger_disabled")));
        CHECK(allText(r).contains(QStringLiteral("parties")));
    }
}

TEST_CASE("a dump noted in the audit log gives check its age on every desk")
{
    test::TempDatabase t;
    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    test::FixedClock clock(now);
    serverbackup::DumpResult made;
    made.file = QStringLiteral("/srv/onewindow/2026-12-07.dump");
    made.bytes = 1234567;
    made.tables = 40;
    REQUIRE(serverbackup::recordDump(*t.db, made));

    const auto last = serverbackup::latestRecordedDump(*t.db);
    REQUIRE(last);
    CHECK(last->at == now);
    CHECK(last->detail.contains(made.file));
    IntegrityReport r = checkIntegrity(*t.db, t.path);
    CHECK(r.problems.isEmpty()); // the note is an audit entry like any other: the chain stays whole
    CHECK(allText(r).contains(made.file));
    CHECK_FALSE(allText(r).contains(QStringLiteral("onewindow-cli --db URL backup")));

    // Three days on, check warns.
    test::FixedClock later(now.addDays(3));
    r = checkIntegrity(*t.db, t.path);
    CHECK(allText(r).contains(QStringLiteral("onewindow-cli --db URL backup")));
}

TEST_CASE("onewindow-cli check runs on a server and says the center is in good order")
{
    test::TempDatabase t;
    const test::Run r = test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                                         {QStringLiteral("--db"), t.server->url(), QStringLiteral("check")});
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(r.out.contains(QCoreApplication::translate("Cli", "The database is in good order.")));

    // A dump made with `backup` is noted; check then names it instead of warning.
    const QString dump = t.dir.filePath(QStringLiteral("nightly.dump"));
    const test::Run backup = test::runProgram(
        test::builtProgram(QStringLiteral("onewindow-cli")),
        {QStringLiteral("--db"), t.server->url(), QStringLiteral("backup"), QStringLiteral("--out"), dump});
    INFO(backup.err.toStdString());
    REQUIRE(backup.status == 0);
    CHECK_FALSE(backup.err.contains(QStringLiteral("check")));
    const test::Run after = test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                                             {QStringLiteral("--db"), t.server->url(), QStringLiteral("check")});
    CHECK(after.status == 0);
    CHECK(after.out.contains(QStringLiteral("nightly.dump")));
    CHECK_FALSE(after.out.contains(QStringLiteral("onewindow-cli --db URL backup")));

    // As the owner, the rights cannot be judged: check says so and how to check them.
    const test::Run asOwner =
        test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                         {QStringLiteral("--db"), t.server->url(QStringLiteral("ow_owner")), QStringLiteral("check")});
    CHECK(asOwner.status == 0);
    CHECK(asOwner.out.contains(QStringLiteral("ow_owner")));

    QSqlDatabase owner = t.server->connect(QStringLiteral("ow_owner"));
    exec(owner, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
    const test::Run bad = test::runProgram(test::builtProgram(QStringLiteral("onewindow-cli")),
                                           {QStringLiteral("--db"), t.server->url(), QStringLiteral("check")});
    CHECK(bad.status != 0);
    CHECK(bad.err.contains(QStringLiteral("audit_log_no_update")));
}
