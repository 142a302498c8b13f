// AgreementService: the mediation agreement of a case (人民调解法 arts. 28-29), one per case;
// saving again replaces its contents. A written agreement's effective date starts the 30-day
// judicial confirmation milestone (art. 33). Every save runs in one transaction with its timeline
// entry.
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ow {

class Database;

// A saved record and the warnings the user should read (never a reason to refuse).
struct Saved
{
    QString id;
    QStringList warnings;
    int rowVersion = 0; // the record's version after the save, for a form that stays open
};

class AgreementService
{
public:
    explicit AgreementService(Database& db)
        : m_db(db)
    {}

    // Checks the form, the dates, what art. 29 requires of a written agreement, the copies and the
    // mediators. Warns when the agreement concerns personal status or title to property
    // (民诉法解释 art. 355).
    Result<Saved> saveAgreement(Agreement a, const QString& actor);
    std::optional<Agreement> agreement(const QString& caseId) const;

    // The art. 355 warning for a case and agreement text, empty when none applies.
    static QString personalStatusWarning(const QString& categoryCode, const QString& text);

private:
    Database& m_db;
};

} // namespace ow
