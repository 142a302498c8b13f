// The window keeps SQLite's locks on its database: file dialogs on the database's folder, Qt's print
// dialog and a file chosen by mistake leave them in place, and when something does drop them the
// next save takes them anew, so that a second process writing meanwhile loses nothing.
#include "core/workflow_helpers.h"
#include "support/catch.h"
#include "support/fixtures.h"

#include "storage/own_files.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QMimeDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace ow;
using namespace ow::test;

namespace {

using ownfiles::LockState;

// Waits until the dialog's folder is listed and Qt has had time to find each file's icon and type
// (that work runs on a thread of Qt's own), then closes the dialog as Esc would.
void closeWhenListed(QWidget* dialog)
{
    QFileSystemModel* model = dialog->findChild<QFileSystemModel*>();
    if (!model) {
        // Qt's print dialog keeps its model inside the output-file field's completer.
        const auto models = dialog->findChildren<QFileSystemModel*>();
        model = models.isEmpty() ? nullptr : models.first();
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
        QTest::qWait(50);
        if (model && model->rowCount(model->index(model->rootPath())) > 0)
            break;
    }
    QTest::qWait(1500);
    dialog->close();
}

// Runs show() (which opens a modal dialog and returns when it closes) and closes the dialog for it.
template <class Show> void openAndClose(Show show)
{
    QTimer::singleShot(100, [] {
        QElapsedTimer t;
        t.start();
        QWidget* dialog = nullptr;
        while (!dialog && t.elapsed() < 5000) {
            QTest::qWait(20);
            dialog = QApplication::activeModalWidget();
        }
        if (dialog)
            closeWhenListed(dialog);
    });
    show();
}

// What the window and the other process saved is all there, each with a number of its own.
void requireBothKept(Database& db, const QString& ours, const QString& theirs)
{
    CHECK(ours != theirs);
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE case_no IN (?, ?)"), {ours, theirs}).toInt() ==
          2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt() ==
          scalar(db, QStringLiteral("SELECT count(DISTINCT case_no) FROM cases")).toInt());
}

} // namespace

TEST_CASE("Qt's guess of a file's type by its content drops SQLite's locks; the next save takes them anew")
{
    TempDatabase t;
    registerCase(*t.db, neighbourDispute());
    REQUIRE(ownfiles::lockState(t.path) == LockState::Held);

    // What Qt's own file dialog does for a file whose name says nothing: open, read, close.
    QMimeDatabase().mimeTypeForFile(t.path + QStringLiteral("-shm"));
    REQUIRE(ownfiles::lockState(t.path) == LockState::Lost);

    // Another desk saves while this process holds no lock, then this one saves.
    const int reconnects = Database::reconnectCount();
    const QString theirs = registerThroughCli(t.path, QStringLiteral("钱某"));
    const CaseRecord ours = registerCase(*t.db, neighbourDispute());
    CHECK(Database::reconnectCount() == reconnects + 1);
    CHECK(ownfiles::lockState(t.path) == LockState::Held);
    requireBothKept(*t.db, ours.caseNo, theirs);
}

TEST_CASE("Qt's unguarded file dialog on the database's folder drops the locks (why the program uses its own)")
{
    TempDatabase t;
    registerCase(*t.db, neighbourDispute());
    REQUIRE(ownfiles::lockState(t.path) == LockState::Held);
    QFileDialog plain(nullptr, QStringLiteral("plain"), t.dir.path());
    plain.setOption(QFileDialog::DontUseNativeDialog);
    openAndClose([&] { plain.exec(); });
    CHECK(ownfiles::lockState(t.path) == LockState::Lost);
}

TEST_CASE("the program's file dialogs and Qt's print dialog on the database's folder keep the locks")
{
    TempDatabase t;
    ui::installFileModelGuard(*qApp);
    registerCase(*t.db, neighbourDispute());
    REQUIRE(ownfiles::lockState(t.path) == LockState::Held);
    const int reconnects = Database::reconnectCount();

    SECTION("open")
    {
        openAndClose([&] { ui::FileDialog::getOpenFileName(nullptr, QStringLiteral("打开"), t.dir.path()); });
    }
    SECTION("save, suggesting a file in the database's folder")
    {
        openAndClose([&] {
            ui::FileDialog::getSaveFileName(nullptr, QStringLiteral("保存"), t.file(QStringLiteral("报表.pdf")));
        });
    }
    SECTION("Qt's print dialog printing to a file in the database's folder")
    {
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(t.file(QStringLiteral("回执.pdf")));
        QPrintDialog dialog(&printer);
        openAndClose([&] { dialog.exec(); });
    }
    CHECK(ownfiles::lockState(t.path) == LockState::Held);

    // A second process writes meanwhile; both cases are kept with numbers of their own, and no
    // reconnection was needed.
    const QString theirs = registerThroughCli(t.path, QStringLiteral("孙立"));
    const CaseRecord ours = registerCase(*t.db, neighbourDispute());
    requireBothKept(*t.db, ours.caseNo, theirs);
    CHECK(Database::reconnectCount() == reconnects);
}

TEST_CASE("choosing the database or its working files in a file dialog is refused with a message")
{
    TempDatabase t;
    registerCase(*t.db, neighbourDispute());
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        ui::FileDialog::setNextFileName(t.path + suffix);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        CHECK(ui::FileDialog::getSaveFileName(nullptr, QStringLiteral("导出PDF")).isEmpty());
        CHECK(ui::MessageBox::lastText().contains(QStringLiteral("数据库")));
    }
    CHECK(ownfiles::lockState(t.path) == LockState::Held);
    // Another spelling of the same file is the same file.
    CHECK(ownfiles::isDatabaseFile(t.dir.path() + QStringLiteral("/./test.sqlite-wal")));
    CHECK_FALSE(ownfiles::isDatabaseFile(t.file(QStringLiteral("test.sqlite.pdf"))));
}
