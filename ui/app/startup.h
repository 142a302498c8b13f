// Desktop start-up: language, choosing or creating the database, the main window.
#pragma once

class QApplication;

namespace ow::ui {

// Parses --db PATH, opens the database (first run: asks for the site and creates it in the
// per-user data location), shows the main window and runs the event loop.
int startDesktop(QApplication& app);

} // namespace ow::ui
