// Agency points and agents, cases registered for a citizen, and an agent's list of changes.
#include "mechanisms/agency.h"

#include "mechanisms/mechanism_support.h"
#include "mediation/attachments.h"
#include "security/audit.h"
#include "storage/sql_values.h"
#include "util/text.h"
#include "validation/identifiers.h"
#include "workflow/case_workflow.h"

#include <QSqlQuery>

namespace ow {
namespace {

using permissions::Action;

const QString kAgencyKind = QStringLiteral("agency_authorization");

QList<AgencyCase> casesWhere(Database& db, const QString& seenAgent, const QString& where, const QVariantList& binds)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT ac.case_id, COALESCE(c.case_no, ''), c.status, c.summary, c.applicant_name, "
                       "ac.agent_id, g.name, p.name, p.level, ac.created_at, COALESCE(ac.citizen_informed_at, ''), "
                       "COALESCE(s.seen_at, ''), COALESCE((SELECT max(at) FROM case_events e WHERE e.case_id = "
                       "ac.case_id), '') FROM agency_cases ac JOIN cases c ON c.id = ac.case_id JOIN agency_agents "
                       "g ON g.id = ac.agent_id JOIN agency_points p ON p.id = ac.point_id LEFT JOIN agency_seen s "
                       "ON s.case_id = ac.case_id AND s.agent_id = ? ") +
        where + QStringLiteral(" ORDER BY ac.created_at DESC, c.case_no DESC"));
    q.addBindValue(seenAgent);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<AgencyCase> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        AgencyCase a;
        int i = 0;
        for (QString* f : {&a.caseId, &a.caseNo, &a.status, &a.summary, &a.applicant, &a.agentId, &a.agentName,
                           &a.pointName, &a.level, &a.registeredAt, &a.citizenInformedAt, &a.seenAt, &a.lastChangeAt})
            *f = q.value(i++).toString();
        a.changed = !seenAgent.isEmpty() && a.lastChangeAt > a.seenAt;
        out << a;
    }
    return out;
}

Status markSeen(Database& db, const QString& agentId, const QString& caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO agency_seen(agent_id, case_id, seen_at) VALUES(?,?,?) ON CONFLICT(agent_id, "
                             "case_id) DO UPDATE SET seen_at = excluded.seen_at"));
    for (const QVariant& v : QVariantList{agentId, caseId, utcNow()})
        q.addBindValue(v);
    return sql::exec(q);
}

} // namespace

AgencyService::AgencyService(Database& db)
    : m_db(db)
{}

QList<AgencyPoint> AgencyService::points() const
{
    QSqlQuery q(m_db.sql());
    q.exec(
        QStringLiteral("SELECT p.id, p.name, p.level, p.division_code, p.address, COALESCE(p.phone, ''), p.active, "
                       "(SELECT count(*) FROM agency_agents g WHERE g.point_id = p.id AND g.active = 1) FROM "
                       "agency_points p ORDER BY CASE p.level WHEN 'county' THEN 0 WHEN 'township' THEN 1 ELSE 2 END, "
                       "p.name"));
    QList<AgencyPoint> out;
    while (q.next())
        out << AgencyPoint{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toBool(),   q.value(7).toInt()};
    return out;
}

Result<AgencyPoint> AgencyService::savePoint(const AgencyPoint& given, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::ReceptionSchedule);
    if (!actor)
        return fail(actor.error());
    AgencyPoint p = given;
    p.name = p.name.trimmed();
    p.divisionCode = mechanisms::notNull(p.divisionCode.trimmed());
    p.address = mechanisms::notNull(p.address.trimmed());
    if (p.name.isEmpty())
        return fail(tr("Enter the name of the agency point."));
    if (!mechanisms::agencyLevels().contains(p.level))
        return fail(tr("Choose the level of the agency point: county, township or village."));
    if (const QStringList problems =
            mechanisms::fieldProblems({{p.name, text::Field::Label, tr("The name")},
                                       {p.address, text::Field::Address, tr("The address")},
                                       {p.phone, text::Field::Number, tr("The phone number")}});
        !problems.isEmpty())
        return fail(problems.first());
    // A point's phone is on the public notice: a phone number or a hotline, as a center's phone.
    if (!p.phone.trimmed().isEmpty()) {
        auto phone = validation::centerPhone(p.phone);
        if (!phone)
            return fail(phone.error());
        p.phone = *phone;
    }
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto id = mechanisms::saveRow(
        m_db, "agency_points",
        {QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("division_code"), QStringLiteral("address"),
         QStringLiteral("phone"), QStringLiteral("active")},
        {p.name, p.level, p.divisionCode, p.address, sql::nullable(p.phone.trimmed()), p.active ? 1 : 0}, p.id);
    if (!id)
        return fail(id.error());
    p.id = *id;
    if (Status s = appendAudit(m_db, actor->login, QStringLiteral("agency_point_saved"), QStringLiteral("agency_point"),
                               p.id, p.name);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return p;
}

QList<Agent> AgencyService::agents(const QString& pointId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT g.id, g.point_id, g.name, COALESCE(g.phone, ''), COALESCE(g.user_login, ''), "
                             "g.active, p.name, p.level FROM agency_agents g JOIN agency_points p ON p.id = g.point_id "
                             "WHERE ? = '' OR g.point_id = ? ORDER BY p.name, g.name"));
    // A null QString binds as NULL, for which "? = ''" is never true: bind "" for "every point".
    q.addBindValue(mechanisms::notNull(pointId));
    q.addBindValue(mechanisms::notNull(pointId));
    QList<Agent> out;
    if (q.exec())
        while (q.next())
            out << Agent{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toBool(),   q.value(6).toString(), q.value(7).toString()};
    return out;
}

Result<Agent> AgencyService::saveAgent(const Agent& given, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::ReceptionSchedule);
    if (!actor)
        return fail(actor.error());
    Agent a = given;
    a.name = a.name.trimmed();
    a.userLogin = a.userLogin.trimmed();
    if (a.name.isEmpty())
        return fail(tr("Enter the agent's name."));
    if (const QStringList problems = mechanisms::fieldProblems(
            {{a.name, text::Field::Name, tr("The name")}, {a.phone, text::Field::Number, tr("The phone number")}});
        !problems.isEmpty())
        return fail(problems.first());
    if (!a.phone.trimmed().isEmpty()) {
        auto phone = validation::phone(a.phone);
        if (!phone)
            return fail(phone.error());
        a.phone = *phone;
    }
    if (!a.userLogin.isEmpty())
        if (auto account = actorFor(m_db, a.userLogin); !account)
            return fail(tr("The account %1 is not an active user here.").arg(text::visible(a.userLogin)));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM agency_points WHERE id = ? AND active = 1"));
    q.addBindValue(a.pointId);
    if (!q.exec() || !q.next())
        return fail(tr("Choose the agency point the agent works at."));
    auto id = mechanisms::saveRow(
        m_db, "agency_agents",
        {QStringLiteral("point_id"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("user_login"),
         QStringLiteral("active")},
        {a.pointId, a.name, sql::nullable(a.phone.trimmed()), sql::nullable(a.userLogin), a.active ? 1 : 0}, a.id);
    if (!id)
        return fail(id.error());
    a.id = *id;
    if (Status s = appendAudit(m_db, actor->login, QStringLiteral("agent_saved"), QStringLiteral("agency_agent"), a.id,
                               a.name);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return a;
}

QString AgencyService::agentOfLogin(const QString& login) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM agency_agents WHERE user_login = ? AND active = 1 ORDER BY created_at"));
    q.addBindValue(login);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<QString> AgencyService::agentActingAs(const QString& agentId, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::ActAsAgent);
    if (!actor)
        return fail(actor.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name, COALESCE(user_login, ''), active FROM agency_agents WHERE id = ?"));
    q.addBindValue(agentId);
    if (!q.exec() || !q.next())
        return fail(tr("Choose the agent."));
    if (!q.value(2).toBool())
        return fail(tr("%1 is no longer an active agent.").arg(q.value(0).toString()));
    if (!actor->isSupervisor() && q.value(1).toString() != actor->login)
        return fail(tr("You act for your own agent record only; %1 is another agent. A supervisor may act for any "
                       "agent.")
                        .arg(q.value(0).toString()));
    return actor->login;
}

Status AgencyService::registerForCitizen(const QString& caseKey, const QString& agentId, const QString& fileName,
                                         const QByteArray& authorization, const QString& actorLogin)
{
    auto acting = agentActingAs(agentId, actorLogin);
    if (!acting)
        return fail(acting.error());
    if (authorization.isEmpty())
        return fail(tr("Attach the citizen's signed authorisation (代办委托书), scanned as PDF, JPEG or PNG."));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT g.name FROM agency_cases ac JOIN agency_agents g ON g.id = ac.agent_id WHERE "
                             "ac.case_id = ?"));
    q.addBindValue(c->id);
    if (q.exec() && q.next())
        return fail(tr("%1 already carries this case for the citizen.").arg(q.value(0).toString()));
    q.prepare(QStringLiteral("SELECT g.name, g.point_id, p.name FROM agency_agents g JOIN agency_points p ON p.id = "
                             "g.point_id WHERE g.id = ?"));
    q.addBindValue(agentId);
    if (!q.exec() || !q.next())
        return fail(tr("Choose the agent."));
    const QString agentName = q.value(0).toString(), pointId = q.value(1).toString(), pointName = q.value(2).toString();
    auto attached = AttachmentService(m_db).add(c->id, tr("Authorisation of %1").arg(c->applicantName()), kAgencyKind,
                                                fileName, authorization, *acting);
    if (!attached)
        return fail(attached.error());
    const QString now = utcNow();
    q.prepare(QStringLiteral("INSERT INTO agency_cases(id, case_id, agent_id, point_id, authorization_id, actor, "
                             "site_code, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v :
         QVariantList{newUuid(), c->id, agentId, pointId, attached->id, *acting, m_db.siteCode(), now, now})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    if (Status s = workflow::appendEvent(m_db, c->id, *acting, QStringLiteral("agency_registered"),
                                         tr("Carried for the citizen by agent %1 (%2)").arg(agentName, pointName));
        !s)
        return s;
    if (Status s = markSeen(m_db, agentId, c->id); !s)
        return s;
    return tx.commit();
}

Result<QList<AgencyCase>> AgencyService::casesOfAgent(const QString& agentId, const QString& actorLogin, bool seen)
{
    auto acting = agentActingAs(agentId, actorLogin);
    if (!acting)
        return fail(acting.error());
    QList<AgencyCase> list = casesWhere(m_db, agentId, QStringLiteral("WHERE ac.agent_id = ?"), {agentId});
    QSqlQuery q(m_db.sql());
    for (AgencyCase& a : list) {
        if (!a.changed)
            continue;
        q.prepare(QStringLiteral("SELECT at, detail FROM case_events WHERE case_id = ? AND at > ? ORDER BY at"));
        q.addBindValue(a.caseId);
        q.addBindValue(a.seenAt);
        if (q.exec())
            while (q.next())
                a.changes << QStringLiteral("%1 %2").arg(q.value(0).toString().left(10), q.value(1).toString());
    }
    if (seen && !list.isEmpty()) {
        WriteTransaction tx(m_db);
        if (!tx.active())
            return fail(tx.error());
        for (const AgencyCase& a : list)
            if (Status s = markSeen(m_db, agentId, a.caseId); !s)
                return fail(s.error());
        if (Status s = tx.commit(); !s)
            return fail(s.error());
    }
    return list;
}

QList<AgencyCase> AgencyService::allCases(const QString& level) const
{
    return casesWhere(m_db, {}, QStringLiteral("WHERE ? = '' OR p.level = ?"),
                      {mechanisms::notNull(level), mechanisms::notNull(level)});
}

Status AgencyService::recordCitizenInformed(const QString& caseKey, const QString& note, const QString& actorLogin)
{
    auto checked = mechanisms::noteText(note);
    if (!checked)
        return fail(checked.error());
    const QString text = *checked;
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT agent_id FROM agency_cases WHERE case_id = ?"));
    q.addBindValue(c->id);
    if (!q.exec() || !q.next())
        return fail(tr("No agent carries this case."));
    const QString agentId = q.value(0).toString();
    auto acting = agentActingAs(agentId, actorLogin);
    if (!acting)
        return fail(acting.error());
    const QString now = utcNow();
    q.prepare(QStringLiteral("UPDATE agency_cases SET citizen_informed_at = ?, row_version = row_version + 1, "
                             "updated_at = ? WHERE case_id = ?"));
    for (const QVariant& v : QVariantList{now, now, c->id})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    if (Status s =
            workflow::appendEvent(m_db, c->id, *acting, QStringLiteral("agent_informed"),
                                  text.isEmpty() ? tr("The agent told the citizen of the progress")
                                                 : tr("The agent told the citizen of the progress: %1").arg(text));
        !s)
        return s;
    if (Status s = markSeen(m_db, agentId, c->id); !s)
        return s;
    return tx.commit();
}

} // namespace ow
