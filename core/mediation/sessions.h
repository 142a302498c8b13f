// SessionService: the mediation sessions of a case (调解记录): when and where, the mediators, the
// record and the result, with a terminated mediation's reason or the routes a failed one told the
// parties about. Each session is one transaction with its timeline entry.
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace ow {

class Database;

class SessionService
{
public:
    explicit SessionService(Database& db)
        : m_db(db)
    {}

    // A session on an open case. Checks the date and times, the room, the mediators (at least
    // one, each active), the record and the result rules: a terminated mediation needs its
    // reason, a failed one the routes the parties were told about.
    Result<QString> recordSession(MediationSession s, const QString& actor);
    QList<MediationSession> sessions(const QString& caseId) const;

private:
    Database& m_db;
};

} // namespace ow
