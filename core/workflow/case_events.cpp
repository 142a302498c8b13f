// The writes every case service ends with: the case's columns, its timeline entry with the audit
// entry, and its new row version.
#include "workflow/case_events.h"

#include "security/audit.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ow::workflow {

using sql::exec;

Status updateCase(Database& db, const QString& id, const QList<QPair<QString, QVariant>>& values)
{
    QStringList sets;
    for (const auto& v : values)
        sets << v.first + QStringLiteral(" = ?");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const auto& v : values)
        q.addBindValue(v.second);
    q.addBindValue(id);
    return exec(q);
}

Status appendEvent(Database& db, const QString& caseId, const QString& actor, const QString& action,
                   const QString& detail, const QString& auditDetail)
{
    const QString now = utcNow();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO case_events(id, case_id, at, actor, action, detail, site_code, created_at, "
                             "updated_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : QVariantList{newUuid(), caseId, now, actor, action, detail, db.siteCode(), now, now})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    return appendAudit(db, actor, action, QStringLiteral("case"), caseId, auditDetail.isEmpty() ? detail : auditDetail);
}

Status touchCase(Database& db, const QString& caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET row_version = row_version + 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(utcNow());
    q.addBindValue(caseId);
    return exec(q);
}

} // namespace ow::workflow
