// What the services of the mechanisms folder share: the acting user checked against the role table,
// and the codes of docs/leaders-and-agency.md with their labels.
#pragma once

#include "security/permissions.h"
#include "security/users.h"
#include "util/result.h"
#include "util/text.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <initializer_list>

namespace ow {

class Database;

namespace mechanisms {

// The active user `login`, when their role may do `action`; otherwise the translated refusal.
Result<Actor> permittedActor(Database& db, const QString& login, permissions::Action action);

// One typed value and how text::fieldProblem checks it.
struct FieldCheck
{
    QString value;
    text::Field field;
    QString label; // the field's name in messages
};
// Writes one row of a table with the identity columns (docs/ARCHITECTURE.md rule 2), inside the
// caller's transaction: a new row under a new UUID when `id` is empty, else an update of `id` with
// row_version + 1 (refused when the row is gone). `values` go to `columns` in order. Returns the id.
// With `version`, an update is of the row at the version its list read: when another desk saved or
// deleted it since, nothing is written and the refusal names who and when (rowChangedMeanwhile).
struct RowVersionCheck
{
    int rowVersion = 0;
    QString entity; // as the audit log names the row's kind
    QString what;   // the row as a refusal names it, e.g. "the reception of 张三 on 3 March (morning)"
};
Result<QString> saveRow(Database& db, const char* table, const QStringList& columns, const QVariantList& values,
                        const QString& id, const RowVersionCheck* version = nullptr);
// The trimmed note of an action: required when `emptyMessage` is given, and within text's limits.
Result<QString> noteText(const QString& note, const QString& emptyMessage = {});

// The text as stored in a NOT NULL column: a null QString binds as NULL, so it becomes "".
QString notNull(const QString& text);
// The problems of the values (text::fieldProblem), in order; empty when there is none.
QStringList fieldProblems(std::initializer_list<FieldCheck> checks);

// Leader levels (county, township, department), half-days (am, pm), duties (investigate, handle,
// resolve, stabilize), assignment states (active, resolved, ended), agency levels (county,
// township, village): codes and their labels in the current language.
QStringList leaderLevels();
QString leaderLevelLabel(const QString& code);
QString halfLabel(const QString& code);
QStringList duties();
QString dutyLabel(const QString& code);
QString assignmentStateLabel(const QString& code);
QStringList agencyLevels();
QString agencyLevelLabel(const QString& code);
// A code from its code, its Chinese or its English label (spaces and case ignored); empty when none.
QString leaderLevelFrom(const QString& typed);
QString halfFrom(const QString& typed);

} // namespace mechanisms
} // namespace ow
