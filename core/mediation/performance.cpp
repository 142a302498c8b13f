// Performance checks of an agreement: validation, the record and the timeline entry, one
// transaction each.
#include "mediation/performance.h"

#include "mediation/case_access.h"
#include "mediation/mediation_codes.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "workflow/case_events.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {

Result<QString> PerformanceService::recordPerformance(Performance p, const QString& actor)
{
    auto c = mediation::writableCase(m_db, p.caseId);
    if (!c)
        return fail(c.error());
    p.caseId = c->id;
    if (!p.recordedOn.isValid() || p.recordedOn > Clock::today())
        return fail(Mediation::tr("Enter the date the performance was checked (not in the future)."));
    if (!mediation::codes(mediation::List::PerformanceState).contains(p.state))
        return fail(Mediation::tr("Choose whether the agreement was performed, partly performed or not performed."));
    if (p.amountFen && *p.amountFen < 0)
        return fail(Mediation::tr("An amount cannot be negative."));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (auto again = mediation::lockWritableCase(m_db, c->id); !again)
        return fail(again.error());
    p.id = newUuid();
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO performances (id, case_id, recorded_on, state, amount_fen, note, actor, site_code, "
              u"created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"_s);
    if (Status st = mediation::execBound(q, {p.id, p.caseId, sql::iso(p.recordedOn), p.state,
                                             mediation::nullableFen(p.amountFen), p.note.trimmed(), actor,
                                             m_db.siteCode(), now, now});
        !st)
        return fail(st.error());
    const QString detail =
        Mediation::tr("Performance %1: %2")
            .arg(sql::iso(p.recordedOn), mediation::label(mediation::List::PerformanceState, p.state));
    if (Status st = workflow::appendEvent(m_db, p.caseId, actor, u"performance"_s, detail); !st)
        return fail(st.error());
    if (Status st = workflow::touchCase(m_db, p.caseId); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    return p.id;
}

QList<Performance> PerformanceService::performances(const QString& caseId) const
{
    QList<Performance> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, case_id, recorded_on, state, amount_fen, note FROM performances WHERE case_id = ? "
              u"ORDER BY recorded_on, created_at"_s);
    q.addBindValue(caseId);
    q.exec();
    while (q.next())
        out << Performance{q.value(0).toString(),
                           q.value(1).toString(),
                           QDate::fromString(q.value(2).toString(), Qt::ISODate),
                           q.value(3).toString(),
                           mediation::fenFrom(q.value(4)),
                           q.value(5).toString()};
    return out;
}

} // namespace ow
