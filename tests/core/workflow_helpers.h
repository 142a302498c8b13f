// Shared helpers of the workflow, intake and search tests: registering a case and driving it.
#pragma once

#include "support/catch.h"

#include "storage/database.h"
#include "workflow/case_workflow.h"
#include "workflow/intake_service.h"

#include <QSqlQuery>
#include <QVariant>

namespace ow::test {

inline IntakeRequest neighbourDispute(const QDate& receivedOn = QDate(2025, 3, 3))
{
    IntakeRequest r;
    r.caseType = QStringLiteral("people_mediation");
    r.source = QStringLiteral("walk_in");
    r.category = QStringLiteral("neighbor");
    r.township = QStringLiteral("150824100");
    r.window = QStringLiteral("justice");
    r.summary = QStringLiteral("邻居在宅基地边界砌墙，双方争执");
    r.receivedOn = receivedOn;
    r.receivedAt = QStringLiteral("09:30");
    Party a;
    a.role = QStringLiteral("applicant");
    a.name = QStringLiteral("王芳");
    a.idNumber = QStringLiteral("150824198001010010");
    a.phone = QStringLiteral("13847812345");
    Party b;
    b.role = QStringLiteral("respondent");
    b.name = QStringLiteral("李建国");
    r.parties << a << b;
    return r;
}

inline CaseRecord registerCase(Database& db, IntakeRequest r)
{
    const IntakeOutcome out = IntakeService(db).save(std::move(r));
    INFO(out.messages().join(QLatin1Char('\n')).toStdString());
    REQUIRE(out.ok);
    return out.saved;
}

inline Result<CaseRecord> step(Database& db, const QString& caseId, const QString& command,
                               const QDate& on = QDate(2025, 3, 5))
{
    TransitionRequest t;
    t.caseKey = caseId;
    t.command = command;
    t.on = on;
    t.reason = QStringLiteral("理由");
    t.department = QStringLiteral("justice");
    t.escalatedTo = QStringLiteral("巴彦淖尔市社会治理中心");
    t.outcome = QStringLiteral("mediated");
    return CaseWorkflow(db).apply(t);
}

inline QVariant scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

inline void addUser(Database& db, const QString& login, const QString& role, const QString& dept = {})
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, role, department_code, site_code, created_at, "
                             "updated_at) VALUES(?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : QVariantList{newUuid(), login, login, role,
                                          dept.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(dept),
                                          db.siteCode(), utcNow(), utcNow()})
        q.addBindValue(v);
    REQUIRE(q.exec());
}

} // namespace ow::test
