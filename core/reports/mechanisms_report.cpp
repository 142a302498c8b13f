// Figures of the mechanisms section, each one statement over the month and the report's scope.
#include "reports/mechanisms_report.h"

#include "domain/vocabulary.h"
#include "mechanisms/mechanism_support.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ow {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ow::MechanismFigures", s); // called in MechanismFigures only
}

// The report's scope over cases aliased c, with its values to bind.
struct ScopeFilter
{
    QString sql;
    QVariantList binds;
};

// On SQLite the scope's columns carry a unary + that keeps their indexes out: with no reception
// visits in the month, SQLite otherwise walked every case of a township (cases_report_township_*)
// to test it against the empty list, 2.5 s on 1,000,000 cases against 30 ms. PostgreSQL has no unary
// + on text and needs none.
ScopeFilter scopeFilter(const ReportScope& scope, bool server)
{
    const QString c = server ? QStringLiteral("c.") : QStringLiteral("+c.");
    ScopeFilter f{QStringLiteral(" AND c.status <> 'merged'"), {}};
    auto add = [&f, &c](const char* column, const QString& value) {
        f.sql += QStringLiteral(" AND ") + c + QLatin1String(column) + QStringLiteral(" = ?");
        f.binds << value;
    };
    if (!scope.site.isEmpty())
        add("site_code", scope.site);
    if (!scope.township.isEmpty())
        add("township_code", scope.township);
    if (scope.department == QLatin1String("none"))
        f.sql += QStringLiteral(" AND ") + c + QStringLiteral("lead_department_code IS NULL");
    else if (!scope.department.isEmpty())
        add("lead_department_code", scope.department);
    return f;
}

// "c is resolved by the day bound to ?": closed by then with an outcome that counts as resolved.
// 1 when the case was resolved by the report's end, else 0 (PostgreSQL sums no booleans).
QString resolvedBy(bool server)
{
    QStringList outcomes;
    for (const QString& o : vocab::codes(vocab::List::Outcome))
        if (vocab::outcomeCountsAsResolved(o))
            outcomes << QStringLiteral("'%1'").arg(o);
    return QStringLiteral("(c.status = 'closed' AND c.ended_on <= ? AND c.outcome IN (%1))%2")
        .arg(outcomes.join(QLatin1Char(',')), server ? QStringLiteral("::int") : QString());
}

Result<QList<qint64>> counts(QSqlDatabase& db, const QString& sql, const QVariantList& binds, int columns)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(sql::errorText(q.lastError()));
    QList<qint64> out;
    for (int i = 0; i < columns; ++i)
        out << q.value(i).toLongLong();
    return out;
}

void rateJson(QByteArray& out, const Rate& r)
{
    out += r ? formatRate(r).toLatin1() : QByteArray("null");
}

} // namespace

Result<MechanismFigures> computeMechanismFigures(Database& db, const QDate& firstDay, const QDate& lastDay,
                                                 const ReportScope& scope)
{
    return computeMechanismFigures(db.sql(), firstDay, lastDay, scope);
}

Result<MechanismFigures> computeMechanismFigures(QSqlDatabase& db, const QDate& firstDay, const QDate& lastDay,
                                                 const ReportScope& scope)
{
    MechanismFigures m;
    const bool server = db.driverName() == QLatin1String("QPSQL");
    const QString from = sql::iso(firstDay), to = sql::iso(lastDay);
    const ScopeFilter f = scopeFilter(scope, server);
    auto days =
        counts(db, QStringLiteral("SELECT count(*) FROM reception_days WHERE day BETWEEN ? AND ?"), {from, to}, 1);
    if (!days)
        return fail(days.error());
    m.receptionDays = days->at(0);
    auto received = counts(db,
                           QStringLiteral("SELECT count(*), COALESCE(sum(c.headcount), 0) FROM cases c WHERE c.id IN "
                                          "(SELECT v.case_id FROM reception_visits v JOIN reception_days r ON r.id = "
                                          "v.reception_day_id WHERE r.day BETWEEN ? AND ?)") +
                               f.sql,
                           QVariantList{from, to} + f.binds, 2);
    if (!received)
        return fail(received.error());
    m.receptionCases = received->at(0);
    m.receptionVisitors = received->at(1);
    auto leader = counts(db,
                         QStringLiteral("SELECT count(*), COALESCE(sum(") + resolvedBy(server) +
                             QStringLiteral("), 0) FROM leader_assignments a JOIN cases c ON c.id = a.case_id WHERE "
                                            "a.assigned_on BETWEEN ? AND ?") +
                             f.sql,
                         QVariantList{to, from, to} + f.binds, 2);
    if (!leader)
        return fail(leader.error());
    m.leaderAssigned = leader->at(0);
    m.leaderResolved = leader->at(1);
    m.leaderRate = percentRate(m.leaderResolved, m.leaderAssigned);
    for (const QString& level : mechanisms::agencyLevels()) {
        auto agency = counts(db,
                             QStringLiteral("SELECT count(*), COALESCE(sum(") + resolvedBy(server) +
                                 QStringLiteral("), 0) FROM agency_cases ac JOIN agency_points p ON p.id = ac.point_id "
                                                "JOIN cases c ON c.id = ac.case_id WHERE p.level = ? AND c.received_on "
                                                "BETWEEN ? AND ?") +
                                 f.sql,
                             QVariantList{to, level, from, to} + f.binds, 2);
        if (!agency)
            return fail(agency.error());
        m.agency << MechanismFigures::AgencyRow{level, mechanisms::agencyLevelLabel(level), agency->at(0),
                                                agency->at(1), percentRate(agency->at(1), agency->at(0))};
    }
    return m;
}

QByteArray MechanismFigures::toJson() const
{
    QByteArray out = "{\"leader_receptions\": {\"days\": " + QByteArray::number(receptionDays) +
                     ", \"visitors\": " + QByteArray::number(receptionVisitors) +
                     ", \"cases\": " + QByteArray::number(receptionCases) +
                     "}, \"leader_cases\": {\"assigned\": " + QByteArray::number(leaderAssigned) +
                     ", \"resolved\": " + QByteArray::number(leaderResolved) + ", \"resolution_rate\": ";
    rateJson(out, leaderRate);
    out += "}, \"agency_cases\": [";
    for (qsizetype i = 0; i < agency.size(); ++i) {
        const AgencyRow& a = agency[i];
        out += (i ? ", " : "") + QByteArray("{\"level\": \"") + a.level.toLatin1() +
               "\", \"registered\": " + QByteArray::number(a.registered) +
               ", \"resolved\": " + QByteArray::number(a.resolved) + ", \"resolution_rate\": ";
        rateJson(out, a.rate);
        out += "}";
    }
    out += "]}";
    return out;
}

QString MechanismFigures::title() const
{
    return tr("Leaders' receptions, leader-owned cases and petition agency");
}

QList<Figure> MechanismFigures::figures() const
{
    auto count = [](const char* key, const QString& label, qint64 n) {
        return Figure{QLatin1String(key), label, n, {}, false};
    };
    QList<Figure> out{
        count("leader_receptions.days", tr("Leaders' reception half-days"), receptionDays),
        count("leader_receptions.visitors", tr("Visitors received by leaders"), receptionVisitors),
        count("leader_receptions.cases", tr("Cases received by leaders"), receptionCases),
        count("leader_cases.assigned", tr("Leader-owned cases assigned"), leaderAssigned),
        count("leader_cases.resolved", tr("Leader-owned cases resolved"), leaderResolved),
        Figure{QStringLiteral("leader_cases.resolution_rate"), tr("Leader-owned cases: resolution rate"), 0, leaderRate,
               true},
    };
    for (const AgencyRow& a : agency) {
        const QString key = QStringLiteral("agency_cases.") + a.level + QLatin1Char('.');
        out << Figure{
            key + QStringLiteral("registered"), tr("%1 agency: registered").arg(a.label), a.registered, {}, false};
        out << Figure{key + QStringLiteral("resolved"), tr("%1 agency: resolved").arg(a.label), a.resolved, {}, false};
        out << Figure{key + QStringLiteral("resolution_rate"), tr("%1 agency: resolution rate").arg(a.label), 0, a.rate,
                      true};
    }
    return out;
}

QStringList MechanismFigures::csvLines() const
{
    QStringList out{
        QString(), csv::joinRecord({QStringLiteral("[") + title() + QStringLiteral("]"), QStringLiteral("mechanisms")}),
        csv::joinRecord({tr("Key"), tr("Figure"), tr("Value")})};
    for (const Figure& f : figures())
        out << csv::joinRecord({f.key, f.label, f.isRate ? formatRate(f.rate) : QString::number(f.count)});
    return out;
}

} // namespace ow
