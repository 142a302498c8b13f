// The monthly report as people read it: the labels of its figures in the language it was computed in,
// the title and scope, and its JSON and CSV forms (docs/reports.md).
#include "reports/monthly_report.h"

#include "reports/mechanisms_report.h"
#include "util/csv.h"
#include "util/i18n.h"

#include <QCoreApplication>

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

} // namespace ow
