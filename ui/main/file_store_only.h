// The window's parts whose work still needs the database file (docs/postgresql.md, "Status"): on a
// center's server they stay where the role shows them, disabled, saying why; on a file nothing changes.
#pragma once

#include <QString>

class QAction;

namespace ow::ui {

class MainWindow;

// On a server: `action` is disabled (also after a sign-in applies the role table again), its tooltip
// (shown in its menu) and status tip say `why`. On a file: nothing.
void requireFileStore(MainWindow& window, QAction* action, const QString& why);
// True for an action requireFileStore disabled on this window's server.
bool refusedOnServer(const MainWindow& window, const QAction* action);

} // namespace ow::ui
