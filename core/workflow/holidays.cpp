// The holiday calendar an administrator keeps: a year's entries replaced as a whole, the open
// deadlines they move, and the warning for a year the calendar lacks.
#include "workflow/holidays.h"

#include "domain/vocabulary.h"
#include "security/audit.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/csv.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "util/text.h"
#include "workflow/case_workflow.h"
#include "workflow/deadlines.h"

#include <QHash>
#include <QSqlQuery>

namespace ow {
namespace {

using sql::exec;
using sql::iso;

QString weekdayName(const QDate& d)
{
    return i18n::locale().dayName(d.dayOfWeek());
}

} // namespace

HolidayService::HolidayService(Database& db)
    : m_db(db)
{}

QList<int> HolidayService::years() const
{
    QList<int> out;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT DISTINCT substr(date, 1, 4) FROM holidays ORDER BY 1")))
        while (q.next())
            out << q.value(0).toInt();
    return out;
}

QList<HolidayEntry> HolidayService::entries(int year) const
{
    QList<HolidayEntry> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT date, kind, name FROM holidays WHERE date BETWEEN ? AND ? ORDER BY date"));
    q.addBindValue(QStringLiteral("%1-01-01").arg(year));
    q.addBindValue(QStringLiteral("%1-12-31").arg(year));
    if (q.exec())
        while (q.next())
            out << HolidayEntry{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                q.value(1).toString() == QLatin1String("workday"), q.value(2).toString()};
    return out;
}

Status HolidayService::validate(int year, const QList<HolidayEntry>& entries)
{
    QHash<QDate, int> seen;
    for (const HolidayEntry& e : entries) {
        if (!e.date.isValid())
            return fail(tr("An entry has no valid date."));
        if (e.date.year() != year)
            return fail(tr("%1 is not in %2: enter the schedule of one year at a time.").arg(iso(e.date)).arg(year));
        if (seen.contains(e.date))
            return fail(tr("%1 is entered twice.").arg(iso(e.date)));
        seen.insert(e.date, 1);
        if (e.name.trimmed().isEmpty())
            return fail(tr("%1 has no name: give the holiday it belongs to, e.g. 春节.").arg(iso(e.date)));
        if (const QString p = text::fieldProblem(e.name, text::Field::Label, tr("The name of %1").arg(iso(e.date)));
            !p.isEmpty())
            return fail(p);
        if (e.workday && e.date.dayOfWeek() <= 5)
            return fail(tr("%1 is a %2: a make-up working day (调休上班) is always a Saturday or Sunday. Check the "
                           "date, or enter it as a day off.")
                            .arg(iso(e.date), weekdayName(e.date)));
    }
    return {};
}

Result<QList<HolidayEntry>> HolidayService::parseCsv(const QByteArray& data)
{
    if (data.size() > limits::kListFileBytes)
        return fail(tr("The file has %1 bytes; a holiday file may have at most %2.")
                        .arg(i18n::locale().toString(data.size()), i18n::locale().toString(limits::kListFileBytes)));
    const auto decoded = csv::decode(data);
    if (!decoded)
        return fail(decoded.error());
    const csv::ParseResult parsed = csv::parse(decoded->text);
    if (parsed.error)
        return fail(tr("Line %1: %2").arg(parsed.error.line).arg(csv::describe(parsed.error)));
    if (parsed.unterminatedQuoteLine > 0)
        return fail(tr("Line %1: a quoted field never closes.").arg(parsed.unterminatedQuoteLine));
    QList<HolidayEntry> out;
    for (const csv::Record& r : parsed.records) {
        const QStringList& f = r.fields;
        if (f.size() == 1 && f[0].trimmed().isEmpty())
            continue; // a blank line
        if (f.value(0).trimmed() == QLatin1String("date"))
            continue; // the header of holidays.csv
        if (f.size() < 3)
            return fail(tr("Line %1: expected three fields, date,kind,name (e.g. 2027-02-06,holiday,春节); found %2.")
                            .arg(r.line)
                            .arg(f.size()));
        const QDate date = QDate::fromString(f[0].trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("Line %1: \"%2\" is not a date in the form 2027-02-06.")
                            .arg(r.line)
                            .arg(text::visible(f[0].trimmed())));
        const QString kind = f[1].trimmed();
        if (kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
            return fail(tr("Line %1: the kind must be holiday (a day off) or workday (调休上班), not \"%2\".")
                            .arg(r.line)
                            .arg(text::visible(kind)));
        out << HolidayEntry{date, kind == QLatin1String("workday"), f[2].trimmed()};
    }
    if (out.isEmpty())
        return fail(tr("The file holds no entries (expected lines such as 2027-02-06,holiday,春节)."));
    return out;
}

Result<HolidayService::Saved> HolidayService::saveYear(int year, const QList<HolidayEntry>& entries,
                                                       const QString& actorLogin)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (!actor->isAdministrator())
        return fail(tr("Only an administrator may change the holiday calendar."));
    if (Status s = validate(year, entries); !s)
        return fail(s.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const QString now = utcNow();
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM holidays WHERE date BETWEEN ? AND ?"));
    del.addBindValue(QStringLiteral("%1-01-01").arg(year));
    del.addBindValue(QStringLiteral("%1-12-31").arg(year));
    if (Status s = exec(del); !s)
        return fail(s.error());
    Saved saved;
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral("INSERT INTO holidays(id, date, kind, name, site_code, created_at, updated_at) "
                               "VALUES(?,?,?,?,?,?,?)"));
    for (const HolidayEntry& e : entries) {
        for (const QVariant& v :
             QVariantList{newUuid(), iso(e.date), e.workday ? QStringLiteral("workday") : QStringLiteral("holiday"),
                          e.name.trimmed(), m_db.siteCode(), now, now})
            ins.addBindValue(v);
        if (Status s = exec(ins); !s)
            return fail(s.error());
        ++(e.workday ? saved.workdays : saved.holidays);
    }

    // The open deadlines of this center's cases that are still running, computed again. Cases of
    // other sites are theirs to recompute (and a change here would conflict with theirs).
    const DeadlineEngine engine(HolidayCalendar::load(m_db));
    QSqlQuery open(m_db.sql());
    open.prepare(QStringLiteral("SELECT m.id, m.case_id, c.case_no, m.milestone, m.counting, m.days, m.starts_on, "
                                "m.due_on, m.original_due_on, m.extended_days, c.status FROM milestones m JOIN "
                                "cases c ON c.id = m.case_id WHERE m.met_on IS NULL AND c.site_code = ? ORDER BY "
                                "c.case_no, m.milestone"));
    open.addBindValue(m_db.siteCode());
    if (Status s = exec(open); !s)
        return fail(s.error());
    struct Move
    {
        QString id, caseId, milestone;
        QDate from, to;
    };
    QList<Move> moves;
    while (open.next()) {
        if (vocab::isTerminalStatus(open.value(10).toString()))
            continue;
        const QDate start = QDate::fromString(open.value(6).toString(), Qt::ISODate);
        const QDate due = QDate::fromString(open.value(7).toString(), Qt::ISODate);
        const QDate original = QDate::fromString(open.value(8).toString(), Qt::ISODate);
        const QDate computed = engine.dueDate(start, open.value(5).toInt(), open.value(4).toString());
        if (!computed.isValid() || computed == original)
            continue;
        if (due != original || open.value(9).toInt() > 0) {
            saved.leftAsIs << QStringLiteral("%1: %2").arg(open.value(2).toString(),
                                                           milestoneLabel(open.value(3).toString()));
            continue;
        }
        moves << Move{open.value(0).toString(), open.value(1).toString(), open.value(3).toString(), due, computed};
    }
    open.finish();
    for (const Move& m : moves) {
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("UPDATE milestones SET due_on = ?, original_due_on = ?, updated_at = ?, row_version = "
                                 "row_version + 1 WHERE id = ?"));
        for (const QVariant& v : QVariantList{iso(m.to), iso(m.to), now, m.id})
            u.addBindValue(v);
        if (Status s = exec(u); !s)
            return fail(s.error());
        if (m.milestone == QLatin1String("handling")) {
            // The case's own due date is its handling deadline (cli.md).
            if (Status s = workflow::updateCase(m_db, m.caseId, {{QStringLiteral("due_on"), iso(m.to)}}); !s)
                return fail(s.error());
        }
        if (Status s = workflow::appendEvent(m_db, m.caseId, actor->login, QStringLiteral("deadline_recomputed"),
                                             tr("Deadline \"%1\" moved from %2 to %3: the holiday calendar of %4 "
                                                "changed.")
                                                 .arg(milestoneLabel(m.milestone), iso(m.from), iso(m.to))
                                                 .arg(year));
            !s)
            return fail(s.error());
        if (Status s = workflow::touchCase(m_db, m.caseId); !s)
            return fail(s.error());
        ++saved.deadlinesMoved;
    }
    if (Status s = appendAudit(m_db, actor->login, QStringLiteral("holidays_change"), QStringLiteral("holidays"),
                               QString::number(year),
                               QStringLiteral("%1 holidays %2 workdays; %3 deadlines moved, %4 left as they are")
                                   .arg(saved.holidays)
                                   .arg(saved.workdays)
                                   .arg(saved.deadlinesMoved)
                                   .arg(saved.leftAsIs.size()));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return saved;
}

QList<int> HolidayService::missingYears(const QDate& today) const
{
    const HolidayCalendar calendar = HolidayCalendar::load(m_db);
    QList<int> out;
    if (!calendar.coversYear(today.year()))
        out << today.year();
    if (today.month() >= 11 && !calendar.coversYear(today.year() + 1))
        out << today.year() + 1;
    return out;
}

QString HolidayService::missingYearsWarning(const QList<int>& years)
{
    if (years.isEmpty())
        return {};
    QStringList names;
    for (int y : years)
        names << QString::number(y);
    return tr("The holiday calendar has no entries for %1: deadlines in working days count only weekends as days "
              "off there, and calendar-day deadlines may end on a holiday. An administrator enters the State "
              "Council's schedule under Administration → Holidays.")
        .arg(names.join(i18n::chinese() ? QStringLiteral("、") : QStringLiteral(", ")));
}

} // namespace ow
