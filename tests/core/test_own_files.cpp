// Nothing but SQLite opens the database's own files: a path naming them is refused however it is
// spelled, and every place in the sources that opens a file by path is accounted for.
#include "core/workflow_helpers.h"
#include "support/catch.h"
#include "support/fixtures.h"

#include "storage/own_files.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <iostream>
#include <map>
#include <unistd.h>

using namespace ow;
using namespace ow::test;
using ownfiles::LockState;

TEST_CASE("the database and its working files are recognised by name, by another spelling and by a link")
{
    TempDatabase t;
    registerCase(*t.db, neighbourDispute());
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        CHECK(ownfiles::isDatabaseFile(t.path + suffix));
    CHECK(ownfiles::isDatabaseFile(t.dir.path() + QStringLiteral("/../") + QDir(t.dir.path()).dirName() +
                                   QStringLiteral("/test.sqlite-shm")));
    REQUIRE(QFile::link(t.path + QStringLiteral("-shm"), t.file(QStringLiteral("looks-harmless.csv"))));
    CHECK(ownfiles::isDatabaseFile(t.file(QStringLiteral("looks-harmless.csv"))));
    REQUIRE(::link(QFile::encodeName(t.path).constData(),
                   QFile::encodeName(t.file(QStringLiteral("hard-link.owpkg"))).constData()) == 0);
    CHECK(ownfiles::isDatabaseFile(t.file(QStringLiteral("hard-link.owpkg"))));
    CHECK_FALSE(ownfiles::isDatabaseFile(t.file(QStringLiteral("test.sqlite.csv"))));
    CHECK_FALSE(ownfiles::isDatabaseFile(QString()));

    const Status refused = ownfiles::refuseDatabaseFile(t.path + QStringLiteral("-wal"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("数据库")));
    CHECK(refused.error().contains(QStringLiteral("另选")));
    // Nothing of that opened the files: the lock is still this process's.
    CHECK(ownfiles::lockState(t.path) == LockState::Held);

    // A closed database is nobody's own file any more.
    const QString path = t.path;
    t.db.reset();
    CHECK_FALSE(ownfiles::isDatabaseFile(path));
    CHECK(ownfiles::openCount(path) == 0);
    // A working file beside a database is refused even when no connection here has it open.
    writeFile(path + QStringLiteral("-journal"), "x");
    CHECK(ownfiles::isDatabaseFile(path + QStringLiteral("-journal")));
}

TEST_CASE("an import, an export and a report refuse the database's own files as their file")
{
    TempDatabase t;
    registerCase(*t.db, neighbourDispute());
    const QString cli = builtProgram(QStringLiteral("onewindow-cli"));
    const QString wal = t.path + QStringLiteral("-wal");
    const QList<QStringList> commands{
        {QStringLiteral("import-ledger"), t.path + QStringLiteral("-shm"), QStringLiteral("--dry-run")},
        {QStringLiteral("import"), wal, QStringLiteral("--dry-run")},
        {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2025-03"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--out"), t.path},
        {QStringLiteral("intake"), QStringLiteral("--json"), wal},
    };
    for (const QStringList& command : commands) {
        const Run r = runProgram(cli, QStringList{QStringLiteral("--db"), t.path} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.status == 1);
        CHECK(r.err.contains(QStringLiteral("数据库")));
    }
    // A second process refused them, so this one's locks were never at stake; the file is as it was.
    CHECK(ownfiles::lockState(t.path) == LockState::Held);
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM cases")).toInt() == 1);
}

namespace {

// How a place in the sources that opens a file by path is kept off the database's own files.
enum class Guard
{
    Refuses,    // calls ownfiles::refuseDatabaseFile on the path before opening it
    FileDialog, // the path comes from ui::FileDialog, which refuses those files
    Internal,   // a path the program makes itself (a resource, its own temporary copy)
    Dialogs,    // ui/widgets/dialogs.cpp itself: file dialogs that read names only
};

struct Place
{
    const char* file;
    int count;
    Guard guard;
};

// Every file that opens files by path, with how many such places it has. A new place fails the
// test until it is guarded and listed here.
const Place kPlaces[] = {
    {"app/cli/cmd_intake.cpp", 2, Guard::Refuses},
    {"app/cli/cmd_report.cpp", 1, Guard::Refuses},
    {"core/exchange/ledger_import.cpp", 2, Guard::Refuses},
    {"core/exchange/package_import.cpp", 0, Guard::Refuses},  // refuses the package's path before the checks open it
    {"core/exchange/package_checks.cpp", 4, Guard::Internal}, // that refused path, then its private copy
    {"core/mediation/attachments.cpp", 2, Guard::Refuses},
    {"core/security/signing_keys.cpp", 2, Guard::Internal}, // its own key files, named by fingerprint
    {"core/storage/backup.cpp", 1, Guard::Refuses},
    {"core/storage/reference_data.cpp", 1, Guard::Internal}, // :/domain resources (bundledRows)
    {"ui/admin/holidays_dialog.cpp", 1, Guard::FileDialog},
    {"ui/admin/reference_lists_dialog.cpp", 1, Guard::FileDialog},
    {"core/mechanisms/reception.cpp", 1, Guard::Refuses}, // the schedule CSV
    {"ui/printing/case_file_print.cpp", 1, Guard::Refuses},
    {"ui/printing/document_pages.cpp", 1, Guard::Refuses}, // the agreement and the handling opinion
    {"ui/printing/receipt_print.cpp", 1, Guard::Refuses},
    {"ui/printing/report_export.cpp", 2, Guard::Refuses},
    {"ui/reports/report_window.cpp", 1, Guard::FileDialog},
    {"ui/widgets/dialogs.cpp", 5, Guard::Dialogs},
};

} // namespace

TEST_CASE("every place in the sources that opens a file by path is guarded and counted")
{
    const QDir root(qEnvironmentVariable("TESTS_SOURCE_DIR") + QStringLiteral("/.."));
    REQUIRE(root.exists(QStringLiteral("core/storage/own_files.h")));
    static const QRegularExpression opens(
        QStringLiteral(R"(QFile [a-z]\w*\(|QFile [a-z]\w*;|QFile\(|QSaveFile [a-z]\w*\(|QPdfWriter [a-z]\w*\(|)"
                       R"(workbook_new\(|setOutputFileName\(|QFile::copy\(|\bfopen\(|std::[io]fstream|)"
                       R"(sqlite3_open(_v2)?\(|QFileSystemModel|QFileDialog [a-z]|QFileDialog::get|)"
                       R"(mimeTypeForFile\()"));
    std::map<QString, int> found;
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            int n = 0;
            for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("//")) && line.contains(opens))
                    ++n;
            if (n > 0)
                found[root.relativeFilePath(path)] = n;
        }
    }
    int total = 0, refuses = 0;
    for (const Place& p : kPlaces) {
        const QString file = QString::fromLatin1(p.file);
        INFO(p.file);
        CHECK(found[file] == p.count);
        QFile f(root.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        if (p.guard == Guard::Refuses)
            CHECK(text.contains(QLatin1String("refuseDatabaseFile")));
        if (p.guard == Guard::FileDialog)
            CHECK(text.contains(QLatin1String("FileDialog::get")));
        total += p.count;
        refuses += p.guard == Guard::Refuses ? p.count : 0;
        found.erase(file);
    }
    for (const auto& [file, n] : found) {
        INFO(file.toStdString() << " opens files by path in " << n << " place(s) and is not in kPlaces");
        CHECK(n == 0);
    }
    std::cout << "places that open a file by path: " << total << " (" << refuses
              << " refuse the database's own files, the rest take paths from the guarded file dialogs, "
                 "resources or their own temporary copies); unaccounted: "
              << found.size() << "\n";
}
