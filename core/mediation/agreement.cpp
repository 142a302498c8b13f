// Agreements: the checks of 人民调解法 arts. 28-29, the agreement row (one per case), the 30-day
// judicial confirmation milestone of a written agreement, and the timeline entry.
#include "mediation/agreement.h"

#include "mediation/case_access.h"
#include "mediation/money.h"
#include "mediation/roster.h"
#include "security/audit.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "workflow/calendar.h"
#include "workflow/case_events.h"
#include "workflow/deadlines.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

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

// Written or oral, and taking effect on a day between the case's receipt and today.
Status checkFormAndDate(const Agreement& a, const mediation::CaseBasics& c)
{
    if (a.form != u"written"_s && a.form != u"oral"_s)
        return fail(
            Mediation::tr("An agreement is either written (People's Mediation Law art. 29) or oral (art. 28)."));
    if (!a.effectiveOn.isValid())
        return fail(Mediation::tr("Enter the date the agreement takes effect (the date all parties signed it)."));
    if (a.effectiveOn > Clock::today())
        return fail(Mediation::tr("The agreement's effective date %1 is in the future.").arg(sql::iso(a.effectiveOn)));
    if (c.receivedOn.isValid() && a.effectiveOn < c.receivedOn)
        return fail(Mediation::tr("The agreement takes effect (%1) before the case was received (%2).")
                        .arg(sql::iso(a.effectiveOn), sql::iso(c.receivedOn)));
    return {};
}

// The case's signing parties when none were given, and the texts without surrounding blanks.
void completeAgreement(Database& db, Agreement& a)
{
    if (a.parties.isEmpty())
        a.parties = signingParties(db, a.caseId);
    auto trimmed = [](QString& s) { s = s.trimmed(); };
    trimmed(a.facts);
    trimmed(a.disputePoints);
    trimmed(a.terms);
    trimmed(a.performanceManner);
    trimmed(a.performancePlace);
}

// What People's Mediation Law art. 29 requires of a written agreement and it lacks.
QStringList missingFromWritten(const Agreement& a)
{
    QStringList missing;
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
    return missing;
}

// The amount, and the content the form requires: everything art. 29 lists with a deadline not
// before the agreement takes effect, or the terms of an oral agreement (art. 28).
Status checkContent(const Agreement& a)
{
    if (a.amountFen && *a.amountFen < 0)
        return fail(Mediation::tr("An amount cannot be negative."));
    if (a.form == u"written"_s) {
        const QStringList missing = missingFromWritten(a);
        if (!missing.isEmpty())
            return fail(Mediation::tr("The written agreement (People's Mediation Law art. 29) lacks: %1.")
                            .arg(missing.join(Mediation::tr("; "))));
        if (a.performanceDueOn < a.effectiveOn)
            return fail(Mediation::tr("The performance deadline %1 is before the agreement takes effect (%2).")
                            .arg(sql::iso(a.performanceDueOn), sql::iso(a.effectiveOn)));
    } else if (a.terms.isEmpty()) {
        return fail(Mediation::tr("Record the content of the oral agreement (People's Mediation Law art. 28)."));
    }
    return {};
}

// One copy for each party and one for the committee: the default, and the least a written
// agreement may have.
Status checkCopies(Agreement& a)
{
    const int minCopies = int(a.parties.size()) + 1;
    if (a.copies == 0)
        a.copies = minCopies;
    if (a.form == u"written"_s && a.copies < minCopies)
        return fail(
            Mediation::tr("The agreement needs at least %1 copies: one for each of the %2 parties and one kept by the "
                          "mediation committee.")
                .arg(minCopies)
                .arg(a.parties.size()));
    return {};
}

// The refusal when the case's agreement is not the version the form read: another desk saved one
// since (or saved the first while this form began a new one). Says who and when, as a case's edit
// does.
QString savedMeanwhile(Database& db, const QString& caseNo, const QString& by, const QString& at)
{
    const ChangeSeen seen = changeSeen(db, by, at);
    return Mediation::tr("%1 saved the mediation agreement of case %2 at %3 while you had it open. Nothing of "
                         "yours was saved; close the form and open it again to see their version, then redo your "
                         "changes.")
        .arg(seen.who, caseNo, seen.when);
}

// Inserts the case's agreement or replaces the contents of the one it has (keeping its id), unless
// another desk saved it since the form read it; true when it was new. Called after
// lockWritableCase, whose lock (the case row on a server, the file's on SQLite) keeps every other
// save of this case out until the commit.
Result<bool> writeAgreementRow(Database& db, Agreement& a, const QString& caseNo, const QString& actor,
                               const QString& now)
{
    QSqlQuery existing(db.sql());
    existing.prepare(u"SELECT id, row_version, actor, updated_at FROM agreements WHERE case_id = ?"_s);
    existing.addBindValue(a.caseId);
    if (!existing.exec())
        return fail(sql::errorText(existing.lastError()));
    const bool isNew = !existing.next();
    if (!isNew && existing.value(1).toInt() != a.rowVersion)
        return fail(savedMeanwhile(db, caseNo, existing.value(2).toString(), existing.value(3).toString()));
    a.id = isNew ? newUuid() : existing.value(0).toString();
    a.rowVersion = isNew ? 1 : a.rowVersion + 1;
    QSqlQuery q(db.sql());
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
                              mediation::nullableFen(a.amountFen),
                              sql::iso(a.effectiveOn),
                              a.copies,
                              a.mediatorIds.join(u','),
                              actor};
    if (isNew) {
        q.prepare(u"INSERT INTO agreements (form, agreement_no, parties_json, facts, dispute_points, terms, "
                  u"performance_manner, performance_place, performance_due_on, amount_fen, effective_on, copies, "
                  u"mediator_ids, actor, id, case_id, site_code, created_at, updated_at) "
                  u"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        if (Status st = mediation::execBound(q, common + QVariantList{a.id, a.caseId, db.siteCode(), now, now}); !st)
            return fail(st.error());
    } else {
        q.prepare(u"UPDATE agreements SET form=?, agreement_no=?, parties_json=?, facts=?, dispute_points=?, terms=?, "
                  u"performance_manner=?, performance_place=?, performance_due_on=?, amount_fen=?, effective_on=?, "
                  u"copies=?, mediator_ids=?, actor=?, updated_at=?, row_version = row_version + 1 WHERE id = ?"_s);
        if (Status st = mediation::execBound(q, common + QVariantList{now, a.id}); !st)
            return fail(st.error());
    }
    return isNew;
}

// 人民调解法 art. 33: the parties may jointly apply within 30 days of the agreement taking
// effect. Only a written agreement can be confirmed, so only it gets the milestone.
Status setConfirmationMilestone(Database& db, const Agreement& a, const QString& caseType, const QString& now)
{
    DeadlineRule rule{u"any"_s, u"judicial_confirmation_application"_s, 30, u"calendar"_s, u"agreement_effective"_s, 0,
                      QString()};
    bool specific = false; // a rule for this case type wins over an "any" rule
    for (const DeadlineRule& r : loadDeadlineRules(db, caseType)) {
        if (r.milestone != rule.milestone)
            continue;
        if (r.caseType == caseType) {
            rule = r;
            specific = true;
        } else if (!specific) {
            rule = r;
        }
    }
    const DeadlineEngine engine(HolidayCalendar::load(db));
    const QDate due = engine.dueDate(a.effectiveOn, rule);
    QSqlQuery m(db.sql());
    m.prepare(u"INSERT INTO milestones (id, case_id, milestone, counting, days, starts_on, due_on, original_due_on, "
              u"site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
              u"ON CONFLICT (case_id, milestone) DO UPDATE SET counting = excluded.counting, days = excluded.days, "
              u"starts_on = excluded.starts_on, due_on = excluded.due_on, original_due_on = excluded.original_due_on, "
              u"updated_at = excluded.updated_at, row_version = milestones.row_version + 1"_s);
    return mediation::execBound(m, {newUuid(), a.caseId, rule.milestone, rule.counting, rule.days,
                                    sql::iso(a.effectiveOn), sql::iso(due), sql::iso(due), db.siteCode(), now, now});
}

Status appendAgreementEvent(Database& db, const Agreement& a, const QString& actor, bool isNew)
{
    QString detail = (a.form == u"written"_s ? Mediation::tr("Written agreement effective %1")
                                             : Mediation::tr("Oral agreement effective %1"))
                         .arg(sql::iso(a.effectiveOn));
    if (a.amountFen)
        detail += Mediation::tr(", amount %1 yuan").arg(money::formatFen(*a.amountFen));
    return workflow::appendEvent(db, a.caseId, actor, isNew ? u"agreement"_s : u"agreement_update"_s, detail);
}

} // namespace

QString AgreementService::personalStatusWarning(const QString& categoryCode, const QString& text)
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

Result<Saved> AgreementService::saveAgreement(Agreement a, const QString& actor)
{
    auto c = mediation::writableCase(m_db, a.caseId);
    if (!c)
        return fail(c.error());
    a.caseId = c->id;
    if (Status st = checkFormAndDate(a, *c); !st)
        return fail(st.error());
    completeAgreement(m_db, a);
    if (Status st = checkContent(a); !st)
        return fail(st.error());
    if (Status st = checkCopies(a); !st)
        return fail(st.error());
    a.mediatorIds.removeAll(QString());
    if (Status st = RosterService(m_db).checkActive(a.mediatorIds); !st)
        return fail(st.error());

    Saved saved;
    if (const QString w = personalStatusWarning(c->categoryCode, a.facts + a.disputePoints + a.terms + c->summary);
        !w.isEmpty())
        saved.warnings << w;

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (auto again = mediation::lockWritableCase(m_db, c->id); !again)
        return fail(again.error());
    const QString now = utcNow();
    const auto isNew = writeAgreementRow(m_db, a, c->caseNo.isEmpty() ? oneCaseCodeFor(c->id) : c->caseNo, actor, now);
    if (!isNew)
        return fail(isNew.error());
    if (a.form == u"written"_s)
        if (Status st = setConfirmationMilestone(m_db, a, c->caseType, now); !st)
            return fail(st.error());
    if (Status st = appendAgreementEvent(m_db, a, actor, *isNew); !st)
        return fail(st.error());
    if (Status st = workflow::touchCase(m_db, a.caseId); !st)
        return fail(st.error());
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    saved.id = a.id;
    saved.rowVersion = a.rowVersion;
    return saved;
}

std::optional<Agreement> AgreementService::agreement(const QString& caseId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        u"SELECT id, case_id, form, agreement_no, parties_json, facts, dispute_points, terms, performance_manner, "
        u"performance_place, performance_due_on, amount_fen, effective_on, copies, mediator_ids, row_version "
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
    a.amountFen = mediation::fenFrom(q.value(11));
    a.effectiveOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    a.copies = q.value(13).toInt();
    a.mediatorIds = q.value(14).toString().split(u',', Qt::SkipEmptyParts);
    a.rowVersion = q.value(15).toInt();
    return a;
}

} // namespace ow
