// Hooks mediation work into the main window's Cases menu: record a session, close the case, preview
// the agreement, export the bound case file (one call where the window is built).
#pragma once

#include <QString>

namespace ow {
class Database;
}

namespace ow::ui {
class MainWindow;
void installMediation(MainWindow& window);
// The file name the bound case file export suggests: <case number>.pdf in the documents folder.
QString caseFileSuggestion(Database& db, const QString& caseId);
} // namespace ow::ui
