// Routing (归口管理) and joint handling (吹哨报到): the admin-editable routing rules, triage that
// confirms or overrides their suggestion, transfers between departments, and the whistle to
// co-handling departments with their report-in and feedback.
#pragma once

#include "domain/case.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct RoutingRule
{
    QString id;
    QString category; // empty = any
    QString caseType; // empty = any
    QString township; // empty = any
    QString lead;
    QStringList co;
    QString note;
    bool active = true;
    int rowVersion = 0; // as the list read it; a save or removal over another desk's change is refused
    // How specific the rule is: more keys beat fewer; among equals township > case type > category.
    int specificity() const;
    bool matches(const QString& category, const QString& caseType, const QString& township) const;
};

struct RoutingSuggestion
{
    QString lead; // empty: no rule matches
    QStringList co;
    QString ruleId;
};

struct CaseDepartment
{
    QString department;
    QString role; // lead | co
    QDate dueOn;
    QString summonedAt, reportedAt, feedback, feedbackAt;
    bool active = true;
};

class RoutingService
{
    Q_DECLARE_TR_FUNCTIONS(RoutingService)

public:
    explicit RoutingService(Database& db);

    QList<RoutingRule> rules() const;
    // Adds (empty id) or changes a rule; administrators and supervisors only.
    Result<RoutingRule> saveRule(RoutingRule rule, const QString& actor);
    // Removes the rule at the version the list read (rule.id, rule.rowVersion): refused, naming who
    // and when, once another desk changed or removed it.
    Status removeRule(const RoutingRule& rule, const QString& actor);

    // The most specific active rule for these keys.
    static RoutingSuggestion resolve(const QList<RoutingRule>& rules, const QString& category, const QString& caseType,
                                     const QString& township);
    RoutingSuggestion suggest(const CaseRecord& c) const;

    // Triage: the lead department (and co-handling departments with their due dates). A lead
    // other than the suggested one needs a reason. A reported case is accepted (numbered) first.
    struct Summon
    {
        QString department;
        QDate dueOn; // the case's due date when invalid
    };
    Result<CaseRecord> route(const QString& caseKey, const QString& actor, const QString& lead, const QList<Summon>& co,
                             const QString& reason);
    // Moves the case to another lead department; the old one stays in the history.
    Result<CaseRecord> transfer(const QString& caseKey, const QString& actor, const QString& newLead,
                                const QString& reason);
    // 吹哨: summon a co-handling department with its own due date.
    Result<CaseRecord> whistle(const QString& caseKey, const QString& actor, const QString& department,
                               const QDate& dueOn);
    // 报到: the summoned department reports in (time recorded).
    Result<CaseRecord> reportIn(const QString& caseKey, const QString& actor, const QString& department);
    // Its feedback once it has done its part.
    Result<CaseRecord> giveFeedback(const QString& caseKey, const QString& actor, const QString& department,
                                    const QString& feedback);

    QList<CaseDepartment> departmentsOf(const QString& caseId) const;

private:
    Result<CaseRecord> coStep(const QString& caseKey, const QString& actor, const QString& department, int step,
                              const QString& text);
    Database& m_db;
};

} // namespace ow
