// Prepared-statement inserts of whole cases through the SQLite handle of Qt's driver.
#include "storage/case_writer.h"

#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ow {
namespace {

// UTF-16 to UTF-8 at the end of `out` (reused: after the first rows nothing allocates). Strings with
// a surrogate go through Qt so that unpaired ones are replaced exactly as QString::toUtf8() does.
void appendUtf8(std::string& out, const QString& s)
{
    const size_t start = out.size();
    const qsizetype n = s.size();
    out.reserve(start + size_t(n) * 3);
    const char16_t* p = reinterpret_cast<const char16_t*>(s.constData());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x80) {
            out.push_back(char(c));
        } else if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            const QByteArray u = s.toUtf8();
            out.resize(start);
            out.append(u.constData(), size_t(u.size()));
            return;
        } else {
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(char(0x80 | (c & 0x3F)));
        }
    }
}

// The rows of one table waiting to be written, and the statements that write them: one INSERT with
// up to kMaxRows rows of VALUES. SQLite's work per statement (step, reset, the program's start) cost
// as much as the row itself: 500,000 party rows took 1.2 s one statement each, 0.6 s fifty at a time.
// Values are copied (text as UTF-8 into one buffer) and bound SQLITE_STATIC when the rows are written.
// On a PostgreSQL server the same statements run through Qt's connection (one QSqlQuery per size).
class Batch
{
public:
    static constexpr int kMaxRows = 50;

    Batch(Database& db, const char* insertHead, int columns)
        : m_db(db.handle())
        , m_server(db.isServer() ? &db : nullptr)
        , m_head(insertHead)
        , m_columns(columns)
    {}
    ~Batch()
    {
        for (sqlite3_stmt* st : m_statements)
            sqlite3_finalize(st);
    }
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    // The values of the row being added, by column (1-based, in the order of the INSERT's columns).
    Batch& text(int column, const QString& s)
    {
        if (s.isNull())
            return null(column);
        Cell& c = cell(column);
        c.type = Cell::Text;
        c.offset = m_text.size();
        appendUtf8(m_text, s);
        c.size = m_text.size() - c.offset;
        return *this;
    }
    // YYYY-MM-DD without QDate::toString, which formats through vasprintf (8% of a ledger import).
    Batch& date(int column, const QDate& d)
    {
        int y = 0, mo = 0, day = 0;
        if (d.isValid())
            d.getDate(&y, &mo, &day);
        if (y < 1000 || y > 9999)
            return null(column);
        Cell& c = cell(column);
        c.type = Cell::Text;
        c.offset = m_text.size();
        char b[10];
        for (int k = 3; k >= 0; --k, y /= 10)
            b[k] = char('0' + y % 10);
        b[4] = b[7] = '-';
        b[5] = char('0' + mo / 10);
        b[6] = char('0' + mo % 10);
        b[8] = char('0' + day / 10);
        b[9] = char('0' + day % 10);
        m_text.append(b, 10);
        c.size = 10;
        return *this;
    }
    Batch& integer(int column, qint64 v)
    {
        Cell& c = cell(column);
        c.type = Cell::Integer;
        c.value = v;
        return *this;
    }
    Batch& null(int column)
    {
        cell(column).type = Cell::Null;
        return *this;
    }
    // The row is complete; `tag` names it should writing it fail.
    void endRow(qint64 tag)
    {
        m_tags.push_back(tag);
        m_cells.resize(m_cells.size() + size_t(m_columns));
    }
    qsizetype rows() const { return qsizetype(m_tags.size()); }

    // Writes the rows added, kMaxRows per statement. When a statement fails (SQLite undoes all of
    // its rows), its rows are written again one by one to find the one at fault: its tag goes to
    // *failedTag.
    Status write(qint64* failedTag)
    {
        Status s;
        const size_t total = m_tags.size();
        for (size_t first = 0; first < total && s; first += kMaxRows) {
            const int count = int(qMin<size_t>(kMaxRows, total - first));
            // A server refuses every later statement of a transaction after a failed one: the rows
            // are tried one by one after going back to a savepoint.
            const bool savepoint = m_server && count > 1;
            if (savepoint)
                serverExec("SAVEPOINT ow_batch");
            s = run(first, count);
            if (savepoint)
                serverExec(s ? "RELEASE SAVEPOINT ow_batch" : "ROLLBACK TO SAVEPOINT ow_batch");
            if (!s && count == 1) {
                *failedTag = m_tags[first];
            } else if (!s) {
                for (int k = 0; k < count; ++k)
                    if (Status one = run(first + size_t(k), 1); !one) {
                        *failedTag = m_tags[first + size_t(k)];
                        s = one;
                        break;
                    }
            }
        }
        m_tags.clear();
        m_cells.assign(size_t(m_columns), Cell{}); // the first row's cells, ready
        m_text.clear();
        return s;
    }

private:
    struct Cell
    {
        enum Type
        {
            Null,
            Integer,
            Text
        } type = Null;
        qint64 value = 0;
        size_t offset = 0, size = 0;
    };
    Cell& cell(int column)
    {
        if (m_cells.empty())
            m_cells.resize(size_t(m_columns));
        return m_cells[m_tags.size() * size_t(m_columns) + size_t(column - 1)];
    }
    sqlite3_stmt* statement(int rows)
    {
        if (m_statements.empty())
            m_statements.assign(kMaxRows + 1, nullptr);
        sqlite3_stmt*& st = m_statements[size_t(rows)];
        if (!st) {
            const QByteArray text = sql(rows);
            sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &st, nullptr);
        }
        return st;
    }
    QByteArray sql(int rows) const
    {
        QByteArray sql = m_head + " VALUES";
        QByteArray row = "(?";
        for (int c = 1; c < m_columns; ++c)
            row += ",?";
        row += ')';
        for (int r = 0; r < rows; ++r)
            sql += (r ? "," : "") + row;
        return sql;
    }
    void serverExec(const char* statement) { QSqlQuery(m_server->sql()).exec(QString::fromLatin1(statement)); }
    Status runOnServer(size_t firstRow, int count)
    {
        auto& q = m_queries[size_t(count)];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_server->sql());
            if (!q->prepare(QString::fromLatin1(sql(count))))
                return fail(m_server->errorMessage(q->lastError()));
        }
        int param = 0;
        for (size_t i = firstRow * size_t(m_columns); i < (firstRow + size_t(count)) * size_t(m_columns);
             ++i, ++param) {
            const Cell& c = m_cells[i];
            if (c.type == Cell::Text)
                q->bindValue(param, QString::fromUtf8(m_text.data() + c.offset, qsizetype(c.size)));
            else if (c.type == Cell::Integer)
                q->bindValue(param, c.value);
            else
                q->bindValue(param, QVariant());
        }
        if (!q->exec())
            return fail(m_server->errorMessage(q->lastError()));
        return {};
    }
    Status run(size_t firstRow, int count)
    {
        if (m_server)
            return runOnServer(firstRow, count);
        sqlite3_stmt* st = statement(count);
        if (!st)
            return fail(databaseErrorMessage(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))));
        int param = 1;
        for (size_t i = firstRow * size_t(m_columns); i < (firstRow + size_t(count)) * size_t(m_columns);
             ++i, ++param) {
            const Cell& c = m_cells[i];
            if (c.type == Cell::Text)
                sqlite3_bind_text(st, param, m_text.data() + c.offset, int(c.size), SQLITE_STATIC);
            else if (c.type == Cell::Integer)
                sqlite3_bind_int64(st, param, c.value);
            else
                sqlite3_bind_null(st, param);
        }
        const int rc = sqlite3_step(st);
        Status s;
        if (rc != SQLITE_DONE)
            s = fail(databaseErrorMessage(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))));
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return s;
    }

    sqlite3* m_db;
    Database* m_server; // set on a PostgreSQL server, where m_db is null
    QByteArray m_head;
    int m_columns;
    std::vector<qint64> m_tags;                         // one per row added
    std::vector<Cell> m_cells;                          // rows × columns, plus the row being added
    std::string m_text;                                 // the text values, UTF-8, one after the other
    std::vector<sqlite3_stmt*> m_statements;            // by number of rows, prepared when first needed
    std::unique_ptr<QSqlQuery> m_queries[kMaxRows + 1]; // the same on a server
};

} // namespace

struct CaseWriter::Statements
{
    explicit Statements(Database& h)
        : cases(h,
                "INSERT INTO cases(id, site_code, case_no, case_type, source, window_code, category_code, "
                "township_code, village_code, summary, request, headcount, urgency, lead_department_code, status, "
                "received_on, received_at, filed_on, due_on, ended_on, outcome, resolution_level, judicial_confirmed, "
                "satisfaction, supervised, supervision_note, visit_count, applicant_name, origin, content_hash, "
                "created_at, updated_at, row_version)",
                33)
        , parties(h,
                  "INSERT INTO parties(id, case_id, role, kind, name, id_number, credit_code, phone, address, "
                  "sort_order, site_code, created_at, updated_at, legal_representative)",
                  14)
        , milestones(h,
                     "INSERT INTO milestones(id, case_id, milestone, counting, days, starts_on, due_on, "
                     "original_due_on, extended_days, met_on, site_code, created_at, updated_at)",
                     13)
        , events(h,
                 "INSERT INTO case_events(id, case_id, at, actor, action, detail, site_code, created_at, updated_at)",
                 9)
    {}
    // In this order: parties, milestones and events refer to their case.
    Batch cases, parties, milestones, events;
    QString siteCode;
    int batchCases = 1;
    qint64 failedTag = -1;
    QStringList ids; // reserved by reserveIds(), sorted
    qsizetype nextReserved = 0;
    QString nextId()
    {
        if (nextReserved < ids.size())
            return ids[nextReserved++];
        return newUuid();
    }
    Status write()
    {
        for (Batch* b : {&cases, &parties, &milestones, &events})
            if (Status s = b->write(&failedTag); !s)
                return s;
        return {};
    }
};

void CaseWriter::reserveIds(qsizetype count)
{
    useIds(sortedNewIds(count));
}

void CaseWriter::useIds(QStringList ids)
{
    m->ids = std::move(ids);
    m->nextReserved = 0;
}

QStringList CaseWriter::sortedNewIds(qsizetype count)
{
    // Drawn from the operating system's random source in one call and sorted as 128-bit numbers,
    // whose order is that of their lower-case hex text: a fifth of the time of making and sorting
    // that many QUuid strings. libsodium's randombytes_buf reads getrandom(): 8 MB for a 100,000-row
    // ledger in about 20 ms, where QRandomGenerator::system() (RDRAND on this CPU) took 25-250 ms.
    struct Raw
    {
        quint64 hi, lo;
        bool operator<(const Raw& o) const { return hi != o.hi ? hi < o.hi : lo < o.lo; }
    };
    std::vector<Raw> raw(size_t(qMax<qsizetype>(count, 0)));
    if (!raw.empty()) {
        if (sodium_init() >= 0)
            randombytes_buf(raw.data(), raw.size() * sizeof(Raw));
        else
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), qsizetype(raw.size()) * 4);
    }
    for (Raw& r : raw) {
        r.hi = (r.hi & ~quint64(0xF000)) | quint64(0x4000);           // version 4
        r.lo = (r.lo & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // variant 10xx
    }
    std::sort(raw.begin(), raw.end());
    static const char16_t hex[] = u"0123456789abcdef";
    QStringList ids;
    ids.reserve(qsizetype(raw.size()));
    for (const Raw& r : raw) {
        char16_t buf[36];
        int k = 0;
        for (int nibble = 15; nibble >= 0; --nibble) {
            if (nibble == 7 || nibble == 3)
                buf[k++] = u'-';
            buf[k++] = hex[(r.hi >> (nibble * 4)) & 0xF];
        }
        for (int nibble = 15; nibble >= 0; --nibble) {
            if (nibble == 15 || nibble == 11)
                buf[k++] = u'-';
            buf[k++] = hex[(r.lo >> (nibble * 4)) & 0xF];
        }
        ids << QString(reinterpret_cast<const QChar*>(buf), 36);
    }
    return ids;
}

CaseWriter::CaseWriter(Database& db)
    : m(std::make_unique<Statements>(db))
{
    m->siteCode = db.siteCode();
}

CaseWriter::~CaseWriter() = default;

void CaseWriter::setBatch(int cases)
{
    m->batchCases = qBound(1, cases, Batch::kMaxRows);
}

Status CaseWriter::flush()
{
    return m->write();
}

qint64 CaseWriter::failedTag() const
{
    return m->failedTag;
}

Status CaseWriter::insert(CaseRecord& c, qint64 tag)
{
    // utcNow() formats a QDateTime: only when a timestamp is missing (bulk callers set them once).
    QString now;
    auto stamp = [&now]() -> const QString& {
        if (now.isEmpty())
            now = utcNow();
        return now;
    };
    if (c.id.isEmpty())
        c.id = m->nextId();
    if (c.siteCode.isEmpty())
        c.siteCode = m->siteCode;
    if (c.createdAt.isEmpty())
        c.createdAt = stamp();
    if (c.updatedAt.isEmpty())
        c.updatedAt = c.createdAt;
    auto& s = m->cases;
    int i = 0;
    auto n = [&i] { return ++i; };
    s.text(n(), c.id).text(n(), c.siteCode).text(n(), c.caseNo.isEmpty() ? QString() : c.caseNo);
    s.text(n(), c.caseType).text(n(), c.source).text(n(), c.windowCode.isEmpty() ? QString() : c.windowCode);
    s.text(n(), c.categoryCode)
        .text(n(), c.townshipCode)
        .text(n(), c.villageCode.isEmpty() ? QString() : c.villageCode);
    s.text(n(), c.summary).text(n(), c.request.isEmpty() ? QString() : c.request).integer(n(), c.headcount);
    s.text(n(), c.urgency).text(n(), c.leadDepartmentCode.isEmpty() ? QString() : c.leadDepartmentCode);
    s.text(n(), c.status).date(n(), c.receivedOn).text(n(), c.receivedAt.isEmpty() ? QString() : c.receivedAt);
    s.date(n(), c.filedOn).date(n(), c.dueOn).date(n(), c.endedOn);
    s.text(n(), c.outcome.isEmpty() ? QString() : c.outcome);
    s.text(n(), c.resolutionLevel.isEmpty() ? QString() : c.resolutionLevel);
    if (c.judicialConfirmed)
        s.integer(n(), *c.judicialConfirmed ? 1 : 0);
    else
        s.null(n());
    s.text(n(), c.satisfaction).integer(n(), c.supervised ? 1 : 0);
    s.text(n(), c.supervisionNote.isEmpty() ? QString() : c.supervisionNote).integer(n(), c.visitCount);
    s.text(n(), c.applicantName()).text(n(), c.origin).text(n(), c.contentHash.isEmpty() ? QString() : c.contentHash);
    s.text(n(), c.createdAt).text(n(), c.updatedAt);
    s.integer(n(), c.rowVersion);
    s.endRow(tag);

    int order = 0;
    for (Party& p : c.parties) {
        if (p.id.isEmpty())
            p.id = m->nextId();
        auto& ps = m->parties;
        ps.text(1, p.id).text(2, c.id).text(3, p.role).text(4, p.kind).text(5, p.name);
        ps.text(6, p.idNumber.isEmpty() ? QString() : p.idNumber);
        ps.text(7, p.creditCode.isEmpty() ? QString() : p.creditCode);
        ps.text(8, p.phone.isEmpty() ? QString() : p.phone).text(9, p.address.isEmpty() ? QString() : p.address);
        ps.integer(10, order++).text(11, c.siteCode).text(12, c.createdAt).text(13, c.createdAt);
        ps.text(14, p.legalRepresentative.isEmpty() ? QString() : p.legalRepresentative);
        ps.endRow(tag);
    }
    for (const Milestone& ms : c.milestones) {
        auto& st = m->milestones;
        st.text(1, m->nextId()).text(2, c.id).text(3, ms.milestone).text(4, ms.counting).integer(5, ms.days);
        st.date(6, ms.startsOn).date(7, ms.dueOn).date(8, ms.originalDueOn.isValid() ? ms.originalDueOn : ms.dueOn);
        st.integer(9, ms.extendedDays).date(10, ms.metOn).text(11, c.siteCode).text(12, c.createdAt);
        st.text(13, c.createdAt);
        st.endRow(tag);
    }
    for (TimelineEvent& e : c.timeline) {
        if (e.at.isEmpty())
            e.at = stamp();
        auto& st = m->events;
        st.text(1, m->nextId()).text(2, c.id).text(3, e.at).text(4, e.actor).text(5, e.action);
        st.text(6, e.detail.isNull() ? QStringLiteral("") : e.detail);
        st.text(7, c.siteCode).text(8, c.createdAt).text(9, c.createdAt);
        st.endRow(tag);
    }
    // Written every batchCases cases (one case at a time by default: the rows are in the tables when
    // insert() returns).
    if (m->cases.rows() >= m->batchCases)
        return m->write();
    return {};
}

} // namespace ow
