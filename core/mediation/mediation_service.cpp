// Mediation records on a case: validation, storage and the timeline, one transaction per action.
#include "mediation/mediation_service.h"

#include "domain/vocabulary.h"
#include "mediation/case_access.h"
#include "mediation/money.h"
#include "security/audit.h"
#include "storage/case_store.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "workflow/calendar.h"
#include "workflow/case_events.h"
#include "workflow/deadlines.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

// The translation context of this file's messages.
struct Mediation
{
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

QVariant nullableFen(const std::optional<qint64>& fen)
{
    return fen ? QVariant(*fen) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> fenFrom(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Status execBound(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(mediation::bindable(v));
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    return {};
}

bool maySetUp(const QString& role)
{
    return role == u"admin"_s || role == u"supervisor"_s || role == u"system"_s;
}

Status requireSetUpRole(Database& db, const QString& actor)
{
    auto role = mediation::roleOf(db, actor);
    if (!role)
        return fail(role.error());
    if (!maySetUp(*role))
        return fail(Mediation::tr("Only an administrator or a supervisor can change this setting."));
    return {};
}

using List = MediationService::List;

struct Coded
{
    List list;
    const char16_t* code;
    const char* label; // context "Mediation"
};
constexpr Coded kCoded[] = {
    {List::RoomKind, u"mediation_room", QT_TRANSLATE_NOOP("Mediation", "Mediation room")},
    {List::RoomKind, u"brand_studio", QT_TRANSLATE_NOOP("Mediation", "Named mediation studio")},
    {List::RoomKind, u"fast_track_court", QT_TRANSLATE_NOOP("Mediation", "Fast-track court")},
    {List::RoomKind, u"counseling_room", QT_TRANSLATE_NOOP("Mediation", "Counseling room")},
    {List::RoomKind, u"on_site", QT_TRANSLATE_NOOP("Mediation", "On site")},
    {List::RoomKind, u"remote_video", QT_TRANSLATE_NOOP("Mediation", "Remote video")},
    {List::SessionResult, u"continue", QT_TRANSLATE_NOOP("Mediation", "Continue mediating")},
    {List::SessionResult, u"agreement", QT_TRANSLATE_NOOP("Mediation", "Agreement reached")},
    {List::SessionResult, u"failed", QT_TRANSLATE_NOOP("Mediation", "Mediation failed")},
    {List::SessionResult, u"terminated", QT_TRANSLATE_NOOP("Mediation", "Mediation terminated")},
    {List::TerminationReason, u"party_refuses",
     QT_TRANSLATE_NOOP("Mediation", "A party refuses to continue (People's Mediation Law art. 17)")},
    {List::TerminationReason, u"gap_too_wide",
     QT_TRANSLATE_NOOP("Mediation", "The parties' positions are too far apart")},
    {List::TerminationReason, u"withdrawn",
     QT_TRANSLATE_NOOP("Mediation", "The application was withdrawn (Invited Mediation Provisions art. 26)")},
    {List::Route, u"litigation", QT_TRANSLATE_NOOP("Mediation", "Litigation")},
    {List::Route, u"arbitration", QT_TRANSLATE_NOOP("Mediation", "Arbitration")},
    {List::Route, u"administrative", QT_TRANSLATE_NOOP("Mediation", "Administrative handling")},
    {List::FollowupMethod, u"phone", QT_TRANSLATE_NOOP("Mediation", "Phone")},
    {List::FollowupMethod, u"home_visit", QT_TRANSLATE_NOOP("Mediation", "Home visit")},
    {List::FollowupMethod, u"at_center", QT_TRANSLATE_NOOP("Mediation", "At the center")},
    {List::PerformanceState, u"performed", QT_TRANSLATE_NOOP("Mediation", "Performed")},
    {List::PerformanceState, u"partly_performed", QT_TRANSLATE_NOOP("Mediation", "Partly performed")},
    {List::PerformanceState, u"not_performed", QT_TRANSLATE_NOOP("Mediation", "Not performed")},
};

QJsonArray partiesToJson(const QList<Party>& parties)
{
    QJsonArray a;
    for (const Party& p : parties)
        a.append(QJsonObject{{u"role"_s, p.role},
                             {u"kind"_s, p.kind},
                             {u"name"_s, p.name},
                             {u"id_number"_s, p.idNumber},
                             {u"credit_code"_s, p.creditCode},
                             {u"phone"_s, p.phone},
                             {u"address"_s, p.address},
                             {u"legal_representative"_s, p.legalRepresentative}});
    return a;
}

QList<Party> partiesFromJson(const QString& json)
{
    QList<Party> out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        Party p;
        p.role = o.value(u"role"_s).toString();
        p.kind = o.value(u"kind"_s).toString();
        p.name = o.value(u"name"_s).toString();
        p.idNumber = o.value(u"id_number"_s).toString();
        p.creditCode = o.value(u"credit_code"_s).toString();
        p.phone = o.value(u"phone"_s).toString();
        p.address = o.value(u"address"_s).toString();
        p.legalRepresentative = o.value(u"legal_representative"_s).toString();
        out << p;
    }
    return out;
}

// The parties of a case who sign an agreement: applicants and respondents (not agents).
QList<Party> signingParties(Database& db, const QString& caseId)
{
    QList<Party> out;
    for (const Party& p : CaseStore(db).parties(caseId))
        if (p.role == u"applicant" || p.role == u"respondent")
            out << p;
    return out;
}

Status checkMediators(Database& db, const QStringList& ids)
{
    for (const QString& id : ids) {
        QSqlQuery q(db.sql());
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

} // namespace

// ---- roster and rooms ------------------------------------------------------------------------

QStringList MediationService::codes(List list)
{
    QStringList out;
    for (const Coded& c : kCoded)
        if (c.list == list)
            out << QString::fromUtf16(c.code);
    return out;
}

QString MediationService::label(List list, const QString& code)
{
    for (const Coded& c : kCoded)
        if (c.list == list && code == QStringView(c.code))
            return QCoreApplication::translate("Mediation", c.label);
    return code;
}

QString MediationService::noMediatorsMessage()
{
    return Mediation::tr("No mediator is on the roster yet. An administrator or a supervisor adds mediators and "
                         "rooms under Administration → Mediators and Rooms…; then choose the mediators here.");
}

Result<QString> MediationService::saveMediator(Mediator m, const QString& actor)
{
    if (Status s = requireSetUpRole(m_db, actor); !s)
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
                  u"active=?, row_version = row_version + 1, updated_at = ? WHERE id = ?"_s);
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
        v << now << m.id;
    if (Status s = execBound(q, v); !s)
        return fail(s.error());
    if (!isNew && q.numRowsAffected() == 0)
        return fail(Mediation::tr("The mediator %1 is not on the roster.").arg(m.id));
    if (Status s =
            appendAudit(m_db, actor, isNew ? u"mediator_add"_s : u"mediator_update"_s, u"mediator"_s, m.id, m.name);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return m.id;
}

QList<Mediator> MediationService::mediators(bool activeOnly) const
{
    QList<Mediator> out;
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT id, name, organization, specialties, invited, phone, user_login, active FROM mediators "_s +
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
        out << m;
    }
    return out;
}

Result<QString> MediationService::saveRoom(MediationRoom r, const QString& actor)
{
    if (Status s = requireSetUpRole(m_db, actor); !s)
        return fail(s.error());
    r.name = r.name.trimmed();
    if (r.name.isEmpty())
        return fail(Mediation::tr("Type the name of the room or place."));
    if (!codes(List::RoomKind).contains(r.kind))
        return fail(Mediation::tr("\"%1\" is not a kind of room. Choose one of: %2.")
                        .arg(r.kind, codes(List::RoomKind).join(u", "_s)));
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
                  u"updated_at = ? WHERE id = ?"_s);
    }
    QVariantList v{r.name, r.kind, r.active ? 1 : 0};
    if (isNew)
        v << r.id << m_db.siteCode() << now << now;
    else
        v << now << r.id;
    if (Status s = execBound(q, v); !s)
        return fail(s.error());
    if (Status s =
            appendAudit(m_db, actor, isNew ? u"room_add"_s : u"room_update"_s, u"mediation_room"_s, r.id, r.name);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return r.id;
}

QList<MediationRoom> MediationService::rooms(bool activeOnly) const
{
    QList<MediationRoom> out;
    QSqlQuery q(m_db.sql());
    q.exec(u"SELECT id, name, kind, active FROM mediation_rooms "_s +
           (activeOnly ? u"WHERE active = 1 "_s : QString()) + u"ORDER BY name"_s);
    while (q.next())
        out << MediationRoom{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    return out;
}

// ---- sessions --------------------------------------------------------------------------------

Result<QString> MediationService::recordSession(MediationSession s, const QString& actor)
{
    auto c = mediation::writableCase(m_db, s.caseId);
    if (!c)
        return fail(c.error());
    s.caseId = c->id;
    const QDate today = Clock::today();
    if (!s.heldOn.isValid())
        return fail(Mediation::tr("Enter the date of the mediation session."));
    if (s.heldOn > today)
        return fail(Mediation::tr("The session date %1 is in the future. Record a session after it has taken place.")
                        .arg(sql::iso(s.heldOn)));
    if (c->receivedOn.isValid() && s.heldOn < c->receivedOn)
        return fail(Mediation::tr("The session date %1 is before the case was received (%2).")
                        .arg(sql::iso(s.heldOn), sql::iso(c->receivedOn)));
    if (!s.startsAt.isValid())
        return fail(Mediation::tr("Enter the time the session started."));
    if (s.endsAt.isValid() && s.endsAt <= s.startsAt)
        return fail(Mediation::tr("The session ends (%1) before it starts (%2).")
                        .arg(s.endsAt.toString(u"HH:mm"_s), s.startsAt.toString(u"HH:mm"_s)));
    s.place = s.place.trimmed();
    if (!s.roomId.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT active FROM mediation_rooms WHERE id = ?"_s);
        q.addBindValue(s.roomId);
        if (!q.exec() || !q.next())
            return fail(Mediation::tr("The chosen room does not exist."));
    } else if (s.place.isEmpty()) {
        return fail(Mediation::tr("Choose a room or type the place where the session was held."));
    }
    if (!vocab::isCode(vocab::List::MediationType, s.mediationType))
        return fail(Mediation::tr("\"%1\" is not a mediation type. Choose one of: %2.")
                        .arg(s.mediationType, vocab::codes(vocab::List::MediationType).join(u", "_s)));
    s.mediatorIds.removeDuplicates();
    s.mediatorIds.removeAll(QString());
    if (s.mediatorIds.isEmpty())
        return fail(mediators().isEmpty() ? noMediatorsMessage()
                                          : Mediation::tr("Choose at least one mediator for the session."));
    if (Status st = checkMediators(m_db, s.mediatorIds); !st)
        return fail(st.error());
    s.record = s.record.trimmed();
    if (s.record.isEmpty())
        return fail(
            Mediation::tr("Write the mediation record (调解记录): what the parties said and what was agreed or not."));
    if (!codes(List::SessionResult).contains(s.result))
        return fail(
            Mediation::tr("Choose the result of the session: continue, agreement reached, failed or terminated."));
    if (s.result == u"terminated"_s) {
        if (!codes(List::TerminationReason).contains(s.terminationReason))
            return fail(
                Mediation::tr("A terminated mediation needs its reason: a party refuses to continue, the positions are "
                              "too far apart, or the application was withdrawn."));
    } else {
        s.terminationReason.clear();
    }
    s.routesTold.removeDuplicates();
    for (const QString& r : std::as_const(s.routesTold))
        if (!codes(List::Route).contains(r))
            return fail(
                Mediation::tr("\"%1\" is not a route. Choose litigation, arbitration or administrative handling.")
                    .arg(r));
    if (s.result == u"failed"_s && s.routesTold.isEmpty())
        return fail(Mediation::tr("A failed mediation must record which route the parties were told about: litigation, "
                                  "arbitration or administrative handling."));

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
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
    if (Status st = execBound(
            q, {s.id, s.caseId, s.sessionNo, sql::iso(s.heldOn), s.startsAt.toString(u"HH:mm"_s),
                s.endsAt.isValid() ? QVariant(s.endsAt.toString(u"HH:mm"_s)) : QVariant(QMetaType(QMetaType::QString)),
                sql::nullable(s.roomId), s.place, s.mediationType, s.mediatorIds.join(u','), s.partiesPresent.trimmed(),
                s.record, s.result, sql::nullable(s.terminationReason), s.routesTold.join(u','), actor, m_db.siteCode(),
                now, now});
        !st)
        return fail(st.error());
    QString detail = Mediation::tr("Session %1 on %2: %3")
                         .arg(s.sessionNo)
                         .arg(sql::iso(s.heldOn), label(List::SessionResult, s.result));
    if (!s.terminationReason.isEmpty())
        detail += u" — "_s + label(List::TerminationReason, s.terminationReason);
    if (Status st = workflow::appendEvent(m_db, s.caseId, actor, u"mediation_session"_s, detail); !st)
        return fail(st.error());
    if (Status st = workflow::touchCase(m_db, s.caseId); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    return s.id;
}

QList<MediationSession> MediationService::sessions(const QString& caseId) const
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

// ---- agreement and judicial confirmation -------------------------------------------------------

QString MediationService::personalStatusWarning(const QString& categoryCode, const QString& text) const
{
    static const QStringList categories{u"marriage_family"_s, u"housing_homestead"_s, u"land_forest"_s, u"grassland"_s};
    static const QStringList keywords{u"婚姻"_s, u"离婚"_s,   u"结婚"_s,       u"收养"_s,       u"解除收养"_s,
                                      u"亲子"_s, u"宅基地"_s, u"土地所有权"_s, u"土地使用权"_s, u"承包经营权"_s,
                                      u"确权"_s, u"所有权"_s, u"草场使用权"_s, u"林权"_s,       u"产权归属"_s};
    QStringList found;
    for (const QString& k : keywords)
        if (text.contains(k))
            found << k;
    if (!categories.contains(categoryCode) && found.isEmpty())
        return {};
    return Mediation::tr(
               "This agreement may concern personal status or title to property (%1). A court does not confirm "
               "agreements on marriage, adoption, homestead or land title (Interpretation of the Civil Procedure "
               "Law art. 355); advise the parties before they apply for judicial confirmation.")
        .arg(found.isEmpty() ? categoryCode : found.join(u"、"_s));
}

Result<Saved> MediationService::saveAgreement(Agreement a, const QString& actor)
{
    auto c = mediation::writableCase(m_db, a.caseId);
    if (!c)
        return fail(c.error());
    a.caseId = c->id;
    if (a.form != u"written"_s && a.form != u"oral"_s)
        return fail(
            Mediation::tr("An agreement is either written (People's Mediation Law art. 29) or oral (art. 28)."));
    if (!a.effectiveOn.isValid())
        return fail(Mediation::tr("Enter the date the agreement takes effect (the date all parties signed it)."));
    if (a.effectiveOn > Clock::today())
        return fail(Mediation::tr("The agreement's effective date %1 is in the future.").arg(sql::iso(a.effectiveOn)));
    if (c->receivedOn.isValid() && a.effectiveOn < c->receivedOn)
        return fail(Mediation::tr("The agreement takes effect (%1) before the case was received (%2).")
                        .arg(sql::iso(a.effectiveOn), sql::iso(c->receivedOn)));
    if (a.parties.isEmpty())
        a.parties = signingParties(m_db, a.caseId);
    auto trimmed = [](QString& s) { s = s.trimmed(); };
    trimmed(a.facts);
    trimmed(a.disputePoints);
    trimmed(a.terms);
    trimmed(a.performanceManner);
    trimmed(a.performancePlace);
    if (a.amountFen && *a.amountFen < 0)
        return fail(Mediation::tr("An amount cannot be negative."));
    QStringList missing;
    if (a.form == u"written"_s) {
        int named = 0;
        for (const Party& p : std::as_const(a.parties))
            if (!p.name.trimmed().isEmpty())
                ++named;
        if (named < 2)
            missing << Mediation::tr("the particulars of both parties (at least two named parties)");
        if (a.facts.isEmpty())
            missing << Mediation::tr("the main facts of the dispute");
        if (a.disputePoints.isEmpty())
            missing << Mediation::tr("the points in dispute and each party's responsibility");
        if (a.terms.isEmpty())
            missing << Mediation::tr("the terms agreed");
        if (a.performanceManner.isEmpty())
            missing << Mediation::tr("how the terms are performed");
        if (!a.performanceDueOn.isValid())
            missing << Mediation::tr("the deadline for performance");
        if (!missing.isEmpty())
            return fail(Mediation::tr("The written agreement (People's Mediation Law art. 29) lacks: %1.")
                            .arg(missing.join(Mediation::tr("; "))));
        if (a.performanceDueOn < a.effectiveOn)
            return fail(Mediation::tr("The performance deadline %1 is before the agreement takes effect (%2).")
                            .arg(sql::iso(a.performanceDueOn), sql::iso(a.effectiveOn)));
    } else if (a.terms.isEmpty()) {
        return fail(Mediation::tr("Record the content of the oral agreement (People's Mediation Law art. 28)."));
    }
    const int minCopies = int(a.parties.size()) + 1;
    if (a.copies == 0)
        a.copies = minCopies;
    if (a.form == u"written"_s && a.copies < minCopies)
        return fail(
            Mediation::tr("The agreement needs at least %1 copies: one for each of the %2 parties and one kept by the "
                          "mediation committee.")
                .arg(minCopies)
                .arg(a.parties.size()));
    a.mediatorIds.removeAll(QString());
    if (Status st = checkMediators(m_db, a.mediatorIds); !st)
        return fail(st.error());

    Saved saved;
    if (const QString w = personalStatusWarning(c->categoryCode, a.facts + a.disputePoints + a.terms + c->summary);
        !w.isEmpty())
        saved.warnings << w;

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const QString now = utcNow();
    QSqlQuery existing(m_db.sql());
    existing.prepare(u"SELECT id FROM agreements WHERE case_id = ?"_s);
    existing.addBindValue(a.caseId);
    if (!existing.exec())
        return fail(sql::errorText(existing.lastError()));
    const bool isNew = !existing.next();
    a.id = isNew ? newUuid() : existing.value(0).toString();
    QSqlQuery q(m_db.sql());
    const QVariantList common{a.form,
                              a.agreementNo.trimmed(),
                              QString::fromUtf8(QJsonDocument(partiesToJson(a.parties)).toJson(QJsonDocument::Compact)),
                              a.facts,
                              a.disputePoints,
                              a.terms,
                              a.performanceManner,
                              a.performancePlace,
                              a.performanceDueOn.isValid() ? QVariant(sql::iso(a.performanceDueOn))
                                                           : QVariant(QMetaType(QMetaType::QString)),
                              nullableFen(a.amountFen),
                              sql::iso(a.effectiveOn),
                              a.copies,
                              a.mediatorIds.join(u','),
                              actor};
    if (isNew) {
        q.prepare(u"INSERT INTO agreements (form, agreement_no, parties_json, facts, dispute_points, terms, "
                  u"performance_manner, performance_place, performance_due_on, amount_fen, effective_on, copies, "
                  u"mediator_ids, actor, id, case_id, site_code, created_at, updated_at) "
                  u"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        if (Status st = execBound(q, common + QVariantList{a.id, a.caseId, m_db.siteCode(), now, now}); !st)
            return fail(st.error());
    } else {
        q.prepare(u"UPDATE agreements SET form=?, agreement_no=?, parties_json=?, facts=?, dispute_points=?, terms=?, "
                  u"performance_manner=?, performance_place=?, performance_due_on=?, amount_fen=?, effective_on=?, "
                  u"copies=?, mediator_ids=?, actor=?, updated_at=?, row_version = row_version + 1 WHERE id = ?"_s);
        if (Status st = execBound(q, common + QVariantList{now, a.id}); !st)
            return fail(st.error());
    }

    // 人民调解法 art. 33: the parties may jointly apply within 30 days of the agreement taking
    // effect. Only a written agreement can be confirmed, so only it gets the milestone.
    if (a.form == u"written"_s) {
        DeadlineRule rule{
            u"any"_s, u"judicial_confirmation_application"_s, 30, u"calendar"_s, u"agreement_effective"_s, 0,
            QString()};
        bool specific = false; // a rule for this case type wins over an "any" rule
        for (const DeadlineRule& r : loadDeadlineRules(m_db, c->caseType)) {
            if (r.milestone != rule.milestone)
                continue;
            if (r.caseType == c->caseType) {
                rule = r;
                specific = true;
            } else if (!specific) {
                rule = r;
            }
        }
        const DeadlineEngine engine(HolidayCalendar::load(m_db));
        const QDate due = engine.dueDate(a.effectiveOn, rule);
        QSqlQuery m(m_db.sql());
        m.prepare(
            u"INSERT INTO milestones (id, case_id, milestone, counting, days, starts_on, due_on, original_due_on, "
            u"site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
            u"ON CONFLICT (case_id, milestone) DO UPDATE SET counting = excluded.counting, days = excluded.days, "
            u"starts_on = excluded.starts_on, due_on = excluded.due_on, original_due_on = excluded.original_due_on, "
            u"updated_at = excluded.updated_at, row_version = row_version + 1"_s);
        if (Status st =
                execBound(m, {newUuid(), a.caseId, rule.milestone, rule.counting, rule.days, sql::iso(a.effectiveOn),
                              sql::iso(due), sql::iso(due), m_db.siteCode(), now, now});
            !st)
            return fail(st.error());
    }

    QString detail = (a.form == u"written"_s ? Mediation::tr("Written agreement effective %1")
                                             : Mediation::tr("Oral agreement effective %1"))
                         .arg(sql::iso(a.effectiveOn));
    if (a.amountFen)
        detail += Mediation::tr(", amount %1 yuan").arg(money::formatFen(*a.amountFen));
    if (Status st =
            workflow::appendEvent(m_db, a.caseId, actor, isNew ? u"agreement"_s : u"agreement_update"_s, detail);
        !st)
        return fail(st.error());
    if (Status st = workflow::touchCase(m_db, a.caseId); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    saved.id = a.id;
    return saved;
}

std::optional<Agreement> MediationService::agreement(const QString& caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"SELECT id, case_id, form, agreement_no, parties_json, facts, dispute_points, terms, performance_manner, "
        u"performance_place, performance_due_on, amount_fen, effective_on, copies, mediator_ids "
        u"FROM agreements WHERE case_id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Agreement a;
    a.id = q.value(0).toString();
    a.caseId = q.value(1).toString();
    a.form = q.value(2).toString();
    a.agreementNo = q.value(3).toString();
    a.parties = partiesFromJson(q.value(4).toString());
    a.facts = q.value(5).toString();
    a.disputePoints = q.value(6).toString();
    a.terms = q.value(7).toString();
    a.performanceManner = q.value(8).toString();
    a.performancePlace = q.value(9).toString();
    a.performanceDueOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    a.amountFen = fenFrom(q.value(11));
    a.effectiveOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    a.copies = q.value(13).toInt();
    a.mediatorIds = q.value(14).toString().split(u',', Qt::SkipEmptyParts);
    return a;
}

Result<Saved> MediationService::recordJudicialConfirmation(JudicialConfirmation j, const QString& actor)
{
    auto c = mediation::writableCase(m_db, j.caseId);
    if (!c)
        return fail(c.error());
    j.caseId = c->id;
    const auto a = agreement(j.caseId);
    if (!a || a->form != u"written"_s)
        return fail(
            Mediation::tr("Judicial confirmation needs a written mediation agreement. Record the agreement first."));
    if (!j.appliedOn.isValid())
        return fail(Mediation::tr("Enter the date the parties applied to the court."));
    if (j.appliedOn < a->effectiveOn)
        return fail(Mediation::tr("The application date %1 is before the agreement took effect (%2).")
                        .arg(sql::iso(j.appliedOn), sql::iso(a->effectiveOn)));
    if (j.appliedOn > Clock::today())
        return fail(Mediation::tr("The application date %1 is in the future.").arg(sql::iso(j.appliedOn)));
    j.court = j.court.trimmed();
    if (j.court.isEmpty())
        return fail(Mediation::tr("Enter the court the parties applied to."));
    if (!j.result.isEmpty() && j.result != u"granted"_s && j.result != u"refused"_s)
        return fail(Mediation::tr("The court's decision is either granted or refused."));
    if (j.decidedOn.isValid() != !j.result.isEmpty())
        return fail(
            Mediation::tr("Enter both the decision date and the result, or neither while the court has not decided."));
    if (j.decidedOn.isValid() && j.decidedOn < j.appliedOn)
        return fail(Mediation::tr("The decision date %1 is before the application date %2.")
                        .arg(sql::iso(j.decidedOn), sql::iso(j.appliedOn)));

    Saved saved;
    QSqlQuery due(m_db.sql());
    due.prepare(
        u"SELECT due_on FROM milestones WHERE case_id = ? AND milestone = 'judicial_confirmation_application'"_s);
    due.addBindValue(j.caseId);
    if (due.exec() && due.next()) {
        const QDate d = QDate::fromString(due.value(0).toString(), Qt::ISODate);
        if (d.isValid() && j.appliedOn > d)
            saved.warnings << Mediation::tr(
                                  "The application was made after the 30-day period (due %1, People's Mediation Law "
                                  "art. 33); the court may not accept it.")
                                  .arg(sql::iso(d));
    }
    if (const QString w = personalStatusWarning(c->categoryCode, a->facts + a->disputePoints + a->terms + c->summary);
        !w.isEmpty())
        saved.warnings << w;

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO judicial_confirmations (id, case_id, applied_on, court, court_case_no, decided_on, result, "
              u"actor, site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
              u"ON CONFLICT (case_id) DO UPDATE SET applied_on = excluded.applied_on, court = excluded.court, "
              u"court_case_no = excluded.court_case_no, decided_on = excluded.decided_on, result = excluded.result, "
              u"actor = excluded.actor, updated_at = excluded.updated_at, row_version = row_version + 1"_s);
    if (Status st = execBound(
            q, {newUuid(), j.caseId, sql::iso(j.appliedOn), j.court, j.courtCaseNo.trimmed(),
                j.decidedOn.isValid() ? QVariant(sql::iso(j.decidedOn)) : QVariant(QMetaType(QMetaType::QString)),
                sql::nullable(j.result), actor, m_db.siteCode(), now, now});
        !st)
        return fail(st.error());
    QSqlQuery m(m_db.sql());
    m.prepare(u"UPDATE milestones SET met_on = ?, updated_at = ?, row_version = row_version + 1 "
              u"WHERE case_id = ? AND milestone = 'judicial_confirmation_application'"_s);
    if (Status st = execBound(m, {sql::iso(j.appliedOn), now, j.caseId}); !st)
        return fail(st.error());
    QSqlQuery cs(m_db.sql());
    cs.prepare(u"UPDATE cases SET judicial_confirmed = ? WHERE id = ?"_s);
    if (Status st = execBound(
            cs, {j.result.isEmpty() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(j.result == u"granted"_s ? 1 : 0),
                 j.caseId});
        !st)
        return fail(st.error());
    QString detail = Mediation::tr("Judicial confirmation applied %1 at %2").arg(sql::iso(j.appliedOn), j.court);
    if (!j.result.isEmpty())
        detail += j.result == u"granted"_s ? Mediation::tr(", granted %1").arg(sql::iso(j.decidedOn))
                                           : Mediation::tr(", refused %1").arg(sql::iso(j.decidedOn));
    if (Status st = workflow::appendEvent(m_db, j.caseId, actor, u"judicial_confirmation"_s, detail); !st)
        return fail(st.error());
    if (Status st = workflow::touchCase(m_db, j.caseId); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    QSqlQuery id(m_db.sql());
    id.prepare(u"SELECT id FROM judicial_confirmations WHERE case_id = ?"_s);
    id.addBindValue(j.caseId);
    if (id.exec() && id.next())
        saved.id = id.value(0).toString();
    return saved;
}

std::optional<JudicialConfirmation> MediationService::judicialConfirmation(const QString& caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, case_id, applied_on, court, court_case_no, decided_on, result FROM judicial_confirmations "
              u"WHERE case_id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return JudicialConfirmation{
        q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
        q.value(3).toString(), q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate),
        q.value(6).toString()};
}

// ---- performance and follow-up ---------------------------------------------------------------

Result<QString> MediationService::recordPerformance(Performance p, const QString& actor)
{
    auto c = mediation::writableCase(m_db, p.caseId);
    if (!c)
        return fail(c.error());
    p.caseId = c->id;
    if (!p.recordedOn.isValid() || p.recordedOn > Clock::today())
        return fail(Mediation::tr("Enter the date the performance was checked (not in the future)."));
    if (!codes(List::PerformanceState).contains(p.state))
        return fail(Mediation::tr("Choose whether the agreement was performed, partly performed or not performed."));
    if (p.amountFen && *p.amountFen < 0)
        return fail(Mediation::tr("An amount cannot be negative."));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    p.id = newUuid();
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO performances (id, case_id, recorded_on, state, amount_fen, note, actor, site_code, "
              u"created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"_s);
    if (Status st = execBound(q, {p.id, p.caseId, sql::iso(p.recordedOn), p.state, nullableFen(p.amountFen),
                                  p.note.trimmed(), actor, m_db.siteCode(), now, now});
        !st)
        return fail(st.error());
    const QString detail =
        Mediation::tr("Performance %1: %2").arg(sql::iso(p.recordedOn), label(List::PerformanceState, p.state));
    if (Status st = workflow::appendEvent(m_db, p.caseId, actor, u"performance"_s, detail); !st)
        return fail(st.error());
    if (Status st = workflow::touchCase(m_db, p.caseId); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    return p.id;
}

QList<Performance> MediationService::performances(const QString& caseId) const
{
    QList<Performance> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, case_id, recorded_on, state, amount_fen, note FROM performances WHERE case_id = ? "
              u"ORDER BY recorded_on, created_at"_s);
    q.addBindValue(caseId);
    q.exec();
    while (q.next())
        out << Performance{
            q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toString(), fenFrom(q.value(4)),   q.value(5).toString()};
    return out;
}

Result<QString> MediationService::recordFollowup(FollowupVisit f, const QString& actor)
{
    auto c = mediation::writableCase(m_db, f.caseId);
    if (!c)
        return fail(c.error());
    f.caseId = c->id;
    if (!f.visitedOn.isValid())
        return fail(Mediation::tr("Enter the date of the follow-up visit."));
    if (f.visitedOn > Clock::today())
        return fail(Mediation::tr("The follow-up date %1 is in the future.").arg(sql::iso(f.visitedOn)));
    if (c->receivedOn.isValid() && f.visitedOn < c->receivedOn)
        return fail(Mediation::tr("The follow-up date %1 is before the case was received (%2).")
                        .arg(sql::iso(f.visitedOn), sql::iso(c->receivedOn)));
    if (!codes(List::FollowupMethod).contains(f.method))
        return fail(Mediation::tr("Choose how the follow-up was made: phone, home visit or at the center."));
    f.visitor = f.visitor.trimmed();
    if (f.visitor.isEmpty())
        return fail(Mediation::tr("Enter who made the follow-up visit."));
    if (!vocab::isCode(vocab::List::Satisfaction, f.satisfaction))
        return fail(Mediation::tr("\"%1\" is not a satisfaction level. Choose one of: %2.")
                        .arg(f.satisfaction, vocab::codes(vocab::List::Satisfaction).join(u", "_s)));
    if (!f.performed.isEmpty() && !codes(List::PerformanceState).contains(f.performed))
        return fail(Mediation::tr("Choose whether the agreement was performed, partly performed or not performed."));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    f.id = newUuid();
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO followups (id, case_id, visited_on, method, visitor, satisfaction, performed, notes, "
              u"actor, site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    if (Status st = execBound(q, {f.id, f.caseId, sql::iso(f.visitedOn), f.method, f.visitor, f.satisfaction,
                                  sql::nullable(f.performed), f.notes.trimmed(), actor, m_db.siteCode(), now, now});
        !st)
        return fail(st.error());
    // The case's satisfaction is that of its latest visit (a later revisit supersedes).
    QSqlQuery s(m_db.sql());
    s.prepare(u"UPDATE cases SET satisfaction = (SELECT satisfaction FROM followups WHERE case_id = ? "
              u"ORDER BY visited_on DESC, created_at DESC LIMIT 1), updated_at = ?, row_version = row_version + 1 "
              u"WHERE id = ?"_s);
    if (Status st = execBound(s, {f.caseId, now, f.caseId}); !st)
        return fail(st.error());
    const QString detail = Mediation::tr("Follow-up %1 (%2) by %3: %4")
                               .arg(sql::iso(f.visitedOn), label(List::FollowupMethod, f.method), f.visitor,
                                    vocab::label(vocab::List::Satisfaction, f.satisfaction));
    if (Status st = workflow::appendEvent(m_db, f.caseId, actor, u"followup"_s, detail); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    return f.id;
}

QList<FollowupVisit> MediationService::followups(const QString& caseId) const
{
    QList<FollowupVisit> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, case_id, visited_on, method, visitor, satisfaction, performed, notes FROM followups "
              u"WHERE case_id = ? ORDER BY visited_on, created_at"_s);
    q.addBindValue(caseId);
    q.exec();
    while (q.next())
        out << FollowupVisit{
            q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString()};
    return out;
}

bool MediationService::followupRequired(const QString& caseType) const
{
    const bool byDefault = caseType == u"people_mediation"_s || caseType == u"petition"_s;
    const QString v = m_db.setting(u"followup_required."_s + caseType);
    if (v.isEmpty())
        return byDefault;
    return v == u"1"_s || v == u"true"_s;
}

Status MediationService::setFollowupRequired(const QString& caseType, bool required, const QString& actor)
{
    if (!vocab::isCode(vocab::List::CaseType, caseType))
        return fail(Mediation::tr("\"%1\" is not a case type.").arg(caseType));
    if (Status s = requireSetUpRole(m_db, actor); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (Status s = m_db.setSetting(u"followup_required."_s + caseType, required ? u"1"_s : u"0"_s); !s)
        return s;
    if (Status s = appendAudit(m_db, actor, u"setting"_s, u"settings"_s, u"followup_required."_s + caseType,
                               required ? u"1"_s : u"0"_s);
        !s)
        return s;
    return tx.commit();
}

} // namespace ow
