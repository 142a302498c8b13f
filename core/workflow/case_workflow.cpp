// The status machine: transition table, refusals, and the transaction of each transition.
#include "workflow/case_workflow.h"

#include "domain/vocabulary.h"
#include "security/audit.h"
#include "storage/case_store.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"
#include "workflow/case_numbers.h"
#include "workflow/deadlines.h"

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

struct Edge
{
    const char* command;
    const char* from;
    const char* to; // "" = depends on the case (resume, reopen)
    bool supervisorOnly;
};

// The table documented in case_workflow.h.
constexpr Edge kEdges[] = {
    {"accept", "reported", "filed", false},
    {"reject", "reported", "rejected", false},
    {"merge", "reported", "merged", true},
    {"withdraw", "reported", "withdrawn", false},
    {"assign", "filed", "assigned", false},
    {"escalate", "filed", "escalated", false},
    {"merge", "filed", "merged", true},
    {"withdraw", "filed", "withdrawn", false},
    {"start", "assigned", "in_progress", false},
    {"suspend", "assigned", "suspended", false},
    {"escalate", "assigned", "escalated", false},
    {"merge", "assigned", "merged", true},
    {"withdraw", "assigned", "withdrawn", false},
    {"respond", "in_progress", "responded", false},
    {"suspend", "in_progress", "suspended", false},
    {"escalate", "in_progress", "escalated", false},
    {"merge", "in_progress", "merged", true},
    {"withdraw", "in_progress", "withdrawn", false},
    {"close", "responded", "closed", false},
    {"return", "responded", "in_progress", false},
    {"resume", "suspended", "", false},
    {"escalate", "suspended", "escalated", false},
    {"withdraw", "suspended", "withdrawn", false},
    {"reopen", "closed", "in_progress", true},
    {"reopen", "escalated", "", true},
    {"reopen", "withdrawn", "", true},
    {"reopen", "rejected", "", true},
};

const Edge* edgeFor(const QString& command, const QString& from)
{
    for (const Edge& e : kEdges)
        if (command == L(e.command) && from == L(e.from))
            return &e;
    return nullptr;
}

bool isCommand(const QString& command)
{
    for (const Edge& e : kEdges)
        if (command == L(e.command))
            return true;
    return false;
}

QString statusLabel(const QString& s)
{
    return vocab::label(vocab::List::Status, s);
}

// A refusal that says what stands in the way, in the words a clerk uses.
QString refusal(const CaseRecord& c, const QString& command)
{
    const QString st = c.status;
    if (st == L(vocab::status::merged))
        return CaseWorkflow::tr("The case was merged into another case; work on that case instead.");
    if (vocab::isTerminalStatus(st) && command != QLatin1String("reopen"))
        return CaseWorkflow::tr("The case is \"%1\"; only a supervisor can reopen it.").arg(statusLabel(st));
    if (command == QLatin1String("close")) {
        if (c.leadDepartmentCode.isEmpty())
            return CaseWorkflow::tr("The case cannot be closed: it has not been assigned to a department yet.");
        if (st == L(vocab::status::suspended))
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
        if (st == L(vocab::status::reported))
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

QString siteResolutionLevel(Database& db)
{
    const QString level = db.setting(QStringLiteral("site_level"), QStringLiteral("county"));
    return vocab::isCode(vocab::List::ResolutionLevel, level) ? level : QStringLiteral("county");
}

using sql::exec;
using sql::iso;
using sql::nullable;

} // namespace

namespace workflow {

Status updateCase(Database& db, const QString& id, const QList<QPair<QString, QVariant>>& values)
{
    QStringList sets;
    for (const auto& v : values)
        sets << v.first + QStringLiteral(" = ?");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const auto& v : values)
        q.addBindValue(v.second);
    q.addBindValue(id);
    return exec(q);
}

Status appendEvent(Database& db, const QString& caseId, const QString& actor, const QString& action,
                   const QString& detail)
{
    const QString now = utcNow();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO case_events(id, case_id, at, actor, action, detail, site_code, created_at, "
                             "updated_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : QVariantList{newUuid(), caseId, now, actor, action, detail, db.siteCode(), now, now})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    return appendAudit(db, actor, action, QStringLiteral("case"), caseId, detail);
}

Status touchCase(Database& db, const QString& caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET row_version = row_version + 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(utcNow());
    q.addBindValue(caseId);
    return exec(q);
}

Result<CaseRecord> loadCase(Database& db, const QString& key)
{
    return CaseStore(db).load(key);
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
    QStringList out;
    for (const Edge& e : kEdges)
        if (!out.contains(L(e.command)))
            out << L(e.command);
    return out;
}

QString CaseWorkflow::targetOf(const QString& command, const QString& from)
{
    const Edge* e = edgeFor(command, from);
    return e ? L(e->to) : QString();
}

bool CaseWorkflow::supervisorOnly(const QString& command, const QString& from)
{
    const Edge* e = edgeFor(command, from);
    return e && e->supervisorOnly;
}

Status CaseWorkflow::canApply(const CaseRecord& c, const QString& command)
{
    if (!isCommand(command))
        return fail(tr("Unknown action \"%1\"; use one of: %2.").arg(command, commands().join(QStringLiteral(", "))));
    if (!edgeFor(command, c.status))
        return fail(refusal(c, command));
    return {};
}

QStringList CaseWorkflow::closeRequirements(const CaseRecord& c)
{
    if (edgeFor(QStringLiteral("close"), c.status))
        return {};
    if (c.status == L(vocab::status::merged) || vocab::isTerminalStatus(c.status))
        return {refusal(c, QStringLiteral("close"))};
    QStringList out;
    if (c.leadDepartmentCode.isEmpty())
        out << tr("a lead department (route the case at triage)");
    if (c.status == L(vocab::status::suspended))
        out << tr("resuming the suspended case");
    out << tr("the reply to the applicant (record the response first)");
    return out;
}

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
        return fail(tr("Someone else changed case %1 in the meantime; reopen it and try again.").arg(c.caseNo));
    if (Status s = canApply(c, r.command); !s)
        return fail(s.error());
    const Edge* edge = edgeFor(r.command, c.status);
    if (edge->supervisorOnly && !actor->isSupervisor())
        return fail(tr("Only a supervisor may do this (you are signed in as \"%1\").").arg(actor->displayName));
    const QString reason = r.reason.trimmed();
    auto needReason = [&](const QString& what) -> Status {
        if (reason.isEmpty())
            return fail(tr("Write down the reason %1.").arg(what));
        return {};
    };
    if (on < c.receivedOn)
        return fail(tr("The date %1 is before the case was received (%2).")
                        .arg(on.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate)));

    const QString from = c.status;
    QString to = L(edge->to);
    QList<QPair<QString, QVariant>> set;
    QString detail;
    const QString cmd = r.command;

    if (cmd == QLatin1String("accept")) {
        auto number = allocateCaseNumber(m_db, c.receivedOn);
        if (!number)
            return fail(number.error());
        c.caseNo = *number;
        c.filedOn = on;
        DeadlineEngine engine(HolidayCalendar::load(m_db));
        const QList<Milestone> ms = engine.milestonesOnFiling(c, loadDeadlineRules(m_db, c.caseType));
        QSqlQuery ins(m_db.sql());
        ins.prepare(QStringLiteral("INSERT OR IGNORE INTO milestones(id, case_id, milestone, counting, days, "
                                   "starts_on, due_on, original_due_on, site_code, created_at, updated_at) "
                                   "VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        const QString now = utcNow();
        for (const Milestone& m : ms) {
            if (m.milestone == QLatin1String("handling"))
                c.dueOn = m.dueOn;
            for (const QVariant& v : QVariantList{newUuid(), c.id, m.milestone, m.counting, m.days, iso(m.startsOn),
                                                  iso(m.dueOn), iso(m.originalDueOn), m_db.siteCode(), now, now})
                ins.addBindValue(v);
            if (Status s = exec(ins); !s)
                return fail(s.error());
        }
        set = {{L("case_no"), c.caseNo}, {L("filed_on"), iso(on)}, {L("due_on"), nullable(iso(c.dueOn))}};
        detail = tr("Accepted as case %1").arg(c.caseNo);
    } else if (cmd == QLatin1String("reject")) {
        if (Status s = needReason(tr("for not accepting the case")); !s)
            return fail(s.error());
        set = {{L("ended_on"), iso(on)}, {L("end_reason"), reason}, {L("resume_status"), from}};
        detail = tr("Not accepted: %1").arg(reason);
    } else if (cmd == QLatin1String("withdraw")) {
        if (Status s = needReason(tr("the applicant gave for withdrawing")); !s)
            return fail(s.error());
        set = {{L("ended_on"), iso(on)}, {L("end_reason"), reason}, {L("resume_status"), from}};
        detail = tr("Withdrawn by the applicant: %1").arg(reason);
    } else if (cmd == QLatin1String("assign")) {
        const ReferenceData rd = ReferenceData::load(m_db);
        const auto dept = rd.findDepartment(r.department);
        if (r.department.trimmed().isEmpty() || !dept)
            return fail(tr("Choose the lead department (\"%1\" is not a department).").arg(r.department));
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO case_departments(id, case_id, department_code, role, due_on, "
                                 "summoned_at, site_code, created_at, updated_at) VALUES(?,?,?,'lead',?,?,?,?,?)"));
        const QString now = utcNow();
        for (const QVariant& v :
             QVariantList{newUuid(), c.id, *dept, nullable(iso(c.dueOn)), now, m_db.siteCode(), now, now})
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return fail(s.error());
        QSqlQuery t(m_db.sql());
        t.prepare(QStringLiteral("INSERT INTO case_transfers(id, case_id, from_department, to_department, reason, "
                                 "actor, at, site_code, created_at, updated_at) VALUES(?,?,NULL,?,?,?,?,?,?,?)"));
        for (const QVariant& v :
             QVariantList{newUuid(), c.id, *dept, nullable(reason), actor->login, now, m_db.siteCode(), now, now})
            t.addBindValue(v);
        if (Status s = exec(t); !s)
            return fail(s.error());
        c.leadDepartmentCode = *dept;
        set = {{L("lead_department_code"), *dept}};
        detail = tr("Assigned to %1").arg(rd.departmentName(*dept));
        if (!reason.isEmpty())
            detail += tr(" (%1)").arg(reason);
    } else if (cmd == QLatin1String("start")) {
        detail = tr("Handling started");
    } else if (cmd == QLatin1String("respond")) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM case_departments WHERE case_id = ? AND role = 'co' AND "
                                 "active = 1 AND (reported_at IS NULL OR feedback_at IS NULL)"));
        q.addBindValue(c.id);
        const int pending = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
        if (pending > 0) {
            if (!r.overrideJoint)
                return fail(tr("%n summoned department(s) have not yet reported in and given feedback. Wait for "
                               "them, or record the response anyway with a reason (lead department override).",
                               nullptr, pending));
            if (Status s = needReason(tr("for responding before every summoned department gave feedback")); !s)
                return fail(s.error());
        }
        QSqlQuery met(m_db.sql());
        met.prepare(QStringLiteral(
            "UPDATE milestones SET met_on = ?, updated_at = ?, row_version = row_version + 1 WHERE case_id = ? AND "
            "milestone IN ('handling','acceptance_notice') AND met_on IS NULL"));
        met.addBindValue(iso(on));
        met.addBindValue(utcNow());
        met.addBindValue(c.id);
        if (Status s = exec(met); !s)
            return fail(s.error());
        // Milestones that start from the response (petition review window).
        DeadlineEngine engine(HolidayCalendar::load(m_db));
        QSqlQuery ins(m_db.sql());
        ins.prepare(QStringLiteral("INSERT OR IGNORE INTO milestones(id, case_id, milestone, counting, days, "
                                   "starts_on, due_on, original_due_on, site_code, created_at, updated_at) "
                                   "VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        for (const DeadlineRule& rule : loadDeadlineRules(m_db, c.caseType)) {
            if (rule.startsFrom != QLatin1String("responded") || rule.caseType != c.caseType)
                continue;
            const QDate due = engine.dueDate(on, rule);
            const QString now = utcNow();
            for (const QVariant& v : QVariantList{newUuid(), c.id, rule.milestone, rule.counting, rule.days, iso(on),
                                                  iso(due), iso(due), m_db.siteCode(), now, now})
                ins.addBindValue(v);
            if (Status s = exec(ins); !s)
                return fail(s.error());
        }
        detail = pending > 0
                     ? tr("Response recorded before %n department(s) gave feedback: %1", nullptr, pending).arg(reason)
                     : tr("Response recorded");
        if (pending == 0 && !reason.isEmpty())
            detail += QStringLiteral("：") + reason;
    } else if (cmd == QLatin1String("close")) {
        const auto outcome = vocab::parse(vocab::List::Outcome, r.outcome);
        if (!outcome)
            return fail(tr("Choose the outcome of the case (%1).")
                            .arg(vocab::codes(vocab::List::Outcome).join(QStringLiteral(", "))));
        QString level = siteResolutionLevel(m_db);
        if (!r.resolutionLevel.trimmed().isEmpty()) {
            const auto parsed = vocab::parse(vocab::List::ResolutionLevel, r.resolutionLevel);
            if (!parsed || *parsed == QLatin1String("escalated"))
                return fail(tr("\"%1\" is not a resolution level for a closed case (village, township, county).")
                                .arg(r.resolutionLevel));
            level = *parsed;
        }
        QSqlQuery met(m_db.sql());
        met.prepare(QStringLiteral("UPDATE milestones SET met_on = ?, updated_at = ?, row_version = row_version + 1 "
                                   "WHERE case_id = ? AND met_on IS NULL AND milestone <> 'review_request'"));
        met.addBindValue(iso(on));
        met.addBindValue(utcNow());
        met.addBindValue(c.id);
        if (Status s = exec(met); !s)
            return fail(s.error());
        set = {{L("outcome"), *outcome},
               {L("resolution_level"), level},
               {L("ended_on"), iso(on)},
               {L("resume_status"), from}};
        detail = tr("Closed: %1").arg(vocab::label(vocab::List::Outcome, *outcome));
    } else if (cmd == QLatin1String("return")) {
        if (Status s = needReason(tr("why the case needs more work")); !s)
            return fail(s.error());
        detail = tr("Returned for more work: %1").arg(reason);
    } else if (cmd == QLatin1String("suspend")) {
        if (Status s = needReason(tr("for suspending the case")); !s)
            return fail(s.error());
        set = {{L("resume_status"), from}, {L("suspended_on"), iso(on)}};
        detail = tr("Suspended: %1").arg(reason);
    } else if (cmd == QLatin1String("resume")) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT resume_status, suspended_on FROM cases WHERE id = ?"));
        q.addBindValue(c.id);
        if (!q.exec() || !q.next())
            return fail(sql::errorText(q.lastError()));
        to = q.value(0).toString();
        if (to.isEmpty() || vocab::isTerminalStatus(to))
            to = c.leadDepartmentCode.isEmpty() ? L(vocab::status::filed) : L(vocab::status::inProgress);
        const QDate since = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const int days = since.isValid() ? int(since.daysTo(on)) : 0;
        DeadlineEngine engine(HolidayCalendar::load(m_db));
        QSqlQuery ms(m_db.sql());
        ms.prepare(QStringLiteral("SELECT id, milestone, due_on FROM milestones WHERE case_id = ? AND met_on IS NULL"));
        ms.addBindValue(c.id);
        if (!ms.exec())
            return fail(sql::errorText(ms.lastError()));
        QList<QPair<QString, QDate>> moved;
        while (ms.next()) {
            const QDate due = QDate::fromString(ms.value(2).toString(), Qt::ISODate);
            const QDate shifted = days > 0 ? engine.shiftedBySuspension(due, days) : due;
            moved << qMakePair(ms.value(0).toString(), shifted);
            if (ms.value(1).toString() == QLatin1String("handling"))
                c.dueOn = shifted;
        }
        ms.finish();
        QSqlQuery up(m_db.sql());
        up.prepare(QStringLiteral(
            "UPDATE milestones SET due_on = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
        for (const auto& [id, due] : moved) {
            up.addBindValue(iso(due));
            up.addBindValue(utcNow());
            up.addBindValue(id);
            if (Status s = exec(up); !s)
                return fail(s.error());
        }
        set = {{L("suspended_on"), QVariant(QMetaType(QMetaType::QString))},
               {L("resume_status"), QVariant(QMetaType(QMetaType::QString))},
               {L("due_on"), nullable(iso(c.dueOn))}};
        detail = tr("Resumed after %n day(s) suspended; open deadlines moved later accordingly", nullptr, days);
    } else if (cmd == QLatin1String("escalate")) {
        if (r.escalatedTo.trimmed().isEmpty())
            return fail(tr("Write down the body that receives the escalated case."));
        set = {{L("escalated_to"), r.escalatedTo.trimmed()},
               {L("resolution_level"), L("escalated")},
               {L("ended_on"), iso(on)},
               {L("resume_status"), from == L(vocab::status::suspended) ? QVariant() : QVariant(from)}};
        if (from == L(vocab::status::suspended))
            set.removeLast(); // keep the state it left before the suspension
        detail = tr("Escalated to %1").arg(r.escalatedTo.trimmed());
        if (!reason.isEmpty())
            detail += QStringLiteral("：") + reason;
    } else if (cmd == QLatin1String("merge")) {
        if (r.mergedInto.trimmed().isEmpty())
            return fail(tr("Choose the case this one is merged into."));
        auto survivor = workflow::loadCase(m_db, r.mergedInto);
        if (!survivor)
            return fail(survivor.error());
        if (survivor->id == c.id)
            return fail(tr("A case cannot be merged into itself."));
        if (survivor->status == L(vocab::status::merged))
            return fail(tr("Case %1 was itself merged; merge into the case it points to.").arg(survivor->caseNo));
        QSqlQuery sv(m_db.sql());
        sv.prepare(QStringLiteral("UPDATE cases SET visit_count = visit_count + ? WHERE id = ?"));
        sv.addBindValue(c.visitCount);
        sv.addBindValue(survivor->id);
        if (Status s = exec(sv); !s)
            return fail(s.error());
        const QString self = c.caseNo.isEmpty() ? c.oneCaseCode() : c.caseNo;
        if (Status s = workflow::appendEvent(m_db, survivor->id, actor->login, QStringLiteral("merge"),
                                             tr("Case %1 merged into this case").arg(self));
            !s)
            return fail(s.error());
        if (Status s = workflow::touchCase(m_db, survivor->id); !s)
            return fail(s.error());
        set = {{L("merged_into"), survivor->id}, {L("ended_on"), iso(on)}, {L("end_reason"), nullable(reason)}};
        detail = tr("Merged into case %1").arg(survivor->caseNo.isEmpty() ? survivor->oneCaseCode() : survivor->caseNo);
        if (!reason.isEmpty())
            detail += QStringLiteral("：") + reason;
    } else if (cmd == QLatin1String("reopen")) {
        if (Status s = needReason(tr("for reopening the case")); !s)
            return fail(s.error());
        if (to.isEmpty()) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT resume_status FROM cases WHERE id = ?"));
            q.addBindValue(c.id);
            to = (q.exec() && q.next()) ? q.value(0).toString() : QString();
            if (to.isEmpty() || vocab::isTerminalStatus(to))
                to = c.leadDepartmentCode.isEmpty() ? L(vocab::status::reported) : L(vocab::status::inProgress);
        }
        const QVariant null{QMetaType(QMetaType::QString)};
        set = {{L("ended_on"), null}, {L("outcome"), null}, {L("resume_status"), null}, {L("escalated_to"), null}};
        if (from == L(vocab::status::escalated) || from == L(vocab::status::closed))
            set << qMakePair(L("resolution_level"), null);
        QSqlQuery open(m_db.sql());
        open.prepare(
            QStringLiteral("UPDATE milestones SET met_on = NULL, updated_at = ?, row_version = row_version + 1 "
                           "WHERE case_id = ? AND met_on = ? AND milestone = 'handling'"));
        open.addBindValue(utcNow());
        open.addBindValue(c.id);
        open.addBindValue(iso(c.endedOn));
        if (Status s = exec(open); !s)
            return fail(s.error());
        detail = tr("Reopened by a supervisor: %1").arg(reason);
    }

    set << qMakePair(L("status"), QVariant(to));
    if (Status s = workflow::updateCase(m_db, c.id, set); !s)
        return fail(s.error());
    const QString transition = statusLabel(from) + QStringLiteral(" → ") + statusLabel(to);
    if (Status s = workflow::appendEvent(m_db, c.id, actor->login, cmd, transition + QStringLiteral("；") + detail); !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, c.id); !s)
        return fail(s.error());
    if (Status s = search::syncPending(m_db); !s)
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
