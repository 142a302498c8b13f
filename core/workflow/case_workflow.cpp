// The status machine: transition table, refusals, and the transaction of each transition.
#include "workflow/case_workflow.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "security/audit.h"
#include "storage/case_store.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"
#include "workflow/case_events.h"
#include "workflow/case_numbers.h"
#include "workflow/deadlines.h"
#include "workflow/transitions.h"

#include "storage/sql_values.h"
#include "util/clock.h"
#include "util/text.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ow {
namespace {

QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QString statusLabel(const QString& s)
{
    return vocab::label(vocab::List::Status, s);
}

// A refusal that says what stands in the way, in the words a clerk uses.
QString refusal(const CaseRecord& c, const QString& command)
{
    const QString st = c.status;
    if (hasStatus(st, CaseStatus::Merged))
        return CaseWorkflow::tr("The case was merged into another case; work on that case instead.");
    if (vocab::isTerminalStatus(st) && command != QLatin1String("reopen"))
        return CaseWorkflow::tr("The case is \"%1\"; only a supervisor can reopen it.").arg(statusLabel(st));
    if (command == QLatin1String("close")) {
        if (c.leadDepartmentCode.isEmpty())
            return CaseWorkflow::tr("The case cannot be closed: it has not been assigned to a department yet.");
        if (hasStatus(st, CaseStatus::Suspended))
            return CaseWorkflow::tr("The case cannot be closed while it is suspended: resume it first.");
        return CaseWorkflow::tr("The case cannot be closed: no response has reached the applicant yet "
                                "(record the response first).");
    }
    if (command == QLatin1String("respond")) {
        if (c.leadDepartmentCode.isEmpty())
            return CaseWorkflow::tr(
                "A response cannot be recorded: the case has not been assigned to a department yet.");
        return CaseWorkflow::tr("A response can only be recorded while the case is in progress (now \"%1\").")
            .arg(statusLabel(st));
    }
    if (command == QLatin1String("assign")) {
        if (hasStatus(st, CaseStatus::Reported))
            return CaseWorkflow::tr("The case must be accepted (filed) before it is assigned to a department.");
        return CaseWorkflow::tr("The case already has a lead department; transfer it instead.");
    }
    if (command == QLatin1String("accept"))
        return CaseWorkflow::tr("The case has already been accepted.");
    if (command == QLatin1String("reject"))
        return CaseWorkflow::tr("Only a case that has not been accepted yet can be rejected (now \"%1\").")
            .arg(statusLabel(st));
    if (command == QLatin1String("start"))
        return CaseWorkflow::tr("Handling can only start once the case is assigned (now \"%1\").").arg(statusLabel(st));
    if (command == QLatin1String("suspend"))
        return CaseWorkflow::tr("Only an assigned case or a case in progress can be suspended (now \"%1\").")
            .arg(statusLabel(st));
    if (command == QLatin1String("resume"))
        return CaseWorkflow::tr("The case is not suspended.");
    if (command == QLatin1String("reopen"))
        return CaseWorkflow::tr("Only a closed, escalated, withdrawn or rejected case can be reopened.");
    if (command == QLatin1String("escalate"))
        return CaseWorkflow::tr("A case that is \"%1\" cannot be escalated.").arg(statusLabel(st));
    return CaseWorkflow::tr("A case that is \"%1\" cannot be changed this way (%2).").arg(statusLabel(st), command);
}

using sql::exec;
using sql::iso;
using workflow::isCommand;
using workflow::transitionFor;

} // namespace

namespace workflow {

Result<CaseRecord> loadCase(Database& db, const QString& key)
{
    auto c = CaseStore(db).load(key);
    if (!c || !db.isServer())
        return c; // on SQLite the write transaction holds the file's only write lock
    // On a server another desk may change the case between this read and this transaction's write
    // (READ COMMITTED): the row is locked until the commit, and read again if it moved meanwhile,
    // so the caller's row_version check sees what its write will overwrite.
    const auto version = lockCaseRow(db, c->id);
    if (!version)
        return fail(version.error());
    if (*version && **version != c->rowVersion)
        return CaseStore(db).load(c->id);
    return c;
}

Result<CaseRecord> commitAndReload(Database& db, WriteTransaction& tx, const QString& caseId)
{
    auto reloaded = loadCase(db, caseId);
    if (!reloaded)
        return reloaded;
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return reloaded;
}

} // namespace workflow

CaseWorkflow::CaseWorkflow(Database& db)
    : m_db(db)
{}

QStringList CaseWorkflow::commands()
{
    return workflow::transitionCommands();
}

QString CaseWorkflow::targetOf(const QString& command, const QString& from)
{
    const workflow::Transition* t = transitionFor(command, from);
    return t && t->to ? QString(statusCode(*t->to)) : QString();
}

bool CaseWorkflow::supervisorOnly(const QString& command, const QString& from)
{
    const workflow::Transition* t = transitionFor(command, from);
    return t && t->supervisorOnly;
}

Status CaseWorkflow::canApply(const CaseRecord& c, const QString& command)
{
    if (!isCommand(command))
        return fail(tr("Unknown action \"%1\"; use one of: %2.").arg(command, commands().join(QStringLiteral(", "))));
    if (!transitionFor(command, c.status))
        return fail(refusal(c, command));
    return {};
}

QStringList CaseWorkflow::closeRequirements(const CaseRecord& c)
{
    if (transitionFor(QStringLiteral("close"), c.status))
        return {};
    if (hasStatus(c.status, CaseStatus::Merged) || vocab::isTerminalStatus(c.status))
        return {refusal(c, QStringLiteral("close"))};
    QStringList out;
    if (c.leadDepartmentCode.isEmpty())
        out << tr("a lead department (route the case at triage)");
    if (hasStatus(c.status, CaseStatus::Suspended))
        out << tr("resuming the suspended case");
    out << tr("the reply to the applicant (record the response first)");
    return out;
}

// Walks the transition table (workflow/transitions.cpp): the checks every step shares, the row's
// required reason, the row's own writes, then the status, the timeline and audit entry, the version.
Result<CaseRecord> CaseWorkflow::apply(const TransitionRequest& r)
{
    auto actor = actorFor(m_db, r.actor);
    if (!actor)
        return fail(actor.error());
    const QDate on = r.on.isValid() ? r.on : Clock::today();
    // The timeline keeps the reason as typed: no control or direction characters, within the limit.
    if (const QString p = text::fieldProblem(r.reason, text::Field::Text, tr("The reason")); !p.isEmpty())
        return fail(p);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto loaded = workflow::loadCase(m_db, r.caseKey);
    if (!loaded)
        return fail(loaded.error());
    CaseRecord c = *loaded;
    if (r.expectedRowVersion > 0 && c.rowVersion != r.expectedRowVersion)
        return fail(workflow::changedMeanwhile(m_db, c));
    if (Status s = canApply(c, r.command); !s)
        return fail(s.error());
    const workflow::Transition* step = transitionFor(r.command, c.status);
    if (step->supervisorOnly && !actor->isSupervisor())
        return fail(tr("Only a supervisor may do this (you are signed in as \"%1\").").arg(actor->displayName));
    const QString reason = r.reason.trimmed();
    if (on < c.receivedOn)
        return fail(tr("The date %1 is before the case was received (%2).")
                        .arg(on.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate)));
    if (step->reasonFor && reason.isEmpty())
        return fail(tr("Write down the reason %1.").arg(tr(step->reasonFor)));

    const QString from = c.status;
    workflow::StepOutput out{step->to ? QString(statusCode(*step->to)) : QString(), {}, {}};
    if (Status s = step->write(workflow::StepInput{m_db, r, *actor, c, on, reason, from}, out); !s)
        return fail(s.error());
    out.set << qMakePair(L("status"), QVariant(out.to));
    if (Status s = workflow::updateCase(m_db, c.id, out.set); !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, c.id); !s)
        return fail(s.error());
    if (Status s = search::syncPending(m_db); !s)
        return fail(s.error());
    // The event and its audit entry last: on a server the entry takes the audit chain's lock, which
    // every desk's saves wait for until this transaction commits (security/audit.cpp).
    const QString transition = statusLabel(from) + QStringLiteral(" → ") + statusLabel(out.to);
    if (Status s =
            workflow::appendEvent(m_db, c.id, actor->login, r.command, transition + QStringLiteral("；") + out.detail);
        !s)
        return fail(s.error());
    return workflow::commitAndReload(m_db, tx, c.id);
}

Result<CaseRecord> CaseWorkflow::extend(const QString& caseKey, const QString& actorLogin, const QString& reason)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (!actor->isSupervisor())
        return fail(tr("Only a supervisor may extend a deadline."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Write down the reason for the extension; the applicant is told it."));
    if (const QString p = text::fieldProblem(reason, text::Field::Text, tr("The reason")); !p.isEmpty())
        return fail(p);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (vocab::isTerminalStatus(c->status))
        return fail(tr("The case is \"%1\"; there is no deadline left to extend.").arg(statusLabel(c->status)));
    const Milestone* handling = nullptr;
    for (const Milestone& m : c->milestones)
        if (m.milestone == QLatin1String("handling"))
            handling = &m;
    if (!handling || handling->metOn.isValid())
        return fail(tr("The case has no open handling deadline to extend."));
    if (handling->extendedDays > 0)
        return fail(tr("The handling deadline was already extended once (by %n day(s)); it cannot be extended "
                       "again.",
                       nullptr, handling->extendedDays));
    DeadlineRule rule;
    for (const DeadlineRule& r : loadDeadlineRules(m_db, c->caseType))
        if (r.milestone == QLatin1String("handling") && r.caseType == c->caseType)
            rule = r;
    if (rule.milestone.isEmpty())
        return fail(tr("There is no handling rule for this case type."));
    DeadlineEngine engine(HolidayCalendar::load(m_db));
    auto due = engine.extended(handling->dueOn, rule);
    if (!due)
        return fail(due.error());
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("UPDATE milestones SET due_on = ?, extended_days = ?, extension_reason = ?, updated_at = ?, "
                       "row_version = row_version + 1 WHERE case_id = ? AND milestone = 'handling'"));
    for (const QVariant& v : QVariantList{iso(*due), rule.extensionDays, reason.trimmed(), utcNow(), c->id})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return fail(s.error());
    if (Status s = workflow::updateCase(m_db, c->id, {{L("due_on"), iso(*due)}}); !s)
        return fail(s.error());
    if (Status s = workflow::appendEvent(
            m_db, c->id, actor->login, QStringLiteral("extend"),
            tr("Handling deadline extended by %n day(s) from %1 to %2: %3", nullptr, rule.extensionDays)
                .arg(iso(handling->dueOn), iso(*due), reason.trimmed()));
        !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, c->id); !s)
        return fail(s.error());
    return workflow::commitAndReload(m_db, tx, c->id);
}

Result<CaseRecord> CaseWorkflow::setSupervision(const QString& caseKey, const QString& actorLogin, bool on,
                                                const QString& note)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (!actor->isSupervisor())
        return fail(tr("Only a supervisor may put a case under supervision."));
    if (on && note.trimmed().isEmpty())
        return fail(tr("Write a supervision note: what must happen, by when."));
    if (const QString p = text::fieldProblem(note, text::Field::Text, tr("The note")); !p.isEmpty())
        return fail(p);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (on && vocab::isTerminalStatus(c->status))
        return fail(tr("The case is \"%1\"; there is nothing left to supervise.").arg(statusLabel(c->status)));
    const QVariant null{QMetaType(QMetaType::QString)};
    if (Status s = workflow::updateCase(m_db, c->id,
                                        {{L("supervised"), on ? 1 : 0},
                                         {L("supervision_note"), on ? QVariant(note.trimmed()) : null},
                                         {L("supervised_at"), on ? QVariant(utcNow()) : null}});
        !s)
        return fail(s.error());
    if (Status s = workflow::appendEvent(m_db, c->id, actor->login, on ? L("supervise") : L("unsupervise"),
                                         on ? tr("Put under supervision: %1").arg(note.trimmed())
                                            : tr("Supervision ended") + (note.trimmed().isEmpty()
                                                                             ? QString()
                                                                             : QStringLiteral("：") + note.trimmed()));
        !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, c->id); !s)
        return fail(s.error());
    return workflow::commitAndReload(m_db, tx, c->id);
}

Result<CaseRecord> CaseWorkflow::addNote(const QString& caseKey, const QString& actorLogin, const QString& note)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    const QString text = note.trimmed();
    if (text.isEmpty())
        return fail(tr("Write down what was found or done."));
    if (const QString p = text::fieldProblem(text, text::Field::Text, tr("The note")); !p.isEmpty())
        return fail(p);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (vocab::isTerminalStatus(c->status))
        return fail(tr("The case is \"%1\" and can no longer be changed; a supervisor can reopen it.")
                        .arg(statusLabel(c->status)));
    if (Status s = workflow::appendEvent(m_db, c->id, actor->login, L("note"), text); !s)
        return fail(s.error());
    return workflow::commitAndReload(m_db, tx, c->id);
}

} // namespace ow
