// The window's watch over its database: SQLite's locks checked every two seconds (and taken anew when
// something dropped them), and a status-bar line while a save waits for another desk or program.
#pragma once

class QMainWindow;

namespace ow {
class Database;
}

namespace ow::ui {

// Installs both on window, for the life of the window; db must outlive it.
void watchDatabase(QMainWindow& window, Database& db);

} // namespace ow::ui
