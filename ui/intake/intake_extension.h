// Hooks the intake dialog, the triage queue and the home view into the main window (one call
// where the window is built).
#pragma once

namespace ow::ui {
class MainWindow;
void installIntake(MainWindow& window);
} // namespace ow::ui
