// GUI tests of the main window: the paged case model (with QAbstractItemModelTester), filtering,
// the first-run dialog, and importing the sample ledger through the Import Ledger dialog.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/gui_wait.h"

#include "app/first_run_dialog.h"
#include "exchange/ledger_import.h"
#include "ledger/import_ledger_dialog.h"
#include "main/main_window.h"
#include "models/case_list_model.h"
#include "storage/case_writer.h"
#include "widgets/dialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace ow;
using ow::ui::CaseListModel;

namespace {

QString caseNoFor(int i)
{
    return QStringLiteral("（2024）乌中矛调字第%1号").arg(i + 1, 4, 10, QLatin1Char('0'));
}

// `count` cases received one per day from 2024-01-01 (case i on day i: the last is the newest),
// status in_progress for every third, filed otherwise; written through CaseWriter in one transaction.
void insertCases(Database& db, int count)
{
    WriteTransaction tx(db);
    REQUIRE(tx.active());
    CaseWriter writer(db);
    for (int i = 0; i < count; ++i) {
        CaseRecord c;
        c.caseNo = caseNoFor(i);
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = i % 2 ? QStringLiteral("neighbor") : QStringLiteral("marriage_family");
        c.townshipCode = QStringLiteral("150824100");
        c.summary = QStringLiteral("邻居堆放柴草占用通道，第%1号").arg(i);
        c.status = i % 3 == 0 ? QStringLiteral("in_progress") : QStringLiteral("filed");
        c.receivedOn = QDate(2024, 1, 1).addDays(i);
        c.filedOn = c.receivedOn;
        c.dueOn = QDate::currentDate().addDays(300);
        c.leadDepartmentCode = QStringLiteral("justice");
        Party p;
        p.name = QStringLiteral("申请人%1").arg(i);
        p.idNumber = QStringLiteral("150824199601038417");
        p.phone = QStringLiteral("13871924865");
        c.parties << p;
        REQUIRE(writer.insert(c).ok());
    }
    REQUIRE(tx.commit().ok());
}

QString display(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

QString sampleLedger()
{
    return qEnvironmentVariable("TESTS_SOURCE_DIR") + QStringLiteral("/data/ledger_sample.csv");
}

} // namespace

TEST_CASE("case list model pages rows in and shows Chinese labels", "[model]")
{
    test::TempDatabase t;
    insertCases(*t.db, 450);
    CaseListModel model(*t.db, ReferenceData::load(*t.db));

    REQUIRE(model.columnCount() == CaseListModel::ColumnCount);
    CHECK(model.headerData(CaseListModel::CaseNo, Qt::Horizontal).toString() == QStringLiteral("案件编号"));
    CHECK(model.headerData(CaseListModel::DueOn, Qt::Horizontal).toString() == QStringLiteral("期限"));

    // The first page only: the model never reads the whole table.
    REQUIRE(model.rowCount() == CaseListModel::kDefaultPageSize);
    CHECK(model.matchingCount() == 450);
    CHECK(model.totalCount() == 450);
    CHECK(model.canFetchMore({}));

    // Newest first: case 449, a 邻里 case, filed.
    CHECK(display(model, 0, CaseListModel::CaseNo) == caseNoFor(449));
    CHECK(display(model, 0, CaseListModel::ReceivedOn) == QStringLiteral("2025-03-25"));
    CHECK(display(model, 0, CaseListModel::Category) == QStringLiteral("邻里"));
    CHECK(display(model, 0, CaseListModel::Status) == QStringLiteral("已立案"));
    CHECK(display(model, 0, CaseListModel::Township) == QStringLiteral("海流图镇"));
    CHECK(display(model, 0, CaseListModel::Applicant) == QStringLiteral("申请人449"));
    CHECK(display(model, 1, CaseListModel::Status) == QStringLiteral("已立案"));
    CHECK(display(model, 2, CaseListModel::Status) == QStringLiteral("办理中"));
    CHECK(display(model, 1, CaseListModel::Category) == QStringLiteral("婚姻家庭"));

    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    // The page boundary neither skips nor repeats a case.
    CHECK(display(model, 199, CaseListModel::CaseNo) == caseNoFor(250));
    CHECK(display(model, 200, CaseListModel::CaseNo) == caseNoFor(249));
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(display(model, 449, CaseListModel::CaseNo) == caseNoFor(0));

    // The tester fetches every page itself and checks the model's consistency, then watches a reload.
    CaseListModel fresh(*t.db, ReferenceData::load(*t.db));
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(fresh.rowCount() == 450);
    fresh.reload();
    CHECK(fresh.rowCount() == 200);
}

TEST_CASE("filtering by status happens in SQL and reduces the rows", "[model]")
{
    test::TempDatabase t;
    insertCases(*t.db, 300);
    CaseListModel model(*t.db, ReferenceData::load(*t.db));
    REQUIRE(model.rowCount() == 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CaseFilter f;
    f.status = QStringLiteral("in_progress");
    model.setFilter(f);
    CHECK(model.rowCount() == 100);
    CHECK(model.matchingCount() == 100);
    CHECK(model.totalCount() == 300);
    CHECK_FALSE(model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(display(model, row, CaseListModel::Status) == QStringLiteral("办理中"));

    f = {};
    f.search = caseNoFor(7);
    model.setFilter(f);
    REQUIRE(model.rowCount() == 1);
    CHECK(display(model, 0, CaseListModel::Applicant) == QStringLiteral("申请人7"));
}

TEST_CASE("overdue and due-soon cases are marked by text and colour", "[model]")
{
    test::TempDatabase t;
    insertCases(*t.db, 3);
    {
        WriteTransaction tx(*t.db);
        CaseWriter writer(*t.db);
        CaseRecord c;
        c.caseNo = QStringLiteral("超期-1");
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = QStringLiteral("neighbor");
        c.townshipCode = QStringLiteral("150824100");
        c.summary = QStringLiteral("超期案件");
        c.status = QStringLiteral("in_progress");
        c.receivedOn = QDate::currentDate().addDays(-40);
        c.filedOn = c.receivedOn;
        c.dueOn = QDate::currentDate().addDays(-10);
        Party p;
        p.name = QStringLiteral("王芳");
        c.parties << p;
        REQUIRE(writer.insert(c).ok());
        REQUIRE(tx.commit().ok());
    }
    CaseListModel model(*t.db, ReferenceData::load(*t.db));
    // The overdue case is the newest.
    REQUIRE(display(model, 0, CaseListModel::CaseNo) == QStringLiteral("超期-1"));
    CHECK(display(model, 0, CaseListModel::DueOn).contains(QStringLiteral("已超期")));
    CHECK(model.data(model.index(0, CaseListModel::DueOn), Qt::BackgroundRole).isValid());
    CHECK(display(model, 0, CaseListModel::Department) == QStringLiteral("未分派"));
    // Cases far from their deadline are plain.
    CHECK_FALSE(display(model, 1, CaseListModel::DueOn).contains(QLatin1Char('(')));
    CHECK_FALSE(model.data(model.index(1, CaseListModel::DueOn), Qt::BackgroundRole).isValid());
}

TEST_CASE("main window filters the list from its filter bar", "[window]")
{
    test::TempDatabase t;
    insertCases(*t.db, 300);
    ui::MainWindow window(t.db);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    REQUIRE(table);
    REQUIRE(status);
    REQUIRE(search);
    REQUIRE(count);
    CHECK(table->model()->rowCount() == 200);
    CHECK(count->text().contains(QStringLiteral("300")));
    CHECK(status->itemText(0) == QStringLiteral("全部状态"));
    // Rows are fixed height, and scrolling to the end makes the view fetch the next page.
    CHECK(table->verticalHeader()->sectionResizeMode(0) == QHeaderView::Fixed);
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 300, 2000);
    CHECK(display(*table->model(), 299, CaseListModel::CaseNo) == caseNoFor(0));

    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    CHECK(table->model()->rowCount() == 100);
    CHECK(count->text().contains(QStringLiteral("100")));
    CHECK(count->text().contains(QStringLiteral("300")));

    // Typing searches after a short pause, without pressing Enter.
    status->setCurrentIndex(0);
    QTest::keyClicks(search, QStringLiteral("29"));
    // Cases 29, 129, 229 and 290–299 (number, applicant and summary all carry the index).
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 13, 2000);
    CHECK(display(*table->model(), 0, CaseListModel::Applicant) == QStringLiteral("申请人299"));

    // Selecting a case shows it in the pane, with the ID number masked.
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 200, 2000);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto* pane = window.findChild<QWidget*>(QStringLiteral("caseDetailView"));
    REQUIRE(pane);
    const QString shown = pane->property("plainText").toString();
    CHECK(shown.contains(caseNoFor(299)));
    CHECK(shown.contains(QStringLiteral("150824********8417")));
    CHECK_FALSE(shown.contains(QStringLiteral("150824199601038417")));
    CHECK(shown.contains(QStringLiteral("138****4865")));
}

TEST_CASE("full numbers on the case pane: for roles that may see them, logged, one case at a time", "[window]")
{
    test::TempDatabase t;
    insertCases(*t.db, 3);
    ui::MainWindow window(t.db);
    window.setActor(QStringLiteral("system"));
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    auto* pane = window.findChild<QWidget*>(QStringLiteral("caseDetailView"));
    auto* full = window.findChild<QAction*>(QStringLiteral("fullNumbersAction"));
    REQUIRE(full);
    CHECK(full->isVisible());
    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(pane->property("plainText").toString().contains(QStringLiteral("150824********8417")));
    full->trigger();
    CHECK(pane->property("plainText").toString().contains(QStringLiteral("150824199601038417")));
    CHECK(pane->property("plainText").toString().contains(QStringLiteral("13871924865")));
    QSqlQuery q(t.db->sql());
    q.exec(QStringLiteral("SELECT actor, entity_id FROM audit_log WHERE action = 'personal_data_viewed'"));
    REQUIRE(q.next());
    CHECK(q.value(1).toString() == window.selectedCaseId());
    // The next case starts masked again.
    table->setCurrentIndex(table->model()->index(1, 0));
    CHECK_FALSE(full->isChecked());
    CHECK(pane->property("plainText").toString().contains(QStringLiteral("150824********8417")));

    // A department handler does not get the action at all.
    QSqlQuery add(t.db->sql());
    REQUIRE(
        add.exec(QStringLiteral("INSERT INTO users(id, login, display_name, role, site_code, created_at, updated_at) "
                                "VALUES('u1', 'zhou.h', '周海', 'handler', '150824', '', '')")));
    window.setActor(QStringLiteral("zhou.h"));
    CHECK_FALSE(full->isVisible());
}

TEST_CASE("clicking 受理日期, 期限 or 案件编号 sorts the list; other headers do not", "[window]")
{
    test::TempDatabase t;
    insertCases(*t.db, 250);
    {
        // Deadlines running the other way from the dates received: the oldest case is due last.
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id, received_on FROM cases")));
        QList<std::pair<QString, QDate>> due;
        while (q.next()) {
            const QDate received = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            due.append({q.value(0).toString(), QDate(2025, 12, 31).addDays(-QDate(2024, 1, 1).daysTo(received))});
        }
        WriteTransaction tx(*t.db);
        for (const auto& [id, on] : due) {
            q.prepare(QStringLiteral("UPDATE cases SET due_on = ? WHERE id = ?"));
            q.addBindValue(on.toString(Qt::ISODate));
            q.addBindValue(id);
            REQUIRE(q.exec());
        }
        REQUIRE(tx.commit().ok());
    }
    ui::MainWindow window(t.db);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    QHeaderView* header = table->horizontalHeader();
    auto click = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    };
    CHECK(display(*table->model(), 0, CaseListModel::CaseNo) == caseNoFor(249)); // newest first

    click(CaseListModel::DueOn); // soonest deadline first: the newest case, due 2025-12-31 minus 249 days
    CHECK(header->sortIndicatorSection() == CaseListModel::DueOn);
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);
    CHECK(display(*table->model(), 0, CaseListModel::CaseNo) == caseNoFor(249));
    click(CaseListModel::DueOn); // latest deadline first: the oldest case
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(display(*table->model(), 0, CaseListModel::CaseNo) == caseNoFor(0));
    // Paging goes on in the same order.
    table->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 250, 2000);
    CHECK(display(*table->model(), 249, CaseListModel::CaseNo) == caseNoFor(249));

    click(CaseListModel::CaseNo);
    CHECK(display(*table->model(), 0, CaseListModel::CaseNo) == caseNoFor(0));
    click(CaseListModel::Applicant); // not sortable: the order and its indicator stay
    CHECK(header->sortIndicatorSection() == CaseListModel::CaseNo);
    CHECK(display(*table->model(), 0, CaseListModel::CaseNo) == caseNoFor(0));

    // A filter keeps the order chosen.
    auto* status = window.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
    CHECK(display(*table->model(), 0, CaseListModel::CaseNo) == caseNoFor(0));
}

// A file made by the dialog; the first run on a server is test_first_run_gui's.
TEST_CASE("first-run dialog creates the sample county database on Enter", "[firstrun][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/onewindow.sqlite"));
    ui::FirstRunDialog dialog(path);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("siteCodeLineEdit"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("siteNameLineEdit"));
    REQUIRE(code);
    REQUIRE(name);
    CHECK(code->text() == QStringLiteral("150824"));
    CHECK(name->text() == QStringLiteral("乌拉特中旗社会治理中心"));
    QTest::keyClick(code, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.database());
    CHECK(QFileInfo::exists(path));
    CHECK(ReferenceData::load(*dialog.database()).siteName == QStringLiteral("乌拉特中旗社会治理中心"));
}

TEST_CASE("importing the sample ledger from the main window shows its cases", "[import]")
{
    test::TempDatabase t;
    ui::MainWindow window(t.db);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    REQUIRE(table->model()->rowCount() == 0);

    // File → Import Ledger…
    QAction* action = window.findChild<QAction*>(QStringLiteral("importLedgerAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("导入台账(&I)…"));
    action->trigger();
    auto* dialog = window.findChild<ui::ImportLedgerDialog*>();
    REQUIRE(dialog);
    ui::FileDialog::setNextFileName(sampleLedger());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
    REQUIRE(test::waitUntilIdle(*dialog));

    auto* importButton = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    INFO(summary->text().toStdString());
    INFO(dialog->problemsText().toStdString());
    REQUIRE(importButton->isEnabled());
    const int rows = dialog->lastReport().imported;
    CHECK(rows > 0);
    // The dry run wrote nothing.
    window.refreshCases();
    CHECK(table->model()->rowCount() == 0);

    QTest::mouseClick(importButton, Qt::LeftButton);
    REQUIRE(test::waitUntilIdle(*dialog));
    CHECK_FALSE(importButton->isEnabled());
    CHECK(summary->text().contains(QString::number(rows)));
    REQUIRE(table->model()->rowCount() == std::min(rows, 200));
    bool found = false;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        found =
            found || display(*table->model(), r, CaseListModel::CaseNo) == QStringLiteral("（2025）乌中矛调字第0001号");
    CHECK(found);
    auto* count = window.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    CHECK(count->text().contains(QString::number(rows)));
}

TEST_CASE("a bad ledger lists its problems by line and column and writes nothing", "[import]")
{
    test::TempDatabase t;
    const QString bad = t.file(QStringLiteral("bad.csv"));
    test::writeFile(bad, QStringLiteral("案件编号,受理日期,案件类型,来源渠道,纠纷类别,申请人,所属乡镇,事由摘要,状态\n"
                                        "A-1,2025-02-30,人民调解,walk_in,邻里,张三,海流图镇,摘要,已立案\n"
                                        "A-2,2025-03-01,人民调解,walk_in,邻里,李四,海流图镇,摘要,已立案\n")
                             .toUtf8());
    ui::MainWindow window(t.db);
    window.openImportLedgerDialog();
    auto* dialog = window.findChild<ui::ImportLedgerDialog*>();
    REQUIRE(dialog);
    ui::FileDialog::setNextFileName(bad);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
    REQUIRE(test::waitUntilIdle(*dialog));

    auto* problems = dialog->findChild<QTableWidget*>(QStringLiteral("problemsTableWidget"));
    REQUIRE(problems->rowCount() >= 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("2"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("受理日期"));
    CHECK_FALSE(problems->item(0, 2)->text().isEmpty());
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    CHECK(dialog->problemsText().startsWith(QStringLiteral("2\t受理日期\t")));
    CHECK(CaseStore(*t.db).count({}) == 0);
}

TEST_CASE(
    "the ledger dialog says why it read GB18030, reads again in the encoding chosen, counts what it does not list",
    "[import]")
{
    test::TempDatabase t;
    const QString header =
        QStringLiteral("案件编号,受理日期,案件类型,来源渠道,纠纷类别,申请人,所属乡镇,事由摘要,状态\n");
    const QString gb = t.file(QStringLiteral("gb.csv"));
    test::writeFile(
        gb, QStringEncoder("GB18030")(header + QStringLiteral("A-1,2025-03-01,人民调解,walk_in,邻里,王五,海流图镇,"
                                                              "邻里纠纷,已立案\n")));
    ui::MainWindow window(t.db);
    window.openImportLedgerDialog();
    auto* dialog = window.findChild<ui::ImportLedgerDialog*>();
    REQUIRE(dialog);
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* importButton = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    auto* encoding = dialog->findChild<QComboBox*>(QStringLiteral("encodingComboBox"));
    REQUIRE(encoding);
    CHECK(encoding->currentText() == QStringLiteral("自动识别"));
    ui::FileDialog::setNextFileName(gb);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
    REQUIRE(test::waitUntilIdle(*dialog));
    INFO(summary->text().toStdString());
    CHECK(importButton->isEnabled());
    CHECK(summary->text().contains(QStringLiteral("已按 GB18030 编码读取")));

    // Read as UTF-8 instead, the file is refused at its first byte that is not UTF-8.
    encoding->setCurrentIndex(1);
    REQUIRE(test::waitUntilIdle(*dialog));
    INFO(summary->text().toStdString());
    CHECK_FALSE(importButton->isEnabled());
    CHECK(summary->text().contains(QStringLiteral("第 1 行第 1 列：字节 0xB0")));
    CHECK(summary->text().contains(QStringLiteral("不是有效的 UTF-8")));
    encoding->setCurrentIndex(0);
    REQUIRE(test::waitUntilIdle(*dialog));

    // 200 rows with 8 problems each: 1,000 listed, a last row counts the other 600.
    QString many = header;
    for (int i = 0; i < 200; ++i)
        many += QStringLiteral("a,b\n");
    const QString bad = t.file(QStringLiteral("many.csv"));
    test::writeFile(bad, many.toUtf8());
    ui::FileDialog::setNextFileName(bad);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
    REQUIRE(test::waitUntilIdle(*dialog));
    auto* problems = dialog->findChild<QTableWidget*>(QStringLiteral("problemsTableWidget"));
    REQUIRE(problems->rowCount() == 1001);
    CHECK(problems->item(1000, 2)->text().startsWith(QStringLiteral("还有 600 处问题未列出")));
    CHECK(summary->text().contains(QStringLiteral("1600")));
    CHECK(
        dialog->problemsText().endsWith(QStringLiteral("还有 600 处问题未列出：请先改正上面列出的问题，再检查一次。")));
    CHECK(CaseStore(*t.db).count({}) == 0);
}

TEST_CASE("a large ledger imports while the window keeps working; the dialog stays until it is done", "[import]")
{
    test::TempDatabase t;
    // 6,000 rows: enough to be checked on a second core while it is written, as a real ledger is.
    QString csv = QStringLiteral("案件编号,受理日期,案件类型,来源渠道,纠纷类别,申请人,所属乡镇,事由摘要,状态\n");
    for (int i = 0; i < 6000; ++i)
        csv += QStringLiteral("A-%1,2025-03-01,人民调解,walk_in,邻里,%2,海流图镇,第%1号摘要,已立案\n")
                   .arg(i)
                   .arg(i == 4321 ? QStringLiteral("欧阳明月") : QStringLiteral("张三"));
    const QString path = t.file(QStringLiteral("large.csv"));
    test::writeFile(path, csv.toUtf8());

    ui::MainWindow window(t.db);
    window.show();
    window.openImportLedgerDialog();
    auto* dialog = window.findChild<ui::ImportLedgerDialog*>();
    REQUIRE(dialog);
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
    auto* importButton = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    CHECK_FALSE(progress->isVisible());

    dialog->checkFile(path);
    CHECK(dialog->busy());
    CHECK(progress->isVisible());
    CHECK_FALSE(close->isEnabled());
    REQUIRE(test::waitUntilIdle(*dialog));
    CHECK_FALSE(progress->isVisible());
    INFO(summary->text().toStdString());
    REQUIRE(importButton->isEnabled());
    CHECK(summary->text().contains(QStringLiteral("6000")));

    QSignalSpy imported(dialog, &ui::ImportLedgerDialog::imported);
    QTest::mouseClick(importButton, Qt::LeftButton);
    // The click came back before the rows were written: the window keeps painting. Mid-import there
    // is no way out of the dialog (Esc, its Close button, the title bar's close).
    CHECK(dialog->busy());
    CHECK(progress->isVisible());
    CHECK_FALSE(close->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    dialog->close();
    CHECK(dialog->isVisible());
    REQUIRE(test::waitUntilIdle(*dialog));
    CHECK(imported.count() == 1);
    CHECK(summary->text().contains(QStringLiteral("6000")));
    CHECK(close->isEnabled());

    // The list shows the cases, and a search finds one at once: the dialog prepared the search index,
    // with the acting login in each case's timeline.
    auto* count = window.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    CHECK(count->text() == QStringLiteral("共 6,000 件")); // counts written as the language writes them
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM search_pending")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CaseFilter f;
    f.search = QStringLiteral("欧阳明月");
    CHECK(CaseStore(*t.db).count(f) == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT actor FROM case_events")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == window.actor());
    CHECK_FALSE(q.next());

    QTest::mouseClick(close, Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
}

// Not run by ctest (hidden tag): writes screenshots for the README and for review.
//   OW_SCREENSHOTS=/tmp/shots test_gui_main "[.screenshots]"
TEST_CASE("screenshots of the main window and its dialogs", "[.screenshots][sqlite]")
{
    const QString out = qEnvironmentVariable("OW_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    const QString path = out + QStringLiteral("/screenshot.sqlite");
    QFile::remove(path);
    DatabasePtr db = createDatabase(path, sampleSite()).value();
    LedgerOptions options;
    options.skipInvalid = true;
    options.rejectsPath = out + QStringLiteral("/rejects.csv");
    const LedgerReport report = LedgerImporter(*db).importFile(sampleLedger(), options);
    INFO(report.errorLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.imported > 0);

    ui::MainWindow window(db);
    window.resize(1400, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::qWait(100);
    CHECK(window.grab().save(out + QStringLiteral("/main-window.png")));

    window.openImportLedgerDialog();
    auto* dialog = window.findChild<ui::ImportLedgerDialog*>();
    REQUIRE(dialog);
    const QString bad = out + QStringLiteral("/bad-ledger.csv");
    test::writeFile(
        bad,
        QStringLiteral(
            "案件编号,受理日期,案件类型,来源渠道,纠纷类别,申请人,申请人证件号码,申请人电话,所属乡镇,事由摘要,状态\n"
            "A-1,2025-02-30,人民调解,walk_in,邻里,张三,,,海流图镇,摘要,已立案\n"
            "A-2,2025-03-01,人民调解,walk_in,邻里,李四,150824199601038418,1387192486,海流图镇,摘要,已立案\n"
            "A-3,2025-03-01,人民调解,上门,吵架,王五,,,某某镇,,已立案\n")
            .toUtf8());
    dialog->checkFile(bad);
    REQUIRE(test::waitUntilIdle(*dialog));
    QTest::qWait(100);
    CHECK(dialog->grab().save(out + QStringLiteral("/import-errors.png")));

    // A 30,000-row ledger being written: the progress bar part-way.
    QString big = QStringLiteral("受理日期,案件类型,来源渠道,纠纷类别,申请人,所属乡镇,事由摘要,状态\n");
    for (int i = 0; i < 30000; ++i)
        big += QStringLiteral("2025-03-01,人民调解,walk_in,邻里,张三,海流图镇,第%1号摘要,已立案\n").arg(i);
    test::writeFile(out + QStringLiteral("/ledger-30000.csv"), big.toUtf8());
    dialog->checkFile(out + QStringLiteral("/ledger-30000.csv"));
    REQUIRE(test::waitUntilIdle(*dialog));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    QElapsedTimer waited;
    waited.start();
    while (dialog->busy() && progress->value() < 8000 && waited.elapsed() < 20000)
        QTest::qWait(5);
    CHECK(dialog->grab().save(out + QStringLiteral("/import-progress.png")));
    REQUIRE(test::waitUntilIdle(*dialog));
    dialog->close();

    ui::FirstRunDialog firstRun(out + QStringLiteral("/new.sqlite"));
    firstRun.show();
    REQUIRE(QTest::qWaitForWindowExposed(&firstRun));
    CHECK(firstRun.grab().save(out + QStringLiteral("/first-run.png")));
}
