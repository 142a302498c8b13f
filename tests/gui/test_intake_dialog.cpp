// GUI tests of intake: a complete registration with the keyboard alone, inline messages at the
// fields, the receipt printed to PDF (its text read back with pdftotext), the home view's queue
// counts and routing from the triage queue. With OW_SCREENSHOTS=DIR the views are saved as PNG.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pdf_text.h"

#include "home/home_view.h"
#include "intake/intake_dialog.h"
#include "intake/intake_extension.h"
#include "intake/receipt.h"
#include "intake/triage_view.h"
#include "main/main_window.h"
#include "models/case_list_model.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "widgets/department_picker.h"
#include "widgets/dialogs.h"
#include "workflow/routing.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ow;
using namespace ow::test;
using ow::ui::IntakeDialog;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// Key presses for each character; Chinese characters arrive as key events carrying their text, as
// from an input method in direct mode (QTest::keyClicks handles ASCII only).
void typeText(QWidget* w, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(w, ch.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

// Presses Enter once where the clerk's key goes: the type-ahead list when it is open, else the field.
void pressEnter()
{
    QWidget* w = focused();
    REQUIRE(w);
    if (auto* box = qobject_cast<QComboBox*>(w); box && box->completer() && box->completer()->popup()->isVisible())
        QTest::keyClick(box->completer()->popup(), Qt::Key_Return);
    else
        QTest::keyClick(w, Qt::Key_Return);
}

// Types into the focused widget, then moves on with one Enter.
void typeAndEnter(const QString& text)
{
    QWidget* w = focused();
    REQUIRE(w);
    if (!text.isEmpty())
        typeText(w, text);
    pressEnter();
}

// Shown and active, as F2 opens it: key presses go to its focused field.
void showActive(QWidget& w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QApplication::setActiveWindow(&w);
}

void screenshot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // the layout as a user sees it, after the pending layout requests
    w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

} // namespace

TEST_CASE("a clerk registers a case with the keyboard alone")
{
    TempDatabase t;
    IntakeDialog dialog(t.db);
    showActive(dialog);
    REQUIRE(focused()->objectName() == QLatin1String("caseTypeComboBox"));
    typeAndEnter({});                   // case type: 人民调解 (default)
    typeAndEnter({});                   // source: 来访 (default)
    typeAndEnter(QStringLiteral("司")); // window: 司法局
    typeAndEnter(QStringLiteral("邻")); // category: 邻里
    CHECK(focused()->objectName() == QLatin1String("townshipComboBox"));
    typeAndEnter(QStringLiteral("海流图")); // township by type-ahead
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("townshipComboBox"))->currentText() ==
          QStringLiteral("海流图镇"));
    typeAndEnter({}); // village: none
    typeAndEnter({}); // received: now
    typeAndEnter({}); // urgency
    typeAndEnter({}); // headcount 1
    CHECK(focused()->objectName() == QLatin1String("applicantNameLineEdit"));
    typeAndEnter(QStringLiteral("王芳"));
    typeAndEnter(QStringLiteral("150824198001010010"));
    typeAndEnter(QStringLiteral("13847812345"));
    typeAndEnter(QStringLiteral("海流图镇建设路12号"));
    typeAndEnter(QStringLiteral("李建国"));
    CHECK(focused()->objectName() == QLatin1String("respondentKindComboBox"));
    typeAndEnter({}); // respondent is a person (default): the organization's rows stay hidden
    CHECK(focused()->objectName() == QLatin1String("respondentPhoneLineEdit"));
    typeAndEnter({});
    CHECK(focused()->objectName() == QLatin1String("summaryPlainTextEdit"));
    typeText(focused(), QStringLiteral("邻居砌墙占用通道"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeText(focused(), QStringLiteral("拆除围墙"));
    screenshot(&dialog, "intake_dialog.png");
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    const CaseRecord& saved = dialog.savedCase();
    REQUIRE_FALSE(saved.id.isEmpty());
    CHECK(saved.caseNo.startsWith(QStringLiteral("（") + QString::number(QDate::currentDate().year())));
    const auto c = CaseStore(*t.db).load(saved.caseNo);
    REQUIRE(c.ok());
    CHECK(c->status == QLatin1String("filed"));
    CHECK(c->windowCode == QLatin1String("justice"));
    CHECK(c->categoryCode == QLatin1String("neighbor"));
    CHECK(c->townshipCode == QLatin1String("150824100"));
    CHECK(c->summary == QStringLiteral("邻居砌墙占用通道"));
    CHECK(c->request == QStringLiteral("拆除围墙"));
    REQUIRE(c->parties.size() == 2);
    CHECK(c->parties[0].name == QStringLiteral("王芳"));
    CHECK(c->parties[0].idNumber == QStringLiteral("150824198001010010"));
    CHECK(c->parties[0].phone == QStringLiteral("13847812345"));
    CHECK(c->parties[1].name == QStringLiteral("李建国"));
    CHECK(c->parties[1].role == QLatin1String("respondent"));
    CHECK(c->receivedOn == QDate::currentDate());
}

TEST_CASE("mistakes are shown in Chinese at the field and nothing is saved")
{
    TempDatabase t;
    IntakeDialog dialog(t.db);
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("applicantNameLineEdit"));
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("applicantIdLineEdit"));
    auto* phone = dialog.findChild<QLineEdit*>(QStringLiteral("applicantPhoneLineEdit"));
    name->setText(QStringLiteral("王芳"));
    id->setText(QStringLiteral("150824198001010011"));
    phone->setText(QStringLiteral("1384781234"));
    dialog.saveFiled();
    CHECK(dialog.savedCase().id.isEmpty());
    CHECK(dialog.fieldMessage(QStringLiteral("parties[0].id_number")).contains(QStringLiteral("校验码")));
    CHECK(dialog.fieldMessage(QStringLiteral("parties[0].phone")).contains(QStringLiteral("11")));
    CHECK_FALSE(dialog.fieldMessage(QStringLiteral("category")).isEmpty());
    CHECK_FALSE(dialog.fieldMessage(QStringLiteral("summary")).isEmpty());
    CHECK(dialog.fieldMessage(QStringLiteral("parties[0].name")).isEmpty());
    CHECK(CaseStore(*t.db).count({}) == 0);
    screenshot(&dialog, "intake_dialog_errors.png");
}

TEST_CASE("the acceptance receipt prints to PDF with the case number, masked ID and QR code")
{
    SiteSetup site = sampleSite();
    site.phone = QStringLiteral("0478 621 2345"); // as the first-run dialog or init --phone takes it
    TempDatabase t(site);
    UserAccount clerk;
    clerk.login = QStringLiteral("clerk1");
    clerk.displayName = QStringLiteral("李娜");
    clerk.role = QStringLiteral("clerk");
    REQUIRE(UserService(*t.db).save(clerk, QStringLiteral("system")).ok());
    IntakeRequest r;
    r.actor = QStringLiteral("clerk1");
    r.caseType = QStringLiteral("petition");
    r.category = QStringLiteral("labor");
    r.township = QStringLiteral("150824100");
    r.window = QStringLiteral("petition");
    r.summary = QStringLiteral("拖欠工资三个月");
    Party a;
    a.name = QStringLiteral("王芳");
    a.idNumber = QStringLiteral("150824198001010010");
    r.parties << a;
    const IntakeOutcome out = IntakeService(*t.db).save(r);
    REQUIRE(out.ok);
    CHECK_FALSE(ui::qrCode(out.saved.oneCaseCode()).isNull());
    const QString pdf = t.file(QStringLiteral("receipt.pdf"));
    REQUIRE(ui::printReceiptToPdf(*t.db, out.saved, pdf).ok());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    // The text as printed, no normalization: a clerk searching the PDF finds the very characters.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
    INFO(text.toStdString());
    CHECK_FALSE(test::hasRadicals(text));
    const QString runs = test::pdfText(pdf);
    CHECK(text.contains(out.saved.caseNo));
    CHECK(text.contains(QStringLiteral("150824********0010")));
    CHECK_FALSE(text.contains(QStringLiteral("150824198001010010")));
    CHECK(text.contains(out.saved.oneCaseCode()));
    // Not routed yet: the handling department is to be assigned, not the intake window (信访局).
    CHECK(runs.contains(QStringLiteral("承办部门待分流")));
    CHECK_FALSE(text.contains(QStringLiteral("信访局")));
    // The clerk by name, and the center's phone as init stored it; no dash in place of a value.
    CHECK(runs.contains(QStringLiteral("受理人李娜")));
    CHECK_FALSE(text.contains(QStringLiteral("clerk1")));
    CHECK(runs.contains(QStringLiteral("中心电话0478-6212345")));
    CHECK_FALSE(text.contains(QStringLiteral("—")));
    if (!qEnvironmentVariable("OW_SCREENSHOTS").isEmpty()) {
        QProcess png;
        png.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-singlefile"),
                   pdf, qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/receipt")});
        png.waitForFinished(60000);
    }

    // Routed, the receipt names the lead department; a center without a phone prints no phone row.
    REQUIRE(RoutingService(*t.db).route(out.saved.id, QStringLiteral("system"), QStringLiteral("hrss"), {}, {}).ok());
    REQUIRE(t.db->setSetting(QStringLiteral("center_phone"), QStringLiteral("")).ok());
    const QString routedPdf = t.file(QStringLiteral("routed.pdf"));
    REQUIRE(ui::printReceiptToPdf(*t.db, *CaseStore(*t.db).load(out.saved.id), routedPdf).ok());
    const QString routed = test::pdfText(routedPdf);
    INFO(routed.toStdString());
    CHECK(routed.contains(QStringLiteral("承办部门人力资源和社会保障局")));
    CHECK_FALSE(routed.contains(QStringLiteral("中心电话")));
}

TEST_CASE("home view counts the queues; the triage queue routes a case")
{
    TempDatabase t;
    IntakeRequest r;
    r.caseType = QStringLiteral("people_mediation");
    r.category = QStringLiteral("neighbor");
    r.township = QStringLiteral("150824100");
    r.summary = QStringLiteral("邻里通道纠纷");
    Party a;
    a.name = QStringLiteral("王芳");
    r.parties << a;
    REQUIRE(IntakeService(*t.db).save(r).ok);
    r.saveAs = IntakeRequest::SaveAs::Reported;
    r.parties[0].name = QStringLiteral("张建国");
    REQUIRE(IntakeService(*t.db).save(r).ok);
    RoutingRule rule;
    rule.category = QStringLiteral("neighbor");
    rule.lead = QStringLiteral("justice");
    rule.co = {QStringLiteral("natural_resources")};
    REQUIRE(RoutingService(*t.db).saveRule(rule, QStringLiteral("system")).ok());

    ui::HomeView home(t.db, QString());
    home.resize(760, 420);
    CHECK(home.shownCount(QStringLiteral("triage")) == 2);
    CHECK(home.shownCount(QStringLiteral("today")) == 2);
    CHECK(home.shownCount(QStringLiteral("overdue")) == 0);
    CaseFilter chosen;
    QObject::connect(&home, &ui::HomeView::queueChosen, [&](const CaseFilter& f, const QString&) { chosen = f; });
    home.findChild<QPushButton*>(QStringLiteral("triageQueuePushButton"))->click();
    CHECK(chosen.queue == QLatin1String("triage"));
    CHECK(CaseStore(*t.db).count(chosen) == 2);
    home.show();
    screenshot(&home, "home_view.png");

    ui::TriageView triage(t.db, QStringLiteral("system"));
    triage.resize(1000, 460);
    triage.show();
    REQUIRE(triage.rowCount() == 2);
    screenshot(&triage, "triage_queue.png");
    auto* table = triage.findChild<QTableWidget*>(QStringLiteral("triageTableWidget"));
    // The header says what the column holds; the township column names the township.
    CHECK(table->horizontalHeaderItem(4)->text() == QStringLiteral("乡镇（街道）"));
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("案件编号/一案一码"));
    QStringList firstColumn, townships;
    for (int i = 0; i < table->rowCount(); ++i) {
        firstColumn << table->item(i, 0)->text();
        townships << table->item(i, 4)->text();
    }
    CHECK(townships == QStringList{QStringLiteral("海流图镇"), QStringLiteral("海流图镇")});
    // The reported case has no number yet: its one-case code is shown, never the status 已登记.
    const auto reported = CaseStore(*t.db).page(
        [] {
            CaseFilter f;
            f.queue = QStringLiteral("triage");
            return f;
        }(),
        std::nullopt, 10);
    QStringList expected;
    for (const CaseListRow& row : reported)
        expected << (row.caseNo.isEmpty() ? oneCaseCodeFor(row.id) : row.caseNo);
    CHECK(firstColumn == expected);
    CHECK_FALSE(firstColumn.join(QString()).contains(QStringLiteral("已登记")));
    CHECK(firstColumn.filter(QRegularExpression(QStringLiteral("^[0-9A-Z]{10}$"))).size() == 1);

    // 协办部门 comes from the list: the rule's suggestion is ticked, and typing finds another that
    // Enter ticks; a typo finds nothing and ticks nothing.
    auto* picker = triage.findChild<ui::DepartmentPicker*>(QStringLiteral("coDepartmentPicker"));
    REQUIRE(picker);
    CHECK(picker->checkedNames() == QStringList{QStringLiteral("自然资源局")});
    QLineEdit* find = picker->filterEdit();
    find->setFocus();
    typeText(find, QStringLiteral("住房"));
    QTest::keyClick(find, Qt::Key_Return);
    CHECK(find->text().isEmpty());
    typeText(find, QStringLiteral("住方"));
    QTest::keyClick(find, Qt::Key_Return);
    CHECK(picker->checkedNames() == QStringList{QStringLiteral("自然资源局"), QStringLiteral("住房和城乡建设局")});
    CHECK(triage.findChild<QLabel*>(QStringLiteral("chosenDepartmentsLabel"))
              ->text()
              .contains(QStringLiteral("住房和城乡建设局")));

    // Routing keeps the table's size, with a short message and with a long error.
    const QSize before = table->size();
    const QString routedId = table->item(table->currentRow(), 0)->data(Qt::UserRole).toString();
    triage.routeSelected();
    CHECK(triage.rowCount() == 1);
    QApplication::processEvents();
    CHECK(table->size() == before);
    auto* lead = triage.findChild<QComboBox*>(QStringLiteral("leadComboBox"));
    lead->setCurrentIndex(lead->findText(QStringLiteral("人民法院"))); // not the suggestion, no reason
    triage.routeSelected();
    QApplication::processEvents();
    CHECK_FALSE(triage.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().isEmpty());
    CHECK(table->size() == before);
    QStringList departments;
    for (const CaseDepartment& d : RoutingService(*t.db).departmentsOf(routedId))
        departments << d.department + QLatin1Char(':') + d.role;
    departments.sort();
    CHECK(departments == QStringList{QStringLiteral("housing:co"), QStringLiteral("justice:lead"),
                                     QStringLiteral("natural_resources:co")});
    home.refresh();
    CHECK(home.shownCount(QStringLiteral("triage")) == 1);
    CHECK(home.shownCount(QStringLiteral("department")) == 1);
}

TEST_CASE("a repeat visitor is shown while the ID is typed and the visit is recorded on the old case")
{
    TempDatabase t;
    IntakeRequest r;
    r.caseType = QStringLiteral("people_mediation");
    r.category = QStringLiteral("neighbor");
    r.township = QStringLiteral("150824100");
    r.summary = QStringLiteral("邻里通道纠纷");
    Party a;
    a.name = QStringLiteral("王芳");
    a.idNumber = QStringLiteral("150824198001010010");
    r.parties << a;
    const IntakeOutcome first = IntakeService(*t.db).save(r);
    REQUIRE(first.ok);

    IntakeDialog dialog(t.db);
    dialog.show();
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("applicantIdLineEdit"));
    id->setFocus();
    typeText(id, QStringLiteral("150824198001010010"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("repeatListWidget"));
    REQUIRE(list);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 3000);
    CHECK(list->item(0)->text().contains(first.saved.caseNo));
    list->setCurrentRow(0);
    auto* visit = dialog.findChild<QPushButton*>(QStringLiteral("recordVisitPushButton"));
    REQUIRE(visit->isEnabled());
    visit->click();
    const auto c = CaseStore(*t.db).load(first.saved.id);
    CHECK(c->visitCount == 2);
    CHECK(c->timeline.last().action == QLatin1String("visit"));
}

TEST_CASE("a case not accepted gets a printable notice with the reason")
{
    TempDatabase t;
    IntakeRequest r;
    r.caseType = QStringLiteral("petition");
    r.category = QStringLiteral("labor");
    r.township = QStringLiteral("150824100");
    r.summary = QStringLiteral("要求撤销法院判决");
    r.saveAs = IntakeRequest::SaveAs::Rejected;
    r.rejectReason = QStringLiteral("已经进入诉讼程序");
    Party a;
    a.name = QStringLiteral("赵敏");
    r.parties << a;
    const IntakeOutcome out = IntakeService(*t.db).save(r);
    REQUIRE(out.ok);
    const QString pdf = t.file(QStringLiteral("notice.pdf"));
    REQUIRE(ui::printReceiptToPdf(*t.db, out.saved, pdf, true).ok());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
    INFO(text.toStdString());
    CHECK_FALSE(test::hasRadicals(text));
    CHECK(text.contains(QStringLiteral("不予受理告知书")));
    CHECK(text.contains(QStringLiteral("已经进入诉讼程序")));
}

TEST_CASE("the main window gets the home view, the triage page and F2; a queue opens the filtered list")
{
    TempDatabase t;
    IntakeRequest r;
    r.caseType = QStringLiteral("people_mediation");
    r.category = QStringLiteral("neighbor");
    r.township = QStringLiteral("150824100");
    r.summary = QStringLiteral("邻里通道纠纷");
    Party a;
    a.name = QStringLiteral("王芳");
    r.parties << a;
    REQUIRE(IntakeService(*t.db).save(r).ok);
    ui::MainWindow window(t.db);
    ui::installIntake(window);
    window.resize(1280, 800);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
    REQUIRE(tabs);
    auto* home = window.findChild<ui::HomeView*>();
    REQUIRE(home);
    // The window opens on 首页, its first tab.
    CHECK(tabs->currentWidget() == home);
    CHECK(tabs->tabText(0) == QStringLiteral("首页"));
    screenshot(&window, "main_window_home.png");
    home->findChild<QPushButton*>(QStringLiteral("todayQueuePushButton"))->click();
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("casesPage"));
    CHECK(window.caseModel()->filter().queue == QLatin1String("today"));
    CHECK(window.caseModel()->rowCount() == 1);
    bool hasF2 = false;
    for (QAction* act : window.findChildren<QAction*>())
        hasF2 = hasF2 || act->shortcut() == QKeySequence(Qt::Key_F2);
    CHECK(hasF2);
}

TEST_CASE("Esc closes the registration, asking first when something typed would be lost; it never refuses the case")
{
    TempDatabase t;
    {
        IntakeDialog dialog(t.db);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        ui::MessageBox::setNextAnswer(QMessageBox::No); // would be used if a question were asked
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());          // nothing typed: closed at once
        CHECK(ui::MessageBox::clearNextAnswer()); // without a question
    }
    IntakeDialog dialog(t.db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(QStringLiteral("applicantNameLineEdit"))->setText(QStringLiteral("王芳"));
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.isVisible());
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("未保存")));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.findChild<QPushButton*>(QStringLiteral("closePushButton"))->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(CaseStore(*t.db).count({}) == 0); // neither saved nor registered as not accepted
}

TEST_CASE("Ctrl+S a second time after saving does not register the same visitor twice")
{
    TempDatabase t;
    IntakeDialog dialog(t.db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* category = dialog.findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
    auto* township = dialog.findChild<QComboBox*>(QStringLiteral("townshipComboBox"));
    auto* window = dialog.findChild<QComboBox*>(QStringLiteral("windowComboBox"));
    category->setCurrentIndex(category->findData(QStringLiteral("neighbor")));
    township->setCurrentIndex(township->findData(QStringLiteral("150824100")));
    window->setCurrentIndex(window->findData(QStringLiteral("justice")));
    dialog.findChild<QLineEdit*>(QStringLiteral("applicantNameLineEdit"))->setText(QStringLiteral("王芳"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"))->setPlainText(QStringLiteral("砌墙"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(dialog.savedCase().id.isEmpty());
    CHECK(CaseStore(*t.db).count({}) == 1);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    dialog.saveReported();
    CHECK(CaseStore(*t.db).count({}) == 1);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(message);
    CHECK(message->text().contains(dialog.savedCase().caseNo));
    CHECK(message->text().contains(QStringLiteral("F2")));
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("saveFiledPushButton"))->isEnabled());
    QTest::qWait(50); // the message's second line is laid out
    screenshot(&dialog, "intake_saved_twice.png");
    // Saved: Esc closes without asking.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(ui::MessageBox::clearNextAnswer());
}

TEST_CASE("one Enter takes the type-ahead township and moves on; Enter leaves the summary, Shift+Enter breaks its line")
{
    TempDatabase t;
    IntakeDialog dialog(t.db);
    showActive(dialog);
    auto* township = dialog.findChild<QComboBox*>(QStringLiteral("townshipComboBox"));
    township->setFocus();
    REQUIRE(focused() == township);
    typeAndEnter(QStringLiteral("海流")); // one press
    CHECK(township->currentText() == QStringLiteral("海流图镇"));
    CHECK(township->currentData().toString() == QStringLiteral("150824100"));
    CHECK_FALSE(township->completer()->popup()->isVisible());
    REQUIRE(focused());
    CHECK(focused()->objectName() == QLatin1String("villageComboBox"));

    auto* summary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"));
    summary->setFocus();
    typeText(summary, QStringLiteral("邻居砌墙"));
    QTest::keyClick(summary, Qt::Key_Return, Qt::ShiftModifier);
    typeText(summary, QStringLiteral("占用通道"));
    CHECK(summary->toPlainText() == QStringLiteral("邻居砌墙\n占用通道"));
    QTest::keyClick(summary, Qt::Key_Return);
    CHECK(summary->toPlainText() == QStringLiteral("邻居砌墙\n占用通道")); // no new line
    REQUIRE(focused());
    CHECK(focused()->objectName() == QLatin1String("requestLineEdit"));
    // Enter in the last field moves on and saves nothing: saving is Ctrl+S or the button.
    typeAndEnter(QStringLiteral("x"));
    CHECK(focused()->objectName() == QLatin1String("partiesTableWidget"));
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK(dialog.savedCase().id.isEmpty());
    CHECK(CaseStore(*t.db).count({}) == 0);
    CHECK(dialog.isVisible());

    // The keys are written in the dialog, whole.
    auto* hints = dialog.findChild<QLabel*>(QStringLiteral("keyHintsLabel"));
    REQUIRE(hints);
    CHECK(hints->isVisible());
    CHECK(hints->text().contains(QStringLiteral("Enter")));
    CHECK(hints->text().contains(QStringLiteral("Shift+Enter")));
    CHECK(hints->text().contains(QStringLiteral("换行")));
    CHECK(hints->text().contains(QStringLiteral("Ctrl+S")));
    CHECK(hints->width() >= hints->sizeHint().width());
    CHECK(dialog.rect().contains(QRect(hints->mapTo(&dialog, QPoint(0, 0)), hints->size())));
}

TEST_CASE("a company as respondent: its credit code is checked at the field, then it is saved with domicile and legal "
          "representative")
{
    TempDatabase t;
    IntakeDialog dialog(t.db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* category = dialog.findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
    auto* township = dialog.findChild<QComboBox*>(QStringLiteral("townshipComboBox"));
    category->setCurrentIndex(category->findData(QStringLiteral("labor")));
    township->setCurrentIndex(township->findData(QStringLiteral("150824100")));
    dialog.findChild<QLineEdit*>(QStringLiteral("applicantNameLineEdit"))->setText(QStringLiteral("王芳"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"))->setPlainText(QStringLiteral("拖欠工资"));
    auto* creditCode = dialog.findChild<QLineEdit*>(QStringLiteral("respondentCreditCodeLineEdit"));
    REQUIRE(creditCode);
    CHECK_FALSE(creditCode->isVisible()); // a person has none
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("respondentKindComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("organization")));
    CHECK(creditCode->isVisible());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("respondentLegalRepresentativeLineEdit"))->isVisible());
    // A 1366 × 768 screen leaves about 720 px: with the company rows the fields scroll, the buttons stay
    // in view, and the field that takes the focus is scrolled into view.
    CHECK(dialog.minimumSizeHint().height() <= 720);
    dialog.resize(dialog.width(), 700);
    QApplication::processEvents();
    auto* area = dialog.findChild<QScrollArea*>(QStringLiteral("formScrollArea"));
    REQUIRE(area);
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveFiledPushButton"));
    CHECK(save->mapTo(&dialog, QPoint(0, save->height())).y() <= dialog.height());
    for (const char* name : {"respondentLegalRepresentativeLineEdit", "caseTypeComboBox"}) {
        auto* field = dialog.findChild<QWidget*>(QLatin1String(name));
        field->setFocus();
        QApplication::processEvents();
        const int top = field->mapTo(area->viewport(), QPoint(0, 0)).y();
        INFO(name << " at " << top << " in a viewport of " << area->viewport()->height());
        CHECK(top >= 0);
        CHECK(top + field->height() <= area->viewport()->height());
    }
    dialog.findChild<QLineEdit*>(QStringLiteral("respondentNameLineEdit"))
        ->setText(QStringLiteral("乌拉特中旗某建筑公司"));
    dialog.findChild<QLineEdit*>(QStringLiteral("respondentAddressLineEdit"))
        ->setText(QStringLiteral("海流图镇工业园区8号"));
    dialog.findChild<QLineEdit*>(QStringLiteral("respondentLegalRepresentativeLineEdit"))
        ->setText(QStringLiteral("赵刚"));
    creditCode->setText(QStringLiteral("91150824MA0N2B3C4N")); // last character misread: M is right
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.savedCase().id.isEmpty());
    CHECK(CaseStore(*t.db).count({}) == 0);
    const QString message = dialog.fieldMessage(QStringLiteral("parties[1].credit_code"));
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("统一社会信用代码")));
    CHECK(message.contains(QStringLiteral("营业执照")));
    CHECK_FALSE(message.contains(QLatin1Char('M'))); // says it does not check out, not which character to type
    auto* errorLabel = dialog.findChild<QLabel*>(QStringLiteral("respondentCreditCodeLineEditErrorLabel"));
    REQUIRE(errorLabel);
    CHECK(errorLabel->isVisible());
    CHECK(QApplication::focusWidget() == creditCode);
    screenshot(&dialog, "intake_organization_error.png");

    creditCode->setText(QStringLiteral("91150824MA0N2B3C4M"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(dialog.savedCase().id.isEmpty());
    const auto c = CaseStore(*t.db).load(dialog.savedCase().id);
    REQUIRE(c.ok());
    REQUIRE(c->parties.size() == 2);
    const Party& company = c->parties[1];
    CHECK(company.role == QLatin1String("respondent"));
    CHECK(company.kind == QLatin1String("organization"));
    CHECK(company.name == QStringLiteral("乌拉特中旗某建筑公司"));
    CHECK(company.creditCode == QStringLiteral("91150824MA0N2B3C4M"));
    CHECK(company.address == QStringLiteral("海流图镇工业园区8号"));
    CHECK(company.legalRepresentative == QStringLiteral("赵刚"));
    CHECK(company.idNumber.isEmpty());
}
