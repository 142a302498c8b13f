// The rows of a ledger import (docs/ledger-csv.md): its columns, one row's state, the site's number
// pattern and the small pieces the validator and the importer share. Internal to core/exchange.
#pragma once

#include "domain/case.h"
#include "exchange/ledger_import.h"
#include "util/text.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ow::ledger {

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

QString columnName(int c);

// The site's case number pattern, e.g. （{year}）{prefix}字第{seq:04}号. Numbers are matched by
// their key (text::caseNumberKey), so (2025) and （2025） or a number with a zero-width space in it
// are the same number.
class NumberPattern
{
public:
    NumberPattern(const QString& pattern, const QString& prefix);
    QString format(int year, qint64 seq) const;
    // Year and sequence of a number (its key) written in this pattern; a sequence of more digits
    // than a qint64 holds comes back as the largest qint64.
    std::optional<std::pair<int, qint64>> match(const QString& key) const;

private:
    QString m_pattern, m_prefix;
    QRegularExpression m_re;
};

NumberPattern sitePattern(Database& db);

// The header's cells and where each column is: index[c] is its position in a row, -1 when absent.
struct Header
{
    QStringList cells;
    int index[ColCount];
    QList<int> unnamed; // positions of empty header cells (Excel leaves trailing ones)
};

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
QString reasonsOf(const QList<LedgerProblem>& problems);

// Keeps the text of the first limits::kListedProblems problems it is given, and counts the others.
class ProblemCap
{
public:
    explicit ProblemCap(bool keepReasons)
        : m_keepReasons(keepReasons)
    {}
    void apply(Row& row);

private:
    bool m_keepReasons;
    int m_listed = 0;
};

// Reads the (case_no, content_hash) pairs of this site once (a file through the SQLite handle, a
// server through Qt's connection), with the numbers by their key (text::caseNumberKey); returns the
// number of cases, -1 when a server's read failed.
int loadExisting(Database& db, const QString& siteCode, QHash<QString, QString>& hashByNo, QSet<QString>& hashes);

// QDate::toString(Qt::ISODate) without its vasprintf formatting (called several times per row):
// the same text, built by hand for the four-digit years every ledger has.
QString isoDate(const QDate& d);

// SHA-256 as lower-case hex with the package code's SHA-NI implementation: the same digest as
// QCryptographicHash at about ten times its speed (the row hashes and the file's hash were a tenth
// of an import's instructions).
QString sha256Hex(const QByteArray& bytes);

} // namespace ow::ledger
