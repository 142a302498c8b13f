// What the agreement, judicial confirmation and performance dialogs share: a closed case shown
// read-only with the reason, Ctrl+S to save, a yuan amount field checked where it is typed, and
// how a deadline reads ("还剩 5 天").
#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ow::ui::recordform {

// Empty when the case can be changed; otherwise why not (closed and archived, or ended).
QString readOnlyReason(Database& db, const QString& caseId);

// Shows `reason` in `banner`, makes every input of `dialog` read-only and leaves only a Close
// button, so the user learns why before typing anything. With an empty reason, hides the banner.
void applyReadOnly(QDialog& dialog, QLabel& banner, QDialogButtonBox& buttons, const QString& reason);

// Ctrl+S (and the platform's Save key) runs `save`, as the Save button does.
void addSaveShortcut(QDialog& dialog, std::function<void()> save);

// Keeps `status` under a yuan amount field up to date: the amount in Chinese capitals while it
// parses, the reason when the user leaves the field with something that is not an amount.
void watchAmount(QLineEdit& field, QLabel& status);
// The amount typed: no value when the field is empty, an error (also shown in `status`, the field
// focused) when it is not an amount in yuan.
Result<std::optional<qint64>> readAmount(QLineEdit& field, QLabel& status);

// A date field that may be left empty: it shows "(not set)" and holds `noDate()` until the user
// types a digit, presses Up/Down or opens the calendar; then it starts from `startFrom()` (e.g. the
// agreement's effective date), so typing 20251031 works as in any date field.
void makeOptionalDate(QDateEdit& edit, std::function<QDate()> startFrom);
QDate noDate();

// "due in 5 days", "due today", "3 days overdue" relative to `today`.
QString dueText(const QDate& due, const QDate& today);

} // namespace ow::ui::recordform
