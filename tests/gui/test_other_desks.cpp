// Other desks' work shows by itself (storage/change_watcher.h): a case registered by another process
// appears in the case list, the count, the home view's queues and the status bar within two seconds,
// the clerk's selected case stays selected, and the window's own saves are not taken for another's.
#include "support/catch.h"
#include "support/fixtures.h"

#include "intake/intake_extension.h"
#include "main/main_window.h"
#include "models/case_list_model.h"
#include "storage/change_watcher.h"
#include "storage/store_location.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace ow;
using namespace ow::test;

namespace {

// Lets the event loop run until `done` holds or `ms` passed; returns the time it took.
template <class Condition> qint64 waitFor(Condition done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return t.elapsed();
}

} // namespace

TEST_CASE("another desk's new case shows in the list, the queues and the status bar within two seconds", "[desks]")
{
    TempDatabase t;
    addCase(*t.db, QStringLiteral("（2025）乌中矛调字第0001号"));
    ui::MainWindow window(t.db);
    ui::installIntake(window);
    window.show();
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTableView"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    auto* triage = window.findChild<QPushButton*>(QStringLiteral("triageQueuePushButton"));
    REQUIRE(table);
    REQUIRE(count);
    REQUIRE(triage);
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString selected = table->currentIndex().data(ui::CaseListModel::CaseIdRole).toString();
    const QString triageBefore = triage->text();
    CHECK(count->text().contains(QLatin1String("1")));

    const QString number = registerThroughCli(t.path, QStringLiteral("钱多多"));
    const qint64 took = waitFor([&] { return table->model()->rowCount() == 2; }, 5000);
    CHECK(table->model()->rowCount() == 2);
    CHECK(took <= 2000);
    WARN("the other desk's case showed after " << took << " ms");
    bool listed = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        listed = listed || table->model()->index(row, ui::CaseListModel::CaseNo).data().toString() == number;
    CHECK(listed);
    CHECK(count->text().contains(QLatin1String("2")));
    CHECK(triage->text() != triageBefore); // the new case waits for triage: the queue counts it
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("其他窗口")));
    CHECK(table->currentIndex().data(ui::CaseListModel::CaseIdRole).toString() == selected);
}

TEST_CASE("the window's own saves are not taken for another desk's", "[desks]")
{
    TempDatabase t;
    ChangeWatcher watcher(t.db, nullptr, 50);
    addCase(*t.db, QStringLiteral("（2025）乌中矛调字第0001号")); // this connection, as the window's dialogs write
    QTest::qWait(200);
    CHECK(watcher.changesSeen() == 0);

    // A second connection of this process (an import, say) counts as another desk (on a server it
    // is told by LISTEN/NOTIFY).
    auto other = t.server ? Database::openServer(*parseStoreLocation(t.path)) : Database::open(t.path);
    REQUIRE(other);
    addCase(*other.value(), QStringLiteral("（2025）乌中矛调字第0002号"));
    CHECK(waitFor([&] { return watcher.changesSeen() == 1; }, 2000) < 2000);
    QTest::qWait(200);
    CHECK(watcher.changesSeen() == 1); // once per change, not once per poll
}
