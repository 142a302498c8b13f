// RosterService: the mediators (调解员名册) and the rooms and places of mediation. Administrators
// and supervisors change them; entries are deactivated, never deleted, so recorded sessions keep
// their mediators and rooms. Every write runs in one transaction with an audit entry.
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

class RosterService
{
public:
    explicit RosterService(Database& db)
        : m_db(db)
    {}

    Result<QString> saveMediator(Mediator m, const QString& actor);
    QList<Mediator> mediators(bool activeOnly = true) const;
    // What to do when the roster has no active mediator: where in the menus they are added.
    static QString noMediatorsMessage();
    // Refused unless every id names an active mediator on the roster (sessions, agreements).
    Status checkActive(const QStringList& mediatorIds) const;

    Result<QString> saveRoom(MediationRoom r, const QString& actor);
    QList<MediationRoom> rooms(bool activeOnly = true) const;

private:
    Database& m_db;
};

} // namespace ow
