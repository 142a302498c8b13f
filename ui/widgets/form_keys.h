// Keyboard-only entry in a form dialog, the same in every one: Enter moves to the next field (a
// type-ahead list takes the highlighted or the one matching name first), Shift+Enter is a line
// break in a multi-line field, Enter never presses a button half-way through the form.
#pragma once

#include <QString>

class QBoxLayout;
class QComboBox;
class QDialog;
class QLayout;
class QScrollArea;

namespace ow::ui {

// Installs the keys on every line edit, combo box (and its type-ahead popup), spin box and
// multi-line text field of `dialog` that exists when called. Saving stays with the dialog's own
// Ctrl+S and buttons.
void installFormKeys(QDialog* dialog);

// The line of key hints a form dialog shows: "Enter next field · Shift+Enter new line · …",
// followed by `more` (e.g. "Ctrl+S save") when given.
QString formKeyHints(const QString& more);

// The item a typed text stands for: the exact name, else the only name containing it (type-ahead:
// 海流图 is 海流图镇); -1 when none or ambiguous.
int matchingItem(const QComboBox* box);

// Moves `form` (an item of `column`) into a frameless scroll area at the same place, so that a
// dialog taller than the screen (a 1366 × 768 screen leaves about 720 px) scrolls its fields while
// the buttons and hints below stay in view; the field that takes the focus is scrolled into view.
QScrollArea* scrollForm(QBoxLayout* column, QLayout* form);

} // namespace ow::ui
