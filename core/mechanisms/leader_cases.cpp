// Leader assignments, their progress notes and the backlog list.
#include "mechanisms/leader_cases.h"

#include "domain/vocabulary.h"
#include "mechanisms/mechanism_support.h"
#include "storage/sql_dialect.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "util/text.h"
#include "workflow/case_workflow.h"

#include <QSqlQuery>

namespace ow {
namespace {

using permissions::Action;

// Open: a status that is not terminal (vocabulary.md), as SQL over the alias c.
const QString kOpen = QStringLiteral("c.status NOT IN ('closed','escalated','withdrawn','rejected','merged')");

QList<LeaderAssignment> assignmentsWhere(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT a.id, a.case_id, COALESCE(c.case_no, ''), c.status, c.summary, c.applicant_name, "
                       "a.leader_id, l.name, "
                       "l.position, a.duties, a.target_on, a.assigned_on, COALESCE(a.ended_on, ''), a.state, "
                       "a.assigned_by, a.end_note FROM leader_assignments a JOIN cases c ON c.id = a.case_id JOIN "
                       "leaders l ON l.id = a.leader_id ") +
        where + QStringLiteral(" ORDER BY a.assigned_on DESC, a.created_at DESC, ") +
        sql::Dialect::of(db).writtenOrder(QStringLiteral("a")) + QStringLiteral(" DESC")); // ties: the later first
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<LeaderAssignment> out;
    if (!q.exec())
        return out;
    const QDate today = Clock::today();
    while (q.next()) {
        LeaderAssignment a;
        int i = 0;
        a.id = q.value(i++).toString();
        a.caseId = q.value(i++).toString();
        a.caseNo = q.value(i++).toString();
        a.caseStatus = q.value(i++).toString();
        a.summary = q.value(i++).toString();
        a.applicant = q.value(i++).toString();
        a.leaderId = q.value(i++).toString();
        a.leaderName = q.value(i++).toString();
        a.leaderPosition = q.value(i++).toString();
        a.duties = q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        a.targetOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
        a.assignedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
        a.endedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
        a.state = q.value(i++).toString();
        a.assignedBy = q.value(i++).toString();
        a.endNote = q.value(i++).toString();
        a.pastTarget = a.state == u"active" && a.targetOn < today;
        out << a;
    }
    return out;
}

} // namespace

LeaderCaseService::LeaderCaseService(Database& db)
    : m_db(db)
{}

Result<LeaderAssignment> LeaderCaseService::assign(const QString& caseKey, const QString& leaderId,
                                                   const QStringList& duties, const QDate& targetOn,
                                                   const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::AssignLeader);
    if (!actor)
        return fail(actor.error());
    if (duties.isEmpty())
        return fail(tr("Choose at least one duty of the leader: investigate, handle, resolve, keep stable."));
    QStringList ordered;
    for (const QString& d : mechanisms::duties())
        if (duties.contains(d))
            ordered << d;
    for (const QString& d : duties)
        if (!mechanisms::duties().contains(d))
            return fail(tr("\"%1\" is not a duty; the duties are investigate, handle, resolve and stabilize.")
                            .arg(text::visible(d)));
    if (!targetOn.isValid())
        return fail(tr("Enter the date by which the leader should have resolved the case."));
    if (targetOn < Clock::today())
        return fail(tr("The target date %1 has passed; choose today or a later date.")
                        .arg(i18n::locale().toString(targetOn, QLocale::LongFormat)));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (vocab::isTerminalStatus(c->status))
        return fail(tr("The case is \"%1\"; a leader takes charge of open cases only.")
                        .arg(vocab::label(vocab::List::Status, c->status)));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name, position, active FROM leaders WHERE id = ?"));
    q.addBindValue(leaderId);
    if (!q.exec() || !q.next())
        return fail(tr("Choose the leader who takes charge of the case."));
    const QString name = q.value(0).toString(), position = q.value(1).toString();
    if (!q.value(2).toBool())
        return fail(tr("%1 is no longer an active leader here.").arg(name));
    const QList<LeaderAssignment> current =
        assignmentsWhere(m_db, QStringLiteral("WHERE a.case_id = ? AND a.state = 'active'"), {c->id});
    if (!current.isEmpty())
        return fail(tr("%1 %2 already has charge of this case; end that assignment first.")
                        .arg(current.first().leaderPosition, current.first().leaderName));
    const QString id = newUuid(), now = utcNow();
    q.prepare(QStringLiteral("INSERT INTO leader_assignments(id, case_id, leader_id, duties, target_on, assigned_on, "
                             "assigned_by, site_code, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : QVariantList{id, c->id, leaderId, ordered.join(QLatin1Char(',')), sql::iso(targetOn),
                                          sql::iso(Clock::today()), actor->login, m_db.siteCode(), now, now})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return fail(s.error());
    QStringList dutyLabels;
    for (const QString& d : ordered)
        dutyLabels << mechanisms::dutyLabel(d);
    const QString detail = tr("Leader in charge: %1 %2 (%3), target date %4")
                               .arg(position, name, dutyLabels.join(QStringLiteral("、")), sql::iso(targetOn));
    if (Status s = workflow::appendEvent(m_db, c->id, actor->login, QStringLiteral("leader_assigned"), detail); !s)
        return fail(s.error());
    const QList<LeaderAssignment> made = assignmentsWhere(m_db, QStringLiteral("WHERE a.id = ?"), {id});
    if (made.isEmpty())
        return fail(tr("The assignment could not be read back."));
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return made.first();
}

Status LeaderCaseService::addProgress(const QString& caseKey, const QString& note, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::LeaderProgress);
    if (!actor)
        return fail(actor.error());
    auto text = mechanisms::noteText(note, tr("Write down what the leader did or decided."));
    if (!text)
        return fail(text.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto current = activeAssignment(caseKey, tr("No leader has charge of this case; a supervisor assigns one first."));
    if (!current)
        return fail(current.error());
    if (Status s = workflow::appendEvent(m_db, current->caseId, actor->login, QStringLiteral("leader_progress"),
                                         tr("Leader %1: %2").arg(current->leaderName, *text));
        !s)
        return s;
    return tx.commit();
}

Status LeaderCaseService::end(const QString& caseKey, bool resolved, const QString& note, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::AssignLeader);
    if (!actor)
        return fail(actor.error());
    auto text = mechanisms::noteText(note, tr("Write down how the leader's charge of the case ended."));
    if (!text)
        return fail(text.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto current = activeAssignment(caseKey, tr("No leader has charge of this case."));
    if (!current)
        return fail(current.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE leader_assignments SET state = ?, ended_on = ?, end_note = ?, row_version = "
                             "row_version + 1, updated_at = ? WHERE id = ?"));
    for (const QVariant& v : QVariantList{resolved ? QStringLiteral("resolved") : QStringLiteral("ended"),
                                          sql::iso(Clock::today()), *text, utcNow(), current->id})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    const QString detail =
        (resolved ? tr("Leader %1's charge ended, resolved: %2") : tr("Leader %1's charge ended, not resolved: %2"))
            .arg(current->leaderName, *text);
    if (Status s = workflow::appendEvent(m_db, current->caseId, actor->login, QStringLiteral("leader_ended"), detail);
        !s)
        return s;
    return tx.commit();
}

Result<LeaderAssignment> LeaderCaseService::activeAssignment(const QString& caseKey, const QString& noneMessage) const
{
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    const QList<LeaderAssignment> current =
        assignmentsWhere(m_db, QStringLiteral("WHERE a.case_id = ? AND a.state = 'active'"), {c->id});
    if (current.isEmpty())
        return fail(noneMessage);
    return current.first();
}

QList<LeaderAssignment> LeaderCaseService::list(bool activeOnly) const
{
    return assignmentsWhere(m_db, activeOnly ? QStringLiteral("WHERE a.state = 'active'") : QString(), {});
}

QList<BacklogCase> LeaderCaseService::backlog() const
{
    // Rule 5 of docs/leaders-and-agency.md: open and past the handling deadline, or repeated — a
    // repeat visit about this case, or an applicant (same ID number; without one, same name and phone)
    // of another case of the same category received in the 365 days before it.
    const QString otherCase =
        QStringLiteral("JOIN cases c2 ON c2.id = p2.case_id WHERE p.case_id = c.id AND p.role = 'applicant' AND "
                       "p2.role = 'applicant' AND c2.id <> c.id AND c2.status <> 'merged' AND c2.category_code = "
                       "c.category_code AND c2.received_on >= ") +
        sql::Dialect::of(m_db).addDays(QStringLiteral("c.received_on"), -365) +
        QStringLiteral(" AND (c2.received_on < c.received_on OR (c2.received_on = c.received_on AND c2.created_at < "
                       "c.created_at))");
    const QString repeated =
        QStringLiteral("(c.visit_count >= 2 OR EXISTS (SELECT 1 FROM parties p JOIN parties p2 ON p2.id_number = "
                       "p.id_number ") +
        otherCase +
        QStringLiteral(") OR EXISTS (SELECT 1 FROM parties p JOIN parties p2 ON p.id_number IS NULL AND p2.id_number "
                       "IS NULL AND p2.name = p.name AND p2.phone = p.phone ") +
        otherCase + QStringLiteral("))");
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT * FROM (SELECT c.id, COALESCE(c.case_no, ''), c.status, c.summary, "
                       "c.applicant_name, c.received_on, COALESCE(c.due_on, ''), (c.due_on IS NOT NULL AND "
                       "c.due_on < ?) AS overdue, ") +
        repeated +
        QStringLiteral(" AS repeated, COALESCE(l.name, '') FROM cases c LEFT JOIN leader_assignments a ON "
                       "a.case_id = c.id AND a.state = 'active' LEFT JOIN leaders l ON l.id = a.leader_id WHERE ") +
        kOpen + QStringLiteral(") backlog WHERE overdue OR repeated ORDER BY 6, 1")); // PostgreSQL names every subquery
    q.addBindValue(sql::iso(Clock::today()));
    QList<BacklogCase> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << BacklogCase{q.value(0).toString(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString(),
                           QDate::fromString(q.value(5).toString(), Qt::ISODate),
                           QDate::fromString(q.value(6).toString(), Qt::ISODate),
                           q.value(7).toBool(),
                           q.value(8).toBool(),
                           q.value(9).toString()};
    return out;
}

} // namespace ow
