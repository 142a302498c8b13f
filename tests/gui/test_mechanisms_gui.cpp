// The home view's leader-on-duty line through a reception day and a leader assignment, and the
// report section in the PDF (docs/leaders-and-agency.md). OW_SCREENSHOTS=<dir> keeps the pictures.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pdf_text.h"

#include "home/home_view.h"
#include "mechanisms/leader_cases.h"
#include "mechanisms/reception.h"
#include "printing/print_fonts.h"
#include "printing/report_export.h"
#include "reports/monthly_report.h"
#include "storage/case_writer.h"

#include <QFile>
#include <QLabel>
#include <QPdfWriter>
#include <QProcess>
#include <QTextDocument>
#include <optional>

using namespace ow;

namespace {

const QString kSystem = QStringLiteral("system");

void keep(const QString& file, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        QFile::copy(file, qEnvironmentVariable("OW_SCREENSHOTS") + QLatin1Char('/') + name);
}

// 王建国, 县委副书记, as a supervisor enters him.
std::optional<Leader> countyLeader(ReceptionService& reception)
{
    auto saved = reception.saveLeader({{},
                                       QStringLiteral("王建国"),
                                       QStringLiteral("县委副书记"),
                                       QStringLiteral("county"),
                                       QStringLiteral("县委"),
                                       {},
                                       true},
                                      kSystem);
    REQUIRE(saved);
    return *saved;
}

} // namespace

TEST_CASE("the home view names today's leader on duty and counts the leader cases and the backlog")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(9, 30)));
    ReceptionService reception(*t.db);
    const std::optional<Leader> wang = countyLeader(reception);
    ui::HomeView home(t.db, {});
    home.resize(1100, 760);
    home.show();
    auto* line = home.findChild<QLabel*>(QStringLiteral("leaderOnDutyLabel"));
    REQUIRE(line);
    CHECK(line->text().contains(QStringLiteral("今日无领导接访")));

    // A reception day this morning, a case received at it, an overdue case on the backlog.
    auto today = reception.saveDay({{},
                                    wang->id,
                                    QDate(2027, 3, 1),
                                    QStringLiteral("am"),
                                    QStringLiteral("县社会治理中心接访室"),
                                    {},
                                    {},
                                    {},
                                    {},
                                    {}},
                                   kSystem);
    REQUIRE(today);
    CaseRecord overdue = test::sampleCase(QStringLiteral("A-1"), QDate(2027, 1, 5));
    overdue.dueOn = QDate(2027, 2, 4);
    {
        WriteTransaction tx(*t.db);
        REQUIRE(CaseWriter(*t.db).insert(overdue));
        REQUIRE(tx.commit());
    }
    REQUIRE(reception.recordReception(QStringLiteral("A-1"), today->id, {}, kSystem));
    home.refresh();
    CHECK(line->text().contains(QStringLiteral("今日接访领导：上午 县委副书记王建国（县社会治理中心接访室）")));
    CHECK(line->text().contains(QStringLiteral("领导包案在办：0 件")));
    CHECK(line->text().contains(QStringLiteral("尚无包案领导的积案：1 件")));

    // The supervisor assigns the leader: the backlog case now has one.
    REQUIRE(LeaderCaseService(*t.db).assign(QStringLiteral("A-1"), wang->id,
                                            {QStringLiteral("investigate"), QStringLiteral("resolve")},
                                            QDate(2027, 3, 31), kSystem));
    home.refresh();
    CHECK(line->text().contains(QStringLiteral("领导包案在办：1 件")));
    CHECK(line->text().contains(QStringLiteral("尚无包案领导的积案：0 件")));
    QCoreApplication::processEvents();
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        home.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/home_leader_on_duty.png"));
}

TEST_CASE("the public notice of a month's schedule prints with every reception")
{
    test::TempDatabase t;
    ReceptionService reception(*t.db);
    const QByteArray schedule =
        "日期,时段,领导姓名,职务,级别,单位,地点,接访事项\n"
        "2027-03-01,上午,王建国,县委副书记,县级,县委,县社会治理中心接访室,土地征收、劳动保障\n"
        "2027-03-08,下午,李春华,副县长,县级,县政府,县社会治理中心接访室,教育、医疗\n"
        "2027-03-15,上午,张志强,县人民法院院长,部门,县人民法院,县社会治理中心诉讼服务窗口,涉法涉诉\n";
    REQUIRE(reception.importSchedule(schedule, kSystem));
    QTextDocument doc;
    doc.setDefaultFont(ui::documentFont(11));
    doc.setHtml(reception.noticeHtml(QDate(2027, 3, 1), QDate(2027, 3, 31), QStringLiteral("乌拉特中旗社会治理中心")));
    const QString pdf = t.file(QStringLiteral("notice.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        doc.print(&writer);
    }
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("乌拉特中旗社会治理中心领导接访日程公示")));
    CHECK(text.contains(QStringLiteral("王建国")));
    CHECK(text.contains(QStringLiteral("涉法涉诉")));
    CHECK_FALSE(test::hasRadicals(text));
    keep(pdf, QStringLiteral("reception_notice.pdf"));
}

TEST_CASE("the report's PDF and XLSX carry the leaders and agency section")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 20), QTime(10, 0)));
    ReceptionService reception(*t.db);
    const std::optional<Leader> wang = countyLeader(reception);
    auto day = reception.saveDay(
        {{}, wang->id, QDate(2027, 3, 2), QStringLiteral("am"), QStringLiteral("接访室"), {}, {}, {}, {}, {}}, kSystem);
    REQUIRE(day);
    test::addCase(*t.db, QStringLiteral("A-1"), QDate(2027, 3, 2));
    REQUIRE(reception.recordReception(QStringLiteral("A-1"), day->id, {}, kSystem));
    auto report = computeMonthlyReport(*t.db, QDate(2027, 3, 1));
    REQUIRE(report);
    const QString pdf = t.file(QStringLiteral("report.pdf"));
    REQUIRE(ui::writeReportPdf(*report, pdf));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("领导接访、领导包案与信访代办")));
    CHECK(text.contains(QStringLiteral("领导接访场次（半天）1")));
    CHECK(text.contains(QStringLiteral("村（社区）级")));
    CHECK_FALSE(test::hasRadicals(text));
    keep(pdf, QStringLiteral("report_mechanisms.pdf"));
    const QString xlsx = t.file(QStringLiteral("report.xlsx"));
    REQUIRE(ui::writeReportXlsx(*report, xlsx));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    CHECK(QString::fromUtf8(unzip.readAllStandardOutput()).contains(QStringLiteral("领导接访受理案件数")));
}
