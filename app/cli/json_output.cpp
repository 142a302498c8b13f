#include "cli/json_output.h"

#include "storage/case_store.h"

namespace ow::cli {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

const QStringList& caseListKeys()
{
    static const QStringList keys = {
        QStringLiteral("case_no"),          QStringLiteral("uuid"),        QStringLiteral("site"),
        QStringLiteral("status"),           QStringLiteral("case_type"),   QStringLiteral("source"),
        QStringLiteral("category"),         QStringLiteral("township"),    QStringLiteral("village"),
        QStringLiteral("lead_department"),  QStringLiteral("received_on"), QStringLiteral("filed_on"),
        QStringLiteral("due_on"),           QStringLiteral("ended_on"),    QStringLiteral("outcome"),
        QStringLiteral("resolution_level"), QStringLiteral("applicant")};
    return keys;
}

QJsonObject caseListJson(const CaseListRow& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("case_no"), orNull(r.caseNo));
    o.insert(QStringLiteral("uuid"), r.id);
    o.insert(QStringLiteral("site"), orNull(r.siteCode));
    o.insert(QStringLiteral("status"), r.status);
    o.insert(QStringLiteral("case_type"), r.caseType);
    o.insert(QStringLiteral("source"), r.source);
    o.insert(QStringLiteral("category"), orNull(r.categoryCode));
    o.insert(QStringLiteral("township"), orNull(r.townshipCode));
    o.insert(QStringLiteral("village"), orNull(r.villageCode));
    o.insert(QStringLiteral("lead_department"), orNull(r.leadDepartmentCode));
    o.insert(QStringLiteral("received_on"), orNull(r.receivedOn));
    o.insert(QStringLiteral("filed_on"), orNull(r.filedOn));
    o.insert(QStringLiteral("due_on"), orNull(r.dueOn));
    o.insert(QStringLiteral("ended_on"), orNull(r.endedOn));
    o.insert(QStringLiteral("outcome"), orNull(r.outcome));
    o.insert(QStringLiteral("resolution_level"), orNull(r.resolutionLevel));
    o.insert(QStringLiteral("applicant"), orNull(r.applicant));
    return o;
}

CaseListRow listRowOf(const CaseRecord& c)
{
    CaseListRow r;
    r.id = c.id;
    r.siteCode = c.siteCode;
    r.caseNo = c.caseNo;
    r.receivedOn = c.receivedOn;
    r.categoryCode = c.categoryCode;
    r.applicant = c.applicantName();
    r.townshipCode = c.townshipCode;
    r.villageCode = c.villageCode;
    r.leadDepartmentCode = c.leadDepartmentCode;
    r.status = c.status;
    r.caseType = c.caseType;
    r.source = c.source;
    r.filedOn = c.filedOn;
    r.dueOn = c.dueOn;
    r.endedOn = c.endedOn;
    r.outcome = c.outcome;
    r.resolutionLevel = c.resolutionLevel;
    r.supervised = c.supervised;
    return r;
}

} // namespace ow::cli
