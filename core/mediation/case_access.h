// What every mediation write needs first: the case must exist and must not be archived (a closed
// case is read-only everywhere). The timeline entry and row version of each write are
// workflow/case_events.h's.
#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace ow {

class Database;

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
// A value for addBindValue: a null QString (e.g. an untouched field) becomes '' rather than
// NULL, so NOT NULL text columns accept it; a null QVariant still binds NULL on purpose.
QVariant bindable(const QVariant& v);
// The role of an active user (users.role), or a message when there is no such user.
Result<QString> roleOf(Database& db, const QString& login);

} // namespace mediation
} // namespace ow
