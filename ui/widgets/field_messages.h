// A red message under a form field, hidden until there is something wrong with it: the user sees a
// mistake where it was made. And a dialog's message line, red when it reports a refusal.
#pragma once

class QFormLayout;
class QLabel;
class QString;
class QWidget;

namespace ow::ui {

// Inserts the message row under the row of `rowWidget` in `form` (no label widget: hidden, it takes
// no room). One line: a word-wrapped label in a form row asks for the height of its narrowest wrap
// and leaves gaps. Named `<objectName>ErrorLabel` for tests.
QLabel* addFieldMessage(QFormLayout* form, QWidget* rowWidget, const QString& objectName, QWidget* parent);

// A dialog's message line: what was saved or read, or (red) why it was refused.
void showMessage(QLabel* label, const QString& text, bool error);

} // namespace ow::ui
