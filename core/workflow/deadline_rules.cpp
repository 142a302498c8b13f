// Deadline rules kept by an administrator: the checks, and the one-statement upsert with its audit
// entry.
#include "workflow/deadline_rules.h"

#include "domain/vocabulary.h"
#include "security/audit.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/sql_values.h"

namespace ow {
namespace {

constexpr int kMaxDays = 3650;

QString describe(const DeadlineRule& r)
{
    return QStringLiteral("%1 days %2 from %3, extension %4; %5")
        .arg(r.days)
        .arg(r.counting, r.startsFrom)
        .arg(r.extensionDays)
        .arg(r.source);
}

} // namespace

DeadlineRuleService::DeadlineRuleService(Database& db)
    : m_db(db)
{}

QList<DeadlineRule> DeadlineRuleService::rules() const
{
    return loadDeadlineRules(m_db);
}

QStringList DeadlineRuleService::milestones()
{
    return {QStringLiteral("handling"), QStringLiteral("acceptance_notice"), QStringLiteral("review_request"),
            QStringLiteral("judicial_confirmation_application")};
}

QStringList DeadlineRuleService::startEvents()
{
    return {QStringLiteral("received"), QStringLiteral("filed"), QStringLiteral("responded"),
            QStringLiteral("agreement_effective")};
}

QStringList DeadlineRuleService::startEventsOf(const QString& milestone)
{
    // Where the workflow sets each milestone: on filing (from the day received or filed), on the
    // response (the review window), when an agreement takes effect (judicial confirmation).
    if (milestone == QLatin1String("review_request"))
        return {QStringLiteral("responded")};
    if (milestone == QLatin1String("judicial_confirmation_application"))
        return {QStringLiteral("agreement_effective")};
    return {QStringLiteral("received"), QStringLiteral("filed")};
}

QString DeadlineRuleService::startEventLabel(const QString& code)
{
    if (code == QLatin1String("received"))
        return tr("the day received");
    if (code == QLatin1String("filed"))
        return tr("the day filed");
    if (code == QLatin1String("responded"))
        return tr("the day of the response");
    if (code == QLatin1String("agreement_effective"))
        return tr("the day the agreement takes effect");
    return code;
}

QString DeadlineRuleService::countingLabel(const QString& code)
{
    if (code == QLatin1String("calendar"))
        return tr("calendar days");
    if (code == QLatin1String("working"))
        return tr("working days");
    return code;
}

Status DeadlineRuleService::validate(const DeadlineRule& r)
{
    if (r.caseType != QLatin1String("any") && !vocab::isCode(vocab::List::CaseType, r.caseType))
        return fail(tr("Unknown case type \"%1\".").arg(r.caseType));
    if (!milestones().contains(r.milestone))
        return fail(tr("Unknown milestone \"%1\".").arg(r.milestone));
    if (r.days < 1 || r.days > kMaxDays)
        return fail(tr("The time limit must be 1 to %1 days, not %2.").arg(kMaxDays).arg(r.days));
    if (r.counting != QLatin1String("calendar") && r.counting != QLatin1String("working"))
        return fail(tr("Count either calendar days or working days."));
    if (!startEventsOf(r.milestone).contains(r.startsFrom)) {
        QStringList allowed;
        for (const QString& e : startEventsOf(r.milestone))
            allowed << startEventLabel(e);
        return fail(tr("\"%1\" is counted from %2.")
                        .arg(milestoneLabel(r.milestone), allowed.join(tr(" or ", "between start events"))));
    }
    if (r.extensionDays < 0 || r.extensionDays > kMaxDays)
        return fail(tr("The extension must be 0 (none) to %1 days, not %2.").arg(kMaxDays).arg(r.extensionDays));
    if (r.source.trimmed().isEmpty())
        return fail(tr("Name the legal source of the time limit, e.g. 信访工作条例 第三十四条."));
    return {};
}

Status DeadlineRuleService::save(const DeadlineRule& rule, const QString& actorLogin)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (!actor->isAdministrator())
        return fail(tr("Only an administrator may change the deadline rules."));
    if (Status s = validate(rule); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    QString before;
    for (const DeadlineRule& r : rules())
        if (r.caseType == rule.caseType && r.milestone == rule.milestone)
            before = describe(r);
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO deadline_rules(id, case_type, milestone, days, counting, starts_from, extension_days, source, "
        "site_code, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(case_type, milestone) DO "
        "UPDATE SET days = excluded.days, counting = excluded.counting, starts_from = excluded.starts_from, "
        "extension_days = excluded.extension_days, source = excluded.source, updated_at = excluded.updated_at, "
        "row_version = deadline_rules.row_version + 1"));
    for (const QVariant& v :
         QVariantList{newUuid(), rule.caseType, rule.milestone, rule.days, rule.counting, rule.startsFrom,
                      rule.extensionDays, rule.source.trimmed(), m_db.siteCode(), now, now})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    if (Status s =
            appendAudit(m_db, actor->login,
                        before.isEmpty() ? QStringLiteral("deadline_rule_add") : QStringLiteral("deadline_rule_change"),
                        QStringLiteral("deadline_rule"), rule.caseType + QLatin1Char('/') + rule.milestone,
                        before.isEmpty() ? describe(rule) : before + QStringLiteral(" → ") + describe(rule));
        !s)
        return s;
    return tx.commit();
}

} // namespace ow
