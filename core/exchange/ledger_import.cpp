// Ledger import: decode, parse, validate every row with precomputed lookups, and write the valid
// rows in one transaction through CaseWriter; a large file is validated on a second core while the
// rows already validated are written (100,000 rows in about five seconds). The columns and rows are
// in ledger_rows.*, the check of one row in ledger_validator.*. On a PostgreSQL server the same steps
// run in one server transaction: CaseWriter writes there as intake's does (docs/postgresql.md,
// "Ledger import on a server").
#include "exchange/ledger_import.h"

#include "exchange/ledger_rows.h"
#include "exchange/ledger_validator.h"
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

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <future>
#include <map>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace ow {
namespace {

// The advisory lock that keeps two ledger imports on a server one after the other (any number the
// program uses for nothing else; security/audit.cpp has the audit chain's).
constexpr qint64 kLedgerImportLock = 0x4F574C4544; // "OWLED"

using namespace ledger;

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

// One import of one file: the steps of LedgerImporter::importBytes and what they hand each other.
class ImportRun
{
public:
    ImportRun(Database& db, const QByteArray& bytes, const QString& fileName, const LedgerOptions& options)
        : m_db(db)
        , m_bytes(bytes)
        , m_fileName(fileName)
        , m_options(options)
        , m_listed(options.skipInvalid)
    {}
    // The thread freeing the rows (freeRowsBeside) ends before the import returns.
    ~ImportRun()
    {
        if (m_freeing.joinable())
            m_freeing.join();
    }
    ImportRun(const ImportRun&) = delete;
    ImportRun& operator=(const ImportRun&) = delete;

    LedgerReport run();

private:
    void startPrecomputing();
    bool parse(csv::ParseResult& parsed);
    bool readHeader(const csv::Record& record);
    void takeRows(csv::ParseResult& parsed);
    Status loadNumbering();
    Status readCounters();
    void prepareWriter();
    void startWriter();
    void reconcile(RowCheck& check);
    void reconcileRow(Row& row);
    void collectProblems();
    bool assignNumbers();
    Status raiseCounters();
    Status queueForSearch();
    Status finishWrite();
    void writeRow(Row& row);
    void freeRowsBeside();
    void progress(LedgerOptions::Stage stage, qint64 done) const
    {
        if (m_options.progress)
            m_options.progress(stage, done, m_count);
    }
    LedgerReport& refuse()
    {
        m_report.imported = 0;
        m_report.unchanged = 0;
        m_report.writeMs = m_timer.restart();
        return m_report; // the transaction, if any, rolls back
    }
    void noteSequence(int year, qint64 seq)
    {
        if (seq > 0 && seq > m_lastSeq[year])
            m_lastSeq[year] = seq;
    }

    Database& m_db;
    const QByteArray& m_bytes;
    const QString m_fileName;
    const LedgerOptions& m_options;
    LedgerReport m_report;
    QElapsedTimer m_timer;
    // Made meanwhile on another core when the file is large: the file's hash for the audit entry, and
    // the sorted ids of the rows to write, about six per line (the case, two parties, a milestone or
    // two, the import event; should a file need more, the rest are drawn one by one).
    std::future<QString> m_fileHash;
    std::future<QStringList> m_ids;
    Header m_header;
    std::optional<ReferenceData> m_rd;
    std::vector<Row> m_rows;
    qsizetype m_count = 0;
    // What this file is checked against: the site's numbers and content hashes, and the highest
    // sequence number in use per year (the site's pattern numbers rows without one after it).
    QHash<QString, QString> m_hashByNo;
    QSet<QString> m_knownHashes;
    int m_existingCases = 0;
    std::optional<NumberPattern> m_pattern;
    std::map<int, qint64> m_lastSeq; // year → highest sequence in use
    // The rows already seen: their numbers (by key) and content hashes.
    QHash<QString, int> m_lineOfNo;
    QSet<QString> m_fileHashes;
    ProblemCap m_listed; // the problems found while reconciling, kept or counted as the validators do theirs
    QList<Row*> m_toNumber;
    int m_invalid = 0;
    // The write, torn down in this order's reverse: the writer, the cache settings, the transaction.
    std::optional<WriteTransaction> m_tx;
    std::optional<bulk::PageCache> m_cache;
    std::optional<bulk::NoSpill> m_noSpill;
    std::optional<CaseWriter> m_writer;
    QByteArrayList m_indexes, m_triggers;
    QString m_now;
    QString m_importedFrom;
    Status m_st; // ok until a statement fails
    std::thread m_freeing;
};

LedgerReport ImportRun::run()
{
    m_timer.start();
    startPrecomputing();
    // 1. Parse.
    if (m_bytes.size() > limits::kFileBytes) {
        m_report.fileError = LedgerImporter::tooLarge(m_fileName, m_bytes.size());
        return m_report;
    }
    csv::ParseResult parsed;
    if (!parse(parsed))
        return m_report;
    // 2. Header.
    if (!readHeader(parsed.records.first()))
        return m_report;
    // 3. The rows, then their validation.
    m_rd = ReferenceData::load(m_db);
    takeRows(parsed);
    RowCheck check(m_db, *m_rd, m_header, m_options.skipInvalid, m_rows);
    progress(m_options.dryRun ? LedgerOptions::Stage::Checking : LedgerOptions::Stage::Writing, 0);
    check.start(m_options.dryRun);
    m_timer.restart(); // writeMs: from here (while a large import's rows are still being checked)

    // The write lock first: the numbers and content read below must still be true when the rows are
    // written (an intake at another desk meanwhile took the number this import was about to give).
    // Another writer waits for this one, and this one for it (Database::kMaxWaitMs).
    if (!m_options.dryRun)
        m_tx.emplace(m_db);
    if (Status loaded = loadNumbering(); !loaded) {
        m_report.validateMs = check.finish();
        m_report.databaseError = true;
        m_report.fileError = LedgerImporter::tr("Nothing was imported: %1").arg(loaded.error());
        return refuse();
    }
    // 4. The write: one transaction, prepared statements, one audit entry.
    prepareWriter();
    reconcile(check);
    m_report.validateMs = check.finish();
    collectProblems();
    m_report.rejected = m_invalid;
    if (m_invalid > 0 && !m_options.skipInvalid)
        return refuse();
    if (m_tx && !m_tx->active()) {
        m_report.databaseError = true;
        m_report.fileError = m_tx->error();
        return refuse();
    }
    if (m_invalid > 0 && !m_options.rejectsPath.isEmpty()) {
        if (Status s = writeRejects(m_options.rejectsPath, m_header.cells, m_rows); !s) {
            m_report.fileError = s.error();
            return refuse();
        }
    }
    if (!assignNumbers())
        return refuse();
    if (!m_writer || m_report.imported == 0) {
        m_report.ok = true;
        m_report.writeMs = m_timer.restart();
        return m_report;
    }
    progress(LedgerOptions::Stage::Saving, m_count);
    if (Status st = finishWrite(); !st) {
        m_tx->rollback();
        m_report.databaseError = true;
        m_report.fileError = LedgerImporter::tr("Nothing was imported: %1").arg(st.error());
        return refuse();
    }
    m_report.ok = true;
    m_report.writeMs = m_timer.restart();
    return m_report;
}

void ImportRun::startPrecomputing()
{
    if (m_bytes.size() < (1 << 20) || m_bytes.size() > limits::kFileBytes || QThread::idealThreadCount() <= 1)
        return;
    m_fileHash = std::async(std::launch::async, [&bytes = m_bytes] { return sha256Hex(bytes); });
    // No more than the rows a file may have (more are refused).
    const qsizetype lines = std::min<qsizetype>(m_bytes.count('\n') + 1, limits::kFileRows + 1);
    if (!m_options.dryRun)
        m_ids = std::async(std::launch::async, [lines] { return CaseWriter::sortedNewIds(lines * 6); });
}

// Decodes and parses the file; false, with the report saying why, when it is not a table of rows.
bool ImportRun::parse(csv::ParseResult& parsed)
{
    {
        auto decoded = csv::decode(m_bytes, m_options.encoding);
        if (!decoded) {
            m_report.fileError = decoded.error();
            return false;
        }
        m_report.encoding = decoded->encoding;
        m_report.encodingNote = decoded->note;
        csv::ParseLimits limits;
        limits.dataRecords = limits::kFileRows;
        parsed = csv::parse(decoded->text, limits);
    } // the decoded text goes: only the cells are kept
    m_report.parseMs = m_timer.restart();
    if (parsed.error) {
        // The column of a cell beyond its limit, by the header's name for it when there is a header.
        QString column;
        if (parsed.error.kind == csv::ParseError::Kind::CellTooLong) {
            const int cell = parsed.error.cell - 1;
            const int c =
                parsed.records.isEmpty() ? -1 : LedgerImporter::columnOf(parsed.records.first().fields.value(cell));
            column = c >= 0 ? columnName(c) : LedgerImporter::tr("column %1").arg(cell + 1);
        }
        m_report.problems << LedgerProblem{parsed.error.line, column, csv::describe(parsed.error)};
        return false;
    }
    if (parsed.unterminatedQuoteLine > 0) {
        m_report.problems << LedgerProblem{
            parsed.unterminatedQuoteLine,
            {},
            LedgerImporter::tr("a quoted field starts here and never ends (a missing \")")};
        return false;
    }
    if (parsed.records.isEmpty()) {
        m_report.fileError =
            LedgerImporter::tr("%1 is empty: the first line must hold the column headers.").arg(m_fileName);
        return false;
    }
    return true;
}

// Finds the columns of the header; false, with the report's problems, when one is unknown, repeated
// or a required one is missing.
bool ImportRun::readHeader(const csv::Record& record)
{
    m_header.cells = record.fields;
    std::fill(std::begin(m_header.index), std::end(m_header.index), -1);
    for (int i = 0; i < m_header.cells.size(); ++i) {
        const QString h = m_header.cells[i].trimmed();
        if (h.isEmpty()) {
            m_header.unnamed << i;
            continue;
        }
        const int c = LedgerImporter::columnOf(h);
        if (c < 0)
            m_report.problems << LedgerProblem{record.line, text::visible(h), LedgerImporter::tr("unknown column")};
        else if (m_header.index[c] >= 0)
            m_report.problems << LedgerProblem{record.line, text::visible(h),
                                               LedgerImporter::tr("the column appears twice")};
        else
            m_header.index[c] = i;
    }
    for (int c = 0; c < ColCount; ++c)
        if (kColumns[c].required && m_header.index[c] < 0)
            m_report.problems << LedgerProblem{record.line, columnName(c),
                                               LedgerImporter::tr("this required column is missing")};
    return m_report.problems.isEmpty();
}

// The records after the header become rows, without the blank ones.
void ImportRun::takeRows(csv::ParseResult& parsed)
{
    m_rows.reserve(parsed.records.size() - 1);
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
        m_rows.push_back(std::move(row));
    }
    parsed.records = {}; // the cells live on in the rows
    m_count = qsizetype(m_rows.size());
}

// What the file is checked against and numbered after: the site's cases and case_numbers. On a server
// two locks, held until the commit: first the ledger imports' own advisory lock, so that a second
// import waits and then reads the cases this one wrote; then, once the site's cases are read (3.6 s
// of 1,000,000 on the bench's server), case_numbers in SHARE ROW EXCLUSIVE mode: an intake at another
// desk numbers a case by writing that table (workflow/case_numbers.cpp), so from here it waits for
// this import, and this import for an intake already under way, whose number it then reads
// (gap-free and unique on both sides; docs/postgresql.md, "Ledger import on a server"). Intakes go
// on while the cases are read; their numbers are in the counters read under the lock. A dry run
// reads without either.
Status ImportRun::loadNumbering()
{
    const bool locking = m_db.isServer() && m_tx && m_tx->active();
    auto lock = [this](const QString& sql) -> Status {
        QSqlQuery q(m_db.sql());
        if (!q.exec(sql))
            return fail(m_db.errorMessage(q.lastError()));
        return {};
    };
    if (locking)
        if (Status s = lock(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kLedgerImportLock)); !s)
            return s;
    m_existingCases = loadExisting(m_db, m_rd->siteCode, m_hashByNo, m_knownHashes);
    if (m_existingCases < 0)
        return fail(LedgerImporter::tr("cannot read this center's cases from the server; check the connection to the "
                                       "server and import the file again."));
    if (locking)
        if (Status s = lock(QStringLiteral("LOCK TABLE case_numbers IN SHARE ROW EXCLUSIVE MODE")); !s)
            return s;
    m_pattern.emplace(sitePattern(m_db));
    if (Status s = readCounters(); !s)
        return s;
    for (auto it = m_hashByNo.cbegin(); it != m_hashByNo.cend(); ++it)
        if (const auto m = m_pattern->match(it.key()))
            noteSequence(m->first, m->second);
    return {};
}

// The site's last sequence number per year (a few rows: Qt's connection on both stores).
Status ImportRun::readCounters()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT year, last_seq FROM case_numbers WHERE site_code = ?"));
    q.addBindValue(m_rd->siteCode);
    if (!q.exec())
        return fail(m_db.errorMessage(q.lastError()));
    while (q.next())
        m_lastSeq[q.value(0).toInt()] = q.value(1).toLongLong();
    return {};
}

// A large page cache, and every changed page and the statement journal in memory until the
// commit (SQLite's defaults made a bulk import write far more than it stores). On a server the
// CaseWriter writes through Qt's connection in the server transaction, with the server's indexes and
// triggers as they are: its triggers queue the new cases for search and journal them for the row audit.
void ImportRun::prepareWriter()
{
    m_now = utcNow();
    m_importedFrom = LedgerImporter::tr("Imported from %1, line %2");
    if (m_options.dryRun)
        return;
    if (m_db.isServer()) {
        if (m_tx->active())
            startWriter();
        return;
    }
    sqlite3* h = m_db.handle();
    m_cache.emplace(h, QStringLiteral("main"));
    m_noSpill.emplace(h, true);
    if (!m_tx->active())
        return;
    // Inside the transaction: a failed import rolls the dropped indexes back with everything else.
    if (m_count >= kBulkRows && m_count > m_existingCases)
        m_indexes = bulk::dropSecondaryIndexes(h, {QStringLiteral("cases"), QStringLiteral("parties"),
                                                   QStringLiteral("milestones"), QStringLiteral("case_events")});
    m_triggers = bulk::dropSearchQueueTriggers(h);
    startWriter();
}

void ImportRun::startWriter()
{
    m_writer.emplace(m_db);
    if (m_ids.valid())
        m_writer->useIds(m_ids.get());
    else
        m_writer->reserveIds(m_count * 6);
    m_writer->setBatch(50);
}

void ImportRun::writeRow(Row& row)
{
    CaseRecord& c = *row.c;
    c.siteCode = m_rd->siteCode;
    c.createdAt = m_now;
    c.updatedAt = m_now;
    c.contentHash = row.hash;
    c.timeline << TimelineEvent{m_now, m_options.actor, QStringLiteral("ledger_import"),
                                m_importedFrom.arg(m_fileName, QString::number(row.line))};
    if (Status s = m_writer->insert(c, row.line); !s)
        m_st = fail(LedgerProblem{int(m_writer->failedTag()), {}, s.error()}.text());
}

// Each row in file order, as soon as it is checked: against the rows before it and the database
// (a number used twice, an unchanged row, a number whose content changed), then written. Rows
// without a number wait until every row is checked: their numbers come after the highest in use.
void ImportRun::reconcile(RowCheck& check)
{
    for (qsizetype i = 0; i < m_count; ++i) {
        check.waitFor(i);
        if (i % 4096 == 4095)
            progress(m_writer ? LedgerOptions::Stage::Writing : LedgerOptions::Stage::Checking, i + 1);
        Row& row = m_rows[size_t(i)];
        if (!row.invalid())
            reconcileRow(row);
        if (row.invalid()) {
            ++m_invalid;
        } else if (row.unchanged) {
            ++m_report.unchanged;
        } else {
            ++m_report.imported;
            if (row.assignNumber) {
                m_toNumber << &row;
            } else {
                noteSequence(row.year, row.seq); // matched by the validation
                if (m_writer && m_st && (m_invalid == 0 || m_options.skipInvalid))
                    writeRow(row);
            }
        }
    }
}

// A valid row against the rows before it and the database.
void ImportRun::reconcileRow(Row& row)
{
    auto add = [&](LedgerProblem p) {
        row.problems << std::move(p);
        m_listed.apply(row);
    };
    const QString& no = row.c->caseNo;
    bool repeated = false;
    if (!no.isEmpty()) {
        if (const auto it = m_lineOfNo.constFind(row.key); it != m_lineOfNo.cend()) {
            add(LedgerProblem{row.line, columnName(CaseNo),
                              LedgerImporter::tr("the case number %1 is also on line %2").arg(no).arg(*it)});
            repeated = true;
        } else {
            m_lineOfNo.insert(row.key, row.line);
            if (const auto known = m_hashByNo.constFind(row.key); known != m_hashByNo.cend()) {
                if (*known == row.hash)
                    row.unchanged = true;
                else
                    add(LedgerProblem{row.line, columnName(CaseNo),
                                      LedgerImporter::tr("case %1 already exists with different "
                                                         "content; correct it in the application "
                                                         "or give this row another number")
                                          .arg(no)});
            }
        }
    } else if (m_knownHashes.contains(row.hash) || m_fileHashes.contains(row.hash)) {
        // Without a number, the content is the identity: a row imported before (or repeated
        // in this file) is not imported twice.
        row.unchanged = true;
    }
    if (!repeated)
        m_fileHashes.insert(row.hash);
}

// The first limits::kListedProblems problems in line order; the others counted (a validator or
// the reconciliation dropped a row's text only after as many problems on earlier lines).
void ImportRun::collectProblems()
{
    for (const Row& row : m_rows) {
        for (const LedgerProblem& p : row.problems) {
            if (m_report.problems.size() < limits::kListedProblems)
                m_report.problems << p;
            else
                ++m_report.unlisted;
        }
        m_report.unlisted += row.unlisted;
    }
}

// Numbers the rows without one after the highest in use of their year, and writes them; false, with
// the problem, when a year has no number left.
bool ImportRun::assignNumbers()
{
    for (Row* row : std::as_const(m_toNumber)) {
        const int year = row->c->receivedOn.year();
        if (m_lastSeq[year] >= limits::kCaseSequence) {
            m_report.problems << LedgerProblem{
                row->line, columnName(CaseNo),
                LedgerImporter::tr("no case number is left for %1: the numbers in use reach %2, the highest a year "
                                   "may have; give this row its number, or check the numbers of %1")
                    .arg(year)
                    .arg(i18n::locale().toString(m_lastSeq[year]))};
            m_report.rejected = m_invalid + 1;
            return false;
        }
        row->c->caseNo = m_pattern->format(year, ++m_lastSeq[year]);
        if (m_writer && m_st)
            writeRow(*row);
    }
    return true;
}

// Numbers in use (given or assigned) raise the counter, so intake never reissues them. One upsert
// that both stores read alike (a counter is only ever raised).
Status ImportRun::raiseCounters()
{
    QSqlQuery up(m_db.sql());
    up.prepare(
        QStringLiteral("INSERT INTO case_numbers(site_code, year, last_seq) VALUES(?,?,?) ON CONFLICT(site_code, "
                       "year) DO UPDATE SET last_seq = excluded.last_seq WHERE excluded.last_seq > "
                       "case_numbers.last_seq"));
    for (const auto& [year, seq] : m_lastSeq) {
        if (seq == 0)
            continue;
        up.addBindValue(m_rd->siteCode);
        up.addBindValue(year);
        up.addBindValue(seq);
        if (!up.exec())
            return fail(m_db.errorMessage(up.lastError()));
    }
    return {};
}

// Every case this import wrote carries created_at = now (queueing an older case written in the
// same millisecond as well only indexes it again).
Status ImportRun::queueForSearch()
{
    if (m_triggers.isEmpty())
        return {};
    sqlite3* h = m_db.handle();
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(h, "INSERT OR IGNORE INTO search_pending SELECT id FROM cases WHERE created_at = ?", -1, &q,
                       nullptr);
    const QByteArray at = m_now.toUtf8();
    sqlite3_bind_text(q, 1, at.constData(), int(at.size()), SQLITE_TRANSIENT);
    Status st;
    if (sqlite3_step(q) != SQLITE_DONE)
        st = fail(databaseErrorMessage(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h))));
    sqlite3_finalize(q);
    return st;
}

// The rest of the write once every row is inserted: the counters, the search queue, the indexes,
// the audit entry, the commit.
Status ImportRun::finishWrite()
{
    Status st = m_st;
    if (st) {
        if (Status s = m_writer->flush(); !s)
            st = fail(LedgerProblem{int(m_writer->failedTag()), {}, s.error()}.text());
    }
    if (st)
        freeRowsBeside();
    if (st)
        st = raiseCounters();
    if (st)
        st = queueForSearch();
    if (st && !m_db.isServer())
        st = bulk::recreate(m_db.handle(), m_triggers + m_indexes);
    if (st) {
        const QString detail = QStringLiteral("file=%1 imported=%2 unchanged=%3 rejected=%4 sha256=%5")
                                   .arg(m_fileName)
                                   .arg(m_report.imported)
                                   .arg(m_report.unchanged)
                                   .arg(m_report.rejected)
                                   .arg(m_fileHash.valid() ? m_fileHash.get() : sha256Hex(m_bytes));
        st = appendAudit(m_db, m_options.actor, QStringLiteral("ledger_import"), QStringLiteral("ledger"), m_fileName,
                         detail);
    }
    if (st)
        st = m_tx->commit();
    return st;
}

// A large file's rows hold millions of small allocations (100,000 rows: freeing them took 0.3-0.5 s
// after the commit). Once written they are freed on a thread of their own while this one rebuilds
// the indexes and commits; the destructor joins it.
void ImportRun::freeRowsBeside()
{
    if (m_count < kLargeFile)
        return;
    m_toNumber = {};
    try {
        m_freeing = std::thread([doomed = std::move(m_rows)] {});
    } catch (const std::system_error&) {
        // No thread to be had: the rows are freed with the import after all.
    }
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
    return ImportRun(m_db, bytes, fileName, options).run();
}

} // namespace ow
