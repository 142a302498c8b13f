// The monthly report on PostgreSQL (docs/postgresql.md, "Reports"): a varied center in an SQLite
// file, copied onto a server with copyToServer, gives the same report JSON from both stores, number
// by number, for several months and every kind of scope.
#include "exchange/server_copy.h"
#include "reports/demo_data.h"
#include "reports/mechanisms_report.h"
#include "reports/monthly_report.h"
#include "storage/database.h"
#include "storage/store_location.h"
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

using namespace ow;

namespace {

const QString kHaliutu = QStringLiteral("150824100"); // 海流图镇
const QString kWujiahe = QStringLiteral("150824101"); // 乌加河镇

void exec(QSqlQuery& q, const QString& sql)
{
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

// 2,000 demo cases (every status, outcome, satisfaction and level, merged and rejected cases, open
// cases past their deadline, a few without a lead department) over the two years to 2026-11-30, and
// what the generator does not make: a second site's cases, closed cases without an outcome, cases
// without a deadline (as a ledger import may bring), more cases without a lead department, cases received or ended on a
// month's first and last days, and a leader's reception with its cases.
void fillCenter(Database& db)
{
    DemoOptions demo;
    demo.cases = 2000;
    demo.seed = 15;
    demo.today = QDate(2026, 11, 30);
    REQUIRE(generateDemoCases(db, demo));
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    QSqlQuery q(db.sql());
    exec(q, QStringLiteral("UPDATE cases SET site_code = '150824101' WHERE rowid % 7 = 0"));
    exec(q, QStringLiteral("UPDATE cases SET outcome = NULL, satisfaction = 'unrated' WHERE status = 'closed' AND "
                           "rowid % 23 = 0"));
    exec(q, QStringLiteral("UPDATE cases SET lead_department_code = NULL WHERE rowid % 13 = 0"));
    exec(q,
         QStringLiteral("UPDATE cases SET due_on = NULL WHERE status IN ('closed', 'in_progress') AND rowid % 29 = 0"));
    exec(q, QStringLiteral("UPDATE cases SET received_on = substr(received_on, 1, 8) || '01' WHERE rowid % 17 = 0 "
                           "AND (ended_on IS NULL OR ended_on >= substr(received_on, 1, 8) || '01')"));
    exec(q, QStringLiteral("UPDATE cases SET ended_on = date(substr(ended_on, 1, 8) || '01', '+1 month', '-1 day') "
                           "WHERE rowid % 19 = 0 AND ended_on IS NOT NULL AND date(substr(ended_on, 1, 8) || '01', "
                           "'+1 month', '-1 day') < '2026-11-30'"));
    // Escalations are 1.5 % of the generator's endings, so whether November has one depends on the
    // draws, which differ between compilers (the order of evaluating arguments): two of its closed
    // cases become escalated ones.
    exec(q, QStringLiteral("UPDATE cases SET status = 'escalated', resolution_level = 'escalated', outcome = NULL, "
                           "satisfaction = 'unrated' WHERE id IN (SELECT id FROM cases WHERE status = 'closed' AND "
                           "ended_on BETWEEN '2026-11-01' AND '2026-11-29' ORDER BY id LIMIT 2)"));
    const QString stamp = QStringLiteral("'150824', '2026-11-12T00:00:00.000Z', '2026-11-12T00:00:00.000Z'");
    exec(q, QStringLiteral("INSERT INTO leaders (id, name, position, level, site_code, created_at, updated_at) "
                           "VALUES ('ld-1', '王建华', '县委书记', 'county', ") +
                stamp + QLatin1Char(')'));
    exec(q, QStringLiteral("INSERT INTO reception_days (id, leader_id, day, half, place, site_code, created_at, "
                           "updated_at) VALUES ('rd-1', 'ld-1', '2026-11-12', 'am', '县矛调中心', ") +
                stamp + QLatin1Char(')'));
    exec(q, QStringLiteral("INSERT INTO reception_visits (id, case_id, reception_day_id, leader_id, actor, site_code, "
                           "created_at, updated_at) SELECT 'rv-' || rowid, id, 'rd-1', 'ld-1', 'system', ") +
                stamp + QStringLiteral(" FROM cases WHERE rowid % 97 = 0"));
    exec(q, QStringLiteral("INSERT INTO leader_assignments (id, case_id, leader_id, duties, target_on, assigned_on, "
                           "assigned_by, site_code, created_at, updated_at) SELECT 'la-' || rowid, id, 'ld-1', "
                           "'resolve', '2026-12-31', substr(received_on, 1, 7) || '-15', 'system', ") +
                stamp + QStringLiteral(" FROM cases WHERE rowid % 41 = 0"));
    REQUIRE(tx.commit());
}

// Every number, string and null of a JSON value by its path ("totals.accepted",
// "by_category[2].closed"), less generated_at, which says when each report was made.
void leaves(const QJsonValue& v, const QString& path, std::map<QString, QString>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("generated_at"))
                leaves(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        out[path + QStringLiteral(".length")] = QString::number(a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            leaves(a.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), out);
    } else {
        out[path] = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    }
}

std::map<QString, QString> leavesOf(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    std::map<QString, QString> out;
    leaves(doc.object(), {}, out);
    return out;
}

// The figures where the two documents differ, each named with both values.
QStringList differences(const std::map<QString, QString>& file, const std::map<QString, QString>& server)
{
    QStringList list;
    for (const auto& [path, value] : file) {
        const auto it = server.find(path);
        if (it == server.end())
            list << path + QStringLiteral(": SQLite ") + value + QStringLiteral(", PostgreSQL has none");
        else if (it->second != value)
            list << path + QStringLiteral(": SQLite ") + value + QStringLiteral(", PostgreSQL ") + it->second;
    }
    for (const auto& [path, value] : server)
        if (file.find(path) == file.end())
            list << path + QStringLiteral(": PostgreSQL ") + value + QStringLiteral(", SQLite has none");
    return list;
}

QStringList caseIds(const QList<ReportCase>& cases)
{
    QStringList ids;
    for (const ReportCase& c : cases)
        ids << c.id + QLatin1Char(' ') + c.caseNo + QLatin1Char(' ') + c.status + QLatin1Char(' ') +
                   c.receivedOn.toString(Qt::ISODate) + QLatin1Char(' ') + c.dueOn.toString(Qt::ISODate) +
                   QLatin1Char(' ') + c.endedOn.toString(Qt::ISODate);
    return ids;
}

} // namespace

TEST_CASE("The monthly report reads the same from a center's file and from its copy on PostgreSQL", "[pgreport]")
{
    test::TempDatabase source;
    fillCenter(*source.db);
    test::PgTestDb server;
    QSqlDatabase owner = server.connect(QStringLiteral("ow_owner"));
    auto copied = servercopy::copyToServer(*source.db, owner, QStringLiteral("ow_app"));
    INFO(copied.error().toStdString());
    REQUIRE(copied);
    // The report reads as the desks' login role, which has no DDL.
    QSqlDatabase pg = server.connect(QStringLiteral("ow_app"));

    QStringList sites;
    QSqlQuery q(source.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT site_code FROM cases ORDER BY 1")));
    while (q.next())
        sites << q.value(0).toString();
    REQUIRE(sites.size() == 2);

    const ReportScope scopes[] = {
        {},
        {sites[0], {}, {}},
        {sites[1], {}, {}},
        {{}, kHaliutu, {}},
        {{}, kWujiahe, {}},
        {{}, {}, QStringLiteral("justice")},
        {{}, {}, QStringLiteral("hrss")},
        {{}, {}, QStringLiteral("none")},
        {sites[1], kHaliutu, QStringLiteral("justice")},
    };
    // The demo's last month (open cases past their deadline, the leader's reception), the year's
    // January (a trend reaching into the year before), a month of the year before, a month before
    // any case (everything zero, every rate null).
    const QDate months[] = {QDate(2026, 11, 1), QDate(2026, 1, 1), QDate(2025, 6, 1), QDate(2019, 3, 1)};
    int compared = 0;
    for (const QDate& month : months) {
        for (const ReportScope& scope : scopes) {
            INFO(month.toString(QStringLiteral("yyyy-MM")).toStdString()
                 << " site=" << scope.site.toStdString() << " township=" << scope.township.toStdString()
                 << " department=" << scope.department.toStdString());
            auto fromFile = computeMonthlyReport(*source.db, month, scope);
            auto fromServer = computeMonthlyReport(pg, month, scope);
            INFO((fromFile ? fromServer.error() : fromFile.error()).toStdString());
            REQUIRE(fromFile);
            REQUIRE(fromServer);
            const auto a = leavesOf(fromFile->toJson()), b = leavesOf(fromServer->toJson());
            CHECK(differences(a, b).join(QLatin1Char('\n')).toStdString() == "");
            compared += int(a.size());
            // The cases behind each count (the report window's drill-down): the same cases, in order.
            for (const Figure& f : fromFile->totalFigures()) {
                INFO(f.key.toStdString());
                auto fileCases = casesBehindFigure(*source.db, month, scope, f.key);
                auto serverCases = casesBehindFigure(pg, month, scope, f.key);
                REQUIRE(fileCases);
                REQUIRE(serverCases);
                CHECK(fileCases->size() == f.count);
                CHECK(caseIds(*serverCases) == caseIds(*fileCases));
            }
        }
    }
    CHECK(compared > 4000);

    // Not a comparison of two empty reports: the last month has every kind of figure.
    auto november = computeMonthlyReport(pg, QDate(2026, 11, 1));
    REQUIRE(november);
    const ReportTotals& t = november->totals;
    CHECK(t.registered > t.accepted);
    CHECK(t.closedOfAccepted > 0);
    CHECK(t.resolved > 0);
    CHECK(t.mediated > 0);
    CHECK(t.overdueOpen > 0);
    CHECK(t.rated > t.satisfied);
    CHECK(t.levelVillage > 0);
    CHECK(t.levelEscalated > 0);
    CHECK(november->ytd.accepted > t.accepted);
    CHECK(november->mechanisms->receptionDays == 1);
    CHECK(november->mechanisms->receptionCases > 0);
    CHECK(november->mechanisms->leaderAssigned > 0);
    bool unassigned = false, noOutcome = false;
    for (const BreakdownRow& r : november->byDepartment)
        unassigned |= r.key == QLatin1String("none");
    for (const OutcomeRow& r : november->byOutcome)
        noOutcome |= r.key == QLatin1String("none");
    CHECK(unassigned);
    CHECK(noOutcome);

    // Through a Database opened on the server (as the desks will): the same figures.
    auto serverDb = Database::openServer(*parseStoreLocation(server.url(QStringLiteral("ow_app"))));
    INFO((serverDb ? QString() : serverDb.error()).toStdString());
    REQUIRE(serverDb);
    auto viaDatabase = computeMonthlyReport(**serverDb, QDate(2026, 11, 1));
    REQUIRE(viaDatabase);
    CHECK(differences(leavesOf(november->toJson()), leavesOf(viaDatabase->toJson()))
              .join(QLatin1Char('\n'))
              .toStdString() == "");
    auto dashboardViaDatabase = dashboardFigures(**serverDb, QDate(2026, 11, 30));
    REQUIRE(dashboardViaDatabase);
    CHECK(dashboardViaDatabase->accepted > 0);

    // The home page's figures on a day of the demo's last month.
    for (const QDate& day : {QDate(2026, 11, 30), QDate(2026, 11, 1), QDate(2026, 2, 14)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        auto fileFigures = dashboardFigures(*source.db, day);
        auto serverFigures = dashboardFigures(pg, day);
        REQUIRE(fileFigures);
        REQUIRE(serverFigures);
        CHECK(serverFigures->accepted == fileFigures->accepted);
        CHECK(serverFigures->closed == fileFigures->closed);
        CHECK(serverFigures->closedOfAccepted == fileFigures->closedOfAccepted);
        CHECK(serverFigures->overdueOpen == fileFigures->overdueOpen);
        CHECK(serverFigures->closureRate == fileFigures->closureRate);
        CHECK(fileFigures->accepted > 0);
    }
}

TEST_CASE("A report on a server that cannot run it says why", "[pgreport]")
{
    test::PgTestDb server;
    QSqlDatabase pg = server.connect(QStringLiteral("ow_owner")); // an empty database: no cases table
    auto r = computeMonthlyReport(pg, QDate(2026, 11, 1));
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(QStringLiteral("cases")));
    CHECK_FALSE(computeMonthlyReport(pg, QDate()));
}
