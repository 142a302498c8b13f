// FollowupService: follow-up visits after a case (回访): when, how, by whom, the satisfaction and
// whether the agreement was performed; and the setting of which case types need a visit before
// they close. Every write is one transaction with its timeline or audit entry.
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace ow {

class Database;

class FollowupService
{
public:
    explicit FollowupService(Database& db)
        : m_db(db)
    {}

    // A follow-up visit; the case's satisfaction becomes that of its latest visit.
    Result<QString> recordFollowup(FollowupVisit f, const QString& actor);
    QList<FollowupVisit> followups(const QString& caseId) const;

    // Setting "followup_required.<case type>": default on for people_mediation and petition.
    bool followupRequired(const QString& caseType) const;
    Status setFollowupRequired(const QString& caseType, bool required, const QString& actor);

private:
    Database& m_db;
};

} // namespace ow
