// GUI tests of case editing and the center settings: the Edit Case dialog opened from the case pane's
// button, a bad phone refused at its field, the change shown old → new in the pane's timeline; the
// settings dialog saving the center phone that the receipt then prints. With OW_SCREENSHOTS=DIR the
// dialogs and the main window are saved as PNG.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/modal.h"

#include "admin/settings_dialog.h"
#include "core/workflow_helpers.h"
#include "intake/receipt.h"
#include "main/case_detail_view.h"
#include "main/case_edit_dialog.h"
#include "main/main_window.h"
#include "models/case_list_model.h"
#include "storage/case_store.h"
#include "widgets/dialogs.h"
#include "workflow/case_editor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace ow;
using namespace ow::test;
using ow::ui::CaseEditDialog;
using ow::ui::MainWindow;
using ow::ui::SettingsDialog;

namespace {

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

// Replaces a table cell's text the way a clerk does: open the editor, select all, type, Enter.
void retypeCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(table->model()->index(row, column)));
    CHECK(editor);
    if (!editor)
        return;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

void screenshot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // let the layout take in the messages just shown
    w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

QString paneText(MainWindow& window)
{
    return window.findChild<ui::CaseDetailView*>(QStringLiteral("caseDetailView"))->toPlainText();
}

} // namespace

TEST_CASE("a clerk corrects a case in the Edit Case dialog and the pane shows old → new")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute(QDate::currentDate().addDays(-3)));
    MainWindow window(t.db);
    ui::installCaseEditing(window);
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.selectedCaseId() == c.id);

    auto* action = window.findChild<QAction*>(QStringLiteral("editCaseAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("编辑案件…"));
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")));
    CHECK(window.menu(MainWindow::Menu::Cases)->actions().contains(action));
    auto* button = window.findChild<QToolButton*>(QStringLiteral("editCaseActionButton"));
    REQUIRE(button);
    CHECK(button->isVisible());
    CHECK(button->isEnabled());

    bool sawDialog = false;
    whenOpen<CaseEditDialog>([&](CaseEditDialog* d) {
        sawDialog = true;
        auto* summary = d->findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"));
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(summary, Qt::Key_Delete); // emptied by mistake
        auto* table = d->findChild<QTableWidget*>(QStringLiteral("partiesTableWidget"));
        CHECK(table->rowCount() == 2);
        // The stored numbers are shown masked.
        CHECK(table->item(0, 2)->text() == QStringLiteral("150824********0010"));
        CHECK(table->item(0, 3)->text() == QStringLiteral("138****2345"));
        retypeCell(table, 0, 1, QStringLiteral("赵丽华"));
        retypeCell(table, 0, 3, QStringLiteral("1390478")); // too short
        clickSave(d);
        CHECK(d->isVisible());
        CHECK(d->fieldMessage(QStringLiteral("parties[0].phone")).contains(QStringLiteral("第 1 行")));
        CHECK_FALSE(d->fieldMessage(QStringLiteral("summary")).isEmpty());
        screenshot(d, "case_edit_dialog_error.png");
        summary->setFocus();
        typeText(summary, QStringLiteral("邻居砌墙占用通道，协商未果"));
        retypeCell(table, 0, 3, QStringLiteral("13904781234"));
        screenshot(d, "case_edit_dialog.png");
        clickSave(d);
        CHECK_FALSE(d->isVisible());
        CHECK(d->outcome().changes.size() == 3);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(sawDialog);

    // The same case is still selected and its pane shows the new values and the timeline entries.
    CHECK(window.selectedCaseId() == c.id);
    const QString pane = paneText(window);
    INFO(pane.toStdString());
    CHECK(pane.contains(QStringLiteral("事由摘要：邻居在宅基地边界砌墙，双方争执 → 邻居砌墙占用通道，协商未果")));
    CHECK(pane.contains(QStringLiteral("王芳 → 赵丽华")));
    CHECK(pane.contains(QStringLiteral("138****2345 → 139****1234")));
    CHECK(pane.contains(QStringLiteral("申请人 赵丽华")));
    CHECK_FALSE(pane.contains(QStringLiteral("13904781234")));
    // Parties, deadlines with their states, and the timeline are all in the pane.
    CHECK(pane.contains(QStringLiteral("当事人")));
    CHECK(pane.contains(QStringLiteral("期限节点")));
    CHECK(pane.contains(QStringLiteral("办理过程")));
    CHECK(pane.contains(QStringLiteral("未到期")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("3")));
    screenshot(&window, "main_window_after_edit.png");
    const auto saved = CaseStore(*t.db).load(c.id);
    REQUIRE(saved.ok());
    CHECK(saved->parties[0].phone == QStringLiteral("13904781234"));
    CHECK(saved->parties[0].idNumber == QStringLiteral("150824198001010010")); // masked cell left alone: kept
}

TEST_CASE("another desk changes the case while Edit Case is open: Save says who changed what and when")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute(QDate::currentDate().addDays(-3)));
    MainWindow window(t.db);
    ui::installCaseEditing(window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.selectedCaseId() == c.id);

    bool sawDialog = false;
    whenOpen<CaseEditDialog>([&](CaseEditDialog* d) {
        sawDialog = true;
        // Meanwhile another desk corrects the summary.
        CaseEdit theirs;
        theirs.caseKey = c.id;
        theirs.expectedRowVersion = c.rowVersion;
        theirs.summary = QStringLiteral("邻居砌墙堵住了出入通道");
        REQUIRE(CaseEditor(*t.db).save(theirs).ok);

        auto* summary = d->findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"));
        summary->setPlainText(QStringLiteral("邻居在宅基地边界砌墙，双方多次争执"));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        clickSave(d);
        CHECK(d->isVisible());
        const QString said = ui::MessageBox::lastText();
        INFO(said.toStdString());
        CHECK(said.contains(c.caseNo));
        CHECK(said.contains(QStringLiteral("邻居砌墙堵住了出入通道")));
        CHECK(said.contains(QStringLiteral("未保存")));
        CHECK(summary->toPlainText() == QStringLiteral("邻居在宅基地边界砌墙，双方多次争执"));
        screenshot(d, "case_edit_dialog_changed_meanwhile.png");
    });
    window.findChild<QAction*>(QStringLiteral("editCaseAction"))->trigger();
    REQUIRE(sawDialog);
    CHECK(CaseStore(*t.db).load(c.id)->summary == QStringLiteral("邻居砌墙堵住了出入通道"));
}

TEST_CASE("a closed case cannot be edited: the clerk is told why")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    for (const char* command : {"assign", "start", "respond", "close"})
        REQUIRE(step(*t.db, c.id, QString::fromLatin1(command)).ok());
    MainWindow window(t.db);
    ui::installCaseEditing(window);
    window.show();
    REQUIRE(window.selectedCaseId() == c.id);
    const QByteArray before = fileHash(t.path);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(QStringLiteral("editCaseAction"))->trigger();
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("不能再修改")));
    CHECK(fileHash(t.path) == before);
}

TEST_CASE("an assigned case: the date received is locked and the dialog says why")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    REQUIRE(step(*t.db, c.id, QStringLiteral("assign")).ok());
    const auto assigned = CaseStore(*t.db).load(c.id);
    REQUIRE(assigned.ok());
    CaseEditDialog dialog(t.db, *assigned, QStringLiteral("system"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.findChild<QWidget*>(QStringLiteral("receivedDateEdit"))->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("receivedHintLabel"))->text().contains(QStringLiteral("分派")));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("receivedTimeLineEdit"))->isEnabled());
    screenshot(&dialog, "case_edit_dialog_assigned.png");
    // Nothing typed: saving writes nothing and closes.
    const QByteArray before = fileHash(t.path);
    clickSave(&dialog);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.outcome().ok);
    CHECK(dialog.outcome().changes.isEmpty());
    CHECK(fileHash(t.path) == before);
}

TEST_CASE("Edit Case keys as in registration: Enter moves on and never saves, Shift+Enter breaks a line, Ctrl+S saves")
{
    TempDatabase t;
    IntakeRequest r = neighbourDispute();
    r.township = QStringLiteral("150824101"); // 乌加河镇: the clerk corrects it to 海流图镇
    const CaseRecord c = registerCase(*t.db, r);
    CaseEditDialog dialog(t.db, c, QStringLiteral("system"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog);
    auto* township = dialog.findChild<QComboBox*>(QStringLiteral("townshipComboBox"));
    township->setFocus();
    township->lineEdit()->selectAll();
    typeText(township, QStringLiteral("海流"));
    QWidget* popup = township->completer()->popup();
    QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget*>(township), Qt::Key_Return); // one press
    CHECK(township->currentText() == QStringLiteral("海流图镇"));
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QLatin1String("villageComboBox"));

    auto* summary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryPlainTextEdit"));
    summary->setFocus();
    summary->selectAll();
    typeText(summary, QStringLiteral("邻居砌墙"));
    QTest::keyClick(summary, Qt::Key_Return, Qt::ShiftModifier);
    typeText(summary, QStringLiteral("占用通道"));
    QTest::keyClick(summary, Qt::Key_Return);
    CHECK(summary->toPlainText() == QStringLiteral("邻居砌墙\n占用通道"));
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QLatin1String("requestLineEdit"));
    // Enter in the last field and on the parties table saves nothing and keeps the dialog open.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("partiesTableWidget"));
    REQUIRE(QApplication::focusWidget());
    CHECK(table->isAncestorOf(QApplication::focusWidget())); // the first party's role
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(CaseStore(*t.db).load(c.id)->summary == c.summary);

    auto* hints = dialog.findChild<QLabel*>(QStringLiteral("keyHintsLabel"));
    REQUIRE(hints);
    CHECK(hints->isVisible());
    CHECK(hints->text().contains(QStringLiteral("Shift+Enter")));
    CHECK(hints->text().contains(QStringLiteral("Ctrl+S")));
    CHECK(hints->width() >= hints->sizeHint().width());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    const auto saved = CaseStore(*t.db).load(c.id);
    REQUIRE(saved.ok());
    CHECK(saved->summary == QStringLiteral("邻居砌墙\n占用通道"));
    CHECK(saved->townshipCode == QLatin1String("150824100"));
}

TEST_CASE("Edit Case: an organization's legal representative is typed in its column; a person's is refused at the row")
{
    TempDatabase t;
    IntakeRequest r = neighbourDispute();
    r.parties[1].kind = QStringLiteral("organization");
    r.parties[1].name = QStringLiteral("乌拉特中旗某建筑公司");
    r.parties[1].creditCode = QStringLiteral("91150824MA0N2B3C4M");
    const CaseRecord c = registerCase(*t.db, r);
    CaseEditDialog dialog(t.db, c, QStringLiteral("system"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("partiesTableWidget"));
    REQUIRE(table->columnCount() == 6);
    CHECK(table->horizontalHeaderItem(4)->text() == QStringLiteral("法定代表人"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("91150824MA0N2B3C4M")); // a credit code is not masked
    retypeCell(table, 0, 4, QStringLiteral("赵刚"));                          // the applicant is a person
    clickSave(&dialog);
    CHECK(dialog.isVisible());
    const QString message = dialog.fieldMessage(QStringLiteral("parties[0].legal_representative"));
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("第 1 行")));
    CHECK(message.contains(QStringLiteral("只有单位才有法定代表人")));
    table->item(0, 4)->setText(QString());
    retypeCell(table, 1, 4, QStringLiteral("赵刚"));
    clickSave(&dialog);
    CHECK_FALSE(dialog.isVisible());
    const auto saved = CaseStore(*t.db).load(c.id);
    REQUIRE(saved.ok());
    CHECK(saved->parties[1].legalRepresentative == QStringLiteral("赵刚"));
    CHECK(saved->parties[0].legalRepresentative.isEmpty());
}

TEST_CASE("center settings: a supervisor saves the phone, the receipt prints it; a clerk is refused")
{
    TempDatabase t;
    addUser(*t.db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    MainWindow window(t.db);
    ui::installCenterSettings(window);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("centerSettingsAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("中心设置…"));
    CHECK(window.menu(MainWindow::Menu::Admin)->actions().contains(action));

    bool sawDialog = false;
    whenOpen<SettingsDialog>([&](SettingsDialog* d) {
        sawDialog = true;
        auto* phone = d->findChild<QLineEdit*>(QStringLiteral("centerPhoneLineEdit"));
        auto* pattern = d->findChild<QLineEdit*>(QStringLiteral("caseNoPatternLineEdit"));
        CHECK(pattern->text() == QStringLiteral("（{year}）{prefix}字第{seq:04}号"));
        phone->setFocus();
        typeText(phone, QStringLiteral("0478 6212345"));
        pattern->setFocus();
        pattern->selectAll();
        typeText(pattern, QStringLiteral("（{year}）{prefix}字第号"));
        clickSave(d);
        CHECK(d->isVisible());
        CHECK(d->fieldMessage(QStringLiteral("case_no_pattern")).contains(QStringLiteral("{seq}")));
        screenshot(d, "settings_dialog_error.png");
        pattern->selectAll();
        typeText(pattern, QStringLiteral("（{year}）{prefix}字第{seq:05}号"));
        screenshot(d, "settings_dialog.png");
        clickSave(d);
        CHECK_FALSE(d->isVisible());
    });
    action->trigger();
    REQUIRE(sawDialog);
    CHECK(t.db->setting(QStringLiteral("center_phone")) == QStringLiteral("0478-6212345"));

    QTextDocument doc;
    ui::buildReceipt(*t.db, c, doc);
    CHECK(doc.toPlainText().contains(QStringLiteral("0478-6212345")));

    window.setActor(QStringLiteral("clerk1"));
    const QByteArray before = fileHash(t.path);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("管理员")));
    CHECK(fileHash(t.path) == before);
}

TEST_CASE("center settings: a new center name and due-soon share show at once, without a restart")
{
    TempDatabase t;
    // Received 20 days ago: two thirds of a 30-day handling period gone, not yet "due soon" at 80 %.
    const CaseRecord c = registerCase(*t.db, neighbourDispute(QDate::currentDate().addDays(-20)));
    MainWindow window(t.db);
    ui::installCenterSettings(window);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    REQUIRE(table);
    auto* model = qobject_cast<ui::CaseListModel*>(table->model());
    REQUIRE(model);
    REQUIRE(model->rowCount() == 1);
    INFO("due " << c.dueOn.toString(Qt::ISODate).toStdString());
    CHECK(model->rowAt(0)->deadlineState == QStringLiteral("pending"));

    whenOpen<SettingsDialog>([&](SettingsDialog* d) {
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("centerNameLineEdit"));
        auto* share = d->findChild<QSpinBox*>(QStringLiteral("dueSoonSpinBox"));
        name->selectAll();
        name->setFocus();
        typeText(name, QStringLiteral("乌拉特中旗矛盾纠纷多元化解中心"));
        share->setValue(50);
        clickSave(d);
        CHECK_FALSE(d->isVisible());
    });
    window.findChild<QAction*>(QStringLiteral("centerSettingsAction"))->trigger();
    CHECK(window.windowTitle().contains(QStringLiteral("乌拉特中旗矛盾纠纷多元化解中心")));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowAt(0)->deadlineState == QStringLiteral("due_soon"));
}
