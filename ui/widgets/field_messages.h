// A red message under a form field, hidden until there is something wrong with it: the user sees a
// mistake where it was made.
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

} // namespace ow::ui
