// The writes every case service ends with: the case's columns, its timeline entry with the audit
// entry, and its new row version.
#include "workflow/case_events.h"

#include "domain/case.h"
#include "security/audit.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ow::workflow {

using sql::exec;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CaseEvents)
};
} // namespace

Result<std::optional<int>> lockCaseRow(Database& db, const QString& caseId)
{
    if (!db.isServer())
        return std::optional<int>();
    QSqlQuery lock(db.sql());
    lock.prepare(QStringLiteral("SELECT row_version FROM cases WHERE id = ? FOR UPDATE"));
    lock.addBindValue(caseId);
    if (!lock.exec())
        return fail(db.errorMessage(lock.lastError()));
    return lock.next() ? std::optional<int>(lock.value(0).toInt()) : std::optional<int>();
}

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

QString changedMeanwhile(Database& db, const CaseRecord& current)
{
    if (current.timeline.isEmpty())
        return Text::tr("Someone else changed case %1 in the meantime; nothing of yours was saved. Open it again "
                        "to see their changes, then redo yours.")
            .arg(current.caseNo);
    const TimelineEvent& last = current.timeline.constLast();
    const ChangeSeen seen = changeSeen(db, last.actor, last.at);
    QString what = (last.detail.isEmpty() ? last.action : last.detail).simplified();
    if (what.size() > 80)
        what = what.left(79) + QChar(0x2026);
    return Text::tr("%1 changed case %2 at %3 while you had it open: %4. Nothing of yours was saved; open the case "
                    "again to see the change, then redo yours.")
        .arg(seen.who, current.caseNo.isEmpty() ? current.id.left(8) : current.caseNo, seen.when, what);
}

} // namespace ow::workflow
