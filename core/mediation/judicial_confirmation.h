// JudicialConfirmationService: the parties' application to a court to confirm a written mediation
// agreement (人民调解法 art. 33) and the court's decision. Recording it meets the 30-day milestone
// the agreement set and writes the case's judicial_confirmed, in one transaction with its timeline
// entry.
#pragma once

#include "domain/mediation.h"
#include "mediation/agreement.h"
#include "util/result.h"

#include <optional>

namespace ow {

class Database;

class JudicialConfirmationService
{
public:
    explicit JudicialConfirmationService(Database& db)
        : m_db(db)
    {}

    // Warns when the application came after the 30-day period or the agreement concerns personal
    // status or title to property (AgreementService::personalStatusWarning).
    Result<Saved> recordJudicialConfirmation(JudicialConfirmation j, const QString& actor);
    std::optional<JudicialConfirmation> judicialConfirmation(const QString& caseId) const;

private:
    Database& m_db;
};

} // namespace ow
