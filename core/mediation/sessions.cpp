// Mediation sessions: the checks of a session, its number within the case, the record and its
// timeline entry, one transaction per session.
#include "mediation/sessions.h"

#include "domain/vocabulary.h"
#include "mediation/case_access.h"
#include "mediation/mediation_codes.h"
#include "mediation/roster.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "workflow/case_events.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

// The date and times of the session, and its room or place.
Status checkWhenAndWhere(Database& db, MediationSession& s, const mediation::CaseBasics& c)
{
    const QDate today = Clock::today();
    if (!s.heldOn.isValid())
        return fail(Mediation::tr("Enter the date of the mediation session."));
    if (s.heldOn > today)
        return fail(Mediation::tr("The session date %1 is in the future. Record a session after it has taken place.")
                        .arg(sql::iso(s.heldOn)));
    if (c.receivedOn.isValid() && s.heldOn < c.receivedOn)
        return fail(Mediation::tr("The session date %1 is before the case was received (%2).")
                        .arg(sql::iso(s.heldOn), sql::iso(c.receivedOn)));
    if (!s.startsAt.isValid())
        return fail(Mediation::tr("Enter the time the session started."));
    if (s.endsAt.isValid() && s.endsAt <= s.startsAt)
        return fail(Mediation::tr("The session ends (%1) before it starts (%2).")
                        .arg(s.endsAt.toString(u"HH:mm"_s), s.startsAt.toString(u"HH:mm"_s)));
    s.place = s.place.trimmed();
    if (!s.roomId.isEmpty()) {
        QSqlQuery q(db.sql());
        q.prepare(u"SELECT active FROM mediation_rooms WHERE id = ?"_s);
        q.addBindValue(s.roomId);
        if (!q.exec() || !q.next())
            return fail(Mediation::tr("The chosen room does not exist."));
    } else if (s.place.isEmpty()) {
        return fail(Mediation::tr("Choose a room or type the place where the session was held."));
    }
    return {};
}

Status checkMediationType(const MediationSession& s)
{
    if (!vocab::isCode(vocab::List::MediationType, s.mediationType))
        return fail(Mediation::tr("\"%1\" is not a mediation type. Choose one of: %2.")
                        .arg(s.mediationType, vocab::codes(vocab::List::MediationType).join(u", "_s)));
    return {};
}

// At least one mediator, each active on the roster.
Status checkMediators(Database& db, MediationSession& s)
{
    s.mediatorIds.removeDuplicates();
    s.mediatorIds.removeAll(QString());
    if (s.mediatorIds.isEmpty())
        return fail(RosterService(db).mediators().isEmpty()
                        ? RosterService::noMediatorsMessage()
                        : Mediation::tr("Choose at least one mediator for the session."));
    return RosterService(db).checkActive(s.mediatorIds);
}

// The record, the result and what the result requires (a reason, the routes told).
Status checkRecordAndResult(MediationSession& s)
{
    s.record = s.record.trimmed();
    if (s.record.isEmpty())
        return fail(
            Mediation::tr("Write the mediation record (调解记录): what the parties said and what was agreed or not."));
    if (!mediation::codes(mediation::List::SessionResult).contains(s.result))
        return fail(
            Mediation::tr("Choose the result of the session: continue, agreement reached, failed or terminated."));
    if (s.result == u"terminated"_s) {
        if (!mediation::codes(mediation::List::TerminationReason).contains(s.terminationReason))
            return fail(
                Mediation::tr("A terminated mediation needs its reason: a party refuses to continue, the positions are "
                              "too far apart, or the application was withdrawn."));
    } else {
        s.terminationReason.clear();
    }
    s.routesTold.removeDuplicates();
    for (const QString& r : std::as_const(s.routesTold))
        if (!mediation::codes(mediation::List::Route).contains(r))
            return fail(
                Mediation::tr("\"%1\" is not a route. Choose litigation, arbitration or administrative handling.")
                    .arg(r));
    if (s.result == u"failed"_s && s.routesTold.isEmpty())
        return fail(Mediation::tr("A failed mediation must record which route the parties were told about: litigation, "
                                  "arbitration or administrative handling."));
    return {};
}

} // namespace

Result<QString> SessionService::recordSession(MediationSession s, const QString& actor)
{
    auto c = mediation::writableCase(m_db, s.caseId);
    if (!c)
        return fail(c.error());
    s.caseId = c->id;
    if (Status st = checkWhenAndWhere(m_db, s, *c); !st)
        return fail(st.error());
    if (Status st = checkMediationType(s); !st)
        return fail(st.error());
    if (Status st = checkMediators(m_db, s); !st)
        return fail(st.error());
    if (Status st = checkRecordAndResult(s); !st)
        return fail(st.error());

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (auto again = mediation::lockWritableCase(m_db, c->id); !again)
        return fail(again.error());
    QSqlQuery n(m_db.sql());
    n.prepare(u"SELECT COALESCE(MAX(session_no), 0) + 1 FROM mediation_sessions WHERE case_id = ?"_s);
    n.addBindValue(s.caseId);
    if (!n.exec() || !n.next())
        return fail(sql::errorText(n.lastError()));
    s.sessionNo = n.value(0).toInt();
    s.id = newUuid();
    s.actor = actor;
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO mediation_sessions (id, case_id, session_no, held_on, starts_at, ends_at, room_id, place, "
              u"mediation_type, mediator_ids, parties_present, record, result, termination_reason, routes_told, "
              u"actor, site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    if (Status st = mediation::execBound(
            q, {s.id, s.caseId, s.sessionNo, sql::iso(s.heldOn), s.startsAt.toString(u"HH:mm"_s),
                s.endsAt.isValid() ? QVariant(s.endsAt.toString(u"HH:mm"_s)) : QVariant(QMetaType(QMetaType::QString)),
                sql::nullable(s.roomId), s.place, s.mediationType, s.mediatorIds.join(u','), s.partiesPresent.trimmed(),
                s.record, s.result, sql::nullable(s.terminationReason), s.routesTold.join(u','), actor, m_db.siteCode(),
                now, now});
        !st)
        return fail(st.error());
    QString detail = Mediation::tr("Session %1 on %2: %3")
                         .arg(s.sessionNo)
                         .arg(sql::iso(s.heldOn), mediation::label(mediation::List::SessionResult, s.result));
    if (!s.terminationReason.isEmpty())
        detail += u" — "_s + mediation::label(mediation::List::TerminationReason, s.terminationReason);
    if (Status st = workflow::appendEvent(m_db, s.caseId, actor, u"mediation_session"_s, detail); !st)
        return fail(st.error());
    if (Status st = workflow::touchCase(m_db, s.caseId); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    return s.id;
}

QList<MediationSession> SessionService::sessions(const QString& caseId) const
{
    QList<MediationSession> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, case_id, session_no, held_on, starts_at, ends_at, room_id, place, mediation_type, "
              u"mediator_ids, parties_present, record, result, termination_reason, routes_told, actor "
              u"FROM mediation_sessions WHERE case_id = ? ORDER BY session_no"_s);
    q.addBindValue(caseId);
    q.exec();
    while (q.next()) {
        MediationSession s;
        s.id = q.value(0).toString();
        s.caseId = q.value(1).toString();
        s.sessionNo = q.value(2).toInt();
        s.heldOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        s.startsAt = QTime::fromString(q.value(4).toString(), u"HH:mm"_s);
        s.endsAt = QTime::fromString(q.value(5).toString(), u"HH:mm"_s);
        s.roomId = q.value(6).toString();
        s.place = q.value(7).toString();
        s.mediationType = q.value(8).toString();
        s.mediatorIds = q.value(9).toString().split(u',', Qt::SkipEmptyParts);
        s.partiesPresent = q.value(10).toString();
        s.record = q.value(11).toString();
        s.result = q.value(12).toString();
        s.terminationReason = q.value(13).toString();
        s.routesTold = q.value(14).toString().split(u',', Qt::SkipEmptyParts);
        s.actor = q.value(15).toString();
        out << s;
    }
    return out;
}

} // namespace ow
