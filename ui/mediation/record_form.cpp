// Shared pieces of the mediation record dialogs (see record_form.h).
#include "mediation/record_form.h"

#include "mediation/case_access.h"
#include "mediation/money.h"
#include "util/clock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace ow::ui::recordform {

QString readOnlyReason(Database& db, const QString& caseId)
{
    auto c = mediation::writableCase(db, caseId);
    return c ? QString() : c.error();
}

void applyReadOnly(QDialog& dialog, QLabel& banner, QDialogButtonBox& buttons, const QString& reason)
{
    banner.setText(reason);
    banner.setVisible(!reason.isEmpty());
    if (reason.isEmpty())
        return;
    // Read-only rather than disabled where the widget allows it: the text stays legible and can
    // still be selected and copied.
    // Examples in empty fields ("e.g. bank transfer") would read as content of a closed case.
    for (QLineEdit* w : dialog.findChildren<QLineEdit*>()) {
        w->setReadOnly(true);
        w->setPlaceholderText(QString());
    }
    for (QPlainTextEdit* w : dialog.findChildren<QPlainTextEdit*>()) {
        w->setReadOnly(true);
        w->setPlaceholderText(QString());
    }
    for (QAbstractSpinBox* w : dialog.findChildren<QAbstractSpinBox*>()) {
        w->setReadOnly(true);
        if (!w->specialValueText().isEmpty()) // "(not set: type a date…)" invites typing
            w->setSpecialValueText(u"—"_s);
    }
    for (QComboBox* w : dialog.findChildren<QComboBox*>())
        w->setEnabled(false);
    for (QAbstractButton* w : dialog.findChildren<QAbstractButton*>())
        if (!buttons.isAncestorOf(w))
            w->setEnabled(false);
    for (QAbstractItemView* w : dialog.findChildren<QAbstractItemView*>())
        w->setEnabled(w->editTriggers() == QAbstractItemView::NoEditTriggers);
    // Close has the reject role: the dialog's own rejected() connection closes it.
    buttons.setStandardButtons(QDialogButtonBox::Close);
}

void addSaveShortcut(QDialog& dialog, std::function<void()> save)
{
    auto* shortcut = new QShortcut(QKeySequence::Save, &dialog);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, &dialog, [&dialog, save = std::move(save)] {
        // A read-only dialog has no Save button; the shortcut must not save behind its back.
        const auto* box = dialog.findChild<QDialogButtonBox*>();
        if (box && !box->button(QDialogButtonBox::Save))
            return;
        save();
    });
}

namespace {

void showStatus(QLabel& status, const QString& text, bool error)
{
    status.setText(text);
    status.setStyleSheet(error ? u"color: #b00020;"_s : u"color: #555555;"_s);
}

} // namespace

void watchAmount(QLineEdit& field, QLabel& status)
{
    field.setPlaceholderText(
        QCoreApplication::translate("MediationRecordForm", "e.g. 12,000.50 — leave empty when there is none"));
    QObject::connect(&field, &QLineEdit::textChanged, &status, [&status](const QString& text) {
        // While typing, half an amount ("12,0") is not an error yet: only a valid amount shows.
        const auto fen = money::parseYuan(text);
        if (text.trimmed().isEmpty() || !fen)
            showStatus(status, QString(), false);
        else
            showStatus(
                status,
                QCoreApplication::translate("MediationRecordForm", "In capitals: %1").arg(money::chineseCapitals(*fen)),
                false);
    });
    QObject::connect(&field, &QLineEdit::editingFinished, &status, [&field, &status] {
        if (field.isReadOnly())
            return;
        if (const auto fen = money::parseYuan(field.text()); !field.text().trimmed().isEmpty() && !fen)
            showStatus(status, fen.error(), true);
    });
}

Result<std::optional<qint64>> readAmount(QLineEdit& field, QLabel& status)
{
    if (field.text().trimmed().isEmpty())
        return std::optional<qint64>();
    auto fen = money::parseYuan(field.text());
    if (!fen) {
        showStatus(status, fen.error(), true);
        field.setFocus();
        field.selectAll();
        return fail(fen.error());
    }
    return std::optional<qint64>(*fen);
}

namespace {

// Starts an unset date field from a sensible date the moment the user begins to enter one:
// QDateEdit cannot parse digits typed over its special value text, and its calendar would open on
// the minimum date (January 2000).
class OptionalDateFilter : public QObject
{
public:
    OptionalDateFilter(QDateEdit& edit, std::function<QDate()> startFrom)
        : QObject(&edit)
        , m_startFrom(std::move(startFrom))
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Only these two events matter; looking at the type first keeps the filter away from the
        // field while it is being destroyed (events then reach a half-destroyed QDateEdit).
        const bool show = event->type() == QEvent::Show;
        if (!show && event->type() != QEvent::KeyPress)
            return false;
        auto* edit = qobject_cast<QDateEdit*>(parent());
        if (!edit || edit->date() != noDate())
            return false;
        if (show) {
            if (watched == edit->calendarWidget()) {
                const QDate d = start();
                edit->calendarWidget()->setCurrentPage(d.year(), d.month());
            }
            return false;
        }
        if (watched != edit)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            edit->setDate(start());
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isDigit()) {
            // Let the digit land on a selected year, which it then replaces.
            edit->setDate(start());
            edit->setCurrentSection(QDateTimeEdit::YearSection);
            edit->setSelectedSection(QDateTimeEdit::YearSection);
        }
        return false;
    }

private:
    QDate start() const
    {
        const QDate d = m_startFrom ? m_startFrom() : Clock::today();
        return d.isValid() && d > noDate() ? d : Clock::today();
    }

    std::function<QDate()> m_startFrom;
};

} // namespace

QDate noDate()
{
    return QDate(2000, 1, 1);
}

void makeOptionalDate(QDateEdit& edit, std::function<QDate()> startFrom)
{
    edit.setMinimumDate(noDate());
    edit.setSpecialValueText(QCoreApplication::translate("MediationRecordForm", "(not set: type a date or pick one)"));
    edit.setDate(noDate());
    auto* filter = new OptionalDateFilter(edit, std::move(startFrom));
    edit.installEventFilter(filter);
    if (edit.calendarWidget())
        edit.calendarWidget()->installEventFilter(filter);
}

QString dueText(const QDate& due, const QDate& today)
{
    const qint64 days = today.daysTo(due);
    if (days > 0)
        return QCoreApplication::translate("MediationRecordForm", "due in %n day(s)", nullptr, int(days));
    if (days == 0)
        return QCoreApplication::translate("MediationRecordForm", "due today");
    return QCoreApplication::translate("MediationRecordForm", "%n day(s) overdue", nullptr, int(-days));
}

} // namespace ow::ui::recordform
