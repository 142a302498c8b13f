// Demo case generator: weighted draws from std::mt19937 so the same seed gives the same ledger.
// Proportions follow what county centers publish: most disputes are neighbour, family, land and
// labour matters brought in person, by phone or by grid workers, and ~90 % end resolved.
#include "reports/demo_data.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "security/audit.h"
#include "storage/case_writer.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/sql_values.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <random>
#include <vector>

namespace ow {
namespace {

struct Weighted
{
    const char* code;
    double weight;
};

class Picker
{
public:
    template <std::size_t N> explicit Picker(const Weighted (&items)[N])
    {
        std::vector<double> w;
        for (const Weighted& i : items) {
            m_codes << QString::fromLatin1(i.code);
            w.push_back(i.weight);
        }
        m_dist = std::discrete_distribution<int>(w.begin(), w.end());
    }
    const QString& operator()(std::mt19937& rng) { return m_codes[m_dist(rng)]; }

private:
    QStringList m_codes;
    std::discrete_distribution<int> m_dist;
};

constexpr Weighted kCategories[] = {
    {"neighbor", 18},           {"marriage_family", 16}, {"labor", 12},   {"land_forest", 10}, {"housing_homestead", 8},
    {"grassland", 6},           {"private_loan", 6},     {"contract", 5}, {"damages", 4},      {"traffic", 4},
    {"property_management", 3}, {"business", 2},         {"consumer", 2}, {"medical", 1},      {"village_affairs", 1.5},
    {"environment", 0.7},       {"expropriation", 0.8},  {"other", 1},
};
constexpr Weighted kSources[] = {
    {"walk_in", 36},          {"phone", 20},    {"grid", 18},  {"village_transfer", 6},
    {"township_transfer", 5}, {"online", 5},    {"letter", 2}, {"department_referral", 3},
    {"petition_assigned", 2}, {"proactive", 3},
};
constexpr Weighted kCaseTypes[] = {
    {"people_mediation", 62},        {"petition", 13},       {"court_prelitigation", 10}, {"consultation", 8},
    {"administrative_mediation", 5}, {"court_entrusted", 2},
};
constexpr Weighted kSatisfaction[] = {
    {"very_satisfied", 30}, {"satisfied", 40}, {"basically_satisfied", 12}, {"dissatisfied", 3}, {"unrated", 15},
};
constexpr Weighted kLevels[] = {{"village", 56}, {"township", 34}, {"county", 10}};
constexpr Weighted kMediationOutcomes[] = {
    {"mediated", 88}, {"mediation_failed", 7}, {"transferred_to_court", 3}, {"resolved_other", 2}};
constexpr Weighted kPetitionOutcomes[] = {
    {"petition_explained", 45}, {"petition_supported", 30}, {"petition_not_supported", 15}, {"resolved_other", 10}};
constexpr Weighted kCourtOutcomes[] = {
    {"mediated", 80}, {"fast_track_judgment", 10}, {"transferred_to_court", 7}, {"mediation_failed", 3}};
constexpr Weighted kAdminOutcomes[] = {{"mediated", 85}, {"mediation_failed", 10}, {"referred_arbitration", 5}};
constexpr Weighted kConsultationOutcomes[] = {{"resolved_other", 93}, {"petition_explained", 7}};

// The department that usually leads each category.
const QHash<QString, QString>& leadFor()
{
    static const QHash<QString, QString> h = {
        {QStringLiteral("neighbor"), QStringLiteral("justice")},
        {QStringLiteral("marriage_family"), QStringLiteral("women_federation")},
        {QStringLiteral("labor"), QStringLiteral("hrss")},
        {QStringLiteral("land_forest"), QStringLiteral("natural_resources")},
        {QStringLiteral("housing_homestead"), QStringLiteral("housing")},
        {QStringLiteral("grassland"), QStringLiteral("agriculture_pastoral")},
        {QStringLiteral("private_loan"), QStringLiteral("court")},
        {QStringLiteral("contract"), QStringLiteral("court")},
        {QStringLiteral("damages"), QStringLiteral("justice")},
        {QStringLiteral("traffic"), QStringLiteral("public_security")},
        {QStringLiteral("property_management"), QStringLiteral("housing")},
        {QStringLiteral("business"), QStringLiteral("market_regulation")},
        {QStringLiteral("consumer"), QStringLiteral("market_regulation")},
        {QStringLiteral("medical"), QStringLiteral("health")},
        {QStringLiteral("village_affairs"), QStringLiteral("civil_affairs")},
        {QStringLiteral("environment"), QStringLiteral("natural_resources")},
        {QStringLiteral("expropriation"), QStringLiteral("natural_resources")},
        {QStringLiteral("other"), QStringLiteral("justice")},
    };
    return h;
}

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
                                 "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
                                 "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "巴", "乌", "苏", "额"};
const char* const kGiven[] = {"建国", "秀英", "桂英", "志强",   "海军",   "丽娟", "文华", "玉兰",     "国庆", "德胜",
                              "春梅", "永红", "宝音", "巴特尔", "其其格", "乌云", "娜仁", "敖日格乐", "淑芬", "振华",
                              "红霞", "晓东", "金花", "明",     "伟",     "芳",   "军",   "磊",       "静",   "勇"};

QString personName(std::mt19937& rng)
{
    std::uniform_int_distribution<int> s(0, int(std::size(kSurnames)) - 1), g(0, int(std::size(kGiven)) - 1);
    return QString::fromUtf8(kSurnames[s(rng)]) + QString::fromUtf8(kGiven[g(rng)]);
}

QString residentId(std::mt19937& rng, const QString& region, const QDate& today)
{
    std::uniform_int_distribution<int> days(18 * 365, 80 * 365), seq(1, 999);
    const QDate birth = today.addDays(-days(rng));
    const QString first17 =
        region + birth.toString(QStringLiteral("yyyyMMdd")) + QString::number(seq(rng)).rightJustified(3, u'0');
    return first17 + residentIdCheckChar(first17);
}

QString mobile(std::mt19937& rng)
{
    static const char* const prefixes[] = {"133", "135", "138", "139", "150", "151", "152", "158",
                                           "159", "177", "180", "186", "187", "189", "199"};
    std::uniform_int_distribution<int> p(0, int(std::size(prefixes)) - 1), digits(0, 99999999);
    return QString::fromLatin1(prefixes[p(rng)]) + QString::number(digits(rng)).rightJustified(8, u'0');
}

// Handling deadline from filing (deadlines.csv); working days skip weekends only here.
QDate dueFor(const QString& caseType, const QDate& filed)
{
    if (caseType == QLatin1String("consultation")) {
        QDate d = filed;
        for (int n = 0; n < 3;) {
            d = d.addDays(1);
            if (d.dayOfWeek() <= 5)
                ++n;
        }
        return d;
    }
    if (caseType == QLatin1String("petition"))
        return filed.addDays(60);
    if (caseType == QLatin1String("court_entrusted"))
        return filed.addDays(15);
    return filed.addDays(30);
}

int handlingDays(const QString& caseType)
{
    if (caseType == QLatin1String("consultation"))
        return 3;
    if (caseType == QLatin1String("petition"))
        return 60;
    if (caseType == QLatin1String("court_entrusted"))
        return 15;
    return 30;
}

} // namespace

QChar residentIdCheckChar(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

namespace {

// Where the demo cases happen: the site's townships and their villages.
struct Places
{
    QList<NamedCode> townships;
    QHash<QString, QList<NamedCode>> villages;
};

// The random engine and the draws made from it. Every case takes its draws in the same order, so
// the same seed gives the same ledger.
struct Draws
{
    Draws(quint32 seed, const QList<NamedCode>& townships)
        : rng(seed)
    {
        // The county seat takes the largest share; the pastoral sumu the smallest.
        std::vector<double> weights;
        for (qsizetype i = 0; i < townships.size(); ++i)
            weights.push_back(i == 0 ? 30.0 : (townships[i].code.mid(6, 1) == QLatin1String("2") ? 4.0 : 9.0));
        township = std::discrete_distribution<int>(weights.begin(), weights.end());
    }
    double unit() { return unitDistribution(rng); }

    std::mt19937 rng;
    Picker category{kCategories}, source{kSources}, caseType{kCaseTypes}, satisfaction{kSatisfaction}, level{kLevels},
        mediationOutcome{kMediationOutcomes}, petitionOutcome{kPetitionOutcomes}, courtOutcome{kCourtOutcomes},
        adminOutcome{kAdminOutcomes}, consultationOutcome{kConsultationOutcomes};
    std::discrete_distribution<int> township;
    std::uniform_real_distribution<double> unitDistribution{0.0, 1.0};
    std::exponential_distribution<double> quick{1.0 / 9.0};
    std::uniform_int_distribution<int> minute{8 * 60 + 30, 17 * 60 + 30};
};

// Synthetic cases beside real ones would enter the real figures and packages. Asked inside the
// demo's transaction. On a file BEGIN IMMEDIATE already keeps every other writer out; on a server
// case_numbers and then cases are locked in SHARE ROW EXCLUSIVE mode until the commit, in the order
// an intake takes them (workflow/case_numbers.cpp, then its insert): a desk registering a case
// meanwhile waits for the demo, or the demo for it and then sees its case, so no real case can come
// in between the question and the demo cases, nor take a number the demo gives.
Status refuseRealCases(Database& db)
{
    if (db.isServer())
        for (const char* table : {"case_numbers", "cases"}) {
            QSqlQuery lock(db.sql());
            if (!lock.exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(QLatin1String(table))))
                return fail(db.errorMessage(lock.lastError()));
        }
    QSqlQuery real(db.sql());
    const int realCases = real.exec(QStringLiteral("SELECT count(*) FROM cases WHERE origin <> 'demo'")) && real.next()
                              ? real.value(0).toInt()
                              : 0;
    if (realCases > 0)
        return fail(QCoreApplication::translate("Demo",
                                                "This database holds %n real case(s); demo cases are "
                                                "added only to a database of demo cases. Use a new "
                                                "file: onewindow-cli --db demo.sqlite demo --cases N.",
                                                nullptr, realCases));
    return {};
}

// The received days (offsets from `from`), drawn first and sorted so that case numbers follow the
// order of receipt: slightly more cases in the second year, fewer on weekends.
std::vector<int> receivedDayOffsets(Draws& d, const QDate& from, qint64 cases)
{
    std::vector<int> dayOffsets(static_cast<std::size_t>(cases));
    std::uniform_int_distribution<int> day(0, 729);
    for (auto& offset : dayOffsets) {
        int v;
        do {
            v = day(d.rng);
        } while ((from.addDays(v).dayOfWeek() > 5 && d.unit() < 0.6) || d.unit() < 0.15 * (729 - v) / 729.0);
        offset = v;
    }
    std::sort(dayOffsets.begin(), dayOffsets.end());
    return dayOffsets;
}

// The site's case numbers: the pattern of its settings, continued after the last numbers it gave.
class CaseNumbers
{
public:
    explicit CaseNumbers(Database& db)
        : m_site(db.siteCode())
    {
        const QString prefix = db.setting(QStringLiteral("case_no_prefix"));
        m_pattern = db.setting(QStringLiteral("case_no_pattern"), QStringLiteral("（{year}）{prefix}字第{seq:04}号"));
        m_pattern.replace(QStringLiteral("{prefix}"), prefix);
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT year, last_seq FROM case_numbers WHERE site_code = ?"));
        q.addBindValue(m_site);
        if (q.exec())
            while (q.next())
                m_lastSeq.insert(q.value(0).toInt(), q.value(1).toLongLong());
    }

    QString next(int year)
    {
        const qint64 seq = ++m_lastSeq[year];
        QString n = m_pattern;
        n.replace(QStringLiteral("{year}"), QString::number(year));
        n.replace(QStringLiteral("{seq:04}"), QString::number(seq).rightJustified(4, u'0'));
        n.replace(QStringLiteral("{seq}"), QString::number(seq));
        return n;
    }

    // Writes the last number of each year back to case_numbers.
    Status save(Database& db) const
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO case_numbers(site_code, year, last_seq) VALUES(?, ?, ?) "
                                 "ON CONFLICT(site_code, year) DO UPDATE SET last_seq = excluded.last_seq"));
        for (auto it = m_lastSeq.cbegin(); it != m_lastSeq.cend(); ++it) {
            q.addBindValue(m_site);
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (!q.exec())
                return fail(sql::errorText(q.lastError()));
        }
        return {};
    }

private:
    QString m_site;
    QString m_pattern;
    QHash<int, qint64> m_lastSeq;
};

// The time of receipt, the kind of case, where it comes from and how urgent it is.
void drawReceipt(CaseRecord& c, Draws& d, const Places& places)
{
    const int m = d.minute(d.rng);
    c.receivedAt = QStringLiteral("%1:%2").arg(m / 60, 2, 10, QChar(u'0')).arg(m % 60, 2, 10, QChar(u'0'));
    c.caseType = d.caseType(d.rng);
    c.source = c.caseType == QLatin1String("court_entrusted")              ? QStringLiteral("court_entrusted")
               : c.caseType == QLatin1String("petition") && d.unit() < 0.3 ? QStringLiteral("petition_assigned")
                                                                           : d.source(d.rng);
    c.categoryCode = d.category(d.rng);
    const NamedCode& t = places.townships[d.township(d.rng)];
    c.townshipCode = t.code;
    const auto& vs = places.villages[t.code];
    if (!vs.isEmpty())
        c.villageCode = vs[std::uniform_int_distribution<int>(0, int(vs.size()) - 1)(d.rng)].code;
    c.windowCode =
        c.caseType == QLatin1String("petition") ? QStringLiteral("petition") : QStringLiteral("general_window");
    c.urgency = d.unit() < 0.05 ? QStringLiteral("urgent") : QStringLiteral("normal");
    c.headcount = d.unit() < 0.04 ? 5 + int(d.unit() * 30) : 1;
}

// An applicant and a respondent of the region, and the summary that names them.
void drawParties(CaseRecord& c, Draws& d, const QString& region, const QDate& today, const ReferenceData& ref)
{
    Party applicant;
    applicant.name = personName(d.rng);
    applicant.idNumber = residentId(d.rng, region, today);
    applicant.phone = mobile(d.rng);
    Party respondent;
    respondent.role = QStringLiteral("respondent");
    respondent.name = personName(d.rng);
    if (d.unit() < 0.6)
        respondent.idNumber = residentId(d.rng, region, today);
    respondent.phone = d.unit() < 0.7 ? mobile(d.rng) : QString();
    c.summary = applicant.name + QStringLiteral("与") + respondent.name + ref.categoryName(c.categoryCode) +
                QStringLiteral("纠纷");
    c.parties = {applicant, respondent};
}

// How a case that has ended ended: merged, rejected, withdrawn, escalated or (mostly) closed with
// an outcome of its type.
void drawEnding(CaseRecord& c, Draws& d, const QDate& plannedEnd, int handling, double side)
{
    c.endedOn = plannedEnd;
    if (side < 0.008) {
        c.status = statusCode(CaseStatus::Merged);
        c.filedOn = {};
        c.dueOn = {};
    } else if (side < 0.028) {
        c.status = statusCode(CaseStatus::Rejected);
        c.filedOn = {};
        c.dueOn = {};
        c.endedOn = c.receivedOn.addDays(std::min(handling, 10));
    } else if (side < 0.045) {
        c.status = statusCode(CaseStatus::Withdrawn);
    } else if (side < 0.06) {
        c.status = statusCode(CaseStatus::Escalated);
        c.resolutionLevel = QStringLiteral("escalated");
    } else {
        c.status = statusCode(CaseStatus::Closed);
        const QString& ct = c.caseType;
        c.outcome = ct == QLatin1String("petition")                   ? d.petitionOutcome(d.rng)
                    : ct == QLatin1String("consultation")             ? d.consultationOutcome(d.rng)
                    : ct == QLatin1String("administrative_mediation") ? d.adminOutcome(d.rng)
                    : ct.startsWith(QLatin1String("court_"))          ? d.courtOutcome(d.rng)
                                                                      : d.mediationOutcome(d.rng);
        c.resolutionLevel = d.level(d.rng);
        c.satisfaction = d.satisfaction(d.rng);
        if (c.outcome == QLatin1String("mediated"))
            c.judicialConfirmed = d.unit() < 0.08;
    }
    if (c.endedOn < c.receivedOn)
        c.endedOn = c.receivedOn;
}

// Where an open case stands: a report of the last day or two not yet filed, else a step of work.
void drawOpenState(CaseRecord& c, const QDate& today, double side)
{
    const int age = int(c.receivedOn.daysTo(today));
    if (age <= 1 && side < 0.5) {
        c.status = statusCode(CaseStatus::Reported);
        c.filedOn = {};
        c.dueOn = {};
    } else {
        static constexpr CaseStatus openStates[] = {CaseStatus::Filed,      CaseStatus::Assigned,
                                                    CaseStatus::InProgress, CaseStatus::InProgress,
                                                    CaseStatus::Responded,  CaseStatus::Suspended};
        c.status = statusCode(openStates[std::min(5, int(side * 6))]);
    }
}

// How long it takes, most within days with a tail beyond the deadline, and so where the case
// stands today; true when it is still open.
bool drawProgress(CaseRecord& c, Draws& d, const QDate& today)
{
    c.filedOn = c.receivedOn;
    c.dueOn = dueFor(c.caseType, c.filedOn);
    const int handling = std::max(0, int(d.quick(d.rng) * handlingDays(c.caseType) / 30.0 * 1.3));
    const QDate plannedEnd = c.receivedOn.addDays(handling);
    const double side = d.unit();
    const bool open = plannedEnd > today;
    if (!open)
        drawEnding(c, d, plannedEnd, handling, side);
    else
        drawOpenState(c, today, side);
    return open;
}

// The handling milestone of a filed case, met on the day it ended.
void addHandlingMilestone(CaseRecord& c)
{
    if (!c.dueOn.isValid())
        return;
    Milestone ms;
    ms.milestone = QStringLiteral("handling");
    ms.counting = c.caseType == QLatin1String("consultation") ? QStringLiteral("working") : QStringLiteral("calendar");
    ms.days = handlingDays(c.caseType);
    ms.startsOn = c.filedOn;
    ms.dueOn = c.dueOn;
    ms.originalDueOn = c.dueOn;
    if (vocab::isTerminalStatus(c.status))
        ms.metOn = c.endedOn;
    c.milestones = {ms};
}

QString saveFailure(const CaseWriter& writer, const Status& s)
{
    return QCoreApplication::translate("Demo", "Demo case %1 could not be saved: %2")
        .arg(writer.failedTag())
        .arg(s.error());
}

} // namespace

Result<DemoSummary> generateDemoCases(Database& db, const DemoOptions& o)
{
    if (o.cases < 1)
        return fail(QCoreApplication::translate("Demo", "The number of cases must be at least 1."));
    const ReferenceData ref = ReferenceData::load(db);
    Places places{ref.townships(), {}};
    if (places.townships.isEmpty())
        return fail(QCoreApplication::translate("Demo", "This site has no townships to put demo cases in."));
    for (const NamedCode& t : std::as_const(places.townships))
        places.villages.insert(t.code, ref.childrenOf(t.code));

    Draws d(o.seed, places.townships);
    const QDate from = o.today.addDays(-729);
    const std::vector<int> dayOffsets = receivedDayOffsets(d, from, o.cases);

    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    if (Status s = refuseRealCases(db); !s)
        return fail(s.error());
    // A large page cache keeps a million random-UUID inserts from thrashing (connection-local; a
    // file's setting: on a server an unknown statement would abort the transaction).
    if (!db.isServer())
        QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    CaseNumbers numbers(db);
    CaseWriter writer(db);
    writer.setBatch(50);
    DemoSummary summary;
    summary.from = from;
    summary.to = o.today;
    const QString site = db.siteCode();
    const QString region = site.left(6).size() == 6 ? site.left(6) : QStringLiteral("150824");
    const QString now = utcNow();
    static const QString demoDetail =
        QCoreApplication::translate("Demo", "Synthetic demo case (onewindow-cli demo), not a real visitor");
    for (qint64 i = 0; i < o.cases; ++i) {
        CaseRecord c;
        c.siteCode = site;
        c.createdAt = now;
        c.receivedOn = from.addDays(dayOffsets[std::size_t(i)]);
        drawReceipt(c, d, places);
        drawParties(c, d, region, o.today, ref);
        if (drawProgress(c, d, o.today))
            ++summary.open;
        if (!hasStatus(c.status, CaseStatus::Reported) && !hasStatus(c.status, CaseStatus::Filed) && d.unit() < 0.97)
            c.leadDepartmentCode = leadFor().value(c.categoryCode, QStringLiteral("justice"));
        if (c.filedOn.isValid() && !hasStatus(c.status, CaseStatus::Rejected))
            c.caseNo = numbers.next(c.receivedOn.year());
        addHandlingMilestone(c);
        c.origin = QStringLiteral("demo");
        c.timeline = {TimelineEvent{c.receivedOn.toString(Qt::ISODate) + QStringLiteral("T01:00:00.000Z"), o.actor,
                                    QStringLiteral("demo_created"), demoDetail}};
        if (Status s = writer.insert(c, i + 1); !s)
            return fail(saveFailure(writer, s));
        ++summary.inserted;
    }
    if (Status s = writer.flush(); !s)
        return fail(saveFailure(writer, s));
    if (Status s = numbers.save(db); !s)
        return fail(s.error());
    if (Status s = appendAudit(db, o.actor, QStringLiteral("demo"), QStringLiteral("cases"), QStringLiteral("*"),
                               QStringLiteral("cases=%1 seed=%2").arg(o.cases).arg(o.seed));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return summary;
}

} // namespace ow
