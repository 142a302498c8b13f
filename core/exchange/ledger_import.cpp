// Ledger import: decode, parse, validate every row with precomputed lookups, and write the valid
// rows in one transaction through CaseWriter; a large file is validated on a second core while the
// rows already validated are written (100,000 rows in about five seconds).
#include "exchange/ledger_import.h"

#include "domain/vocabulary.h"
#include "exchange/sha256.h"
#include "security/audit.h"
#include "storage/bulk_load.h"
#include "storage/case_writer.h"
#include "storage/database.h"
#include "storage/own_files.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "util/csv.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "util/text.h"
#include "validation/identifiers.h"
#include "workflow/deadlines.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace ow {
namespace {

enum Col
{
    CaseNo,
    ReceivedOn,
    CaseType,
    Source,
    Window,
    Category,
    ApplicantName,
    ApplicantId,
    ApplicantPhone,
    RespondentName,
    Headcount,
    Township,
    Village,
    Summary,
    LeadDepartment,
    CaseStatus,
    DueOn,
    EndedOn,
    Outcome,
    ResolutionLevel,
    JudicialConfirmed,
    Satisfaction,
    ColCount
};

struct ColumnDef
{
    const char* code;
    const char* zh;
    bool required;
};

// The columns of ledger-csv.md, in the order of its table.
constexpr ColumnDef kColumns[ColCount] = {
    {"case_no", "案件编号", false},
    {"received_on", "受理日期", true},
    {"case_type", "案件类型", true},
    {"source", "来源渠道", true},
    {"window", "受理窗口", false},
    {"category", "纠纷类别", true},
    {"applicant_name", "申请人", true},
    {"applicant_id", "申请人证件号码", false},
    {"applicant_phone", "申请人电话", false},
    {"respondent_name", "被申请人", false},
    {"headcount", "涉及人数", false},
    {"township", "所属乡镇", true},
    {"village", "所属村社区", false},
    {"summary", "事由摘要", true},
    {"lead_department", "责任部门", false},
    {"status", "状态", true},
    {"due_on", "期限", false},
    {"ended_on", "办结日期", false},
    {"outcome", "办结结果", false},
    {"resolution_level", "化解层级", false},
    {"judicial_confirmed", "司法确认", false},
    {"satisfaction", "满意度", false},
};

// What each column holds, for the check of its characters and length (util/text.h).
constexpr text::Field kKinds[ColCount] = {
    text::Field::CaseNumber, text::Field::Label, text::Field::Label,  text::Field::Label,  text::Field::Label,
    text::Field::Label,      text::Field::Name,  text::Field::Number, text::Field::Number, text::Field::NameList,
    text::Field::Label,      text::Field::Label, text::Field::Label,  text::Field::Text,   text::Field::Label,
    text::Field::Label,      text::Field::Label, text::Field::Label,  text::Field::Label,  text::Field::Label,
    text::Field::Label,      text::Field::Label,
};
// From this many rows a file is worth a second thread (checking it, freeing its rows), and from
// kBulkRows on the secondary indexes are rebuilt once rather than kept row by row.
constexpr qsizetype kLargeFile = 4000;
// Values remembered per lookup: a real ledger has a few dozen per column, garbage one per cell.
constexpr qsizetype kMemoEntries = 4096;
constexpr qsizetype kBulkRows = 5000;

QString columnName(int c)
{
    return i18n::chinese() ? QString::fromUtf8(kColumns[c].zh) : QString::fromLatin1(kColumns[c].code);
}

// A lookup memoized by the raw cell text: ledger columns repeat a handful of values across
// thousands of rows, and the reference lookups scan their lists.
struct Lookup
{
    QString code;  // empty when invalid
    QString error; // the reason when invalid
};

struct DateCell
{
    QDate date;
    QString error;
};

// The site's case number pattern, e.g. （{year}）{prefix}字第{seq:04}号. Numbers are matched by
// their key (text::caseNumberKey), so (2025) and （2025） or a number with a zero-width space in it
// are the same number.
class NumberPattern
{
public:
    NumberPattern(const QString& pattern, const QString& prefix)
        : m_pattern(pattern)
        , m_prefix(prefix)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{(year|prefix|seq)(?::(\\d+))?\\}"));
        auto literal = [](const QString& s) { return QRegularExpression::escape(text::caseNumberKey(s)); };
        QString re = QStringLiteral("^");
        qsizetype pos = 0;
        for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
            const auto m = it.next();
            re += literal(pattern.mid(pos, m.capturedStart() - pos));
            const QString name = m.captured(1);
            if (name == QLatin1String("year"))
                re += QStringLiteral("(?<year>\\d{4})");
            else if (name == QLatin1String("prefix"))
                re += literal(prefix);
            else
                re += QStringLiteral("(?<seq>\\d+)");
            pos = m.capturedEnd();
        }
        re += literal(pattern.mid(pos)) + QStringLiteral("$");
        m_re.setPattern(re);
    }

    QString format(int year, qint64 seq) const
    {
        static const QRegularExpression seqRe(QStringLiteral("\\{seq(?::(\\d+))?\\}"));
        QString out = m_pattern;
        out.replace(QLatin1String("{year}"), QString::number(year)).replace(QLatin1String("{prefix}"), m_prefix);
        const auto m = seqRe.match(out);
        if (m.hasMatch()) {
            const int width = m.captured(1).toInt();
            out.replace(m.capturedStart(), m.capturedLength(),
                        QStringLiteral("%1").arg(seq, width, 10, QLatin1Char('0')));
        }
        return out;
    }

    // Year and sequence of a number (its key) written in this pattern; a sequence of more digits
    // than a qint64 holds comes back as the largest qint64.
    std::optional<std::pair<int, qint64>> match(const QString& key) const
    {
        const auto m = m_re.match(key);
        if (!m.hasMatch() || m.captured(u"seq").isEmpty())
            return std::nullopt;
        QStringView digits = m.capturedView(u"seq");
        while (digits.size() > 1 && digits.front() == u'0')
            digits = digits.sliced(1);
        const qint64 seq = digits.size() > 18 ? std::numeric_limits<qint64>::max() : digits.toLongLong();
        return std::make_pair(m.captured(u"year").toInt(), seq);
    }

private:
    QString m_pattern, m_prefix;
    QRegularExpression m_re;
};

NumberPattern sitePattern(Database& db)
{
    return NumberPattern(
        db.setting(QStringLiteral("case_no_pattern"), QStringLiteral("（{year}）{prefix}字第{seq:04}号")),
        db.setting(QStringLiteral("case_no_prefix")));
}

struct Row
{
    int line = 0;
    QStringList fields;            // as read, for the rejects file
    std::unique_ptr<CaseRecord> c; // made by the validation; only a valid row keeps it (a row of a
                                   // large file of garbage is then a few dozen bytes, not a kilobyte)
    QString key;                   // text::caseNumberKey(c.caseNo)
    int year = 0;                  // year and sequence of a number in the site's pattern, else 0
    qint64 seq = 0;
    QString hash;
    QList<LedgerProblem> problems;
    // Problems beyond the first limits::kListedProblems are only counted (their text would take
    // memory without bound); with --skip-invalid their reasons are kept for the rejects file.
    int unlisted = 0;
    QString unlistedReasons;
    bool unchanged = false;
    bool assignNumber = false;
    bool invalid() const { return !problems.isEmpty() || unlisted > 0; }
};

// A row's problems as the 错误原因 cell of the rejects file names them.
QString reasonsOf(const QList<LedgerProblem>& problems)
{
    QStringList reasons;
    for (const LedgerProblem& p : problems)
        reasons << (p.column.isEmpty() ? p.reason : LedgerImporter::tr("%1: %2").arg(p.column, p.reason));
    return reasons.join(QStringLiteral("; "));
}

// Keeps the text of the first limits::kListedProblems problems it is given, and counts the others.
class ProblemCap
{
public:
    explicit ProblemCap(bool keepReasons)
        : m_keepReasons(keepReasons)
    {}
    void apply(Row& row)
    {
        if (row.problems.isEmpty())
            return;
        if (m_listed < limits::kListedProblems) {
            m_listed += int(row.problems.size());
            return;
        }
        row.unlisted += int(row.problems.size());
        if (m_keepReasons)
            row.unlistedReasons = reasonsOf(row.problems);
        row.problems = {};
    }

private:
    bool m_keepReasons;
    int m_listed = 0;
};

// Reads the (case_no, content_hash) pairs of this site once, through the SQLite handle, with the
// numbers by their key (text::caseNumberKey); returns the number of cases.
int loadExisting(Database& db, const QString& siteCode, QHash<QString, QString>& hashByNo, QSet<QString>& hashes)
{
    int count = 0;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT case_no, content_hash FROM cases WHERE site_code = ?", -1, &st,
                           nullptr) != SQLITE_OK)
        return 0;
    const QByteArray site = siteCode.toUtf8();
    sqlite3_bind_text(st, 1, site.constData(), int(site.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        ++count;
        auto col = [st](int i) {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
            return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, i)) : QString();
        };
        const QString no = col(0), hash = col(1);
        if (!no.isEmpty())
            hashByNo.insert(text::caseNumberKey(no), hash);
        if (!hash.isEmpty())
            hashes.insert(hash);
    }
    sqlite3_finalize(st);
    return count;
}

// How many rows, from the first, have been validated: published by the thread that validates them
// to the one that writes them (release/acquire, so a row is read whole or not at all).
class ValidationFeed
{
public:
    void waitFor(qsizetype row)
    {
        if (m_count.load(std::memory_order_acquire) > row)
            return;
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [&] { return m_count.load(std::memory_order_acquire) > row; });
    }
    // `wake`: also wake a waiting writer (every few hundred rows and at the end, not on each row).
    void publish(qsizetype count, bool wake)
    {
        m_count.store(count, std::memory_order_release);
        if (wake) {
            const std::lock_guard lock(m_mutex);
            m_wake.notify_all();
        }
    }

private:
    std::atomic<qsizetype> m_count{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

// QDate::toString(Qt::ISODate) without its vasprintf formatting (called several times per row):
// the same text, built by hand for the four-digit years every ledger has.
QString isoDate(const QDate& d)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char16_t buf[10];
    int y = d.year();
    for (int k = 3; k >= 0; --k, y /= 10)
        buf[k] = char16_t(u'0' + y % 10);
    buf[4] = buf[7] = u'-';
    buf[5] = char16_t(u'0' + d.month() / 10);
    buf[6] = char16_t(u'0' + d.month() % 10);
    buf[8] = char16_t(u'0' + d.day() / 10);
    buf[9] = char16_t(u'0' + d.day() % 10);
    return QString(reinterpret_cast<const QChar*>(buf), 10);
}

// SHA-256 as lower-case hex with the package code's SHA-NI implementation: the same digest as
// QCryptographicHash at about ten times its speed (the row hashes and the file's hash were a tenth
// of an import's instructions).
QString sha256Hex(const QByteArray& bytes)
{
    package::Sha256 hash;
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

class Validator
{
public:
    // `headerCells`: how many cells the header has; `unnamed`: its empty ones.
    Validator(Database& db, const ReferenceData& rd, qsizetype headerCells, const QList<int>& unnamed, bool keepReasons)
        : m_rd(rd)
        , m_engine(HolidayCalendar::load(db))
        , m_today(Clock::today())
        , m_pattern(sitePattern(db))
        , m_headerCells(headerCells)
        , m_unnamed(unnamed)
        , m_cap(keepReasons)
        , m_keepRows(keepReasons)
    {
        for (const DeadlineRule& r : loadDeadlineRules(db))
            m_rules[r.caseType] << r;
        for (const NamedCode& t : rd.townships()) {
            m_townships.insert(text::matchKey(t.code), t.code);
            m_townships.insert(text::matchKey(t.nameZh), t.code);
            if (!t.nameEn.isEmpty())
                m_townships.insert(text::matchKey(t.nameEn), t.code);
        }
    }

    // Checks the row, then keeps or counts its problems (ProblemCap). An invalid row is not written:
    // its case goes, and its cells too unless they are wanted for the rejects file.
    void validate(Row& row, const int (&index)[ColCount])
    {
        check(row, index);
        m_cap.apply(row);
        if (row.invalid()) {
            row.c.reset();
            if (!m_keepRows)
                row.fields = QStringList{};
        }
    }

private:
    void check(Row& row, const int (&index)[ColCount]);
    QString cell(const Row& row, int c) const
    {
        const int i = (*m_index)[c];
        return (i < 0 || i >= row.fields.size()) ? QString() : row.fields[i].trimmed();
    }
    void problem(Row& row, int c, const QString& reason) const
    {
        row.problems << LedgerProblem{row.line, columnName(c), reason};
    }
    const DateCell& date(const QString& v)
    {
        auto it = m_dates.find(v);
        if (it == m_dates.end()) {
            DateCell d;
            const auto r = validation::ledgerDate(v);
            if (r)
                d.date = *r;
            else
                d.error = r.error();
            if (d.date.isValid() && d.date > m_today)
                d.error = LedgerImporter::tr("the date %1 lies in the future").arg(d.date.toString(Qt::ISODate));
            if (m_dates.size() >= kMemoEntries)
                return m_dateScratch = d;
            it = m_dates.insert(v, d);
        }
        return *it;
    }
    const Lookup& vocabulary(vocab::List list, const QString& v)
    {
        auto& cache = m_vocab[int(list)];
        auto it = cache.find(v);
        if (it == cache.end()) {
            Lookup l;
            if (auto code = vocab::parse(list, v))
                l.code = *code;
            else
                l.error = LedgerImporter::tr("\"%1\" is not a %2").arg(v, vocab::listName(list));
            if (cache.size() >= kMemoEntries)
                return m_scratch = l;
            it = cache.insert(v, l);
        }
        return *it;
    }
    const Lookup& category(const QString& v)
    {
        auto it = m_categories.find(v);
        if (it == m_categories.end()) {
            Lookup l;
            if (auto code = m_rd.findCategory(v))
                l.code = *code;
            else
                l.error = LedgerImporter::tr("\"%1\" is not a configured dispute category").arg(v);
            if (m_categories.size() >= kMemoEntries)
                return m_scratch = l;
            it = m_categories.insert(v, l);
        }
        return *it;
    }
    const Lookup& department(const QString& v, bool window)
    {
        auto& cache = window ? m_windows : m_departments;
        auto it = cache.find(v);
        if (it == cache.end()) {
            Lookup l;
            if (auto code = m_rd.findDepartment(v, window))
                l.code = *code;
            else if (window && m_rd.findDepartment(v))
                l.error = LedgerImporter::tr("\"%1\" is a department but not an intake window").arg(v);
            else
                l.error = LedgerImporter::tr("\"%1\" is not a department of this site").arg(v);
            if (cache.size() >= kMemoEntries)
                return m_scratch = l;
            it = cache.insert(v, l);
        }
        return *it;
    }
    const Lookup& township(const QString& v)
    {
        auto it = m_townshipCache.find(v);
        if (it == m_townshipCache.end()) {
            Lookup l;
            l.code = m_townships.value(text::matchKey(v));
            if (l.code.isEmpty()) {
                if (auto other = m_rd.findDivision(v)) {
                    const NamedCode* d = m_rd.division(*other);
                    const NamedCode* parent = d ? m_rd.division(d->parentCode) : nullptr;
                    l.error = LedgerImporter::tr("\"%1\" is not a township of %2 (it belongs to %3)")
                                  .arg(v, m_rd.divisionName(m_rd.siteDivision),
                                       parent ? parent->name() : QStringLiteral("?"));
                } else {
                    l.error = LedgerImporter::tr("\"%1\" is not a township of %2")
                                  .arg(v, m_rd.divisionName(m_rd.siteDivision));
                }
            }
            if (m_townshipCache.size() >= kMemoEntries)
                return m_scratch = l;
            it = m_townshipCache.insert(v, l);
        }
        return *it;
    }
    const Lookup& village(const QString& townshipCode, const QString& v)
    {
        const QString key = townshipCode + QChar(0x1f) + v;
        auto it = m_villages.find(key);
        if (it == m_villages.end()) {
            Lookup l;
            if (auto code = m_rd.findDivision(v, townshipCode))
                l.code = *code;
            else
                l.error = LedgerImporter::tr("\"%1\" is not a village or community of %2")
                              .arg(v, m_rd.divisionName(townshipCode));
            if (m_villages.size() >= kMemoEntries)
                return m_scratch = l;
            it = m_villages.insert(key, l);
        }
        return *it;
    }
    const QList<Milestone>& milestones(const QString& caseType, const QDate& filed)
    {
        const QString key = caseType + isoDate(filed);
        auto it = m_milestones.find(key);
        if (it == m_milestones.end()) {
            CaseRecord c;
            c.caseType = caseType;
            c.receivedOn = filed;
            c.filedOn = filed;
            QList<DeadlineRule> rules = m_rules.value(caseType) + m_rules.value(QStringLiteral("any"));
            it = m_milestones.insert(key, m_engine.milestonesOnFiling(c, rules));
        }
        return *it;
    }

    const ReferenceData& m_rd;
    DeadlineEngine m_engine;
    QDate m_today;
    NumberPattern m_pattern; // its own: QRegularExpression is not shared between the validating threads
    qsizetype m_headerCells;
    QList<int> m_unnamed;
    ProblemCap m_cap;
    bool m_keepRows; // --skip-invalid: the cells of invalid rows go to the rejects file
    const int (*m_index)[ColCount] = nullptr;
    QHash<QString, QList<DeadlineRule>> m_rules;
    QHash<QString, QString> m_townships; // match key → code, this site's townships only
    QHash<QString, DateCell> m_dates;
    QHash<QString, Lookup> m_vocab[16];
    QHash<QString, Lookup> m_categories, m_windows, m_departments, m_townshipCache, m_villages;
    QHash<QString, QList<Milestone>> m_milestones;
    // What a lookup returns once its memo is full (a file of garbage has a new value in every cell):
    // the caller reads it before the next lookup.
    Lookup m_scratch;
    DateCell m_dateScratch;
};

bool looksLikeCreditCode(const QString& v)
{
    const QString n = text::normalized(v).toUpper();
    for (qsizetype i = 0; i < n.size(); ++i)
        if (n.at(i).isLetter() && !(i == n.size() - 1 && n.at(i) == QLatin1Char('X')))
            return true;
    return false;
}

void Validator::check(Row& row, const int (&index)[ColCount])
{
    m_index = &index;
    for (int i : std::as_const(m_unnamed))
        if (i < row.fields.size() && !row.fields[i].trimmed().isEmpty())
            row.problems << LedgerProblem{row.line, LedgerImporter::tr("column %1").arg(i + 1),
                                          LedgerImporter::tr("this cell has a value but its column has no header")};
    for (qsizetype i = m_headerCells; i < row.fields.size(); ++i)
        if (!row.fields[i].trimmed().isEmpty()) {
            row.problems << LedgerProblem{row.line, LedgerImporter::tr("column %1").arg(i + 1),
                                          LedgerImporter::tr("the row has more cells than the header has columns")};
            break;
        }
    row.c = std::make_unique<CaseRecord>();
    CaseRecord& c = *row.c;
    QString v[ColCount];
    // First what no cell may hold (control and direction characters, U+FFFD) and the lengths: a row
    // with such a cell goes no further, so no later message quotes the cell.
    bool unfit = false;
    for (int i = 0; i < ColCount; ++i) {
        v[i] = cell(row, i);
        if (!v[i].isEmpty() && !text::fieldProblem(v[i], kKinds[i], {}).isEmpty()) {
            problem(row, i, text::fieldProblem(v[i], kKinds[i], columnName(i)));
            unfit = true;
        }
    }
    if (unfit)
        return;
    for (int i = 0; i < ColCount; ++i)
        if (kColumns[i].required && v[i].isEmpty())
            problem(row, i, LedgerImporter::tr("a value is required"));
    // Kept as given (full-width brackets are part of the official form), without invisible characters.
    c.caseNo = text::caseNumber(v[CaseNo]);
    row.key = text::caseNumberKey(c.caseNo);
    row.assignNumber = c.caseNo.isEmpty();
    const auto numbered = row.key.isEmpty() ? std::nullopt : m_pattern.match(row.key);
    if (numbered) {
        row.year = numbered->first;
        row.seq = numbered->second;
    }
    if (row.seq > limits::kCaseSequence)
        problem(row, CaseNo,
                LedgerImporter::tr("the sequence number of %1 is above %2, the highest a year may have: check the "
                                   "number (each year's numbers start again at 1)")
                    .arg(c.caseNo, i18n::locale().toString(limits::kCaseSequence)));
    c.origin = QStringLiteral("ledger");

    auto dateOf = [&](int col) -> QDate {
        if (v[col].isEmpty())
            return {};
        const DateCell& d = date(v[col]);
        if (!d.error.isEmpty())
            problem(row, col, d.error);
        return d.date;
    };
    auto vocabOf = [&](int col, vocab::List list) -> QString {
        if (v[col].isEmpty())
            return {};
        const Lookup& l = vocabulary(list, v[col]);
        if (!l.error.isEmpty())
            problem(row, col, l.error);
        return l.code;
    };
    auto lookupOf = [&](int col, const Lookup& l) -> QString {
        if (!l.error.isEmpty())
            problem(row, col, l.error);
        return l.code;
    };

    c.receivedOn = dateOf(ReceivedOn);
    c.caseType = vocabOf(CaseType, vocab::List::CaseType);
    c.source = vocabOf(Source, vocab::List::Source);
    if (!v[Window].isEmpty())
        c.windowCode = lookupOf(Window, department(v[Window], true));
    if (!v[Category].isEmpty())
        c.categoryCode = lookupOf(Category, category(v[Category]));

    Party applicant;
    applicant.name = text::normalized(v[ApplicantName]);
    if (!v[ApplicantId].isEmpty()) {
        if (auto id = validation::residentId(v[ApplicantId])) {
            applicant.idNumber = *id;
        } else if (auto cc = validation::creditCode(v[ApplicantId])) {
            applicant.kind = QStringLiteral("organization");
            applicant.creditCode = *cc;
        } else {
            problem(row, ApplicantId, looksLikeCreditCode(v[ApplicantId]) ? cc.error() : id.error());
        }
    }
    if (!v[ApplicantPhone].isEmpty()) {
        if (auto p = validation::phone(v[ApplicantPhone]))
            applicant.phone = *p;
        else
            problem(row, ApplicantPhone, p.error());
    }
    c.parties << applicant;
    if (!v[RespondentName].isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("[、;；]"));
        for (const QString& name : v[RespondentName].split(separators, Qt::SkipEmptyParts)) {
            const QString n = text::normalized(name);
            if (n.isEmpty())
                continue;
            if (!text::fieldProblem(n, text::Field::Name, {}).isEmpty()) {
                problem(row, RespondentName, text::fieldProblem(n, text::Field::Name, columnName(RespondentName)));
                break;
            }
            Party r;
            r.role = QStringLiteral("respondent");
            r.name = n;
            c.parties << r;
        }
    }
    if (!v[Headcount].isEmpty()) {
        bool ok = false;
        const int n = text::normalized(v[Headcount]).toInt(&ok);
        if (!ok || n < 1)
            problem(row, Headcount, LedgerImporter::tr("\"%1\" is not a whole number of at least 1").arg(v[Headcount]));
        else
            c.headcount = n;
    }
    if (!v[Township].isEmpty()) {
        c.townshipCode = lookupOf(Township, township(v[Township]));
        if (!v[Village].isEmpty() && !c.townshipCode.isEmpty())
            c.villageCode = lookupOf(Village, village(c.townshipCode, v[Village]));
    }
    // Kept as written (inner line breaks included); only the cell's outer spaces go.
    c.summary = v[Summary];
    if (!v[LeadDepartment].isEmpty())
        c.leadDepartmentCode = lookupOf(LeadDepartment, department(v[LeadDepartment], false));
    c.status = vocabOf(CaseStatus, vocab::List::Status);
    const QDate givenDue = dateOf(DueOn);
    c.endedOn = dateOf(EndedOn);
    c.outcome = vocabOf(Outcome, vocab::List::Outcome);
    const QString givenLevel = vocabOf(ResolutionLevel, vocab::List::ResolutionLevel);
    if (!v[Satisfaction].isEmpty())
        c.satisfaction = vocabOf(Satisfaction, vocab::List::Satisfaction);

    const bool terminal = !c.status.isEmpty() && vocab::isTerminalStatus(c.status);
    const bool closed = c.status == QLatin1String(vocab::status::closed);
    const bool escalated = c.status == QLatin1String(vocab::status::escalated);
    const QString statusLabel = vocab::label(vocab::List::Status, c.status);
    if (!c.status.isEmpty()) {
        if (terminal && v[EndedOn].isEmpty())
            problem(row, EndedOn, LedgerImporter::tr("required when the status is %1").arg(statusLabel));
        if (!terminal && !v[EndedOn].isEmpty())
            problem(
                row, EndedOn,
                LedgerImporter::tr("only a case that has ended has an end date; the status is %1").arg(statusLabel));
        if (closed && v[Outcome].isEmpty())
            problem(row, Outcome, LedgerImporter::tr("required when the status is %1").arg(statusLabel));
        if (!closed && !v[Outcome].isEmpty())
            problem(row, Outcome,
                    LedgerImporter::tr("only a closed case has an outcome; the status is %1").arg(statusLabel));
        if (!givenLevel.isEmpty() && !closed && !escalated)
            problem(row, ResolutionLevel,
                    LedgerImporter::tr("only a closed or escalated case has a resolution level; the status is %1")
                        .arg(statusLabel));
        if (escalated && !givenLevel.isEmpty() && givenLevel != QLatin1String("escalated"))
            problem(row, ResolutionLevel,
                    LedgerImporter::tr("an escalated case always has the level %1")
                        .arg(vocab::label(vocab::List::ResolutionLevel, QStringLiteral("escalated"))));
    }
    if (c.receivedOn.isValid() && c.endedOn.isValid() && c.endedOn < c.receivedOn)
        problem(row, EndedOn,
                LedgerImporter::tr("%1 is before the date received %2")
                    .arg(c.endedOn.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate)));
    if (c.receivedOn.isValid() && givenDue.isValid() && givenDue < c.receivedOn)
        problem(row, DueOn,
                LedgerImporter::tr("%1 is before the date received %2")
                    .arg(givenDue.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate)));
    if (closed)
        c.resolutionLevel = givenLevel.isEmpty() ? m_rd.siteLevel : givenLevel;
    else if (escalated)
        c.resolutionLevel = QStringLiteral("escalated");
    if (!v[JudicialConfirmed].isEmpty()) {
        const QString key = text::matchKey(v[JudicialConfirmed]);
        static const QSet<QString> yes{QStringLiteral("是"), QStringLiteral("yes"), QStringLiteral("y"),
                                       QStringLiteral("true"), QStringLiteral("1")};
        static const QSet<QString> no{QStringLiteral("否"), QStringLiteral("no"), QStringLiteral("n"),
                                      QStringLiteral("false"), QStringLiteral("0")};
        if (yes.contains(key))
            c.judicialConfirmed = true;
        else if (no.contains(key))
            c.judicialConfirmed = false;
        else
            problem(row, JudicialConfirmed,
                    LedgerImporter::tr("\"%1\" is not 是 or 否 (yes or no)").arg(v[JudicialConfirmed]));
        if (c.outcome != QLatin1String("mediated"))
            problem(row, JudicialConfirmed,
                    LedgerImporter::tr("only a case with the outcome %1 can have a judicial confirmation")
                        .arg(vocab::label(vocab::List::Outcome, QStringLiteral("mediated"))));
    }
    if (!row.problems.isEmpty())
        return;

    // A case not yet accepted (reported) or not accepted at all (rejected) has no filing date; its
    // deadlines still run from the day received, as for every ledger row (cli.md).
    if (c.status != QLatin1String(vocab::status::reported) && c.status != QLatin1String(vocab::status::rejected))
        c.filedOn = c.receivedOn;
    c.milestones = milestones(c.caseType, c.receivedOn);
    for (Milestone& m : c.milestones) {
        if (m.milestone == QLatin1String("handling")) {
            if (givenDue.isValid()) {
                m.dueOn = givenDue;
                m.originalDueOn = givenDue;
            }
            c.dueOn = m.dueOn;
        }
        // The ledger only records that the case ended: every deadline counts as met then.
        if (terminal)
            m.metOn = c.endedOn;
    }
    if (!c.dueOn.isValid())
        c.dueOn = givenDue;

    // The content hash covers what the row says (parsed, normalized), not how it was written, so
    // the same ledger saved as GB18030 or with other date formats is still "unchanged".
    const QChar sep(0x1f);
    QStringList parts{c.caseType,
                      c.source,
                      c.windowCode,
                      c.categoryCode,
                      applicant.name,
                      applicant.idNumber + applicant.creditCode,
                      applicant.phone,
                      QString::number(c.headcount),
                      c.townshipCode,
                      c.villageCode,
                      c.summary,
                      c.leadDepartmentCode,
                      c.status,
                      isoDate(c.receivedOn),
                      isoDate(givenDue),
                      isoDate(c.endedOn),
                      c.outcome,
                      givenLevel,
                      c.judicialConfirmed ? QString::number(*c.judicialConfirmed) : QString(),
                      c.satisfaction};
    for (qsizetype i = 1; i < c.parties.size(); ++i)
        parts << c.parties[i].name;
    row.hash = sha256Hex(parts.join(sep).toUtf8());
}

Status writeRejects(const QString& path, const QStringList& header, const std::vector<Row>& rows)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return own;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(LedgerImporter::tr("Cannot write %1: %2").arg(path, f.errorString()));
    QString out;
    out += csv::joinRecord(QStringList(header) << QStringLiteral("错误原因")) + QStringLiteral("\r\n");
    for (const Row& r : rows) {
        if (!r.invalid())
            continue;
        QStringList fields = r.fields;
        while (fields.size() < header.size())
            fields << QString();
        QString reasons = reasonsOf(r.problems);
        if (!r.unlistedReasons.isEmpty())
            reasons += (reasons.isEmpty() ? QString() : QStringLiteral("; ")) + r.unlistedReasons;
        out += csv::joinRecord(fields << reasons) + QStringLiteral("\r\n");
    }
    f.write("\xEF\xBB\xBF");
    f.write(out.toUtf8());
    if (!f.commit())
        return fail(LedgerImporter::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

QString LedgerProblem::text() const
{
    if (column.isEmpty())
        return LedgerImporter::tr("line %1: %2").arg(line).arg(reason);
    return LedgerImporter::tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

QStringList LedgerReport::errorLines() const
{
    QStringList out;
    if (!fileError.isEmpty())
        out << fileError;
    for (const LedgerProblem& p : problems)
        out << p.text();
    if (unlisted > 0)
        out << LedgerImporter::tr("%1 more problems are not listed: correct the ones above and check the file again.")
                   .arg(i18n::locale().toString(unlisted));
    return out;
}

QString LedgerReport::summaryLine(bool withRejected) const
{
    if (withRejected)
        return LedgerImporter::tr("imported %1, unchanged %2, rejected %3").arg(imported).arg(unchanged).arg(rejected);
    return LedgerImporter::tr("imported %1, unchanged %2").arg(imported).arg(unchanged);
}

LedgerImporter::LedgerImporter(Database& db)
    : m_db(db)
{}

int LedgerImporter::columnOf(const QString& header)
{
    const QString key = text::matchKey(header);
    for (int c = 0; c < ColCount; ++c)
        if (key == QLatin1String(kColumns[c].code) || key == text::matchKey(QString::fromUtf8(kColumns[c].zh)))
            return c;
    return -1;
}

QString LedgerImporter::columnCode(int column)
{
    return QString::fromLatin1(kColumns[column].code);
}

QString LedgerImporter::columnNameZh(int column)
{
    return QString::fromUtf8(kColumns[column].zh);
}

QString LedgerImporter::tooLarge(const QString& fileName, qint64 bytes)
{
    const QLocale l = i18n::locale();
    return tr("%1 is %2 MB; a ledger may have at most %3 MB and %4 rows. Split it into several files and import "
              "them one by one.")
        .arg(fileName, l.toString(double(bytes) / (1024 * 1024), 'f', 1),
             l.toString(limits::kFileBytes / (1024 * 1024)), l.toString(limits::kFileRows));
}

LedgerReport LedgerImporter::importFile(const QString& path, const LedgerOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    if (Status own = ownfiles::refuseDatabaseFile(path); !own) {
        LedgerReport r;
        r.fileError = own.error();
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        LedgerReport r;
        r.fileError = LedgerImporter::tr("Cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    // The size first: a file beyond the limit is not read at all.
    if (f.size() > limits::kFileBytes) {
        LedgerReport r;
        r.fileError = tooLarge(QFileInfo(path).fileName(), f.size());
        return r;
    }
    const QByteArray bytes = f.read(limits::kFileBytes + 1);
    LedgerReport r = importBytes(bytes, QFileInfo(path).fileName(), options);
    return r;
}

LedgerReport LedgerImporter::importBytes(const QByteArray& bytes, const QString& fileName, const LedgerOptions& options)
{
    LedgerReport report;
    QElapsedTimer timer;
    timer.start();

    // Made meanwhile on another core when the file is large: the file's hash for the audit entry, and
    // the sorted ids of the rows to write, about six per line (the case, two parties, a milestone or
    // two, the import event; should a file need more, the rest are drawn one by one).
    std::future<QString> fileHash;
    std::future<QStringList> ids;
    if (bytes.size() >= (1 << 20) && bytes.size() <= limits::kFileBytes && QThread::idealThreadCount() > 1) {
        fileHash = std::async(std::launch::async, [&bytes] { return sha256Hex(bytes); });
        // No more than the rows a file may have (more are refused).
        const qsizetype lines = std::min<qsizetype>(bytes.count('\n') + 1, limits::kFileRows + 1);
        if (!options.dryRun)
            ids = std::async(std::launch::async, [lines] { return CaseWriter::sortedNewIds(lines * 6); });
    }

    // 1. Parse.
    if (bytes.size() > limits::kFileBytes) {
        report.fileError = tooLarge(fileName, bytes.size());
        return report;
    }
    csv::ParseResult parsed;
    {
        auto decoded = csv::decode(bytes, options.encoding);
        if (!decoded) {
            report.fileError = decoded.error();
            return report;
        }
        report.encoding = decoded->encoding;
        report.encodingNote = decoded->note;
        csv::ParseLimits limits;
        limits.dataRecords = limits::kFileRows;
        parsed = csv::parse(decoded->text, limits);
    } // the decoded text goes: only the cells are kept
    report.parseMs = timer.restart();
    if (parsed.error) {
        // The column of a cell beyond its limit, by the header's name for it when there is a header.
        QString column;
        if (parsed.error.kind == csv::ParseError::Kind::CellTooLong) {
            const int cell = parsed.error.cell - 1;
            const int c = parsed.records.isEmpty() ? -1 : columnOf(parsed.records.first().fields.value(cell));
            column = c >= 0 ? columnName(c) : tr("column %1").arg(cell + 1);
        }
        report.problems << LedgerProblem{parsed.error.line, column, csv::describe(parsed.error)};
        return report;
    }
    if (parsed.unterminatedQuoteLine > 0) {
        report.problems << LedgerProblem{
            parsed.unterminatedQuoteLine,
            {},
            LedgerImporter::tr("a quoted field starts here and never ends (a missing \")")};
        return report;
    }
    if (parsed.records.isEmpty()) {
        report.fileError =
            LedgerImporter::tr("%1 is empty: the first line must hold the column headers.").arg(fileName);
        return report;
    }

    // 2. Header.
    const csv::Record& headerRecord = parsed.records.first();
    const QStringList header = headerRecord.fields;
    int index[ColCount];
    std::fill(std::begin(index), std::end(index), -1);
    QList<int> unnamed; // positions of empty header cells (Excel leaves trailing ones)
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed();
        if (h.isEmpty()) {
            unnamed << i;
            continue;
        }
        const int c = columnOf(h);
        if (c < 0)
            report.problems << LedgerProblem{headerRecord.line, text::visible(h), LedgerImporter::tr("unknown column")};
        else if (index[c] >= 0)
            report.problems << LedgerProblem{headerRecord.line, text::visible(h),
                                             LedgerImporter::tr("the column appears twice")};
        else
            index[c] = i;
    }
    for (int c = 0; c < ColCount; ++c)
        if (kColumns[c].required && index[c] < 0)
            report.problems << LedgerProblem{headerRecord.line, columnName(c),
                                             LedgerImporter::tr("this required column is missing")};
    if (!report.problems.isEmpty())
        return report;

    // 3. The rows, then their validation.
    const ReferenceData rd = ReferenceData::load(m_db);
    Validator validator(m_db, rd, header.size(), unnamed, options.skipInvalid);
    std::vector<Row> rows;
    rows.reserve(parsed.records.size() - 1);
    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        csv::Record& rec = parsed.records[r];
        bool blank = true;
        for (const QString& f : std::as_const(rec.fields))
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        if (blank) // a row of empty cells, as spreadsheets leave them
            continue;
        Row row;
        row.line = rec.line;
        row.fields = std::move(rec.fields);
        rows.push_back(std::move(row));
    }
    parsed.records = {};           // the cells live on in the rows
    Row* const data = rows.data(); // not resized from here on: the validating thread holds it too
    const qsizetype count = qsizetype(rows.size());
    // Each row is checked whole by one validator, so its problems come in the same order however the
    // work is shared. A large import that writes checks its rows on a second core while this one
    // writes the rows already checked (a failure then rolls the writes back). A dry run, which has
    // nothing to overlap, checks the two halves of the file at once instead.
    ValidationFeed feed;
    std::thread checker;
    struct Join
    {
        std::thread& t;
        ~Join()
        {
            if (t.joinable())
                t.join();
        }
    } joinChecker{checker}; // before `rows`, `validator` and `feed` go, on every way out
    // A large file's rows hold millions of small allocations (100,000 rows: freeing them took 0.3-0.5 s
    // after the commit). A thread of their own frees them while the caller goes on.
    struct FreeLater
    {
        std::vector<Row>& rows;
        std::thread& checker;
        ~FreeLater()
        {
            if (checker.joinable())
                checker.join();
            if (qsizetype(rows.size()) < kLargeFile)
                return;
            try {
                std::thread([doomed = std::move(rows)] {}).detach();
            } catch (const std::system_error&) {
                // No thread to be had: the rows are freed here after all.
            }
        }
    } freeLater{rows, checker};
    auto progress = [&options, count](LedgerOptions::Stage stage, qint64 done) {
        if (options.progress)
            options.progress(stage, done, count);
    };
    progress(options.dryRun ? LedgerOptions::Stage::Checking : LedgerOptions::Stage::Writing, 0);
    const bool twoCores = count >= kLargeFile && QThread::idealThreadCount() > 1;
    QElapsedTimer validating;
    validating.start();
    if (twoCores && !options.dryRun) {
        try {
            checker = std::thread([&validator, &feed, &index, &report, &validating, data, count] {
                for (qsizetype i = 0; i < count; ++i) {
                    validator.validate(data[i], index);
                    feed.publish(i + 1, (i + 1) % 512 == 0 || i + 1 == count);
                }
                report.validateMs = validating.elapsed(); // read only after the join
            });
        } catch (const std::system_error&) {
            // No second thread to be had: checked below, before anything is written.
        }
    }
    if (!checker.joinable()) {
        if (twoCores && options.dryRun) {
            Validator second(m_db, rd, header.size(), unnamed, options.skipInvalid);
            const qsizetype half = count / 2;
            std::thread other([&second, data, half, count, &index] {
                for (qsizetype i = half; i < count; ++i)
                    second.validate(data[i], index);
            });
            for (qsizetype i = 0; i < half; ++i)
                validator.validate(data[i], index);
            other.join();
        } else {
            for (qsizetype i = 0; i < count; ++i)
                validator.validate(data[i], index);
        }
        feed.publish(count, false);
        report.validateMs = validating.elapsed();
    }
    timer.restart(); // writeMs: from here (while a large import's rows are still being checked)

    // The write lock first: the numbers and content read below must still be true when the rows are
    // written (an intake at another desk meanwhile took the number this import was about to give).
    // Another writer waits for this one, and this one for it (Database::kMaxWaitMs).
    std::optional<WriteTransaction> tx;
    if (!options.dryRun)
        tx.emplace(m_db);

    // What this file is checked against: the site's numbers and content hashes, and the highest
    // sequence number in use per year (the site's pattern numbers rows without one after it).
    QHash<QString, QString> hashByNo;
    QSet<QString> knownHashes;
    const int existingCases = loadExisting(m_db, rd.siteCode, hashByNo, knownHashes);
    const NumberPattern pattern = sitePattern(m_db);
    std::map<int, qint64> lastSeq; // year → highest sequence in use
    auto noteSequence = [&](int year, qint64 seq) {
        if (seq > 0 && seq > lastSeq[year])
            lastSeq[year] = seq;
    };
    auto noteNumber = [&](const QString& key) {
        if (const auto m = pattern.match(key))
            noteSequence(m->first, m->second);
    };
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db.handle(), "SELECT year, last_seq FROM case_numbers WHERE site_code = ?", -1, &st,
                               nullptr) == SQLITE_OK) {
            const QByteArray site = rd.siteCode.toUtf8();
            sqlite3_bind_text(st, 1, site.constData(), int(site.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW)
                lastSeq[sqlite3_column_int(st, 0)] = sqlite3_column_int64(st, 1);
            sqlite3_finalize(st);
        }
        for (auto it = hashByNo.cbegin(); it != hashByNo.cend(); ++it)
            noteNumber(it.key());
    }

    // 4. The write: one transaction, prepared statements, one audit entry.
    // A large page cache, and every changed page and the statement journal in memory until the
    // commit (SQLite's defaults made a bulk import write far more than it stores).
    std::optional<bulk::PageCache> cache;
    std::optional<bulk::NoSpill> noSpill;
    std::optional<CaseWriter> writer;
    QByteArrayList indexes, triggers;
    sqlite3* h = m_db.handle();
    if (!options.dryRun) {
        cache.emplace(h, QStringLiteral("main"));
        noSpill.emplace(h, true);
        if (tx->active()) {
            // Inside the transaction: a failed import rolls the dropped indexes back with everything else.
            if (count >= kBulkRows && count > existingCases)
                indexes = bulk::dropSecondaryIndexes(h, {QStringLiteral("cases"), QStringLiteral("parties"),
                                                         QStringLiteral("milestones"), QStringLiteral("case_events")});
            triggers = bulk::dropSearchQueueTriggers(h);
            writer.emplace(m_db);
            if (ids.valid())
                writer->useIds(ids.get());
            else
                writer->reserveIds(count * 6);
            writer->setBatch(50);
        }
    }
    const QString now = utcNow();
    const QString siteCode = rd.siteCode;
    const QString importedFrom = LedgerImporter::tr("Imported from %1, line %2");
    Status st; // ok until a statement fails
    auto write = [&](Row& row) {
        CaseRecord& c = *row.c;
        c.siteCode = siteCode;
        c.createdAt = now;
        c.updatedAt = now;
        c.contentHash = row.hash;
        c.timeline << TimelineEvent{now, options.actor, QStringLiteral("ledger_import"),
                                    importedFrom.arg(fileName, QString::number(row.line))};
        if (Status s = writer->insert(c, row.line); !s)
            st = fail(LedgerProblem{int(writer->failedTag()), {}, s.error()}.text());
    };

    // Each row in file order, as soon as it is checked: against the rows before it and the database
    // (a number used twice, an unchanged row, a number whose content changed), then written. Rows
    // without a number wait until every row is checked: their numbers come after the highest in use.
    QHash<QString, int> lineOfNo; // by number key
    QSet<QString> fileHashes;
    // The problems found here, kept or counted as the validators do theirs.
    struct Listed
    {
        ProblemCap cap;
        void add(Row& row, LedgerProblem p)
        {
            row.problems << std::move(p);
            cap.apply(row);
        }
    } listed{ProblemCap(options.skipInvalid)};
    QList<Row*> toNumber;
    int invalid = 0;
    for (qsizetype i = 0; i < count; ++i) {
        feed.waitFor(i);
        if (i % 4096 == 4095)
            progress(writer ? LedgerOptions::Stage::Writing : LedgerOptions::Stage::Checking, i + 1);
        Row& row = data[i];
        if (!row.invalid()) {
            const QString& no = row.c->caseNo;
            bool repeated = false;
            if (!no.isEmpty()) {
                if (const auto it = lineOfNo.constFind(row.key); it != lineOfNo.cend()) {
                    listed.add(row, LedgerProblem{
                                        row.line, columnName(CaseNo),
                                        LedgerImporter::tr("the case number %1 is also on line %2").arg(no).arg(*it)});
                    repeated = true;
                } else {
                    lineOfNo.insert(row.key, row.line);
                    if (const auto known = hashByNo.constFind(row.key); known != hashByNo.cend()) {
                        if (*known == row.hash)
                            row.unchanged = true;
                        else
                            listed.add(row, LedgerProblem{row.line, columnName(CaseNo),
                                                          LedgerImporter::tr("case %1 already exists with different "
                                                                             "content; correct it in the application "
                                                                             "or give this row another number")
                                                              .arg(no)});
                    }
                }
            } else if (knownHashes.contains(row.hash) || fileHashes.contains(row.hash)) {
                // Without a number, the content is the identity: a row imported before (or repeated
                // in this file) is not imported twice.
                row.unchanged = true;
            }
            if (!repeated)
                fileHashes.insert(row.hash);
        }
        if (row.invalid()) {
            ++invalid;
        } else if (row.unchanged) {
            ++report.unchanged;
        } else {
            ++report.imported;
            if (row.assignNumber) {
                toNumber << &row;
            } else {
                noteSequence(row.year, row.seq); // matched by the validation
                if (writer && st && (invalid == 0 || options.skipInvalid))
                    write(row);
            }
        }
    }
    if (checker.joinable())
        checker.join();
    // The first limits::kListedProblems problems in line order; the others counted (a validator or
    // the loop above dropped a row's text only after as many problems on earlier lines).
    for (qsizetype i = 0; i < count; ++i) {
        for (const LedgerProblem& p : std::as_const(data[i].problems)) {
            if (report.problems.size() < limits::kListedProblems)
                report.problems << p;
            else
                ++report.unlisted;
        }
        report.unlisted += data[i].unlisted;
    }
    report.rejected = invalid;
    auto refuse = [&] {
        report.imported = 0;
        report.unchanged = 0;
        report.writeMs = timer.restart();
        return report; // the transaction, if any, rolls back
    };
    if (invalid > 0 && !options.skipInvalid)
        return refuse();
    if (tx && !tx->active()) {
        report.databaseError = true;
        report.fileError = tx->error();
        return refuse();
    }
    if (invalid > 0 && !options.rejectsPath.isEmpty()) {
        if (Status s = writeRejects(options.rejectsPath, header, rows); !s) {
            report.fileError = s.error();
            return refuse();
        }
    }
    for (Row* row : std::as_const(toNumber)) {
        const int year = row->c->receivedOn.year();
        if (lastSeq[year] >= limits::kCaseSequence) {
            report.problems << LedgerProblem{
                row->line, columnName(CaseNo),
                LedgerImporter::tr("no case number is left for %1: the numbers in use reach %2, the highest a year "
                                   "may have; give this row its number, or check the numbers of %1")
                    .arg(year)
                    .arg(i18n::locale().toString(lastSeq[year]))};
            report.rejected = invalid + 1;
            return refuse();
        }
        row->c->caseNo = pattern.format(year, ++lastSeq[year]);
        if (writer && st)
            write(*row);
    }
    if (!writer || report.imported == 0) {
        report.ok = true;
        report.writeMs = timer.restart();
        return report;
    }

    progress(LedgerOptions::Stage::Saving, count);
    if (st) {
        if (Status s = writer->flush(); !s)
            st = fail(LedgerProblem{int(writer->failedTag()), {}, s.error()}.text());
    }
    if (st) {
        // Numbers in use (given or assigned) raise the counter, so intake never reissues them.
        for (const auto& [year, seq] : lastSeq) {
            if (seq == 0)
                continue;
            sqlite3_stmt* up = nullptr;
            sqlite3_prepare_v2(h,
                               "INSERT INTO case_numbers(site_code, year, last_seq) VALUES(?,?,?) "
                               "ON CONFLICT(site_code, year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
                               -1, &up, nullptr);
            const QByteArray site = siteCode.toUtf8();
            sqlite3_bind_text(up, 1, site.constData(), int(site.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(up, 2, year);
            sqlite3_bind_int64(up, 3, seq);
            const int rc = sqlite3_step(up);
            sqlite3_finalize(up);
            if (rc != SQLITE_DONE) {
                st = fail(databaseErrorMessage(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h))));
                break;
            }
        }
    }
    if (st && !triggers.isEmpty()) {
        // Every case this import wrote carries created_at = now (queueing an older case written in
        // the same millisecond as well only indexes it again).
        sqlite3_stmt* q = nullptr;
        sqlite3_prepare_v2(h, "INSERT OR IGNORE INTO search_pending SELECT id FROM cases WHERE created_at = ?", -1, &q,
                           nullptr);
        const QByteArray at = now.toUtf8();
        sqlite3_bind_text(q, 1, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(q) != SQLITE_DONE)
            st = fail(databaseErrorMessage(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h))));
        sqlite3_finalize(q);
    }
    if (st)
        st = bulk::recreate(h, triggers + indexes);
    if (st) {
        const QString detail = QStringLiteral("file=%1 imported=%2 unchanged=%3 rejected=%4 sha256=%5")
                                   .arg(fileName)
                                   .arg(report.imported)
                                   .arg(report.unchanged)
                                   .arg(report.rejected)
                                   .arg(fileHash.valid() ? fileHash.get() : sha256Hex(bytes));
        st = appendAudit(m_db, options.actor, QStringLiteral("ledger_import"), QStringLiteral("ledger"), fileName,
                         detail);
    }
    if (st)
        st = tx->commit();
    if (!st) {
        tx->rollback();
        report.databaseError = true;
        report.fileError = LedgerImporter::tr("Nothing was imported: %1").arg(st.error());
        report.imported = 0;
        report.unchanged = 0;
        report.writeMs = timer.restart();
        return report;
    }
    report.ok = true;
    report.writeMs = timer.restart();
    return report;
}

} // namespace ow
