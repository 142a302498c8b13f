// Intake: field validation, saving a new case in one transaction, repeat-visitor lookup.
#include "workflow/intake_service.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "security/audit.h"
#include "storage/case_writer.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "util/text.h"
#include "validation/identifiers.h"
#include "workflow/case_numbers.h"
#include "workflow/case_workflow.h"
#include "workflow/deadlines.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>

namespace ow {

QStringList messagesOf(const QList<FieldError>& errors, const QString& error)
{
    QStringList out;
    for (const FieldError& e : errors)
        out << e.field + QStringLiteral(": ") + e.message;
    if (!error.isEmpty())
        out << error;
    return out;
}

QStringList IntakeOutcome::messages() const
{
    return messagesOf(errors, error);
}

IntakeService::IntakeService(Database& db)
    : m_db(db)
{}

// The problems found so far, and the checks every field shares.
struct IntakeService::FieldChecks
{
    QList<FieldError> errors;
    void err(const QString& field, const QString& message) { errors << FieldError{field, message}; }
    // What no stored text may hold (control and direction characters, U+FFFD) and the limits of
    // util/limits.h, the same as for a ledger: false, with the field's error, when `value` breaks one.
    bool fits(const QString& field, const QString& value, text::Field kind, const QString& label)
    {
        const QString problem = text::fieldProblem(value, kind, label);
        if (!problem.isEmpty())
            err(field, problem);
        return problem.isEmpty();
    }
    // A number a validator checks and normalizes (ID, credit code, phone); nothing to check when empty.
    void number(const QString& field, QString& value, const QString& label, Result<QString> (*check)(const QString&))
    {
        if (value.trimmed().isEmpty() || !fits(field, value, text::Field::Number, label))
            return;
        if (auto v = check(value))
            value = *v;
        else
            err(field, v.error());
    }
};

QList<FieldError> IntakeService::validate(IntakeRequest& r) const
{
    FieldChecks checks;
    checkCodes(r, checks);
    checkTexts(r, checks);
    checkParties(r, checks);
    return checks.errors;
}

void IntakeService::checkCodes(IntakeRequest& r, FieldChecks& c) const
{
    const ReferenceData rd = ReferenceData::load(m_db);
    if (r.caseType.trimmed().isEmpty())
        c.err(QStringLiteral("case_type"), tr("Choose the case type."));
    else if (!c.fits(QStringLiteral("case_type"), r.caseType, text::Field::Label, tr("Case type")))
        ;
    else if (auto v = vocab::parse(vocab::List::CaseType, r.caseType))
        r.caseType = *v;
    else
        c.err(QStringLiteral("case_type"), tr("\"%1\" is not a case type.").arg(r.caseType));

    if (r.source.trimmed().isEmpty())
        c.err(QStringLiteral("source"), tr("Choose how the case reached the center."));
    else if (!c.fits(QStringLiteral("source"), r.source, text::Field::Label, tr("Source")))
        ;
    else if (auto v = vocab::parse(vocab::List::Source, r.source))
        r.source = *v;
    else if (text::matchKey(r.source).contains(QLatin1String("12345")))
        r.source = QStringLiteral("phone"); // hotline exports name the channel by its number
    else
        c.err(QStringLiteral("source"), tr("\"%1\" is not a source channel.").arg(r.source));

    if (r.category.trimmed().isEmpty())
        c.err(QStringLiteral("category"), tr("Choose the dispute category."));
    else if (!c.fits(QStringLiteral("category"), r.category, text::Field::Label, tr("Category")))
        ;
    else if (auto v = rd.findCategory(r.category))
        r.category = *v;
    else
        c.err(QStringLiteral("category"), tr("\"%1\" is not a dispute category.").arg(r.category));

    bool townshipOk = false;
    if (r.township.trimmed().isEmpty()) {
        c.err(QStringLiteral("township"), tr("Choose the township (苏木/镇/街道) where the dispute arose."));
    } else if (c.fits(QStringLiteral("township"), r.township, text::Field::Label, tr("Township"))) {
        std::optional<QString> found;
        const QString key = text::matchKey(r.township);
        for (const NamedCode& t : rd.townships())
            if (t.code == r.township.trimmed() || text::matchKey(t.nameZh) == key ||
                (!t.nameEn.isEmpty() && text::matchKey(t.nameEn) == key))
                found = t.code;
        townshipOk = found.has_value();
        if (found)
            r.township = *found;
        else
            c.err(QStringLiteral("township"), tr("\"%1\" is not a township of this center.").arg(r.township));
    }
    if (townshipOk && !r.village.trimmed().isEmpty() &&
        c.fits(QStringLiteral("village"), r.village, text::Field::Label, tr("Village"))) {
        const auto v = rd.findDivision(r.village, r.township);
        if (v)
            r.village = *v;
        else
            c.err(QStringLiteral("village"),
                  tr("\"%1\" is not a village or community of the chosen township.").arg(r.village));
    }
    if (!r.window.trimmed().isEmpty() && c.fits(QStringLiteral("window"), r.window, text::Field::Label, tr("Window"))) {
        if (auto v = rd.findDepartment(r.window, true))
            r.window = *v;
        else
            c.err(QStringLiteral("window"), tr("\"%1\" is not a receiving window.").arg(r.window));
    }
}

void IntakeService::checkTexts(IntakeRequest& r, FieldChecks& c)
{
    // Line ends as one \n (a hotline export may bring \r\n); the texts are kept as written otherwise.
    for (QString* t : {&r.summary, &r.request, &r.rejectReason})
        *t = t->replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed();
    if (r.summary.isEmpty())
        c.err(QStringLiteral("summary"), tr("Write a short summary of the dispute."));
    else
        c.fits(QStringLiteral("summary"), r.summary, text::Field::Text, tr("Dispute summary"));
    c.fits(QStringLiteral("request"), r.request, text::Field::Text, tr("Request"));
    if (r.headcount < 1)
        c.err(QStringLiteral("headcount"), tr("The number of people involved must be at least 1."));
    if (r.urgency.isEmpty())
        r.urgency = QStringLiteral("normal");
    if (r.urgency != QLatin1String("normal") && r.urgency != QLatin1String("urgent"))
        c.err(QStringLiteral("urgency"), tr("Urgency is normal or urgent."));
    const QDate today = Clock::today();
    if (!r.receivedOn.isValid())
        r.receivedOn = today;
    else if (r.receivedOn > today)
        c.err(QStringLiteral("received_on"), tr("The date received cannot be in the future."));
    if (r.receivedAt.isEmpty() && r.receivedOn == today)
        r.receivedAt = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    else if (!r.receivedAt.isEmpty() && !QTime::fromString(r.receivedAt, QStringLiteral("HH:mm")).isValid())
        c.err(QStringLiteral("received_at"), tr("Write the time as hours:minutes, e.g. 09:30."));
    if (r.saveAs == IntakeRequest::SaveAs::Rejected && r.rejectReason.trimmed().isEmpty())
        c.err(QStringLiteral("reject_reason"), tr("Write down why the case is not accepted; the notice shows it."));
    else if (r.saveAs == IntakeRequest::SaveAs::Rejected)
        c.fits(QStringLiteral("reject_reason"), r.rejectReason, text::Field::Text, tr("Reason for not accepting"));
}

void IntakeService::checkParty(Party& p, const QString& f, FieldChecks& c)
{
    p.name = p.name.trimmed();
    if (p.kind != QLatin1String("organization"))
        p.kind = QStringLiteral("person");
    if (p.name.isEmpty())
        c.err(f + QStringLiteral("name"), tr("Write the name."));
    else
        c.fits(f + QStringLiteral("name"), p.name, text::Field::Name, tr("Name"));
    c.number(f + QStringLiteral("id_number"), p.idNumber, tr("ID number"), &validation::residentId);
    c.number(f + QStringLiteral("credit_code"), p.creditCode, tr("Credit code"), &validation::creditCode);
    c.number(f + QStringLiteral("phone"), p.phone, tr("Phone"), &validation::phone);
    p.address = p.address.trimmed();
    c.fits(f + QStringLiteral("address"), p.address, text::Field::Address, tr("Address"));
    // 法定代表人: an organization's; a person has none (who would it be on the agreement?).
    p.legalRepresentative = p.legalRepresentative.trimmed();
    if (p.legalRepresentative.isEmpty())
        return;
    if (p.kind != QLatin1String("organization"))
        c.err(f + QStringLiteral("legal_representative"),
              tr("Only an organization has a legal representative. Enter its unified social credit code, or "
                 "leave the legal representative empty for a person."));
    else
        c.fits(f + QStringLiteral("legal_representative"), p.legalRepresentative, text::Field::Name,
               tr("Legal representative"));
}

void IntakeService::checkParties(IntakeRequest& r, FieldChecks& c)
{
    int applicants = 0, representatives = 0, agents = 0;
    for (qsizetype i = 0; i < r.parties.size(); ++i) {
        Party& p = r.parties[i];
        const QString f = QStringLiteral("parties[%1].").arg(i);
        if (p.role == QLatin1String("applicant"))
            ++applicants;
        else if (p.role == QLatin1String("representative"))
            ++representatives;
        else if (p.role == QLatin1String("agent"))
            ++agents;
        else if (auto v = vocab::parse(vocab::List::PartyRole, p.role))
            p.role = *v;
        else if (p.role != QLatin1String("respondent"))
            c.err(f + QStringLiteral("role"), tr("\"%1\" is not a party role.").arg(p.role));
        checkParty(p, f, c);
    }
    if (applicants == 0)
        c.err(QStringLiteral("parties"), tr("Enter at least one applicant."));
    if (representatives > 0 && r.headcount < 5)
        c.err(QStringLiteral("parties"),
              tr("Representatives are chosen only when 5 or more people come together (信访工作条例 art. 20)."));
    if (representatives > 5)
        c.err(QStringLiteral("parties"), tr("At most 5 representatives may be chosen (信访工作条例 art. 20)."));
    if (agents > 1)
        c.err(QStringLiteral("parties"), tr("Enter at most one proxy agent (信访代办员)."));
}

IntakeOutcome IntakeService::save(IntakeRequest r)
{
    IntakeOutcome out;
    auto actor = actorFor(m_db, r.actor);
    if (!actor) {
        out.error = actor.error();
        return out;
    }
    out.errors = validate(r);
    if (!out.errors.isEmpty())
        return out;
    WriteTransaction tx(m_db);
    if (!tx.active()) {
        out.error = tx.error();
        return out;
    }
    CaseRecord c;
    c.caseType = r.caseType;
    c.source = r.source;
    c.windowCode = r.window;
    c.categoryCode = r.category;
    c.townshipCode = r.township;
    c.villageCode = r.village;
    c.summary = r.summary;
    c.request = r.request.trimmed();
    c.headcount = r.headcount;
    c.urgency = r.urgency;
    c.receivedOn = r.receivedOn;
    c.receivedAt = r.receivedAt;
    c.parties = r.parties;
    c.origin = QStringLiteral("intake");
    const QString now = utcNow();
    DeadlineEngine engine(HolidayCalendar::load(m_db));
    QList<DeadlineRule> rules = loadDeadlineRules(m_db, c.caseType);
    QString detail;
    const ReferenceData rd = ReferenceData::load(m_db);
    const QString where = c.windowCode.isEmpty() ? rd.siteName : rd.departmentName(c.windowCode);
    switch (r.saveAs) {
    case IntakeRequest::SaveAs::Filed: {
        auto number = allocateCaseNumber(m_db, c.receivedOn);
        if (!number) {
            out.error = number.error();
            return out;
        }
        c.caseNo = *number;
        c.status = QString::fromLatin1(vocab::status::filed);
        c.filedOn = c.receivedOn;
        c.milestones = engine.milestonesOnFiling(c, rules);
        detail = tr("Registered at %1 and accepted as case %2").arg(where, c.caseNo);
        break;
    }
    case IntakeRequest::SaveAs::Reported: {
        c.status = QString::fromLatin1(vocab::status::reported);
        // Only the periods that already run from receipt (e.g. the 15-day acceptance notice).
        rules.erase(std::remove_if(rules.begin(), rules.end(),
                                   [](const DeadlineRule& x) { return x.startsFrom != QLatin1String("received"); }),
                    rules.end());
        c.milestones = engine.milestonesOnFiling(c, rules);
        detail = tr("Registered at %1; waiting for triage").arg(where);
        break;
    }
    case IntakeRequest::SaveAs::Rejected:
        c.status = QString::fromLatin1(vocab::status::rejected);
        c.endedOn = c.receivedOn;
        detail = tr("Registered at %1 and not accepted: %2").arg(where, r.rejectReason.trimmed());
        break;
    }
    for (const Milestone& m : c.milestones)
        if (m.milestone == QLatin1String("handling"))
            c.dueOn = m.dueOn;
    c.timeline << TimelineEvent{now, actor->login, QStringLiteral("intake"), detail};
    if (r.saveAs == IntakeRequest::SaveAs::Rejected)
        c.endReason = r.rejectReason.trimmed();
    if (Status s = CaseWriter(m_db).insert(c); !s) {
        out.error = s.error();
        return out;
    }
    if (r.saveAs == IntakeRequest::SaveAs::Rejected) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE cases SET end_reason = ?, site_created_by = ? WHERE id = ?"));
        q.addBindValue(c.endReason);
        q.addBindValue(actor->login);
        q.addBindValue(c.id);
        if (!q.exec()) {
            out.error = sql::errorText(q.lastError());
            return out;
        }
    } else {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE cases SET site_created_by = ? WHERE id = ?"));
        q.addBindValue(actor->login);
        q.addBindValue(c.id);
        q.exec();
    }
    // The search document before the audit entry: on a server the entry takes the audit chain's lock,
    // which every desk's saves wait for until this transaction commits (security/audit.cpp).
    if (Status s = search::syncPending(m_db); !s) {
        out.error = s.error();
        return out;
    }
    if (Status s = appendAudit(m_db, actor->login, QStringLiteral("intake"), QStringLiteral("case"), c.id, detail);
        !s) {
        out.error = s.error();
        return out;
    }
    if (Status s = tx.commit(); !s) {
        out.error = s.error();
        return out;
    }
    out.ok = true;
    out.saved = c;
    return out;
}

QList<RepeatMatch> IntakeService::findRepeats(const QString& idNumber, const QString& phone, const QString& name,
                                              const QString& township, const QDate& today) const
{
    QList<RepeatMatch> out;
    QStringList conds;
    QVariantList binds;
    const QString id = validation::residentId(idNumber).ok() ? *validation::residentId(idNumber) : QString();
    const QString tel = validation::phone(phone).ok() ? *validation::phone(phone) : QString();
    if (!id.isEmpty()) {
        conds << QStringLiteral("p.id_number = ?");
        binds << id;
    }
    if (!tel.isEmpty()) {
        conds << QStringLiteral("p.phone = ?");
        binds << tel;
    }
    if (!name.trimmed().isEmpty() && !township.trimmed().isEmpty()) {
        conds << QStringLiteral("(p.name = ? AND c.township_code = ?)");
        binds << name.trimmed() << township.trimmed();
    }
    if (conds.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT c.id, COALESCE(c.case_no, ''), c.status, c.received_on, c.applicant_name, c.summary, "
                       "p.id_number, p.phone, p.name FROM parties p JOIN cases c ON c.id = p.case_id WHERE (%1) AND "
                       "c.status <> 'merged' AND (c.status NOT IN ('closed','escalated','withdrawn','rejected') OR "
                       "c.received_on >= ?) ORDER BY c.received_on DESC, c.id LIMIT 50")
            .arg(conds.join(QStringLiteral(" OR "))));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(today.addMonths(-12).toString(Qt::ISODate));
    if (!q.exec())
        return out;
    QStringList seen;
    while (q.next()) {
        const QString caseId = q.value(0).toString();
        if (seen.contains(caseId))
            continue;
        seen << caseId;
        RepeatMatch m;
        m.caseId = caseId;
        m.caseNo = q.value(1).toString();
        m.oneCaseCode = oneCaseCodeFor(caseId);
        m.status = q.value(2).toString();
        m.receivedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        m.applicant = q.value(4).toString();
        m.summary = q.value(5).toString();
        m.open = !vocab::isTerminalStatus(m.status);
        if (!id.isEmpty() && q.value(6).toString() == id)
            m.matchedBy = QStringLiteral("id_number");
        else if (!tel.isEmpty() && q.value(7).toString() == tel)
            m.matchedBy = QStringLiteral("phone");
        else
            m.matchedBy = QStringLiteral("name");
        out << m;
    }
    return out;
}

Result<CaseRecord> IntakeService::recordVisit(const QString& caseKey, const QString& actorLogin, const QString& note)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto c = workflow::loadCase(m_db, caseKey);
    if (!c)
        return fail(c.error());
    if (hasStatus(c->status, CaseStatus::Merged))
        return fail(tr("The case was merged into another case; record the visit there."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE cases SET visit_count = visit_count + 1 WHERE id = ?"));
    q.addBindValue(c->id);
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    const QString detail = tr("Visit no. %1 about this case").arg(c->visitCount + 1) +
                           (note.trimmed().isEmpty() ? QString() : QStringLiteral("：") + note.trimmed());
    if (Status s = workflow::appendEvent(m_db, c->id, actor->login, QStringLiteral("visit"), detail); !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, c->id); !s)
        return fail(s.error());
    return workflow::commitAndReload(m_db, tx, c->id);
}

} // namespace ow
