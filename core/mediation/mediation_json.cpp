// JSON of a case's mediation records, with codes (not labels) and amounts in integer fen.
#include "mediation/mediation_json.h"

#include "mediation/agreement.h"
#include "mediation/attachments.h"
#include "mediation/closure.h"
#include "mediation/followup.h"
#include "mediation/judicial_confirmation.h"
#include "mediation/performance.h"
#include "mediation/sessions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue fen(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject mediationJsonFor(Database& db, const QString& caseId)
{
    QJsonObject out;

    QJsonArray sessions;
    for (const MediationSession& s : SessionService(db).sessions(caseId))
        sessions.append(
            QJsonObject{{u"id"_s, s.id},
                        {u"session_no"_s, s.sessionNo},
                        {u"held_on"_s, date(s.heldOn)},
                        {u"starts_at"_s, s.startsAt.toString(u"HH:mm"_s)},
                        {u"ends_at"_s, text(s.endsAt.isValid() ? s.endsAt.toString(u"HH:mm"_s) : QString())},
                        {u"room_id"_s, text(s.roomId)},
                        {u"place"_s, s.place},
                        {u"mediation_type"_s, s.mediationType},
                        {u"mediator_ids"_s, QJsonArray::fromStringList(s.mediatorIds)},
                        {u"parties_present"_s, s.partiesPresent},
                        {u"record"_s, s.record},
                        {u"result"_s, s.result},
                        {u"termination_reason"_s, text(s.terminationReason)},
                        {u"routes_told"_s, QJsonArray::fromStringList(s.routesTold)}});
    out[u"sessions"_s] = sessions;

    if (const auto a = AgreementService(db).agreement(caseId)) {
        QJsonArray parties;
        for (const Party& p : a->parties)
            parties.append(QJsonObject{{u"role"_s, p.role}, {u"name"_s, p.name}});
        out[u"agreement"_s] = QJsonObject{{u"id"_s, a->id},
                                          {u"form"_s, a->form},
                                          {u"agreement_no"_s, a->agreementNo},
                                          {u"parties"_s, parties},
                                          {u"facts"_s, a->facts},
                                          {u"dispute_points"_s, a->disputePoints},
                                          {u"terms"_s, a->terms},
                                          {u"performance_manner"_s, a->performanceManner},
                                          {u"performance_place"_s, a->performancePlace},
                                          {u"performance_due_on"_s, date(a->performanceDueOn)},
                                          {u"amount_fen"_s, fen(a->amountFen)},
                                          {u"effective_on"_s, date(a->effectiveOn)},
                                          {u"copies"_s, a->copies}};
    } else {
        out[u"agreement"_s] = QJsonValue(QJsonValue::Null);
    }

    if (const auto j = JudicialConfirmationService(db).judicialConfirmation(caseId))
        out[u"judicial_confirmation"_s] = QJsonObject{{u"applied_on"_s, date(j->appliedOn)},
                                                      {u"court"_s, j->court},
                                                      {u"court_case_no"_s, text(j->courtCaseNo)},
                                                      {u"decided_on"_s, date(j->decidedOn)},
                                                      {u"result"_s, text(j->result)}};
    else
        out[u"judicial_confirmation"_s] = QJsonValue(QJsonValue::Null);

    QJsonArray performances;
    for (const Performance& p : PerformanceService(db).performances(caseId))
        performances.append(QJsonObject{{u"recorded_on"_s, date(p.recordedOn)},
                                        {u"state"_s, p.state},
                                        {u"amount_fen"_s, fen(p.amountFen)},
                                        {u"note"_s, p.note}});
    out[u"performances"_s] = performances;

    QJsonArray followups;
    for (const FollowupVisit& f : FollowupService(db).followups(caseId))
        followups.append(QJsonObject{{u"visited_on"_s, date(f.visitedOn)},
                                     {u"method"_s, f.method},
                                     {u"visitor"_s, f.visitor},
                                     {u"satisfaction"_s, f.satisfaction},
                                     {u"performed"_s, text(f.performed)},
                                     {u"notes"_s, f.notes}});
    out[u"followups"_s] = followups;

    if (const auto c = ClosureService(db).latestClosure(caseId)) {
        QJsonObject o{{u"closed_on"_s, date(c->closedOn)},
                      {u"outcome"_s, c->outcome},
                      {u"resolution_level"_s, c->resolutionLevel},
                      {u"summary"_s, c->summary},
                      {u"closed_by"_s, c->closedBy},
                      {u"reopened_at"_s, text(c->reopenedAt)},
                      {u"reopen_reason"_s, text(c->reopenReason)}};
        if (!c->opinion.decision.isEmpty())
            o[u"petition_opinion"_s] = QJsonObject{{u"request"_s, c->opinion.request},
                                                   {u"facts_and_reasons"_s, c->opinion.factsAndReasons},
                                                   {u"decision"_s, c->opinion.decision},
                                                   {u"basis"_s, c->opinion.basis},
                                                   {u"review_notice"_s, c->opinion.reviewNotice}};
        out[u"closure"_s] = o;
    } else {
        out[u"closure"_s] = QJsonValue(QJsonValue::Null);
    }

    QJsonArray attachments;
    for (const AttachmentInfo& a : AttachmentService(db).list(caseId))
        attachments.append(QJsonObject{{u"id"_s, a.id},
                                       {u"title"_s, a.title},
                                       {u"kind"_s, a.kind},
                                       {u"file_name"_s, a.fileName},
                                       {u"mime"_s, a.mime},
                                       {u"size"_s, a.size},
                                       {u"sha256"_s, a.sha256},
                                       {u"added_at"_s, a.createdAt}});
    out[u"attachments"_s] = attachments;
    return out;
}

} // namespace ow
