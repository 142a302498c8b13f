// The 领导包案 queue and the 信访代办 windows (docs/leaders-and-agency.md, "Windows"), driven offscreen as a
// supervisor, a clerk and a village agent would. OW_SCREENSHOTS=<dir> keeps pictures of each window.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/modal.h"

#include "main/case_detail_view.h"
#include "main/main_window.h"
#include "mechanisms/agency.h"
#include "mechanisms/agency_cases_window.h"
#include "mechanisms/agency_points_dialog.h"
#include "mechanisms/leader_cases.h"
#include "mechanisms/leader_cases_window.h"
#include "mechanisms/leader_common.h"
#include "mechanisms/reception.h"
#include "security/users.h"
#include "storage/case_writer.h"
#include "widgets/dialogs.h"
#include "workflow/case_workflow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace ow;
using namespace ow::test;

namespace {

const QString kSystem = QStringLiteral("system");
const Actor kSupervisor{kSystem, kSystem, kSystem, {}};

void shot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

Actor user(Database& db, const QString& login, const QString& name, const QString& role)
{
    REQUIRE(UserService(db).save({login, name, role, {}, true, false}, kSystem));
    auto a = actorFor(db, login);
    REQUIRE(a);
    return *a;
}

Leader leader(Database& db, const QString& name, const QString& position)
{
    auto l = ReceptionService(db).saveLeader(
        {{}, name, position, QStringLiteral("county"), QStringLiteral("县委"), {}, true}, kSystem);
    REQUIRE(l);
    return *l;
}

// A filed case of 张建国; `dueOn` before today puts it on the backlog as overdue, visits 2 as repeated.
QString addCase(Database& db, const QString& caseNo, const QDate& received, const QDate& dueOn, int visits = 1)
{
    CaseRecord c = test::sampleCase(caseNo, received);
    c.dueOn = dueOn;
    c.visitCount = visits;
    WriteTransaction tx(db);
    REQUIRE(CaseWriter(db).insert(c));
    REQUIRE(tx.commit());
    return c.id;
}

int rowOf(const QTableWidget* table, const QString& caseNo)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == caseNo)
            return row;
    return -1;
}

QString cell(const QTableWidget* table, const QString& caseNo, int column)
{
    const int row = rowOf(table, caseNo);
    return row < 0 ? QStringLiteral("(no row)") : table->item(row, column)->text();
}

template <typename W> void click(W* window, const char* button)
{
    auto* b = window->template findChild<QPushButton*>(QLatin1String(button));
    REQUIRE(b);
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

TEST_CASE("领导包案: assigned from the backlog, a past target date refused at the field, progress in the timeline, "
          "ended as 化解",
          "[leaders]")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 10), QTime(9, 0)));
    const Leader wang = leader(*t.db, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    const Leader li = leader(*t.db, QStringLiteral("李春华"), QStringLiteral("副县长"));
    const QString a1 = addCase(*t.db, QStringLiteral("A-1"), QDate(2027, 1, 5), QDate(2027, 2, 4));
    addCase(*t.db, QStringLiteral("A-2"), QDate(2027, 3, 1), QDate(2027, 5, 1), 2);
    addCase(*t.db, QStringLiteral("A-3"), QDate(2026, 12, 1), QDate(2027, 1, 1), 3);
    const QString a4 = addCase(*t.db, QStringLiteral("A-4"), QDate(2027, 3, 8), QDate(2027, 5, 8));
    // Another leader already has A-3 and A-4 (A-4 is not on the backlog: a leader may take any open case).
    REQUIRE(LeaderCaseService(*t.db).assign(QStringLiteral("A-3"), li.id, {QStringLiteral("resolve")},
                                            QDate(2027, 3, 31), kSystem));
    REQUIRE(LeaderCaseService(*t.db).assign(a4, li.id, {QStringLiteral("investigate"), QStringLiteral("handle")},
                                            QDate(2027, 4, 15), kSystem));

    ui::LeaderCasesWindow window(t.db, kSupervisor);
    window.show();
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("leaderTabWidget"));
    auto* cases = window.findChild<QTableWidget*>(QStringLiteral("leaderCasesTableWidget"));
    auto* backlog = window.findChild<QTableWidget*>(QStringLiteral("backlogTableWidget"));
    REQUIRE(tabs);
    REQUIRE(cases);
    REQUIRE(backlog);
    CHECK(tabs->tabText(1).contains(QStringLiteral("积案")));
    CHECK(tabs->tabText(1).contains(QStringLiteral("（3）")));
    CHECK(backlog->rowCount() == 3);
    CHECK(cell(backlog, QStringLiteral("A-1"), 5) == QStringLiteral("逾期"));
    CHECK(cell(backlog, QStringLiteral("A-2"), 5) == QStringLiteral("重复信访"));
    CHECK(cell(backlog, QStringLiteral("A-3"), 5) == QStringLiteral("逾期、重复信访"));
    CHECK(cell(backlog, QStringLiteral("A-1"), 6) == QStringLiteral("（无）"));
    CHECK(cell(backlog, QStringLiteral("A-3"), 6) == QStringLiteral("李春华"));
    CHECK(cases->rowCount() == 2);
    CHECK(cell(cases, QStringLiteral("A-4"), 3) == QStringLiteral("包调查、包处理"));

    // From the backlog: 指定包案领导 for A-1.
    tabs->setCurrentIndex(1);
    backlog->selectRow(rowOf(backlog, QStringLiteral("A-1")));
    bool refused = false;
    whenOpen<ui::AssignLeaderDialog>([&](ui::AssignLeaderDialog* d) {
        CHECK(d->findChild<QLabel*>(QStringLiteral("caseLabel"))->text().contains(QStringLiteral("张建国")));
        auto* leaderBox = d->findChild<QComboBox*>(QStringLiteral("leaderComboBox"));
        for (const char* duty : {"investigateCheckBox", "handleCheckBox", "resolveCheckBox", "stabilizeCheckBox"})
            CHECK(d->findChild<QCheckBox*>(QLatin1String(duty))->isChecked());
        leaderBox->setCurrentIndex(leaderBox->findData(wang.id));
        auto* target = d->findChild<QDateEdit*>(QStringLiteral("targetDateEdit"));
        target->setDate(QDate(2027, 3, 9));
        clickSave(d);
        auto* targetError = d->findChild<QLabel*>(QStringLiteral("targetDateEditErrorLabel"));
        refused = d->isVisible() && targetError->isVisible() &&
                  targetError->text().startsWith(QStringLiteral("目标日期 2027年3月9日")) &&
                  targetError->text().endsWith(QStringLiteral("已过，请选择今天或以后的日期。"));
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM leader_assignments")) == 2);
        shot(d, "leader_assign_dialog_error.png");
        // No duty at all: refused under the duties.
        for (const char* duty : {"investigateCheckBox", "handleCheckBox", "resolveCheckBox", "stabilizeCheckBox"})
            d->findChild<QCheckBox*>(QLatin1String(duty))->setChecked(false);
        target->setDate(QDate(2027, 4, 30));
        clickSave(d);
        CHECK(d->findChild<QLabel*>(QStringLiteral("dutiesWidgetErrorLabel"))->isVisible());
        CHECK_FALSE(targetError->isVisible());
        for (const char* duty : {"investigateCheckBox", "handleCheckBox", "resolveCheckBox"})
            d->findChild<QCheckBox*>(QLatin1String(duty))->setChecked(true);
        shot(d, "leader_assign_dialog.png");
        clickSave(d);
        CHECK_FALSE(d->isVisible());
    });
    click(&window, "assignPushButton");
    CHECK(refused);
    const QList<LeaderAssignment> active = LeaderCaseService(*t.db).list(true);
    REQUIRE(active.size() == 3);
    CHECK(active.first().caseId == a1);
    CHECK(active.first().leaderName == QStringLiteral("王建国"));
    CHECK(active.first().duties ==
          QStringList{QStringLiteral("investigate"), QStringLiteral("handle"), QStringLiteral("resolve")});
    CHECK(active.first().targetOn == QDate(2027, 4, 30));
    CHECK(cell(backlog, QStringLiteral("A-1"), 6) == QStringLiteral("王建国"));
    CHECK(cell(cases, QStringLiteral("A-1"), 2) == QStringLiteral("县委副书记 王建国"));
    CHECK(cell(cases, QStringLiteral("A-1"), 3) == QStringLiteral("包调查、包处理、包化解"));
    CHECK(cell(cases, QStringLiteral("A-1"), 4) == QStringLiteral("2027-04-30"));
    CHECK(cell(cases, QStringLiteral("A-1"), 5) == QStringLiteral("包案中"));

    // A day past A-3's target: its date is marked.
    Clock::setFixed(QDateTime(QDate(2027, 4, 1), QTime(9, 0)));
    window.refresh();
    CHECK(cell(cases, QStringLiteral("A-3"), 4) == QStringLiteral("2027-03-31（已过目标日期）"));
    tabs->setCurrentIndex(0);
    shot(&window, "leader_queue_cases.png");
    tabs->setCurrentIndex(1);
    shot(&window, "leader_queue_backlog.png");

    // A progress note: an empty one is refused under the note, then it reaches the timeline.
    tabs->setCurrentIndex(0);
    cases->selectRow(rowOf(cases, QStringLiteral("A-1")));
    const QString progress = QStringLiteral("王建国副书记约见双方，提出分期还款方案。");
    whenOpen<ui::NoteDialog>([&](ui::NoteDialog* d) {
        clickSave(d);
        CHECK(d->isVisible());
        CHECK(d->findChild<QLabel*>(QStringLiteral("notePlainTextEditErrorLabel"))->isVisible());
        d->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))->setPlainText(progress);
        clickSave(d);
        CHECK_FALSE(d->isVisible());
    });
    click(&window, "progressPushButton");
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'leader_progress'")) == 1);

    // Double-click opens the case as the main window shows it: the note is in its timeline.
    QString shown;
    whenOpen<QDialog>([&](QDialog* d) {
        CHECK(d->objectName() == QStringLiteral("caseViewDialog"));
        shown = d->findChild<ui::CaseDetailView*>(QStringLiteral("caseDetailView"))->toPlainText();
    });
    const int row = rowOf(cases, QStringLiteral("A-1"));
    const QPoint at = cases->visualItemRect(cases->item(row, 1)).center();
    QTest::mouseClick(cases->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(cases->viewport(), Qt::LeftButton, {}, at);
    CHECK(shown.contains(progress));

    // Ended as 化解, with a note.
    cases->selectRow(rowOf(cases, QStringLiteral("A-1")));
    whenOpen<ui::NoteDialog>([&](ui::NoteDialog* d) {
        CHECK(d->findChild<QRadioButton*>(QStringLiteral("choice0RadioButton"))->isChecked());
        d->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))
            ->setPlainText(QStringLiteral("双方达成分期还款协议，申请人息诉。"));
        clickSave(d);
    });
    click(&window, "endPushButton");
    CHECK(rowOf(cases, QStringLiteral("A-1")) == -1); // only those in hand
    window.findChild<QCheckBox*>(QStringLiteral("activeOnlyCheckBox"))->setChecked(false);
    CHECK(cell(cases, QStringLiteral("A-1"), 5) == QStringLiteral("已化解"));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM leader_assignments WHERE state = 'resolved'")) == 1);
}

TEST_CASE("a role that may not assign a leader sees neither the action nor the buttons; Esc loses no typed note",
          "[leaders]")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 10), QTime(9, 0)));
    const Leader wang = leader(*t.db, QStringLiteral("王建国"), QStringLiteral("县委副书记"));
    addCase(*t.db, QStringLiteral("A-1"), QDate(2027, 1, 5), QDate(2027, 2, 4));
    REQUIRE(LeaderCaseService(*t.db).assign(QStringLiteral("A-1"), wang.id, {QStringLiteral("resolve")},
                                            QDate(2027, 3, 31), kSystem));
    const Actor clerk = user(*t.db, QStringLiteral("li.clerk"), QStringLiteral("李娜"), QStringLiteral("clerk"));
    const Actor handler = user(*t.db, QStringLiteral("zhou.h"), QStringLiteral("周海"), QStringLiteral("handler"));

    ui::MainWindow main(t.db);
    ui::installLeaderCases(main);
    main.setUser(clerk);
    auto* assign = main.findChild<QAction*>(QStringLiteral("assignLeaderAction"));
    auto* queue = main.findChild<QAction*>(QStringLiteral("leaderCasesAction"));
    REQUIRE(assign);
    REQUIRE(queue);
    CHECK_FALSE(assign->isVisible());
    CHECK_FALSE(assign->isEnabled());
    CHECK(queue->isVisible());
    main.setUser(kSupervisor);
    CHECK(assign->isVisible());

    // In the queue a clerk records progress but neither assigns nor ends; a handler the same.
    for (const Actor& who : {clerk, handler}) {
        ui::LeaderCasesWindow window(t.db, who);
        window.show();
        CHECK_FALSE(window.findChild<QPushButton*>(QStringLiteral("assignPushButton"))->isVisible());
        CHECK_FALSE(window.findChild<QPushButton*>(QStringLiteral("endPushButton"))->isVisible());
        CHECK(window.findChild<QPushButton*>(QStringLiteral("progressPushButton"))->isVisible());
    }
    // And the service refuses a clerk who tries anyway.
    CHECK_FALSE(LeaderCaseService(*t.db).end(QStringLiteral("A-1"), true, QStringLiteral("x"), clerk.login));

    // Esc with a typed note asks first; "No" keeps the dialog and the text, nothing is written.
    ui::NoteDialog note(QStringLiteral("进展"), QStringLiteral("A-1"), {}, true, [&](const QString& text, int) {
        return LeaderCaseService(*t.db).addProgress(QStringLiteral("A-1"), text, clerk.login);
    });
    note.show();
    QTest::keyClick(&note, Qt::Key_Escape); // nothing typed: closes without a question
    CHECK_FALSE(note.isVisible());
    note.show();
    note.findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))->setPlainText(QStringLiteral("约谈申请人。"));
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(&note, Qt::Key_Escape);
    CHECK(note.isVisible());
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("尚未保存")));
    CHECK(note.findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))->toPlainText() ==
          QStringLiteral("约谈申请人。"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&note, Qt::Key_Escape);
    CHECK_FALSE(note.isVisible());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM case_events WHERE action = 'leader_progress'")) == 0);
}

TEST_CASE("信访代办: an agent registers a case with the authorisation, sees what changed, looks, sees the next step, "
          "records 已告知群众",
          "[agency]")
{
    test::TempDatabase t;
    test::FixedClock clock(QDateTime(QDate(2027, 3, 10), QTime(9, 0)));
    const Actor agentUser = user(*t.db, QStringLiteral("zhao.dai"), QStringLiteral("赵代办"), QStringLiteral("clerk"));
    AgencyService agency(*t.db);
    auto point = agency.savePoint({{},
                                   QStringLiteral("新忽热嘎查信访代办点"),
                                   QStringLiteral("village"),
                                   QStringLiteral("150824100"),
                                   QStringLiteral("新忽热嘎查村委会"),
                                   {},
                                   true,
                                   0},
                                  kSystem);
    REQUIRE(point);
    auto agent = agency.saveAgent(
        {{}, point->id, QStringLiteral("赵代办"), QStringLiteral("13904781234"), agentUser.login, true, {}, {}},
        kSystem);
    REQUIRE(agent);
    const QString caseId = addCase(*t.db, QStringLiteral("A-1"), QDate(2027, 3, 9), QDate(2027, 5, 9));

    // 登记代办: without the authorisation, then with a file that is no scan, each refused at the file.
    {
        ui::RegisterAgencyDialog dialog(t.db, caseId, agentUser);
        dialog.show();
        auto* agentBox = dialog.findChild<QComboBox*>(QStringLiteral("agentComboBox"));
        CHECK(agentBox->currentData().toString() == agent->id); // the agent's own record, chosen
        auto* fileError = dialog.findChild<QLabel*>(QStringLiteral("authorizationLineEditErrorLabel"));
        clickSave(&dialog);
        CHECK(dialog.isVisible());
        CHECK(fileError->isVisible());
        CHECK(fileError->text().contains(QStringLiteral("代办委托书")));
        const QString text = t.file(QStringLiteral("委托书.txt"));
        test::writeFile(text, "not a scan");
        ui::FileDialog::setNextFileName(text);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseFilePushButton")), Qt::LeftButton);
        clickSave(&dialog);
        CHECK(dialog.isVisible());
        CHECK(fileError->isVisible());
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_cases")) == 0);
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM attachments")) == 0);

        const QString scan = t.file(QStringLiteral("委托书.png"));
        QImage page(200, 280, QImage::Format_RGB32);
        page.fill(Qt::white);
        REQUIRE(page.save(scan));
        ui::FileDialog::setNextFileName(scan);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseFilePushButton")), Qt::LeftButton);
        CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("authorizationLineEdit"))->text() == scan);
        shot(&dialog, "agency_register_dialog.png");
        clickSave(&dialog);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'agency_authorization'")) == 1);

    // A clerk at the center records a step: the agent's list shows it as changed.
    Clock::setFixed(QDateTime(QDate(2027, 3, 11), QTime(10, 0)));
    REQUIRE(CaseWorkflow(*t.db).addNote(caseId, kSystem, QStringLiteral("已电话联系被申请人。")));
    {
        ui::AgencyCasesWindow window(t.db, agentUser);
        window.show();
        CHECK(window.agentView());
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("agencyCasesTableWidget"));
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 8)->text().contains(QStringLiteral("已电话联系被申请人。")));
        CHECK(table->item(0, 0)->font().bold());
        CHECK(table->item(0, 7)->text() == QStringLiteral("未告知"));
        CHECK(
            window.findChild<QLabel*>(QStringLiteral("headingLabel"))->text().contains(QStringLiteral("1 件有新进展")));
        shot(&window, "agency_cases_agent.png");

        // Looked at: the same list read again shows nothing new.
        window.refresh();
        CHECK_FALSE(table->item(0, 0)->font().bold());
        CHECK(table->item(0, 8)->text().isEmpty());

        // A step later it is changed again, with that step only.
        Clock::setFixed(QDateTime(QDate(2027, 3, 12), QTime(15, 0)));
        REQUIRE(CaseWorkflow(*t.db).addNote(caseId, kSystem, QStringLiteral("定于3月15日上午调解。")));
        window.refresh();
        CHECK(table->item(0, 0)->font().bold());
        CHECK(table->item(0, 8)->text().contains(QStringLiteral("定于3月15日上午调解。")));
        CHECK_FALSE(table->item(0, 8)->text().contains(QStringLiteral("已电话联系被申请人。")));

        // 已告知群众, with a note.
        Clock::setFixed(QDateTime(QDate(2027, 3, 12), QTime(16, 0)));
        table->selectRow(0);
        whenOpen<ui::NoteDialog>([&](ui::NoteDialog* d) {
            d->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))
                ->setPlainText(QStringLiteral("电话告知申请人调解时间。"));
            clickSave(d);
        });
        click(&window, "informedPushButton");
        CHECK(table->item(0, 7)->text() != QStringLiteral("未告知"));
        CHECK_FALSE(table->item(0, 0)->font().bold());
    }
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT detail FROM case_events WHERE action = 'agent_informed'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("电话告知申请人调解时间。")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_cases WHERE citizen_informed_at IS NOT NULL")) == 1);

    // A supervisor sees every agency case, by level.
    ui::AgencyCasesWindow all(t.db, kSupervisor);
    all.show();
    CHECK_FALSE(all.agentView());
    auto* table = all.findChild<QTableWidget*>(QStringLiteral("agencyCasesTableWidget"));
    auto* level = all.findChild<QComboBox*>(QStringLiteral("levelComboBox"));
    CHECK(table->rowCount() == 1);
    level->setCurrentIndex(level->findData(QStringLiteral("county")));
    CHECK(table->rowCount() == 0);
    level->setCurrentIndex(level->findData(QStringLiteral("village")));
    CHECK(table->rowCount() == 1);
    CHECK(table->item(0, 4)->text() == QStringLiteral("村（社区）级"));
    shot(&all, "agency_cases_all.png");
}

TEST_CASE("代办点和代办员: points by level with their agents; a bad phone refused at the field, nothing written",
          "[agency]")
{
    test::TempDatabase t;
    user(*t.db, QStringLiteral("zhao.dai"), QStringLiteral("赵代办"), QStringLiteral("clerk"));
    ui::AgencyPointsDialog dialog(t.db, kSystem);
    dialog.show();
    auto* points = dialog.findChild<QTableWidget*>(QStringLiteral("pointsTableWidget"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("pointNameLineEdit"));
    auto* level = dialog.findChild<QComboBox*>(QStringLiteral("levelComboBox"));
    auto* phone = dialog.findChild<QLineEdit*>(QStringLiteral("pointPhoneLineEdit"));
    auto* division = dialog.findChild<QComboBox*>(QStringLiteral("divisionComboBox"));
    REQUIRE(points);
    CHECK(points->rowCount() == 0);

    // No name: refused under the name.
    click(&dialog, "savePointPushButton");
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("pointNameLineEditErrorLabel"))->isVisible());
    // A phone with letters: refused under the phone.
    name->setText(QStringLiteral("县信访代办点"));
    level->setCurrentIndex(level->findData(QStringLiteral("county")));
    phone->setText(QStringLiteral("0478-abc"));
    click(&dialog, "savePointPushButton");
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("pointPhoneLineEditErrorLabel"))->isVisible());
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("pointNameLineEditErrorLabel"))->isVisible());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_points")) == 0);
    phone->setText(QStringLiteral("0478-6221234"));
    dialog.findChild<QLineEdit*>(QStringLiteral("addressLineEdit"))->setText(QStringLiteral("县社会治理中心一楼"));
    click(&dialog, "savePointPushButton");
    REQUIRE(points->rowCount() == 1);

    // A village point, then its agent with a sign-in account.
    click(&dialog, "newPointPushButton");
    name->setText(QStringLiteral("新忽热嘎查信访代办点"));
    level->setCurrentIndex(level->findData(QStringLiteral("village")));
    if (const int i = division->findText(QStringLiteral("新忽热"), Qt::MatchContains); i >= 0)
        division->setCurrentIndex(i);
    dialog.findChild<QLineEdit*>(QStringLiteral("addressLineEdit"))->setText(QStringLiteral("嘎查村委会"));
    phone->clear();
    click(&dialog, "savePointPushButton");
    REQUIRE(points->rowCount() == 2);
    CHECK(points->item(0, 1)->text() == QStringLiteral("县级"));
    CHECK(points->item(1, 1)->text() == QStringLiteral("村（社区）级"));
    points->selectRow(1);
    dialog.findChild<QLineEdit*>(QStringLiteral("agentNameLineEdit"))->setText(QStringLiteral("赵代办"));
    auto* agentPhone = dialog.findChild<QLineEdit*>(QStringLiteral("agentPhoneLineEdit"));
    agentPhone->setText(QStringLiteral("139x"));
    click(&dialog, "saveAgentPushButton");
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("agentPhoneLineEditErrorLabel"))->isVisible());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM agency_agents")) == 0);
    agentPhone->setText(QStringLiteral("13904781234"));
    auto* account = dialog.findChild<QComboBox*>(QStringLiteral("accountComboBox"));
    account->setCurrentIndex(account->findData(QStringLiteral("zhao.dai")));
    click(&dialog, "saveAgentPushButton");
    auto* agents = dialog.findChild<QTableWidget*>(QStringLiteral("agentsTableWidget"));
    REQUIRE(agents->rowCount() == 1);
    CHECK(agents->item(0, 2)->text() == QStringLiteral("zhao.dai"));
    CHECK(points->item(1, 6)->text() == QStringLiteral("1"));
    CHECK(AgencyService(*t.db).agentOfLogin(QStringLiteral("zhao.dai")) == agents->item(0, 0)->data(Qt::UserRole));
    shot(&dialog, "agency_points_dialog.png");
}
