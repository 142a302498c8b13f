// Routing rules, triage, transfers and joint handling (吹哨报到).
#include "workflow/routing.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "security/audit.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"
#include "storage/sql_dialect.h"
#include "workflow/case_workflow.h"

#include "storage/sql_values.h"
#include "util/text.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ow {
namespace {

using sql::exec;
using sql::iso;
using sql::nullable;

Status insertTransfer(Database& db, const QString& caseId, const QString& from, const QString& to,
                      const QString& suggested, const QString& reason, const QString& actor)
{
    QSqlQuery t(db.sql());
    t.prepare(QStringLiteral("INSERT INTO case_transfers(id, case_id, from_department, to_department, suggested, "
                             "reason, actor, at, site_code, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    const QString now = utcNow();
    for (const QVariant& v : QVariantList{newUuid(), caseId, nullable(from), to, nullable(suggested), nullable(reason),
                                          actor, now, db.siteCode(), now, now})
        t.addBindValue(v);
    return exec(t);
}

} // namespace

int RoutingRule::specificity() const
{
    const int keys = int(!category.isEmpty()) + int(!caseType.isEmpty()) + int(!township.isEmpty());
    return keys * 8 + (township.isEmpty() ? 0 : 4) + (caseType.isEmpty() ? 0 : 2) + (category.isEmpty() ? 0 : 1);
}

bool RoutingRule::matches(const QString& cat, const QString& type, const QString& town) const
{
    return active && (category.isEmpty() || category == cat) && (caseType.isEmpty() || caseType == type) &&
           (township.isEmpty() || township == town);
}

RoutingService::RoutingService(Database& db)
    : m_db(db)
{}

QList<RoutingRule> RoutingService::rules() const
{
    QList<RoutingRule> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT id, COALESCE(category_code,''), COALESCE(case_type,''), COALESCE(township_code,''), "
                          "lead_department_code, co_departments, COALESCE(note,''), active, row_version "
                          "FROM routing_rules "
                          "ORDER BY created_at, ") +
           sql::Dialect::of(m_db).writtenOrder()); // ties: the order of saving, not the random id
    while (q.next()) {
        RoutingRule r;
        r.id = q.value(0).toString();
        r.category = q.value(1).toString();
        r.caseType = q.value(2).toString();
        r.township = q.value(3).toString();
        r.lead = q.value(4).toString();
        r.co = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.note = q.value(6).toString();
        r.active = q.value(7).toInt() != 0;
        r.rowVersion = q.value(8).toInt();
        out << r;
    }
    return out;
}

namespace {
// A rule as a refusal names it: its keys (any when none) and its lead department.
QString ruleLabel(const ReferenceData& rd, const RoutingRule& r)
{
    QStringList keys;
    if (!r.category.isEmpty())
        keys << rd.categoryName(r.category);
    if (!r.caseType.isEmpty())
        keys << vocab::label(vocab::List::CaseType, r.caseType);
    if (!r.township.isEmpty())
        keys << rd.divisionName(r.township);
    return RoutingService::tr("the routing rule %1 → %2")
        .arg(keys.isEmpty() ? RoutingService::tr("(any case)") : keys.join(QStringLiteral(" / ")),
             rd.departmentName(r.lead));
}
} // namespace

Result<RoutingRule> RoutingService::saveRule(RoutingRule rule, const QString& actorLogin)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (!actor->isSupervisor())
        return fail(tr("Only an administrator or a supervisor may change routing rules."));
    const ReferenceData rd = ReferenceData::load(m_db);
    if (!rule.category.isEmpty()) {
        const auto v = rd.findCategory(rule.category);
        if (!v)
            return fail(tr("\"%1\" is not a dispute category.").arg(rule.category));
        rule.category = *v;
    }
    if (!rule.caseType.isEmpty()) {
        const auto v = vocab::parse(vocab::List::CaseType, rule.caseType);
        if (!v)
            return fail(tr("\"%1\" is not a case type.").arg(rule.caseType));
        rule.caseType = *v;
    }
    if (!rule.township.isEmpty()) {
        const auto v = rd.findDivision(rule.township);
        if (!v)
            return fail(tr("\"%1\" is not a township.").arg(rule.township));
        rule.township = *v;
    }
    const auto lead = rd.findDepartment(rule.lead);
    if (rule.lead.isEmpty() || !lead)
        return fail(tr("Choose the lead department of the rule."));
    rule.lead = *lead;
    QStringList co;
    for (const QString& d : rule.co) {
        const auto v = rd.findDepartment(d);
        if (!v)
            return fail(tr("\"%1\" is not a department.").arg(d));
        if (*v != rule.lead && !co.contains(*v))
            co << *v;
    }
    rule.co = co;
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    {
        // A second rule for the same keys would never apply (the first saved wins): change that one.
        QSqlQuery same(m_db.sql());
        // IS [NOT] DISTINCT FROM: NULL-safe on both stores (SQLite 3.39 and later, PostgreSQL).
        same.prepare(QStringLiteral("SELECT lead_department_code FROM routing_rules WHERE id IS DISTINCT FROM ? AND "
                                    "category_code IS NOT DISTINCT FROM ? AND case_type IS NOT DISTINCT FROM ? AND "
                                    "township_code IS NOT DISTINCT FROM ?"));
        for (const QVariant& v :
             QVariantList{nullable(rule.id), nullable(rule.category), nullable(rule.caseType), nullable(rule.township)})
            same.addBindValue(v);
        if (Status s = exec(same); !s)
            return fail(s.error());
        if (same.next())
            return fail(tr("A rule for the same category, case type and township already exists (lead: %1); change "
                           "that rule instead.")
                            .arg(rd.departmentName(same.value(0).toString())));
    }
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    const bool isNew = rule.id.isEmpty();
    if (isNew) {
        rule.id = newUuid();
        q.prepare(QStringLiteral("INSERT INTO routing_rules(category_code, case_type, township_code, "
                                 "lead_department_code, co_departments, note, active, id, site_code, created_at, "
                                 "updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE routing_rules SET category_code = ?, case_type = ?, township_code = ?, "
                                 "lead_department_code = ?, co_departments = ?, note = ?, active = ?, "
                                 "row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ?"));
    }
    // An empty list joins to a null string, which Qt binds as NULL: the column is NOT NULL DEFAULT ''.
    const QString coCodes = rule.co.isEmpty() ? QStringLiteral("") : rule.co.join(QLatin1Char(','));
    for (const QVariant& v : QVariantList{nullable(rule.category), nullable(rule.caseType), nullable(rule.township),
                                          rule.lead, coCodes, nullable(rule.note), rule.active ? 1 : 0})
        q.addBindValue(v);
    if (isNew) {
        q.addBindValue(rule.id);
        q.addBindValue(m_db.siteCode());
        q.addBindValue(now);
        q.addBindValue(now);
    } else {
        q.addBindValue(now);
        q.addBindValue(rule.id);
        q.addBindValue(rule.rowVersion);
    }
    if (Status s = exec(q); !s)
        return fail(s.error());
    if (!isNew && q.numRowsAffected() == 0)
        return fail(rowChangedMeanwhile(m_db, QStringLiteral("routing_rules"), QStringLiteral("routing_rule"), rule.id,
                                        ruleLabel(rd, rule), false));
    rule.rowVersion = isNew ? 1 : rule.rowVersion + 1;
    if (Status s = appendAudit(
            m_db, actor->login, isNew ? QStringLiteral("routing_rule_add") : QStringLiteral("routing_rule_change"),
            QStringLiteral("routing_rule"), rule.id,
            QStringLiteral("%1/%2/%3 → %4 +%5")
                .arg(rule.category, rule.caseType, rule.township, rule.lead, rule.co.join(QLatin1Char(','))));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return rule;
}

Status RoutingService::removeRule(const RoutingRule& rule, const QString& actorLogin)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (!actor->isSupervisor())
        return fail(tr("Only an administrator or a supervisor may change routing rules."));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM routing_rules WHERE id = ? AND row_version = ?"));
    q.addBindValue(rule.id);
    q.addBindValue(rule.rowVersion);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return fail(rowChangedMeanwhile(m_db, QStringLiteral("routing_rules"), QStringLiteral("routing_rule"), rule.id,
                                        ruleLabel(ReferenceData::load(m_db), rule), true));
    if (Status s = appendAudit(m_db, actor->login, QStringLiteral("routing_rule_remove"),
                               QStringLiteral("routing_rule"), rule.id);
        !s)
        return s;
    return tx.commit();
}

RoutingSuggestion RoutingService::resolve(const QList<RoutingRule>& rules, const QString& category,
                                          const QString& caseType, const QString& township)
{
    const RoutingRule* best = nullptr;
    for (const RoutingRule& r : rules)
        if (r.matches(category, caseType, township) && (!best || r.specificity() > best->specificity()))
            best = &r;
    if (!best)
        return {};
    return RoutingSuggestion{best->lead, best->co, best->id};
}

RoutingSuggestion RoutingService::suggest(const CaseRecord& c) const
{
    return resolve(rules(), c.categoryCode, c.caseType, c.townshipCode);
}

Result<CaseRecord> RoutingService::route(const QString& caseKey, const QString& actorLogin, const QString& lead,
                                         const QList<Summon>& co, const QString& reason)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    const ReferenceData rd = ReferenceData::load(m_db);
    const auto leadCode = rd.findDepartment(lead);
    if (lead.trimmed().isEmpty() || !leadCode)
        return fail(tr("Choose the lead department."));
    if (const QString p = text::fieldProblem(reason, text::Field::Text, tr("The reason")); !p.isEmpty())
        return fail(p);
    auto before = workflow::loadCase(m_db, caseKey);
    if (!before)
        return fail(before.error());
    const RoutingSuggestion suggestion = suggest(*before);
    if (!suggestion.lead.isEmpty() && suggestion.lead != *leadCode && reason.trimmed().isEmpty())
        return fail(tr("The routing rules suggest %1. Write down why the case goes to %2 instead.")
                        .arg(rd.departmentName(suggestion.lead), rd.departmentName(*leadCode)));
    if (!hasStatus(before->status, CaseStatus::Reported) && !hasStatus(before->status, CaseStatus::Filed))
        return fail(tr("The case already has a lead department; transfer it instead."));
    // One unit of work: accepting, assigning, the rule's suggestion and every summoned department are
    // saved together or not at all (each step still leaves its own timeline entry).
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    CaseWorkflow wf(m_db);
    if (hasStatus(before->status, CaseStatus::Reported)) {
        TransitionRequest accept;
        accept.caseKey = before->id;
        accept.command = QStringLiteral("accept");
        accept.actor = actorLogin;
        auto accepted = wf.apply(accept);
        if (!accepted)
            return fail(accepted.error());
    }
    TransitionRequest assign;
    assign.caseKey = before->id;
    assign.command = QStringLiteral("assign");
    assign.actor = actorLogin;
    assign.reason = reason.trimmed();
    if (assign.reason.isEmpty() && !suggestion.lead.isEmpty())
        assign.reason = tr("as suggested by the routing rules");
    assign.department = *leadCode;
    auto assigned = wf.apply(assign);
    if (!assigned)
        return fail(assigned.error());
    if (!suggestion.lead.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE case_transfers SET suggested = ? WHERE case_id = ? AND from_department IS "
                                 "NULL AND suggested IS NULL"));
        q.addBindValue(suggestion.lead);
        q.addBindValue(before->id);
        if (Status s = exec(q); !s)
            return fail(s.error());
    }
    for (const Summon& s : co) {
        auto r = whistle(before->id, actorLogin, s.department, s.dueOn);
        if (!r)
            return fail(r.error());
    }
    return workflow::commitAndReload(m_db, tx, before->id);
}

Result<CaseRecord> RoutingService::transfer(const QString& caseKey, const QString& actorLogin, const QString& newLead,
                                            const QString& reason)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    const ReferenceData rd = ReferenceData::load(m_db);
    const auto lead = rd.findDepartment(newLead);
    if (newLead.trimmed().isEmpty() || !lead)
        return fail(tr("Choose the department the case is transferred to."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Write down why the case is transferred."));
    if (const QString p = text::fieldProblem(reason, text::Field::Text, tr("The reason")); !p.isEmpty())
        return fail(p);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (c->leadDepartmentCode.isEmpty())
        return fail(tr("The case has no lead department yet; route it in triage."));
    if (vocab::isTerminalStatus(c->status))
        return fail(tr("The case has ended; it cannot be transferred."));
    if (c->leadDepartmentCode == *lead)
        return fail(tr("The case is already with %1.").arg(rd.departmentName(*lead)));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE case_departments SET active = 0, updated_at = ?, row_version = row_version + 1 "
                             "WHERE case_id = ? AND role = 'lead' AND active = 1"));
    q.addBindValue(utcNow());
    q.addBindValue(c->id);
    if (Status s = exec(q); !s)
        return fail(s.error());
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral("INSERT INTO case_departments(id, case_id, department_code, role, due_on, summoned_at, "
                               "site_code, created_at, updated_at) VALUES(?,?,?,'lead',?,?,?,?,?)"));
    const QString now = utcNow();
    for (const QVariant& v :
         QVariantList{newUuid(), c->id, *lead, nullable(iso(c->dueOn)), now, m_db.siteCode(), now, now})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return fail(s.error());
    if (Status s = insertTransfer(m_db, c->id, c->leadDepartmentCode, *lead, {}, reason.trimmed(), actor->login); !s)
        return fail(s.error());
    QSqlQuery up(m_db.sql());
    up.prepare(QStringLiteral("UPDATE cases SET lead_department_code = ? WHERE id = ?"));
    up.addBindValue(*lead);
    up.addBindValue(c->id);
    if (Status s = exec(up); !s)
        return fail(s.error());
    if (Status s = workflow::appendEvent(
            m_db, c->id, actor->login, QStringLiteral("transfer"),
            tr("Transferred from %1 to %2: %3")
                .arg(rd.departmentName(c->leadDepartmentCode), rd.departmentName(*lead), reason.trimmed()));
        !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, c->id); !s)
        return fail(s.error());
    return workflow::commitAndReload(m_db, tx, c->id);
}

Result<CaseRecord> RoutingService::whistle(const QString& caseKey, const QString& actor, const QString& department,
                                           const QDate& dueOn)
{
    return coStep(caseKey, actor, department, 0, dueOn.isValid() ? iso(dueOn) : QString());
}

Result<CaseRecord> RoutingService::reportIn(const QString& caseKey, const QString& actor, const QString& department)
{
    return coStep(caseKey, actor, department, 1, {});
}

Result<CaseRecord> RoutingService::giveFeedback(const QString& caseKey, const QString& actor, const QString& department,
                                                const QString& feedback)
{
    return coStep(caseKey, actor, department, 2, feedback);
}

// step 0 = summon (text = due date), 1 = report in, 2 = feedback (text).
Result<CaseRecord> RoutingService::coStep(const QString& caseKey, const QString& actorLogin, const QString& department,
                                          int step, const QString& text)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    const ReferenceData rd = ReferenceData::load(m_db);
    const auto dept = rd.findDepartment(department);
    if (department.trimmed().isEmpty() || !dept)
        return fail(tr("\"%1\" is not a department.").arg(department));
    if (step == 2 && text.trimmed().isEmpty())
        return fail(tr("Write the department's feedback."));
    if (step == 2)
        if (const QString p = text::fieldProblem(text, text::Field::Text, tr("The feedback")); !p.isEmpty())
            return fail(p);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (vocab::isTerminalStatus(c->status))
        return fail(tr("The case has ended."));
    const QString name = rd.departmentName(*dept);
    QSqlQuery row(m_db.sql());
    row.prepare(QStringLiteral("SELECT id, reported_at FROM case_departments WHERE case_id = ? AND department_code = ? "
                               "AND role = 'co' AND active = 1"));
    row.addBindValue(c->id);
    row.addBindValue(*dept);
    if (!row.exec())
        return fail(sql::errorText(row.lastError()));
    const bool exists = row.next();
    const QString rowId = exists ? row.value(0).toString() : QString();
    const bool reported = exists && !row.value(1).isNull();
    row.finish();
    const QString now = utcNow();
    QString action, detail;
    QSqlQuery q(m_db.sql());
    if (step == 0) {
        if (c->leadDepartmentCode.isEmpty())
            return fail(tr("Route the case to a lead department before summoning others."));
        if (*dept == c->leadDepartmentCode)
            return fail(tr("%1 is the lead department already.").arg(name));
        if (exists)
            return fail(tr("%1 has already been summoned for this case.").arg(name));
        const QDate due = text.isEmpty() ? c->dueOn : QDate::fromString(text, Qt::ISODate);
        q.prepare(
            QStringLiteral("INSERT INTO case_departments(id, case_id, department_code, role, due_on, summoned_at, "
                           "site_code, created_at, updated_at) VALUES(?,?,?,'co',?,?,?,?,?)"));
        for (const QVariant& v :
             QVariantList{newUuid(), c->id, *dept, nullable(iso(due)), now, m_db.siteCode(), now, now})
            q.addBindValue(v);
        action = QStringLiteral("whistle");
        detail = due.isValid() ? tr("Summoned %1 to handle the case jointly, due %2").arg(name, iso(due))
                               : tr("Summoned %1 to handle the case jointly").arg(name);
    } else {
        if (!exists)
            return fail(tr("%1 was not summoned for this case.").arg(name));
        if (step == 1) {
            if (reported)
                return fail(tr("%1 has already reported in.").arg(name));
            q.prepare(QStringLiteral("UPDATE case_departments SET reported_at = ?, updated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"));
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(rowId);
            action = QStringLiteral("report_in");
            detail = tr("%1 reported in").arg(name);
        } else {
            if (!reported)
                return fail(tr("%1 must report in before giving feedback.").arg(name));
            q.prepare(QStringLiteral("UPDATE case_departments SET feedback = ?, feedback_at = ?, updated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"));
            q.addBindValue(text.trimmed());
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(rowId);
            action = QStringLiteral("feedback");
            detail = tr("Feedback from %1: %2").arg(name, text.trimmed());
        }
    }
    if (Status s = exec(q); !s)
        return fail(s.error());
    if (Status s = workflow::appendEvent(m_db, c->id, actor->login, action, detail); !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, c->id); !s)
        return fail(s.error());
    return workflow::commitAndReload(m_db, tx, c->id);
}

QList<CaseDepartment> RoutingService::departmentsOf(const QString& caseId) const
{
    QList<CaseDepartment> out;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT department_code, role, due_on, COALESCE(summoned_at,''), COALESCE(reported_at,''), "
                       "COALESCE(feedback,''), COALESCE(feedback_at,''), active FROM case_departments "
                       "WHERE case_id = ? ORDER BY role DESC, created_at, ") +
        sql::Dialect::of(m_db).writtenOrder());
    q.addBindValue(caseId);
    q.exec();
    while (q.next())
        out << CaseDepartment{
            q.value(0).toString(), q.value(1).toString(),  QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toString(), q.value(4).toString(),  q.value(5).toString(),
            q.value(6).toString(), q.value(7).toInt() != 0};
    return out;
}

} // namespace ow
