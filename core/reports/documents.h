// Read models of the printed documents of a case: the acceptance receipt, the mediation agreement,
// the petition handling opinion and the bound case file. Each is assembled here in one read
// transaction, with the reference data loaded once and people's names and the code lists' wording
// resolved, so that the layout (ui/printing) only lays out and looks nothing up.
#pragma once

#include "domain/case.h"
#include "domain/mediation.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace ow {

class Database;

// A party as a document names it: the role in the customary wording and the party's details.
struct DocumentParty
{
    QString roleLabel; // 申请人, 被申请人, … (vocab::List::PartyRole)
    Party party;
};

// 受理回执 / 信访事项受理告知书 / 不予受理告知书.
struct ReceiptModel
{
    enum class Kind
    {
        Receipt,        // 受理回执
        PetitionNotice, // 信访事项受理告知书
        NonAcceptance,  // 不予受理告知书
    };
    Kind kind = Kind::Receipt;
    QString siteName;
    QString caseNo; // empty while the case has no number
    QString oneCaseCode;
    QDate receivedOn;
    QString receivedAt;      // HH:mm, may be empty
    QString applicants;      // the applicants' names joined with 、
    QString applicantIdMask; // the first applicant ID number, masked; receipts never print a full one
    QString caseTypeLabel;
    QString summary;
    QString rejectionReason; // NonAcceptance only
    QString department;      // the lead department's name; empty until triage names one
    QDate dueOn;
    QString receivedBy;  // display name of whoever registered the case
    QString centerPhone; // setting center_phone; empty: not printed
    QDate printedOn;
};

// 人民调解协议书 / 口头调解协议记录.
struct AgreementModel
{
    QString caseNo;
    QString siteName;
    bool written = true; // written (art. 29) or oral (art. 28)
    QString agreementNo; // empty: the document numbers it after the case
    QList<Party> parties;
    QString facts;
    QString disputePoints;
    QString terms;
    std::optional<qint64> amountFen;
    QString performanceManner;
    QString performancePlace;
    QDate performanceDueOn;
    int copies = 0;
    QString mediators; // names joined with 、
    QString committee; // the seal: the mediator's committee; empty: the center signs
    QDate effectiveOn;
};

// 信访事项处理意见书.
struct HandlingOpinionModel
{
    QString caseNo;
    QString siteName;
    QString applicantName;
    QString request;
    QString factsAndReasons;
    QString decisionLabel; // 支持 / 不支持 / 解释说明 …
    QString basis;
    QString reviewNotice;
    QDate closedOn;
};

struct CaseFileOptions
{
    QString volumeName; // 卷名; empty: "<applicant>与<respondent><category>纠纷"
    QString volumeNo;   // 卷号; empty: setting case_file_no_pattern, default （{year}）人调字第{seq}号
    QString compiledBy; // 立卷人
    QString retention;  // 保管期限; empty: setting case_file_retention, default 长期
};

// One line of the case file's records: a date, who (a person or a department) and what.
struct CaseFileEntry
{
    QString date; // yyyy-MM-dd
    QString who;
    QString text;
};

struct CaseFileSession
{
    int sessionNo = 0;
    QDate heldOn;
    QTime startsAt;
    QTime endsAt;
    QString place; // the room's name, or the place written down
    QString typeLabel;
    QString mediators;
    QString partiesPresent;
    QString record;
    QString resultLabel;
    QString terminationLabel; // empty unless terminated
    QStringList routesTold;   // labels of the routes the parties were told about
};

struct CaseFilePerformance
{
    QDate recordedOn;
    QString stateLabel;
    std::optional<qint64> amountFen;
    QString note;
};

struct CaseFileFollowup
{
    QDate visitedOn;
    QString methodLabel;
    QString visitor;
    QString satisfactionLabel;
    QString performedLabel; // empty when not recorded
    QString notes;
};

struct CaseFileClosure
{
    QDate closedOn;
    QString closedBy; // display name
    QString outcomeLabel;
    QString levelLabel;
    QString summary;
};

struct CaseFileAttachment
{
    AttachmentInfo info;
    QString kindLabel;
    QByteArray data; // empty when the stored file cannot be read
};

// A leader's reception at which the case was received (领导接访, docs/leaders-and-agency.md).
struct CaseFileReception
{
    QDate day;
    QString halfLabel; // 上午 / 下午
    QString leader;    // position and name: 县委副书记王建国
    QString place;
};

// 人民调解卷宗: everything the bound case file shows, in the order it is bound.
struct CaseFileModel
{
    QString siteName;
    // Cover.
    QString volumeName;
    QString volumeNo;
    QString mediators; // every mediator of the sessions and the agreement
    QDate receivedOn;
    QDate closedOn;
    QString compiledBy;
    QString retention;
    // 受理登记表.
    QString caseNo;
    QString oneCaseCode;
    QString caseTypeLabel;
    QString sourceLabel;
    QString categoryName;
    QString place; // township and village
    QString leadDepartment;
    QList<DocumentParty> parties;
    QString summary;
    QString request;
    QList<CaseFileReception> receptions; // oldest first; printed with the registration form
    // The material, in the order it is bound.
    QList<CaseFileAttachment> attachments;
    QList<CaseFileEntry> investigations; // timeline entries: investigation, notes, responses
    QList<CaseFileEntry> coFeedback;     // co-handling departments' feedback
    QList<CaseFileSession> sessions;
    std::optional<AgreementModel> agreement;
    QList<CaseFilePerformance> performances;
    QList<CaseFileFollowup> followups;
    std::optional<JudicialConfirmation> confirmation;
    std::optional<CaseFileClosure> closure;
    std::optional<HandlingOpinionModel> opinion;
    QDate printedOn; // the back cover's date
    // The signed head of the audit log as the volume was bound (security/audit_anchors.h), printed on
    // the back cover; or why it could not be signed (a note to the user, the volume is still made).
    QString auditHead;
    QString auditHeadProblem;
};

// Each by case number, UUID or one-case code; fails with a translated message when the case (or
// the document: no agreement, no handling opinion) does not exist.
Result<ReceiptModel> receiptModel(Database& db, const QString& caseKey);
// The receipt of a case already loaded (the intake dialog's just-saved case).
ReceiptModel receiptModel(Database& db, const CaseRecord& c);
Result<AgreementModel> agreementModel(Database& db, const QString& caseKey);
Result<HandlingOpinionModel> handlingOpinionModel(Database& db, const QString& caseKey);
// The case file also signs the audit log's head (a write of its own after the read, audit_anchors).
Result<CaseFileModel> caseFileModel(Database& db, const QString& caseKey, const CaseFileOptions& options = {});

} // namespace ow
