// Setup shared by the mediation tests: a case in a given state with two parties, users of given
// roles, a mediator and a room.
#pragma once

#include "domain/case.h"
#include "mediation/roster.h"
#include "storage/case_writer.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "support/catch.h"

#include <QSqlQuery>
#include <stdexcept>

// Catch prints a failed Result as its message.
namespace Catch {
template <typename T> struct StringMaker<ow::Result<T>>
{
    static std::string convert(const ow::Result<T>& r) { return r ? "ok" : "error: " + r.error().toStdString(); }
};
} // namespace Catch

namespace ow::test {

inline QString makeCase(Database& db, const QString& caseType, const QString& status, const QString& category,
                        const QDate& receivedOn = QDate(2025, 8, 20), const QString& caseNo = {})
{
    const ReferenceData ref = ReferenceData::load(db);
    CaseRecord c;
    c.caseType = caseType;
    c.source = QStringLiteral("walk_in");
    c.categoryCode = category;
    c.townshipCode = ref.townships().first().code;
    c.summary = QStringLiteral("张三与李四因借款归还发生纠纷");
    c.request = QStringLiteral("要求李四归还借款三万元");
    c.status = status;
    c.receivedOn = receivedOn;
    c.filedOn = receivedOn;
    static int seq = 0;
    c.caseNo = caseNo.isEmpty() ? QStringLiteral("（2025）乌中矛调字第%1号").arg(++seq + 100, 4, 10, QLatin1Char('0'))
                                : caseNo;
    c.leadDepartmentCode = ref.departments.first().code;
    Party a;
    a.role = QStringLiteral("applicant");
    a.name = QStringLiteral("张三");
    a.idNumber = QStringLiteral("150824198001011234");
    a.address = QStringLiteral("乌拉特中旗海流图镇");
    a.phone = QStringLiteral("13800000001");
    Party b;
    b.role = QStringLiteral("respondent");
    b.name = QStringLiteral("李四");
    b.address = QStringLiteral("乌拉特中旗石哈河镇");
    c.parties = {a, b};
    WriteTransaction tx(db);
    CaseWriter w(db);
    if (Status s = w.insert(c); !s)
        throw std::runtime_error(s.error().toStdString());
    if (Status s = tx.commit(); !s)
        throw std::runtime_error(s.error().toStdString());
    return c.id;
}

inline void addUser(Database& db, const QString& login, const QString& role)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO users (id, login, display_name, role, site_code, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {newUuid(), login, login, role, db.siteCode(), utcNow(), utcNow()})
        q.addBindValue(v);
    if (!q.exec())
        throw std::runtime_error("cannot add user");
}

inline QString caseStatus(Database& db, const QString& caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT status FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

struct Roster
{
    QString mediatorId;
    QString roomId;
};

inline Roster makeRoster(Database& db)
{
    RosterService svc(db);
    Mediator m;
    m.name = QStringLiteral("王调解");
    m.organization = QStringLiteral("海流图镇人民调解委员会");
    auto mid = svc.saveMediator(m, QStringLiteral("system"));
    MediationRoom r;
    r.name = QStringLiteral("老王调解室");
    r.kind = QStringLiteral("brand_studio");
    auto rid = svc.saveRoom(r, QStringLiteral("system"));
    if (!mid || !rid)
        throw std::runtime_error("roster: " + (mid ? rid.error() : mid.error()).toStdString());
    return {*mid, *rid};
}

inline Agreement sampleAgreement(const QString& caseId, const QDate& effectiveOn = QDate(2025, 9, 1))
{
    Agreement a;
    a.caseId = caseId;
    a.form = QStringLiteral("written");
    a.facts = QStringLiteral("2024年3月李四向张三借款三万元，约定年底归还，至今未还。");
    a.disputePoints = QStringLiteral("双方对还款期限有争议；李四应承担还款责任。");
    a.terms = QStringLiteral("李四于2025年10月31日前一次性归还张三借款30,000.00元。");
    a.performanceManner = QStringLiteral("银行转账");
    a.performancePlace = QStringLiteral("海流图镇");
    a.performanceDueOn = QDate(2025, 10, 31);
    a.amountFen = 3000000;
    a.effectiveOn = effectiveOn;
    return a;
}

} // namespace ow::test
