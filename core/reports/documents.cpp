// Assembling the documents' read models (see documents.h): one read transaction per document, the
// reference data, the mediator roster and the users' names loaded once.
#include "reports/documents.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "mechanisms/mechanism_support.h"
#include "mechanisms/reception.h"
#include "mediation/agreement.h"
#include "mediation/attachments.h"
#include "mediation/closure.h"
#include "mediation/followup.h"
#include "mediation/judicial_confirmation.h"
#include "mediation/mediation_codes.h"
#include "mediation/performance.h"
#include "mediation/roster.h"
#include "mediation/sessions.h"
#include "security/audit_anchors.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "storage/database.h"
#include "storage/read_transaction.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "validation/identifiers.h"
#include "workflow/routing.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ow {
namespace {

// What a document needs to name people, places and mediators: loaded once per document.
struct Names
{
    explicit Names(Database& db)
        : ref(ReferenceData::load(db))
        , mediators(RosterService(db).mediators(false))
        , users(UserService(db).displayNames())
    {}

    QString mediatorNames(const QStringList& ids) const
    {
        QStringList names;
        for (const QString& id : ids)
            for (const Mediator& m : mediators)
                if (m.id == id)
                    names << m.name;
        return names.join(QStringLiteral("、"));
    }
    // The committee whose seal the agreement carries: the first mediator's organisation.
    QString committee(const QStringList& ids) const
    {
        for (const QString& id : ids)
            for (const Mediator& m : mediators)
                if (m.id == id && !m.organization.trimmed().isEmpty())
                    return m.organization.trimmed();
        return {};
    }
    // Who did it, by name: the login only when the account is gone.
    QString person(const QString& login) const
    {
        const QString name = users.value(login);
        return name.isEmpty() ? login : name;
    }

    ReferenceData ref;
    QList<Mediator> mediators;
    QHash<QString, QString> users;
};

Result<CaseRecord> loadCase(Database& db, const QString& key)
{
    return CaseStore(db).load(key);
}

QList<DocumentParty> labelled(const QList<Party>& parties)
{
    QList<DocumentParty> out;
    for (const Party& p : parties)
        out << DocumentParty{vocab::label(vocab::List::PartyRole, p.role), p};
    return out;
}

ReceiptModel receiptOf(Database& db, const CaseRecord& c, const Names& names)
{
    ReceiptModel m;
    m.kind = hasStatus(c.status, CaseStatus::Rejected) ? ReceiptModel::Kind::NonAcceptance
             : c.caseType == QLatin1String("petition") ? ReceiptModel::Kind::PetitionNotice
                                                       : ReceiptModel::Kind::Receipt;
    m.siteName = names.ref.siteName;
    m.caseNo = c.caseNo;
    m.oneCaseCode = c.oneCaseCode();
    m.receivedOn = c.receivedOn;
    m.receivedAt = c.receivedAt;
    for (const Party& p : c.parties)
        if (p.role == QLatin1String("applicant")) {
            m.applicants += (m.applicants.isEmpty() ? QString() : QStringLiteral("、")) + p.name;
            if (m.applicantIdMask.isEmpty() && !p.idNumber.isEmpty())
                m.applicantIdMask = validation::maskedId(p.idNumber);
        }
    m.caseTypeLabel = vocab::label(vocab::List::CaseType, c.caseType);
    m.summary = c.summary;
    if (m.kind == ReceiptModel::Kind::NonAcceptance)
        m.rejectionReason = c.endReason;
    if (!c.leadDepartmentCode.isEmpty())
        m.department = names.ref.departmentName(c.leadDepartmentCode);
    m.dueOn = c.dueOn;
    // 受理人: whoever registered the case (the timeline's intake entry names the login).
    for (const TimelineEvent& e : c.timeline)
        if (e.action == QLatin1String("intake")) {
            m.receivedBy = names.person(e.actor);
            break;
        }
    m.centerPhone = db.setting(QStringLiteral("center_phone")).trimmed();
    m.printedOn = Clock::today();
    return m;
}

AgreementModel agreementFrom(const CaseRecord& c, const Agreement& a, const Names& names)
{
    return AgreementModel{c.caseNo,
                          names.ref.siteName,
                          a.form == QLatin1String("written"),
                          a.agreementNo,
                          a.parties,
                          a.facts,
                          a.disputePoints,
                          a.terms,
                          a.amountFen,
                          a.performanceManner,
                          a.performancePlace,
                          a.performanceDueOn,
                          a.copies,
                          names.mediatorNames(a.mediatorIds),
                          names.committee(a.mediatorIds),
                          a.effectiveOn};
}

Result<HandlingOpinionModel> opinionOf(Database& db, const CaseRecord& c, const Names& names)
{
    const auto rec = ClosureService(db).latestClosure(c.id);
    if (!rec || rec->opinion.decision.isEmpty())
        return fail(QCoreApplication::translate("MediationDocuments", "Case %1 has no petition handling opinion.")
                        .arg(c.caseNo));
    return HandlingOpinionModel{c.caseNo,
                                names.ref.siteName,
                                c.applicantName(),
                                rec->opinion.request,
                                rec->opinion.factsAndReasons,
                                ClosureService::petitionDecisionLabel(rec->opinion.decision),
                                rec->opinion.basis,
                                rec->opinion.reviewNotice,
                                rec->closedOn};
}

// A timeline entry as an official document words it: the status change the timeline records
// first ("办理中 → 已反馈；") is bookkeeping, not wording for a case file.
QString documentWording(const QString& detail)
{
    static const QRegularExpression transition(QStringLiteral("^[^；]* → [^；]*；"));
    return QString(detail).remove(transition);
}

QString volumeNumber(Database& db, const CaseRecord& c, const CaseFileOptions& o)
{
    if (!o.volumeNo.isEmpty())
        return o.volumeNo;
    QString pattern = db.setting(QStringLiteral("case_file_no_pattern"), QStringLiteral("（{year}）人调字第{seq}号"));
    static const QRegularExpression digits(QStringLiteral("(\\d+)\\D*$"));
    const auto m = digits.match(c.caseNo);
    const int seq = m.hasMatch() ? m.captured(1).toInt() : 1;
    const QDate d = c.endedOn.isValid() ? c.endedOn : c.receivedOn;
    return pattern.replace(QStringLiteral("{year}"), QString::number(d.year()))
        .replace(QStringLiteral("{seq}"), QString::number(seq));
}

QString volumeName(const CaseRecord& c, const Names& names)
{
    QString applicant, respondent;
    for (const Party& p : c.parties) {
        if (p.role == QLatin1String("applicant") && applicant.isEmpty())
            applicant = p.name;
        if (p.role == QLatin1String("respondent") && respondent.isEmpty())
            respondent = p.name;
    }
    const QString category = names.ref.categoryName(c.categoryCode);
    return respondent.isEmpty()
               ? QCoreApplication::translate("MediationDocuments", "%1: %2 dispute").arg(applicant, category)
               : QCoreApplication::translate("MediationDocuments", "%1 and %2: %3 dispute")
                     .arg(applicant, respondent, category);
}

void addRegistration(CaseFileModel& m, const CaseRecord& c, const Names& names)
{
    m.caseNo = c.caseNo;
    m.oneCaseCode = c.oneCaseCode();
    m.caseTypeLabel = vocab::label(vocab::List::CaseType, c.caseType);
    m.sourceLabel = vocab::label(vocab::List::Source, c.source);
    m.categoryName = names.ref.categoryName(c.categoryCode);
    m.place = names.ref.divisionName(c.townshipCode) +
              (c.villageCode.isEmpty() ? QString() : QStringLiteral(" ") + names.ref.divisionName(c.villageCode));
    m.leadDepartment = names.ref.departmentName(c.leadDepartmentCode);
    m.parties = labelled(c.parties);
    m.summary = c.summary;
    m.request = c.request;
    for (const TimelineEvent& e : c.timeline)
        if (QStringList{QStringLiteral("investigation"), QStringLiteral("note"), QStringLiteral("respond"),
                        QStringLiteral("response")}
                .contains(e.action))
            m.investigations << CaseFileEntry{e.at.left(10), names.person(e.actor), documentWording(e.detail)};
}

void addMediation(Database& db, CaseFileModel& m, const CaseRecord& c, const Names& names)
{
    const QList<MediationRoom> rooms = RosterService(db).rooms(false);
    QStringList mediatorIds;
    for (const MediationSession& s : SessionService(db).sessions(c.id)) {
        mediatorIds << s.mediatorIds;
        CaseFileSession out{s.sessionNo,
                            s.heldOn,
                            s.startsAt,
                            s.endsAt,
                            s.place,
                            vocab::label(vocab::List::MediationType, s.mediationType),
                            names.mediatorNames(s.mediatorIds),
                            s.partiesPresent,
                            s.record,
                            mediation::label(mediation::List::SessionResult, s.result),
                            {},
                            {}};
        for (const MediationRoom& r : rooms)
            if (r.id == s.roomId)
                out.place = r.name;
        if (!s.terminationReason.isEmpty())
            out.terminationLabel = mediation::label(mediation::List::TerminationReason, s.terminationReason);
        for (const QString& r : s.routesTold)
            out.routesTold << mediation::label(mediation::List::Route, r);
        m.sessions << out;
    }
    if (const auto a = AgreementService(db).agreement(c.id)) {
        mediatorIds << a->mediatorIds;
        m.agreement = agreementFrom(c, *a, names);
    }
    mediatorIds.removeDuplicates();
    m.mediators = names.mediatorNames(mediatorIds);
    for (const Performance& p : PerformanceService(db).performances(c.id))
        m.performances << CaseFilePerformance{
            p.recordedOn, mediation::label(mediation::List::PerformanceState, p.state), p.amountFen, p.note};
    for (const FollowupVisit& f : FollowupService(db).followups(c.id))
        m.followups << CaseFileFollowup{
            f.visitedOn,
            mediation::label(mediation::List::FollowupMethod, f.method),
            f.visitor,
            vocab::label(vocab::List::Satisfaction, f.satisfaction),
            f.performed.isEmpty() ? QString() : mediation::label(mediation::List::PerformanceState, f.performed),
            f.notes};
    m.confirmation = JudicialConfirmationService(db).judicialConfirmation(c.id);
}

void addClosure(Database& db, CaseFileModel& m, const CaseRecord& c, const Names& names)
{
    if (const auto closure = ClosureService(db).latestClosure(c.id))
        m.closure = CaseFileClosure{
            closure->closedOn, names.person(closure->closedBy), vocab::label(vocab::List::Outcome, closure->outcome),
            vocab::label(vocab::List::ResolutionLevel, closure->resolutionLevel), closure->summary};
    if (auto op = opinionOf(db, c, names))
        m.opinion = *op;
    for (const CaseDepartment& d : RoutingService(db).departmentsOf(c.id))
        if (d.role == QLatin1String("co") && !d.feedback.trimmed().isEmpty())
            m.coFeedback << CaseFileEntry{d.feedbackAt.left(10), names.ref.departmentName(d.department), d.feedback};
    const AttachmentService att(db);
    for (const AttachmentInfo& a : att.list(c.id)) {
        const Result<QByteArray> bytes = att.data(a.id);
        m.attachments << CaseFileAttachment{a, AttachmentService::kindLabel(a.kind), bytes ? *bytes : QByteArray()};
    }
}

} // namespace

ReceiptModel receiptModel(Database& db, const CaseRecord& c)
{
    ReadTransaction read(db);
    return receiptOf(db, c, Names(db));
}

Result<ReceiptModel> receiptModel(Database& db, const QString& caseKey)
{
    ReadTransaction read(db);
    auto c = loadCase(db, caseKey);
    if (!c)
        return fail(c.error());
    return receiptOf(db, *c, Names(db));
}

Result<AgreementModel> agreementModel(Database& db, const QString& caseKey)
{
    ReadTransaction read(db);
    auto c = loadCase(db, caseKey);
    if (!c)
        return fail(c.error());
    const auto a = AgreementService(db).agreement(c->id);
    if (!a)
        return fail(QCoreApplication::translate("MediationDocuments", "Case %1 has no mediation agreement yet.")
                        .arg(c->caseNo));
    return agreementFrom(*c, *a, Names(db));
}

Result<HandlingOpinionModel> handlingOpinionModel(Database& db, const QString& caseKey)
{
    ReadTransaction read(db);
    auto c = loadCase(db, caseKey);
    if (!c)
        return fail(c.error());
    return opinionOf(db, *c, Names(db));
}

static Result<CaseFileModel> readCaseFile(Database& db, const QString& caseKey, const CaseFileOptions& options)
{
    ReadTransaction read(db);
    auto loaded = loadCase(db, caseKey);
    if (!loaded)
        return fail(loaded.error());
    const CaseRecord& c = *loaded;
    const Names names(db);
    CaseFileModel m;
    m.siteName = names.ref.siteName;
    m.volumeName = options.volumeName.isEmpty() ? volumeName(c, names) : options.volumeName;
    m.volumeNo = volumeNumber(db, c, options);
    m.receivedOn = c.receivedOn;
    m.closedOn = c.endedOn;
    m.compiledBy = options.compiledBy;
    m.retention = !options.retention.isEmpty()
                      ? options.retention
                      : db.setting(QStringLiteral("case_file_retention"),
                                   QCoreApplication::translate("MediationDocuments", "Long-term"));
    addRegistration(m, c, names);
    for (const ReceptionDay& d : ReceptionService(db).receptionsOfCase(c.id))
        m.receptions << CaseFileReception{d.day, mechanisms::halfLabel(d.half), d.leaderPosition + d.leaderName,
                                          d.place};
    addMediation(db, m, c, names);
    addClosure(db, m, c, names);
    m.printedOn = Clock::today();
    return m;
}

Result<CaseFileModel> caseFileModel(Database& db, const QString& caseKey, const CaseFileOptions& options)
{
    auto m = readCaseFile(db, caseKey, options);
    if (!m)
        return m;
    if (const auto head = issueAnchor(db, QStringLiteral("case_file")); head)
        m->auditHead = anchorLine(*head);
    else
        m->auditHeadProblem = head.error();
    return m;
}

} // namespace ow
