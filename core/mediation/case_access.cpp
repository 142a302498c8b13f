// Case lookups and the shared write steps of the mediation services.
#include "mediation/case_access.h"

#include "domain/case.h"
#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/text.h"
#include "workflow/case_events.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::mediation {

Result<CaseBasics> findCase(Database& db, const QString& key)
{
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT id, case_no, case_type, category_code, status, summary, received_on FROM cases "
              u"WHERE id = ? OR case_no = ?"_s);
    q.addBindValue(key.trimmed());
    q.addBindValue(text::caseNumber(key));
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    if (!q.next()) {
        // The one-case code is derived from the UUID, so look it up among the case ids.
        QSqlQuery all(db.sql());
        all.setForwardOnly(true);
        if (!all.exec(u"SELECT id FROM cases"_s))
            return fail(sql::errorText(all.lastError()));
        QString found;
        while (all.next()) {
            if (oneCaseCodeFor(all.value(0).toString()).compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
                found = all.value(0).toString();
                break;
            }
        }
        if (found.isEmpty())
            return fail(QCoreApplication::translate("Mediation", "There is no case \"%1\".").arg(key));
        return findCase(db, found);
    }
    CaseBasics c;
    c.id = q.value(0).toString();
    c.caseNo = q.value(1).toString();
    c.caseType = q.value(2).toString();
    c.categoryCode = q.value(3).toString();
    c.status = q.value(4).toString();
    c.summary = q.value(5).toString();
    c.receivedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    return c;
}

Result<CaseBasics> writableCase(Database& db, const QString& caseId)
{
    auto c = findCase(db, caseId);
    if (!c)
        return c;
    if (hasStatus(c->status, CaseStatus::Closed))
        return fail(QCoreApplication::translate("Mediation",
                                                "Case %1 is closed and archived, so it cannot be changed. A "
                                                "supervisor can reopen it with a reason.")
                        .arg(c->caseNo.isEmpty() ? oneCaseCodeFor(c->id) : c->caseNo));
    if (vocab::isTerminalStatus(c->status))
        return fail(QCoreApplication::translate("Mediation", "Case %1 has ended (%2) and cannot be changed.")
                        .arg(c->caseNo.isEmpty() ? oneCaseCodeFor(c->id) : c->caseNo,
                             vocab::label(vocab::List::Status, c->status)));
    return c;
}

Result<CaseBasics> lockWritableCase(Database& db, const QString& caseId)
{
    if (const auto locked = workflow::lockCaseRow(db, caseId); !locked)
        return fail(locked.error());
    return writableCase(db, caseId);
}

QVariant bindable(const QVariant& v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(u""_s));
    return v;
}

Status execBound(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    return {};
}

QVariant nullableFen(const std::optional<qint64>& fen)
{
    return fen ? QVariant(*fen) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> fenFrom(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Result<QString> roleOf(Database& db, const QString& login)
{
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT role FROM users WHERE login = ? AND active = 1"_s);
    q.addBindValue(login);
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    if (!q.next())
        return fail(QCoreApplication::translate("Mediation", "There is no active user \"%1\".").arg(login));
    return q.value(0).toString();
}

Status requireSetUpRole(Database& db, const QString& actor)
{
    auto role = roleOf(db, actor);
    if (!role)
        return fail(role.error());
    if (*role != u"admin"_s && *role != u"supervisor"_s && *role != u"system"_s)
        return fail(
            QCoreApplication::translate("Mediation", "Only an administrator or a supervisor can change this setting."));
    return {};
}

} // namespace ow::mediation
