// The agreement, judicial confirmation and performance dialogs driven offscreen as a mediator uses
// them: typed with the keyboard, saved with Ctrl+S, checked through the mediation services and CaseStore.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/mediation_test_support.h"
#include "main/main_window.h"
#include "mediation/agreement.h"
#include "mediation/agreement_dialog.h"
#include "mediation/judicial_confirmation.h"
#include "mediation/judicial_confirmation_dialog.h"
#include "mediation/mediation_extension.h"
#include "mediation/performance.h"
#include "mediation/performance_dialog.h"
#include "storage/case_store.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString sys = u"system"_s;

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

// Tab to the next field. A date field takes Tab from section to section (year, month, day) before
// it lets go, as it does for the user.
void tab()
{
    QWidget* start = focused();
    for (int i = 0; i < 5 && focused() == start; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
}

void showActive(QWidget& w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QApplication::setActiveWindow(&w);
}

// OW_SCREENSHOTS=<dir> keeps a screenshot of each dialog for looking at.
void screenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents(); // pending layout requests, as before the user sees the window
    w.grab().save(dir + u'/' + QString::fromLatin1(name));
}

template <typename T> T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

int timelineSize(Database& db, const QString& caseId)
{
    auto c = CaseStore(db).load(caseId);
    REQUIRE(c);
    return int(c->timeline.size());
}

// The written-agreement fields a mediator must fill, filled without the amount.
void fillRequired(ui::AgreementDialog& d)
{
    child<QPlainTextEdit>(d, "factsPlainTextEdit")->setPlainText(u"2024年3月李四向张三借款，至今未还。"_s);
    child<QPlainTextEdit>(d, "disputePlainTextEdit")->setPlainText(u"还款期限有争议；李四应承担还款责任。"_s);
    child<QPlainTextEdit>(d, "termsPlainTextEdit")->setPlainText(u"李四于2025年10月31日前归还借款。"_s);
    child<QLineEdit>(d, "mannerLineEdit")->setText(u"银行转账"_s);
    child<QDateEdit>(d, "dueDateEdit")->setDate(QDate(2025, 10, 31));
    child<QDateEdit>(d, "effectiveDateEdit")->setDate(QDate(2025, 9, 1));
}

} // namespace

TEST_CASE("a mediator types a written agreement and gets it back in fen, with copies and terms")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const auto roster = test::makeRoster(db);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    ui::AgreementDialog dialog(t.db, caseId, sys);
    showActive(dialog);

    // The parties come from the case with their particulars; copies default to parties + 1.
    auto* parties = child<QTableWidget>(dialog, "partiesTableWidget");
    REQUIRE(parties->rowCount() == 2);
    CHECK(parties->item(0, 0)->text() == u"申请人"_s);
    CHECK(parties->item(0, 1)->text() == u"张三"_s);
    CHECK(parties->item(0, 2)->text() == u"150824198001011234"_s);
    CHECK(parties->item(1, 1)->text() == u"李四"_s);
    CHECK(child<QSpinBox>(dialog, "copiesSpinBox")->value() == 3);
    CHECK(dialog.warningText().isEmpty());

    // Typed in tab order: facts, points in dispute, terms, how, where, by when, amount.
    REQUIRE(focused()->objectName() == u"factsPlainTextEdit"_s);
    typeText(focused(), u"2024年3月李四向张三借款一万二千元，约定年底归还，至今未还。"_s);
    tab();
    REQUIRE(focused()->objectName() == u"disputePlainTextEdit"_s);
    typeText(focused(), u"双方对还款期限有争议；李四应承担还款责任。"_s);
    tab();
    REQUIRE(focused()->objectName() == u"termsPlainTextEdit"_s);
    typeText(focused(), u"李四于2025年10月31日前一次性归还张三借款12,000.50元。"_s);
    tab();
    REQUIRE(focused()->objectName() == u"mannerLineEdit"_s);
    typeText(focused(), u"银行转账"_s);
    tab();
    REQUIRE(focused()->objectName() == u"placeLineEdit"_s);
    typeText(focused(), u"海流图镇"_s);
    tab();
    REQUIRE(focused()->objectName() == u"dueDateEdit"_s);
    CHECK(focused()->property("text").toString() == u"（未填写，可输入或选日期）"_s);
    typeText(focused(), u"20251031"_s); // digits fill year, month and day in turn
    INFO(child<QDateEdit>(dialog, "dueDateEdit")->text().toStdString());
    CHECK(child<QDateEdit>(dialog, "dueDateEdit")->date() == QDate(2025, 10, 31));
    tab();
    REQUIRE(focused()->objectName() == u"amountLineEdit"_s);
    typeText(focused(), u"12,000.50"_s);
    CHECK(child<QLabel>(dialog, "amountStatusLabel")->text().startsWith(u"大写：壹万贰仟元伍角"_s));
    tab();
    REQUIRE(focused()->objectName() == u"effectiveDateEdit"_s);
    child<QDateEdit>(dialog, "effectiveDateEdit")->setDate(QDate(2025, 9, 1));
    tab();
    REQUIRE(focused()->objectName() == u"copiesSpinBox"_s);
    tab();
    REQUIRE(focused()->objectName() == u"mediatorsListWidget"_s);
    child<QListWidget>(dialog, "mediatorsListWidget")->item(0)->setCheckState(Qt::Checked);
    screenshot(dialog, "agreement_dialog.png");

    // Ctrl+S saves, closes, and offers the print preview (declined here).
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ui::MessageBox::lastTitle() == u"调解协议已保存"_s);
    CHECK(ui::MessageBox::lastText().contains(u"预览并打印"_s));

    const auto a = AgreementService(db).agreement(caseId);
    REQUIRE(a);
    CHECK(a->form == u"written"_s);
    REQUIRE(a->amountFen);
    CHECK(*a->amountFen == 1200050);
    CHECK(a->copies == 3);
    CHECK(a->terms == u"李四于2025年10月31日前一次性归还张三借款12,000.50元。"_s);
    CHECK(a->performanceManner == u"银行转账"_s);
    CHECK(a->performancePlace == u"海流图镇"_s);
    CHECK(a->performanceDueOn == QDate(2025, 10, 31));
    CHECK(a->effectiveOn == QDate(2025, 9, 1));
    CHECK(a->mediatorIds == QStringList{roster.mediatorId});
    REQUIRE(a->parties.size() == 2);
    CHECK(a->parties[0].idNumber == u"150824198001011234"_s);
    // The timeline names it, and core set the 30-day judicial confirmation milestone.
    auto c = CaseStore(db).load(caseId);
    REQUIRE(c);
    CHECK(c->timeline.last().detail.contains(u"12,000.50"_s));
    bool milestone = false;
    for (const Milestone& m : c->milestones)
        milestone =
            milestone || (m.milestone == u"judicial_confirmation_application"_s && m.startsOn == a->effectiveOn);
    CHECK(milestone);

    // Opened again, the dialog edits the saved agreement.
    ui::AgreementDialog again(t.db, caseId, sys);
    CHECK(again.windowTitle() == u"修改调解协议书"_s);
    CHECK(child<QLineEdit>(again, "amountLineEdit")->text() == u"12,000.50"_s);
    CHECK(child<QSpinBox>(again, "copiesSpinBox")->value() == 3);
    CHECK(child<QPlainTextEdit>(again, "termsPlainTextEdit")->toPlainText() == a->terms);
    CHECK(child<QDateEdit>(again, "dueDateEdit")->date() == QDate(2025, 10, 31));
    CHECK(child<QListWidget>(again, "mediatorsListWidget")->item(0)->checkState() == Qt::Checked);
    child<QSpinBox>(again, "copiesSpinBox")->setValue(4);
    child<QLineEdit>(again, "amountLineEdit")->setText(u"1.5万元"_s);
    REQUIRE(again.save());
    CHECK(AgreementService(db).agreement(caseId)->copies == 4);
    CHECK(*AgreementService(db).agreement(caseId)->amountFen == 1500000);
}

TEST_CASE("the parties' full ID numbers show to a mediator, logged, and masked to a department handler")
{
    test::TempDatabase t;
    Database& db = *t.db;
    test::makeRoster(db);
    test::addUser(db, u"zhou.handler"_s, u"handler"_s);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    auto viewings = [&] {
        QSqlQuery q(db.sql());
        q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'personal_data_viewed'"_s);
        q.next();
        return q.value(0).toInt();
    };
    {
        ui::AgreementDialog dialog(t.db, caseId, sys);
        auto* parties = child<QTableWidget>(dialog, "partiesTableWidget");
        CHECK(parties->item(0, 2)->text() == u"150824198001011234"_s);
        CHECK(parties->item(0, 3)->text() == u"13800000001"_s);
        CHECK(viewings() == 1);
    }
    ui::AgreementDialog dialog(t.db, caseId, u"zhou.handler"_s);
    auto* parties = child<QTableWidget>(dialog, "partiesTableWidget");
    CHECK(parties->item(0, 2)->text() == u"150824********1234"_s);
    CHECK(parties->item(0, 3)->text() == u"138****0001"_s);
    CHECK(viewings() == 1);
}

TEST_CASE("a bad amount is refused at its field in Chinese and nothing is saved")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    const int before = timelineSize(db, caseId);
    ui::AgreementDialog dialog(t.db, caseId, sys);
    showActive(dialog);
    fillRequired(dialog);
    auto* amount = child<QLineEdit>(dialog, "amountLineEdit");
    auto* status = child<QLabel>(dialog, "amountStatusLabel");
    amount->setFocus();
    typeText(amount, u"12,000.505"_s);
    CHECK(status->text().isEmpty()); // not while typing
    tab();                           // leaving the field says what is wrong
    CHECK(status->text() == u"“12,000.505”的小数位超过了分（0.01元）。"_s);
    for (const QString& bad : {u"一万元"_s, u"-300"_s, u"12,00.5"_s}) {
        INFO(bad.toStdString());
        amount->setText(bad);
        CHECK_FALSE(dialog.save());
        CHECK(status->text().startsWith(u"“%1”不是以元为单位的金额"_s.arg(bad)));
        CHECK(dialog.errorText() == u"金额填写有误，请看金额下方的提示。"_s);
        CHECK(focused() == amount);
    }
    CHECK_FALSE(AgreementService(db).agreement(caseId));
    CHECK(timelineSize(db, caseId) == before);
    // The same fields with an amount in yuan save.
    amount->setText(u"¥3,000"_s);
    CHECK(status->text() == u"大写：叁仟元整"_s);
    REQUIRE(dialog.save());
    CHECK(*AgreementService(db).agreement(caseId)->amountFen == 300000);
}

TEST_CASE("an agreement about a homestead warns about judicial confirmation but still saves")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    ui::AgreementDialog dialog(t.db, caseId, sys);
    showActive(dialog);
    fillRequired(dialog);
    CHECK(dialog.warningText().isEmpty());
    CHECK_FALSE(child<QLabel>(dialog, "warningLabel")->isVisible());
    auto* terms = child<QPlainTextEdit>(dialog, "termsPlainTextEdit");
    terms->setFocus();
    terms->moveCursor(QTextCursor::End);
    typeText(terms, u"李四将其宅基地上的房屋归张三所有。"_s);
    CHECK(dialog.warningText().contains(u"宅基地"_s));
    CHECK(dialog.warningText().contains(u"第三百五十五条"_s));
    CHECK(child<QLabel>(dialog, "warningLabel")->isVisible());
    screenshot(dialog, "agreement_dialog_art355_warning.png");
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(terms, Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(AgreementService(db).agreement(caseId));
    REQUIRE(dialog.savedWarnings().size() == 1);
    CHECK(ui::MessageBox::lastText().contains(u"宅基地"_s));
    // The judicial confirmation dialog repeats it where the parties would apply.
    ui::JudicialConfirmationDialog confirm(t.db, caseId, sys);
    CHECK(confirm.warningText().contains(u"宅基地"_s));
}

TEST_CASE("two mediators fill the agreement at once: the second save is refused, says who saved first, and keeps "
          "the typing")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    // Both open the form while the case has no agreement yet.
    ui::AgreementDialog first(t.db, caseId, sys);
    ui::AgreementDialog second(t.db, caseId, sys);
    showActive(first);
    fillRequired(first);
    ui::MessageBox::setNextAnswer(QMessageBox::No); // no preview
    QTest::keyClick(child<QPlainTextEdit>(first, "termsPlainTextEdit"), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(first.result() == QDialog::Accepted);
    const int entries = timelineSize(db, caseId);

    showActive(second);
    fillRequired(second);
    auto* terms = child<QPlainTextEdit>(second, "termsPlainTextEdit");
    terms->setPlainText(u"李四分三期归还借款。"_s);
    QTest::keyClick(terms, Qt::Key_S, Qt::ControlModifier);
    CHECK(second.isVisible());
    CHECK(second.result() != QDialog::Accepted);
    const QString shown = child<QLabel>(second, "errorLabel")->text();
    INFO(shown.toStdString());
    CHECK(shown.contains(u"保存了案件"_s));
    CHECK(shown.contains(u"您的修改未保存"_s));
    CHECK(terms->toPlainText() == u"李四分三期归还借款。"_s); // the typing is still there to copy
    screenshot(second, "agreement_dialog_saved_meanwhile.png");
    CHECK(AgreementService(db).agreement(caseId)->terms == u"李四于2025年10月31日前归还借款。"_s);
    CHECK(timelineSize(db, caseId) == entries);
    ui::MessageBox::clearNextAnswer();
}

TEST_CASE("an oral agreement is recorded by its content")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"neighbor"_s);
    ui::AgreementDialog dialog(t.db, caseId, sys);
    showActive(dialog);
    child<QRadioButton>(dialog, "oralRadioButton")->setChecked(true);
    CHECK_FALSE(child<QSpinBox>(dialog, "copiesSpinBox")->isEnabled());
    CHECK(child<QLabel>(dialog, "termsLabel")->text().startsWith(u"口头协议内容"_s));
    child<QDateEdit>(dialog, "effectiveDateEdit")->setDate(QDate(2025, 9, 1));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().contains(u"第二十八条"_s));
    child<QPlainTextEdit>(dialog, "termsPlainTextEdit")->setPlainText(u"双方同意共用通道，互不堆放杂物。"_s);
    screenshot(dialog, "agreement_dialog_oral.png");
    REQUIRE(dialog.save());
    const auto a = AgreementService(db).agreement(caseId);
    REQUIRE(a);
    CHECK(a->form == u"oral"_s);
    CHECK(a->terms == u"双方同意共用通道，互不堆放杂物。"_s);
    CHECK_FALSE(a->amountFen);
}

TEST_CASE("judicial confirmation and performance are recorded against the agreement's dates")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);

    // Without a written agreement there is nothing to confirm: the dialog says so up front.
    {
        ui::JudicialConfirmationDialog early(t.db, caseId, sys);
        CHECK(early.isReadOnly());
        CHECK(child<QLabel>(early, "readOnlyLabel")->text().contains(u"书面调解协议"_s));
        CHECK_FALSE(child<QDialogButtonBox>(early, "buttonBox")->button(QDialogButtonBox::Save));
    }

    REQUIRE(AgreementService(db).saveAgreement(test::sampleAgreement(caseId), sys));
    QDate due;
    const auto loaded = CaseStore(db).load(caseId); // kept: a loop over a temporary's member dangles
    REQUIRE(loaded);
    for (const Milestone& m : loaded->milestones)
        if (m.milestone == u"judicial_confirmation_application"_s)
            due = m.dueOn;
    REQUIRE(due.isValid());

    ui::JudicialConfirmationDialog dialog(t.db, caseId, sys);
    showActive(dialog);
    CHECK(child<QLabel>(dialog, "effectiveLabel")->text() == u"2025-09-01"_s);
    CHECK(dialog.deadlineText().startsWith(due.toString(Qt::ISODate)));
    CHECK(dialog.deadlineText().contains(u"已逾期"_s)); // 2025 is past
    auto* decided = child<QDateEdit>(dialog, "decidedDateEdit");
    CHECK_FALSE(decided->isEnabled());
    REQUIRE(focused()->objectName() == u"appliedDateEdit"_s);
    child<QDateEdit>(dialog, "appliedDateEdit")->setDate(QDate(2025, 9, 5));
    tab();
    REQUIRE(focused()->objectName() == u"courtLineEdit"_s);
    typeText(focused(), u"乌拉特中旗人民法院"_s);
    tab();
    REQUIRE(focused()->objectName() == u"courtCaseNoLineEdit"_s);
    typeText(focused(), u"（2025）内0824民特12号"_s);
    tab();
    auto* result = child<QComboBox>(dialog, "resultComboBox");
    REQUIRE(focused() == result);
    result->setCurrentIndex(result->findData(u"granted"_s));
    CHECK(decided->isEnabled());
    decided->setDate(QDate(2025, 9, 12));
    screenshot(dialog, "judicial_confirmation_dialog.png");
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    const auto j = JudicialConfirmationService(db).judicialConfirmation(caseId);
    REQUIRE(j);
    CHECK(j->appliedOn == QDate(2025, 9, 5));
    CHECK(j->court == u"乌拉特中旗人民法院"_s);
    CHECK(j->courtCaseNo == u"（2025）内0824民特12号"_s);
    CHECK(j->result == u"granted"_s);
    CHECK(j->decidedOn == QDate(2025, 9, 12));
    auto c = CaseStore(db).load(caseId);
    REQUIRE(c);
    CHECK(c->judicialConfirmed == std::optional<bool>(true));

    // Opened again it shows the record and that the milestone was met.
    ui::JudicialConfirmationDialog again(t.db, caseId, sys);
    CHECK(child<QLineEdit>(again, "courtLineEdit")->text() == u"乌拉特中旗人民法院"_s);
    CHECK(child<QComboBox>(again, "resultComboBox")->currentData().toString() == u"granted"_s);
    CHECK(again.deadlineText().contains(u"已于2025-09-05申请"_s));

    ui::PerformanceDialog perf(t.db, caseId, sys);
    showActive(perf);
    CHECK(perf.dueText().startsWith(u"2025-10-31"_s));
    CHECK(child<QLabel>(perf, "agreedAmountLabel")->text() == u"30,000.00元（叁万元整）"_s);
    CHECK(child<QLabel>(perf, "historyLabel")->text() == u"尚无履行核实记录。"_s);
    REQUIRE(focused()->objectName() == u"dateEdit"_s);
    child<QDateEdit>(perf, "dateEdit")->setDate(QDate(2025, 10, 30));
    tab();
    auto* state = child<QComboBox>(perf, "stateComboBox");
    REQUIRE(focused() == state);
    state->setCurrentIndex(state->findData(u"partly_performed"_s));
    tab();
    REQUIRE(focused()->objectName() == u"amountLineEdit"_s);
    typeText(focused(), u"20000"_s);
    tab();
    REQUIRE(focused()->objectName() == u"notePlainTextEdit"_s);
    typeText(focused(), u"已转账两万元，余款约定下月付清。"_s);
    screenshot(perf, "performance_dialog.png");
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    CHECK(perf.errorText().isEmpty());
    CHECK(perf.result() == QDialog::Accepted);
    const auto ps = PerformanceService(db).performances(caseId);
    REQUIRE(ps.size() == 1);
    CHECK(ps[0].state == u"partly_performed"_s);
    REQUIRE(ps[0].amountFen);
    CHECK(*ps[0].amountFen == 2000000);
    CHECK(ps[0].note == u"已转账两万元，余款约定下月付清。"_s);

    ui::PerformanceDialog later(t.db, caseId, sys);
    auto* history = child<QTableWidget>(later, "historyTableWidget");
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 0)->text() == u"2025-10-30"_s);
    CHECK(history->item(0, 1)->text() == u"部分履行"_s);
    CHECK(history->item(0, 2)->text() == u"20,000.00"_s);
    showActive(later);
    screenshot(later, "performance_dialog_history.png");
}

TEST_CASE("a closed case opens read-only and says why instead of failing on save")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"closed"_s, u"private_loan"_s);
    ui::AgreementDialog dialog(t.db, caseId, sys);
    showActive(dialog);
    CHECK(dialog.isReadOnly());
    auto* banner = child<QLabel>(dialog, "readOnlyLabel");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(u"已办结归档，不能修改"_s));
    auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
    CHECK_FALSE(box->button(QDialogButtonBox::Save));
    REQUIRE(box->button(QDialogButtonBox::Close));
    CHECK(child<QPlainTextEdit>(dialog, "termsPlainTextEdit")->isReadOnly());
    screenshot(dialog, "agreement_dialog_closed_case.png");
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier); // does nothing
    CHECK_FALSE(AgreementService(db).agreement(caseId));
    ui::PerformanceDialog perf(t.db, caseId, sys);
    CHECK(perf.isReadOnly());
    CHECK_FALSE(perf.save());
    CHECK(perf.errorText().contains(u"已办结归档"_s));
    CHECK(PerformanceService(db).performances(caseId).isEmpty());
}

TEST_CASE("the Mediation menu offers agreement, confirmation and performance and asks for a case")
{
    test::TempDatabase t;
    ui::MainWindow window(t.db);
    ui::installMediation(window);
    QMenu* menu = window.menu(ui::MainWindow::Menu::Mediation);
    for (const QString& text : {u"调解协议书…"_s, u"司法确认…"_s, u"履行情况…"_s}) {
        INFO(text.toStdString());
        QAction* found = nullptr;
        for (QAction* a : menu->actions())
            if (a->text() == text)
                found = a;
        REQUIRE(found);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        found->trigger();
        CHECK(ui::MessageBox::lastText() == u"请先在案件列表中选择一个案件。"_s);
    }
}
