// The mediator roster and the rooms: validation, storage and the audit entry, one transaction each.
#include "mediation/roster.h"

#include "mediation/case_access.h"
#include "mediation/mediation_codes.h"
#include "security/audit.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

QString RosterService::noMediatorsMessage()
{
    return Mediation::tr("No mediator is on the roster yet. An administrator or a supervisor adds mediators and "
                         "rooms under Administration → Mediators and Rooms…; then choose the mediators here.");
}

Result<QString> RosterService::saveMediator(Mediator m, const QString& actor)
{
    if (Status s = mediation::requireSetUpRole(m_db, actor); !s)
        return fail(s.error());
    m.name = m.name.trimmed();
    if (m.name.isEmpty())
        return fail(Mediation::tr("Type the mediator's name."));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const QString now = utcNow();
    const bool isNew = m.id.isEmpty();
    QSqlQuery q(m_db.sql());
    if (isNew) {
        m.id = newUuid();
        q.prepare(u"INSERT INTO mediators (name, organization, specialties, invited, phone, user_login, active, id, "
                  u"site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s);
    } else {
        q.prepare(u"UPDATE mediators SET name=?, organization=?, specialties=?, invited=?, phone=?, user_login=?, "
                  u"active=?, row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ?"_s);
    }
    QVariantList v{m.name,
                   m.organization.trimmed(),
                   m.specialties.join(u','),
                   m.invited ? 1 : 0,
                   sql::nullable(m.phone.trimmed()),
                   sql::nullable(m.userLogin),
                   m.active ? 1 : 0};
    if (isNew)
        v << m.id << m_db.siteCode() << now << now;
    else
        v << now << m.id << m.rowVersion;
    if (Status s = mediation::execBound(q, v); !s)
        return fail(s.error());
    // No row: another desk saved the mediator since this list read it (or the id is not on the roster).
    if (!isNew && q.numRowsAffected() == 0)
        return fail(rowChangedMeanwhile(m_db, u"mediators"_s, u"mediator"_s, m.id,
                                        Mediation::tr("the mediator %1").arg(m.name), false));
    if (Status s =
            appendAudit(m_db, actor, isNew ? u"mediator_add"_s : u"mediator_update"_s, u"mediator"_s, m.id, m.name);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return m.id;
}

QList<Mediator> RosterService::mediators(bool activeOnly) const
{
    QList<Mediator> out;
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT id, name, organization, specialties, invited, phone, user_login, active, row_version "
           u"FROM mediators "_s +
           (activeOnly ? u"WHERE active = 1 "_s : QString()) + u"ORDER BY name"_s);
    while (q.next()) {
        Mediator m;
        m.id = q.value(0).toString();
        m.name = q.value(1).toString();
        m.organization = q.value(2).toString();
        m.specialties = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
        m.invited = q.value(4).toBool();
        m.phone = q.value(5).toString();
        m.userLogin = q.value(6).toString();
        m.active = q.value(7).toBool();
        m.rowVersion = q.value(8).toInt();
        out << m;
    }
    return out;
}

Result<QString> RosterService::saveRoom(MediationRoom r, const QString& actor)
{
    if (Status s = mediation::requireSetUpRole(m_db, actor); !s)
        return fail(s.error());
    r.name = r.name.trimmed();
    if (r.name.isEmpty())
        return fail(Mediation::tr("Type the name of the room or place."));
    if (!mediation::codes(mediation::List::RoomKind).contains(r.kind))
        return fail(Mediation::tr("\"%1\" is not a kind of room. Choose one of: %2.")
                        .arg(r.kind, mediation::codes(mediation::List::RoomKind).join(u", "_s)));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const QString now = utcNow();
    const bool isNew = r.id.isEmpty();
    QSqlQuery q(m_db.sql());
    if (isNew) {
        r.id = newUuid();
        q.prepare(u"INSERT INTO mediation_rooms (name, kind, active, id, site_code, created_at, updated_at) "
                  u"VALUES (?,?,?,?,?,?,?)"_s);
    } else {
        q.prepare(u"UPDATE mediation_rooms SET name=?, kind=?, active=?, row_version = row_version + 1, "
                  u"updated_at = ? WHERE id = ? AND row_version = ?"_s);
    }
    QVariantList v{r.name, r.kind, r.active ? 1 : 0};
    if (isNew)
        v << r.id << m_db.siteCode() << now << now;
    else
        v << now << r.id << r.rowVersion;
    if (Status s = mediation::execBound(q, v); !s)
        return fail(s.error());
    if (!isNew && q.numRowsAffected() == 0)
        return fail(rowChangedMeanwhile(m_db, u"mediation_rooms"_s, u"mediation_room"_s, r.id,
                                        Mediation::tr("the room %1").arg(r.name), false));
    if (Status s =
            appendAudit(m_db, actor, isNew ? u"room_add"_s : u"room_update"_s, u"mediation_room"_s, r.id, r.name);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return r.id;
}

QList<MediationRoom> RosterService::rooms(bool activeOnly) const
{
    QList<MediationRoom> out;
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT id, name, kind, active, row_version FROM mediation_rooms "_s +
           (activeOnly ? u"WHERE active = 1 "_s : QString()) + u"ORDER BY name"_s);
    while (q.next())
        out << MediationRoom{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                             q.value(4).toInt()};
    return out;
}

Status RosterService::checkActive(const QStringList& mediatorIds) const
{
    for (const QString& id : mediatorIds) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT active, name FROM mediators WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return fail(Mediation::tr("The mediator %1 is not on the roster.").arg(id));
        if (!q.value(0).toBool())
            return fail(Mediation::tr("%1 is no longer an active mediator. Choose another mediator.")
                            .arg(q.value(1).toString()));
    }
    return {};
}

} // namespace ow
