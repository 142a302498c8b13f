// Figures of the monthly closure report in five grouped SQL passes (month received, month ended,
// open at month end, and the two 12-month trend series), summed into totals and breakdowns here.
// The same statements run on an SQLite file (sqlite3 handle) or a PostgreSQL server (QPSQL), with
// the few differences switched by Dialect.
#include "reports/monthly_report.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "reports/mechanisms_report.h"
#include "storage/database.h"
#include "storage/read_transaction.h"
#include "storage/reference_data.h"
#include "storage/sql_dialect.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "util/csv.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <map>
#include <sqlite3.h>
#include <vector>

namespace ow {
namespace {

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

using sql::Dialect; // storage/sql_dialect.h

// Conditions shared by every statement: merged cases out, and the scope. (Likewise +status in the
// ended-in-period statements: without it SQLite walks cases_status over every closed case.) The unary + keeps SQLite
// from choosing the township/department indexes (a third of the county's rows, each visited in the
// table) over the date-range covering indexes of migration 4 that answer the scope from the index.
QString scopeClause(const ReportScope& scope, const Dialect& x = {})
{
    QString c = QStringLiteral(" AND status <> 'merged'");
    if (!scope.site.isEmpty())
        c += QStringLiteral(" AND ") + x.plain("site_code") + QStringLiteral(" = ") + sqlLiteral(scope.site);
    if (!scope.township.isEmpty())
        c += QStringLiteral(" AND ") + x.plain("township_code") + QStringLiteral(" = ") + sqlLiteral(scope.township);
    if (!scope.department.isEmpty()) {
        c += QStringLiteral(" AND ") + x.plain("lead_department_code");
        if (scope.department == QLatin1String("none"))
            c += QStringLiteral(" IS NULL");
        else
            c += QStringLiteral(" = ") + sqlLiteral(scope.department);
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
const char* const kKeyColumns =
    "category_code, source, COALESCE(lead_department_code, 'none'), township_code, case_type";

struct Sql
{
    QString received, ended, open, trendReceived, trendEnded;
};

// The dates of a report as SQL literals: the month [F, L], the year to date from J, the 12 months
// of the trend from T.
struct ReportDates
{
    QDate first, last, yearFirst;
    QString F, L, J, T;
    Dialect x;
};

// The month's rows: cases received, cases ended and cases open at its end.
void monthSql(Sql& s, const ReportDates& d, const QString& where, bool narrowOpen)
{
    const QString &F = d.F, &L = d.L;
    const Dialect& x = d.x;
    const QString keys = QString::fromLatin1(kKeyColumns);
    // Cases received in M: registered, accepted, closed_of_accepted (status closed ⇒ not rejected).
    // This statement and the next give one row per case (keys and 0/1 flags), summed by the caller:
    // a GROUP BY over the five keys sorted every row in a temporary b-tree, several times the cost
    // of reading the ~40,000 index entries of a month.
    s.received = QStringLiteral("SELECT ") + keys + QStringLiteral(", 1, ") +
                 x.flag(QStringLiteral("status <> 'rejected'")) + QStringLiteral(", ") +
                 x.flag(QStringLiteral("status = 'closed' AND ended_on <= ") + L) +
                 QStringLiteral(" FROM cases WHERE received_on BETWEEN ") + F + QStringLiteral(" AND ") + L + where;
    // Cases closed or escalated in M: everything counted over `closed` and the level split. The raw
    // outcome, satisfaction and level are classified by the caller (a third of the cost of ~25
    // expressions per row in SQL). Named, since SQLite would otherwise take the narrower
    // cases_report_open of migration 14 and read every row from the table.
    s.ended = QStringLiteral("SELECT ") + keys + QStringLiteral(", ") + x.flag(QStringLiteral("status = 'closed'")) +
              QStringLiteral(", outcome, ") + x.flag(QStringLiteral("ended_on <= due_on")) + QStringLiteral(", ") +
              x.flag(QStringLiteral("judicial_confirmed = 1")) + QStringLiteral(", satisfaction, resolution_level, ") +
              x.flag(QStringLiteral("status = 'escalated'")) + QStringLiteral(" FROM cases") +
              x.indexedBy("cases_report_ended") + QStringLiteral(" WHERE ended_on BETWEEN ") + F +
              QStringLiteral(" AND ") + L + QStringLiteral(" AND ") + x.plain("status") +
              QStringLiteral(" IN ('closed', 'escalated')") + where;
    // Open at the end of M: received by M.last and not ended by then. ended_on ≥ received_on, so
    // the two halves (never ended / ended after M.last) each use the ended_on index. One row with
    // open_end (keys NULL), then one row per overdue case with its keys: only overdue_open has a
    // breakdown, and grouping every open case (all cases ended since, for an old month) by five
    // keys cost a sort of each of them. The count reads the narrow cases_report_open of migrations
    // 14 and 15 for the whole county, a site or a township (docs/postgresql.md, "Reports": the
    // older months' count on PostgreSQL walked a whole wide index without it); a department's
    // count and the overdue rows need the columns of cases_report_ended.
    const QString conditions[] = {QStringLiteral(" WHERE ended_on IS NULL AND received_on <= ") + L + where,
                                  QStringLiteral(" WHERE ended_on > ") + L + QStringLiteral(" AND received_on <= ") +
                                      L + where};
    const QString counted =
        QStringLiteral(" FROM cases") + x.indexedBy(narrowOpen ? "cases_report_open" : "cases_report_ended");
    const QString from = QStringLiteral(" FROM cases") + x.indexedBy("cases_report_ended");
    s.open = QStringLiteral("SELECT NULL, NULL, NULL, NULL, NULL, (SELECT COUNT(*)") + counted + conditions[0] +
             QStringLiteral(") + (SELECT COUNT(*)") + counted + conditions[1] + QStringLiteral("), 0");
    for (const QString& condition : conditions)
        s.open += QStringLiteral(" UNION ALL SELECT ") + keys + QStringLiteral(", 0, 1") + from + condition +
                  QStringLiteral(" AND due_on < ") + L;
}

// The columns of the trend series read row by row: ('YYYY-MM', accepted, closed_of_accepted) and
// ('YYYY-MM', closed, resolved).
QString trendReceivedColumns(const ReportDates& d)
{
    return QStringLiteral("SELECT substr(received_on, 1, 7), SUM(") + d.x.flag(QStringLiteral("status <> 'rejected'")) +
           QStringLiteral("), SUM(") +
           d.x.flag(QStringLiteral("status = 'closed' AND ended_on <= ") + d.L +
                    QStringLiteral(" AND received_on >= ") + d.J) +
           QLatin1Char(')');
}

QString trendEndedColumns(const ReportDates& d)
{
    return QStringLiteral("SELECT substr(ended_on, 1, 7), COUNT(*), SUM(") +
           d.x.flag(QStringLiteral("outcome IN ") + QString::fromLatin1(kResolvedOutcomes) +
                    QStringLiteral(" AND ended_on >= ") + d.J) +
           QLatin1Char(')');
}

// The trend of one department.
void departmentTrendSql(Sql& s, const ReportDates& d, const ReportScope& scope)
{
    const QString &L = d.L, &T = d.T;
    const Dialect& x = d.x;
    // One department: its own entries of cases_department (migration 8), which carries status,
    // ended_on and outcome. A case ended in the 12 months was received by their end (ended_on ≥
    // received_on, a CHECK of the schema), so the closed series reads the department's entries
    // received up to M.last. The received series comes a day a row, in the index's order: grouping
    // by month instead sorted every entry in a temporary b-tree (68 ms against 24 ms for the
    // largest department of 1,000,000 cases); the caller adds the days of a month up.
    const QString department = scope.department == QLatin1String("none")
                                   ? QStringLiteral("lead_department_code IS NULL")
                                   : QStringLiteral("lead_department_code = ") + sqlLiteral(scope.department);
    s.trendReceived = trendReceivedColumns(d) + QStringLiteral(" FROM cases") + x.indexedBy("cases_department") +
                      QStringLiteral(" WHERE ") + department + QStringLiteral(" AND received_on BETWEEN ") + T +
                      QStringLiteral(" AND ") + L + QStringLiteral(" AND status <> 'merged' GROUP BY received_on");
    s.trendEnded = trendEndedColumns(d) + QStringLiteral(" FROM cases") + x.indexedBy("cases_department") +
                   QStringLiteral(" WHERE ") + department + QStringLiteral(" AND received_on <= ") + L +
                   QStringLiteral(" AND status = 'closed' AND ") + QStringLiteral("ended_on BETWEEN ") + T +
                   QStringLiteral(" AND ") + L + QStringLiteral(" GROUP BY 1");
}

// The trend of a site scope (or several scopes at once).
void scannedTrendSql(Sql& s, const ReportDates& d, const QString& where)
{
    const QString &L = d.L, &T = d.T;
    const Dialect& x = d.x;
    // Site scope (or several scopes at once): one scan of each date-range covering index, testing
    // status and scope from the index (no index leads with those columns).
    s.trendReceived = trendReceivedColumns(d) + QStringLiteral(" FROM cases") + x.indexedBy("cases_report_received") +
                      QStringLiteral(" WHERE received_on BETWEEN ") + T + QStringLiteral(" AND ") + L + where +
                      QStringLiteral(" GROUP BY 1");
    s.trendEnded = trendEndedColumns(d) + QStringLiteral(" FROM cases") + x.indexedBy("cases_report_ended") +
                   QStringLiteral(" WHERE ended_on BETWEEN ") + T + QStringLiteral(" AND ") + L +
                   QStringLiteral(" AND ") + x.plain("status") + QStringLiteral(" = 'closed'") + where +
                   QStringLiteral(" GROUP BY 1");
}

// A comma-separated SQL list of the codes of `list` that `keep` accepts, in parentheses.
QString codeList(vocab::List list, const std::function<bool(const QString&)>& keep)
{
    QStringList codes;
    for (const vocab::Term& t : vocab::terms(list))
        if (const QString code = QString::fromLatin1(t.code); keep(code))
            codes << sqlLiteral(code);
    return QLatin1Char('(') + codes.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The scope of a counted trend: the whole county, one township or one site, each with its pair of
// narrow indexes that lead with the equalities (migrations 4 and 15).
struct CountedScope
{
    QString equality; // "township_code = '…' AND ", or empty for the whole county
    const char* receivedIndex;
    const char* outcomeIndex;

    static CountedScope of(const ReportScope& scope)
    {
        if (!scope.township.isEmpty())
            return {QStringLiteral("township_code = ") + sqlLiteral(scope.township) + QStringLiteral(" AND "),
                    "cases_report_township_received", "cases_report_township_outcome"};
        if (!scope.site.isEmpty())
            return {QStringLiteral("site_code = ") + sqlLiteral(scope.site) + QStringLiteral(" AND "),
                    "cases_report_site_received", "cases_report_site_outcome"};
        return {QString(), "cases_status", "cases_report_status_outcome"};
    }
};

// The trend of the whole county, one township or one site, counted on index ranges.
void countedTrendSql(Sql& s, const ReportDates& d, const QString& where, const ReportScope& scope)
{
    const QDate &first = d.first, &yearFirst = d.yearFirst;
    const QString &L = d.L, &J = d.J;
    const Dialect& x = d.x;
    // Every figure is a COUNT(*) over an index range whose leading columns are all equality
    // constraints (township or site, status, outcome), so SQLite counts index entries without
    // testing any column: about 7x cheaper per entry than a filtered scan, and each series covers
    // ~500,000 entries on a 1,000,000-case county.
    const CountedScope c = CountedScope::of(scope);
    const QString byStatusReceived = QStringLiteral("(SELECT COUNT(*) FROM cases") + x.indexedBy(c.receivedIndex) +
                                     QStringLiteral(" WHERE ") + c.equality;
    const QString byStatusOutcome = QStringLiteral("(SELECT COUNT(*) FROM cases") + x.indexedBy(c.outcomeIndex) +
                                    QStringLiteral(" WHERE ") + c.equality;
    // accepted = received with any status but rejected and merged (the status CHECK of the schema
    // is this vocabulary list), counted as closed + the other accepted statuses; closed = closed
    // with a resolving outcome + with another outcome + without one. One range per status or
    // outcome on a narrow index.
    const QString resolved = QString::fromLatin1(kResolvedOutcomes);
    const QString otherAccepted = codeList(vocab::List::Status, [](const QString& code) {
        const auto st = caseStatusOf(code);
        return st != CaseStatus::Rejected && st != CaseStatus::Merged && st != CaseStatus::Closed;
    });
    const QString otherOutcomes = codeList(vocab::List::Outcome, [&](const QString& code) {
        return !resolved.contains(QLatin1Char('\'') + code + QLatin1Char('\''));
    });
    // The year to date is counted with the months (they are among the twelve): a month of this
    // year gives its closed cases as its share of closed_of_accepted and its resolved ones as its
    // share of resolved, so no statement walks the year's cases again.
    // A month's two counts are read twice (their sum, and one of them for the year): OFFSET 0 keeps
    // PostgreSQL from pulling the derived table up into its caller, which would count that one
    // twice. SQLite evaluates each subquery once either way.
    const QString once = x.server ? QStringLiteral(" OFFSET 0") : QString();
    QStringList receivedRows, endedRows;
    for (int i = 11; i >= 0; --i) {
        const QDate mf = first.addMonths(-i);
        const QString month = sqlLiteral(monthOf(mf));
        const QString c = mf >= yearFirst ? QStringLiteral("c") : QStringLiteral("0");
        const QString r = mf >= yearFirst ? QStringLiteral("r") : QStringLiteral("0");
        const QString between = QStringLiteral(" BETWEEN ") + dateLiteral(mf) + QStringLiteral(" AND ") +
                                dateLiteral(mf.addMonths(1).addDays(-1)) + QLatin1Char(')');
        receivedRows << QStringLiteral("SELECT ") + month + QStringLiteral(", c + o, ") + c +
                            QStringLiteral(" FROM (SELECT ") + byStatusReceived +
                            QStringLiteral("status = 'closed' AND received_on") + between + QStringLiteral(" AS c, ") +
                            byStatusReceived + QStringLiteral("status IN ") + otherAccepted +
                            QStringLiteral(" AND received_on") + between + QStringLiteral(" AS o") + once +
                            QStringLiteral(") m");
        endedRows << QStringLiteral("SELECT ") + month + QStringLiteral(", r + o, ") + r +
                         QStringLiteral(" FROM (SELECT ") + byStatusOutcome +
                         QStringLiteral("status = 'closed' AND outcome IN ") + resolved +
                         QStringLiteral(" AND ended_on") + between + QStringLiteral(" AS r, ") + byStatusOutcome +
                         QStringLiteral("status = 'closed' AND outcome IN ") + otherOutcomes +
                         QStringLiteral(" AND ended_on") + between + QStringLiteral(" + ") + byStatusOutcome +
                         QStringLiteral("status = 'closed' AND outcome IS NULL AND ended_on") + between +
                         QStringLiteral(" AS o") + once + QStringLiteral(") m");
    }
    // closed_of_accepted of the year to date counts the closed cases received in [J, L] that ended
    // by L: the months' closed cases less those ended after L (or, were there any, without an end
    // date), which walks the cases ended since L on the narrow cases_report_open (migrations 14
    // and 15: its site and township are index columns).
    const QString byEnded = QStringLiteral("(SELECT COUNT(*) FROM cases") + x.indexedBy("cases_report_open") +
                            QStringLiteral(" WHERE ended_on ");
    const QString closedThisYear = QStringLiteral(" AND ") + x.plain("status") +
                                   QStringLiteral(" = 'closed' AND received_on BETWEEN ") + J +
                                   QStringLiteral(" AND ") + L + where + QLatin1Char(')');
    receivedRows << QStringLiteral("SELECT 'ytd', 0, -") + byEnded + QStringLiteral("> ") + L + closedThisYear +
                        QStringLiteral(" - ") + byEnded + QStringLiteral("IS NULL") + closedThisYear;
    s.trendReceived = receivedRows.join(QStringLiteral(" UNION ALL "));
    s.trendEnded = endedRows.join(QStringLiteral(" UNION ALL "));
}

Sql buildSql(const QDate& first, const QDate& last, const ReportScope& scope, const Dialect& x)
{
    const QString where = scopeClause(scope, x);
    const QDate yearFirst(first.year(), 1, 1);
    const ReportDates d{first,
                        last,
                        yearFirst,
                        dateLiteral(first),
                        dateLiteral(last),
                        dateLiteral(yearFirst),
                        dateLiteral(first.addMonths(-11)),
                        x};
    Sql s;
    monthSql(s, d, where, scope.department.isEmpty());
    // The 12 months ending with M and the year-to-date block: rows ('YYYY-MM', accepted,
    // closed_of_accepted) and ('YYYY-MM', closed, resolved), where the year-to-date figures may
    // instead come in one extra row 'ytd' (month rows then carry 0 in the third column).
    const bool townshipOnly = scope.site.isEmpty() && !scope.township.isEmpty() && scope.department.isEmpty();
    const bool siteOnly = !scope.site.isEmpty() && scope.township.isEmpty() && scope.department.isEmpty();
    if (scope.site.isEmpty() && scope.township.isEmpty() && !scope.department.isEmpty())
        departmentTrendSql(s, d, scope);
    else if (!scope.isWhole() && !townshipOnly && !siteOnly)
        scannedTrendSql(s, d, where);
    else
        countedTrendSql(s, d, where, scope);
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

// The same row reader on a PostgreSQL connection (QPSQL), forward-only. raw() owns its bytes.
class ServerQuery
{
public:
    ServerQuery(QSqlDatabase& db, const QString& sql)
        : m_q(db)
    {
        m_q.setForwardOnly(true);
        m_ok = m_q.exec(sql);
    }
    bool ok() const { return m_ok; }
    bool next() { return m_q.next(); }
    QString error() const { return sql::errorText(m_q.lastError()); }
    QByteArray raw(int i) const { return m_q.value(i).toString().toUtf8(); }
    QString text(int i) const { return m_q.value(i).toString(); }
    qint64 integer(int i) const { return m_q.value(i).toLongLong(); }

private:
    QSqlQuery m_q;
    bool m_ok = false;
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

QStringList monthlyReportSql(const QDate& month, const ReportScope& scope, StoreLocation::Kind store)
{
    const QDate first(month.year(), month.month(), 1);
    const Sql s =
        buildSql(first, first.addMonths(1).addDays(-1), scope, Dialect{store == StoreLocation::Kind::PostgreSql});
    return {s.received, s.ended, s.open, s.trendReceived, s.trendEnded};
}

namespace {

// The breakdown rows by each key, and the rows of one case's keys found by the key bytes (no
// QString per row).
struct Tally
{
    Rows rows[KeyCount];
    QHash<QByteArray, BreakdownRow*> rowCache[KeyCount];

    template <class Q> void rowsOf(const Q& q, BreakdownRow* (&out)[KeyCount])
    {
        for (int i = 0; i < KeyCount; ++i) {
            const QByteArray probe = q.raw(i);
            auto it = rowCache[i].constFind(probe);
            if (it == rowCache[i].constEnd())
                it = rowCache[i].insert(QByteArray(probe.constData(), probe.size()), &rows[i][q.text(i)]);
            out[i] = *it;
        }
    }
};

// reports.md / vocabulary.md: outcomes that count as resolved, satisfaction values that count as
// satisfied (the same lists as kResolvedOutcomes and kSatisfiedValues).
const char* const kResolvedOutcomeCodes[] = {"mediated", "fast_track_judgment", "petition_supported",
                                             "petition_explained", "resolved_other"};
const char* const kSatisfiedValueCodes[] = {"very_satisfied", "satisfied", "basically_satisfied"};

template <std::size_t N> bool isOneOf(const QByteArray& v, const char* const (&list)[N])
{
    for (const char* x : list)
        if (v == x)
            return true;
    return false;
}

// The site, the month, the scope and when the report was made.
MonthlyReport reportHeading(const QDate& month, const ReportScope& scope, const ReferenceData& ref)
{
    MonthlyReport r;
    r.year = month.year();
    r.month = month.month();
    r.scope = scope;
    r.language = i18n::language();
    r.siteCode = ref.siteCode;
    r.siteName = ref.siteName;
    r.siteLevel = ref.siteLevel;
    r.generatedAt = Clock::now().toOffsetFromUtc(Clock::now().offsetFromUtc()).toString(Qt::ISODate);
    return r;
}

// Cases received in the month.
template <class Q, class C> Status tallyReceived(C& h, const QString& sql, Tally& tally, ReportTotals& t)
{
    Q q(h, sql);
    if (!q.ok())
        return fail(q.error());
    BreakdownRow* k[KeyCount];
    while (q.next()) {
        tally.rowsOf(q, k);
        const qint64 accepted = q.integer(6);
        t.registered += q.integer(5);
        t.accepted += accepted;
        t.closedOfAccepted += q.integer(7);
        for (int i = 0; i < KeyCount; ++i)
            k[i]->accepted += accepted;
    }
    return {};
}

// One case closed or escalated in the month: its resolution level, and when closed its outcome,
// timeliness and satisfaction.
template <class Q>
void addEnded(const Q& q, BreakdownRow* (&k)[KeyCount], std::span<const vocab::Term> outcomeTerms,
              std::vector<qint64>& outcomeCounts, ReportTotals& t)
{
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
        return;
    const QByteArray outcome = q.raw(6), satisfaction = q.raw(9);
    const qint64 resolved = isOneOf(outcome, kResolvedOutcomeCodes) ? 1 : 0, onTime = q.integer(7) != 0 ? 1 : 0;
    t.closed += 1;
    t.resolved += resolved;
    t.onTime += onTime;
    if (outcome == "mediated" && q.integer(8) != 0)
        ++t.judicialConfirmed;
    if (satisfaction != "unrated") {
        ++t.rated;
        if (isOneOf(satisfaction, kSatisfiedValueCodes))
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

// The outcome totals and the rows by outcome, in the code list's order.
void addOutcomes(std::span<const vocab::Term> outcomeTerms, const std::vector<qint64>& outcomeCounts, MonthlyReport& r)
{
    ReportTotals& t = r.totals;
    std::map<QString, qint64> outcomes;
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
                                  i18n::chinese() ? QStringLiteral("未填结果") : QStringLiteral("No outcome recorded"),
                                  t.closed - withOutcome};
}

// Cases closed or escalated in the month.
template <class Q, class C> Status tallyEnded(C& h, const QString& sql, Tally& tally, MonthlyReport& r)
{
    Q q(h, sql);
    if (!q.ok())
        return fail(q.error());
    const auto outcomeTerms = vocab::terms(vocab::List::Outcome);
    std::vector<qint64> outcomeCounts(outcomeTerms.size(), 0);
    BreakdownRow* k[KeyCount];
    while (q.next()) {
        tally.rowsOf(q, k);
        addEnded(q, k, outcomeTerms, outcomeCounts, r.totals);
    }
    addOutcomes(outcomeTerms, outcomeCounts, r);
    return {};
}

// Cases open at the end of the month, and those of them overdue.
template <class Q, class C> Status tallyOpen(C& h, const QString& sql, Tally& tally, ReportTotals& t)
{
    Q q(h, sql);
    if (!q.ok())
        return fail(q.error());
    BreakdownRow* k[KeyCount];
    while (q.next()) {
        t.openEnd += q.integer(5);
        if (q.integer(6) == 0)
            continue;
        tally.rowsOf(q, k);
        ++t.overdueOpen;
        for (int i = 0; i < KeyCount; ++i)
            ++k[i]->overdueOpen;
    }
    return {};
}

// The twelve months' trend and the year to date, from the trend queries (received, ended).
template <class Q, class C>
Status addTrendAndYearToDate(C& h, const QString& receivedSql, const QString& endedSql, MonthlyReport& r)
{
    const QDate first = r.firstDay();
    QHash<QString, int> trendIndex;
    for (int i = 11; i >= 0; --i) {
        trendIndex.insert(monthOf(first.addMonths(-i)), int(r.trend.size()));
        r.trend << TrendPoint{monthOf(first.addMonths(-i)), 0, 0};
    }
    const QString yearStart = QString::number(r.year) + QStringLiteral("-01");
    {
        Q q(h, receivedSql);
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
        Q q(h, endedSql);
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
    return {};
}

void addRates(MonthlyReport& r)
{
    const ReportTotals& t = r.totals;
    ReportRates& rt = r.rates;
    rt.closure = percentRate(t.closedOfAccepted, t.accepted);
    rt.resolution = percentRate(t.resolved, t.closed);
    rt.mediationSuccess = percentRate(t.mediated, t.mediated + t.mediationFailed);
    rt.onTime = percentRate(t.onTime, t.closed);
    rt.satisfaction = percentRate(t.satisfied, t.rated);
    rt.notLeavingVillage = percentRate(t.levelVillage, t.endedWithLevel);
    rt.notLeavingTownship = percentRate(t.levelVillage + t.levelTownship, t.endedWithLevel);
    rt.notEscalated = percentRate(t.endedWithLevel - t.levelEscalated, t.endedWithLevel);
}

void addBreakdowns(Tally& tally, const ReferenceData& ref, MonthlyReport& r)
{
    Rows* rows = tally.rows;
    r.byCategory = finish(rows[KeyCategory], [&](const QString& k) { return ref.categoryName(k); });
    r.bySource = finish(rows[KeySource], [](const QString& k) { return vocab::label(vocab::List::Source, k); });
    r.byDepartment = finish(rows[KeyDepartment], [&](const QString& k) {
        return k == QLatin1String("none") ? (i18n::chinese() ? QStringLiteral("未分派") : QStringLiteral("Unassigned"))
                                          : ref.departmentName(k);
    });
    r.byTownship = finish(rows[KeyTownship], [&](const QString& k) { return ref.divisionName(k); });
    r.byCaseType = finish(rows[KeyCaseType], [](const QString& k) { return vocab::label(vocab::List::CaseType, k); });
}

// The report over a connection `h` read with the row reader Q (Query on SQLite, ServerQuery on
// PostgreSQL); `qt` is the Qt connection to the same database for the reference data and the
// mechanisms section.
template <class Q, class C>
Result<MonthlyReport> computeReport(C& h, QSqlDatabase& qt, StoreLocation::Kind store, const QDate& month,
                                    const ReportScope& scope)
{
    if (!month.isValid())
        return fail(QCoreApplication::translate("Report", "The report month is not valid."));
    const ReferenceData ref = ReferenceData::load(qt);
    MonthlyReport r = reportHeading(month, scope, ref);

    const QStringList sql = monthlyReportSql(month, scope, store);
    Tally tally;
    if (Status s = tallyReceived<Q>(h, sql[0], tally, r.totals); !s)
        return fail(s.error());
    if (Status s = tallyEnded<Q>(h, sql[1], tally, r); !s)
        return fail(s.error());
    if (Status s = tallyOpen<Q>(h, sql[2], tally, r.totals); !s)
        return fail(s.error());
    if (Status s = addTrendAndYearToDate<Q>(h, sql[3], sql[4], r); !s)
        return fail(s.error());
    addRates(r);
    addBreakdowns(tally, ref, r);

    auto mechanisms = computeMechanismFigures(qt, r.firstDay(), r.lastDay(), scope);
    if (!mechanisms)
        return fail(mechanisms.error());
    r.mechanisms = std::make_shared<const MechanismFigures>(*mechanisms);
    return r;
}

} // namespace

Result<MonthlyReport> computeMonthlyReport(Database& db, const QDate& month, const ReportScope& scope)
{
    // Every figure from one snapshot: a case another desk closes meanwhile is counted once (as
    // open or as closed), never in both or neither.
    ReadTransaction snapshot(db);
    if (db.isServer())
        return computeMonthlyReport(db.sql(), month, scope);
    sqlite3* h = db.handle();
    return computeReport<Query>(h, db.sql(), StoreLocation::Kind::File, month, scope);
}

Result<MonthlyReport> computeMonthlyReport(QSqlDatabase& server, const QDate& month, const ReportScope& scope)
{
    return computeReport<ServerQuery>(server, server, StoreLocation::Kind::PostgreSql, month, scope);
}

Status signAuditHead(Database& db, MonthlyReport& report)
{
    auto head = issueAnchor(db, QStringLiteral("report"));
    if (!head)
        return fail(head.error());
    report.auditHead = *head;
    return {};
}

namespace {

template <class Q, class C>
Result<QList<ReportCase>> casesBehind(C& h, const Dialect& x, const QDate& month, const ReportScope& scope,
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
    Q q(h, QStringLiteral("SELECT id, COALESCE(case_no, ''), status, category_code, applicant_name, "
                          "received_on, due_on, ended_on FROM cases WHERE ") +
               *it + scopeClause(scope, x) + QStringLiteral(" ORDER BY received_on, ") + x.sorted("case_no") +
               QStringLiteral(" LIMIT ") + QString::number(limit));
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

template <class Q, class C> Result<DashboardFigures> dashboard(C& h, const Dialect& x, const QDate& today)
{
    const QDate first(today.year(), today.month(), 1);
    const QString F = dateLiteral(first), T = dateLiteral(today);
    DashboardFigures d;
    {
        Q a(h, QStringLiteral("SELECT SUM(") + x.flag(QStringLiteral("status <> 'rejected'")) +
                   QStringLiteral("), SUM(") + x.flag(QStringLiteral("status = 'closed' AND ended_on <= ") + T) +
                   QStringLiteral(") FROM cases WHERE received_on BETWEEN ") + F + QStringLiteral(" AND ") + T +
                   QStringLiteral(" AND status <> 'merged'"));
        if (!a.ok())
            return fail(a.error());
        if (a.next()) {
            d.accepted = a.integer(0);
            d.closedOfAccepted = a.integer(1);
        }
    }
    {
        Q c(h, QStringLiteral("SELECT COUNT(*) FROM cases WHERE ended_on BETWEEN ") + F + QStringLiteral(" AND ") + T +
                   QStringLiteral(" AND status = 'closed'"));
        if (!c.ok())
            return fail(c.error());
        if (c.next())
            d.closed = c.integer(0);
    }
    {
        Q o(h, QStringLiteral("SELECT COUNT(*) FROM cases WHERE ended_on IS NULL AND due_on < ") + T +
                   QStringLiteral(" AND status <> 'merged'"));
        if (!o.ok())
            return fail(o.error());
        if (o.next())
            d.overdueOpen = o.integer(0);
    }
    d.closureRate = percentRate(d.closedOfAccepted, d.accepted);
    return d;
}

} // namespace

Result<QList<ReportCase>> casesBehindFigure(Database& db, const QDate& month, const ReportScope& scope,
                                            const QString& key, int limit)
{
    if (db.isServer())
        return casesBehindFigure(db.sql(), month, scope, key, limit);
    sqlite3* h = db.handle();
    return casesBehind<Query>(h, Dialect{}, month, scope, key, limit);
}

Result<QList<ReportCase>> casesBehindFigure(QSqlDatabase& server, const QDate& month, const ReportScope& scope,
                                            const QString& key, int limit)
{
    return casesBehind<ServerQuery>(server, Dialect{true}, month, scope, key, limit);
}

Result<DashboardFigures> dashboardFigures(Database& db, const QDate& today)
{
    ReadTransaction snapshot(db); // the home page's figures from one snapshot, as the report's
    if (db.isServer())
        return dashboardFigures(db.sql(), today);
    sqlite3* h = db.handle();
    return dashboard<Query>(h, Dialect{}, today);
}

Result<DashboardFigures> dashboardFigures(QSqlDatabase& server, const QDate& today)
{
    return dashboard<ServerQuery>(server, Dialect{true}, today);
}

QList<std::pair<QString, QString>> reportSites(Database& db)
{
    QList<std::pair<QString, QString>> list;
    Query q(db.handle(), QStringLiteral("SELECT code, name FROM sites ORDER BY is_self DESC, code"));
    while (q.ok() && q.next())
        list.append({q.text(0), q.text(1)});
    return list;
}

} // namespace ow
