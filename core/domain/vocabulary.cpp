// The fixed code lists of docs/vocabulary.md and their parsing.
#include "domain/vocabulary.h"

#include "domain/case_status.h"
#include "util/text.h"

#include <QCoreApplication>

namespace ow::vocab {
namespace {

constexpr Term kStatus[] = {
    {"reported", "已登记", "Reported"},   {"filed", "已立案", "Filed"},
    {"assigned", "已分派", "Assigned"},   {"in_progress", "办理中", "In progress"},
    {"responded", "已反馈", "Responded"}, {"closed", "已办结", "Closed"},
    {"suspended", "已中止", "Suspended"}, {"escalated", "已上交", "Escalated"},
    {"withdrawn", "已撤回", "Withdrawn"}, {"rejected", "不予受理", "Rejected"},
    {"merged", "已合并", "Merged"},
};
constexpr Term kCaseType[] = {
    {"petition", "信访事项", "Petition"},
    {"people_mediation", "人民调解", "People's mediation"},
    {"court_prelitigation", "诉前调解（委派）", "Pre-litigation mediation (delegated)"},
    {"court_entrusted", "委托调解", "Court-entrusted mediation"},
    {"administrative_mediation", "行政调解", "Administrative mediation"},
    {"consultation", "咨询求助", "Consultation"},
};
constexpr Term kSource[] = {
    {"walk_in", "来访", "Walk-in"},
    {"phone", "来电（含12345热线）", "Phone (incl. 12345 hotline)"},
    {"letter", "来信", "Letter"},
    {"online", "网上受理", "Online"},
    {"grid", "网格上报", "Grid worker"},
    {"village_transfer", "村（社区）移交", "Village transfer"},
    {"township_transfer", "乡镇（街道）移交", "Township transfer"},
    {"department_referral", "部门委派", "Department referral"},
    {"court_entrusted", "法院委托", "Entrusted by court"},
    {"petition_assigned", "信访交办", "Assigned by petition bureau"},
    {"proactive", "主动排查", "Proactive screening"},
};
constexpr Term kOutcome[] = {
    {"mediated", "调解成功", "Mediated"},
    {"mediation_failed", "调解不成", "Mediation failed"},
    {"fast_track_judgment", "速裁庭结案", "Fast-track judgment"},
    {"transferred_to_court", "移送法院立案", "Transferred to court"},
    {"referred_arbitration", "引导仲裁", "Referred to arbitration"},
    {"petition_supported", "信访支持", "Petition supported"},
    {"petition_explained", "解释说明", "Explained"},
    {"petition_not_supported", "不予支持", "Petition not supported"},
    {"resolved_other", "其他方式化解", "Resolved otherwise"},
};
constexpr Term kLevel[] = {
    {"village", "村（嘎查、社区）", "Village"},
    {"township", "乡镇（苏木、街道）", "Township"},
    {"county", "县（旗、区）", "County"},
    {"escalated", "上交", "Escalated"},
};
constexpr Term kSatisfaction[] = {
    {"very_satisfied", "非常满意", "Very satisfied"},
    {"satisfied", "满意", "Satisfied"},
    {"basically_satisfied", "基本满意", "Basically satisfied"},
    {"dissatisfied", "不满意", "Dissatisfied"},
    {"unrated", "未评价", "Not rated"},
};
constexpr Term kMediationType[] = {
    {"people", "人民调解", "People's mediation"},
    {"administrative", "行政调解", "Administrative mediation"},
    {"judicial", "司法调解", "Judicial mediation"},
    {"lawyer", "律师调解", "Lawyer mediation"},
    {"professional", "行业性专业性调解", "Professional mediation"},
};
constexpr Term kSiteLevel[] = {
    {"village", "村（嘎查、社区）", "Village"},
    {"township", "乡镇（苏木、街道）", "Township"},
    {"county", "县（旗、区）", "County"},
};
constexpr Term kPartyRole[] = {
    {"applicant", "申请人", "Applicant"},
    {"respondent", "被申请人", "Respondent"},
    {"representative", "代表人", "Representative"},
    {"agent", "代理人", "Agent"},
};

QString shortForm(const QString& label)
{
    const int cut = label.indexOf(QChar(0xFF08)); // "（"
    return cut > 0 ? label.left(cut) : QString();
}

} // namespace

std::span<const Term> terms(List list)
{
    switch (list) {
    case List::Status:
        return kStatus;
    case List::CaseType:
        return kCaseType;
    case List::Source:
        return kSource;
    case List::Outcome:
        return kOutcome;
    case List::ResolutionLevel:
        return kLevel;
    case List::Satisfaction:
        return kSatisfaction;
    case List::MediationType:
        return kMediationType;
    case List::SiteLevel:
        return kSiteLevel;
    case List::PartyRole:
        return kPartyRole;
    }
    return {};
}

QStringList codes(List list)
{
    QStringList out;
    for (const Term& t : terms(list))
        out << QString::fromLatin1(t.code);
    return out;
}

std::optional<QString> parse(List list, const QString& input)
{
    const QString key = text::matchKey(input);
    if (key.isEmpty())
        return std::nullopt;
    for (const Term& t : terms(list)) {
        const QString zh = QString::fromUtf8(t.zh);
        if (key == QLatin1String(t.code) || key == text::matchKey(zh) || key == text::matchKey(QString::fromUtf8(t.en)))
            return QString::fromLatin1(t.code);
        const QString shortZh = shortForm(zh);
        if (!shortZh.isEmpty() && key == text::matchKey(shortZh))
            return QString::fromLatin1(t.code);
    }
    return std::nullopt;
}

bool isCode(List list, const QString& code)
{
    for (const Term& t : terms(list))
        if (code == QLatin1String(t.code))
            return true;
    return false;
}

QString labelZh(List list, const QString& code)
{
    for (const Term& t : terms(list))
        if (code == QLatin1String(t.code))
            return QString::fromUtf8(t.zh);
    return code;
}

QString labelEn(List list, const QString& code)
{
    for (const Term& t : terms(list))
        if (code == QLatin1String(t.code))
            return QString::fromUtf8(t.en);
    return code;
}

QString label(List list, const QString& code)
{
    return i18n::chinese() ? labelZh(list, code) : labelEn(list, code);
}

QString listName(List list)
{
    switch (list) {
    case List::Status:
        return QCoreApplication::translate("Vocabulary", "case status");
    case List::CaseType:
        return QCoreApplication::translate("Vocabulary", "case type");
    case List::Source:
        return QCoreApplication::translate("Vocabulary", "source channel");
    case List::Outcome:
        return QCoreApplication::translate("Vocabulary", "outcome");
    case List::ResolutionLevel:
        return QCoreApplication::translate("Vocabulary", "resolution level");
    case List::Satisfaction:
        return QCoreApplication::translate("Vocabulary", "satisfaction");
    case List::MediationType:
        return QCoreApplication::translate("Vocabulary", "mediation type");
    case List::SiteLevel:
        return QCoreApplication::translate("Vocabulary", "site level");
    case List::PartyRole:
        return QCoreApplication::translate("Vocabulary", "party role");
    }
    return {};
}

bool isTerminalStatus(const QString& s)
{
    return hasStatus(s, CaseStatus::Closed) || hasStatus(s, CaseStatus::Escalated) ||
           hasStatus(s, CaseStatus::Withdrawn) || hasStatus(s, CaseStatus::Rejected) ||
           hasStatus(s, CaseStatus::Merged);
}

bool outcomeCountsAsResolved(const QString& o)
{
    return o == QLatin1String("mediated") || o == QLatin1String("fast_track_judgment") ||
           o == QLatin1String("petition_supported") || o == QLatin1String("petition_explained") ||
           o == QLatin1String("resolved_other");
}

bool satisfactionCountsAsSatisfied(const QString& s)
{
    return s == QLatin1String("very_satisfied") || s == QLatin1String("satisfied") ||
           s == QLatin1String("basically_satisfied");
}

} // namespace ow::vocab
