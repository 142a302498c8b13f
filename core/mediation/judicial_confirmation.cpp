// Judicial confirmation: the checks of the application and the court's decision, the record, the
// met milestone and the case's judicial_confirmed, one transaction with the timeline entry.
#include "mediation/judicial_confirmation.h"

#include "mediation/case_access.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "workflow/case_events.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

// The application's date and court against the written agreement, and the decision's.
Status checkApplication(JudicialConfirmation& j, const Agreement& a)
{
    if (!j.appliedOn.isValid())
        return fail(Mediation::tr("Enter the date the parties applied to the court."));
    if (j.appliedOn < a.effectiveOn)
        return fail(Mediation::tr("The application date %1 is before the agreement took effect (%2).")
                        .arg(sql::iso(j.appliedOn), sql::iso(a.effectiveOn)));
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
    return {};
}

// The warning for an application after the 30-day milestone, empty when it was in time.
QString lateApplicationWarning(Database& db, const JudicialConfirmation& j)
{
    QSqlQuery due(db.sql());
    due.prepare(
        u"SELECT due_on FROM milestones WHERE case_id = ? AND milestone = 'judicial_confirmation_application'"_s);
    due.addBindValue(j.caseId);
    if (due.exec() && due.next()) {
        const QDate d = QDate::fromString(due.value(0).toString(), Qt::ISODate);
        if (d.isValid() && j.appliedOn > d)
            return Mediation::tr("The application was made after the 30-day period (due %1, People's Mediation Law "
                                 "art. 33); the court may not accept it.")
                .arg(sql::iso(d));
    }
    return {};
}

// The record (one per case), the milestone it meets and the case's judicial_confirmed.
Status writeConfirmation(Database& db, const JudicialConfirmation& j, const QString& actor, const QString& now)
{
    QSqlQuery q(db.sql());
    q.prepare(
        u"INSERT INTO judicial_confirmations (id, case_id, applied_on, court, court_case_no, decided_on, result, "
        u"actor, site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        u"ON CONFLICT (case_id) DO UPDATE SET applied_on = excluded.applied_on, court = excluded.court, "
        u"court_case_no = excluded.court_case_no, decided_on = excluded.decided_on, result = excluded.result, "
        u"actor = excluded.actor, updated_at = excluded.updated_at, row_version = judicial_confirmations.row_version + 1"_s);
    if (Status st = mediation::execBound(
            q, {newUuid(), j.caseId, sql::iso(j.appliedOn), j.court, j.courtCaseNo.trimmed(),
                j.decidedOn.isValid() ? QVariant(sql::iso(j.decidedOn)) : QVariant(QMetaType(QMetaType::QString)),
                sql::nullable(j.result), actor, db.siteCode(), now, now});
        !st)
        return fail(st.error());
    QSqlQuery m(db.sql());
    m.prepare(u"UPDATE milestones SET met_on = ?, updated_at = ?, row_version = row_version + 1 "
              u"WHERE case_id = ? AND milestone = 'judicial_confirmation_application'"_s);
    if (Status st = mediation::execBound(m, {sql::iso(j.appliedOn), now, j.caseId}); !st)
        return fail(st.error());
    QSqlQuery cs(db.sql());
    cs.prepare(u"UPDATE cases SET judicial_confirmed = ? WHERE id = ?"_s);
    if (Status st = mediation::execBound(
            cs, {j.result.isEmpty() ? QVariant(QMetaType(QMetaType::Int)) : QVariant(j.result == u"granted"_s ? 1 : 0),
                 j.caseId});
        !st)
        return fail(st.error());
    return {};
}

} // namespace

Result<Saved> JudicialConfirmationService::recordJudicialConfirmation(JudicialConfirmation j, const QString& actor)
{
    auto c = mediation::writableCase(m_db, j.caseId);
    if (!c)
        return fail(c.error());
    j.caseId = c->id;
    const auto a = AgreementService(m_db).agreement(j.caseId);
    if (!a || a->form != u"written"_s)
        return fail(
            Mediation::tr("Judicial confirmation needs a written mediation agreement. Record the agreement first."));
    if (Status st = checkApplication(j, *a); !st)
        return fail(st.error());

    Saved saved;
    if (const QString w = lateApplicationWarning(m_db, j); !w.isEmpty())
        saved.warnings << w;
    if (const QString w = AgreementService::personalStatusWarning(c->categoryCode,
                                                                  a->facts + a->disputePoints + a->terms + c->summary);
        !w.isEmpty())
        saved.warnings << w;

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (auto again = mediation::lockWritableCase(m_db, c->id); !again)
        return fail(again.error());
    if (Status st = writeConfirmation(m_db, j, actor, utcNow()); !st)
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

std::optional<JudicialConfirmation> JudicialConfirmationService::judicialConfirmation(const QString& caseId) const
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

} // namespace ow
