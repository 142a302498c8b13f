// Closing a case (结案) with its outcome, resolution level and summary — and a petition's handling
// opinion (信访处理意见书) — after checks that name exactly what is still missing; reopening a
// closed (archived) case by a supervisor with a reason. The status change itself goes through
// the case status machine (workflow/case_workflow.h).
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ow {

class Database;

struct ClosureRecord
{
    QString id;
    QString caseId;
    QDate closedOn;
    QString outcome;
    QString resolutionLevel;
    QString summary;
    PetitionOpinion opinion;
    QString closedBy;
    QString reopenedAt;
    QString reopenedBy;
    QString reopenReason;
};

class ClosureService
{
public:
    explicit ClosureService(Database& db)
        : m_db(db)
    {}

    // Everything that stops the case from closing, one translated sentence per missing piece;
    // empty when it may close.
    QStringList missing(const ClosureRequest& request) const;
    // Runs the checks, records the closure and moves the case to `closed`.
    Result<ClosureRecord> close(ClosureRequest request, const QString& actor);
    // A supervisor reopens a closed case; the reason goes to the timeline.
    Status reopen(const QString& caseKey, const QString& actor, const QString& reason);

    std::optional<ClosureRecord> latestClosure(const QString& caseId) const;

    // The petition decision (support | explain | not_support) for a petition outcome, empty otherwise.
    static QString petitionDecisionFor(const QString& outcome);
    static QString petitionDecisionLabel(const QString& decision);
    // The 30-day review right (信访工作条例 art. 35) printed on every handling opinion.
    static QString defaultReviewNotice();
    // The level of this site (village/township/county): a closure's default resolution level.
    QString siteLevel() const;

private:
    Database& m_db;
};

} // namespace ow
