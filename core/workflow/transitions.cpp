// The status machine's transition table and what each step writes; the checks every step shares
// and the transaction around it are CaseWorkflow::apply's.
#include "workflow/transitions.h"

#include "domain/vocabulary.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "workflow/case_numbers.h"
#include "workflow/case_workflow.h"
#include "workflow/deadlines.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::workflow {
namespace {

using sql::exec;
using sql::iso;
using sql::nullable;

QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QString siteResolutionLevel(Database& db)
{
    const QString level = db.setting(QStringLiteral("site_level"), QStringLiteral("county"));
    return vocab::isCode(vocab::List::ResolutionLevel, level) ? level : QStringLiteral("county");
}

// Milestones the case does not have yet.
Status insertMilestones(Database& db, const QString& caseId, const QList<Milestone>& ms)
{
    QSqlQuery ins(db.sql());
    ins.prepare(QStringLiteral("INSERT INTO milestones(id, case_id, milestone, counting, days, "
                               "starts_on, due_on, original_due_on, site_code, created_at, updated_at) "
                               "VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"));
    const QString now = utcNow();
    for (const Milestone& m : ms) {
        for (const QVariant& v : QVariantList{newUuid(), caseId, m.milestone, m.counting, m.days, iso(m.startsOn),
                                              iso(m.dueOn), iso(m.originalDueOn), db.siteCode(), now, now})
            ins.addBindValue(v);
        if (Status s = exec(ins); !s)
            return s;
    }
    return {};
}

// Marks the case's open milestones met on `on`; `which` narrows them (SQL after WHERE … AND).
Status meetMilestones(Database& db, const QString& caseId, const QDate& on, const char* which)
{
    QSqlQuery met(db.sql());
    met.prepare(QStringLiteral("UPDATE milestones SET met_on = ?, updated_at = ?, row_version = row_version + 1 "
                               "WHERE case_id = ? AND met_on IS NULL AND %1")
                    .arg(QLatin1String(which)));
    met.addBindValue(iso(on));
    met.addBindValue(utcNow());
    met.addBindValue(caseId);
    return exec(met);
}

Status accept(const StepInput& in, StepOutput& out)
{
    CaseRecord& c = in.c;
    auto number = allocateCaseNumber(in.db, c.receivedOn);
    if (!number)
        return fail(number.error());
    c.caseNo = *number;
    c.filedOn = in.on;
    DeadlineEngine engine(HolidayCalendar::load(in.db));
    const QList<Milestone> ms = engine.milestonesOnFiling(c, loadDeadlineRules(in.db, c.caseType));
    for (const Milestone& m : ms)
        if (m.milestone == QLatin1String("handling"))
            c.dueOn = m.dueOn;
    if (Status s = insertMilestones(in.db, c.id, ms); !s)
        return s;
    out.set = {{L("case_no"), c.caseNo}, {L("filed_on"), iso(in.on)}, {L("due_on"), nullable(iso(c.dueOn))}};
    out.detail = CaseWorkflow::tr("Accepted as case %1").arg(c.caseNo);
    return {};
}

Status reject(const StepInput& in, StepOutput& out)
{
    out.set = {{L("ended_on"), iso(in.on)}, {L("end_reason"), in.reason}, {L("resume_status"), in.from}};
    out.detail = CaseWorkflow::tr("Not accepted: %1").arg(in.reason);
    return {};
}

Status withdraw(const StepInput& in, StepOutput& out)
{
    out.set = {{L("ended_on"), iso(in.on)}, {L("end_reason"), in.reason}, {L("resume_status"), in.from}};
    out.detail = CaseWorkflow::tr("Withdrawn by the applicant: %1").arg(in.reason);
    return {};
}

Status assign(const StepInput& in, StepOutput& out)
{
    CaseRecord& c = in.c;
    const QString& department = in.request.department;
    const ReferenceData rd = ReferenceData::load(in.db);
    const auto dept = rd.findDepartment(department);
    if (department.trimmed().isEmpty() || !dept)
        return fail(CaseWorkflow::tr("Choose the lead department (\"%1\" is not a department).").arg(department));
    QSqlQuery q(in.db.sql());
    q.prepare(QStringLiteral("INSERT INTO case_departments(id, case_id, department_code, role, due_on, "
                             "summoned_at, site_code, created_at, updated_at) VALUES(?,?,?,'lead',?,?,?,?,?)"));
    const QString now = utcNow();
    for (const QVariant& v :
         QVariantList{newUuid(), c.id, *dept, nullable(iso(c.dueOn)), now, in.db.siteCode(), now, now})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    QSqlQuery t(in.db.sql());
    t.prepare(QStringLiteral("INSERT INTO case_transfers(id, case_id, from_department, to_department, reason, "
                             "actor, at, site_code, created_at, updated_at) VALUES(?,?,NULL,?,?,?,?,?,?,?)"));
    for (const QVariant& v :
         QVariantList{newUuid(), c.id, *dept, nullable(in.reason), in.actor.login, now, in.db.siteCode(), now, now})
        t.addBindValue(v);
    if (Status s = exec(t); !s)
        return s;
    c.leadDepartmentCode = *dept;
    out.set = {{L("lead_department_code"), *dept}};
    out.detail = CaseWorkflow::tr("Assigned to %1").arg(rd.departmentName(*dept));
    if (!in.reason.isEmpty())
        out.detail += CaseWorkflow::tr(" (%1)").arg(in.reason);
    return {};
}

Status start(const StepInput&, StepOutput& out)
{
    out.detail = CaseWorkflow::tr("Handling started");
    return {};
}

Status respond(const StepInput& in, StepOutput& out)
{
    const CaseRecord& c = in.c;
    QSqlQuery q(in.db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM case_departments WHERE case_id = ? AND role = 'co' AND "
                             "active = 1 AND (reported_at IS NULL OR feedback_at IS NULL)"));
    q.addBindValue(c.id);
    const int pending = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
    if (pending > 0) {
        if (!in.request.overrideJoint)
            return fail(CaseWorkflow::tr("%n summoned department(s) have not yet reported in and given feedback. "
                                         "Wait for them, or record the response anyway with a reason (lead "
                                         "department override).",
                                         nullptr, pending));
        if (in.reason.isEmpty())
            return fail(CaseWorkflow::tr("Write down the reason %1.")
                            .arg(CaseWorkflow::tr("for responding before every summoned department gave feedback")));
    }
    if (Status s = meetMilestones(in.db, c.id, in.on, "milestone IN ('handling','acceptance_notice')"); !s)
        return s;
    // Milestones that start from the response (petition review window).
    DeadlineEngine engine(HolidayCalendar::load(in.db));
    QList<Milestone> review;
    for (const DeadlineRule& rule : loadDeadlineRules(in.db, c.caseType)) {
        if (rule.startsFrom != QLatin1String("responded") || rule.caseType != c.caseType)
            continue;
        Milestone m;
        m.milestone = rule.milestone;
        m.counting = rule.counting;
        m.days = rule.days;
        m.startsOn = in.on;
        m.dueOn = engine.dueDate(in.on, rule);
        m.originalDueOn = m.dueOn;
        review << m;
    }
    if (Status s = insertMilestones(in.db, c.id, review); !s)
        return s;
    out.detail = pending > 0
                     ? CaseWorkflow::tr("Response recorded before %n department(s) gave feedback: %1", nullptr, pending)
                           .arg(in.reason)
                     : CaseWorkflow::tr("Response recorded");
    if (pending == 0 && !in.reason.isEmpty())
        out.detail += QStringLiteral("：") + in.reason;
    return {};
}

Status close(const StepInput& in, StepOutput& out)
{
    const TransitionRequest& r = in.request;
    const auto outcome = vocab::parse(vocab::List::Outcome, r.outcome);
    if (!outcome)
        return fail(CaseWorkflow::tr("Choose the outcome of the case (%1).")
                        .arg(vocab::codes(vocab::List::Outcome).join(QStringLiteral(", "))));
    QString level = siteResolutionLevel(in.db);
    if (!r.resolutionLevel.trimmed().isEmpty()) {
        const auto parsed = vocab::parse(vocab::List::ResolutionLevel, r.resolutionLevel);
        if (!parsed || *parsed == QLatin1String("escalated"))
            return fail(
                CaseWorkflow::tr("\"%1\" is not a resolution level for a closed case (village, township, county).")
                    .arg(r.resolutionLevel));
        level = *parsed;
    }
    if (Status s = meetMilestones(in.db, in.c.id, in.on, "milestone <> 'review_request'"); !s)
        return s;
    out.set = {{L("outcome"), *outcome},
               {L("resolution_level"), level},
               {L("ended_on"), iso(in.on)},
               {L("resume_status"), in.from}};
    out.detail = CaseWorkflow::tr("Closed: %1").arg(vocab::label(vocab::List::Outcome, *outcome));
    return {};
}

Status returnForWork(const StepInput& in, StepOutput& out)
{
    out.detail = CaseWorkflow::tr("Returned for more work: %1").arg(in.reason);
    return {};
}

Status suspend(const StepInput& in, StepOutput& out)
{
    out.set = {{L("resume_status"), in.from}, {L("suspended_on"), iso(in.on)}};
    out.detail = CaseWorkflow::tr("Suspended: %1").arg(in.reason);
    return {};
}

// The open milestones move later by the days suspended.
Status resume(const StepInput& in, StepOutput& out)
{
    CaseRecord& c = in.c;
    QSqlQuery q(in.db.sql());
    q.prepare(QStringLiteral("SELECT resume_status, suspended_on FROM cases WHERE id = ?"));
    q.addBindValue(c.id);
    if (!q.exec() || !q.next())
        return fail(sql::errorText(q.lastError()));
    out.to = q.value(0).toString();
    if (out.to.isEmpty() || vocab::isTerminalStatus(out.to))
        out.to = c.leadDepartmentCode.isEmpty() ? statusCode(CaseStatus::Filed) : statusCode(CaseStatus::InProgress);
    const QDate since = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    const int days = since.isValid() ? int(since.daysTo(in.on)) : 0;
    DeadlineEngine engine(HolidayCalendar::load(in.db));
    QSqlQuery ms(in.db.sql());
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
    QSqlQuery up(in.db.sql());
    up.prepare(
        QStringLiteral("UPDATE milestones SET due_on = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    for (const auto& [id, due] : moved) {
        up.addBindValue(iso(due));
        up.addBindValue(utcNow());
        up.addBindValue(id);
        if (Status s = exec(up); !s)
            return s;
    }
    out.set = {{L("suspended_on"), QVariant(QMetaType(QMetaType::QString))},
               {L("resume_status"), QVariant(QMetaType(QMetaType::QString))},
               {L("due_on"), nullable(iso(c.dueOn))}};
    out.detail =
        CaseWorkflow::tr("Resumed after %n day(s) suspended; open deadlines moved later accordingly", nullptr, days);
    return {};
}

Status escalate(const StepInput& in, StepOutput& out)
{
    const QString to = in.request.escalatedTo.trimmed();
    if (to.isEmpty())
        return fail(CaseWorkflow::tr("Write down the body that receives the escalated case."));
    out.set = {{L("escalated_to"), to}, {L("resolution_level"), L("escalated")}, {L("ended_on"), iso(in.on)}};
    if (!hasStatus(in.from, CaseStatus::Suspended)) // else keep the state it left before the suspension
        out.set << qMakePair(L("resume_status"), QVariant(in.from));
    out.detail = CaseWorkflow::tr("Escalated to %1").arg(to);
    if (!in.reason.isEmpty())
        out.detail += QStringLiteral("：") + in.reason;
    return {};
}

// The survivor takes the visits and a timeline entry of its own.
Status merge(const StepInput& in, StepOutput& out)
{
    const CaseRecord& c = in.c;
    if (in.request.mergedInto.trimmed().isEmpty())
        return fail(CaseWorkflow::tr("Choose the case this one is merged into."));
    auto survivor = loadCase(in.db, in.request.mergedInto);
    if (!survivor)
        return fail(survivor.error());
    if (survivor->id == c.id)
        return fail(CaseWorkflow::tr("A case cannot be merged into itself."));
    if (hasStatus(survivor->status, CaseStatus::Merged))
        return fail(
            CaseWorkflow::tr("Case %1 was itself merged; merge into the case it points to.").arg(survivor->caseNo));
    QSqlQuery sv(in.db.sql());
    sv.prepare(QStringLiteral("UPDATE cases SET visit_count = visit_count + ? WHERE id = ?"));
    sv.addBindValue(c.visitCount);
    sv.addBindValue(survivor->id);
    if (Status s = exec(sv); !s)
        return s;
    const QString self = c.caseNo.isEmpty() ? c.oneCaseCode() : c.caseNo;
    if (Status s = appendEvent(in.db, survivor->id, in.actor.login, QStringLiteral("merge"),
                               CaseWorkflow::tr("Case %1 merged into this case").arg(self));
        !s)
        return s;
    if (Status s = touchCase(in.db, survivor->id); !s)
        return s;
    out.set = {{L("merged_into"), survivor->id}, {L("ended_on"), iso(in.on)}, {L("end_reason"), nullable(in.reason)}};
    out.detail = CaseWorkflow::tr("Merged into case %1")
                     .arg(survivor->caseNo.isEmpty() ? survivor->oneCaseCode() : survivor->caseNo);
    if (!in.reason.isEmpty())
        out.detail += QStringLiteral("：") + in.reason;
    return {};
}

// Back to the state it left (a closed case to in progress); the handling deadline met at the end is open again.
Status reopen(const StepInput& in, StepOutput& out)
{
    const CaseRecord& c = in.c;
    if (out.to.isEmpty()) {
        QSqlQuery q(in.db.sql());
        q.prepare(QStringLiteral("SELECT resume_status FROM cases WHERE id = ?"));
        q.addBindValue(c.id);
        out.to = (q.exec() && q.next()) ? q.value(0).toString() : QString();
        if (out.to.isEmpty() || vocab::isTerminalStatus(out.to))
            out.to =
                c.leadDepartmentCode.isEmpty() ? statusCode(CaseStatus::Reported) : statusCode(CaseStatus::InProgress);
    }
    const QVariant null{QMetaType(QMetaType::QString)};
    out.set = {{L("ended_on"), null}, {L("outcome"), null}, {L("resume_status"), null}, {L("escalated_to"), null}};
    if (hasStatus(in.from, CaseStatus::Escalated) || hasStatus(in.from, CaseStatus::Closed))
        out.set << qMakePair(L("resolution_level"), null);
    QSqlQuery open(in.db.sql());
    open.prepare(QStringLiteral("UPDATE milestones SET met_on = NULL, updated_at = ?, row_version = row_version + 1 "
                                "WHERE case_id = ? AND met_on = ? AND milestone = 'handling'"));
    open.addBindValue(utcNow());
    open.addBindValue(c.id);
    open.addBindValue(iso(c.endedOn));
    if (Status s = exec(open); !s)
        return s;
    out.detail = CaseWorkflow::tr("Reopened by a supervisor: %1").arg(in.reason);
    return {};
}

// The table documented in case_workflow.h, in the order commands() lists them.
using S = CaseStatus;
const Transition kTransitions[] = {
    {"accept", {S::Reported}, S::Filed, false, nullptr, accept},
    {"reject",
     {S::Reported},
     S::Rejected,
     false,
     QT_TRANSLATE_NOOP("CaseWorkflow", "for not accepting the case"),
     reject},
    {"merge", {S::Reported, S::Filed, S::Assigned, S::InProgress}, S::Merged, true, nullptr, merge},
    {"withdraw",
     {S::Reported, S::Filed, S::Assigned, S::InProgress, S::Suspended},
     S::Withdrawn,
     false,
     QT_TRANSLATE_NOOP("CaseWorkflow", "the applicant gave for withdrawing"),
     withdraw},
    {"assign", {S::Filed}, S::Assigned, false, nullptr, assign},
    {"escalate", {S::Filed, S::Assigned, S::InProgress, S::Suspended}, S::Escalated, false, nullptr, escalate},
    {"start", {S::Assigned}, S::InProgress, false, nullptr, start},
    {"suspend",
     {S::Assigned, S::InProgress},
     S::Suspended,
     false,
     QT_TRANSLATE_NOOP("CaseWorkflow", "for suspending the case"),
     suspend},
    {"respond", {S::InProgress}, S::Responded, false, nullptr, respond},
    {"close", {S::Responded}, S::Closed, false, nullptr, close},
    {"return",
     {S::Responded},
     S::InProgress,
     false,
     QT_TRANSLATE_NOOP("CaseWorkflow", "why the case needs more work"),
     returnForWork},
    {"resume", {S::Suspended}, std::nullopt, false, nullptr, resume},
    {"reopen", {S::Closed}, S::InProgress, true, QT_TRANSLATE_NOOP("CaseWorkflow", "for reopening the case"), reopen},
    {"reopen",
     {S::Escalated, S::Withdrawn, S::Rejected},
     std::nullopt,
     true,
     QT_TRANSLATE_NOOP("CaseWorkflow", "for reopening the case"),
     reopen},
};

bool leaves(const Transition& t, const QString& from)
{
    const auto status = caseStatusOf(from);
    return status && t.from.contains(*status);
}

} // namespace

const Transition* transitionFor(const QString& command, const QString& from)
{
    for (const Transition& t : kTransitions)
        if (command == L(t.command) && leaves(t, from))
            return &t;
    return nullptr;
}

bool isCommand(const QString& command)
{
    for (const Transition& t : kTransitions)
        if (command == L(t.command))
            return true;
    return false;
}

QStringList transitionCommands()
{
    QStringList out;
    for (const Transition& t : kTransitions)
        if (!out.contains(L(t.command)))
            out << L(t.command);
    return out;
}

} // namespace ow::workflow
