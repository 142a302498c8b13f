// The deadline rules as an administrator keeps them (docs/deadlines.md: deadlines.csv is editable
// inside the application): one rule per case type and milestone, checked, saved with an audit
// entry. A changed rule applies to the deadlines set from then on; deadlines already running keep
// the rule they were set under, as the law in force when the case was filed does.
#pragma once

#include "util/result.h"
#include "workflow/deadlines.h"

#include <QCoreApplication>
#include <QStringList>

namespace ow {

class Database;

class DeadlineRuleService
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRuleService)

public:
    explicit DeadlineRuleService(Database& db);

    // Every rule, by case type ("any" among them) and milestone.
    QList<DeadlineRule> rules() const;
    // Adds the rule for its (case type, milestone), or changes the one there; administrators only.
    Status save(const DeadlineRule& rule, const QString& actor);

    // A known case type (or "any") and milestone, the event the milestone is counted from, 1 to 3650
    // days, calendar or working days, an extension of 0 to 3650 days, and the legal source named.
    static Status validate(const DeadlineRule& rule);

    static QStringList milestones();  // handling, acceptance_notice, review_request, ...
    static QStringList startEvents(); // received, filed, responded, agreement_effective
    // The events a milestone may count from: the program sets it when that event happens.
    static QStringList startEventsOf(const QString& milestone);
    static QString startEventLabel(const QString& code);
    static QString countingLabel(const QString& code);

private:
    Database& m_db;
};

} // namespace ow
