// Case list queries (keyset paging on the indexed received_on, id) and loading one case.
#include "storage/case_store.h"

#include "storage/sql_dialect.h"

#include "domain/vocabulary.h"
#include "storage/pg_search.h"
#include "storage/search_index.h"
#include "storage/sql_values.h"
#include "util/text.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ow {
namespace {

constexpr auto kListColumns =
    "c.id, c.site_code, c.case_no, c.received_on, c.category_code, c.applicant_name, c.township_code, "
    "c.village_code, c.lead_department_code, c.status, c.case_type, c.source, c.filed_on, c.due_on, c.ended_on, "
    "c.outcome, c.resolution_level, c.supervised";

struct Where
{
    QStringList clauses;
    QVariantList binds;
};

// forPage: the list reads the newest rows first, so it scans the received_on index and tests each
// row against the search matches (a covering index scan, ~20 ms on 100,000 cases even for a term
// matching 10% of them); a count is cheaper by looking the matches up.
// On a server the search is the server's own (storage/pg_search.h); with a `newest` page the search
// itself takes that page's matches.
Where whereFor(const CaseFilter& f, const sql::Dialect& x, bool forPage = false,
               const pgsearch::NewestPage& newest = {})
{
    Where w;
    auto add = [&](const char* clause, const QVariant& v) {
        w.clauses << QString::fromLatin1(clause);
        w.binds << v;
    };
    if (!f.status.isEmpty())
        add("c.status = ?", f.status);
    if (!f.category.isEmpty())
        add("c.category_code = ?", f.category);
    if (!f.township.isEmpty())
        add("c.township_code = ?", f.township);
    if (f.department == QLatin1String("none"))
        w.clauses << QStringLiteral("c.lead_department_code IS NULL");
    else if (!f.department.isEmpty())
        add("c.lead_department_code = ?", f.department);
    if (!f.site.isEmpty())
        add("c.site_code = ?", f.site);
    if (f.overdueOnly) {
        w.clauses << QStringLiteral("c.status NOT IN ('closed','escalated','withdrawn','rejected','merged')");
        add("c.due_on < ?", f.today.toString(Qt::ISODate));
    }
    if (!f.queue.isEmpty()) {
        // Work queues (workflow/work_queues.h); merged cases are never counted.
        const QString open = QStringLiteral("c.status NOT IN ('closed','escalated','withdrawn','rejected','merged')");
        const QString today = f.today.toString(Qt::ISODate);
        if (f.queue == QLatin1String("triage")) {
            w.clauses << QStringLiteral("c.status IN ('reported','filed') AND c.lead_department_code IS NULL");
        } else if (f.queue == QLatin1String("department")) {
            w.clauses << open + QStringLiteral(" AND c.status NOT IN ('reported','filed')");
            if (f.department.isEmpty())
                w.clauses << QStringLiteral("c.lead_department_code IS NOT NULL");
        } else if (f.queue == QLatin1String("due_soon")) {
            w.clauses << open;
            add("c.due_on >= ?", today);
            const QString start = QStringLiteral("COALESCE(c.filed_on, c.received_on)");
            w.clauses << QStringLiteral("%1 >= %2 * %3")
                             .arg(x.daysBetween(QStringLiteral("?"), start))
                             .arg(f.dueSoonShare)
                             .arg(x.daysBetween(QStringLiteral("c.due_on"), start));
            w.binds << today;
        } else if (f.queue == QLatin1String("overdue")) {
            w.clauses << open;
            add("c.due_on < ?", today);
        } else if (f.queue == QLatin1String("supervised")) {
            w.clauses << open + QStringLiteral(" AND c.supervised = 1");
        } else if (f.queue == QLatin1String("today")) {
            w.clauses << QStringLiteral("c.status <> 'merged'");
            add("c.received_on = ?", today);
        }
    }
    const QString term = f.search.trimmed();
    if (!term.isEmpty() && x.server) {
        const pgsearch::Condition c = pgsearch::caseCondition(term, pgsearch::kDesign, newest);
        w.clauses << QLatin1Char('(') + c.sql + QLatin1Char(')');
        w.binds << c.binds;
    } else if (!term.isEmpty()) {
        // The per-character FTS index (storage/search_index.h) or the exact UUID.
        const QString match = search::matchExpression(term);
        if (match.isEmpty()) {
            add("c.id = ?", term);
        } else {
            QString cond = QString::fromLatin1(search::kCaseCondition);
            cond.replace(QLatin1String("MATCH ?"), QLatin1String("MATCH ?1"));
            if (forPage)
                cond.replace(QLatin1String("c.id IN"), QLatin1String("+c.id IN"));
            w.clauses << QStringLiteral("(c.id = ?2 OR ") + cond + QLatin1Char(')');
            w.binds << match << term;
        }
    }
    return w;
}

// Qt binds positional '?' in order; numbered parameters (?1, ?2) are rewritten to plain marks.
QString expandNumbered(const QString& clause, const QVariantList& pair, QVariantList& binds)
{
    QString out;
    for (qsizetype i = 0; i < clause.size(); ++i) {
        if (clause[i] == QLatin1Char('?') && i + 1 < clause.size() && clause[i + 1].isDigit()) {
            binds << pair[clause[i + 1].digitValue() - 1];
            out += QLatin1Char('?');
            ++i;
        } else {
            out += clause[i];
        }
    }
    return out;
}

QString buildWhere(const Where& w, QVariantList& binds)
{
    QStringList parts;
    qsizetype b = 0;
    for (const QString& c : w.clauses) {
        if (c.contains(QLatin1String("?1"))) {
            parts << expandNumbered(c, {w.binds[b], w.binds[b + 1]}, binds);
            b += 2;
        } else if (c.contains(QLatin1Char('?'))) {
            parts << c; // a clause binds as many values as it has marks (the server's search has several)
            for (qsizetype n = c.count(QLatin1Char('?')); n > 0; --n)
                binds << w.binds[b++];
        } else {
            parts << c;
        }
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

// The list's search box is its only filter.
bool searchAlone(const CaseFilter& f)
{
    return !f.search.trimmed().isEmpty() && f.status.isEmpty() && f.category.isEmpty() && f.township.isEmpty() &&
           f.department.isEmpty() && f.site.isEmpty() && !f.overdueOnly && f.queue.isEmpty();
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString str(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

// The SQL expression a list is ordered by; NULLs become values so that keyset paging can compare.
QString orderKey(CaseOrder::Key key)
{
    switch (key) {
    case CaseOrder::Due:
        return QStringLiteral("COALESCE(c.due_on, '9999-12-31')");
    case CaseOrder::CaseNo:
        return QStringLiteral("COALESCE(c.case_no, '')");
    case CaseOrder::Received:
        break;
    }
    return QStringLiteral("c.received_on");
}

} // namespace

CaseCursor CaseStore::cursorAfter(const CaseListRow& last, const CaseFilter& filter)
{
    QString key;
    if (filter.order.key == CaseOrder::Due)
        key = last.dueOn.isValid() ? last.dueOn.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    else if (filter.order.key == CaseOrder::CaseNo)
        key = last.caseNo;
    return CaseCursor{last.receivedOn, last.id, key};
}

CaseStore::CaseStore(Database& db)
    : m_db(db)
{
    m_dueSoonShare = db.setting(QStringLiteral("due_soon_share"), QStringLiteral("0.8")).toDouble();
}

QList<CaseListRow> CaseStore::page(const CaseFilter& filter, const std::optional<CaseCursor>& after, int limit) const
{
    if (!filter.search.trimmed().isEmpty())
        (void)search::syncPending(m_db); // cases written by another program since the last search
    // On a server a search alone in the default order takes its page itself (docs/postgresql.md,
    // "Search": the newest matches inside the search, not all matches joined to cases first).
    pgsearch::NewestPage newest;
    if (m_db.isServer() && searchAlone(filter) && filter.order.key == CaseOrder::Received && filter.order.descending) {
        newest.limit = limit;
        if (after) {
            newest.afterReceived = after->receivedOn;
            newest.afterId = after->id;
        }
    }
    QVariantList binds;
    QString where = buildWhere(whereFor(filter, sql::Dialect::of(m_db), true, newest), binds);
    const QString key = orderKey(filter.order.key);
    const bool desc = filter.order.descending;
    if (after) {
        // A row-value comparison: on the default order, a range search on cases_received.
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("(%1, c.id) %2 (?, ?)").arg(key, desc ? QStringLiteral("<") : QStringLiteral(">"));
        binds << (filter.order.key == CaseOrder::Received ? after->receivedOn.toString(Qt::ISODate) : after->sortKey)
              << after->id;
    }
    const QString direction = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM cases c%2 ORDER BY %3 %4, c.id %4 LIMIT %5")
                  .arg(QString::fromLatin1(kListColumns), where, key, direction)
                  .arg(limit));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<CaseListRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        CaseListRow r;
        r.id = q.value(0).toString();
        r.siteCode = q.value(1).toString();
        r.caseNo = str(q.value(2));
        r.receivedOn = dateOf(q.value(3));
        r.categoryCode = q.value(4).toString();
        r.applicant = q.value(5).toString();
        r.townshipCode = q.value(6).toString();
        r.villageCode = str(q.value(7));
        r.leadDepartmentCode = str(q.value(8));
        r.status = q.value(9).toString();
        r.caseType = q.value(10).toString();
        r.source = q.value(11).toString();
        r.filedOn = dateOf(q.value(12));
        r.dueOn = dateOf(q.value(13));
        r.endedOn = dateOf(q.value(14));
        r.outcome = str(q.value(15));
        r.resolutionLevel = str(q.value(16));
        r.supervised = q.value(17).toInt() != 0;
        if (vocab::isTerminalStatus(r.status))
            r.deadlineState = QStringLiteral("met");
        else if (!r.dueOn.isValid())
            r.deadlineState = QStringLiteral("none");
        else {
            Milestone m;
            m.startsOn = r.filedOn.isValid() ? r.filedOn : r.receivedOn;
            m.dueOn = r.dueOn;
            r.deadlineState = m.stateOn(filter.today, m_dueSoonShare);
        }
        rows << r;
    }
    return rows;
}

qint64 CaseStore::count(const CaseFilter& filter) const
{
    if (!filter.search.trimmed().isEmpty())
        (void)search::syncPending(m_db);
    // Search alone (the list's search box): count the index's matches without touching cases.
    const QString match = m_db.isServer() ? QString() : search::matchExpression(filter.search);
    if (!match.isEmpty() && searchAlone(filter)) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM search_docs d WHERE d.doc IN (SELECT rowid FROM case_search "
                                 "WHERE case_search MATCH ?) OR d.case_id = ?"));
        q.addBindValue(match);
        q.addBindValue(filter.search.trimmed());
        if (q.exec() && q.next())
            return q.value(0).toLongLong();
        return 0;
    }
    QVariantList binds;
    const QString where = buildWhere(whereFor(filter, sql::Dialect::of(m_db)), binds);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases c") + where);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Party> CaseStore::parties(const QString& caseId) const
{
    QList<Party> out;
    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("SELECT id, role, kind, name, id_number, credit_code, phone, address, "
                             "legal_representative FROM parties WHERE case_id = ? ORDER BY sort_order, ") +
              sql::Dialect::of(m_db).writtenOrder());
    p.addBindValue(caseId);
    p.exec();
    while (p.next())
        out << Party{p.value(0).toString(), p.value(1).toString(), p.value(2).toString(),
                     p.value(3).toString(), str(p.value(4)),       str(p.value(5)),
                     str(p.value(6)),       str(p.value(7)),       str(p.value(8))};
    return out;
}

Result<CaseRecord> CaseStore::load(const QString& key) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, site_code, case_no, case_type, source, window_code, category_code, township_code, village_code, "
        "summary, request, headcount, urgency, lead_department_code, status, received_on, received_at, filed_on, "
        "due_on, ended_on, outcome, resolution_level, judicial_confirmed, satisfaction, supervised, "
        "supervision_note, visit_count, origin, created_at, updated_at, row_version, end_reason "
        "FROM cases WHERE case_no = ? OR id = ? ORDER BY (site_code = ?) DESC LIMIT 1"));
    // A number as stored: without the invisible characters a copy from a web page or chat may bring.
    q.addBindValue(text::caseNumber(key));
    q.addBindValue(key.trimmed());
    q.addBindValue(m_db.siteCode());
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    if (!q.next()) {
        // One-case codes are derived from the UUID; scan only when the key looks like one.
        const QString code = key.trimmed().toUpper();
        if (code.size() == 10) {
            QSqlQuery all(m_db.sql());
            all.setForwardOnly(true);
            all.exec(QStringLiteral("SELECT id FROM cases"));
            while (all.next())
                if (oneCaseCodeFor(all.value(0).toString()) == code)
                    return load(all.value(0).toString());
        }
        return fail(QCoreApplication::translate("CaseStore", "No case %1 in this database.").arg(key));
    }
    CaseRecord c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.siteCode = q.value(i++).toString();
    c.caseNo = str(q.value(i++));
    c.caseType = q.value(i++).toString();
    c.source = q.value(i++).toString();
    c.windowCode = str(q.value(i++));
    c.categoryCode = q.value(i++).toString();
    c.townshipCode = q.value(i++).toString();
    c.villageCode = str(q.value(i++));
    c.summary = q.value(i++).toString();
    c.request = str(q.value(i++));
    c.headcount = q.value(i++).toInt();
    c.urgency = q.value(i++).toString();
    c.leadDepartmentCode = str(q.value(i++));
    c.status = q.value(i++).toString();
    c.receivedOn = dateOf(q.value(i++));
    c.receivedAt = str(q.value(i++));
    c.filedOn = dateOf(q.value(i++));
    c.dueOn = dateOf(q.value(i++));
    c.endedOn = dateOf(q.value(i++));
    c.outcome = str(q.value(i++));
    c.resolutionLevel = str(q.value(i++));
    const QVariant jc = q.value(i++);
    if (!jc.isNull())
        c.judicialConfirmed = jc.toInt() != 0;
    c.satisfaction = q.value(i++).toString();
    c.supervised = q.value(i++).toInt() != 0;
    c.supervisionNote = str(q.value(i++));
    c.visitCount = q.value(i++).toInt();
    c.origin = q.value(i++).toString();
    c.createdAt = q.value(i++).toString();
    c.updatedAt = q.value(i++).toString();
    c.rowVersion = q.value(i++).toInt();
    c.endReason = str(q.value(i++));

    c.parties = parties(c.id);
    QSqlQuery m(m_db.sql());
    m.prepare(QStringLiteral("SELECT milestone, counting, days, starts_on, due_on, original_due_on, extended_days, "
                             "met_on FROM milestones WHERE case_id = ? ORDER BY due_on, milestone"));
    m.addBindValue(c.id);
    m.exec();
    while (m.next()) {
        Milestone ms;
        ms.milestone = m.value(0).toString();
        ms.counting = m.value(1).toString();
        ms.days = m.value(2).toInt();
        ms.startsOn = dateOf(m.value(3));
        ms.dueOn = dateOf(m.value(4));
        ms.originalDueOn = dateOf(m.value(5));
        ms.extendedDays = m.value(6).toInt();
        ms.metOn = dateOf(m.value(7));
        c.milestones << ms;
    }
    QSqlQuery t(m_db.sql());
    t.prepare(QStringLiteral("SELECT at, actor, action, detail FROM case_events WHERE case_id = ? ORDER BY at, ") +
              sql::Dialect::of(m_db).writtenOrder());
    t.addBindValue(c.id);
    t.exec();
    while (t.next())
        c.timeline << TimelineEvent{t.value(0).toString(), t.value(1).toString(), t.value(2).toString(),
                                    t.value(3).toString()};
    return c;
}

} // namespace ow
