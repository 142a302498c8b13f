// The whole desktop window as startDesktop builds it (every page, menu and action), in Chinese and
// in English: it opens on 首页, its title names the application once, the status bar writes counts
// one way, and no visible text holds an untranslated placeholder, a doubled ellipsis or a cut header.
#include "support/catch.h"
#include "support/fixtures.h"

#include "admin/site_setup.h"
#include "app/startup.h"
#include "main/main_window.h"
#include "reports/demo_data.h"
#include "reports/report_window.h"
#include "util/i18n.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ow;

namespace {

// Texts a person reads: menus and their actions, tabs, buttons, labels, table headers.
QStringList visibleTexts(QWidget& window)
{
    QStringList texts;
    for (QAction* a : window.findChildren<QAction*>())
        if (!a->text().isEmpty())
            texts << a->text();
    for (auto* tabs : window.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (auto* b : window.findChildren<QAbstractButton*>())
        texts << b->text();
    for (auto* l : window.findChildren<QLabel*>())
        texts << l->text();
    for (auto* v : window.findChildren<QTableView*>())
        if (QAbstractItemModel* m = v->model())
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->headerData(c, Qt::Horizontal).toString();
    return texts;
}

// Placeholders that reached the screen (%1, %n, (s)) and doubled ellipses (…… , …..., ......).
QStringList flawed(const QStringList& texts)
{
    static const QRegularExpression bad(QStringLiteral("%\\d|%n|%L\\d|\\(s\\)|……|…\\.|\\.…|\\.\\.\\.\\.?"));
    QStringList out;
    for (const QString& t : texts)
        if (bad.match(t).hasMatch())
            out << t;
    return out;
}

// Header sections of the visible tables narrower than their text: the text shows cut off.
QStringList clippedHeaders(QWidget& window)
{
    QStringList out;
    for (auto* v : window.findChildren<QTableView*>()) {
        if (!v->isVisible() || !v->model())
            continue;
        QHeaderView* h = v->horizontalHeader();
        for (int c = 0; c < v->model()->columnCount(); ++c) {
            if (h->isSectionHidden(c))
                continue;
            const QString text = v->model()->headerData(c, Qt::Horizontal).toString();
            const int need = h->fontMetrics().horizontalAdvance(text) + 8;
            if (h->sectionSize(c) < need)
                out << QStringLiteral("%1 (%2 < %3 px)").arg(text).arg(h->sectionSize(c)).arg(need);
        }
    }
    return out;
}

} // namespace

TEST_CASE("the window opens on 首页 and names the application once; English mode shows whole words")
{
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        i18n::setLanguage(language);
        QApplication::setApplicationDisplayName(QCoreApplication::translate("ow::ui::MainWindow", "OneWindow"));
        test::TempDatabase t;
        for (int i = 1; i <= 3; ++i)
            test::addCase(*t.db, QStringLiteral("（2025）乌中矛调字第%1号").arg(i, 4, 10, QLatin1Char('0')));
        ui::MainWindow window(t.db);
        ui::installEverything(window);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pagesTabWidget"));
        REQUIRE(tabs);
        CHECK(tabs->currentIndex() == 0);
        CHECK(tabs->tabText(0) == (language == QLatin1String("en") ? QStringLiteral("Home") : QStringLiteral("首页")));
        // Qt adds the application's display name to the title bar: the window's own title must not.
        CHECK_FALSE(window.windowTitle().contains(QApplication::applicationDisplayName()));

        const QStringList bad = flawed(visibleTexts(window));
        INFO("placeholders or doubled ellipses: " << bad.join(QStringLiteral(" | ")).toStdString());
        CHECK(bad.isEmpty());

        // The case list's headers are whole at the default size (English words are longer).
        tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("casesPage")));
        QApplication::processEvents();
        const QStringList clipped = clippedHeaders(window);
        INFO("clipped: " << clipped.join(QStringLiteral(" | ")).toStdString());
        CHECK(clipped.isEmpty());

        auto* count = window.findChild<QLabel*>(QStringLiteral("caseCountLabel"));
        REQUIRE(count);
        CHECK(count->text() ==
              (language == QLatin1String("en") ? QStringLiteral("3 cases") : QStringLiteral("共 3 件")));
    }
    i18n::setLanguage(QStringLiteral("zh_CN"));
    QApplication::setApplicationDisplayName(QString());
}

TEST_CASE("counts in the status bar are written one way, with group separators")
{
    i18n::setLanguage(QStringLiteral("zh_CN"));
    CHECK(i18n::locale().toString(qint64(100000)) == QStringLiteral("100,000"));
    i18n::setLanguage(QStringLiteral("en"));
    CHECK(i18n::locale().toString(qint64(100000)) == QStringLiteral("100,000"));
    i18n::setLanguage(QStringLiteral("zh_CN"));
}

// The default file's path (a server is chosen in the first-run dialog, test_first_run_gui).
TEST_CASE("the default database lives in <data>/OneWindow, or where an older version left it", "[sqlite]")
{
    QStandardPaths::setTestModeEnabled(true); // ~/.qttest/share: not the user's own files
    QDir data(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    QDir(data.filePath(QStringLiteral("OneWindow"))).removeRecursively();
    const QString fresh = data.filePath(QStringLiteral("OneWindow/onewindow.sqlite"));
    CHECK(defaultDatabasePath() == fresh);
    CHECK_FALSE(defaultDatabasePath().contains(QStringLiteral("OneWindow/OneWindow")));

    // A database from before (OneWindow/OneWindow/onewindow.sqlite) and none at the new place: it is
    // used where it is, nothing moved.
    const QString old = data.filePath(QStringLiteral("OneWindow/OneWindow/onewindow.sqlite"));
    REQUIRE(QDir().mkpath(QFileInfo(old).path()));
    test::writeFile(old, QByteArray("old"));
    CHECK(defaultDatabasePath() == old);
    CHECK(QFileInfo::exists(old));
    // Once the new file exists, it wins.
    test::writeFile(fresh, QByteArray("new"));
    CHECK(defaultDatabasePath() == fresh);
    QDir(data.filePath(QStringLiteral("OneWindow"))).removeRecursively();
    QStandardPaths::setTestModeEnabled(false);
}

// Not run by ctest (hidden tag): the README's screenshots of the main window (首页) and the report
// page at the default window size of a 1366 × 768 screen (taskbar 40 px) and of a 1920 × 1080 one.
//   OW_SCREENSHOTS=/tmp/shots test_desktop_gui "[.screenshots]"   (OW_SCREENSHOT_DB=demo.sqlite)
TEST_CASE("screenshots of 首页 and the monthly report at the default window size", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("OW_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    i18n::setLanguage(QStringLiteral("zh_CN"));
    test::TempDatabase t;
    DatabasePtr db = t.db;
    if (const QString path = qEnvironmentVariable("OW_SCREENSHOT_DB"); !path.isEmpty())
        db = Database::open(path).value();
    for (const QRect screen : {QRect(0, 0, 1366, 728), QRect(0, 0, 1920, 1040)}) {
        ui::MainWindow window(db);
        ui::installEverything(window);
        window.resize(ui::defaultWindowSize(screen));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        const QString suffix = QStringLiteral("-%1x%2.png").arg(screen.width()).arg(screen.height() + 40);
        CHECK(window.grab().save(out + QStringLiteral("/main-window-home") + suffix));
        auto* report = window.findChild<ui::ReportWindow*>();
        REQUIRE(report);
        report->setMonth(QDate::currentDate().addMonths(-1));
        window.showPage(report);
        QTest::qWait(200);
        CHECK(window.grab().save(out + QStringLiteral("/report-window") + suffix));
    }
}
