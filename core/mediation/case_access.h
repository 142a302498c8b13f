// What every mediation write needs first: the case must exist and must not be archived (a closed
// case is read-only everywhere), and the small steps the mediation services share (binding a
// row's values, money columns, the set-up role). The timeline entry and row version of each write
// are workflow/case_events.h's.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlQuery;

namespace ow {

class Database;

// The translation context "Mediation" of the mediation services' messages.
struct Mediation
{
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

namespace mediation {

struct CaseBasics
{
    QString id;
    QString caseNo;
    QString caseType;
    QString categoryCode;
    QString status;
    QString summary;
    QDate receivedOn;
};

// The case by UUID, case number or one-case code.
Result<CaseBasics> findCase(Database& db, const QString& key);
// The case, refused with a message when it is closed (archived) or otherwise ended.
Result<CaseBasics> writableCase(Database& db, const QString& caseId);
// writableCase again inside the caller's write transaction, just before it writes: another desk may
// have closed or ended the case since the form's first check. On a server the case's row is locked
// first, until the commit, so a close or step of another desk waits for this save or this save for
// it; on SQLite the transaction's write lock already keeps every other desk out.
Result<CaseBasics> lockWritableCase(Database& db, const QString& caseId);
// A value for addBindValue: a null QString (e.g. an untouched field) becomes '' rather than
// NULL, so NOT NULL text columns accept it; a null QVariant still binds NULL on purpose.
QVariant bindable(const QVariant& v);
// Binds the values (through bindable) and runs the prepared query; the SQL error as the message.
Status execBound(QSqlQuery& q, const QVariantList& values);
// A money column: the amount in fen, or NULL when none was given.
QVariant nullableFen(const std::optional<qint64>& fen);
std::optional<qint64> fenFrom(const QVariant& v);
// The role of an active user (users.role), or a message when there is no such user.
Result<QString> roleOf(Database& db, const QString& login);
// Refused unless the actor is an administrator or a supervisor (or the system): changing the
// roster, the rooms and the follow-up settings.
Status requireSetUpRole(Database& db, const QString& actor);

} // namespace mediation
} // namespace ow
