// The check of one ledger row: the cells one by one, then the rules between them, then the deadlines
// and the content hash of a valid row.
#include "exchange/ledger_validator.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "util/text.h"
#include "validation/identifiers.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <system_error>

namespace ow::ledger {
namespace {

bool looksLikeCreditCode(const QString& v)
{
    const QString n = text::normalized(v).toUpper();
    for (qsizetype i = 0; i < n.size(); ++i)
        if (n.at(i).isLetter() && !(i == n.size() - 1 && n.at(i) == QLatin1Char('X')))
            return true;
    return false;
}

} // namespace

Validator::Validator(Database& db, const ReferenceData& rd, qsizetype headerCells, const QList<int>& unnamed,
                     bool keepReasons)
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

void Validator::validate(Row& row, const int (&index)[ColCount])
{
    check(row, index);
    m_cap.apply(row);
    if (row.invalid()) {
        row.c.reset();
        if (!m_keepRows)
            row.fields = QStringList{};
    }
}

QString Validator::cell(const Row& row, int c) const
{
    const int i = (*m_index)[c];
    return (i < 0 || i >= row.fields.size()) ? QString() : row.fields[i].trimmed();
}

void Validator::problem(Row& row, int c, const QString& reason) const
{
    row.problems << LedgerProblem{row.line, columnName(c), reason};
}

const DateCell& Validator::date(const QString& v)
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

// The memo of one lookup: `make` runs once per distinct cell text, until the memo is full.
template <class Make> const Lookup& Validator::memo(QHash<QString, Lookup>& cache, const QString& key, Make make)
{
    if (auto it = cache.find(key); it != cache.end())
        return *it;
    Lookup l = make();
    if (cache.size() >= kMemoEntries)
        return m_scratch = l;
    return *cache.insert(key, l);
}

const Lookup& Validator::vocabulary(vocab::List list, const QString& v)
{
    return memo(m_vocab[int(list)], v, [&] {
        Lookup l;
        if (auto code = vocab::parse(list, v))
            l.code = *code;
        else
            l.error = LedgerImporter::tr("\"%1\" is not a %2").arg(v, vocab::listName(list));
        return l;
    });
}

const Lookup& Validator::category(const QString& v)
{
    return memo(m_categories, v, [&] {
        Lookup l;
        if (auto code = m_rd.findCategory(v))
            l.code = *code;
        else
            l.error = LedgerImporter::tr("\"%1\" is not a configured dispute category").arg(v);
        return l;
    });
}

const Lookup& Validator::department(const QString& v, bool window)
{
    return memo(window ? m_windows : m_departments, v, [&] {
        Lookup l;
        if (auto code = m_rd.findDepartment(v, window))
            l.code = *code;
        else if (window && m_rd.findDepartment(v))
            l.error = LedgerImporter::tr("\"%1\" is a department but not an intake window").arg(v);
        else
            l.error = LedgerImporter::tr("\"%1\" is not a department of this site").arg(v);
        return l;
    });
}

const Lookup& Validator::township(const QString& v)
{
    return memo(m_townshipCache, v, [&] {
        Lookup l;
        l.code = m_townships.value(text::matchKey(v));
        if (!l.code.isEmpty())
            return l;
        if (auto other = m_rd.findDivision(v)) {
            const NamedCode* d = m_rd.division(*other);
            const NamedCode* parent = d ? m_rd.division(d->parentCode) : nullptr;
            l.error = LedgerImporter::tr("\"%1\" is not a township of %2 (it belongs to %3)")
                          .arg(v, m_rd.divisionName(m_rd.siteDivision), parent ? parent->name() : QStringLiteral("?"));
        } else {
            l.error = LedgerImporter::tr("\"%1\" is not a township of %2").arg(v, m_rd.divisionName(m_rd.siteDivision));
        }
        return l;
    });
}

const Lookup& Validator::village(const QString& townshipCode, const QString& v)
{
    return memo(m_villages, townshipCode + QChar(0x1f) + v, [&] {
        Lookup l;
        if (auto code = m_rd.findDivision(v, townshipCode))
            l.code = *code;
        else
            l.error = LedgerImporter::tr("\"%1\" is not a village or community of %2")
                          .arg(v, m_rd.divisionName(townshipCode));
        return l;
    });
}

const QList<Milestone>& Validator::milestones(const QString& caseType, const QDate& filed)
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

void Validator::check(Row& row, const int (&index)[ColCount])
{
    m_index = &index;
    checkShape(row);
    row.c = std::make_unique<CaseRecord>();
    Cells cells;
    if (!readCells(row, cells))
        return;
    checkNumber(row, cells);
    checkIntake(row, cells);
    checkParties(row, cells);
    checkPlace(row, cells);
    readOutcome(row, cells);
    checkStatusRules(row, cells);
    checkJudicial(row, cells);
    if (!row.problems.isEmpty())
        return;
    fillMilestones(row, cells);
    row.hash = contentHash(*row.c, cells);
}

// Cells beyond the header's named columns.
void Validator::checkShape(Row& row) const
{
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
}

// First what no cell may hold (control and direction characters, U+FFFD) and the lengths: a row
// with such a cell goes no further (false), so no later message quotes the cell. Then the required cells.
bool Validator::readCells(Row& row, Cells& cells) const
{
    QString(&v)[ColCount] = cells.v;
    bool unfit = false;
    for (int i = 0; i < ColCount; ++i) {
        v[i] = cell(row, i);
        if (!v[i].isEmpty() && !text::fieldProblem(v[i], kKinds[i], {}).isEmpty()) {
            problem(row, i, text::fieldProblem(v[i], kKinds[i], columnName(i)));
            unfit = true;
        }
    }
    if (unfit)
        return false;
    for (int i = 0; i < ColCount; ++i)
        if (kColumns[i].required && v[i].isEmpty())
            problem(row, i, LedgerImporter::tr("a value is required"));
    return true;
}

void Validator::checkNumber(Row& row, const Cells& cells)
{
    CaseRecord& c = *row.c;
    // Kept as given (full-width brackets are part of the official form), without invisible characters.
    c.caseNo = text::caseNumber(cells.v[CaseNo]);
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
}

QDate Validator::dateOf(Row& row, const Cells& cells, int col)
{
    if (cells.v[col].isEmpty())
        return {};
    const DateCell& d = date(cells.v[col]);
    if (!d.error.isEmpty())
        problem(row, col, d.error);
    return d.date;
}

QString Validator::vocabOf(Row& row, const Cells& cells, int col, vocab::List list)
{
    if (cells.v[col].isEmpty())
        return {};
    const Lookup& l = vocabulary(list, cells.v[col]);
    if (!l.error.isEmpty())
        problem(row, col, l.error);
    return l.code;
}

QString Validator::lookupOf(Row& row, int col, const Lookup& l) const
{
    if (!l.error.isEmpty())
        problem(row, col, l.error);
    return l.code;
}

void Validator::checkIntake(Row& row, const Cells& cells)
{
    CaseRecord& c = *row.c;
    const QString(&v)[ColCount] = cells.v;
    c.receivedOn = dateOf(row, cells, ReceivedOn);
    c.caseType = vocabOf(row, cells, CaseType, vocab::List::CaseType);
    c.source = vocabOf(row, cells, Source, vocab::List::Source);
    if (!v[Window].isEmpty())
        c.windowCode = lookupOf(row, Window, department(v[Window], true));
    if (!v[Category].isEmpty())
        c.categoryCode = lookupOf(row, Category, category(v[Category]));
}

void Validator::checkParties(Row& row, const Cells& cells) const
{
    CaseRecord& c = *row.c;
    const QString(&v)[ColCount] = cells.v;
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
    if (v[RespondentName].isEmpty())
        return;
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

void Validator::checkPlace(Row& row, const Cells& cells)
{
    CaseRecord& c = *row.c;
    const QString(&v)[ColCount] = cells.v;
    if (!v[Headcount].isEmpty()) {
        bool ok = false;
        const int n = text::normalized(v[Headcount]).toInt(&ok);
        if (!ok || n < 1)
            problem(row, Headcount, LedgerImporter::tr("\"%1\" is not a whole number of at least 1").arg(v[Headcount]));
        else
            c.headcount = n;
    }
    if (!v[Township].isEmpty()) {
        c.townshipCode = lookupOf(row, Township, township(v[Township]));
        if (!v[Village].isEmpty() && !c.townshipCode.isEmpty())
            c.villageCode = lookupOf(row, Village, village(c.townshipCode, v[Village]));
    }
    // Kept as written (inner line breaks included); only the cell's outer spaces go.
    c.summary = v[Summary];
    if (!v[LeadDepartment].isEmpty())
        c.leadDepartmentCode = lookupOf(row, LeadDepartment, department(v[LeadDepartment], false));
}

void Validator::readOutcome(Row& row, Cells& cells)
{
    CaseRecord& c = *row.c;
    c.status = vocabOf(row, cells, CaseStatus, vocab::List::Status);
    cells.givenDue = dateOf(row, cells, DueOn);
    c.endedOn = dateOf(row, cells, EndedOn);
    c.outcome = vocabOf(row, cells, Outcome, vocab::List::Outcome);
    cells.givenLevel = vocabOf(row, cells, ResolutionLevel, vocab::List::ResolutionLevel);
    if (!cells.v[Satisfaction].isEmpty())
        c.satisfaction = vocabOf(row, cells, Satisfaction, vocab::List::Satisfaction);
    cells.terminal = !c.status.isEmpty() && vocab::isTerminalStatus(c.status);
}

// The columns that depend on the status, and the dates against the day received; sets the
// resolution level of a closed or escalated case.
void Validator::checkStatusRules(Row& row, const Cells& cells) const
{
    CaseRecord& c = *row.c;
    const QString(&v)[ColCount] = cells.v;
    const QString& givenLevel = cells.givenLevel;
    const bool terminal = cells.terminal;
    const bool closed = hasStatus(c.status, ow::CaseStatus::Closed);
    const bool escalated = hasStatus(c.status, ow::CaseStatus::Escalated);
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
    if (c.receivedOn.isValid() && cells.givenDue.isValid() && cells.givenDue < c.receivedOn)
        problem(row, DueOn,
                LedgerImporter::tr("%1 is before the date received %2")
                    .arg(cells.givenDue.toString(Qt::ISODate), c.receivedOn.toString(Qt::ISODate)));
    if (closed)
        c.resolutionLevel = givenLevel.isEmpty() ? m_rd.siteLevel : givenLevel;
    else if (escalated)
        c.resolutionLevel = QStringLiteral("escalated");
}

void Validator::checkJudicial(Row& row, const Cells& cells) const
{
    CaseRecord& c = *row.c;
    const QString(&v)[ColCount] = cells.v;
    if (v[JudicialConfirmed].isEmpty())
        return;
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

void Validator::fillMilestones(Row& row, const Cells& cells)
{
    CaseRecord& c = *row.c;
    const QDate& givenDue = cells.givenDue;
    // A case not yet accepted (reported) or not accepted at all (rejected) has no filing date; its
    // deadlines still run from the day received, as for every ledger row (cli.md).
    if (!hasStatus(c.status, ow::CaseStatus::Reported) && !hasStatus(c.status, ow::CaseStatus::Rejected))
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
        if (cells.terminal)
            m.metOn = c.endedOn;
    }
    if (!c.dueOn.isValid())
        c.dueOn = givenDue;
}

// The content hash covers what the row says (parsed, normalized), not how it was written, so
// the same ledger saved as GB18030 or with other date formats is still "unchanged".
QString Validator::contentHash(const CaseRecord& c, const Cells& cells)
{
    const Party& applicant = c.parties.first();
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
                      isoDate(cells.givenDue),
                      isoDate(c.endedOn),
                      c.outcome,
                      cells.givenLevel,
                      c.judicialConfirmed ? QString::number(*c.judicialConfirmed) : QString(),
                      c.satisfaction};
    for (qsizetype i = 1; i < c.parties.size(); ++i)
        parts << c.parties[i].name;
    return sha256Hex(parts.join(sep).toUtf8());
}

RowCheck::RowCheck(Database& db, const ReferenceData& rd, const Header& header, bool keepReasons,
                   std::vector<Row>& rows)
    : m_db(db)
    , m_rd(rd)
    , m_header(header)
    , m_keepReasons(keepReasons)
    , m_validator(db, rd, header.cells.size(), header.unnamed, keepReasons)
    , m_data(rows.data()) // not resized from here on: the validating thread holds it too
    , m_count(qsizetype(rows.size()))
{}

void RowCheck::start(bool dryRun)
{
    const bool twoCores = m_count >= kLargeFile && QThread::idealThreadCount() > 1;
    m_timer.start();
    if (twoCores && !dryRun && startBeside())
        return;
    if (twoCores && dryRun)
        checkHalves();
    else
        checkRange(m_validator, 0, m_count);
    m_feed.publish(m_count, false);
    m_validateMs = m_timer.elapsed();
}

qint64 RowCheck::finish()
{
    if (m_beside.joinable())
        m_beside.join();
    return m_validateMs; // written by that thread: read only after the join
}

bool RowCheck::startBeside()
{
    try {
        m_beside = std::thread([this] {
            for (qsizetype i = 0; i < m_count; ++i) {
                m_validator.validate(m_data[i], m_header.index);
                m_feed.publish(i + 1, (i + 1) % 512 == 0 || i + 1 == m_count);
            }
            m_validateMs = m_timer.elapsed();
        });
        return true;
    } catch (const std::system_error&) {
        return false; // no second thread to be had: checked here, before anything is written
    }
}

void RowCheck::checkHalves()
{
    Validator second(m_db, m_rd, m_header.cells.size(), m_header.unnamed, m_keepReasons);
    const qsizetype half = m_count / 2;
    std::thread other([&] { checkRange(second, half, m_count); });
    checkRange(m_validator, 0, half);
    other.join();
}

void RowCheck::checkRange(Validator& validator, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        validator.validate(m_data[i], m_header.index);
}

} // namespace ow::ledger
