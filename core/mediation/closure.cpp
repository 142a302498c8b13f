// Closure checks, the closure record with a petition's handling opinion, and reopening.
#include "mediation/closure.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "mediation/agreement.h"
#include "mediation/case_access.h"
#include "mediation/followup.h"
#include "security/audit.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

// The translation context of this file's messages.
struct Closure
{
    Q_DECLARE_TR_FUNCTIONS(Closure)
};

bool tableExists(Database& db, const QString& name)
{
    if (db.isServer())
        return true; // a server's schema is whole at its version (docs/postgresql.md)
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

} // namespace

QString ClosureService::petitionDecisionFor(const QString& outcome)
{
    if (outcome == u"petition_supported"_s)
        return u"support"_s;
    if (outcome == u"petition_explained"_s)
        return u"explain"_s;
    if (outcome == u"petition_not_supported"_s)
        return u"not_support"_s;
    return {};
}

QString ClosureService::petitionDecisionLabel(const QString& decision)
{
    if (decision == u"support"_s)
        return Closure::tr("Supported");
    if (decision == u"explain"_s)
        return Closure::tr("Explained");
    if (decision == u"not_support"_s)
        return Closure::tr("Not supported");
    return decision;
}

QString ClosureService::defaultReviewNotice()
{
    return Closure::tr(
        "If you do not accept this handling opinion, you may, within 30 days of receiving it, ask the "
        "administrative body one level above the one that handled it to review it (Regulations on Letters "
        "and Visits art. 35).");
}

QString ClosureService::siteLevel() const
{
    QString level = m_db.setting(u"site_level"_s);
    if (level.isEmpty()) {
        QSqlQuery q(m_db.sql());
        if (q.exec(u"SELECT level FROM sites WHERE is_self = 1"_s) && q.next())
            level = q.value(0).toString();
    }
    return level;
}

QStringList ClosureService::missing(const ClosureRequest& r) const
{
    QStringList out;
    auto c = mediation::findCase(m_db, r.caseId);
    if (!c)
        return {c.error()};
    if (!vocab::isCode(vocab::List::Outcome, r.outcome))
        out << Closure::tr("the outcome: choose one of %1").arg(vocab::codes(vocab::List::Outcome).join(u", "_s));
    if (!r.resolutionLevel.isEmpty() &&
        (!vocab::isCode(vocab::List::ResolutionLevel, r.resolutionLevel) || r.resolutionLevel == u"escalated"_s))
        out << Closure::tr("a valid resolution level for a closed case (village, township or county), not \"%1\"")
                   .arg(r.resolutionLevel);
    if (r.summary.trimmed().isEmpty())
        out << Closure::tr("the closing summary");
    // The status machine's own conditions (a lead department, the reply to the applicant), so
    // that the checklist names everything close() will demand.
    if (auto loaded = workflow::loadCase(m_db, c->id))
        out << CaseWorkflow::closeRequirements(*loaded);

    const FollowupService followup(m_db);
    if (followup.followupRequired(c->caseType) && followup.followups(c->id).isEmpty())
        out << Closure::tr("a follow-up visit (required before closing a case of type %1)")
                   .arg(vocab::label(vocab::List::CaseType, c->caseType));

    if (tableExists(m_db, u"case_departments"_s)) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT cd.department_code, d.name_zh, d.name_en FROM case_departments cd "
                  u"LEFT JOIN departments d ON d.code = cd.department_code "
                  u"WHERE cd.case_id = ? AND cd.active = 1 AND cd.role = 'co' "
                  u"AND (cd.feedback IS NULL OR trim(cd.feedback) = '') ORDER BY d.name_zh"_s);
        q.addBindValue(c->id);
        QStringList names;
        if (q.exec())
            while (q.next()) {
                QString name = i18n::chinese() ? q.value(1).toString() : q.value(2).toString();
                if (name.isEmpty())
                    name = q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString();
                names << name;
            }
        if (!names.isEmpty())
            out << Closure::tr("joint-handling feedback from %1").arg(names.join(u"、"_s));
    }

    if (r.outcome == u"mediated"_s && !AgreementService(m_db).agreement(c->id))
        out << Closure::tr("a mediation agreement (the outcome is \"mediated\")");

    if (c->caseType == u"petition"_s) {
        if (vocab::isCode(vocab::List::Outcome, r.outcome) && petitionDecisionFor(r.outcome).isEmpty())
            out << Closure::tr("a petition decision: a petition closes as supported, explained or not supported");
        if (r.opinion.request.trimmed().isEmpty())
            out << Closure::tr("the petitioner's request in the handling opinion");
        if (r.opinion.factsAndReasons.trimmed().isEmpty())
            out << Closure::tr("the facts and reasons in the handling opinion");
        if (r.opinion.basis.trimmed().isEmpty())
            out << Closure::tr("the basis of the decision (laws, regulations or policies) in the handling opinion");
    }
    return out;
}

Result<ClosureRecord> ClosureService::close(ClosureRequest r, const QString& actor)
{
    auto c = mediation::writableCase(m_db, r.caseId);
    if (!c)
        return fail(c.error());
    r.caseId = c->id;
    if (!r.closedOn.isValid())
        r.closedOn = Clock::today();
    if (c->caseType == u"petition"_s && r.opinion.request.trimmed().isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT request FROM cases WHERE id = ?"_s);
        q.addBindValue(c->id);
        if (q.exec() && q.next())
            r.opinion.request = q.value(0).toString();
    }
    if (const QStringList m = missing(r); !m.isEmpty())
        return fail(
            Closure::tr("Case %1 cannot be closed yet. Missing: %2.").arg(c->caseNo, m.join(Closure::tr("; "))));
    if (r.resolutionLevel.isEmpty())
        r.resolutionLevel = siteLevel();

    // The status machine decides whether the case may close from where it is; ask before
    // writing anything so that a refusal leaves the database as it was.
    CaseWorkflow workflow(m_db);
    {
        auto loaded = workflow::loadCase(m_db, c->id);
        if (!loaded)
            return fail(loaded.error());
        if (Status s = CaseWorkflow::canApply(*loaded, u"close"_s); !s)
            return fail(s.error());
    }

    ClosureRecord rec;
    rec.caseId = c->id;
    rec.closedOn = r.closedOn;
    rec.outcome = r.outcome;
    rec.resolutionLevel = r.resolutionLevel;
    rec.summary = r.summary.trimmed();
    rec.closedBy = actor;
    if (c->caseType == u"petition"_s) {
        rec.opinion = r.opinion;
        rec.opinion.decision = petitionDecisionFor(r.outcome);
        if (rec.opinion.reviewNotice.trimmed().isEmpty())
            rec.opinion.reviewNotice = defaultReviewNotice();
    }
    // One unit of work: the closure record and the status change are saved together or not at all.
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    {
        rec.id = newUuid();
        const QString now = utcNow();
        QSqlQuery q(m_db.sql());
        q.prepare(u"INSERT INTO case_closures (id, case_id, closed_on, outcome, resolution_level, summary, "
                  u"opinion_request, opinion_facts, opinion_decision, opinion_basis, opinion_review, closed_by, "
                  u"site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        const bool petition = c->caseType == u"petition"_s;
        auto opt = [petition](const QString& s) {
            return petition ? QVariant(s.trimmed()) : QVariant(QMetaType(QMetaType::QString));
        };
        for (const QVariant& v : QVariantList{
                 rec.id, rec.caseId, rec.closedOn.toString(Qt::ISODate), rec.outcome, rec.resolutionLevel, rec.summary,
                 opt(rec.opinion.request), opt(rec.opinion.factsAndReasons), opt(rec.opinion.decision),
                 opt(rec.opinion.basis), opt(rec.opinion.reviewNotice), actor, m_db.siteCode(), now, now})
            q.addBindValue(mediation::bindable(v));
        if (!q.exec())
            return fail(sql::errorText(q.lastError()));
        if (Status s = appendAudit(m_db, actor, u"closure_record"_s, u"case"_s, rec.caseId, rec.summary); !s)
            return fail(s.error());
    }

    TransitionRequest t;
    t.caseKey = c->id;
    t.command = u"close"_s;
    t.actor = actor;
    t.outcome = r.outcome;
    t.resolutionLevel = r.resolutionLevel;
    t.on = r.closedOn;
    t.reason = rec.summary;
    auto applied = workflow.apply(t);
    if (!applied)
        return fail(applied.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return rec;
}

Status ClosureService::reopen(const QString& caseKey, const QString& actor, const QString& reason)
{
    auto c = mediation::findCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    auto who = actorFor(m_db, actor);
    if (!who)
        return fail(who.error());
    if (!who->isSupervisor())
        return fail(Closure::tr("Only a supervisor can reopen a closed case."));
    if (reason.trimmed().isEmpty())
        return fail(Closure::tr("Give the reason for reopening the case; it is kept in the timeline."));
    if (!hasStatus(c->status, CaseStatus::Closed))
        return fail(Closure::tr("Case %1 is not closed (%2), so there is nothing to reopen.")
                        .arg(c->caseNo, vocab::label(vocab::List::Status, c->status)));
    TransitionRequest t;
    t.caseKey = c->id;
    t.command = u"reopen"_s;
    t.actor = actor;
    t.reason = reason.trimmed();
    // One unit of work: the status change and the closure record's reopening note.
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto applied = CaseWorkflow(m_db).apply(t);
    if (!applied)
        return fail(applied.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE case_closures SET reopened_at = ?, reopened_by = ?, reopen_reason = ?, updated_at = ?, "
              u"row_version = row_version + 1 WHERE id = (SELECT id FROM case_closures WHERE case_id = ? "
              u"AND reopened_at IS NULL ORDER BY created_at DESC LIMIT 1)"_s);
    const QString now = utcNow();
    for (const QString& v : {now, actor, reason.trimmed(), now, c->id})
        q.addBindValue(mediation::bindable(v));
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    return tx.commit();
}

std::optional<ClosureRecord> ClosureService::latestClosure(const QString& caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, case_id, closed_on, outcome, resolution_level, summary, opinion_request, opinion_facts, "
              u"opinion_decision, opinion_basis, opinion_review, closed_by, reopened_at, reopened_by, reopen_reason "
              u"FROM case_closures WHERE case_id = ? ORDER BY created_at DESC LIMIT 1"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ClosureRecord r;
    r.id = q.value(0).toString();
    r.caseId = q.value(1).toString();
    r.closedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.outcome = q.value(3).toString();
    r.resolutionLevel = q.value(4).toString();
    r.summary = q.value(5).toString();
    r.opinion = PetitionOpinion{q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                q.value(9).toString(), q.value(10).toString()};
    r.closedBy = q.value(11).toString();
    r.reopenedAt = q.value(12).toString();
    r.reopenedBy = q.value(13).toString();
    r.reopenReason = q.value(14).toString();
    return r;
}

} // namespace ow
