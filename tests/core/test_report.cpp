// Monthly closure report: a hand-made ledger whose every figure is counted by hand below, the
// edge cases of issue 5, the JSON/CSV/XLSX/PDF forms carrying the same numbers, and the CLI.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pdf_text.h"
#include "support/pg_test_db.h"

#include "printing/report_charts.h"
#include "printing/report_export.h"
#include "reports/demo_data.h"
#include "reports/monthly_report.h"
#include "reports/report_window.h"
#include "storage/case_writer.h"
#include "storage/store_location.h"
#include "util/csv.h"
#include "util/i18n.h"
#include "validation/identifiers.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <atomic>
#include <thread>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString kHaliutu = QStringLiteral("150824100"); // 海流图镇
const QString kWujiahe = QStringLiteral("150824101"); // 乌加河镇

struct Spec
{
    const char* name;
    const char* status;
    QDate received;
    QDate due;
    QDate ended;
    const char* township;
    const char* department; // "" = unassigned
    const char* category;
    const char* source;
    const char* caseType;
    const char* outcome = "";
    const char* level = "";
    const char* satisfaction = "unrated";
    bool judicial = false;
    const char* site = "";
};

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// The ledger. Comments say how each case counts in the May 2025 report.
const Spec kLedger[] = {
    // A: received and closed in May, mediated at village level, satisfied, judicially confirmed.
    {"A", "closed", d(2025, 5, 3), d(2025, 6, 2), d(2025, 5, 10), "150824100", "justice", "neighbor", "walk_in",
     "people_mediation", "mediated", "village", "satisfied", true},
    // B: received on May's last day, closed on June 1: accepted in May, open at May's end, closed in June.
    {"B", "closed", d(2025, 5, 31), d(2025, 6, 30), d(2025, 6, 1), "150824100", "justice", "neighbor", "phone",
     "people_mediation", "mediated", "township", "very_satisfied"},
    // C: rejected: registered, not accepted.
    {"C", "rejected", d(2025, 5, 5), {}, d(2025, 5, 6), "150824101", "", "labor", "walk_in", "petition"},
    // D: merged: excluded from every figure (it would otherwise add to all of them).
    {"D", "merged", d(2025, 5, 7), d(2025, 6, 6), d(2025, 5, 8), "150824100", "justice", "neighbor", "walk_in",
     "people_mediation", "", "", "unrated"},
    // E: received in April, closed in May, on time, mediation failed at county level, unrated.
    {"E", "closed", d(2025, 4, 20), d(2025, 5, 20), d(2025, 5, 2), "150824101", "hrss", "labor", "grid",
     "people_mediation", "mediation_failed", "county", "unrated"},
    // F: escalated in May: counts in the level figures only.
    {"F", "escalated", d(2025, 4, 1), d(2025, 5, 31), d(2025, 5, 15), "150824101", "hrss", "labor", "walk_in",
     "petition", "", "escalated"},
    // G: open, due on May's last day: open at month end, not overdue.
    {"G",
     "in_progress",
     d(2025, 5, 10),
     d(2025, 5, 31),
     {},
     "150824100",
     "justice",
     "marriage_family",
     "walk_in",
     "people_mediation"},
    // H: open since April, overdue, no lead department.
    {"H", "filed", d(2025, 4, 10), d(2025, 5, 10), {}, "150824101", "", "land_forest", "grid", "people_mediation"},
    // I: closed late, not resolved, dissatisfied.
    {"I", "closed", d(2025, 5, 12), d(2025, 5, 20), d(2025, 5, 28), "150824100", "justice", "land_forest", "letter",
     "petition", "petition_not_supported", "township", "dissatisfied"},
    // J: transferred to court, county level, unrated.
    {"J", "closed", d(2025, 5, 15), d(2025, 6, 14), d(2025, 5, 20), "150824100", "court", "contract", "walk_in",
     "court_prelitigation", "transferred_to_court", "county", "unrated"},
    // K: fast-track judgment (resolved), village, satisfied.
    {"K", "closed", d(2025, 5, 16), d(2025, 6, 15), d(2025, 5, 18), "150824100", "court", "private_loan", "phone",
     "court_prelitigation", "fast_track_judgment", "village", "satisfied"},
    // L: received December 2024, closed January 2025 (the January report's trend reaches into 2024).
    {"L", "closed", d(2024, 12, 20), d(2025, 1, 19), d(2025, 1, 5), "150824100", "justice", "neighbor", "walk_in",
     "people_mediation", "mediated", "village", "satisfied"},
    // M: received January, still open and long overdue.
    {"M",
     "in_progress",
     d(2025, 1, 10),
     d(2025, 2, 9),
     {},
     "150824101",
     "hrss",
     "labor",
     "walk_in",
     "people_mediation"},
    // N: withdrawn: accepted, never closed.
    {"N", "withdrawn", d(2025, 5, 20), d(2025, 5, 23), d(2025, 5, 25), "150824100", "justice", "consumer", "online",
     "consultation"},
    // O: from another site (a township center's case in the county file), resolved otherwise.
    {"O", "closed", d(2025, 5, 21), d(2025, 5, 24), d(2025, 5, 22), "150824101", "justice", "neighbor", "walk_in",
     "consultation", "resolved_other", "village", "basically_satisfied", false, "150824101"},
};

void insertLedger(Database& db)
{
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    CaseWriter writer(db);
    int seq = 0;
    for (const Spec& s : kLedger) {
        CaseRecord c;
        c.caseNo = QStringLiteral("（%1）乌中矛调字第%2号").arg(s.received.year()).arg(++seq, 4, 10, QChar(u'0'));
        c.siteCode = QString::fromUtf8(s.site);
        c.caseType = QString::fromUtf8(s.caseType);
        c.source = QString::fromUtf8(s.source);
        c.categoryCode = QString::fromUtf8(s.category);
        c.townshipCode = QString::fromUtf8(s.township);
        c.leadDepartmentCode = QString::fromUtf8(s.department);
        c.status = QString::fromUtf8(s.status);
        c.receivedOn = s.received;
        c.filedOn = s.received;
        c.dueOn = s.due;
        c.endedOn = s.ended;
        c.outcome = QString::fromUtf8(s.outcome);
        c.resolutionLevel = QString::fromUtf8(s.level);
        c.satisfaction = QString::fromUtf8(s.satisfaction);
        if (c.outcome == QLatin1String("mediated"))
            c.judicialConfirmed = s.judicial;
        c.summary = QStringLiteral("案件") + QString::fromUtf8(s.name);
        c.parties << Party{{},
                           QStringLiteral("applicant"),
                           QStringLiteral("person"),
                           QStringLiteral("当事人") + QString::fromUtf8(s.name),
                           {},
                           {},
                           {},
                           {},
                           {}};
        REQUIRE(writer.insert(c));
    }
    REQUIRE(tx.commit());
}

MonthlyReport report(Database& db, int y, int m, const ReportScope& scope = {})
{
    auto r = computeMonthlyReport(db, QDate(y, m, 1), scope);
    REQUIRE(r.ok());
    return *r;
}

// The sites the ledger's cases come from.
QStringList sitesOf(Database& db)
{
    QStringList sites;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT site_code FROM cases ORDER BY 1")));
    while (q.next())
        sites << q.value(0).toString();
    return sites;
}

const BreakdownRow* row(const QList<BreakdownRow>& rows, const QString& key)
{
    for (const BreakdownRow& r : rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

QString rateString(const QJsonValue& v)
{
    return v.isNull() ? QString() : QString::number(v.toDouble(), 'f', 2);
}

QByteArray unzip(const QString& zip, const QString& member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

QString xmlText(QString s)
{
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

// The cells of one sheet of an XLSX as rows of (column letter → text), shared strings resolved.
QMap<int, QMap<QString, QString>> xlsxSheet(const QString& path, int sheet)
{
    QStringList shared;
    const QString sst = QString::fromUtf8(unzip(path, QStringLiteral("xl/sharedStrings.xml")));
    static const QRegularExpression si(QStringLiteral("<si>(.*?)</si>"));
    static const QRegularExpression t(QStringLiteral("<t[^>]*>(.*?)</t>"));
    for (auto it = si.globalMatch(sst); it.hasNext();) {
        const QString inner = it.next().captured(1);
        QString text;
        for (auto jt = t.globalMatch(inner); jt.hasNext();)
            text += xmlText(jt.next().captured(1));
        shared << text;
    }
    const QString xml = QString::fromUtf8(unzip(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    static const QRegularExpression cell(
        QStringLiteral("<c r=\"([A-Z]+)(\\d+)\"([^>]*?)(?:/>|>(?:<v>([^<]*)</v>)?</c>)"));
    QMap<int, QMap<QString, QString>> rows;
    for (auto it = cell.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        QString v = m.captured(4);
        if (m.captured(3).contains(QStringLiteral("t=\"s\"")))
            v = shared.value(v.toInt());
        rows[m.captured(2).toInt()][m.captured(1)] = v;
    }
    return rows;
}

} // namespace

TEST_CASE("rates are percentages rounded half-up in exact arithmetic, null without denominator")
{
    CHECK(percentRate(1, 32) == 313); // 3.125 → 3.13 (half-up, not to even)
    CHECK(percentRate(1, 3) == 3333);
    CHECK(percentRate(2, 3) == 6667);
    CHECK(percentRate(5, 8) == 6250);
    CHECK(percentRate(7, 7) == 10000);
    CHECK(percentRate(0, 9) == 0);
    CHECK_FALSE(percentRate(0, 0).has_value());
    CHECK(formatRate(percentRate(1, 32)) == QStringLiteral("3.13"));
    CHECK(formatRate(percentRate(0, 9)) == QStringLiteral("0.00"));
    CHECK(formatRate(percentRate(1, 1)) == QStringLiteral("100.00"));
    CHECK(formatRate(std::nullopt).isEmpty());
    CHECK(parseReportMonth(QStringLiteral("2025-05")) == QDate(2025, 5, 1));
    CHECK_FALSE(parseReportMonth(QStringLiteral("2025-13")));
    CHECK_FALSE(parseReportMonth(QStringLiteral("2025-5")));
}

TEST_CASE("May 2025 over the hand-made ledger: every count and rate as a clerk counts them")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    const MonthlyReport r = report(*t.db, 2025, 5);
    const ReportTotals& x = r.totals;
    CHECK(x.registered == 9);       // A B C G I J K N O (D merged)
    CHECK(x.accepted == 8);         // minus rejected C
    CHECK(x.closed == 6);           // A E I J K O (B closed June 1)
    CHECK(x.closedOfAccepted == 5); // A I J K O
    CHECK(x.resolved == 3);         // A mediated, K fast track, O resolved otherwise
    CHECK(x.mediated == 1);
    CHECK(x.mediationFailed == 1);
    CHECK(x.judicialConfirmed == 1); // A
    CHECK(x.transferredToCourt == 1);
    CHECK(x.fastTrack == 1);
    CHECK(x.onTime == 5);         // all closed but I
    CHECK(x.openEnd == 4);        // B G H M
    CHECK(x.overdueOpen == 2);    // H M; G is due on May 31 itself
    CHECK(x.rated == 4);          // A I K O (E, J unrated)
    CHECK(x.satisfied == 3);      // A K O
    CHECK(x.endedWithLevel == 7); // six closed + escalated F
    CHECK(x.levelVillage == 3);   // A K O
    CHECK(x.levelTownship == 1);  // I
    CHECK(x.levelCounty == 2);    // E J
    CHECK(x.levelEscalated == 1); // F

    CHECK(formatRate(r.rates.closure) == QStringLiteral("62.50"));            // 5/8
    CHECK(formatRate(r.rates.resolution) == QStringLiteral("50.00"));         // 3/6
    CHECK(formatRate(r.rates.mediationSuccess) == QStringLiteral("50.00"));   // 1/2
    CHECK(formatRate(r.rates.onTime) == QStringLiteral("83.33"));             // 5/6
    CHECK(formatRate(r.rates.satisfaction) == QStringLiteral("75.00"));       // 3/4
    CHECK(formatRate(r.rates.notLeavingVillage) == QStringLiteral("42.86"));  // 3/7
    CHECK(formatRate(r.rates.notLeavingTownship) == QStringLiteral("57.14")); // 4/7
    CHECK(formatRate(r.rates.notEscalated) == QStringLiteral("85.71"));       // 6/7

    // Year to date, January 1 – May 31: L (received 2024) is out of accepted but its January close counts.
    CHECK(r.ytd.accepted == 12);        // May's 8 + E F H M
    CHECK(r.ytd.closedOfAccepted == 6); // A E I J K O
    CHECK(formatRate(r.ytd.closureRate) == QStringLiteral("50.00"));
    CHECK(r.ytd.closed == 7); // May's 6 + L
    CHECK(r.ytd.resolved == 4);
    CHECK(formatRate(r.ytd.resolutionRate) == QStringLiteral("57.14"));

    REQUIRE(r.trend.size() == 12);
    CHECK(r.trend.first().month == QStringLiteral("2024-06"));
    CHECK(r.trend.last().month == QStringLiteral("2025-05"));
    CHECK(r.trend[6].month == QStringLiteral("2024-12"));
    CHECK(r.trend[6].accepted == 1);  // L
    CHECK(r.trend[7].accepted == 1);  // M
    CHECK(r.trend[7].closed == 1);    // L
    CHECK(r.trend[10].accepted == 3); // E F H
    CHECK(r.trend[11].accepted == 8);
    CHECK(r.trend[11].closed == 6);
    CHECK(r.trend[0].accepted == 0);

    // Breakdowns: sorted by accepted then key; all-zero keys left out; unassigned is "none".
    REQUIRE(r.byTownship.size() == 2);
    CHECK(r.byTownship[0].key == kHaliutu);
    CHECK(r.byTownship[0].label == QStringLiteral("海流图镇"));
    CHECK(r.byTownship[0].accepted == 7);
    CHECK(r.byTownship[0].closed == 4);
    CHECK(r.byTownship[0].resolved == 2);
    CHECK(r.byTownship[0].onTime == 3);
    CHECK(r.byTownship[0].overdueOpen == 0);
    CHECK(r.byTownship[1].key == kWujiahe);
    CHECK(r.byTownship[1].accepted == 1);
    CHECK(r.byTownship[1].closed == 2);
    CHECK(r.byTownship[1].resolved == 1);
    CHECK(r.byTownship[1].onTime == 2);
    CHECK(r.byTownship[1].overdueOpen == 2);

    QStringList departments;
    for (const BreakdownRow& b : r.byDepartment)
        departments << b.key;
    CHECK(departments == QStringList{QStringLiteral("justice"), QStringLiteral("court"), QStringLiteral("hrss"),
                                     QStringLiteral("none")});
    const BreakdownRow* justice = row(r.byDepartment, QStringLiteral("justice"));
    REQUIRE(justice);
    CHECK(justice->accepted == 6);
    CHECK(justice->closed == 3);
    CHECK(justice->resolved == 2);
    CHECK(justice->onTime == 2);
    const BreakdownRow* none = row(r.byDepartment, QStringLiteral("none"));
    REQUIRE(none);
    CHECK(none->label == QStringLiteral("未分派"));
    CHECK(none->accepted == 0);
    CHECK(none->overdueOpen == 1); // H
    const BreakdownRow* neighbor = row(r.byCategory, QStringLiteral("neighbor"));
    REQUIRE(neighbor);
    CHECK(neighbor->label == QStringLiteral("邻里"));
    CHECK(neighbor->accepted == 3); // A B O
    CHECK(neighbor->closed == 2);
    CHECK_FALSE(row(r.byCategory, QStringLiteral("medical")));
    const BreakdownRow* petition = row(r.byCaseType, QStringLiteral("petition"));
    REQUIRE(petition);
    CHECK(petition->accepted == 1); // I (C rejected)
    CHECK(petition->closed == 1);

    QStringList outcomes;
    for (const OutcomeRow& o : r.byOutcome)
        outcomes << QStringLiteral("%1=%2").arg(o.key).arg(o.count);
    CHECK(outcomes == QStringList{QStringLiteral("mediated=1"), QStringLiteral("mediation_failed=1"),
                                  QStringLiteral("fast_track_judgment=1"), QStringLiteral("transferred_to_court=1"),
                                  QStringLiteral("petition_not_supported=1"), QStringLiteral("resolved_other=1")});

    // Drill-down gives the same cases the counts name.
    auto behind = casesBehindFigure(*t.db, QDate(2025, 5, 1), {}, QStringLiteral("overdue_open"));
    REQUIRE(behind.ok());
    QStringList names;
    for (const ReportCase& c : *behind)
        names << c.applicant;
    names.sort();
    CHECK(names == QStringList{QStringLiteral("当事人H"), QStringLiteral("当事人M")});
    for (const Figure& f : r.totalFigures()) {
        auto cases = casesBehindFigure(*t.db, QDate(2025, 5, 1), {}, f.key);
        REQUIRE(cases.ok());
        INFO(f.key.toStdString());
        CHECK(cases->size() == f.count);
    }
}

TEST_CASE("the June and January reports: month boundaries and a trend reaching into the previous year")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    const MonthlyReport june = report(*t.db, 2025, 6);
    CHECK(june.totals.registered == 0);
    CHECK(june.totals.closed == 1); // B, received May 31, closed June 1
    CHECK(june.totals.resolved == 1);
    CHECK(june.totals.openEnd == 3);     // G H M (B ended June 1)
    CHECK(june.totals.overdueOpen == 3); // G's May 31 deadline has now passed too
    CHECK(june.ytd.accepted == 12);
    CHECK(june.ytd.closedOfAccepted == 7); // B now closed within the period

    const MonthlyReport jan = report(*t.db, 2025, 1);
    CHECK(jan.totals.registered == 1); // M
    CHECK(jan.totals.accepted == 1);
    CHECK(jan.totals.closed == 1); // L, received in December
    CHECK(jan.totals.closedOfAccepted == 0);
    CHECK(formatRate(jan.rates.closure) == QStringLiteral("0.00"));
    CHECK(formatRate(jan.rates.resolution) == QStringLiteral("100.00"));
    CHECK(jan.ytd.accepted == 1); // L's December receipt belongs to 2024
    CHECK(jan.ytd.closed == 1);
    REQUIRE(jan.trend.size() == 12);
    CHECK(jan.trend.first().month == QStringLiteral("2024-02"));
    CHECK(jan.trend[10].month == QStringLiteral("2024-12"));
    CHECK(jan.trend[10].accepted == 1);
    CHECK(jan.trend[11].month == QStringLiteral("2025-01"));
    CHECK(jan.trend[11].accepted == 1);
    CHECK(jan.trend[11].closed == 1);
}

TEST_CASE("a report is one snapshot: a case another desk closes and reopens meanwhile is counted once")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    test::addCase(*t.db, u"(2025)测调字第90号"_s, QDate(2025, 5, 12));
    const MonthlyReport before = report(*t.db, 2025, 5);
    // Desk B closes that case (received in May) in May and reopens it, one commit each, as fast as
    // it can, while this desk prints May's report again and again. Each case received in May is
    // either closed by the month's end (the first statement) or open at its end (the third), so
    // these sums stay whatever B has done, as long as all statements read the same snapshot.
    std::atomic<bool> stop{false};
    std::atomic<int> toggles{0};
    std::thread deskB([&] {
        auto other =
            test::serverStore() ? Database::openServer(*parseStoreLocation(t.server->url())) : Database::open(t.path);
        if (!other)
            return;
        while (!stop) {
            WriteTransaction tx(**other);
            QSqlQuery q((*other)->sql());
            if (!tx.active() ||
                !q.exec(u"UPDATE cases SET status = CASE WHEN ended_on IS NULL THEN 'closed' ELSE 'filed' END, "
                        u"outcome = CASE WHEN ended_on IS NULL THEN 'mediated' END, "
                        u"ended_on = CASE WHEN ended_on IS NULL THEN '2025-05-20' END "
                        u"WHERE case_no = '(2025)测调字第90号'"_s) ||
                !tx.commit())
                return;
            ++toggles;
        }
    });
    int seen = 0;
    while (toggles < 200 && seen < 2000) {
        const MonthlyReport r = report(*t.db, 2025, 5);
        CHECK(r.totals.closedOfAccepted + r.totals.openEnd == before.totals.closedOfAccepted + before.totals.openEnd);
        CHECK(r.totals.closed + r.totals.openEnd == before.totals.closed + before.totals.openEnd);
        ++seen;
    }
    stop = true;
    deskB.join();
    CHECK(toggles >= 200); // desk B did write meanwhile
}

TEST_CASE("township, department and site scopes; an empty scope has every rate null")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    const MonthlyReport wujiahe = report(*t.db, 2025, 5, ReportScope{{}, kWujiahe, {}});
    CHECK(wujiahe.totals.registered == 2); // C O
    CHECK(wujiahe.totals.accepted == 1);
    CHECK(wujiahe.totals.closed == 2); // E O
    CHECK(wujiahe.totals.closedOfAccepted == 1);
    CHECK(formatRate(wujiahe.rates.closure) == QStringLiteral("100.00"));
    CHECK(wujiahe.totals.openEnd == 2);
    CHECK(wujiahe.totals.overdueOpen == 2);
    CHECK(wujiahe.totals.levelEscalated == 1);
    CHECK(wujiahe.byTownship.size() == 1);

    const MonthlyReport justice = report(*t.db, 2025, 5, ReportScope{{}, {}, QStringLiteral("justice")});
    CHECK(justice.totals.accepted == 6);
    CHECK(justice.totals.closed == 3);
    CHECK(justice.totals.openEnd == 2); // B G
    CHECK(justice.totals.overdueOpen == 0);
    const MonthlyReport unassigned = report(*t.db, 2025, 5, ReportScope{{}, {}, QStringLiteral("none")});
    CHECK(unassigned.totals.registered == 1);  // C
    CHECK(unassigned.totals.overdueOpen == 1); // H

    const MonthlyReport site = report(*t.db, 2025, 5, ReportScope{QStringLiteral("150824101"), {}, {}});
    CHECK(site.totals.registered == 1); // O only
    CHECK(site.totals.closed == 1);
    CHECK(site.totals.resolved == 1);

    const MonthlyReport empty = report(*t.db, 2025, 5, ReportScope{{}, QStringLiteral("150824105"), {}});
    for (const Figure& f : empty.totalFigures())
        CHECK(f.count == 0);
    for (const Figure& f : empty.rateFigures())
        CHECK_FALSE(f.rate.has_value());
    CHECK_FALSE(empty.ytd.closureRate.has_value());
    CHECK_FALSE(empty.ytd.resolutionRate.has_value());
    CHECK(empty.byCategory.isEmpty());
    CHECK(empty.byOutcome.isEmpty());
    CHECK(empty.trend.size() == 12);
    const QJsonObject json = QJsonDocument::fromJson(empty.toJson()).object();
    CHECK(json.value(QStringLiteral("rates")).toObject().value(QStringLiteral("closure_rate")).isNull());
    CHECK(json.value(QStringLiteral("scope")).toObject().value(QStringLiteral("township")).toString() ==
          QStringLiteral("150824105"));
    CHECK(json.value(QStringLiteral("scope")).toObject().value(QStringLiteral("site")).isNull());
}

TEST_CASE("a department's trend and year to date, read from its own index, add up from every site's")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    const QStringList sites = sitesOf(*t.db);
    REQUIRE(sites.size() == 2);
    for (const char* code : {"justice", "hrss", "none"}) {
        const QString department = QString::fromLatin1(code);
        INFO(code);
        // One department alone takes cases_department (migration 8); with a site too, the report
        // scans the date-range indexes as before.
        const MonthlyReport alone = report(*t.db, 2025, 5, ReportScope{{}, {}, department});
        QList<TrendPoint> summed = alone.trend;
        for (TrendPoint& p : summed)
            p.accepted = p.closed = 0;
        ReportYtd ytd;
        for (const QString& site : sites) {
            const MonthlyReport part = report(*t.db, 2025, 5, ReportScope{site, {}, department});
            REQUIRE(part.trend.size() == summed.size());
            for (qsizetype i = 0; i < summed.size(); ++i) {
                summed[i].accepted += part.trend[i].accepted;
                summed[i].closed += part.trend[i].closed;
            }
            ytd.accepted += part.ytd.accepted;
            ytd.closedOfAccepted += part.ytd.closedOfAccepted;
            ytd.closed += part.ytd.closed;
            ytd.resolved += part.ytd.resolved;
        }
        qint64 total = 0;
        for (qsizetype i = 0; i < summed.size(); ++i) {
            INFO(summed[i].month.toStdString());
            CHECK(alone.trend[i].accepted == summed[i].accepted);
            CHECK(alone.trend[i].closed == summed[i].closed);
            total += alone.trend[i].accepted + alone.trend[i].closed;
        }
        CHECK(total > 0); // the ledger has cases of each in the 12 months
        CHECK(alone.ytd.accepted == ytd.accepted);
        CHECK(alone.ytd.closedOfAccepted == ytd.closedOfAccepted);
        CHECK(alone.ytd.closed == ytd.closed);
        CHECK(alone.ytd.resolved == ytd.resolved);
    }
}

TEST_CASE("each site's report, counted on the site's own indexes, adds up to the county's")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    const QStringList sites = sitesOf(*t.db);
    REQUIRE(sites.size() == 2);
    for (const int month : {5, 6, 12}) {
        INFO("2025-" << month);
        // The county and one site each count their trend on index ranges (migration 15 for a site);
        // cases open at the month's end on cases_report_open, which carries the site since then.
        const MonthlyReport county = report(*t.db, 2025, month);
        MonthlyReport summed = county;
        for (TrendPoint& p : summed.trend)
            p.accepted = p.closed = 0;
        summed.ytd = {};
        summed.totals = {};
        for (const QString& site : sites) {
            const MonthlyReport part = report(*t.db, 2025, month, ReportScope{site, {}, {}});
            REQUIRE(part.trend.size() == summed.trend.size());
            for (qsizetype i = 0; i < summed.trend.size(); ++i) {
                summed.trend[i].accepted += part.trend[i].accepted;
                summed.trend[i].closed += part.trend[i].closed;
            }
            summed.ytd.accepted += part.ytd.accepted;
            summed.ytd.closedOfAccepted += part.ytd.closedOfAccepted;
            summed.ytd.closed += part.ytd.closed;
            summed.ytd.resolved += part.ytd.resolved;
            summed.totals.openEnd += part.totals.openEnd;
            summed.totals.overdueOpen += part.totals.overdueOpen;
            summed.totals.registered += part.totals.registered;
        }
        qint64 total = 0;
        for (qsizetype i = 0; i < summed.trend.size(); ++i) {
            INFO(summed.trend[i].month.toStdString());
            CHECK(county.trend[i].accepted == summed.trend[i].accepted);
            CHECK(county.trend[i].closed == summed.trend[i].closed);
            total += county.trend[i].accepted + county.trend[i].closed;
        }
        CHECK(total > 0);
        CHECK(county.ytd.accepted == summed.ytd.accepted);
        CHECK(county.ytd.closedOfAccepted == summed.ytd.closedOfAccepted);
        CHECK(county.ytd.closed == summed.ytd.closed);
        CHECK(county.ytd.resolved == summed.ytd.resolved);
        CHECK(county.totals.openEnd == summed.totals.openEnd);
        CHECK(county.totals.overdueOpen == summed.totals.overdueOpen);
        CHECK(county.totals.registered == summed.totals.registered);
    }
}

TEST_CASE("JSON in the shape of reports.md; CSV, XLSX and PDF carry the same numbers")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    const MonthlyReport r = report(*t.db, 2025, 5);
    QJsonParseError err;
    const QJsonObject json = QJsonDocument::fromJson(r.toJson(), &err).object();
    REQUIRE(err.error == QJsonParseError::NoError);
    CHECK(json.value(QStringLiteral("report")).toString() == QStringLiteral("monthly_closure"));
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    CHECK(json.value(QStringLiteral("month")).toString() == QStringLiteral("2025-05"));
    CHECK(json.value(QStringLiteral("site")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("150824"));
    CHECK(json.value(QStringLiteral("site")).toObject().value(QStringLiteral("level")).toString() ==
          QStringLiteral("county"));
    CHECK(json.value(QStringLiteral("generated_at")).toString().contains(QLatin1Char('T')));
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    CHECK(totals.size() == 20);
    CHECK(totals.value(QStringLiteral("registered")).toInt() == 9);
    CHECK(totals.value(QStringLiteral("level_escalated")).toInt() == 1);
    const QJsonObject rates = json.value(QStringLiteral("rates")).toObject();
    CHECK(rates.size() == 8);
    CHECK(rates.value(QStringLiteral("closure_rate")).toDouble() == 62.5);
    CHECK(rates.value(QStringLiteral("on_time_rate")).toDouble() == 83.33);
    const QJsonObject ytd = json.value(QStringLiteral("ytd")).toObject();
    CHECK(ytd.keys().size() == 6);
    CHECK(ytd.value(QStringLiteral("resolution_rate")).toDouble() == 57.14);
    const QJsonArray townships = json.value(QStringLiteral("by_township")).toArray();
    REQUIRE(townships.size() == 2);
    const QJsonObject first = townships.at(0).toObject();
    CHECK(first.keys() == QStringList{QStringLiteral("accepted"), QStringLiteral("closed"), QStringLiteral("key"),
                                      QStringLiteral("label"), QStringLiteral("on_time"),
                                      QStringLiteral("overdue_open"), QStringLiteral("resolved")});
    CHECK(first.value(QStringLiteral("label")).toString() == QStringLiteral("海流图镇"));
    CHECK(json.value(QStringLiteral("trend")).toArray().size() == 12);
    CHECK(json.value(QStringLiteral("by_outcome")).toArray().at(0).toObject().value(QStringLiteral("label")) ==
          QStringLiteral("调解成功"));
    for (const char* k : {"by_category", "by_source", "by_department", "by_case_type"})
        CHECK(json.value(QString::fromLatin1(k)).isArray());

    // CSV: UTF-8 BOM, then sections whose figures equal the JSON's.
    const QByteArray csvBytes = r.toCsv();
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    const auto parsed = csv::parse(QString::fromUtf8(csvBytes.mid(3)));
    QMap<QString, QMap<QString, QString>> sections;
    QString section;
    int sectionNo = 0;
    for (const csv::Record& rec : parsed.records) {
        if (!rec.fields.isEmpty() && rec.fields[0].startsWith(QLatin1Char('['))) {
            section = QString::number(++sectionNo);
            continue;
        }
        if (rec.fields.size() == 3 && sectionNo >= 1 && sectionNo <= 3)
            sections[section][rec.fields[0]] = rec.fields[2];
    }
    CHECK(r.toCsv().contains("登记数"));
    for (auto it = totals.begin(); it != totals.end(); ++it)
        CHECK(sections[QStringLiteral("1")].value(it.key()) == QString::number(it.value().toInt()));
    for (auto it = rates.begin(); it != rates.end(); ++it)
        CHECK(sections[QStringLiteral("2")].value(it.key()) == rateString(it.value()));
    CHECK(sections[QStringLiteral("3")].value(QStringLiteral("accepted")) == QStringLiteral("12"));
    CHECK(sections[QStringLiteral("3")].value(QStringLiteral("closure_rate")) == QStringLiteral("50.00"));
    CHECK(QString::fromUtf8(csvBytes).contains(QStringLiteral("150824100,海流图镇,7,4,2,3,0")));
    CHECK(QString::fromUtf8(csvBytes).contains(QStringLiteral("2025-05,8,6")));

    // XLSX: the summary sheet's (name → value) pairs, in order, are the JSON's figures, under
    // Chinese names only (no code column), made at a local time without an offset.
    const QString xlsx = t.file(QStringLiteral("r.xlsx"));
    REQUIRE(ui::writeReportXlsx(r, xlsx));
    const auto sheet = xlsxSheet(xlsx, 1);
    QStringList labels, got, want;
    for (const QList<Figure>& list : {r.totalFigures(), r.rateFigures(), r.ytdFigures()})
        for (const Figure& f : list) {
            labels << f.label;
            want << f.label + QLatin1Char('=') +
                        (f.isRate ? (f.rate ? QString::number(double(*f.rate) / 10000.0, 'g', 10) : QStringLiteral("—"))
                                  : QString::number(f.count));
        }
    for (const auto& cells : sheet) {
        if (labels.contains(cells.value(QStringLiteral("A"))))
            got << cells.value(QStringLiteral("A")) + QLatin1Char('=') + cells.value(QStringLiteral("B"));
        for (const QString& text : cells)
            CHECK_FALSE(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(text).hasMatch());
        CHECK(cells.value(QStringLiteral("C")).isEmpty());
    }
    CHECK(got == want);
    CHECK(sheet.value(1).value(QStringLiteral("A")) == r.title());
    CHECK(QRegularExpression(QStringLiteral("^生成时间：\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))
              .match(sheet.value(3).value(QStringLiteral("A")))
              .hasMatch());
    const QString workbook = QString::fromUtf8(unzip(xlsx, QStringLiteral("xl/workbook.xml")));
    for (const char* name : {"总表", "按纠纷类别", "按来源渠道", "按责任部门", "按乡镇（苏木）", "按案件类型", "趋势"})
        CHECK(workbook.contains(QString::fromUtf8(name)));
    const auto townshipSheet = xlsxSheet(xlsx, 5);
    CHECK(townshipSheet.value(1).value(QStringLiteral("A")) == QStringLiteral("名称"));
    CHECK(townshipSheet.value(2).value(QStringLiteral("A")) == QStringLiteral("海流图镇"));
    CHECK(townshipSheet.value(2).value(QStringLiteral("B")) == QStringLiteral("7"));
    CHECK(townshipSheet.value(3).value(QStringLiteral("F")) == QStringLiteral("2"));
    // The last row is 合计: each column's sum.
    const int last = townshipSheet.lastKey();
    CHECK(townshipSheet.value(last).value(QStringLiteral("A")) == QStringLiteral("合计"));
    qint64 accepted = 0;
    for (const BreakdownRow& row : r.byTownship)
        accepted += row.accepted;
    CHECK(townshipSheet.value(last).value(QStringLiteral("B")) == QString::number(accepted));

    // PDF: its text has the title and the totals.
    const QString pdf = t.file(QStringLiteral("r.pdf"));
    REQUIRE(ui::writeReportPdf(r, pdf));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    // The text as printed, no normalization: searching the PDF for 矛盾纠纷 finds it.
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK_FALSE(test::hasRadicals(text));
    CHECK(text.contains(QStringLiteral("乌拉特中旗社会治理中心 2025年5月矛盾纠纷受理办结情况统计表")));
    CHECK(text.contains(QStringLiteral("登记数")));
    CHECK(text.contains(QStringLiteral("62.50%")));
    CHECK(text.contains(QStringLiteral("83.33%")));
    // One numbering (一、 to 十一、), a 合计 row under every breakdown, the statistical form's footer.
    for (const char* heading :
         {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK_FALSE(QRegularExpression(QStringLiteral("(^|\\n)\\s*\\d+\\. ")).match(text).hasMatch());
    CHECK(text.count(QStringLiteral("合计")) == 7); // 12-month trend, five breakdowns, outcomes
    for (const char* part : {"单位负责人：", "统计负责人：", "填表人：", "报出日期："})
        CHECK(text.contains(QString::fromUtf8(part)));
    CHECK(text.contains(QRegularExpression(QStringLiteral("第\\s*1\\s*页\\s*共\\s*\\d+\\s*页"))));
    CHECK(QRegularExpression(QStringLiteral("登记数\\s+9\\b")).match(text).hasMatch());
}

TEST_CASE("report labels follow the language")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    i18n::setLanguage(QStringLiteral("en"));
    const MonthlyReport r = report(*t.db, 2025, 5);
    i18n::setLanguage(QStringLiteral("zh_CN"));
    const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
    CHECK(json.value(QStringLiteral("by_township")).toArray().at(0).toObject().value(QStringLiteral("label")) ==
          QStringLiteral("海流图镇")); // divisions have Chinese names only
    CHECK(json.value(QStringLiteral("by_case_type")).toArray().at(0).toObject().value(QStringLiteral("label")) ==
          QStringLiteral("People's mediation"));
    CHECK(r.totalFigures().first().label == QStringLiteral("Registered"));
}

TEST_CASE("onewindow-cli report, end to end")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    const QString out = t.file(QStringLiteral("cli.json"));
    auto run = [&](QStringList args) {
        return test::runProgram(cli, QStringList{QStringLiteral("--db"), t.path} + args);
    };
    auto r = run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2025-13"),
                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    CHECK(r.status == 2);
    r = run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2025-05"), QStringLiteral("--format"),
             QStringLiteral("doc"), QStringLiteral("--out"), out});
    CHECK(r.status == 2);
    r = run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2025-05"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--township"), QStringLiteral("不存在镇"), QStringLiteral("--out"),
             out});
    CHECK(r.status == 1);
    r = run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2025-05"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--township"), QStringLiteral("乌加河镇"), QStringLiteral("--out"),
             out});
    REQUIRE(r.status == 0);
    QJsonObject json = QJsonDocument::fromJson(test::readFile(out)).object();
    CHECK(json.value(QStringLiteral("scope")).toObject().value(QStringLiteral("township")) == kWujiahe);
    CHECK(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("registered")).toInt() == 2);
    // The exported report carries the signed head of the audit log (docs/reports.md, audit_head).
    const QJsonObject head = json.value(QStringLiteral("audit_head")).toObject();
    CHECK(head.value(QStringLiteral("seq")).toInteger() > 0);
    CHECK(head.value(QStringLiteral("hash")).toString().size() == 64);
    CHECK(head.value(QStringLiteral("signature")).toString().size() == 88);

    for (const char* fmt : {"csv", "xlsx", "pdf"}) {
        const QString file = t.file(QStringLiteral("cli.") + QString::fromLatin1(fmt));
        r = run({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2025-05"),
                 QStringLiteral("--format"), QString::fromLatin1(fmt), QStringLiteral("--out"), file});
        INFO(fmt << " " << r.err.toStdString());
        CHECK(r.status == 0);
        CHECK(QFileInfo(file).size() > 100);
    }
    r = test::runProgram(cli, {QStringLiteral("--db"), t.path, QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2025-05"),
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    REQUIRE(r.status == 0);
    json = QJsonDocument::fromJson(test::readFile(out)).object();
    CHECK(json.value(QStringLiteral("by_source")).toArray().at(0).toObject().value(QStringLiteral("label")) ==
          QStringLiteral("Walk-in"));
}

// demo on either store; on a server the same cases for the seed as in a file (docs/postgresql.md,
// "Demo cases and recover-admin on a server").
TEST_CASE("onewindow-cli demo: deterministic for a seed, valid identifiers, numbered per year")
{
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    test::TempDatabase a, b;
    if (!test::serverStore()) {
        a.db.reset();
        b.db.reset();
    }
    REQUIRE(test::runProgram(cli, {QStringLiteral("--db"), a.path, QStringLiteral("demo"), QStringLiteral("--cases"),
                                   QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7")})
                .status == 0);
    REQUIRE(test::runProgram(cli, {QStringLiteral("--db"), b.path, QStringLiteral("demo"), QStringLiteral("--cases"),
                                   QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7")})
                .status == 0);
    CHECK(test::runProgram(cli, {QStringLiteral("--db"), a.path, QStringLiteral("demo"), QStringLiteral("--cases"),
                                 QStringLiteral("x")})
              .status == 2);
    Database* dbA = &test::reopen(a);
    Database* dbB = &test::reopen(b);
    auto column = [](Database& db, const QString& sql) {
        QStringList values;
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(sql));
        while (q.next())
            values << q.value(0).toString();
        return values;
    };
    const QString signature =
        QStringLiteral("SELECT COALESCE(case_no,'') || category_code || status || received_on || "
                       "COALESCE(ended_on,'') || COALESCE(outcome,'') || applicant_name FROM cases ORDER BY 1");
    CHECK(column(*dbA, signature) == column(*dbB, signature));
    CHECK(column(*dbA, QStringLiteral("SELECT COUNT(*) FROM cases")) == QStringList{QStringLiteral("400")});
    if (test::serverStore()) {
        // The same seed in a new file gives the server's cases.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
        REQUIRE(test::runProgram(cli, {QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--cases"),
                                       QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("7")})
                    .status == 0);
        auto onFile = Database::open(file);
        REQUIRE(onFile.ok());
        const QStringList fileCases = column(**onFile, signature);
        CHECK(fileCases.size() == 400);
        CHECK(fileCases == column(*dbA, signature));
    }
    for (const QString& id :
         column(*dbA, QStringLiteral("SELECT id_number FROM parties WHERE id_number IS NOT NULL LIMIT 200")))
        CHECK(validation::residentId(id).ok());
    for (const QString& phone :
         column(*dbA, QStringLiteral("SELECT phone FROM parties WHERE phone IS NOT NULL LIMIT 200")))
        CHECK(validation::phone(phone).ok());
    const QStringList numbers =
        column(*dbA, QStringLiteral("SELECT case_no FROM cases WHERE case_no LIKE '（%1）%' ORDER BY case_no LIMIT 1")
                         .arg(QDate::currentDate().year()));
    REQUIRE(numbers.size() == 1);
    CHECK(numbers.first().endsWith(QStringLiteral("字第0001号")));
    const auto demo = computeMonthlyReport(*dbA, QDate::currentDate().addMonths(-1));
    REQUIRE(demo.ok());
    CHECK(demo->totals.accepted > 0);
    CHECK(demo->totals.closed > 0);
    // ~90 % of the demo's closed cases end resolved. Counted over all of them: one month holds a few
    // dozen, whose share moves with the day the test runs (76 % for October on 22 November 2026).
    const QStringList shares =
        column(*dbA, QStringLiteral(
                         "SELECT 1000 * SUM(CASE WHEN outcome IN ('mediated','fast_track_judgment',"
                         "'petition_supported','petition_explained','resolved_other') THEN 1 ELSE 0 END) / COUNT(*) "
                         "FROM cases WHERE status = 'closed'"));
    REQUIRE(shares.size() == 1);
    INFO("resolved per mille of closed demo cases: " << shares.first().toStdString());
    CHECK(shares.first().toInt() > 800);
}

TEST_CASE("the report window shows the figures, drills down and follows the scope pickers")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    ui::ReportWindow w(t.db);
    w.resize(1400, 900);
    w.setMonth(QDate(2025, 5, 1));
    auto* totals = w.findChild<QTableWidget*>(QStringLiteral("totalsTableWidget"));
    REQUIRE(totals);
    REQUIRE(totals->rowCount() == 20);
    CHECK(totals->item(0, 0)->text() == QStringLiteral("登记数"));
    CHECK(totals->item(0, 1)->text() == QStringLiteral("9"));
    CHECK(totals->item(12, 1)->text() == QStringLiteral("2")); // overdue_open
    auto* rates = w.findChild<QTableWidget*>(QStringLiteral("ratesTableWidget"));
    REQUIRE(rates);
    CHECK(rates->item(0, 1)->text() == QStringLiteral("62.50%"));
    auto* township = w.findChild<QComboBox*>(QStringLiteral("townshipComboBox"));
    REQUIRE(township);
    township->setCurrentIndex(township->findData(kWujiahe));
    CHECK(totals->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(w.report().scope.township == kWujiahe);
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("breakdownsTabWidget"));
    REQUIRE(tabs);
    CHECK(tabs->count() == 6);
    CHECK(tabs->tabText(3) == QStringLiteral("按乡镇（苏木）"));

    // Double-clicking a count opens the list of its cases.
    QTimer::singleShot(0, [] {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<QDialog*>(top); d && d->objectName() == QLatin1String("casesBehindDialog")) {
                auto* list = d->findChild<QTableWidget*>(QStringLiteral("casesTableWidget"));
                CHECK(list);
                if (list) {
                    CHECK(list->rowCount() == 2); // H and M in 乌加河镇
                }
                d->reject();
            }
    });
    w.showCasesBehind(QStringLiteral("overdue_open"));

    // Screenshots for the docs: OW_SCREENSHOTS=… [OW_SCREENSHOT_DB=demo.sqlite OW_SCREENSHOT_MONTH=YYYY-MM]
    const QString dir = qEnvironmentVariable("OW_SCREENSHOTS");
    if (!dir.isEmpty()) {
        DatabasePtr db = t.db;
        if (const QString path = qEnvironmentVariable("OW_SCREENSHOT_DB"); !path.isEmpty()) {
            auto opened = Database::open(path);
            REQUIRE(opened.ok());
            db = *opened;
        }
        ui::ReportWindow shot(db);
        shot.resize(1500, 950);
        if (auto m = parseReportMonth(qEnvironmentVariable("OW_SCREENSHOT_MONTH")))
            shot.setMonth(*m);
        shot.show();
        QApplication::processEvents();
        CHECK(shot.grab().save(dir + QStringLiteral("/report-window.png")));
    }
}

TEST_CASE("count axes have round ticks: 1, 2 or 5 times a power of ten, at most five steps")
{
    CHECK(ui::niceScale(855).max == 1000);
    CHECK(ui::niceScale(855).step == 200);
    CHECK(ui::niceScale(0).max == 1);
    CHECK(ui::niceScale(3).max == 3);
    CHECK(ui::niceScale(3).step == 1);
    CHECK(ui::niceScale(7).step == 2);
    CHECK(ui::niceScale(7).max == 8);
    CHECK(ui::niceScale(100000).step == 20000);
    for (qint64 top : {1, 9, 11, 49, 73, 641, 855, 12345, 99999}) {
        const ui::NiceScale s = ui::niceScale(top);
        INFO(top);
        CHECK(s.max >= top);
        CHECK(s.max % s.step == 0);
        CHECK(s.max / s.step <= 5);
        qint64 mantissa = s.step;
        while (mantissa % 10 == 0)
            mantissa /= 10;
        CHECK((mantissa == 1 || mantissa == 2 || mantissa == 5));
    }
}

TEST_CASE("report window in a small window: every category name readable, round ticks, 合计 rows, levels titled")
{
    test::TempDatabase t;
    insertLedger(*t.db);
    ui::ReportWindow w(t.db);
    w.resize(1024, 640); // smaller than any desktop's default window: the charts scroll, never elide
    w.setMonth(QDate(2025, 5, 1));
    w.show();
    QApplication::processEvents();
    auto* view = w.findChild<QChartView*>(QStringLiteral("chart1View"));
    REQUIRE(view);
    QStringList shown;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            shown << text->toPlainText();
    INFO("chart texts: " << shown.join(QStringLiteral(" | ")).toStdString());
    REQUIRE_FALSE(w.report().byCategory.isEmpty());
    for (const BreakdownRow& row : w.report().byCategory.mid(0, 8))
        CHECK(shown.contains(row.label));
    for (const QString& text : shown)
        CHECK_FALSE((text.contains(QStringLiteral("...")) || text.contains(QStringLiteral("…"))));
    auto* x = qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(x);
    CHECK(x->min() == 0);
    CHECK(ui::niceScale(qint64(x->max())).max == qint64(x->max()));
    CHECK(x->labelFormat() == QStringLiteral("%d"));

    // 化解层级: titled 有层级结案数 with its total, which the four levels add up to (reports.md).
    auto* levels = w.findChild<QChartView*>(QStringLiteral("chart4View"));
    REQUIRE(levels);
    const ReportTotals& tot = w.report().totals;
    CHECK(levels->chart()->title().contains(QStringLiteral("有层级结案数 %1").arg(tot.endedWithLevel)));
    CHECK(levels->chart()->title().contains(QStringLiteral("办结与上交")));
    CHECK(tot.levelVillage + tot.levelTownship + tot.levelCounty + tot.levelEscalated == tot.endedWithLevel);

    // Each breakdown tab ends with 合计, the sum of its column.
    auto* category = w.findChild<QTableWidget*>(QStringLiteral("by_categoryTableWidget"));
    REQUIRE(category);
    const int last = category->rowCount() - 1;
    CHECK(category->item(last, 0)->text() == QStringLiteral("合计"));
    CHECK(category->item(last, 1)->text() == QString::number(tot.accepted));
}

TEST_CASE("a label that starts like a formula is neutralised in the report's CSV and XLSX")
{
    test::TempDatabase t;
    auto computed = computeMonthlyReport(*t.db, QDate(2025, 5, 1));
    REQUIRE(computed.ok());
    MonthlyReport r = *computed;
    const QString evil = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"点击\")");
    BreakdownRow row;
    row.key = QStringLiteral("150824999");
    row.label = evil;
    row.accepted = 1;
    r.byTownship = {row};
    const QString csvText = QString::fromUtf8(r.toCsv());
    CHECK(csvText.contains(QStringLiteral("'=HYPERLINK")));
    CHECK_FALSE(csvText.contains(QStringLiteral(",=HYPERLINK")));
    CHECK_FALSE(csvText.contains(QStringLiteral(",\"=HYPERLINK")));
    const QString xlsx = t.file(QStringLiteral("evil.xlsx"));
    REQUIRE(ui::writeReportXlsx(r, xlsx));
    const auto townshipSheet = xlsxSheet(xlsx, 5);
    CHECK(townshipSheet.value(2).value(QStringLiteral("A")) == QLatin1Char('\'') + evil);
    // Never a formula cell either.
    CHECK_FALSE(
        QString::fromUtf8(unzip(xlsx, QStringLiteral("xl/worksheets/sheet5.xml"))).contains(QStringLiteral("<f>")));
}
