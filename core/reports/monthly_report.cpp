// Figures of the monthly closure report in five grouped SQL passes (month received, month ended,
// open at month end, and the two 12-month trend series), summed into totals and breakdowns here.
#include "reports/monthly_report.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "reports/mechanisms_report.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "util/csv.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <map>
#include <sqlite3.h>
#include <vector>

namespace ow {
namespace {

// Report vocabulary: JSON key, Chinese label (reports.md), English label.
struct Label
{
    const char* key;
    const char* zh;
    const char* en;
};

constexpr Label kTotalLabels[] = {
    {"registered", "登记数", "Registered"},
    {"accepted", "受理数", "Accepted"},
    {"closed", "办结数", "Closed"},
    {"closed_of_accepted", "当月受理已办结", "Accepted this month and closed"},
    {"resolved", "化解数", "Resolved"},
    {"mediated", "调解成功数", "Mediated"},
    {"mediation_failed", "调解不成数", "Mediation failed"},
    {"judicial_confirmed", "司法确认数", "Judicially confirmed"},
    {"transferred_to_court", "移送法院立案数", "Transferred to court"},
    {"fast_track", "速裁庭结案数", "Fast-track judgments"},
    {"on_time", "按期办结数", "Closed on time"},
    {"open_end", "月末在办数", "Open at month end"},
    {"overdue_open", "月末超期在办数", "Overdue at month end"},
    {"rated", "参评数", "Rated"},
    {"satisfied", "满意数", "Satisfied"},
    {"ended_with_level", "有层级结案数", "Ended with a level"},
    {"level_village", "村级化解数", "Ended at village level"},
    {"level_township", "镇级化解数", "Ended at township level"},
    {"level_county", "县级化解数", "Ended at county level"},
    {"level_escalated", "上交数", "Escalated"},
};

constexpr Label kRateLabels[] = {
    {"closure_rate", "办结率", "Closure rate"},
    {"resolution_rate", "化解率", "Resolution rate"},
    {"mediation_success_rate", "调解成功率", "Mediation success rate"},
    {"on_time_rate", "按期办结率", "On-time rate"},
    {"satisfaction_rate", "满意率", "Satisfaction rate"},
    {"not_leaving_village_rate", "不出村率", "Not leaving the village"},
    {"not_leaving_township_rate", "不出镇率", "Not leaving the township"},
    {"not_escalated_rate", "不上交率", "Not escalated"},
};

constexpr Label kYtdLabels[] = {
    {"accepted", "年度累计受理数", "Accepted (year to date)"},
    {"closed_of_accepted", "年度受理已办结", "Accepted and closed (year to date)"},
    {"closure_rate", "年度累计办结率", "Closure rate (year to date)"},
    {"closed", "年度累计办结数", "Closed (year to date)"},
    {"resolved", "年度累计化解数", "Resolved (year to date)"},
    {"resolution_rate", "年度累计化解率", "Resolution rate (year to date)"},
};

constexpr Label kBreakdownLabels[] = {
    {"by_category", "按纠纷类别", "By category"},     {"by_source", "按来源渠道", "By source"},
    {"by_department", "按责任部门", "By department"}, {"by_township", "按乡镇（苏木）", "By township"},
    {"by_case_type", "按案件类型", "By case type"},
};

// Labels in the language the report was computed in (not the one current when it is rendered).
QString pick(const Label& l, const QString& language)
{
    return language.startsWith(QLatin1String("zh")) ? QString::fromUtf8(l.zh) : QString::fromUtf8(l.en);
}

template <std::size_t N> QString labelOf(const Label (&list)[N], const char* key, const QString& language)
{
    for (const Label& l : list)
        if (qstrcmp(l.key, key) == 0)
            return pick(l, language);
    return QString::fromLatin1(key);
}

QString sqlLiteral(const QString& s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString dateLiteral(const QDate& d)
{
    return sqlLiteral(d.toString(Qt::ISODate));
}

// Conditions shared by every statement: merged cases out, and the scope. (Likewise +status in the
// ended-in-period statements: without it SQLite walks cases_status over every closed case.) The unary + keeps SQLite
// from choosing the township/department indexes (a third of the county's rows, each visited in the
// table) over the date-range covering indexes of migration 4 that answer the scope from the index.
QString scopeClause(const ReportScope& scope)
{
    QString c = QStringLiteral(" AND status <> 'merged'");
    if (!scope.site.isEmpty())
        c += QStringLiteral(" AND +site_code = ") + sqlLiteral(scope.site);
    if (!scope.township.isEmpty())
        c += QStringLiteral(" AND +township_code = ") + sqlLiteral(scope.township);
    if (!scope.department.isEmpty()) {
        if (scope.department == QLatin1String("none"))
            c += QStringLiteral(" AND +lead_department_code IS NULL");
        else
            c += QStringLiteral(" AND +lead_department_code = ") + sqlLiteral(scope.department);
    }
    return c;
}

QString monthOf(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

const char* const kResolvedOutcomes =
    "('mediated','fast_track_judgment','petition_supported','petition_explained','resolved_other')";
const char* const kSatisfiedValues = "('very_satisfied','satisfied','basically_satisfied')";
const char* const kKeyColumns = "category_code, source, IFNULL(lead_department_code, 'none'), township_code, case_type";

struct Sql
{
    QString received, ended, open, trendReceived, trendEnded;
};

Sql buildSql(const QDate& first, const QDate& last, const ReportScope& scope)
{
    const QString where = scopeClause(scope);
    const QString F = dateLiteral(first), L = dateLiteral(last);
    const QString keys = QString::fromLatin1(kKeyColumns);
    const QString resolved = QString::fromLatin1(kResolvedOutcomes);
    Sql s;
    // Cases received in M: registered, accepted, closed_of_accepted (status closed ⇒ not rejected).
    // This statement and the next give one row per case (keys and 0/1 flags), summed by the caller:
    // a GROUP BY over the five keys sorted every row in a temporary b-tree, several times the cost
    // of reading the ~40,000 index entries of a month.
    s.received = QStringLiteral("SELECT ") + keys +
                 QStringLiteral(", 1, status <> 'rejected', status = 'closed' AND ended_on <= ") + L +
                 QStringLiteral(" FROM cases WHERE received_on BETWEEN ") + F + QStringLiteral(" AND ") + L + where;
    // Cases closed or escalated in M: everything counted over `closed` and the level split. The raw
    // outcome, satisfaction and level are classified by the caller (a third of the cost of ~25
    // expressions per row in SQL).
    s.ended = QStringLiteral("SELECT ") + keys +
              QStringLiteral(", status = 'closed', outcome, ended_on <= due_on, judicial_confirmed = 1, satisfaction, "
                             "resolution_level, status = 'escalated' FROM cases WHERE ended_on BETWEEN ") +
              F + QStringLiteral(" AND ") + L + QStringLiteral(" AND +status IN ('closed', 'escalated')") + where;
    // Open at the end of M: received by M.last and not ended by then. ended_on ≥ received_on, so
    // the two halves (never ended / ended after M.last) each use the ended_on index. One row with
    // open_end (keys NULL), then one row per overdue case with its keys: only overdue_open has a
    // breakdown, and grouping every open case (all cases ended since, for an old month) by five
    // keys cost a sort of each of them.
    const QString halves[] = {QStringLiteral(" FROM cases INDEXED BY cases_report_ended WHERE ended_on IS NULL "
                                             "AND received_on <= ") +
                                  L + where,
                              QStringLiteral(" FROM cases INDEXED BY cases_report_ended WHERE ended_on > ") + L +
                                  QStringLiteral(" AND received_on <= ") + L + where};
    s.open = QStringLiteral("SELECT NULL, NULL, NULL, NULL, NULL, (SELECT COUNT(*)") + halves[0] +
             QStringLiteral(") + (SELECT COUNT(*)") + halves[1] + QStringLiteral("), 0");
    for (const QString& half : halves)
        s.open += QStringLiteral(" UNION ALL SELECT ") + keys + QStringLiteral(", 0, 1") + half +
                  QStringLiteral(" AND due_on < ") + L;
    // The 12 months ending with M and the year-to-date block: rows ('YYYY-MM', accepted,
    // closed_of_accepted) and ('YYYY-MM', closed, resolved), where the year-to-date figures may
    // instead come in one extra row 'ytd' (month rows then carry 0 in the third column).
    const QDate yearFirst(first.year(), 1, 1);
    const QString J = dateLiteral(yearFirst);
    const bool whole = scope.isWhole();
    const bool townshipOnly = scope.site.isEmpty() && !scope.township.isEmpty() && scope.department.isEmpty();
    const QString T = dateLiteral(first.addMonths(-11));
    if (scope.site.isEmpty() && scope.township.isEmpty() && !scope.department.isEmpty()) {
        // One department: its own entries of cases_department (migration 8), which carries status,
        // ended_on and outcome. A case ended in the 12 months was received by their end (ended_on ≥
        // received_on, a CHECK of the schema), so the closed series reads the department's entries
        // received up to M.last. The received series comes a day a row, in the index's order: grouping
        // by month instead sorted every entry in a temporary b-tree (68 ms against 24 ms for the
        // largest department of 1,000,000 cases); the caller adds the days of a month up.
        const QString department = scope.department == QLatin1String("none")
                                       ? QStringLiteral("lead_department_code IS NULL")
                                       : QStringLiteral("lead_department_code = ") + sqlLiteral(scope.department);
        s.trendReceived = QStringLiteral("SELECT substr(received_on, 1, 7), SUM(status <> 'rejected'), "
                                         "SUM(status = 'closed' AND ended_on <= ") +
                          L + QStringLiteral(" AND received_on >= ") + J +
                          QStringLiteral(") FROM cases INDEXED BY cases_department WHERE ") + department +
                          QStringLiteral(" AND received_on BETWEEN ") + T + QStringLiteral(" AND ") + L +
                          QStringLiteral(" AND status <> 'merged' GROUP BY received_on");
        s.trendEnded = QStringLiteral("SELECT substr(ended_on, 1, 7), COUNT(*), SUM(outcome IN ") + resolved +
                       QStringLiteral(" AND ended_on >= ") + J +
                       QStringLiteral(") FROM cases INDEXED BY cases_department WHERE ") + department +
                       QStringLiteral(" AND received_on <= ") + L + QStringLiteral(" AND status = 'closed' AND ") +
                       QStringLiteral("ended_on BETWEEN ") + T + QStringLiteral(" AND ") + L +
                       QStringLiteral(" GROUP BY 1");
        return s;
    }
    if (!whole && !townshipOnly) {
        // Site scope (or several scopes at once): one scan of each date-range covering index, testing
        // status and scope from the index (no index leads with those columns).
        s.trendReceived = QStringLiteral("SELECT substr(received_on, 1, 7), SUM(status <> 'rejected'), "
                                         "SUM(status = 'closed' AND ended_on <= ") +
                          L + QStringLiteral(" AND received_on >= ") + J +
                          QStringLiteral(") FROM cases INDEXED BY cases_report_received WHERE received_on BETWEEN ") +
                          T + QStringLiteral(" AND ") + L + where + QStringLiteral(" GROUP BY 1");
        s.trendEnded = QStringLiteral("SELECT substr(ended_on, 1, 7), COUNT(*), SUM(outcome IN ") + resolved +
                       QStringLiteral(" AND ended_on >= ") + J +
                       QStringLiteral(") FROM cases INDEXED BY cases_report_ended WHERE ended_on BETWEEN ") + T +
                       QStringLiteral(" AND ") + L + QStringLiteral(" AND +status = 'closed'") + where +
                       QStringLiteral(" GROUP BY 1");
        return s;
    }
    // Whole county or one township: every figure is a COUNT(*) over an index range whose leading
    // columns are all equality constraints (status, outcome, township), so SQLite counts index
    // entries without testing any column: about 7× cheaper per entry than a filtered scan, and each
    // series covers ~500,000 entries on a 1,000,000-case county.
    const QString townshipEq =
        townshipOnly ? QStringLiteral("township_code = ") + sqlLiteral(scope.township) + QStringLiteral(" AND ")
                     : QString();
    const QString scoped =
        townshipOnly ? QStringLiteral(" AND +township_code = ") + sqlLiteral(scope.township) : QString();
    QString outcomes;
    for (const vocab::Term& t : vocab::terms(vocab::List::Outcome))
        outcomes +=
            (outcomes.isEmpty() ? QStringLiteral("(") : QStringLiteral(", ")) + sqlLiteral(QString::fromLatin1(t.code));
    outcomes += QLatin1Char(')');
    const QString byStatusReceived =
        QStringLiteral("(SELECT COUNT(*) FROM cases INDEXED BY ") +
        (townshipOnly ? QStringLiteral("cases_report_township_received") : QStringLiteral("cases_status")) +
        QStringLiteral(" WHERE ") + townshipEq;
    const QString byStatusOutcome = QStringLiteral("(SELECT COUNT(*) FROM cases INDEXED BY ") +
                                    (townshipOnly ? QStringLiteral("cases_report_township_outcome")
                                                  : QStringLiteral("cases_report_status_outcome")) +
                                    QStringLiteral(" WHERE ") + townshipEq;
    QString acceptedStatuses;
    for (const vocab::Term& t : vocab::terms(vocab::List::Status))
        if (const auto s = caseStatusOf(QString::fromLatin1(t.code));
            s != CaseStatus::Rejected && s != CaseStatus::Merged)
            acceptedStatuses += (acceptedStatuses.isEmpty() ? QStringLiteral("(") : QStringLiteral(", ")) +
                                sqlLiteral(QString::fromLatin1(t.code));
    acceptedStatuses += QLatin1Char(')');
    QStringList receivedRows, endedRows;
    for (int i = 11; i >= 0; --i) {
        const QDate mf = first.addMonths(-i);
        const QString a = dateLiteral(mf), b = dateLiteral(mf.addMonths(1).addDays(-1));
        const QString month = sqlLiteral(monthOf(mf));
        // accepted = received in the month with any status but rejected and merged (the status
        // CHECK of the schema is this vocabulary list): one range per status on a narrow index.
        receivedRows << QStringLiteral("SELECT ") + month + QStringLiteral(", ") + byStatusReceived +
                            QStringLiteral("status IN ") + acceptedStatuses +
                            QStringLiteral(" AND received_on BETWEEN ") + a + QStringLiteral(" AND ") + b +
                            QStringLiteral("), 0");
        // closed = closed in the month, with an outcome (each one its own range) or without.
        endedRows << QStringLiteral("SELECT ") + month + QStringLiteral(", ") + byStatusOutcome +
                         QStringLiteral("status = 'closed' AND outcome IN ") + outcomes +
                         QStringLiteral(" AND ended_on BETWEEN ") + a + QStringLiteral(" AND ") + b +
                         QStringLiteral(") + ") + byStatusOutcome +
                         QStringLiteral("status = 'closed' AND outcome IS NULL AND ended_on BETWEEN ") + a +
                         QStringLiteral(" AND ") + b + QStringLiteral("), 0");
    }
    // closed_of_accepted (year to date): closed cases received in [J, L] and ended by L (closed cases
    // are never rejected or merged). For a recent month, the common case, counted as all closed cases
    // received in [J, L] minus those ended after L (or, were there any, without an end date), which
    // walks the few cases ended since; for an older month, by testing ended_on over [J, L] instead.
    if (last.daysTo(Clock::today()) <= yearFirst.daysTo(last)) {
        receivedRows << QStringLiteral("SELECT 'ytd', 0, ") + byStatusReceived +
                            QStringLiteral("status = 'closed' AND received_on BETWEEN ") + J + QStringLiteral(" AND ") +
                            L +
                            QStringLiteral(") - (SELECT COUNT(*) FROM cases INDEXED BY cases_report_ended WHERE "
                                           "ended_on > ") +
                            L + QStringLiteral(" AND +status = 'closed' AND received_on BETWEEN ") + J +
                            QStringLiteral(" AND ") + L + scoped +
                            QStringLiteral(") - (SELECT COUNT(*) FROM cases INDEXED BY cases_report_ended WHERE "
                                           "ended_on IS NULL AND +status = 'closed' AND received_on BETWEEN ") +
                            J + QStringLiteral(" AND ") + L + scoped + QLatin1Char(')');
    } else {
        receivedRows << QStringLiteral("SELECT 'ytd', 0, COUNT(*) FROM cases INDEXED BY cases_report_received "
                                       "WHERE received_on BETWEEN ") +
                            J + QStringLiteral(" AND ") + L +
                            QStringLiteral(" AND +status = 'closed' AND ended_on <= ") + L + scoped;
    }
    endedRows << QStringLiteral("SELECT 'ytd', 0, ") + byStatusOutcome +
                     QStringLiteral("status = 'closed' AND outcome IN ") + resolved +
                     QStringLiteral(" AND ended_on BETWEEN ") + J + QStringLiteral(" AND ") + L + QLatin1Char(')');
    s.trendReceived = receivedRows.join(QStringLiteral(" UNION ALL "));
    s.trendEnded = endedRows.join(QStringLiteral(" UNION ALL "));
    return s;
}

class Query
{
public:
    Query(sqlite3* db, const QString& sql)
        : m_db(db)
    {
        const QByteArray u = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, u.constData(), int(u.size()), &m_stmt, nullptr);
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    bool next()
    {
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    // The column's bytes, valid until the next step: for lookups without a copy.
    QByteArray raw(int i) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return p ? QByteArray::fromRawData(p, sqlite3_column_bytes(m_stmt, i)) : QByteArray();
    }
    QString text(int i) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
    }
    qint64 integer(int i) const { return sqlite3_column_int64(m_stmt, i); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

enum KeyIndex
{
    KeyCategory,
    KeySource,
    KeyDepartment,
    KeyTownship,
    KeyCaseType,
    KeyCount
};

using Rows = std::map<QString, BreakdownRow>;

QList<BreakdownRow> finish(Rows& rows, const std::function<QString(const QString&)>& label)
{
    QList<BreakdownRow> list;
    for (auto& [key, row] : rows) {
        if (row.accepted == 0 && row.closed == 0 && row.resolved == 0 && row.onTime == 0 && row.overdueOpen == 0)
            continue;
        row.key = key;
        row.label = label(key);
        list << row;
    }
    std::sort(list.begin(), list.end(), [](const BreakdownRow& a, const BreakdownRow& b) {
        return a.accepted != b.accepted ? a.accepted > b.accepted : a.key < b.key;
    });
    return list;
}

// Minimal ordered JSON writer: the keys stay in the order of reports.md.
class Json
{
public:
    QByteArray bytes;
    void raw(const QByteArray& b) { bytes += b; }
    void str(const QString& s)
    {
        bytes += '"';
        for (QChar ch : s) {
            const char16_t c = ch.unicode();
            if (c == '"' || c == '\\') {
                bytes += '\\';
                bytes += char(c);
            } else if (c == '\n') {
                bytes += "\\n";
            } else if (c < 0x20) {
                bytes += "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
            } else {
                bytes += QString(ch).toUtf8();
            }
        }
        bytes += '"';
    }
    void key(const char* k, bool& first)
    {
        if (!first)
            bytes += ", ";
        first = false;
        bytes += '"';
        bytes += k;
        bytes += "\": ";
    }
    void nullableStr(const QString& s)
    {
        if (s.isEmpty())
            raw("null");
        else
            str(s);
    }
    void rate(const Rate& r)
    {
        if (r)
            raw(formatRate(r).toLatin1());
        else
            raw("null");
    }
};

} // namespace

Rate percentRate(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    // round(100 * 100 * n / d) half-up, in integers: floor((20000 n + d) / 2d).
    return (numerator * 20000 + denominator) / (2 * denominator);
}

QString formatRate(const Rate& rate)
{
    if (!rate)
        return {};
    const qint64 v = *rate;
    return QString::number(v / 100) + QLatin1Char('.') + QString::number(v % 100).rightJustified(2, QLatin1Char('0'));
}

std::optional<QDate> parseReportMonth(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QStringList monthlyReportSql(const QDate& month, const ReportScope& scope)
{
    const QDate first(month.year(), month.month(), 1);
    const Sql s = buildSql(first, first.addMonths(1).addDays(-1), scope);
    return {s.received, s.ended, s.open, s.trendReceived, s.trendEnded};
}

Result<MonthlyReport> computeMonthlyReport(Database& db, const QDate& month, const ReportScope& scope)
{
    if (!month.isValid())
        return fail(QCoreApplication::translate("Report", "The report month is not valid."));
    MonthlyReport r;
    r.year = month.year();
    r.month = month.month();
    r.scope = scope;
    r.language = i18n::language();
    const ReferenceData ref = ReferenceData::load(db);
    r.siteCode = ref.siteCode;
    r.siteName = ref.siteName;
    r.siteLevel = ref.siteLevel;
    r.generatedAt = Clock::now().toOffsetFromUtc(Clock::now().offsetFromUtc()).toString(Qt::ISODate);

    const QStringList sql = monthlyReportSql(month, scope);
    sqlite3* h = db.handle();
    Rows rows[KeyCount];
    ReportTotals& t = r.totals;
    std::map<QString, qint64> outcomes;

    // The breakdown rows of one case's keys, found by the key bytes (no QString per row).
    QHash<QByteArray, BreakdownRow*> rowCache[KeyCount];
    auto rowsOf = [&](const Query& q, BreakdownRow*(&out)[KeyCount]) {
        for (int i = 0; i < KeyCount; ++i) {
            const QByteArray probe = q.raw(i);
            auto it = rowCache[i].constFind(probe);
            if (it == rowCache[i].constEnd())
                it = rowCache[i].insert(QByteArray(probe.constData(), probe.size()), &rows[i][q.text(i)]);
            out[i] = *it;
        }
    };
    { // received in M
        Query q(h, sql[0]);
        if (!q.ok())
            return fail(q.error());
        BreakdownRow* k[KeyCount];
        while (q.next()) {
            rowsOf(q, k);
            const qint64 accepted = q.integer(6);
            t.registered += q.integer(5);
            t.accepted += accepted;
            t.closedOfAccepted += q.integer(7);
            for (int i = 0; i < KeyCount; ++i)
                k[i]->accepted += accepted;
        }
    }
    { // closed or escalated in M
        Query q(h, sql[1]);
        if (!q.ok())
            return fail(q.error());
        const auto outcomeTerms = vocab::terms(vocab::List::Outcome);
        std::vector<qint64> outcomeCounts(outcomeTerms.size(), 0);
        // reports.md / vocabulary.md: outcomes that count as resolved, satisfaction values that count
        // as satisfied (the same lists as kResolvedOutcomes and kSatisfiedValues).
        static const char* const resolvedOutcomes[] = {"mediated", "fast_track_judgment", "petition_supported",
                                                       "petition_explained", "resolved_other"};
        static const char* const satisfiedValues[] = {"very_satisfied", "satisfied", "basically_satisfied"};
        auto isOneOf = [](const QByteArray& v, const auto& list) {
            for (const char* x : list)
                if (v == x)
                    return true;
            return false;
        };
        BreakdownRow* k[KeyCount];
        while (q.next()) {
            rowsOf(q, k);
            const bool escalatedStatus = q.integer(11) != 0;
            const QByteArray level = q.raw(10);
            t.endedWithLevel += 1;
            if (level == "village" && !escalatedStatus)
                ++t.levelVillage;
            if (level == "township" && !escalatedStatus)
                ++t.levelTownship;
            if (level == "county" && !escalatedStatus)
                ++t.levelCounty;
            if (level == "escalated" || escalatedStatus)
                ++t.levelEscalated;
            if (q.integer(5) == 0) // escalated, not closed
                continue;
            const QByteArray outcome = q.raw(6), satisfaction = q.raw(9);
            const qint64 resolved = isOneOf(outcome, resolvedOutcomes) ? 1 : 0, onTime = q.integer(7) != 0 ? 1 : 0;
            t.closed += 1;
            t.resolved += resolved;
            t.onTime += onTime;
            if (outcome == "mediated" && q.integer(8) != 0)
                ++t.judicialConfirmed;
            if (satisfaction != "unrated") {
                ++t.rated;
                if (isOneOf(satisfaction, satisfiedValues))
                    ++t.satisfied;
            }
            for (std::size_t o = 0; o < outcomeTerms.size(); ++o)
                if (outcome == outcomeTerms[o].code) {
                    ++outcomeCounts[o];
                    break;
                }
            for (int i = 0; i < KeyCount; ++i) {
                k[i]->closed += 1;
                k[i]->resolved += resolved;
                k[i]->onTime += onTime;
            }
        }
        for (std::size_t o = 0; o < outcomeTerms.size(); ++o)
            outcomes[QString::fromLatin1(outcomeTerms[o].code)] += outcomeCounts[o];
        t.mediated = outcomes[QStringLiteral("mediated")];
        t.mediationFailed = outcomes[QStringLiteral("mediation_failed")];
        t.transferredToCourt = outcomes[QStringLiteral("transferred_to_court")];
        t.fastTrack = outcomes[QStringLiteral("fast_track_judgment")];
        qint64 withOutcome = 0;
        for (const vocab::Term& term : outcomeTerms) {
            const qint64 n = outcomes[QString::fromLatin1(term.code)];
            withOutcome += n;
            if (n > 0)
                r.byOutcome << OutcomeRow{QString::fromLatin1(term.code),
                                          vocab::label(vocab::List::Outcome, QString::fromLatin1(term.code)), n};
        }
        // A closed ledger row without an outcome still counts as closed; show it as such.
        if (t.closed > withOutcome)
            r.byOutcome << OutcomeRow{QStringLiteral("none"),
                                      i18n::chinese() ? QStringLiteral("未填结果")
                                                      : QStringLiteral("No outcome recorded"),
                                      t.closed - withOutcome};
    }
    { // open at the end of M
        Query q(h, sql[2]);
        if (!q.ok())
            return fail(q.error());
        BreakdownRow* k[KeyCount];
        while (q.next()) {
            t.openEnd += q.integer(5);
            if (q.integer(6) == 0)
                continue;
            rowsOf(q, k);
            ++t.overdueOpen;
            for (int i = 0; i < KeyCount; ++i)
                ++k[i]->overdueOpen;
        }
    }
    // Trend and year to date.
    const QDate first = r.firstDay();
    QHash<QString, int> trendIndex;
    for (int i = 11; i >= 0; --i) {
        trendIndex.insert(monthOf(first.addMonths(-i)), int(r.trend.size()));
        r.trend << TrendPoint{monthOf(first.addMonths(-i)), 0, 0};
    }
    const QString yearStart = QString::number(r.year) + QStringLiteral("-01");
    {
        Query q(h, sql[3]);
        if (!q.ok())
            return fail(q.error());
        while (q.next()) {
            const QString m = q.text(0);
            r.ytd.closedOfAccepted += q.integer(2); // only from this year's rows (see buildSql)
            if (auto it = trendIndex.constFind(m); it != trendIndex.constEnd())
                r.trend[*it].accepted += q.integer(1); // a month may come in parts (days)
            if (m >= yearStart && m != QLatin1String("ytd"))
                r.ytd.accepted += q.integer(1);
        }
    }
    {
        Query q(h, sql[4]);
        if (!q.ok())
            return fail(q.error());
        while (q.next()) {
            const QString m = q.text(0);
            r.ytd.resolved += q.integer(2);
            if (auto it = trendIndex.constFind(m); it != trendIndex.constEnd())
                r.trend[*it].closed += q.integer(1);
            if (m >= yearStart && m != QLatin1String("ytd"))
                r.ytd.closed += q.integer(1);
        }
    }
    r.ytd.closureRate = percentRate(r.ytd.closedOfAccepted, r.ytd.accepted);
    r.ytd.resolutionRate = percentRate(r.ytd.resolved, r.ytd.closed);

    ReportRates& rt = r.rates;
    rt.closure = percentRate(t.closedOfAccepted, t.accepted);
    rt.resolution = percentRate(t.resolved, t.closed);
    rt.mediationSuccess = percentRate(t.mediated, t.mediated + t.mediationFailed);
    rt.onTime = percentRate(t.onTime, t.closed);
    rt.satisfaction = percentRate(t.satisfied, t.rated);
    rt.notLeavingVillage = percentRate(t.levelVillage, t.endedWithLevel);
    rt.notLeavingTownship = percentRate(t.levelVillage + t.levelTownship, t.endedWithLevel);
    rt.notEscalated = percentRate(t.endedWithLevel - t.levelEscalated, t.endedWithLevel);

    r.byCategory = finish(rows[KeyCategory], [&](const QString& k) { return ref.categoryName(k); });
    r.bySource = finish(rows[KeySource], [](const QString& k) { return vocab::label(vocab::List::Source, k); });
    r.byDepartment = finish(rows[KeyDepartment], [&](const QString& k) {
        return k == QLatin1String("none") ? (i18n::chinese() ? QStringLiteral("未分派") : QStringLiteral("Unassigned"))
                                          : ref.departmentName(k);
    });
    r.byTownship = finish(rows[KeyTownship], [&](const QString& k) { return ref.divisionName(k); });
    r.byCaseType = finish(rows[KeyCaseType], [](const QString& k) { return vocab::label(vocab::List::CaseType, k); });
    auto mechanisms = computeMechanismFigures(db, r.firstDay(), r.lastDay(), scope);
    if (!mechanisms)
        return fail(mechanisms.error());
    r.mechanisms = std::make_shared<const MechanismFigures>(*mechanisms);
    return r;
}

QString MonthlyReport::monthText() const
{
    return firstDay().toString(QStringLiteral("yyyy-MM"));
}

QString MonthlyReport::title() const
{
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("%1 %2年%3月矛盾纠纷受理办结情况统计表").arg(siteName).arg(year).arg(month);
    return QStringLiteral("%1: disputes accepted and closed, %2").arg(siteName, monthText());
}

QString MonthlyReport::scopeText() const
{
    QStringList parts;
    if (!scope.site.isEmpty())
        parts << QCoreApplication::translate("Report", "Site %1").arg(scope.site);
    if (!scope.township.isEmpty())
        parts << scope.township;
    if (!scope.department.isEmpty())
        parts << scope.department;
    return parts.isEmpty() ? QCoreApplication::translate("Report", "All cases") : parts.join(QStringLiteral(" / "));
}

QList<Figure> MonthlyReport::totalFigures() const
{
    const ReportTotals& t = totals;
    const qint64 values[] = {t.registered,         t.accepted,      t.closed,          t.closedOfAccepted,
                             t.resolved,           t.mediated,      t.mediationFailed, t.judicialConfirmed,
                             t.transferredToCourt, t.fastTrack,     t.onTime,          t.openEnd,
                             t.overdueOpen,        t.rated,         t.satisfied,       t.endedWithLevel,
                             t.levelVillage,       t.levelTownship, t.levelCounty,     t.levelEscalated};
    QList<Figure> list;
    for (std::size_t i = 0; i < std::size(kTotalLabels); ++i)
        list << Figure{QString::fromLatin1(kTotalLabels[i].key), pick(kTotalLabels[i], language), values[i], {}, false};
    return list;
}

QString MonthlyReport::figureLabel(const char* totalKey) const
{
    return labelOf(kTotalLabels, totalKey, language);
}

QList<Figure> MonthlyReport::rateFigures() const
{
    const Rate values[] = {rates.closure,      rates.resolution,        rates.mediationSuccess,   rates.onTime,
                           rates.satisfaction, rates.notLeavingVillage, rates.notLeavingTownship, rates.notEscalated};
    QList<Figure> list;
    for (std::size_t i = 0; i < std::size(kRateLabels); ++i)
        list << Figure{QString::fromLatin1(kRateLabels[i].key), pick(kRateLabels[i], language), 0, values[i], true};
    return list;
}

QList<Figure> MonthlyReport::ytdFigures() const
{
    auto lbl = [this](const char* k) { return labelOf(kYtdLabels, k, language); };
    return {
        Figure{QStringLiteral("accepted"), lbl("accepted"), ytd.accepted, {}, false},
        Figure{QStringLiteral("closed_of_accepted"), lbl("closed_of_accepted"), ytd.closedOfAccepted, {}, false},
        Figure{QStringLiteral("closure_rate"), lbl("closure_rate"), 0, ytd.closureRate, true},
        Figure{QStringLiteral("closed"), lbl("closed"), ytd.closed, {}, false},
        Figure{QStringLiteral("resolved"), lbl("resolved"), ytd.resolved, {}, false},
        Figure{QStringLiteral("resolution_rate"), lbl("resolution_rate"), 0, ytd.resolutionRate, true},
    };
}

QList<Breakdown> MonthlyReport::breakdowns() const
{
    const QList<BreakdownRow>* lists[] = {&byCategory, &bySource, &byDepartment, &byTownship, &byCaseType};
    QList<Breakdown> out;
    for (std::size_t i = 0; i < std::size(kBreakdownLabels); ++i)
        out << Breakdown{QString::fromLatin1(kBreakdownLabels[i].key), pick(kBreakdownLabels[i], language), *lists[i]};
    return out;
}

QByteArray MonthlyReport::toJson() const
{
    Json j;
    bool first = true;
    j.raw("{");
    j.key("report", first), j.str(QStringLiteral("monthly_closure"));
    j.key("version", first), j.raw("1");
    j.key("month", first), j.str(monthText());
    j.key("site", first);
    {
        bool f = true;
        j.raw("{");
        j.key("code", f), j.str(siteCode);
        j.key("name", f), j.str(siteName);
        j.key("level", f), j.str(siteLevel);
        j.raw("}");
    }
    j.key("scope", first);
    {
        bool f = true;
        j.raw("{");
        j.key("site", f), j.nullableStr(scope.site);
        j.key("township", f), j.nullableStr(scope.township);
        j.key("department", f), j.nullableStr(scope.department);
        j.raw("}");
    }
    j.key("generated_at", first), j.str(generatedAt);
    auto figures = [&](const char* name, const QList<Figure>& list) {
        j.key(name, first);
        bool f = true;
        j.raw("{");
        for (const Figure& fig : list) {
            const QByteArray k = fig.key.toLatin1();
            j.key(k.constData(), f);
            if (fig.isRate)
                j.rate(fig.rate);
            else
                j.raw(QByteArray::number(fig.count));
        }
        j.raw("}");
    };
    figures("totals", totalFigures());
    figures("rates", rateFigures());
    figures("ytd", ytdFigures());
    for (const Breakdown& b : breakdowns()) {
        const QByteArray k = b.key.toLatin1();
        j.key(k.constData(), first);
        j.raw("[");
        for (qsizetype i = 0; i < b.rows.size(); ++i) {
            const BreakdownRow& row = b.rows[i];
            bool f = true;
            j.raw(i ? ",\n  {" : "\n  {");
            j.key("key", f), j.str(row.key);
            j.key("label", f), j.str(row.label);
            j.key("accepted", f), j.raw(QByteArray::number(row.accepted));
            j.key("closed", f), j.raw(QByteArray::number(row.closed));
            j.key("resolved", f), j.raw(QByteArray::number(row.resolved));
            j.key("on_time", f), j.raw(QByteArray::number(row.onTime));
            j.key("overdue_open", f), j.raw(QByteArray::number(row.overdueOpen));
            j.raw("}");
        }
        j.raw("]");
    }
    j.key("by_outcome", first);
    j.raw("[");
    for (qsizetype i = 0; i < byOutcome.size(); ++i) {
        bool f = true;
        j.raw(i ? ", {" : "{");
        j.key("key", f), j.str(byOutcome[i].key);
        j.key("label", f), j.str(byOutcome[i].label);
        j.key("count", f), j.raw(QByteArray::number(byOutcome[i].count));
        j.raw("}");
    }
    j.raw("]");
    j.key("trend", first);
    j.raw("[");
    for (qsizetype i = 0; i < trend.size(); ++i) {
        bool f = true;
        j.raw(i ? ", {" : "{");
        j.key("month", f), j.str(trend[i].month);
        j.key("accepted", f), j.raw(QByteArray::number(trend[i].accepted));
        j.key("closed", f), j.raw(QByteArray::number(trend[i].closed));
        j.raw("}");
    }
    j.raw("]");
    j.key("audit_head", first);
    if (auditHead.seq > 0) {
        bool f = true;
        j.raw("{");
        j.key("seq", f), j.raw(QByteArray::number(auditHead.seq));
        j.key("hash", f), j.str(auditHead.hash);
        j.key("signed_at", f), j.str(auditHead.at);
        j.key("fingerprint", f), j.str(auditHead.fingerprint);
        j.key("signature", f), j.str(auditHead.signature);
        j.raw("}");
    } else {
        j.raw("null");
    }
    if (mechanisms) {
        j.key("mechanisms", first);
        j.raw(mechanisms->toJson());
    }
    j.raw("}\n");
    return j.bytes;
}

Status signAuditHead(Database& db, MonthlyReport& report)
{
    auto head = issueAnchor(db, QStringLiteral("report"));
    if (!head)
        return fail(head.error());
    report.auditHead = *head;
    return {};
}

QByteArray MonthlyReport::toCsv() const
{
    // The context lupdate gives tr() calls inside this member function.
    auto tr = [](const char* s) { return QCoreApplication::translate("ow::MonthlyReport", s); };
    QStringList lines;
    auto line = [&](const QStringList& fields) { lines << csv::joinRecord(fields); };
    line({title()});
    line({tr("Month"), monthText()});
    line({tr("Scope"), scopeText()});
    line({tr("Generated at"), generatedAt});
    line({});
    auto figureSection = [&](const QString& heading, const QList<Figure>& list) {
        line({QStringLiteral("[") + heading + QStringLiteral("]")});
        line({tr("Key"), tr("Figure"), tr("Value")});
        for (const Figure& f : list)
            line({f.key, f.label, f.isRate ? formatRate(f.rate) : QString::number(f.count)});
        line({});
    };
    figureSection(tr("Totals"), totalFigures());
    figureSection(tr("Rates (%)"), rateFigures());
    figureSection(tr("Year to date"), ytdFigures());
    for (const Breakdown& b : breakdowns()) {
        line({QStringLiteral("[") + b.title + QStringLiteral("]"), b.key});
        line({tr("Key"), tr("Name"), labelOf(kTotalLabels, "accepted", language),
              labelOf(kTotalLabels, "closed", language), labelOf(kTotalLabels, "resolved", language),
              labelOf(kTotalLabels, "on_time", language), labelOf(kTotalLabels, "overdue_open", language)});
        for (const BreakdownRow& r : b.rows)
            line({r.key, r.label, QString::number(r.accepted), QString::number(r.closed), QString::number(r.resolved),
                  QString::number(r.onTime), QString::number(r.overdueOpen)});
        line({});
    }
    line({QStringLiteral("[") + tr("By outcome") + QStringLiteral("]"), QStringLiteral("by_outcome")});
    line({tr("Key"), tr("Name"), tr("Count")});
    for (const OutcomeRow& o : byOutcome)
        line({o.key, o.label, QString::number(o.count)});
    line({});
    line({QStringLiteral("[") + tr("12-month trend") + QStringLiteral("]"), QStringLiteral("trend")});
    line({tr("Month"), labelOf(kTotalLabels, "accepted", language), labelOf(kTotalLabels, "closed", language)});
    for (const TrendPoint& p : trend)
        line({p.month, QString::number(p.accepted), QString::number(p.closed)});
    if (mechanisms)
        lines << mechanisms->csvLines();
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

Result<QList<ReportCase>> casesBehindFigure(Database& db, const QDate& month, const ReportScope& scope,
                                            const QString& key, int limit)
{
    const QDate first(month.year(), month.month(), 1);
    const QString F = dateLiteral(first), L = dateLiteral(first.addMonths(1).addDays(-1));
    const QString inM = QStringLiteral("received_on BETWEEN ") + F + QStringLiteral(" AND ") + L;
    const QString endedInM = QStringLiteral("ended_on BETWEEN ") + F + QStringLiteral(" AND ") + L;
    const QString closedInM = endedInM + QStringLiteral(" AND status = 'closed'");
    const QString resolved = QString::fromLatin1(kResolvedOutcomes);
    const QString endedLevel = endedInM + QStringLiteral(" AND status IN ('closed','escalated')");
    const QString open = QStringLiteral("received_on <= ") + L +
                         QStringLiteral(" AND (ended_on IS NULL OR ended_on > ") + L + QLatin1Char(')');
    const QHash<QString, QString> conditions = {
        {QStringLiteral("registered"), inM},
        {QStringLiteral("accepted"), inM + QStringLiteral(" AND status <> 'rejected'")},
        {QStringLiteral("closed"), closedInM},
        {QStringLiteral("closed_of_accepted"), inM + QStringLiteral(" AND status = 'closed' AND ended_on <= ") + L},
        {QStringLiteral("resolved"), closedInM + QStringLiteral(" AND outcome IN ") + resolved},
        {QStringLiteral("mediated"), closedInM + QStringLiteral(" AND outcome = 'mediated'")},
        {QStringLiteral("mediation_failed"), closedInM + QStringLiteral(" AND outcome = 'mediation_failed'")},
        {QStringLiteral("judicial_confirmed"),
         closedInM + QStringLiteral(" AND outcome = 'mediated' AND judicial_confirmed = 1")},
        {QStringLiteral("transferred_to_court"), closedInM + QStringLiteral(" AND outcome = 'transferred_to_court'")},
        {QStringLiteral("fast_track"), closedInM + QStringLiteral(" AND outcome = 'fast_track_judgment'")},
        {QStringLiteral("on_time"), closedInM + QStringLiteral(" AND ended_on <= due_on")},
        {QStringLiteral("open_end"), open},
        {QStringLiteral("overdue_open"), open + QStringLiteral(" AND due_on < ") + L},
        {QStringLiteral("rated"), closedInM + QStringLiteral(" AND satisfaction <> 'unrated'")},
        {QStringLiteral("satisfied"),
         closedInM + QStringLiteral(" AND satisfaction IN ") + QString::fromLatin1(kSatisfiedValues)},
        {QStringLiteral("ended_with_level"), endedLevel},
        {QStringLiteral("level_village"),
         endedLevel + QStringLiteral(" AND resolution_level = 'village' AND status <> 'escalated'")},
        {QStringLiteral("level_township"),
         endedLevel + QStringLiteral(" AND resolution_level = 'township' AND status <> 'escalated'")},
        {QStringLiteral("level_county"),
         endedLevel + QStringLiteral(" AND resolution_level = 'county' AND status <> 'escalated'")},
        {QStringLiteral("level_escalated"),
         endedLevel + QStringLiteral(" AND (resolution_level = 'escalated' OR status = 'escalated')")},
    };
    const auto it = conditions.constFind(key);
    if (it == conditions.constEnd())
        return fail(QCoreApplication::translate("Report", "Unknown report figure \"%1\".").arg(key));
    Query q(db.handle(), QStringLiteral("SELECT id, IFNULL(case_no, ''), status, category_code, applicant_name, "
                                        "received_on, due_on, ended_on FROM cases WHERE ") +
                             *it + scopeClause(scope) + QStringLiteral(" ORDER BY received_on, case_no LIMIT ") +
                             QString::number(limit));
    if (!q.ok())
        return fail(q.error());
    QList<ReportCase> list;
    while (q.next())
        list << ReportCase{q.text(0),
                           q.text(1),
                           q.text(2),
                           q.text(3),
                           q.text(4),
                           QDate::fromString(q.text(5), Qt::ISODate),
                           QDate::fromString(q.text(6), Qt::ISODate),
                           QDate::fromString(q.text(7), Qt::ISODate)};
    return list;
}

QList<std::pair<QString, QString>> reportSites(Database& db)
{
    QList<std::pair<QString, QString>> list;
    Query q(db.handle(), QStringLiteral("SELECT code, name FROM sites ORDER BY is_self DESC, code"));
    while (q.ok() && q.next())
        list.append({q.text(0), q.text(1)});
    return list;
}

Result<DashboardFigures> dashboardFigures(Database& db, const QDate& today)
{
    const QDate first(today.year(), today.month(), 1);
    const QString F = dateLiteral(first), T = dateLiteral(today);
    DashboardFigures d;
    Query a(db.handle(), QStringLiteral("SELECT SUM(status <> 'rejected'), SUM(status = 'closed' AND ended_on <= ") +
                             T + QStringLiteral(") FROM cases WHERE received_on BETWEEN ") + F +
                             QStringLiteral(" AND ") + T + QStringLiteral(" AND status <> 'merged'"));
    if (!a.ok())
        return fail(a.error());
    if (a.next()) {
        d.accepted = a.integer(0);
        d.closedOfAccepted = a.integer(1);
    }
    Query c(db.handle(), QStringLiteral("SELECT COUNT(*) FROM cases WHERE ended_on BETWEEN ") + F +
                             QStringLiteral(" AND ") + T + QStringLiteral(" AND status = 'closed'"));
    if (!c.ok())
        return fail(c.error());
    if (c.next())
        d.closed = c.integer(0);
    Query o(db.handle(), QStringLiteral("SELECT COUNT(*) FROM cases WHERE ended_on IS NULL AND due_on < ") + T +
                             QStringLiteral(" AND status <> 'merged'"));
    if (!o.ok())
        return fail(o.error());
    if (o.next())
        d.overdueOpen = o.integer(0);
    d.closureRate = percentRate(d.closedOfAccepted, d.accepted);
    return d;
}

} // namespace ow
