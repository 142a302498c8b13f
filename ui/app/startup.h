// Desktop start-up: language, choosing or creating the database, the main window.
#pragma once

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

// `--db` with a URL: says why the desktop cannot open it (a malformed URL, one with a password or of
// another scheme; or any server, until the services run on PostgreSQL) and returns the exit status, 2.
int refuseServerStore(const QString& url);

// Parses --db PATH, opens the database (first run: asks for the site and creates it in the
// per-user data location), shows the main window and runs the event loop.
int startDesktop(QApplication& app);

} // namespace ow::ui
