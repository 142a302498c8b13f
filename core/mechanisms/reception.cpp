// The reception schedule, its import and notice, and the cases received at a reception.
#include "mechanisms/reception.h"

#include "domain/vocabulary.h"
#include "mechanisms/mechanism_support.h"
#include "security/audit.h"
#include "storage/own_files.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "util/csv.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "util/text.h"
#include "workflow/case_workflow.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace ow {
namespace {

using permissions::Action;

const QString kDaySelect =
    QStringLiteral("SELECT r.id, r.leader_id, r.day, r.half, r.place, r.topics, l.name, l.position, l.level, l.unit, "
                   "(SELECT count(*) FROM reception_visits rv WHERE rv.reception_day_id = r.id), r.row_version "
                   "FROM reception_days r JOIN leaders l ON l.id = r.leader_id ");

ReceptionDay dayFrom(const QSqlQuery& q)
{
    ReceptionDay d;
    d.id = q.value(0).toString();
    d.leaderId = q.value(1).toString();
    d.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    d.half = q.value(3).toString();
    d.place = q.value(4).toString();
    d.topics = q.value(5).toString();
    d.leaderName = q.value(6).toString();
    d.leaderPosition = q.value(7).toString();
    d.leaderLevel = q.value(8).toString();
    d.leaderUnit = q.value(9).toString();
    d.cases = q.value(10).toInt();
    d.rowVersion = q.value(11).toInt();
    return d;
}

// A reception as a refusal names it: its leader, day and half-day.
QString dayLabel(const ReceptionDay& d, const QString& leaderName)
{
    return ReceptionService::tr("the reception of %1 on %2 (%3)")
        .arg(leaderName, i18n::locale().toString(d.day, QLocale::LongFormat), mechanisms::halfLabel(d.half));
}

QList<ReceptionDay> daysWhere(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q(db.sql());
    q.prepare(kDaySelect + where + QStringLiteral(" ORDER BY r.day, r.half, l.name"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<ReceptionDay> out;
    if (q.exec())
        while (q.next())
            out << dayFrom(q);
    return out;
}

QString html(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

ReceptionService::ReceptionService(Database& db)
    : m_db(db)
{}

QList<Leader> ReceptionService::leaders(bool activeOnly) const
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT id, name, position, level, unit, COALESCE(phone, ''), active FROM leaders ") +
           (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) + QStringLiteral("ORDER BY level, name"));
    QList<Leader> out;
    while (q.next())
        out << Leader{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toBool()};
    return out;
}

QList<FieldError> ReceptionService::leaderProblems(Leader& l)
{
    l.name = l.name.trimmed();
    l.position = l.position.trimmed();
    l.unit = mechanisms::notNull(l.unit.trimmed());
    l.phone = l.phone.trimmed();
    QList<FieldError> out;
    auto check = [&out](const char* field, const QString& value, text::Field kind, const QString& label) {
        if (const QString p = text::fieldProblem(value, kind, label); !p.isEmpty())
            out << FieldError{QString::fromLatin1(field), p};
    };
    if (l.name.isEmpty())
        out << FieldError{QStringLiteral("name"), tr("Enter the leader's name.")};
    else
        check("name", l.name, text::Field::Name, tr("The name"));
    if (l.position.isEmpty())
        out << FieldError{QStringLiteral("position"), tr("Enter the leader's position (职务).")};
    else
        check("position", l.position, text::Field::Label, tr("The position"));
    if (!mechanisms::leaderLevels().contains(l.level))
        out << FieldError{QStringLiteral("level"), tr("Choose the leader's level: county, township or department.")};
    check("unit", l.unit, text::Field::Label, tr("The unit"));
    check("phone", l.phone, text::Field::Number, tr("The phone number"));
    return out;
}

QList<FieldError> ReceptionService::dayProblems(ReceptionDay& d)
{
    d.place = d.place.trimmed();
    d.topics = mechanisms::notNull(d.topics.trimmed());
    QList<FieldError> out;
    if (!d.day.isValid())
        out << FieldError{QStringLiteral("day"), tr("Enter the date of the reception.")};
    if (d.half != u"am" && d.half != u"pm")
        out << FieldError{QStringLiteral("half"), tr("Choose morning or afternoon.")};
    if (d.leaderId.isEmpty())
        out << FieldError{QStringLiteral("leader"), tr("Choose the leader who receives.")};
    if (d.place.isEmpty())
        out << FieldError{QStringLiteral("place"), tr("Enter where the leader receives visitors.")};
    else if (const QString p = text::fieldProblem(d.place, text::Field::Text, tr("The place")); !p.isEmpty())
        out << FieldError{QStringLiteral("place"), p};
    if (const QString p = text::fieldProblem(d.topics, text::Field::Text, tr("The topics")); !p.isEmpty())
        out << FieldError{QStringLiteral("topics"), p};
    return out;
}

Result<Leader> ReceptionService::saveLeader(const Leader& given, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::ReceptionSchedule);
    if (!actor)
        return fail(actor.error());
    Leader l = given;
    if (const QList<FieldError> problems = leaderProblems(l); !problems.isEmpty())
        return fail(problems.first().message);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const bool isNew = l.id.isEmpty();
    auto id =
        mechanisms::saveRow(m_db, "leaders",
                            {QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("level"),
                             QStringLiteral("unit"), QStringLiteral("phone"), QStringLiteral("active")},
                            {l.name, l.position, l.level, l.unit, sql::nullable(l.phone), l.active ? 1 : 0}, l.id);
    if (!id)
        return fail(id.error());
    l.id = *id;
    if (Status s =
            appendAudit(m_db, actor->login, isNew ? QStringLiteral("leader_added") : QStringLiteral("leader_changed"),
                        QStringLiteral("leader"), l.id, l.name + QStringLiteral(" ") + l.position);
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return l;
}

QList<ReceptionDay> ReceptionService::days(const QDate& from, const QDate& to) const
{
    return daysWhere(m_db, QStringLiteral("WHERE r.day BETWEEN ? AND ?"), {sql::iso(from), sql::iso(to)});
}

Result<ReceptionDay> ReceptionService::saveDay(const ReceptionDay& given, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::ReceptionSchedule);
    if (!actor)
        return fail(actor.error());
    ReceptionDay d = given;
    if (const QList<FieldError> problems = dayProblems(d); !problems.isEmpty())
        return fail(problems.first().message);
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name, active FROM leaders WHERE id = ?"));
    q.addBindValue(d.leaderId);
    if (!q.exec() || !q.next())
        return fail(tr("Choose the leader who receives."));
    if (!q.value(1).toBool())
        return fail(tr("%1 is no longer an active leader here.").arg(q.value(0).toString()));
    const QString leaderName = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT 1 FROM reception_days WHERE leader_id = ? AND day = ? AND half = ? AND id <> ?"));
    for (const QVariant& v : QVariantList{d.leaderId, sql::iso(d.day), d.half, mechanisms::notNull(d.id)})
        q.addBindValue(v);
    if (q.exec() && q.next())
        return fail(
            tr("%1 already receives on %2 (%3).")
                .arg(leaderName, i18n::locale().toString(d.day, QLocale::LongFormat), mechanisms::halfLabel(d.half)));
    const mechanisms::RowVersionCheck version{d.rowVersion, QStringLiteral("reception_day"), dayLabel(d, leaderName)};
    auto id = mechanisms::saveRow(m_db, "reception_days",
                                  {QStringLiteral("leader_id"), QStringLiteral("day"), QStringLiteral("half"),
                                   QStringLiteral("place"), QStringLiteral("topics")},
                                  {d.leaderId, sql::iso(d.day), d.half, d.place, d.topics}, d.id, &version);
    if (!id)
        return fail(id.error());
    d.id = *id;
    if (Status s =
            appendAudit(m_db, actor->login, QStringLiteral("reception_day_saved"), QStringLiteral("reception_day"),
                        d.id, QStringLiteral("%1 %2 %3").arg(sql::iso(d.day), d.half, leaderName));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    const QList<ReceptionDay> saved = daysWhere(m_db, QStringLiteral("WHERE r.id = ?"), {d.id});
    return saved.isEmpty() ? d : saved.first();
}

Status ReceptionService::removeDay(const ReceptionDay& day, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::ReceptionSchedule);
    if (!actor)
        return fail(actor.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM reception_visits WHERE reception_day_id = ?"));
    q.addBindValue(day.id);
    const int received = q.exec() && q.next() ? q.value(0).toInt() : 0;
    if (received > 0)
        return fail(tr("%n case(s) received at this reception keep it in the schedule.", nullptr, received));
    q.prepare(QStringLiteral("DELETE FROM reception_days WHERE id = ? AND row_version = ?"));
    q.addBindValue(day.id);
    q.addBindValue(day.rowVersion);
    if (Status s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return fail(rowChangedMeanwhile(m_db, QStringLiteral("reception_days"), QStringLiteral("reception_day"), day.id,
                                        dayLabel(day, day.leaderName), true));
    if (Status s = appendAudit(m_db, actor->login, QStringLiteral("reception_day_removed"),
                               QStringLiteral("reception_day"), day.id);
        !s)
        return s;
    return tx.commit();
}

QList<ReceptionDay> ReceptionService::leadersOnDuty(const QDate& day) const
{
    QList<ReceptionDay> out = daysWhere(m_db, QStringLiteral("WHERE r.day = ?"), {sql::iso(day)});
    if (day == Clock::today() && Clock::now().time().hour() >= 12)
        std::stable_partition(out.begin(), out.end(), [](const ReceptionDay& d) { return d.half == u"pm"; });
    return out;
}

ScheduleFile ReceptionService::parseSchedule(const QByteArray& data)
{
    ScheduleFile out;
    auto lineError = [&](int line, const QString& message) { out.errors << tr("Line %1: %2").arg(line).arg(message); };
    if (data.size() > limits::kListFileBytes) {
        out.errors << tr("The file has %1 bytes; a schedule file may have at most %2.")
                          .arg(i18n::locale().toString(data.size()), i18n::locale().toString(limits::kListFileBytes));
        return out;
    }
    const auto decoded = csv::decode(data);
    if (!decoded) {
        out.errors << decoded.error();
        return out;
    }
    const csv::Table table = csv::parseTable(decoded->text);
    if (table.error) {
        lineError(table.error.line, csv::describe(table.error));
        return out;
    }
    if (table.unterminatedQuoteLine > 0) {
        lineError(table.unterminatedQuoteLine, tr("a quoted field never closes."));
        return out;
    }
    const QString cDate = QStringLiteral("日期"), cHalf = QStringLiteral("时段"), cName = QStringLiteral("领导姓名"),
                  cPosition = QStringLiteral("职务"), cLevel = QStringLiteral("级别"), cUnit = QStringLiteral("单位"),
                  cPlace = QStringLiteral("地点"), cTopics = QStringLiteral("接访事项");
    QStringList missing;
    for (const QString& c : {cDate, cHalf, cName, cPosition, cLevel, cUnit, cPlace, cTopics})
        if (!table.columns.contains(c))
            missing << c;
    if (!missing.isEmpty()) {
        out.errors
            << tr("The first line must name the columns 日期,时段,领导姓名,职务,级别,单位,地点,接访事项; missing: %1.")
                   .arg(missing.join(QStringLiteral("、")));
        return out;
    }
    QHash<QString, int> lineOfSlot; // leader name|unit|day|half → line
    for (const csv::Table::Row& r : table.rows) {
        ScheduleLine s;
        s.line = r.line;
        s.day = QDate::fromString(r.value(cDate), Qt::ISODate);
        s.half = mechanisms::halfFrom(r.value(cHalf));
        s.leaderName = r.value(cName);
        s.position = r.value(cPosition);
        s.level = mechanisms::leaderLevelFrom(r.value(cLevel));
        s.unit = r.value(cUnit);
        s.place = r.value(cPlace);
        s.topics = mechanisms::notNull(r.value(cTopics));
        const int before = int(out.errors.size());
        if (!s.day.isValid())
            lineError(r.line, tr("\"%1\" is not a date in the form 2027-03-01.").arg(text::visible(r.value(cDate))));
        if (s.half.isEmpty())
            lineError(r.line, tr("the half-day must be 上午 or 下午, not \"%1\".").arg(text::visible(r.value(cHalf))));
        if (s.level.isEmpty())
            lineError(r.line,
                      tr("the level must be 县级, 乡镇级 or 部门, not \"%1\".").arg(text::visible(r.value(cLevel))));
        QStringList empty;
        for (const auto& [value, column] : QList<std::pair<QString, QString>>{
                 {s.leaderName, cName}, {s.position, cPosition}, {s.unit, cUnit}, {s.place, cPlace}})
            if (value.isEmpty())
                empty << column;
        if (!empty.isEmpty())
            lineError(r.line, tr("%1 is empty.").arg(empty.join(QStringLiteral("、"))));
        for (const QString& p : mechanisms::fieldProblems({{s.leaderName, text::Field::Name, cName},
                                                           {s.position, text::Field::Label, cPosition},
                                                           {s.unit, text::Field::Label, cUnit},
                                                           {s.place, text::Field::Text, cPlace},
                                                           {s.topics, text::Field::Text, cTopics}}))
            lineError(r.line, p);
        if (int(out.errors.size()) != before)
            continue;
        const QString slot = QStringList{s.leaderName, s.unit, sql::iso(s.day), s.half}.join(QLatin1Char('|'));
        if (lineOfSlot.contains(slot)) {
            lineError(r.line, tr("%1 is already scheduled for this half-day on line %2.")
                                  .arg(s.leaderName)
                                  .arg(lineOfSlot.value(slot)));
            continue;
        }
        lineOfSlot.insert(slot, r.line);
        out.lines << s;
    }
    if (out.lines.isEmpty() && out.errors.isEmpty())
        out.errors << tr("The file has no receptions below its first line.");
    return out;
}

Result<ReceptionService::Imported> ReceptionService::importSchedule(const QByteArray& data, const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::ReceptionSchedule);
    if (!actor)
        return fail(actor.error());
    const ScheduleFile file = parseSchedule(data);
    if (!file.errors.isEmpty())
        return fail(tr("Nothing was imported:") + QLatin1Char('\n') + file.errors.join(QLatin1Char('\n')));
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    Imported done;
    QHash<QString, QString> leaderOf; // name|unit → id
    for (const Leader& l : leaders())
        leaderOf.insert(l.name + QLatin1Char('|') + l.unit, l.id);
    const QString now = utcNow();
    QSqlQuery q(m_db.sql());
    for (const ScheduleLine& s : file.lines) {
        const QString key = s.leaderName + QLatin1Char('|') + s.unit;
        if (!leaderOf.contains(key)) {
            const QString id = newUuid();
            q.prepare(QStringLiteral("INSERT INTO leaders(id, name, position, level, unit, site_code, created_at, "
                                     "updated_at) VALUES(?,?,?,?,?,?,?,?)"));
            for (const QVariant& v :
                 QVariantList{id, s.leaderName, s.position, s.level, s.unit, m_db.siteCode(), now, now})
                q.addBindValue(v);
            if (Status st = sql::exec(q); !st)
                return fail(tr("Line %1: %2").arg(s.line).arg(st.error()));
            leaderOf.insert(key, id);
            ++done.leadersAdded;
        }
        q.prepare(QStringLiteral("UPDATE reception_days SET place = ?, topics = ?, row_version = row_version + 1, "
                                 "updated_at = ? WHERE leader_id = ? AND day = ? AND half = ? AND (place IS DISTINCT "
                                 "FROM ? OR topics IS DISTINCT FROM ?)"));
        for (const QVariant& v :
             QVariantList{s.place, s.topics, now, leaderOf.value(key), sql::iso(s.day), s.half, s.place, s.topics})
            q.addBindValue(v);
        if (Status st = sql::exec(q); !st)
            return fail(tr("Line %1: %2").arg(s.line).arg(st.error()));
        done.daysUpdated += q.numRowsAffected();
        q.prepare(
            QStringLiteral("INSERT INTO reception_days(id, leader_id, day, half, place, topics, site_code, "
                           "created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(leader_id, day, half) DO "
                           "NOTHING"));
        for (const QVariant& v : QVariantList{newUuid(), leaderOf.value(key), sql::iso(s.day), s.half, s.place,
                                              s.topics, m_db.siteCode(), now, now})
            q.addBindValue(v);
        if (Status st = sql::exec(q); !st)
            return fail(tr("Line %1: %2").arg(s.line).arg(st.error()));
        done.daysAdded += q.numRowsAffected();
    }
    if (Status s =
            appendAudit(m_db, actor->login, QStringLiteral("schedule_imported"), QStringLiteral("reception_day"), {},
                        QStringLiteral("leaders+%1 days+%2 days~%3")
                            .arg(done.leadersAdded)
                            .arg(done.daysAdded)
                            .arg(done.daysUpdated));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return done;
}

Result<ReceptionService::Imported> ReceptionService::importScheduleFile(const QString& path, const QString& actor)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return fail(own.error());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > limits::kListFileBytes)
        return fail(tr("The file has %1 bytes; a schedule file may have at most %2.")
                        .arg(i18n::locale().toString(f.size()), i18n::locale().toString(limits::kListFileBytes)));
    return importSchedule(f.readAll(), actor);
}

Status ReceptionService::recordReception(const QString& caseKey, const QString& dayId, const QString& note,
                                         const QString& actorLogin)
{
    auto actor = mechanisms::permittedActor(m_db, actorLogin, Action::RecordReception);
    if (!actor)
        return fail(actor.error());
    auto text = mechanisms::noteText(note);
    if (!text)
        return fail(text.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (c->status == QLatin1String(vocab::status::merged))
        return fail(tr("The case was merged into another; record the reception on that case."));
    const QList<ReceptionDay> found = daysWhere(m_db, QStringLiteral("WHERE r.id = ?"), {dayId});
    if (found.isEmpty())
        return fail(tr("Choose the reception at which the case was received."));
    const ReceptionDay& d = found.first();
    if (d.day > Clock::today())
        return fail(tr("The reception of %1 has not taken place yet.")
                        .arg(i18n::locale().toString(d.day, QLocale::LongFormat)));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM reception_visits WHERE case_id = ? AND reception_day_id = ?"));
    q.addBindValue(c->id);
    q.addBindValue(d.id);
    if (q.exec() && q.next())
        return fail(tr("The case is already recorded at this reception."));
    const QString now = utcNow();
    q.prepare(QStringLiteral("INSERT INTO reception_visits(id, case_id, reception_day_id, leader_id, note, actor, "
                             "site_code, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v :
         QVariantList{newUuid(), c->id, d.id, d.leaderId, *text, actor->login, m_db.siteCode(), now, now})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    const QString detail = tr("Received at the reception of %1 %2 (%3, %4)")
                               .arg(d.leaderPosition, d.leaderName, sql::iso(d.day), mechanisms::halfLabel(d.half)) +
                           (text->isEmpty() ? QString() : QStringLiteral("：") + *text);
    if (Status s = workflow::appendEvent(m_db, c->id, actor->login, QStringLiteral("leader_reception"), detail); !s)
        return s;
    return tx.commit();
}

IntakeOutcome ReceptionService::registerAtReception(const IntakeRequest& request, const QString& dayId)
{
    WriteTransaction tx(m_db);
    if (!tx.active()) {
        IntakeOutcome refused;
        refused.error = tx.error();
        return refused;
    }
    IntakeOutcome out = IntakeService(m_db).save(request); // a savepoint inside tx
    if (!out.ok)
        return out;
    IntakeOutcome refused;
    if (Status s = recordReception(out.saved.id, dayId, {}, request.actor); !s)
        refused.errors << FieldError{QStringLiteral("reception"), s.error()};
    else if (Status c = tx.commit(); !c)
        refused.error = c.error();
    else
        return out;
    return refused;
}

ReceptionRecord ReceptionService::record(const QString& dayId) const
{
    ReceptionRecord r;
    const QList<ReceptionDay> found = daysWhere(m_db, QStringLiteral("WHERE r.id = ?"), {dayId});
    if (found.isEmpty())
        return r;
    r.day = found.first();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT c.id, COALESCE(c.case_no, ''), c.applicant_name, c.summary, c.status, c.headcount, "
                       "v.note FROM reception_visits v JOIN cases c ON c.id = v.case_id WHERE v.reception_day_id "
                       "= ? ORDER BY v.created_at, c.case_no"));
    q.addBindValue(dayId);
    if (q.exec())
        while (q.next())
            r.visits << ReceptionVisit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                                       q.value(6).toString()};
    return r;
}

QList<ReceptionDay> ReceptionService::receptionsOfCase(const QString& caseId) const
{
    return daysWhere(m_db, QStringLiteral("JOIN reception_visits v ON v.reception_day_id = r.id WHERE v.case_id = ?"),
                     {caseId});
}

QString ReceptionService::noticeHtml(const QDate& from, const QDate& to, const QString& centerName) const
{
    const QLocale loc = i18n::locale();
    QString out = QStringLiteral("<html><body><h2 align=\"center\">%1</h2><p align=\"center\">%2</p>")
                      .arg(html(tr("%1 — leaders' reception schedule").arg(centerName)),
                           html(tr("%1 to %2").arg(sql::iso(from), sql::iso(to))));
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (const QString& h : {tr("Date"), tr("Half-day"), tr("Leader"), tr("Position"), tr("Place"), tr("Topics")})
        out += QStringLiteral("<th>%1</th>").arg(html(h));
    out += QStringLiteral("</tr>");
    const QList<ReceptionDay> list = days(from, to);
    for (const ReceptionDay& d : list)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                   .arg(html(loc.toString(d.day, QStringLiteral("MM-dd ddd"))), html(mechanisms::halfLabel(d.half)),
                        html(d.leaderName), html(d.leaderPosition), html(d.place), html(d.topics));
    if (list.isEmpty())
        out += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>").arg(html(tr("No receptions in this period.")));
    out += QStringLiteral("</table><p>%1</p></body></html>")
               .arg(html(tr("Citizens may come to the reception without an appointment; bring your identity card.")));
    return out;
}

} // namespace ow
