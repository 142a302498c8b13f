// Follow-up visits: validation, the record, the case's satisfaction and the timeline entry, one
// transaction each; the follow-up-required setting per case type.
#include "mediation/followup.h"

#include "domain/vocabulary.h"
#include "mediation/case_access.h"
#include "mediation/mediation_codes.h"
#include "security/audit.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "workflow/case_events.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

Result<QString> FollowupService::recordFollowup(FollowupVisit f, const QString& actor)
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
    if (!mediation::codes(mediation::List::FollowupMethod).contains(f.method))
        return fail(Mediation::tr("Choose how the follow-up was made: phone, home visit or at the center."));
    f.visitor = f.visitor.trimmed();
    if (f.visitor.isEmpty())
        return fail(Mediation::tr("Enter who made the follow-up visit."));
    if (!vocab::isCode(vocab::List::Satisfaction, f.satisfaction))
        return fail(Mediation::tr("\"%1\" is not a satisfaction level. Choose one of: %2.")
                        .arg(f.satisfaction, vocab::codes(vocab::List::Satisfaction).join(u", "_s)));
    if (!f.performed.isEmpty() && !mediation::codes(mediation::List::PerformanceState).contains(f.performed))
        return fail(Mediation::tr("Choose whether the agreement was performed, partly performed or not performed."));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (auto again = mediation::lockWritableCase(m_db, c->id); !again)
        return fail(again.error());
    f.id = newUuid();
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO followups (id, case_id, visited_on, method, visitor, satisfaction, performed, notes, "
              u"actor, site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    if (Status st =
            mediation::execBound(q, {f.id, f.caseId, sql::iso(f.visitedOn), f.method, f.visitor, f.satisfaction,
                                     sql::nullable(f.performed), f.notes.trimmed(), actor, m_db.siteCode(), now, now});
        !st)
        return fail(st.error());
    // The case's satisfaction is that of its latest visit (a later revisit supersedes).
    QSqlQuery s(m_db.sql());
    s.prepare(u"UPDATE cases SET satisfaction = (SELECT satisfaction FROM followups WHERE case_id = ? "
              u"ORDER BY visited_on DESC, created_at DESC LIMIT 1), updated_at = ?, row_version = row_version + 1 "
              u"WHERE id = ?"_s);
    if (Status st = mediation::execBound(s, {f.caseId, now, f.caseId}); !st)
        return fail(st.error());
    const QString detail = Mediation::tr("Follow-up %1 (%2) by %3: %4")
                               .arg(sql::iso(f.visitedOn), mediation::label(mediation::List::FollowupMethod, f.method),
                                    f.visitor, vocab::label(vocab::List::Satisfaction, f.satisfaction));
    if (Status st = workflow::appendEvent(m_db, f.caseId, actor, u"followup"_s, detail); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    return f.id;
}

QList<FollowupVisit> FollowupService::followups(const QString& caseId) const
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

bool FollowupService::followupRequired(const QString& caseType) const
{
    const bool byDefault = caseType == u"people_mediation"_s || caseType == u"petition"_s;
    const QString v = m_db.setting(u"followup_required."_s + caseType);
    if (v.isEmpty())
        return byDefault;
    return v == u"1"_s || v == u"true"_s;
}

Status FollowupService::setFollowupRequired(const QString& caseType, bool required, const QString& actor)
{
    if (!vocab::isCode(vocab::List::CaseType, caseType))
        return fail(Mediation::tr("\"%1\" is not a case type.").arg(caseType));
    if (Status s = mediation::requireSetUpRole(m_db, actor); !s)
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
