// Hooks mediation work into the main window's Cases menu: record a session, close the case, preview
// the agreement, export the bound case file (one call where the window is built).
#pragma once

namespace ow::ui {
class MainWindow;
void installMediation(MainWindow& window);
} // namespace ow::ui
