// Prepared-statement inserts of whole cases through the SQLite handle of Qt's driver.
#include "storage/case_writer.h"

#include "storage/database.h"

#include <QRandomGenerator>
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ow {
namespace {

// UTF-16 to UTF-8 into `out` (reused: after the first rows no bind allocates). Strings with a
// surrogate go through Qt so that unpaired ones are replaced exactly as QString::toUtf8() does.
void appendUtf8(std::string& out, const QString& s)
{
    out.clear();
    const qsizetype n = s.size();
    out.reserve(size_t(n) * 3);
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
            out.assign(u.constData(), size_t(u.size()));
            return;
        } else {
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(char(0x80 | (c & 0x3F)));
        }
    }
}

class Stmt
{
public:
    Stmt(sqlite3* db, const char* sql)
        : m_db(db)
    {
        sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        m_text.resize(size_t(m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0) + 1);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    // The text is bound SQLITE_STATIC from this parameter's own buffer, which stays untouched until
    // the parameter is bound again after run(): no copy into SQLite, no allocation per value.
    Stmt& text(int i, const QString& s)
    {
        if (s.isNull()) {
            sqlite3_bind_null(m_stmt, i);
        } else {
            std::string& b = m_text[size_t(i)];
            appendUtf8(b, s);
            sqlite3_bind_text(m_stmt, i, b.data(), int(b.size()), SQLITE_STATIC);
        }
        return *this;
    }
    // YYYY-MM-DD without QDate::toString, which formats through vasprintf (8% of a ledger import).
    Stmt& date(int i, const QDate& d)
    {
        if (!d.isValid()) {
            sqlite3_bind_null(m_stmt, i);
            return *this;
        }
        int y = 0, mo = 0, day = 0;
        d.getDate(&y, &mo, &day);
        if (y < 1000 || y > 9999) {
            sqlite3_bind_null(m_stmt, i);
            return *this;
        }
        std::string& b = m_text[size_t(i)];
        b.resize(10);
        for (int k = 3; k >= 0; --k, y /= 10)
            b[size_t(k)] = char('0' + y % 10);
        b[4] = b[7] = '-';
        b[5] = char('0' + mo / 10);
        b[6] = char('0' + mo % 10);
        b[8] = char('0' + day / 10);
        b[9] = char('0' + day % 10);
        sqlite3_bind_text(m_stmt, i, b.data(), 10, SQLITE_STATIC);
        return *this;
    }
    Stmt& integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Stmt& null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Status run()
    {
        if (!m_stmt)
            return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        const int rc = sqlite3_step(m_stmt);
        Status s;
        if (rc != SQLITE_DONE)
            s = fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return s;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<std::string> m_text; // per parameter (index 0 unused)
};

} // namespace

struct CaseWriter::Statements
{
    explicit Statements(sqlite3* h)
        : caseInsert(
              h, "INSERT INTO cases(id, site_code, case_no, case_type, source, window_code, category_code, "
                 "township_code, village_code, summary, request, headcount, urgency, lead_department_code, "
                 "status, received_on, received_at, filed_on, due_on, ended_on, outcome, resolution_level, "
                 "judicial_confirmed, satisfaction, supervised, supervision_note, visit_count, applicant_name, "
                 "origin, content_hash, created_at, updated_at, row_version) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                 "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , partyInsert(h, "INSERT INTO parties(id, case_id, role, kind, name, id_number, credit_code, phone, address, "
                         "sort_order, site_code, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , milestoneInsert(h, "INSERT INTO milestones(id, case_id, milestone, counting, days, starts_on, due_on, "
                             "original_due_on, extended_days, met_on, site_code, created_at, updated_at) "
                             "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , eventInsert(h, "INSERT INTO case_events(id, case_id, at, actor, action, detail, site_code, created_at, "
                         "updated_at) VALUES(?,?,?,?,?,?,?,?,?)")
    {}
    Stmt caseInsert, partyInsert, milestoneInsert, eventInsert;
    QString siteCode;
    QStringList ids; // reserved by reserveIds(), sorted
    qsizetype nextReserved = 0;
    QString nextId()
    {
        if (nextReserved < ids.size())
            return ids[nextReserved++];
        return newUuid();
    }
};

void CaseWriter::reserveIds(qsizetype count)
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
    m->ids = std::move(ids);
    m->nextReserved = 0;
}

CaseWriter::CaseWriter(Database& db)
    : m(std::make_unique<Statements>(db.handle()))
{
    m->siteCode = db.siteCode();
}

CaseWriter::~CaseWriter() = default;

Status CaseWriter::insert(CaseRecord& c)
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
    auto& s = m->caseInsert;
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
    if (Status st = s.run(); !st)
        return st;

    int order = 0;
    for (Party& p : c.parties) {
        if (p.id.isEmpty())
            p.id = m->nextId();
        auto& ps = m->partyInsert;
        ps.text(1, p.id).text(2, c.id).text(3, p.role).text(4, p.kind).text(5, p.name);
        ps.text(6, p.idNumber.isEmpty() ? QString() : p.idNumber);
        ps.text(7, p.creditCode.isEmpty() ? QString() : p.creditCode);
        ps.text(8, p.phone.isEmpty() ? QString() : p.phone).text(9, p.address.isEmpty() ? QString() : p.address);
        ps.integer(10, order++).text(11, c.siteCode).text(12, c.createdAt).text(13, c.createdAt);
        if (Status st = ps.run(); !st)
            return st;
    }
    for (const Milestone& ms : c.milestones) {
        auto& st = m->milestoneInsert;
        st.text(1, m->nextId()).text(2, c.id).text(3, ms.milestone).text(4, ms.counting).integer(5, ms.days);
        st.date(6, ms.startsOn).date(7, ms.dueOn).date(8, ms.originalDueOn.isValid() ? ms.originalDueOn : ms.dueOn);
        st.integer(9, ms.extendedDays).date(10, ms.metOn).text(11, c.siteCode).text(12, c.createdAt);
        st.text(13, c.createdAt);
        if (Status r = st.run(); !r)
            return r;
    }
    for (TimelineEvent& e : c.timeline) {
        if (e.at.isEmpty())
            e.at = stamp();
        auto& st = m->eventInsert;
        st.text(1, m->nextId()).text(2, c.id).text(3, e.at).text(4, e.actor).text(5, e.action);
        st.text(6, e.detail.isNull() ? QStringLiteral("") : e.detail);
        st.text(7, c.siteCode).text(8, c.createdAt).text(9, c.createdAt);
        if (Status r = st.run(); !r)
            return r;
    }
    return {};
}

} // namespace ow
