// Desktop start-up: language, choosing or creating the database, the main window.
#pragma once

class QApplication;
class QString;

namespace ow::ui {

class MainWindow;

// Every menu action, page and shortcut of the program on `window` (the tests build the same window).
void installFeatures(MainWindow& window);

// Qt's own strings (standard buttons, file dialogs) in `language` too ("en": Qt's English). Called
// again, it replaces the translation installed before.
void installQtTranslations(QApplication& app, const QString& language);

// Parses --db PATH, opens the database (first run: asks for the site and creates it in the
// per-user data location), shows the main window and runs the event loop.
int startDesktop(QApplication& app);

} // namespace ow::ui
