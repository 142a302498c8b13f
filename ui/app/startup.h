// Desktop start-up: language, choosing or creating the database, the main window.
#pragma once

#include "storage/database.h"

class QApplication;
class QCommandLineOption;
class QCommandLineParser;
class QCoreApplication;
class QRect;
class QSize;
class QString;

namespace ow::ui {

class MainWindow;

// The main window's size on a screen with `available` room (95% × 90%, at most 1600 × 1000).
QSize defaultWindowSize(const QRect& available);

// Every page, menu action and dialog of the desktop (what startDesktop adds to its window).
void installEverything(MainWindow& window);

// Qt's own strings (standard buttons, file dialogs) in `language` too ("en": Qt's English). Called
// again, it replaces the translation installed before.
void installQtTranslations(QApplication& app, const QString& language);

// True when the arguments ask only for --version or --help: main() answers them with a
// QCoreApplication, so that they work without a display (an installed package is checked so).
bool onlyPrintsText(int argc, char* argv[]);
// Prints the version or the help of `onewindow` and exits.
int printDesktopText(QCoreApplication& app);

// The store the desktop works on (docs/postgresql.md, "Choosing the store"): `dbArgument` (--db) a
// file or a postgresql:// URL for this start; without it the server the first-run dialog chose for
// this desk (FirstRunDialog::kDeskServerKey), else the per-user file, created by the first-run
// dialog. A server's password is asked for without echo when ~/.pgpass has none, never stored.
// No database: `status` is the exit status (0 the user cancelled the first run, 2 a malformed URL,
// 3 a store that cannot be opened), after a message that says why.
struct DesktopStore
{
    DatabasePtr db;
    int status = 0;
};
DesktopStore openDesktopStore(const QString& dbArgument);

// The day's first start makes a checked backup of the file on a thread of its own; false (nothing
// started) on a server, whose backups are the administrator's pg_dump.
bool startDailyBackup(MainWindow& window);

// Parses --db PATH|URL, opens the database (openDesktopStore), shows the main window and runs the
// event loop.
int startDesktop(QApplication& app);

} // namespace ow::ui
