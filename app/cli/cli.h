// onewindow-cli (docs/cli.md): global options, command dispatch and exit statuses. Each command
// lives in its own cmd_*.cpp and is listed once in cli.cpp.
#pragma once

#include "reports/monthly_report.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/pg_connection.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace ow::cli {

enum Exit
{
    ExitOk = 0,
    ExitRejected = 1,   // rejected input, nothing changed
    ExitUsage = 2,      // usage error
    ExitDatabase = 3,   // the database cannot be opened or is damaged
    ExitPermission = 4, // permission denied
};

struct Context
{
    QStringList args; // the command name first, then its own arguments
    QString dbPath;   // resolved: --db or the per-user default
    QString user = QStringLiteral("system");
    QTextStream& out;
    QTextStream& err;
    // What the command does, in the role table (security/permissions.h); checked once the user is
    // known, before the command reads or writes anything.
    permissions::Action action = permissions::Action::ViewCases;
    Actor actor;      // the signed-in (or, while sign-in is off, named) user, once openDatabase succeeded
    QString password; // the password they signed in with (passwd uses it as the current one)

    // Parses the command's options; on a usage error prints it and returns false.
    bool parse(QCommandLineParser& parser);
    // Opens (and migrates) the database; on failure prints why. Exit with ExitDatabase then.
    // Then the user signs in (signIn) and the role table is asked; if either refuses, null is
    // returned, permissionDenied is set and the program exits with ExitPermission.
    // writes: the command changes the database, so the day's first such command makes the daily
    // backup first (storage/backup.h); should it fail, a warning goes to standard error and the
    // command goes on.
    DatabasePtr openDatabase(bool writes = false);
    // Opens --db without signing in: a server (asking its password on the terminal when it wants
    // one), or the file, migrated, or with `raw` as it is (for `check`).
    Result<DatabasePtr> openStore(bool raw = false);
    // Once any password exists every command needs --user LOGIN and that user's password: from
    // the environment variable ONEWINDOW_PASSWORD, or else typed at a prompt without echo when
    // standard input is a terminal; the built-in `system` operator is refused. Before that, --user
    // must name an existing active account. Then `action` must be permitted to the user's role.
    // Prints why and sets permissionDenied when not.
    bool signIn(Database& db);
    bool permissionDenied = false;
    int usageError(const QString& message);
    int rejected(const QString& message);
};

struct Command
{
    const char* name;
    const char* synopsis;
    int (*run)(Context&);
    permissions::Action action; // the role table's entry for the command
};

// Runs one command line (arguments without the program name); returns the exit status.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Whether the command line needs a QApplication: PDF reports draw their charts with Qt Charts,
// whose charts are graphics widgets, and printed documents need a GUI application's fonts. Every
// other command runs on a QCoreApplication.
bool needsGraphics(const QStringList& arguments);

// Command implementations (cmd_*.cpp).
int cmdInit(Context& ctx);
int cmdImportLedger(Context& ctx);
int cmdCases(Context& ctx);
int cmdShow(Context& ctx);
int cmdCheck(Context& ctx);
int cmdCheckConnection(Context& ctx);
int cmdMigrate(Context& ctx);
int cmdUpgrade(Context& ctx);
int cmdIntake(Context& ctx);
int cmdTransition(Context& ctx);
int cmdRoute(Context& ctx);
int cmdExport(Context& ctx);
int cmdImport(Context& ctx);
int cmdConflicts(Context& ctx);
int cmdResolve(Context& ctx);
int cmdReport(Context& ctx);
int cmdPrint(Context& ctx);
int cmdDemo(Context& ctx);
int cmdKeys(Context& ctx);
int cmdUsers(Context& ctx);
int cmdPasswd(Context& ctx);
int cmdBackup(Context& ctx);
int cmdRestore(Context& ctx);
int cmdRecoverAdmin(Context& ctx);
int cmdSchedule(Context& ctx);
int cmdLeaderCases(Context& ctx);
int cmdAgencyCases(Context& ctx);

// Data as it may be shown on a terminal: control characters (C0 but tab and line feed, DEL, C1),
// escape sequences and bidirectional overrides become U+FFFD, so that a name cannot clear the
// screen, move the cursor or reorder what is printed after it.
QString printable(const QString& data);
// Reads one line from standard input; on a terminal, with the prompt on standard error and without
// echo. Sets ok to false at the end of input.
QString readSecret(const QString& prompt, QTextStream& err, bool* ok = nullptr);
// Asks for a server password without echo when standard input is a terminal; otherwise none (libpq's
// ~/.pgpass or service file must give it). Held in memory only (cmd_check_connection.cpp).
pg::PasswordPrompt terminalPasswordPrompt(Context& ctx);

} // namespace ow::cli
