// Enter to the next field, Shift+Enter for a line break, the type-ahead popup completed and left
// in one press (docs: README, "Keys in the registration and edit dialogs").
#include "widgets/form_keys.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialog>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextEdit>

#include <algorithm>

namespace ow::ui {
namespace {

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

// Modifiers other than the keypad flag of the number block's Enter.
Qt::KeyboardModifiers modifiersOf(const QKeyEvent* key)
{
    return key->modifiers() & ~Qt::KeypadModifier;
}

class FormKeys : public QObject
{
public:
    FormKeys(QDialog* dialog)
        : QObject(dialog)
        , m_dialog(dialog)
    {}

    void watchPopup(QComboBox* box)
    {
        QAbstractItemView* popup = box->completer()->popup();
        m_popupBoxes.insert(popup, box);
        // Installed after the completer's own filter, so it is asked first.
        popup->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (!isEnter(key))
            return false;
        const Qt::KeyboardModifiers mods = modifiersOf(key);
        // Enter that a field, a table or a button did not take reaches the dialog: it never
        // presses the default button half-way through the form (a focused auto-default button
        // takes Enter itself before this).
        if (watched == m_dialog)
            return true;
        if (QComboBox* box = m_popupBoxes.value(watched)) {
            if (mods != Qt::NoModifier)
                return false;
            acceptCompletion(box, static_cast<QAbstractItemView*>(watched));
            next();
            return true;
        }
        if (auto* text = qobject_cast<QPlainTextEdit*>(watched)) {
            if (mods == Qt::ShiftModifier) {
                if (!text->isReadOnly())
                    text->insertPlainText(QStringLiteral("\n"));
                return true;
            }
            if (mods != Qt::NoModifier)
                return false;
            next();
            return true;
        }
        if (mods != Qt::NoModifier)
            return false;
        if (auto* box = qobject_cast<QComboBox*>(watched); box && box->isEditable())
            if (const int i = matchingItem(box); i >= 0)
                box->setCurrentIndex(i); // the clerk sees the whole name before moving on
        next();
        return true;
    }

private:
    // The highlighted completion, else the one item the typed text stands for.
    static void acceptCompletion(QComboBox* box, QAbstractItemView* popup)
    {
        const QModelIndex current = popup->currentIndex();
        int item = -1;
        if (current.isValid())
            item = box->findText(current.data(box->completer()->completionRole()).toString(), Qt::MatchFixedString);
        popup->hide();
        if (item < 0)
            item = matchingItem(box);
        if (item >= 0)
            box->setCurrentIndex(item);
    }

    // The dialog's own Tab move (QWidget::focusNextChild is protected): the next field in tab order.
    void next()
    {
        QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QCoreApplication::sendEvent(m_dialog, &tab);
    }

    QDialog* m_dialog;
    QHash<QObject*, QComboBox*> m_popupBoxes;
};

} // namespace

void installFormKeys(QDialog* dialog)
{
    auto* keys = new FormKeys(dialog);
    dialog->installEventFilter(keys);
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        // A table's own cell editors keep Enter (it ends the edit); they are created later anyway.
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w))
            w->installEventFilter(keys);
        if (auto* box = qobject_cast<QComboBox*>(w)) {
            box->installEventFilter(keys);
            if (box->isEditable() && box->completer())
                keys->watchPopup(box);
        }
    }
}

QString formKeyHints(const QString& more)
{
    const QString hints =
        QCoreApplication::translate("ow::ui::FormKeys", "Enter: next field · Shift+Enter: new line in the summary");
    return more.isEmpty() ? hints : hints + QStringLiteral(" · ") + more;
}

int matchingItem(const QComboBox* box)
{
    const QString typed = box->currentText().trimmed();
    if (typed.isEmpty())
        return -1;
    const int exact = box->findText(typed, Qt::MatchFixedString);
    if (exact >= 0)
        return exact;
    int found = -1;
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).contains(typed, Qt::CaseInsensitive)) {
            if (found >= 0)
                return -1;
            found = i;
        }
    return found;
}

QScrollArea* scrollForm(QBoxLayout* column, QLayout* form)
{
    const int at = column->indexOf(form);
    column->removeItem(form);
    form->setParent(nullptr); // a layout that still has a parent layout cannot be set on a widget
    auto* fields = new QWidget;
    fields->setLayout(form); // reparents the form's widgets; their object names stay
    auto* area = new QScrollArea;
    area->setObjectName(QStringLiteral("formScrollArea"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(fields);
    // As tall as the fields when there is room: the dialog shrinks only where the screen asks it to.
    area->setMinimumHeight(std::min(fields->sizeHint().height(), 240));
    column->insertWidget(std::max(at, 0), area, 1);
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget*, QWidget* now) {
        if (now && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
    return area;
}

} // namespace ow::ui
