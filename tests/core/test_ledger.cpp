// Ledger import (docs/ledger-csv.md): every kind of bad row with its line and column, encodings,
// idempotent re-import, conflicts, --skip-invalid rejects, --dry-run, computed deadlines, the CLI;
// and attacks as files on disk: bad bytes, control characters, huge numbers, cells and files.
#include "support/catch.h"
#include "support/fixtures.h"

#include "exchange/ledger_import.h"
#include "exchange/ledger_rows.h"
#include "storage/case_store.h"
#include "storage/search_index.h"
#include "storage/store_location.h"
#include "support/pg_test_db.h"
#include "util/csv.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "workflow/intake_service.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <functional>
#include <limits>
#include <thread>

using namespace ow;

namespace {

const QStringList kHeader =
    QStringLiteral("案件编号,受理日期,案件类型,来源渠道,受理窗口,纠纷类别,申请人,申请人证件号码,"
                   "申请人电话,被申请人,涉及人数,所属乡镇,所属村社区,事由摘要,责任部门,状态,"
                   "期限,办结日期,办结结果,化解层级,司法确认,满意度")
        .split(QLatin1Char(','));

QString sampleLedger()
{
    return qEnvironmentVariable("TESTS_SOURCE_DIR") + QStringLiteral("/data/ledger_sample.csv");
}

// A valid row (people_mediation, received 2025-09-20, in progress); overrides by Chinese header.
QStringList row(const QMap<QString, QString>& overrides = {})
{
    QMap<QString, QString> v{
        {QStringLiteral("受理日期"), QStringLiteral("2025-09-20")},
        {QStringLiteral("案件类型"), QStringLiteral("人民调解")},
        {QStringLiteral("来源渠道"), QStringLiteral("来访")},
        {QStringLiteral("受理窗口"), QStringLiteral("司法局")},
        {QStringLiteral("纠纷类别"), QStringLiteral("邻里")},
        {QStringLiteral("申请人"), QStringLiteral("张建国")},
        {QStringLiteral("申请人证件号码"), QStringLiteral("150824198001010010")},
        {QStringLiteral("申请人电话"), QStringLiteral("13800138000")},
        {QStringLiteral("被申请人"), QStringLiteral("李四、王五")},
        {QStringLiteral("涉及人数"), QStringLiteral("2")},
        {QStringLiteral("所属乡镇"), QStringLiteral("海流图镇")},
        {QStringLiteral("事由摘要"), QStringLiteral("院墙外堆放柴草占用通道")},
        {QStringLiteral("责任部门"), QStringLiteral("司法局")},
        {QStringLiteral("状态"), QStringLiteral("办理中")},
    };
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        v[it.key()] = it.value();
    QStringList fields;
    for (const QString& h : kHeader)
        fields << v.value(h);
    return fields;
}

QString csvText(const QList<QStringList>& rows, const QStringList& header = kHeader, const char* eol = "\n")
{
    QString text = csv::joinRecord(header) + QLatin1String(eol);
    for (const QStringList& r : rows)
        text += csv::joinRecord(r) + QLatin1String(eol);
    return text;
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// The first column of every row, joined with '|' (SQLite's group_concat, PostgreSQL's string_agg).
QString joined(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    QStringList values;
    if (q.exec(sql))
        while (q.next())
            values << q.value(0).toString();
    return values.join(QLatin1Char('|'));
}

// Everything an import writes, to show that a rejected import wrote nothing.
QString footprint(Database& db)
{
    QStringList parts;
    for (const char* t : {"cases", "parties", "milestones", "case_events", "audit_log", "case_numbers"})
        parts << scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t))).toString();
    return parts.join(QLatin1Char('/'));
}

LedgerReport importText(test::TempDatabase& t, const QString& text, LedgerOptions options = {},
                        const QString& name = QStringLiteral("ledger.csv"))
{
    const QString path = t.file(name);
    test::writeFile(path, text.toUtf8());
    return LedgerImporter(*t.db).importFile(path, options);
}

bool hasLine(const QStringList& lines, const QString& prefix)
{
    for (const QString& l : lines)
        if (l.startsWith(prefix))
            return true;
    return false;
}

// Another desk's connection to the same store: the file opened again, or a second server session.
DatabasePtr secondConnection(const test::TempDatabase& t)
{
    Result<DatabasePtr> db = t.server ? Database::openServer(*parseStoreLocation(t.server->url()))
                                      : Database::open(t.path, Database::Mode::OpenExisting);
    if (!db)
        throw std::runtime_error(db.error().toStdString());
    return *db;
}

// A case registered at a desk (numbered by intake): its case number.
// A neighbours' dispute of 2025 as a desk registers it.
IntakeRequest deskIntake(const QString& applicantName)
{
    IntakeRequest intake;
    intake.caseType = QStringLiteral("people_mediation");
    intake.category = QStringLiteral("neighbor");
    intake.township = QStringLiteral("150824100");
    intake.summary = QStringLiteral("邻里纠纷");
    intake.receivedOn = QDate(2025, 9, 21);
    Party applicant;
    applicant.name = applicantName;
    intake.parties << applicant;
    return intake;
}

QString registerAtDesk(Database& db, const QString& applicantName)
{
    const IntakeRequest intake = deskIntake(applicantName);
    const IntakeOutcome saved = IntakeService(db).save(intake);
    if (!saved.ok)
        throw std::runtime_error(saved.messages().join(QLatin1Char('\n')).toStdString());
    return saved.saved.caseNo;
}

// Import options that, once the import starts writing, run `work` at another desk: a thread of its
// own with a connection of its own (as another desk's program has), into `other`; its failure into
// `error`. The import goes on half a second later.
LedgerOptions whileSaving(const test::TempDatabase& t, std::thread& other, QString& error,
                          std::function<void(Database&)> work)
{
    LedgerOptions o;
    o.progress = [&t, &other, &error, work](LedgerOptions::Stage stage, qint64, qint64) {
        if (stage != LedgerOptions::Stage::Saving || other.joinable())
            return;
        other = std::thread([&t, &error, work] {
            try {
                DatabasePtr desk = secondConnection(t);
                work(*desk);
            } catch (const std::exception& e) {
                error = QString::fromStdString(e.what());
            }
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    };
    return o;
}

struct Language
{
    explicit Language(const char* lang) { i18n::setLanguage(QString::fromLatin1(lang)); }
    ~Language() { i18n::setLanguage(QStringLiteral("zh_CN")); }
};

} // namespace

TEST_CASE("the sample ledger imports completely and the cases carry what the rows say")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const int auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    LedgerOptions o;
    o.actor = QStringLiteral("王管理员");
    const LedgerReport r = LedgerImporter(db).importFile(sampleLedger(), o);
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok);
    CHECK(r.imported == 42);
    CHECK(r.summaryLine(false) == QStringLiteral("导入 42 条，未变 0 条"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE origin = 'ledger' AND content_hash IS NOT NULL"))
              .toInt() == 42);
    // One audit entry for the whole import.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditBefore + 1);
    CHECK(scalar(db, QStringLiteral("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1")).toString() ==
          QStringLiteral("王管理员"));
    // The timeline names the file and the line (line 2 = first data row).
    CHECK(scalar(db, QStringLiteral("SELECT e.detail || '|' || e.actor FROM case_events e JOIN cases c ON c.id = "
                                    "e.case_id WHERE c.case_no = '（2025）乌中矛调字第0001号'"))
              .toString() == QStringLiteral("从 ledger_sample.csv 导入，第 2 行|王管理员"));
    // Rows without a number get the next numbers after the highest one given (0042).
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE case_no BETWEEN '（2025）乌中矛调字第0043号' "
                                    "AND '（2025）乌中矛调字第0050号'"))
              .toInt() == 8);
    CHECK(scalar(db, QStringLiteral("SELECT last_seq FROM case_numbers WHERE year = 2025")).toInt() == 50);
    // Respondents split on 、; an organization applicant is recognized by its credit code.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM parties p JOIN cases c ON c.id = p.case_id WHERE "
                                    "c.case_no = '（2025）乌中矛调字第0003号' AND p.role = 'respondent'"))
              .toInt() == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM parties WHERE kind = 'organization' AND credit_code "
                                    "IS NOT NULL AND id_number IS NULL"))
              .toInt() > 0);
    // The multi-line summary keeps its line breaks.
    CHECK(scalar(db, QStringLiteral("SELECT summary FROM cases WHERE case_no = '（2025）乌中矛调字第0006号'"))
              .toString()
              .count(QLatin1Char('\n')) == 2);
    // Defaults: closed → site level (county) when 化解层级 is empty; escalated → escalated; unrated.
    CHECK(scalar(db, QStringLiteral("SELECT resolution_level FROM cases WHERE case_no = '（2025）乌中矛调字第0001号'"))
              .toString() == QStringLiteral("county"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE status = 'escalated' AND resolution_level "
                                    "<> 'escalated'"))
              .toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT satisfaction FROM cases WHERE case_no = '（2025）乌中矛调字第0003号'"))
              .toString() == QStringLiteral("unrated"));
}

TEST_CASE("every bad row is reported with its line and column, and nothing is written")
{
    test::TempDatabase t;
    Database& db = *t.db;
    // Villages to test "village not under the township".
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO divisions(id, code, name_zh, level, parent_code, site_code, created_at, updated_at) VALUES "
        "('v1','150824100201','团结村','village','150824100','150824','x','x'),"
        "('v2','150824101201','新光村','village','150824101','150824','x','x')")));
    const QString before = footprint(db);
    const QString longText(4001, QChar(u'调'));
    using M = QMap<QString, QString>;
    const QList<QStringList> rows{
        row(),                                                                         // 2
        row({{QStringLiteral("事由摘要"), QStringLiteral("第一行\n第二行\n第三行")}}), // 3 (lines 3-5 of the file)
        row({{QStringLiteral("受理日期"), QString()}}),                                // 4
        row({{QStringLiteral("案件类型"), QString()}}),                                // 5
        row({{QStringLiteral("来源渠道"), QString()}}),                                // 6
        row({{QStringLiteral("纠纷类别"), QString()}}),                                // 7
        row({{QStringLiteral("申请人"), QString()}}),                                  // 8
        row({{QStringLiteral("所属乡镇"), QString()}}),                                // 9
        row({{QStringLiteral("事由摘要"), QString()}}),                                // 10
        row({{QStringLiteral("状态"), QString()}}),                                    // 11
        row({{QStringLiteral("受理日期"), QStringLiteral("九月二十日")}}),             // 12
        row({{QStringLiteral("受理日期"), QStringLiteral("2025-02-30")}}),             // 13
        row(M{{QStringLiteral("状态"), QStringLiteral("已撤回")},                      // 14
              {QStringLiteral("办结日期"), QStringLiteral("2025-09-19")}}),
        row({{QStringLiteral("纠纷类别"), QStringLiteral("外星人入侵")}}),               // 15
        row({{QStringLiteral("状态"), QStringLiteral("飞走了")}}),                       // 16
        row({{QStringLiteral("所属乡镇"), QStringLiteral("不存在镇")}}),                 // 17
        row({{QStringLiteral("责任部门"), QStringLiteral("宇宙局")}}),                   // 18
        row({{QStringLiteral("所属乡镇"), QStringLiteral("陕坝镇")}}),                   // 19 (杭锦后旗)
        row({{QStringLiteral("所属村社区"), QStringLiteral("新光村")}}),                 // 20 (乌加河镇)
        row({{QStringLiteral("申请人证件号码"), QStringLiteral("150824198001010011")}}), // 21
        row({{QStringLiteral("申请人电话"), QStringLiteral("12345")}}),                  // 22
        row(M{{QStringLiteral("状态"), QStringLiteral("已办结")},                        // 23
              {QStringLiteral("办结日期"), QStringLiteral("2025-10-01")}}),
        row(M{{QStringLiteral("状态"), QStringLiteral("已办结")}, // 24
              {QStringLiteral("办结日期"), QStringLiteral("2025-10-01")},
              {QStringLiteral("办结结果"), QStringLiteral("调解不成")},
              {QStringLiteral("司法确认"), QStringLiteral("是")}}),
        row({{QStringLiteral("事由摘要"), longText}}),                   // 25
        row({{QStringLiteral("所属村社区"), QStringLiteral("团结村")}}), // 26 valid
    };
    const LedgerReport r = importText(t, csvText(rows));
    const QStringList lines = r.errorLines();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok);
    const QList<QPair<int, const char*>> expected{
        {4, "受理日期"},  {5, "案件类型"},    {6, "来源渠道"},        {7, "纠纷类别"},    {8, "申请人"},
        {9, "所属乡镇"},  {10, "事由摘要"},   {11, "状态"},           {12, "受理日期"},   {13, "受理日期"},
        {14, "办结日期"}, {15, "纠纷类别"},   {16, "状态"},           {17, "所属乡镇"},   {18, "责任部门"},
        {19, "所属乡镇"}, {20, "所属村社区"}, {21, "申请人证件号码"}, {22, "申请人电话"}, {23, "办结结果"},
        {24, "司法确认"}, {25, "事由摘要"},
    };
    for (const auto& [line, column] : expected) {
        const QString prefix = QStringLiteral("第 %1 行，%2 列：").arg(line).arg(QString::fromUtf8(column));
        INFO(prefix.toStdString());
        CHECK(hasLine(lines, prefix));
    }
    CHECK(lines.size() == expected.size()); // the good rows (2, 3, 26) have no problem
    CHECK(hasLine(lines, QStringLiteral("第 4 行，受理日期 列：必须填写")));
    CHECK(hasLine(lines, QStringLiteral("第 19 行，所属乡镇 列：“陕坝镇”不是乌拉特中旗的乡镇")));
    CHECK(footprint(db) == before);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);
}

TEST_CASE("the header: unknown columns and missing required columns are errors on line 1")
{
    test::TempDatabase t;
    const QString before = footprint(*t.db);
    SECTION("unknown column")
    {
        QStringList header = kHeader;
        header << QStringLiteral("备注栏");
        QStringList r = row();
        r << QStringLiteral("x");
        const LedgerReport rep = importText(t, csvText({r}, header));
        CHECK_FALSE(rep.ok);
        CHECK(rep.errorLines() == QStringList{QStringLiteral("第 1 行，备注栏 列：未知的列")});
    }
    SECTION("each required column missing")
    {
        for (const char* col :
             {"受理日期", "案件类型", "来源渠道", "纠纷类别", "申请人", "所属乡镇", "事由摘要", "状态"}) {
            const QString name = QString::fromUtf8(col);
            const qsizetype i = kHeader.indexOf(name);
            QStringList header = kHeader, r = row();
            header.removeAt(i);
            r.removeAt(i);
            const LedgerReport rep = importText(t, csvText({r}, header));
            INFO(name.toStdString());
            CHECK_FALSE(rep.ok);
            CHECK(rep.errorLines() == QStringList{QStringLiteral("第 1 行，%1 列：缺少这个必需的列").arg(name)});
        }
    }
    SECTION("English codes work as headers, in any order")
    {
        QStringList header;
        for (const QString& h : kHeader)
            header << LedgerImporter::columnCode(LedgerImporter::columnOf(h));
        std::reverse(header.begin(), header.end());
        QStringList r = row();
        std::reverse(r.begin(), r.end());
        const LedgerReport rep = importText(t, csvText({r}, header));
        CHECK(rep.ok);
        CHECK(rep.imported == 1);
        return;
    }
    CHECK(footprint(*t.db) == before);
}

TEST_CASE("messages are in English with --lang en, naming columns by their code")
{
    Language en("en");
    test::TempDatabase t;
    const LedgerReport r = importText(t, csvText({row({{QStringLiteral("事由摘要"), QStringLiteral("a\nb")}}),
                                                  row({{QStringLiteral("受理日期"), QStringLiteral("2025-02-30")}})}));
    CHECK_FALSE(r.ok);
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().startsWith(QStringLiteral("line 3, column received_on: ")));
    CHECK(r.summaryLine(true) == QStringLiteral("imported 0, unchanged 0, rejected 1"));
}

TEST_CASE("encodings and line ends: GB18030, UTF-8 with and without BOM, CRLF, multi-line fields")
{
    test::TempDatabase t;
    const QString text = csvText({row(), row({{QStringLiteral("事由摘要"), QStringLiteral("第一行\r\n第二行")},
                                              {QStringLiteral("申请人"), QStringLiteral("赵丽娟")}})},
                                 kHeader, "\r\n");
    const QString path = t.file(QStringLiteral("l.csv"));
    SECTION("GB18030, detected and forced")
    {
        QStringEncoder enc("GB18030");
        const QByteArray bytes = enc(text);
        REQUIRE(bytes != text.toUtf8());
        test::writeFile(path, bytes);
        LedgerOptions dry;
        dry.dryRun = true;
        dry.encoding = QStringLiteral("gb18030");
        const LedgerReport forced = LedgerImporter(*t.db).importFile(path, dry);
        CHECK(forced.ok);
        CHECK(forced.imported == 2);
        const LedgerReport r = LedgerImporter(*t.db).importFile(path, {});
        INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
        CHECK(r.encoding == QStringLiteral("gb18030"));
        CHECK(r.imported == 2);
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM cases WHERE applicant_name = '赵丽娟' AND "
                                           "township_code = '150824100'"))
                  .toInt() == 1);
    }
    SECTION("UTF-8 with BOM")
    {
        test::writeFile(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        const LedgerReport r = LedgerImporter(*t.db).importFile(path, {});
        CHECK(r.encoding == QStringLiteral("utf-8"));
        CHECK(r.imported == 2);
    }
    SECTION("UTF-8 without BOM, LF")
    {
        QString lf = text;
        lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        test::writeFile(path, lf.toUtf8());
        const LedgerReport r = LedgerImporter(*t.db).importFile(path, {});
        CHECK(r.imported == 2);
    }
    // The quoted line break survives (as LF) whatever the line ends of the file.
    CHECK(scalar(*t.db, QStringLiteral("SELECT summary FROM cases WHERE applicant_name = '赵丽娟'")).toString() ==
          QStringLiteral("第一行\n第二行"));
}

TEST_CASE("problems name the row Excel shows: a cell of several lines does not move later rows")
{
    test::TempDatabase t;
    // Row 2's summary has three lines, row 3 is blank, row 4 has a bad date and row 5 a bad phone; in
    // the file they are lines 2-4, 5, 6 and 7. Excel and WPS show the summary in one row.
    const QString text = csvText({row({{QStringLiteral("事由摘要"), QStringLiteral("第一行\r\n第二行\r\n第三行")}}),
                                  QStringList{}, row({{QStringLiteral("受理日期"), QStringLiteral("2025-02-30")}}),
                                  row({{QStringLiteral("申请人电话"), QStringLiteral("12345")}})},
                                 kHeader, "\r\n");
    for (const QByteArray& bytes : QByteArrayList{text.toUtf8(), QByteArray(QStringEncoder("GB18030")(text))}) {
        LedgerOptions dry;
        dry.dryRun = true;
        const QString path = t.file(QStringLiteral("rows.csv"));
        test::writeFile(path, bytes);
        const LedgerReport report = LedgerImporter(*t.db).importFile(path, dry);
        const QStringList lines = report.errorLines();
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].startsWith(QStringLiteral("第 4 行，受理日期 列：")));
        CHECK(lines[1].startsWith(QStringLiteral("第 5 行，申请人电话 列：")));
    }
    // A quote that never closes is named by the row it opens in.
    const LedgerReport open = importText(
        t, csvText({row({{QStringLiteral("事由摘要"), QStringLiteral("两行\n摘要")}})}) + QStringLiteral("\"不完"));
    REQUIRE(open.problems.size() == 1);
    CHECK(open.problems.first().line == 3);
}

TEST_CASE("importing the same ledger twice changes nothing the second time")
{
    test::TempDatabase t;
    const LedgerReport first = LedgerImporter(*t.db).importFile(sampleLedger(), {});
    REQUIRE(first.ok);
    const QString after = footprint(*t.db);
    const LedgerReport second = LedgerImporter(*t.db).importFile(sampleLedger(), {});
    CHECK(second.ok);
    CHECK(second.imported == 0);
    CHECK(second.unchanged == 42);
    CHECK(second.summaryLine(false) == QStringLiteral("导入 0 条，未变 42 条"));
    CHECK(footprint(*t.db) == after);

    SECTION("the same content re-encoded as GB18030 with other date formats is still unchanged")
    {
        QString text = csv::decode(test::readFile(sampleLedger()))->text;
        text.replace(QStringLiteral("2025-03-05"), QStringLiteral("2025年3月5日"));
        test::writeFile(t.file(QStringLiteral("gbk.csv")), QStringEncoder("GB18030")(text));
        const LedgerReport r = LedgerImporter(*t.db).importFile(t.file(QStringLiteral("gbk.csv")), {});
        CHECK(r.unchanged == 42);
        CHECK(r.imported == 0);
    }
}

TEST_CASE("the same case number with different content is a conflict and nothing is written")
{
    test::TempDatabase t;
    REQUIRE(LedgerImporter(*t.db).importFile(sampleLedger(), {}).ok);
    QString text = csv::decode(test::readFile(sampleLedger()))->text;
    // Change case 0002 (line 3) and add a new row: the new row must not be written either.
    const QString summary = QStringLiteral("宅基地界址不清，邻户新建房屋越界约0.5米。"); // first on line 3
    text.replace(text.indexOf(summary), summary.size(), QStringLiteral("宅基地界址不清。"));
    text += csv::joinRecord(row()) + QStringLiteral("\r\n");
    const QString before = footprint(*t.db);
    const LedgerReport r = importText(t, text);
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok);
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().startsWith(
        QStringLiteral("第 3 行，案件编号 列：案件（2025）乌中矛调字第0002号已存在且内容不同")));
    CHECK(footprint(*t.db) == before);
}

TEST_CASE("--skip-invalid imports the valid rows and writes the others with 错误原因")
{
    test::TempDatabase t;
    LedgerOptions o;
    o.skipInvalid = true;
    o.rejectsPath = t.file(QStringLiteral("rejects.csv"));
    const QList<QStringList> rows{row(), row({{QStringLiteral("申请人电话"), QStringLiteral("12345")}}),
                                  row({{QStringLiteral("申请人"), QStringLiteral("钱七")}})};
    const LedgerReport r = importText(t, csvText(rows), o);
    CHECK(r.ok);
    CHECK(r.imported == 2);
    CHECK(r.rejected == 1);
    CHECK(r.summaryLine(true) == QStringLiteral("导入 2 条，未变 0 条，拒绝 1 条"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 2);
    const QByteArray bytes = test::readFile(o.rejectsPath);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto parsed = csv::parse(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(parsed.records.size() == 2);
    CHECK(parsed.records[0].fields == (QStringList(kHeader) << QStringLiteral("错误原因")));
    const QStringList rejected = parsed.records[1].fields;
    CHECK(rejected.mid(0, kHeader.size()) == rows[1]);
    CHECK(rejected.last().startsWith(QStringLiteral("申请人电话：")));
}

TEST_CASE("--dry-run validates and counts but writes nothing")
{
    test::TempDatabase t;
    const QString before = footprint(*t.db);
    LedgerOptions o;
    o.dryRun = true;
    const LedgerReport r = LedgerImporter(*t.db).importFile(sampleLedger(), o);
    CHECK(r.ok);
    CHECK(r.imported == 42);
    CHECK(footprint(*t.db) == before);
}

TEST_CASE("期限 empty: the handling deadline comes from the rules; given: it is kept")
{
    test::TempDatabase t;
    const QList<QStringList> rows{
        // 人民调解: 30 calendar days from 2025-09-20 → 2025-10-20 (a Monday, no holiday).
        row({{QStringLiteral("案件编号"), QStringLiteral("A-1")}}),
        // 信访事项 filed 2025-09-20: acceptance notice 15 days → 10-05 in the National Day holiday → 10-09.
        row({{QStringLiteral("案件编号"), QStringLiteral("A-2")},
             {QStringLiteral("案件类型"), QStringLiteral("信访事项")}}),
        row({{QStringLiteral("案件编号"), QStringLiteral("A-3")},
             {QStringLiteral("期限"), QStringLiteral("2025/12/1")}}),
    };
    const LedgerReport r = importText(t, csvText(rows));
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok);
    auto due = [&](const char* no) {
        return scalar(*t.db, QStringLiteral("SELECT due_on FROM cases WHERE case_no = '%1'").arg(QLatin1String(no)))
            .toString();
    };
    CHECK(due("A-1") == QStringLiteral("2025-10-20"));
    CHECK(due("A-3") == QStringLiteral("2025-12-01"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT m.due_on FROM milestones m JOIN cases c ON c.id = m.case_id WHERE "
                                       "c.case_no = 'A-2' AND m.milestone = 'acceptance_notice'"))
              .toString() == QStringLiteral("2025-10-09"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT m.due_on FROM milestones m JOIN cases c ON c.id = m.case_id WHERE "
                                       "c.case_no = 'A-1' AND m.milestone = 'handling'"))
              .toString() == QStringLiteral("2025-10-20"));
}

TEST_CASE("rows without a number: numbered from the site pattern, and not imported twice")
{
    test::TempDatabase t;
    const QList<QStringList> rows{row(), row({{QStringLiteral("申请人"), QStringLiteral("孙八")}})};
    const LedgerReport r = importText(t, csvText(rows));
    REQUIRE(r.ok);
    CHECK(joined(*t.db, QStringLiteral("SELECT case_no FROM cases ORDER BY case_no")) ==
          QStringLiteral("（2025）乌中矛调字第0001号|（2025）乌中矛调字第0002号"));
    const LedgerReport again = importText(t, csvText(rows));
    CHECK(again.imported == 0);
    CHECK(again.unchanged == 2);
}

TEST_CASE("onewindow-cli import-ledger: summary, errors on stderr, exit statuses")
{
    test::TempDatabase t;
    const QString cli = test::builtProgram(QStringLiteral("onewindow-cli"));
    const QStringList base{QStringLiteral("--db"), t.path, QStringLiteral("--lang"), QStringLiteral("zh_CN")};

    const test::Run dry = test::runProgram(
        cli, base + QStringList{QStringLiteral("import-ledger"), sampleLedger(), QStringLiteral("--dry-run")});
    CHECK(dry.status == 0);
    CHECK(dry.out.contains(QStringLiteral("导入 42 条，未变 0 条")));

    const test::Run ok = test::runProgram(
        cli, base + QStringList{QStringLiteral("import-ledger"), sampleLedger(), QStringLiteral("--timing")});
    INFO(ok.err.toStdString());
    CHECK(ok.status == 0);
    CHECK(ok.out.contains(QStringLiteral("导入 42 条，未变 0 条")));
    CHECK(ok.out.contains(QStringLiteral("毫秒")));
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 42);
    // Ready for search, as after the window's import: nothing left waiting for the index.
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt() == 0);
    // A file's FTS index maps its rows in search_docs; a server has one search document per case.
    CHECK(scalar(*t.db, test::serverStore() ? QStringLiteral("SELECT count(*) FROM case_search")
                                            : QStringLiteral("SELECT count(*) FROM search_docs"))
              .toInt() == 42);

    const QString bad = t.file(QStringLiteral("bad.csv"));
    test::writeFile(bad, csvText({row({{QStringLiteral("状态"), QStringLiteral("飞走了")}}),
                                  row({{QStringLiteral("申请人电话"), QStringLiteral("12345")}})})
                             .toUtf8());
    const test::Run rejected =
        test::runProgram(cli, QStringList{QStringLiteral("--db"), t.path, QStringLiteral("--lang"),
                                          QStringLiteral("en"), QStringLiteral("import-ledger"), bad});
    CHECK(rejected.status == 1);
    QStringList errLines = rejected.err.trimmed().split(QLatin1Char('\n'));
    // Qt's own warning about the environment (XDG_RUNTIME_DIR) is not ours to count.
    errLines.removeIf([](const QString& l) { return l.startsWith(QLatin1String("QStandardPaths:")); });
    REQUIRE(errLines.size() == 2);
    CHECK(errLines[0].startsWith(QStringLiteral("line 2, column status: ")));
    CHECK(errLines[1].startsWith(QStringLiteral("line 3, column applicant_phone: ")));
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 42);

    CHECK(test::runProgram(cli, base + QStringList{QStringLiteral("import-ledger")}).status == 2);
    CHECK(test::runProgram(cli, base + QStringList{QStringLiteral("import-ledger"), bad, QStringLiteral("--encoding"),
                                                   QStringLiteral("latin1")})
              .status == 2);
    CHECK(test::runProgram(cli,
                           base + QStringList{QStringLiteral("import-ledger"), bad, QStringLiteral("--skip-invalid")})
              .status == 2);
    const QString notDb = t.file(QStringLiteral("not.sqlite"));
    test::writeFile(notDb, "this is not a database, just text that is long enough to not be sqlite........");
    CHECK(test::runProgram(cli, QStringList{QStringLiteral("--db"), notDb, QStringLiteral("import-ledger"), bad})
              .status == 3);
}

TEST_CASE("a large ledger (validated on two threads) reports its bad rows in line order, then imports whole")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString before = footprint(db);
    // 5,000 rows: above the size from which the second half is checked on a second thread.
    QList<QStringList> rows;
    const QDate first(2024, 1, 2);
    for (int i = 0; i < 5000; ++i)
        rows << row({{QStringLiteral("受理日期"), first.addDays(i % 400).toString(Qt::ISODate)},
                     {QStringLiteral("事由摘要"), QStringLiteral("第%1号").arg(i)}});
    // Bad cells at the first row, on both sides of the middle and at the last row (lines = index + 2).
    const QList<QPair<int, QString>> bad{{0, QStringLiteral("案件类型")},
                                         {2499, QStringLiteral("所属乡镇")},
                                         {2500, QStringLiteral("纠纷类别")},
                                         {4999, QStringLiteral("状态")}};
    QList<QStringList> broken = rows;
    for (const auto& [index, column] : bad)
        broken[index][kHeader.indexOf(column)] = QStringLiteral("无此值");
    const LedgerReport r = importText(t, csvText(broken));
    const QStringList lines = r.errorLines();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok);
    REQUIRE(lines.size() == bad.size());
    for (qsizetype k = 0; k < bad.size(); ++k)
        CHECK(lines[k].startsWith(QStringLiteral("第 %1 行，%2 列：").arg(bad[k].first + 2).arg(bad[k].second)));
    CHECK(footprint(db) == before);

    const LedgerReport ok = importText(t, csvText(rows));
    INFO(ok.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(ok.ok);
    CHECK(ok.imported == 5000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 5000);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT id) FROM cases")).toInt() == 5000);
    // Every case got its handling deadline, whichever thread validated its row.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM milestones WHERE milestone = 'handling'")).toInt() == 5000);
    const LedgerReport again = importText(t, csvText(rows));
    CHECK(again.ok);
    CHECK(again.imported == 0);
    CHECK(again.unchanged == 5000);
}

TEST_CASE("a large ledger is written while it is checked: a bad last row still leaves nothing behind")
{
    // 5,000 rows are checked on a second thread while the rows already checked are written; a problem
    // found late rolls back what was written. Rows without a number wait for the highest number in
    // the file, which here is on its second-to-last line.
    test::TempDatabase t;
    Database& db = *t.db;
    const QString before = footprint(db);
    // The schema's indexes and triggers (a file's import drops some while it loads).
    const QString schema =
        test::serverStore()
            ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() UNION ALL SELECT "
                             "tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1")
            : QStringLiteral("SELECT name FROM sqlite_master ORDER BY name");
    const QString schemaBefore = joined(db, schema);
    REQUIRE_FALSE(schemaBefore.isEmpty());
    QList<QStringList> rows;
    const QDate first(2024, 1, 2);
    for (int i = 0; i < 5000; ++i) {
        QMap<QString, QString> cells{{QStringLiteral("受理日期"), first.addDays(i % 300).toString(Qt::ISODate)},
                                     {QStringLiteral("事由摘要"), QStringLiteral("第%1号").arg(i)}};
        if (i % 2 == 1)
            cells.insert(QStringLiteral("案件编号"),
                         QStringLiteral("（2024）乌中矛调字第%1号").arg(i / 2 + 1, 4, 10, QLatin1Char('0')));
        rows << row(cells);
    }
    rows[4998][kHeader.indexOf(QStringLiteral("案件编号"))] = QStringLiteral("（2024）乌中矛调字第9000号");
    rows[4999][kHeader.indexOf(QStringLiteral("状态"))] = QStringLiteral("无此值");

    const LedgerReport refused = importText(t, csvText(rows));
    CHECK_FALSE(refused.ok);
    REQUIRE(refused.errorLines().size() == 1);
    CHECK(refused.errorLines().first().startsWith(QStringLiteral("第 5001 行，状态 列：")));
    CHECK(refused.imported == 0);
    CHECK(footprint(db) == before);
    CHECK(joined(db, schema) == schemaBefore); // the indexes dropped for the load are back

    LedgerOptions skip;
    skip.skipInvalid = true;
    const LedgerReport r = importText(t, csvText(rows), skip);
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok);
    CHECK(r.imported == 4999);
    CHECK(r.rejected == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 4999);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT case_no) FROM cases")).toInt() == 4999);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE summary = '第4999号'")).toInt() == 0);
    // The first row (line 2) had no number: it gets the one after the highest in the file, 9000; the
    // 2,499 rows without one end at 11499.
    CHECK(scalar(db, QStringLiteral("SELECT case_no FROM cases WHERE summary = '第0号'")).toString() ==
          QStringLiteral("（2024）乌中矛调字第9001号"));
    CHECK(scalar(db, QStringLiteral("SELECT last_seq FROM case_numbers WHERE year = 2024")).toInt() == 9000 + 2499);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'ledger_import'")).toInt() ==
          4999);
}

// Attacks on the import, each as a file on disk: nothing may be stored changed, and memory and
// time stay bounded.

TEST_CASE("a stray 0xFF in a UTF-8 ledger is refused naming its line and column, not read as GB18030")
{
    test::TempDatabase t;
    const QString before = footprint(*t.db);
    QByteArray bytes = csvText({row(), row({{QStringLiteral("申请人"), QStringLiteral("钱七")}})}).toUtf8();
    // Line 3 after 钱七: ,2025-09-20,人民调解,来访,司法局,邻里,钱七 is 29 characters.
    bytes.insert(bytes.indexOf("钱七") + 6, '\xFF');
    const QString path = t.file(QStringLiteral("stray.csv"));
    test::writeFile(path, bytes);
    const LedgerReport r = LedgerImporter(*t.db).importFile(path, {});
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok);
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().startsWith(QStringLiteral("第 3 行第 30 列：字节 0xFF")));
    CHECK(r.errorLines().first().contains(QStringLiteral("UTF-8")));
    CHECK(footprint(*t.db) == before);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM parties WHERE name LIKE '%鐜%'")).toInt() == 0);

    SECTION("with a BOM, invalid bytes are refused rather than stored as U+FFFD")
    {
        test::writeFile(path, QByteArray("\xEF\xBB\xBF") + bytes);
        const LedgerReport bom = LedgerImporter(*t.db).importFile(path, {});
        CHECK_FALSE(bom.ok);
        REQUIRE(bom.errorLines().size() == 1);
        CHECK(bom.errorLines().first().startsWith(QStringLiteral("第 3 行第 30 列：")));
        CHECK(footprint(*t.db) == before);
    }
    SECTION("forced GB18030, the same bytes are refused too (0xFF starts no GB18030 character)")
    {
        LedgerOptions gb;
        gb.encoding = QStringLiteral("gb18030");
        const LedgerReport forced = LedgerImporter(*t.db).importFile(path, gb);
        CHECK_FALSE(forced.ok);
        CHECK(forced.errorLines().first().contains(QStringLiteral("GB18030")));
        CHECK(footprint(*t.db) == before);
    }
}

TEST_CASE("a real GB18030 ledger is imported as such, and the import says why it read it so")
{
    test::TempDatabase t;
    const QString text = csvText({row({{QStringLiteral("申请人"), QStringLiteral("王五")}}),
                                  row({{QStringLiteral("申请人"), QStringLiteral("赵丽娟")},
                                       {QStringLiteral("事由摘要"), QStringLiteral("土地承包经营权纠纷")}})},
                                 kHeader, "\r\n");
    const QString path = t.file(QStringLiteral("gb.csv"));
    test::writeFile(path, QStringEncoder("GB18030")(text));
    const LedgerReport r = LedgerImporter(*t.db).importFile(path, {});
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok);
    CHECK(r.imported == 2);
    CHECK(r.encoding == QStringLiteral("gb18030"));
    CHECK(r.encodingNote.startsWith(QStringLiteral("已按 GB18030 编码读取")));
    CHECK(r.encodingNote.contains(QStringLiteral("第 1 行")));
    CHECK(joined(*t.db, QStringLiteral("SELECT name FROM parties WHERE role = 'applicant' ORDER BY name")) ==
          QStringLiteral("王五|赵丽娟"));

    // The command line shows the reason on its error stream, beside the summary.
    test::TempDatabase t2;
    const test::Run run = test::runProgram(
        test::builtProgram(QStringLiteral("onewindow-cli")),
        {QStringLiteral("--db"), t2.path, QStringLiteral("import-ledger"), path, QStringLiteral("--dry-run")});
    CHECK(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("导入 2 条")));
    CHECK(run.err.contains(QStringLiteral("已按 GB18030 编码读取")));
}

TEST_CASE("NUL, direction controls and U+FFFD in a row are refused naming the line and the column")
{
    test::TempDatabase t;
    const QString before = footprint(*t.db);
    const QString nul = QStringLiteral("王") + QChar(0) + QStringLiteral("五");
    const QList<QStringList> rows{
        row({{QStringLiteral("申请人"), nul}}),                                        // 2
        row({{QStringLiteral("申请人"), QStringLiteral("\u202E五王")}}),               // 3
        row({{QStringLiteral("被申请人"), QStringLiteral("李四、\u2066王五\u2069")}}), // 4
        row({{QStringLiteral("申请人电话"), QStringLiteral("138\u200F00138000")}}),    // 5
        row({{QStringLiteral("案件编号"), QStringLiteral("A-1\u202D")}}),              // 6
        row({{QStringLiteral("事由摘要"), QStringLiteral("邻里纠纷\uFFFD")}}),         // 7
        row({{QStringLiteral("事由摘要"), QStringLiteral("第一行\n\t第二行")}}),       // 8-9: fine
    };
    const QString path = t.file(QStringLiteral("controls.csv"));
    test::writeFile(path, csvText(rows).toUtf8());
    const LedgerReport r = LedgerImporter(*t.db).importFile(path, {});
    const QStringList lines = r.errorLines();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == QStringLiteral("第 2 行，申请人 列：申请人：第 2 个字符是控制字符 U+0000，不能保存；请删除它。"));
    CHECK(lines[1].startsWith(QStringLiteral("第 3 行，申请人 列：申请人：第 1 个字符是")));
    CHECK(lines[1].contains(QStringLiteral("U+202E")));
    CHECK(lines[2].startsWith(QStringLiteral("第 4 行，被申请人 列：")));
    CHECK(lines[2].contains(QStringLiteral("U+2066")));
    CHECK(lines[3].startsWith(QStringLiteral("第 5 行，申请人电话 列：")));
    CHECK(lines[4].startsWith(QStringLiteral("第 6 行，案件编号 列：")));
    CHECK(lines[5].startsWith(QStringLiteral("第 7 行，事由摘要 列：")));
    CHECK(lines[5].contains(QStringLiteral("U+FFFD")));
    CHECK(footprint(*t.db) == before);
}

TEST_CASE("case number 2147483647 is refused, and the next intake number is still 0001")
{
    test::TempDatabase t;
    const QString before = footprint(*t.db);
    const QString huge = QStringLiteral("（2025）乌中矛调字第2147483647号");
    const LedgerReport r = importText(t, csvText({row({{QStringLiteral("案件编号"), huge}}), row()}));
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok);
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().startsWith(QStringLiteral("第 2 行，案件编号 列：%1 的顺序号大于 999,999").arg(huge)));
    CHECK(footprint(*t.db) == before);
    // Beyond even 64 bits, and written with half-width brackets: the same refusal.
    const LedgerReport longer = importText(
        t,
        csvText({row({{QStringLiteral("案件编号"), QStringLiteral("(2025)乌中矛调字第99999999999999999999999号")}})}));
    CHECK_FALSE(longer.ok);
    CHECK(longer.errorLines().first().contains(QStringLiteral("999,999")));

    const IntakeRequest intake = deskIntake(QStringLiteral("王芳"));
    const IntakeOutcome first = IntakeService(*t.db).save(intake);
    INFO(first.messages().join(QLatin1Char('\n')).toStdString());
    REQUIRE(first.ok);
    CHECK(first.saved.caseNo == QStringLiteral("（2025）乌中矛调字第0001号"));

    SECTION("the highest number a year may have is accepted; then no number is left, and both say so")
    {
        const LedgerReport top = importText(
            t, csvText({row({{QStringLiteral("案件编号"), QStringLiteral("（2025）乌中矛调字第999999号")}})}));
        INFO(top.errorLines().join(QLatin1Char('\n')).toStdString());
        REQUIRE(top.ok);
        CHECK(scalar(*t.db, QStringLiteral("SELECT last_seq FROM case_numbers WHERE year = 2025")).toLongLong() ==
              999999);
        const IntakeOutcome full = IntakeService(*t.db).save(intake);
        CHECK_FALSE(full.ok);
        CHECK(full.error.contains(QStringLiteral("999,999")));
        const QString afterTop = footprint(*t.db);
        const LedgerReport unnumbered =
            importText(t, csvText({row({{QStringLiteral("申请人"), QStringLiteral("孙八")}})}));
        CHECK_FALSE(unnumbered.ok);
        REQUIRE(unnumbered.errorLines().size() == 1);
        CHECK(unnumbered.errorLines().first().startsWith(QStringLiteral("第 2 行，案件编号 列：")));
        CHECK(footprint(*t.db) == afterTop);
    }
}

TEST_CASE("a zero-width or full-width variant of a case number is the same number")
{
    test::TempDatabase t;
    REQUIRE(LedgerImporter(*t.db).importFile(sampleLedger(), {}).ok);
    const QString before = footprint(*t.db);
    // Another row's content under case 0001's number, once with a zero-width space, once with
    // half-width brackets and full-width digits: a conflict with the stored case, nothing written.
    for (const QString& variant :
         {QStringLiteral("（2025）乌中矛调字第\u200B0001号"), QStringLiteral("(2025)乌中矛调字第０００１号\u2060")}) {
        const LedgerReport r = importText(t, csvText({row({{QStringLiteral("案件编号"), variant}})}));
        INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
        CHECK_FALSE(r.ok);
        REQUIRE(r.errorLines().size() == 1);
        CHECK(r.errorLines().first().startsWith(QStringLiteral("第 2 行，案件编号 列：案件")));
        CHECK(r.errorLines().first().contains(QStringLiteral("已存在且内容不同")));
        CHECK(footprint(*t.db) == before);
    }
    // Within one file: A-1 and A\u200C-1 are one number used twice.
    const LedgerReport twice = importText(t, csvText({row({{QStringLiteral("案件编号"), QStringLiteral("A-1")}}),
                                                      row({{QStringLiteral("案件编号"), QStringLiteral("A\u200C-1")},
                                                           {QStringLiteral("申请人"), QStringLiteral("孙八")}})}));
    CHECK_FALSE(twice.ok);
    REQUIRE(twice.errorLines().size() == 1);
    CHECK(twice.errorLines().first().startsWith(QStringLiteral("第 3 行，案件编号 列：")));
    CHECK(twice.errorLines().first().contains(QStringLiteral("第 2 行")));
    // Stored without the invisible character, and found with it.
    const LedgerReport once =
        importText(t, csvText({row({{QStringLiteral("案件编号"), QStringLiteral("\uFEFFB-7\u200B ")}})}));
    REQUIRE(once.ok);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM cases WHERE case_no = 'B-7'")).toInt() == 1);
    auto found = CaseStore(*t.db).load(QStringLiteral("B\u200D-7"));
    REQUIRE(found);
    CHECK(found->caseNo == QStringLiteral("B-7"));
}

TEST_CASE("limits: a 10 MiB name, a 101-character name, a file beyond 100 MB are refused with the limit")
{
    test::TempDatabase t;
    const QString before = footprint(*t.db);
    const QString path = t.file(QStringLiteral("big.csv"));
    {
        QString text = csvText({row({{QStringLiteral("申请人"), QString(10 * 1024 * 1024, QLatin1Char('A'))}})});
        test::writeFile(path, text.toUtf8());
    }
    const LedgerReport huge = LedgerImporter(*t.db).importFile(path, {});
    CHECK_FALSE(huge.ok);
    REQUIRE(huge.errorLines().size() == 1);
    CHECK(huge.errorLines().first() == QStringLiteral("第 2 行，申请人 列：单元格超过 10,000 个字符的上限"));
    CHECK(footprint(*t.db) == before);

    const LedgerReport longName =
        importText(t, csvText({row({{QStringLiteral("申请人"), QString(101, QChar(u'王'))}})}));
    CHECK_FALSE(longName.ok);
    CHECK(longName.errorLines() ==
          QStringList{QStringLiteral("第 2 行，申请人 列：申请人有 101 个字符，最多允许 100 个。")});
    CHECK(importText(t, csvText({row({{QStringLiteral("申请人"), QString(100, QChar(u'王'))}})})).ok);

    // A file beyond 100 MB is refused by its size, before it is read (a sparse file here).
    const QString sparse = t.file(QStringLiteral("sparse.csv"));
    {
        QFile f(sparse);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(limits::kFileBytes + 1));
    }
    const LedgerReport tooBig = LedgerImporter(*t.db).importFile(sparse, {});
    CHECK_FALSE(tooBig.ok);
    CHECK(tooBig.fileError.startsWith(QStringLiteral("sparse.csv 有 100.0 MB")));
}

TEST_CASE("300,000 lines of a,b: refused at once by the row limit; thousands of bad rows list 1,000 problems")
{
    test::TempDatabase t;
    LedgerOptions dry;
    dry.dryRun = true;
    const QString path = t.file(QStringLiteral("ab.csv"));
    {
        QByteArray bytes = csv::joinRecord(kHeader).toUtf8() + "\n";
        bytes.reserve(bytes.size() + 300000 * 4);
        for (int i = 0; i < 300000; ++i)
            bytes += "a,b\n";
        test::writeFile(path, bytes);
    }
    QElapsedTimer timer;
    timer.start();
    const LedgerReport r = LedgerImporter(*t.db).importFile(path, dry);
    const qint64 ms = timer.elapsed();
    CHECK_FALSE(r.ok);
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().startsWith(QStringLiteral("第 200002 行：文件超过 200,000 行的上限")));
    CHECK(ms < 10000); // the import of this file took 18 s and 1 GB before it had limits

    // 3,000 such rows under a good header: 8 problems each (7 required cells, a date that is not
    // one); the first 1,000 are listed, the other 23,000 counted.
    {
        QByteArray bytes = csv::joinRecord(kHeader).toUtf8() + "\n";
        for (int i = 0; i < 3000; ++i)
            bytes += "a,b\n";
        test::writeFile(path, bytes);
    }
    const LedgerReport many = LedgerImporter(*t.db).importFile(path, dry);
    CHECK_FALSE(many.ok);
    CHECK(many.problems.size() == limits::kListedProblems);
    CHECK(many.unlisted == 23000);
    CHECK(many.problemCount() == 24000);
    CHECK(many.rejected == 3000);
    const QStringList lines = many.errorLines();
    REQUIRE(lines.size() == limits::kListedProblems + 1);
    CHECK(lines.first().startsWith(QStringLiteral("第 2 行，")));
    CHECK(lines[999].startsWith(QStringLiteral("第 126 行，"))); // 125 rows × 8 problems
    CHECK(lines.last() == QStringLiteral("还有 23,000 处问题未列出：请先改正上面列出的问题，再检查一次。"));

    // The same on the two-thread write path (5,000 rows), and --skip-invalid keeps every row's
    // reasons for the rejects file even where the report only counts them.
    {
        QByteArray bytes = csv::joinRecord(kHeader).toUtf8() + "\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "a,b\n";
        bytes += csv::joinRecord(row()).toUtf8() + "\n";
        test::writeFile(path, bytes);
    }
    const LedgerReport write = LedgerImporter(*t.db).importFile(path, {});
    CHECK_FALSE(write.ok);
    CHECK(write.problems.size() == limits::kListedProblems);
    CHECK(write.unlisted == 5000 * 8 - limits::kListedProblems);
    LedgerOptions skip;
    skip.skipInvalid = true;
    skip.rejectsPath = t.file(QStringLiteral("rejects.csv"));
    const LedgerReport skipped = LedgerImporter(*t.db).importFile(path, skip);
    REQUIRE(skipped.ok);
    CHECK(skipped.imported == 1);
    CHECK(skipped.rejected == 5000);
    const auto rejects = csv::parse(QString::fromUtf8(test::readFile(skip.rejectsPath).mid(3)));
    REQUIRE(rejects.records.size() == 5001);
    for (const csv::Record& rec : rejects.records.mid(1))
        CHECK(rec.fields.last().contains(QStringLiteral("必须填写")));
}

TEST_CASE("a ledger's case numbers are read and made in the site's pattern, by their key")
{
    const ledger::NumberPattern pattern(QStringLiteral("（{year}）{prefix}字第{seq:04}号"), QStringLiteral("县调"));
    CHECK(pattern.format(2025, 7) == QStringLiteral("（2025）县调字第0007号"));
    CHECK(pattern.format(2025, 123456) == QStringLiteral("（2025）县调字第123456号"));
    // Half-width brackets and a zero-width space are the same number.
    const auto m = pattern.match(text::caseNumberKey(QStringLiteral("(2025)县调字第\u200b0042号")));
    REQUIRE(m);
    CHECK(m->first == 2025);
    CHECK(m->second == 42);
    // More digits than a qint64 holds: the largest, so the import refuses it as beyond the year's numbers.
    const auto huge = pattern.match(text::caseNumberKey(QStringLiteral("（2025）县调字第123456789012345678901234号")));
    REQUIRE(huge);
    CHECK(huge->second == std::numeric_limits<qint64>::max());
    CHECK_FALSE(pattern.match(text::caseNumberKey(QStringLiteral("（2025）别的字第0042号"))));
    CHECK_FALSE(pattern.match(text::caseNumberKey(QStringLiteral("县调2025-42"))));
}

TEST_CASE("the ledger's fast ISO date is QDate's own")
{
    for (const QDate& d : {QDate(2025, 1, 9), QDate(1999, 12, 31), QDate(1000, 1, 1), QDate(9999, 12, 31),
                           QDate(999, 5, 5), QDate(10000, 1, 1), QDate()})
        CHECK(ledger::isoDate(d) == d.toString(Qt::ISODate));
}

// On both stores, and the risks of a server in particular: the import is one transaction there too,
// its numbers continue the server's case_numbers, another desk's intake meanwhile neither takes one
// of its numbers nor leaves a gap, and the imported cases are found by search.

TEST_CASE("a bad line mid-file leaves the cases, their numbers and the audit as they were")
{
    test::TempDatabase t;
    CHECK(registerAtDesk(*t.db, QStringLiteral("王芳")) == QStringLiteral("（2025）乌中矛调字第0001号"));
    const QString before = footprint(*t.db);
    const QByteArray hashBefore = test::storeHash(t);
    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i)
        rows << row({{QStringLiteral("事由摘要"), QStringLiteral("第%1号").arg(i)}});
    rows[120][kHeader.indexOf(QStringLiteral("所属乡镇"))] = QStringLiteral("不存在镇"); // line 122
    const LedgerReport r = importText(t, csvText(rows));
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.databaseError);
    REQUIRE(r.errorLines().size() == 1);
    CHECK(r.errorLines().first().startsWith(QStringLiteral("第 122 行，所属乡镇 列：")));
    CHECK(footprint(*t.db) == before);
    CHECK(test::storeHash(t) == hashBefore);
    // The desk's next number is the one after its first: nothing of the refused file was kept (the
    // rows before line 122 had been written, 50 at a time, when it was found).
    CHECK(registerAtDesk(*t.db, QStringLiteral("李娜")) == QStringLiteral("（2025）乌中矛调字第0002号"));
    // Corrected, the file imports whole after the desk's cases.
    rows[120][kHeader.indexOf(QStringLiteral("所属乡镇"))] = QStringLiteral("海流图镇");
    const LedgerReport fixed = importText(t, csvText(rows));
    INFO(fixed.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(fixed.ok);
    CHECK(fixed.imported == 200);
    CHECK(scalar(*t.db, QStringLiteral("SELECT case_no FROM cases WHERE summary = '第0号'")).toString() ==
          QStringLiteral("（2025）乌中矛调字第0003号"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT last_seq FROM case_numbers WHERE year = 2025")).toInt() == 202);
}

TEST_CASE("rows without a number continue after the cases registered at the desks, and intake after them")
{
    test::TempDatabase t;
    registerAtDesk(*t.db, QStringLiteral("王芳"));
    registerAtDesk(*t.db, QStringLiteral("李娜"));
    const LedgerReport r =
        importText(t, csvText({row({{QStringLiteral("申请人"), QStringLiteral("孙八")}}),
                               row({{QStringLiteral("申请人"), QStringLiteral("周九")}}),
                               row({{QStringLiteral("案件编号"), QStringLiteral("（2025）乌中矛调字第0007号")},
                                    {QStringLiteral("申请人"), QStringLiteral("吴十")}})}));
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok);
    CHECK(r.imported == 3);
    // Given numbers first (0007), then the rows without one after the highest in use.
    CHECK(scalar(*t.db, QStringLiteral("SELECT case_no FROM cases WHERE applicant_name = '孙八'")).toString() ==
          QStringLiteral("（2025）乌中矛调字第0008号"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT case_no FROM cases WHERE applicant_name = '周九'")).toString() ==
          QStringLiteral("（2025）乌中矛调字第0009号"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT last_seq FROM case_numbers WHERE year = 2025")).toInt() == 9);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(DISTINCT case_no) FROM cases")).toInt() == 5);
    CHECK(registerAtDesk(*t.db, QStringLiteral("郑十一")) == QStringLiteral("（2025）乌中矛调字第0010号"));
    // One audit entry for the import, and its cases are covered by it (the row audit).
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger_import'")).toInt() == 1);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM audit_rows r JOIN audit_log a ON a.seq = r.seq WHERE "
                                       "a.action = 'ledger_import' AND r.tbl = 'cases'"))
              .toInt() == 3);
}

TEST_CASE("an intake at another desk during the import waits and takes the number after the imported ones")
{
    test::TempDatabase t;
    QString deskNumber, deskError;
    std::thread other;
    // While the import writes, the other desk registers a case on its own connection.
    const LedgerOptions o = whileSaving(
        t, other, deskError, [&](Database& desk) { deskNumber = registerAtDesk(desk, QStringLiteral("郑十一")); });
    const LedgerReport r = importText(t,
                                      csvText({row({{QStringLiteral("申请人"), QStringLiteral("孙八")}}),
                                               row({{QStringLiteral("申请人"), QStringLiteral("周九")}})}),
                                      o);
    REQUIRE(other.joinable());
    other.join();
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    INFO(deskError.toStdString());
    REQUIRE(r.ok);
    CHECK(r.imported == 2);
    CHECK(deskNumber == QStringLiteral("（2025）乌中矛调字第0003号"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(DISTINCT case_no) FROM cases")).toInt() == 3);
    CHECK(scalar(*t.db, QStringLiteral("SELECT last_seq FROM case_numbers WHERE year = 2025")).toInt() == 3);
}

TEST_CASE("two imports of one ledger at once: the second waits for the first and finds its rows unchanged")
{
    test::TempDatabase t;
    const QString text = csvText({row({{QStringLiteral("申请人"), QStringLiteral("孙八")}}),
                                  row({{QStringLiteral("申请人"), QStringLiteral("周九")}})});
    test::writeFile(t.file(QStringLiteral("again.csv")), text.toUtf8());
    LedgerReport second;
    QString secondError;
    std::thread other;
    // While the first import writes, another desk imports the same file on its own connection.
    const LedgerOptions o = whileSaving(t, other, secondError, [&](Database& desk) {
        second = LedgerImporter(desk).importFile(t.file(QStringLiteral("again.csv")), {});
    });
    const LedgerReport first = importText(t, text, o);
    REQUIRE(other.joinable());
    other.join();
    INFO(secondError.toStdString());
    INFO(second.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(first.ok);
    CHECK(first.imported == 2);
    REQUIRE(second.ok);
    CHECK(second.imported == 0);
    CHECK(second.unchanged == 2);
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 2);
}

TEST_CASE("the imported cases are found by search, by applicant and by number")
{
    test::TempDatabase t;
    LedgerOptions o;
    o.actor = QStringLiteral("王管理员");
    const LedgerReport r = LedgerImporter(*t.db).importFile(sampleLedger(), o);
    INFO(r.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok);
    REQUIRE(search::syncPending(*t.db)); // as the window and the command line do after an import
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt() == 0);
    CaseFilter byNumber;
    byNumber.search = QStringLiteral("（2025）乌中矛调字第0003号");
    const QList<CaseListRow> found = CaseStore(*t.db).page(byNumber, std::nullopt, 10);
    REQUIRE(found.size() == 1);
    CHECK(found.first().caseNo == byNumber.search);
    const QString applicant =
        scalar(*t.db, QStringLiteral("SELECT applicant_name FROM cases WHERE case_no = '（2025）乌中矛调字第0003号'"))
            .toString();
    REQUIRE_FALSE(applicant.isEmpty());
    CaseFilter byName;
    byName.search = applicant;
    CHECK(CaseStore(*t.db).count(byName) >= 1);
    CaseFilter all;
    CHECK(CaseStore(*t.db).count(all) == 42);
}
