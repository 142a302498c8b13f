// Value types of mediation work on a case: roster, rooms, sessions, agreement, judicial
// confirmation, performance, follow-up visits, closure and attachments.
#pragma once

#include "domain/case.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace ow {

struct Mediator
{
    QString id;
    QString name;
    QString organization;
    QStringList specialties;
    bool invited = false; // 特邀调解员
    QString phone;
    QString userLogin;
    bool active = true;
    int rowVersion = 0; // as the list read it; a save over another desk's newer one is refused
};

struct MediationRoom
{
    QString id;
    QString name;
    // mediation_room 调解室 | brand_studio 品牌调解室 | fast_track_court 速裁法庭 |
    // counseling_room 心理咨询室 | on_site 现场调解 | remote_video 远程视频调解
    QString kind = QStringLiteral("mediation_room");
    bool active = true;
    int rowVersion = 0; // as the list read it; a save over another desk's newer one is refused
};

struct MediationSession
{
    QString id;
    QString caseId;
    int sessionNo = 0; // 1, 2, ... per case, assigned on saving
    QDate heldOn;
    QTime startsAt;
    QTime endsAt; // invalid when not recorded
    QString roomId;
    QString place;                                    // free text, e.g. the village committee's courtyard
    QString mediationType = QStringLiteral("people"); // vocab::List::MediationType
    QStringList mediatorIds;
    QString partiesPresent;
    QString record;            // 调解记录
    QString result;            // continue | agreement | failed | terminated
    QString terminationReason; // party_refuses | gap_too_wide | withdrawn
    QStringList routesTold;    // litigation | arbitration | administrative
    QString actor;
};

struct Agreement
{
    QString id;
    QString caseId;
    QString form = QStringLiteral("written"); // written (art. 29) | oral (art. 28)
    QString agreementNo;
    QList<Party> parties;
    QString facts;
    QString disputePoints;
    QString terms;
    QString performanceManner;
    QString performancePlace;
    QDate performanceDueOn;
    std::optional<qint64> amountFen;
    QDate effectiveOn;
    int copies = 0; // 0: parties + 1
    QStringList mediatorIds;
    // The version this form was read at (AgreementService::agreement); 0: the form began without an
    // agreement. A save over a newer version is refused, naming who saved it and when.
    int rowVersion = 0;
};

struct JudicialConfirmation
{
    QString id;
    QString caseId;
    QDate appliedOn;
    QString court;
    QString courtCaseNo;
    QDate decidedOn;
    QString result; // granted | refused, empty while pending
};

struct Performance
{
    QString id;
    QString caseId;
    QDate recordedOn;
    QString state; // performed | partly_performed | not_performed
    std::optional<qint64> amountFen;
    QString note;
};

struct FollowupVisit
{
    QString id;
    QString caseId;
    QDate visitedOn;
    QString method; // phone | home_visit | at_center
    QString visitor;
    QString satisfaction = QStringLiteral("unrated"); // vocab::List::Satisfaction
    QString performed;                                // empty, or a Performance state
    QString notes;
};

// 信访处理意见书 (信访工作条例 arts. 31-33).
struct PetitionOpinion
{
    QString request;
    QString factsAndReasons;
    QString decision; // support | explain | not_support (from the outcome)
    QString basis;
    QString reviewNotice; // the 30-day review right; a default text when empty
};

struct ClosureRequest
{
    QString caseId;
    QString outcome;
    QString resolutionLevel; // empty: the site's level
    QString summary;
    QDate closedOn; // empty: today
    PetitionOpinion opinion;
};

struct AttachmentInfo
{
    QString id;
    QString caseId;
    QString title;
    QString kind; // application | identity | evidence | power_of_attorney | performance_proof | other
    QString fileName;
    QString mime;
    qint64 size = 0;
    QString sha256;
    QString createdAt;
    QString actor; // the login of whoever added it
};

} // namespace ow
