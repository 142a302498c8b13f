// GUI tests of the leaders' reception windows (docs/leaders-and-agency.md): a reception day walked
// through the schedule window (a leader and a day by hand, a schedule file with a bad line, then a
// good one), a case registered at intake with the 接访领导 chosen, the reception record and the case
// file listing it; Esc and cancel lose nothing. OW_SCREENSHOTS=<dir> keeps the pictures.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pdf_text.h"

#include "intake/intake_dialog.h"
#include "mechanisms/reception.h"
#include "mechanisms/reception_schedule_dialog.h"
#include "printing/case_file_print.h"
#include "reports/documents.h"
#include "storage/case_store.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace ow;
using namespace ow::test;
using ow::ui::MessageBox;

namespace {

const Actor kSupervisor{QStringLiteral("system"), QStringLiteral("system"), QStringLiteral("system"), {}};

int rows(Database& db, const char* table)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A copy of a PDF for looking at it (OW_SCREENSHOTS), replacing an earlier one.
void keep(const QString& pdf, const QString& copy)
{
    QFile::remove(copy);
    QFile::copy(pdf, copy);
}

void screenshot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

template <class T> T* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

// Ctrl+S in the form, active as a form the user just opened is.
void save(QDialog* form)
{
    REQUIRE(QTest::qWaitForWindowExposed(form));
    form->activateWindow();
    QApplication::setActiveWindow(form);
    QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
}

// The steps of a reception day, in the schedule window `schedule` on `t`'s database.
struct ReceptionDayWalk
{
    TempDatabase& t;
    ui::ReceptionScheduleDialog& schedule;
    QTableWidget* leaders = child<QTableWidget>(&schedule, "leadersTableWidget");
    QTableWidget* days = child<QTableWidget>(&schedule, "daysTableWidget");
    QLabel* message = child<QLabel>(&schedule, "messageLabel");

    // A leader and this morning's reception by hand: problems at the fields, Esc asks.
    void byHand()
    {
        // A leader: the missing position is named at its field, nothing is written.
        ui::LeaderEditDialog* leader = schedule.addLeader();
        REQUIRE(leader);
        child<QLineEdit>(leader, "nameLineEdit")->setText(QStringLiteral("王建国"));
        save(leader);
        CHECK(leader->isVisible());
        CHECK(leader->fieldMessage(QStringLiteral("position")) == QStringLiteral("请填写领导职务。"));
        CHECK(leader->fieldMessage(QStringLiteral("name")).isEmpty());
        CHECK(rows(*t.db, "leaders") == 0);
        screenshot(leader, "leader_form_error.png");
        // Esc with something typed asks; "No" keeps the form and what was typed.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(leader, Qt::Key_Escape);
        CHECK(leader->isVisible());
        CHECK(child<QLineEdit>(leader, "nameLineEdit")->text() == QStringLiteral("王建国"));
        child<QLineEdit>(leader, "positionLineEdit")->setText(QStringLiteral("县委副书记"));
        child<QLineEdit>(leader, "unitLineEdit")->setText(QStringLiteral("县委"));
        save(leader);
        QApplication::processEvents();
        REQUIRE(leaders->rowCount() == 1);
        CHECK(leaders->item(0, 0)->text() == QStringLiteral("王建国"));
        CHECK(leaders->item(0, 2)->text() == QStringLiteral("县级"));

        // Cancelling a second leader after typing, answered "Yes": nothing is written.
        leader = schedule.addLeader();
        child<QLineEdit>(leader, "nameLineEdit")->setText(QStringLiteral("赵某"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(leader, Qt::Key_Escape);
        QApplication::processEvents();
        CHECK(rows(*t.db, "leaders") == 1);

        // A reception day this morning: the place is required, at its field.
        ui::ReceptionDayEditDialog* day = schedule.addDay();
        REQUIRE(day);
        CHECK(child<QDateEdit>(day, "dayDateEdit")->date() == QDate(2027, 3, 1));
        auto* leaderBox = child<QComboBox>(day, "leaderComboBox");
        REQUIRE(leaderBox->count() == 2); // none, 王建国
        leaderBox->setCurrentIndex(1);
        save(day);
        CHECK(day->fieldMessage(QStringLiteral("place")) == QStringLiteral("请填写接访地点。"));
        CHECK(rows(*t.db, "reception_days") == 0);
        screenshot(day, "day_form_error.png");
        child<QLineEdit>(day, "placeLineEdit")->setText(QStringLiteral("县社会治理中心接访室"));
        child<QLineEdit>(day, "topicsLineEdit")->setText(QStringLiteral("土地征收"));
        save(day);
        QApplication::processEvents();
        REQUIRE(days->rowCount() == 1);
        CHECK(days->item(0, 1)->text() == QStringLiteral("上午"));
    }

    // A schedule file with a bad line, then a good one; the id of this morning's reception.
    QString importFiles()
    {
        // A schedule file with a bad line: the line is named, nothing is written.
        const QString bad = t.file(QStringLiteral("bad.csv"));
        writeFile(bad, "日期,时段,领导姓名,职务,级别,单位,地点,接访事项\n"
                       "2027-03-01,下午,李春华,副县长,县级,县政府,县社会治理中心接访室,教育\n"
                       "2027-03-08,晚上,张志强,县人民法院院长,部门,县人民法院,诉讼服务窗口,涉法涉诉\n");
        ui::FileDialog::setNextFileName(bad);
        schedule.importSchedule();
        CHECK(message->text().contains(QStringLiteral("第 3 行")));
        CHECK(message->text().contains(QStringLiteral("晚上")));
        CHECK_FALSE(message->text().contains(QStringLiteral("第 2 行")));
        CHECK(rows(*t.db, "leaders") == 1);
        CHECK(rows(*t.db, "reception_days") == 1);
        CHECK(days->rowCount() == 1);
        screenshot(&schedule, "schedule_import_error.png");

        // The good file: this afternoon's 李春华, next Monday's 张志强.
        const QString good = t.file(QStringLiteral("good.csv"));
        writeFile(good, "日期,时段,领导姓名,职务,级别,单位,地点,接访事项\n"
                        "2027-03-01,下午,李春华,副县长,县级,县政府,县社会治理中心接访室,教育、医疗\n"
                        "2027-03-08,上午,张志强,县人民法院院长,部门,县人民法院,县社会治理中心诉讼服务窗口,涉法涉诉\n");
        ui::FileDialog::setNextFileName(good);
        schedule.importSchedule();
        CHECK(message->text() == QStringLiteral("已导入：新增领导 2 名，新增接访 2 个，更新 0 个。"));
        CHECK(leaders->rowCount() == 3);
        CHECK(days->rowCount() == 3);
        return days->item(0, 0)->data(Qt::UserRole).toString();
    }

    // A visitor received at `morning`, registered at intake; the saved case.
    CaseRecord registerAt(const QString& morning)
    {
        // A clerk registers a visitor whom 王建国 received this morning.
        ui::IntakeDialog intake(t.db);
        intake.show();
        REQUIRE(QTest::qWaitForWindowExposed(&intake));
        auto* reception = child<QComboBox>(&intake, "receptionComboBox");
        REQUIRE(reception->count() == 3); // none, morning, afternoon
        CHECK(reception->currentIndex() == 0);
        CHECK(reception->itemText(1) == QStringLiteral("上午 县委副书记王建国（县社会治理中心接访室）"));
        CHECK(reception->itemText(2).startsWith(QStringLiteral("下午 副县长李春华")));
        // The extra row scrolls with the fields: the dialog still fits a 1366 × 768 screen (about 720 px).
        CHECK(intake.minimumSizeHint().height() <= 720);
        reception->setCurrentIndex(reception->findData(morning));
        auto* category = child<QComboBox>(&intake, "categoryComboBox");
        category->setCurrentIndex(category->findData(QStringLiteral("land_forest")));
        auto* township = child<QComboBox>(&intake, "townshipComboBox");
        township->setCurrentIndex(township->findData(QStringLiteral("150824100")));
        child<QLineEdit>(&intake, "applicantNameLineEdit")->setText(QStringLiteral("王芳"));
        child<QPlainTextEdit>(&intake, "summaryPlainTextEdit")->setPlainText(QStringLiteral("征地补偿款未发放"));
        screenshot(&intake, "intake_leader_combo.png");
        intake.saveFiled();
        REQUIRE_FALSE(intake.savedCase().id.isEmpty());
        CHECK(child<QLabel>(&intake, "errorLabel")->text().contains(QStringLiteral("王建国")));
        return intake.savedCase();
    }

    // The reception record of the morning lists the case, and prints.
    void recordLists(const QString& morning, const CaseRecord& saved)
    {
        // The reception record of the morning lists the case, and prints.
        const ReceptionRecord record = ReceptionService(*t.db).record(morning);
        REQUIRE(record.visits.size() == 1);
        CHECK(record.visits.first().caseId == saved.id);
        CHECK(record.visits.first().applicant == QStringLiteral("王芳"));
        schedule.setMonth(QDate(2027, 3, 1));
        CHECK(days->item(0, 5)->text() == QStringLiteral("1"));
        days->setCurrentCell(0, 0);
        const QString recordPdf = t.file(QStringLiteral("record.pdf"));
        ui::FileDialog::setNextFileName(recordPdf);
        schedule.exportRecord();
        const QString recordText = pdfText(recordPdf);
        CHECK(recordText.contains(QStringLiteral("领导接访记录")));
        CHECK(recordText.contains(QStringLiteral("县委副书记王建国")));
        CHECK(recordText.contains(saved.caseNo));
        CHECK(recordText.contains(QStringLiteral("征地补偿款未发放")));
        CHECK_FALSE(hasRadicals(recordText));
        if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
            keep(recordPdf, qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/reception_record.pdf"));
    }

    // The case file's read model carries the reception; the window's and the CLI's PDF print it.
    void caseFileLists(const CaseRecord& saved)
    {
        // The case file's read model carries the reception; the printed file shows it.
        auto model = caseFileModel(*t.db, saved.id);
        REQUIRE(model);
        REQUIRE(model->receptions.size() == 1);
        CHECK(model->receptions.first().day == QDate(2027, 3, 1));
        CHECK(model->receptions.first().halfLabel == QStringLiteral("上午"));
        CHECK(model->receptions.first().leader == QStringLiteral("县委副书记王建国"));
        CHECK(model->receptions.first().place == QStringLiteral("县社会治理中心接访室"));
        const QString caseFilePdf = t.file(QStringLiteral("casefile.pdf"));
        REQUIRE(ui::writeCaseFilePdf(*model, caseFilePdf));
        CHECK(pdfText(caseFilePdf).contains(QStringLiteral("县委副书记王建国")));
        // onewindow-cli prints the same model: its case file has the reception too.
        const QString cliPdf = t.file(QStringLiteral("cli-casefile.pdf"));
        const Run cli = runProgram(builtProgram(QStringLiteral("onewindow-cli")),
                                   {QStringLiteral("--db"), t.path, QStringLiteral("print"), QStringLiteral("casefile"),
                                    saved.caseNo, QStringLiteral("--out"), cliPdf});
        INFO(cli.err.toStdString());
        REQUIRE(cli.status == 0);
        CHECK(pdfText(cliPdf).contains(
            QStringLiteral("领导接访2027-03-01上午，县委副书记王建国（县社会治理中心接访室）")));
    }

    // A reception with a case cannot be removed; one without can, after the question.
    void removal()
    {
        // The morning's reception cannot be removed now: the core's reason, the day stays.
        days->setCurrentCell(0, 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        schedule.removeDay();
        CHECK(message->text() == QStringLiteral("本场接访已受理 1 件案件，不能从日程中删除。"));
        CHECK(rows(*t.db, "reception_days") == 3);
        // The next Monday's can; "No" to the question first keeps it.
        days->setCurrentCell(2, 0);
        MessageBox::setNextAnswer(QMessageBox::No);
        schedule.removeDay();
        CHECK(rows(*t.db, "reception_days") == 3);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        schedule.removeDay();
        CHECK(rows(*t.db, "reception_days") == 2);
        CHECK(days->rowCount() == 2);
    }

    // The notice of the quarter as PDF.
    void quarterNotice()
    {
        // The notice of the quarter as PDF.
        child<QComboBox>(&schedule, "periodComboBox")->setCurrentIndex(1);
        const QString notice = t.file(QStringLiteral("notice.pdf"));
        ui::FileDialog::setNextFileName(notice);
        schedule.exportNotice();
        const QString noticeText = pdfText(notice);
        CHECK(noticeText.contains(QStringLiteral("2027-01-01至2027-03-31")));
        CHECK(noticeText.contains(QStringLiteral("副县长")));
        CHECK(noticeText.contains(QStringLiteral("李春华")));
        CHECK_FALSE(noticeText.contains(QStringLiteral("张志强"))); // removed above
        if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
            keep(notice, qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/reception_notice.pdf"));
    }
};

} // namespace

TEST_CASE("a reception day: leader and day by hand, a schedule import, a case received at intake, its record")
{
    TempDatabase t;
    FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(9, 30)));
    ui::ReceptionScheduleDialog schedule(t.db, kSupervisor);
    schedule.show();
    REQUIRE(QTest::qWaitForWindowExposed(&schedule));
    ReceptionDayWalk walk{t, schedule};
    walk.byHand();
    const QString morning = walk.importFiles();
    const CaseRecord saved = walk.registerAt(morning);
    walk.recordLists(morning, saved);
    walk.caseFileLists(saved);
    walk.removal();
    walk.quarterNotice();
}

TEST_CASE("a refused reception at intake writes no case; no reception today, no combo; a clerk only looks")
{
    TempDatabase t;
    FixedClock clock(QDateTime(QDate(2027, 3, 1), QTime(9, 30)));
    {
        ui::IntakeDialog none(t.db);
        CHECK_FALSE(none.findChild<QComboBox*>(QStringLiteral("receptionComboBox")));
    }
    ReceptionService service(*t.db);
    auto wang = service.saveLeader({{},
                                    QStringLiteral("王建国"),
                                    QStringLiteral("县委副书记"),
                                    QStringLiteral("county"),
                                    QStringLiteral("县委"),
                                    {},
                                    true},
                                   QStringLiteral("system"));
    REQUIRE(wang);
    auto today = service.saveDay(
        {{}, wang->id, QDate(2027, 3, 1), QStringLiteral("am"), QStringLiteral("接访室"), {}, {}, {}, {}, {}},
        QStringLiteral("system"));
    REQUIRE(today);

    ui::IntakeDialog intake(t.db);
    intake.show();
    REQUIRE(QTest::qWaitForWindowExposed(&intake));
    auto* reception = child<QComboBox>(&intake, "receptionComboBox");
    reception->setCurrentIndex(1);
    // The reception is taken out of the schedule while the clerk types: the case is not written either.
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM reception_days")));
    }
    auto* category = child<QComboBox>(&intake, "categoryComboBox");
    category->setCurrentIndex(category->findData(QStringLiteral("neighbor")));
    auto* township = child<QComboBox>(&intake, "townshipComboBox");
    township->setCurrentIndex(township->findData(QStringLiteral("150824100")));
    child<QLineEdit>(&intake, "applicantNameLineEdit")->setText(QStringLiteral("王芳"));
    child<QPlainTextEdit>(&intake, "summaryPlainTextEdit")->setPlainText(QStringLiteral("砌墙"));
    intake.saveFiled();
    CHECK(intake.savedCase().id.isEmpty());
    CHECK(intake.fieldMessage(QStringLiteral("reception")) == QStringLiteral("请选择受理该案件的接访场次。"));
    CHECK(CaseStore(*t.db).count({}) == 0);
    CHECK(rows(*t.db, "reception_visits") == 0);
    // Esc asks before dropping the typed visitor.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(&intake, Qt::Key_Escape);
    CHECK(intake.isVisible());

    // A clerk sees the schedule without the editing buttons.
    const Actor clerk{QStringLiteral("clerk1"), QStringLiteral("李娜"), QStringLiteral("clerk"), {}};
    ui::ReceptionScheduleDialog look(t.db, clerk);
    look.show();
    REQUIRE(QTest::qWaitForWindowExposed(&look));
    CHECK_FALSE(child<QPushButton>(&look, "addLeaderPushButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(&look, "importPushButton")->isVisible());
    CHECK_FALSE(child<QPushButton>(&look, "removeDayPushButton")->isVisible());
    CHECK(child<QPushButton>(&look, "noticePushButton")->isVisible());
    CHECK(child<QPushButton>(&look, "recordPushButton")->isVisible());
}
