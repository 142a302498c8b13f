// Handle Case… as a department handler and a supervisor use it: only the steps that apply are
// offered, each step lands in the case and its timeline, a refusal stays in the dialog with the
// case unchanged, and joint handling (吹哨报到) goes round to the response.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"
#include "main/main_window.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "workflow/case_actions_dialog.h"
#include "workflow/routing.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ow;

namespace {

void grab(QWidget& w, const QString& name)
{
    const QString dir = QDir::temp().filePath(QStringLiteral("ow-shots/actions"));
    QDir().mkpath(dir);
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name));
}

// A filed neighbour dispute routed to the justice bureau with public security summoned (吹哨).
CaseRecord routedCase(Database& db)
{
    CaseRecord c = test::registerCase(db, test::neighbourDispute());
    auto routed =
        RoutingService(db).route(c.id, QStringLiteral("system"), QStringLiteral("justice"),
                                 {{QStringLiteral("public_security"), QDate()}}, QStringLiteral("司法所牵头"));
    INFO(routed.error().toStdString());
    REQUIRE(routed.ok());
    return routed.value();
}

// Opens the dialog on the case as it is now, picks the step, fills the text and records it.
QString runStep(test::TempDatabase& t, const QString& caseId, const QString& actor, const QString& code,
                const QString& text = {}, const char* screenshot = nullptr)
{
    const CaseRecord c = CaseStore(*t.db).load(caseId).value();
    ui::CaseActionsDialog dialog(t.db, c, actor);
    dialog.show();
    INFO(code.toStdString() << " among " << dialog.offeredActions().join(QLatin1Char(',')).toStdString());
    REQUIRE(dialog.selectAction(code));
    if (!text.isEmpty())
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))->setPlainText(text);
    if (screenshot)
        grab(dialog, QString::fromLatin1(screenshot));
    auto* record = dialog.findChild<QPushButton*>(QStringLiteral("runButton"));
    CHECK(record->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_S));
    record->click();
    if (dialog.result() == QDialog::Accepted)
        return {};
    const QString error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
    return error.isEmpty() ? QStringLiteral("(not recorded, no message)") : error;
}

} // namespace

TEST_CASE("a routed case offers the handler's steps, and joint handling goes round to the response")
{
    test::TempDatabase t;
    REQUIRE(UserService(*t.db).save({QStringLiteral("zhou.h"), QStringLiteral("周海"), QStringLiteral("handler"),
                                     QStringLiteral("justice"), true, false},
                                    QStringLiteral("system")));
    const CaseRecord c = routedCase(*t.db);
    REQUIRE(c.status == QStringLiteral("assigned"));

    {
        ui::CaseActionsDialog dialog(t.db, c, QStringLiteral("zhou.h"));
        const QStringList offered = dialog.offeredActions();
        CHECK(offered.contains(QStringLiteral("start")));
        CHECK(offered.contains(QStringLiteral("note")));
        CHECK(offered.contains(QStringLiteral("whistle")));
        CHECK(offered.contains(QStringLiteral("report_in")));
        CHECK_FALSE(offered.contains(QStringLiteral("respond")));   // not started yet
        CHECK_FALSE(offered.contains(QStringLiteral("feedback")));  // nobody reported in yet
        CHECK_FALSE(offered.contains(QStringLiteral("supervise"))); // supervisors only
        CHECK_FALSE(offered.contains(QStringLiteral("accept")));
    }

    CHECK(runStep(t, c.id, QStringLiteral("zhou.h"), QStringLiteral("start")).isEmpty());
    CHECK(runStep(t, c.id, QStringLiteral("zhou.h"), QStringLiteral("note"),
                  QStringLiteral("到现场查看围墙位置，双方均在场"), "note.png")
              .isEmpty());
    CaseRecord now = CaseStore(*t.db).load(c.id).value();
    CHECK(now.status == QStringLiteral("in_progress"));
    CHECK(now.timeline.last().detail == QStringLiteral("到现场查看围墙位置，双方均在场"));
    CHECK(now.timeline.last().actor == QStringLiteral("zhou.h"));

    // The police have not reported in: the response is refused in the dialog, the case unchanged.
    const QString refused =
        runStep(t, c.id, QStringLiteral("zhou.h"), QStringLiteral("respond"), QStringLiteral("已调解"), "respond.png");
    CHECK(refused.contains(QStringLiteral("报到")));
    CHECK(CaseStore(*t.db).load(c.id).value().status == QStringLiteral("in_progress"));

    CHECK(runStep(t, c.id, QStringLiteral("zhou.h"), QStringLiteral("report_in")).isEmpty());
    CHECK(runStep(t, c.id, QStringLiteral("zhou.h"), QStringLiteral("feedback"), QStringLiteral("派出所已出具情况说明"))
              .isEmpty());
    CHECK(runStep(t, c.id, QStringLiteral("zhou.h"), QStringLiteral("respond"),
                  QStringLiteral("双方同意按原界址线拆除重砌"))
              .isEmpty());
    now = CaseStore(*t.db).load(c.id).value();
    CHECK(now.status == QStringLiteral("responded"));
    CHECK(now.timeline.last().detail.contains(QStringLiteral("双方同意按原界址线拆除重砌")));
}

TEST_CASE("a supervisor supervises and suspends; a reason is required and asked for at the dialog")
{
    test::TempDatabase t;
    const CaseRecord c = routedCase(*t.db);

    ui::CaseActionsDialog dialog(t.db, c, QStringLiteral("system"));
    dialog.show();
    CHECK(dialog.offeredActions().contains(QStringLiteral("supervise")));
    CHECK(dialog.offeredActions().contains(QStringLiteral("merge")));
    REQUIRE(dialog.selectAction(QStringLiteral("suspend")));
    CHECK(dialog.findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))->isVisible());
    CHECK_FALSE(dialog.findChild<QLineEdit*>(QStringLiteral("targetEdit"))->isVisible());
    dialog.findChild<QPushButton*>(QStringLiteral("runButton"))->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("理由")));
    CHECK(CaseStore(*t.db).load(c.id).value().status == QStringLiteral("assigned"));

    CHECK(runStep(t, c.id, QStringLiteral("system"), QStringLiteral("supervise"),
                  QStringLiteral("请于本周五前答复申请人"), "supervise.png")
              .isEmpty());
    CHECK(CaseStore(*t.db).load(c.id).value().supervised);
    CHECK(
        runStep(t, c.id, QStringLiteral("system"), QStringLiteral("suspend"), QStringLiteral("申请人住院")).isEmpty());
    const CaseRecord suspended = CaseStore(*t.db).load(c.id).value();
    CHECK(suspended.status == QStringLiteral("suspended"));
    ui::CaseActionsDialog again(t.db, suspended, QStringLiteral("system"));
    CHECK(again.offeredActions().contains(QStringLiteral("resume")));
    CHECK_FALSE(again.offeredActions().contains(QStringLiteral("start")));
}

TEST_CASE("Cases → Handle Case… asks for a case first and then opens on the selected one")
{
    test::TempDatabase t;
    const CaseRecord c = routedCase(*t.db);
    ui::MainWindow window(t.db);
    ui::installCaseActions(window);
    QAction* handle = nullptr;
    for (QAction* a : window.menu(ui::MainWindow::Menu::Cases)->actions())
        if (a->objectName() == QStringLiteral("handleCaseAction"))
            handle = a;
    REQUIRE(handle);
    CHECK(handle->text() == QStringLiteral("办理(&H)…"));
    CHECK(handle->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D));

    // No case selected: the action waits for one.
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    REQUIRE(table);
    table->setCurrentIndex(QModelIndex());
    table->clearSelection();
    CHECK(window.selectedCaseId().isEmpty());
    CHECK_FALSE(handle->isEnabled());

    // The case selected in the list: the action opens the dialog on that case.
    table->setCurrentIndex(table->model()->index(0, 0));
    REQUIRE(window.selectedCaseId() == c.id);
    REQUIRE(handle->isEnabled());
    QString opened;
    QTimer::singleShot(0, [&opened] {
        if (auto* dialog = qobject_cast<ui::CaseActionsDialog*>(QApplication::activeModalWidget())) {
            opened = dialog->windowTitle();
            dialog->reject();
        }
    });
    handle->trigger();
    CHECK(opened == QStringLiteral("办理案件 %1").arg(c.caseNo.isEmpty() ? c.oneCaseCode() : c.caseNo));
}
