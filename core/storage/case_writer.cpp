// Prepared-statement inserts of whole cases through the SQLite handle of Qt's driver.
#include "storage/case_writer.h"

#include "storage/database.h"

#include <sqlite3.h>

namespace ow {
namespace {

class Stmt
{
public:
    Stmt(sqlite3* db, const char* sql)
        : m_db(db)
    {
        sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& text(int i, const QString& s)
    {
        if (s.isNull()) {
            sqlite3_bind_null(m_stmt, i);
        } else {
            const QByteArray u = s.toUtf8();
            sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        }
        return *this;
    }
    // YYYY-MM-DD without QDate::toString, which formats through vasprintf (8% of a ledger import).
    Stmt& date(int i, const QDate& d)
    {
        if (!d.isValid() || d.year() < 1000 || d.year() > 9999) {
            sqlite3_bind_null(m_stmt, i);
            return *this;
        }
        char buf[10];
        int y = d.year();
        for (int k = 3; k >= 0; --k, y /= 10)
            buf[k] = char('0' + y % 10);
        buf[4] = buf[7] = '-';
        buf[5] = char('0' + d.month() / 10);
        buf[6] = char('0' + d.month() % 10);
        buf[8] = char('0' + d.day() / 10);
        buf[9] = char('0' + d.day() % 10);
        sqlite3_bind_text(m_stmt, i, buf, 10, SQLITE_TRANSIENT);
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
    QStringList ids;
    ids.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        ids << newUuid();
    ids.sort();
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
