// MediationService: the mediator roster and rooms, mediation sessions, the agreement (人民调解法
// arts. 28-29), judicial confirmation (art. 33), performance and follow-up visits. Every write
// validates, runs in one transaction and leaves a timeline and audit entry naming the actor.
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

// A saved record and the warnings the user should read (never a reason to refuse).
struct Saved
{
    QString id;
    QStringList warnings;
};

class MediationService
{
public:
    explicit MediationService(Database& db)
        : m_db(db)
    {}

    // Roster and rooms (administrators and supervisors).
    Result<QString> saveMediator(Mediator m, const QString& actor);
    QList<Mediator> mediators(bool activeOnly = true) const;
    // What to do when the roster has no active mediator: where in the menus they are added.
    static QString noMediatorsMessage();
    Result<QString> saveRoom(MediationRoom r, const QString& actor);
    QList<MediationRoom> rooms(bool activeOnly = true) const;

    // A session on an open case. Checks the date and times, the room, the mediators (at least
    // one, each active), the record and the result rules: a terminated mediation needs its
    // reason, a failed one the routes the parties were told about.
    Result<QString> recordSession(MediationSession s, const QString& actor);
    QList<MediationSession> sessions(const QString& caseId) const;

    // The agreement of a case (one per case; saving again replaces its contents). On its
    // effective date the 30-day judicial confirmation milestone is set. Warns when the agreement
    // concerns personal status or title to property (民诉法解释 art. 355).
    Result<Saved> saveAgreement(Agreement a, const QString& actor);
    std::optional<Agreement> agreement(const QString& caseId) const;

    Result<Saved> recordJudicialConfirmation(JudicialConfirmation j, const QString& actor);
    std::optional<JudicialConfirmation> judicialConfirmation(const QString& caseId) const;

    Result<QString> recordPerformance(Performance p, const QString& actor);
    QList<Performance> performances(const QString& caseId) const;

    // A follow-up visit; the case's satisfaction becomes that of its latest visit.
    Result<QString> recordFollowup(FollowupVisit f, const QString& actor);
    QList<FollowupVisit> followups(const QString& caseId) const;

    // Setting "followup_required.<case type>": default on for people_mediation and petition.
    bool followupRequired(const QString& caseType) const;
    Status setFollowupRequired(const QString& caseType, bool required, const QString& actor);

    // The art. 355 warning for a case and agreement text, empty when none applies.
    QString personalStatusWarning(const QString& categoryCode, const QString& text) const;

    // The code lists of the mediation records (migration 5), in the order a form offers them, and
    // each code's label in the current language (the code itself when it is not in the list).
    enum class List
    {
        RoomKind,
        SessionResult,
        TerminationReason,
        Route,
        FollowupMethod,
        PerformanceState,
    };
    static QStringList codes(List list);
    static QString label(List list, const QString& code);

private:
    Database& m_db;
};

} // namespace ow
