// Case editing: intake's validation on the edited case, the differences as timeline entries, and
// the updates of the changed rows in one transaction.
#include "workflow/case_editor.h"

#include "domain/case_status.h"
#include "domain/vocabulary.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/search_index.h"
#include "storage/sql_values.h"
#include "validation/identifiers.h"
#include "workflow/case_events.h"
#include "workflow/case_workflow.h"
#include "workflow/deadlines.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ow {
namespace {

using sql::exec;
using sql::iso;
using sql::nullable;

QString shown(const QString& value)
{
    return value.isEmpty() ? CaseEditor::tr("(none)") : value;
}

QString receivedText(const QDate& on, const QString& at)
{
    return on.toString(Qt::ISODate) + (at.isEmpty() ? QString() : QLatin1Char(' ') + at);
}

QString urgencyLabel(const QString& code)
{
    return code == QLatin1String("urgent") ? CaseEditor::tr("Urgent") : CaseEditor::tr("Normal");
}

// The fields of a party a clerk can change, with how the timeline shows a value.
struct PartyField
{
    const char* key; // FieldError suffix
    QString (*label)();
    QString Party::*member;
    QString (*display)(const QString&);
};

QString plain(const QString& s)
{
    return s;
}
QString roleText(const QString& s)
{
    return vocab::label(vocab::List::PartyRole, s);
}

const PartyField kPartyFields[] = {
    {"role", [] { return CaseEditor::tr("role"); }, &Party::role, roleText},
    {"name", [] { return CaseEditor::tr("name"); }, &Party::name, plain},
    {"id_number", [] { return CaseEditor::tr("ID number"); }, &Party::idNumber, validation::maskedId},
    {"credit_code", [] { return CaseEditor::tr("credit code"); }, &Party::creditCode, plain},
    {"phone", [] { return CaseEditor::tr("phone"); }, &Party::phone, validation::maskedPhone},
    {"address", [] { return CaseEditor::tr("address"); }, &Party::address, plain},
    {"legal_representative", [] { return CaseEditor::tr("legal representative"); }, &Party::legalRepresentative, plain},
};

// A party as the timeline names it when added or removed (personal numbers masked).
QString partyText(const Party& p)
{
    QStringList bits{roleText(p.role) + QLatin1Char(' ') + p.name};
    if (!p.idNumber.isEmpty())
        bits << CaseEditor::tr("ID %1").arg(validation::maskedId(p.idNumber));
    if (!p.creditCode.isEmpty())
        bits << CaseEditor::tr("credit code %1").arg(p.creditCode);
    if (!p.legalRepresentative.isEmpty())
        bits << CaseEditor::tr("legal representative %1").arg(p.legalRepresentative);
    if (!p.phone.isEmpty())
        bits << CaseEditor::tr("phone %1").arg(validation::maskedPhone(p.phone));
    return bits.join(QStringLiteral("，"));
}

// An organization is known by its credit code, a person by an ID number.
void settleKind(Party& p)
{
    if (!p.creditCode.trimmed().isEmpty() && p.idNumber.trimmed().isEmpty())
        p.kind = QStringLiteral("organization");
    else if (!p.idNumber.trimmed().isEmpty())
        p.kind = QStringLiteral("person");
}

bool sameParty(const Party& a, const Party& b)
{
    for (const PartyField& f : kPartyFields)
        if (a.*(f.member) != b.*(f.member))
            return false;
    return a.kind == b.kind;
}

struct Change
{
    QString field; // for tests and logs
    QString text;  // the timeline entry
};

} // namespace

QStringList CaseEditOutcome::messages() const
{
    return messagesOf(errors, error);
}

CaseEditor::CaseEditor(Database& db)
    : m_db(db)
{}

Status CaseEditor::canEdit(const CaseRecord& c)
{
    if (hasStatus(c.status, CaseStatus::Merged))
        return fail(tr("The case was merged into another case; edit that case instead."));
    if (vocab::isTerminalStatus(c.status))
        return fail(tr("The case is \"%1\" and can no longer be edited; a supervisor must reopen it first.")
                        .arg(vocab::label(vocab::List::Status, c.status)));
    return {};
}

Status CaseEditor::canChangeReceivedDate(const CaseRecord& c)
{
    if (!hasStatus(c.status, CaseStatus::Reported) && !hasStatus(c.status, CaseStatus::Filed))
        return fail(tr("The date received can be corrected only before the case is assigned; it is now \"%1\".")
                        .arg(vocab::label(vocab::List::Status, c.status)));
    for (const Milestone& m : c.milestones)
        if (m.metOn.isValid() || m.extendedDays > 0)
            return fail(tr("The date received can no longer be corrected: a deadline counted from it was already "
                           "met or extended."));
    return {};
}

namespace {

// What a save changes: the case as it would be (checked), the timeline entries, the party rows.
struct EditPlan
{
    IntakeRequest r;
    QHash<QString, Party> oldParties; // by id
    bool partiesChanged = false;
    bool receivedChanged = false;
    QList<Change> changes;
    QList<Party> updatedParties, addedParties, removedParties;
};

// Stored values that break today's rules (older records, other sites' packages) must not block
// correcting something else: only problems in what this edit changes, or depends on, count.
bool relevantError(const FieldError& fe, const EditPlan& plan, const CaseRecord& old)
{
    const IntakeRequest& r = plan.r;
    const QString& f = fe.field;
    if (f == QLatin1String("source"))
        return r.source != old.source;
    if (f == QLatin1String("category"))
        return r.category != old.categoryCode;
    if (f == QLatin1String("township") || f == QLatin1String("village"))
        return r.township != old.townshipCode || r.village != old.villageCode;
    if (f == QLatin1String("summary"))
        return r.summary != old.summary;
    if (f == QLatin1String("request"))
        return r.request != old.request;
    if (f == QLatin1String("headcount"))
        return r.headcount != old.headcount;
    if (f == QLatin1String("urgency"))
        return r.urgency != old.urgency;
    if (f == QLatin1String("received_on") || f == QLatin1String("received_at"))
        return r.receivedOn != old.receivedOn || r.receivedAt != old.receivedAt;
    if (f == QLatin1String("parties"))
        return plan.partiesChanged || r.headcount != old.headcount;
    if (f.startsWith(QLatin1String("parties["))) {
        const int i = f.mid(8, f.indexOf(QLatin1Char(']')) - 8).toInt();
        if (i < 0 || i >= r.parties.size())
            return true;
        const Party& p = r.parties[i];
        return p.id.isEmpty() || !plan.oldParties.contains(p.id) || !sameParty(p, plan.oldParties.value(p.id));
    }
    return false; // case type and window cannot be edited here
}

// The case as it would be, checked by intake's own rules (IntakeService::validate); the errors
// that concern this edit.
QList<FieldError> checkEdit(Database& db, const CaseEdit& e, const CaseRecord& old, const QString& login,
                            EditPlan& plan)
{
    IntakeRequest& r = plan.r;
    r.caseType = old.caseType;
    r.source = e.source.value_or(old.source);
    r.category = e.category.value_or(old.categoryCode);
    r.township = e.township.value_or(old.townshipCode);
    r.village = e.village.value_or(old.villageCode);
    r.window = old.windowCode;
    r.summary = e.summary.value_or(old.summary);
    r.request = e.request.value_or(old.request).trimmed();
    r.headcount = e.headcount.value_or(old.headcount);
    r.urgency = e.urgency.value_or(old.urgency);
    r.receivedOn = e.receivedOn.value_or(old.receivedOn);
    r.receivedAt = e.receivedAt.value_or(old.receivedAt).trimmed();
    r.parties = e.parties.value_or(old.parties);
    for (Party& p : r.parties)
        settleKind(p);
    r.actor = login;
    const bool timeWasUnknown = r.receivedAt.isEmpty();
    QList<FieldError> errors = IntakeService(db).validate(r);
    if (timeWasUnknown)
        r.receivedAt.clear(); // validate() fills in "now" for today's cases; an edit keeps it unknown

    for (const Party& p : old.parties)
        plan.oldParties.insert(p.id, p);
    plan.partiesChanged = e.parties.has_value();
    errors.erase(std::remove_if(errors.begin(), errors.end(),
                                [&](const FieldError& fe) { return !relevantError(fe, plan, old); }),
                 errors.end());
    plan.receivedChanged = r.receivedOn != old.receivedOn;
    if (!plan.receivedChanged || !errors.isEmpty())
        return errors;
    if (Status s = CaseEditor::canChangeReceivedDate(old); !s)
        errors << FieldError{QStringLiteral("received_on"), s.error()};
    else if (!old.caseNo.isEmpty() && r.receivedOn.year() != old.receivedOn.year())
        errors << FieldError{QStringLiteral("received_on"),
                             CaseEditor::tr("The case number %1 belongs to the year %2; the date received must stay "
                                            "in it.")
                                 .arg(old.caseNo)
                                 .arg(old.receivedOn.year())};
    else if (old.filedOn.isValid() && old.filedOn != old.receivedOn && r.receivedOn > old.filedOn)
        errors << FieldError{QStringLiteral("received_on"),
                             CaseEditor::tr("The case was accepted on %1; it cannot have been received later.")
                                 .arg(old.filedOn.toString(Qt::ISODate))};
    return errors;
}

// The differences, in the words of the case pane.
void describeFields(const ReferenceData& rd, const CaseRecord& old, EditPlan& plan)
{
    const IntakeRequest& r = plan.r;
    auto changed = [&](const QString& field, const QString& label, const QString& from, const QString& to) {
        if (from != to)
            plan.changes << Change{field, CaseEditor::tr("%1: %2 → %3").arg(label, shown(from), shown(to))};
    };
    changed(QStringLiteral("summary"), CaseEditor::tr("Dispute summary"), old.summary, r.summary);
    changed(QStringLiteral("request"), CaseEditor::tr("Request"), old.request, r.request);
    changed(QStringLiteral("category"), CaseEditor::tr("Category"), rd.categoryName(old.categoryCode),
            rd.categoryName(r.category));
    if (old.townshipCode != r.township || old.villageCode != r.village) {
        auto place = [&](const QString& township, const QString& village) -> QString {
            return rd.divisionName(township) +
                   (village.isEmpty() ? QString() : QStringLiteral(" · ") + rd.divisionName(village));
        };
        changed(QStringLiteral("location"), CaseEditor::tr("Location"), place(old.townshipCode, old.villageCode),
                place(r.township, r.village));
    }
    if (old.urgency != r.urgency)
        changed(QStringLiteral("urgency"), CaseEditor::tr("Urgency"), urgencyLabel(old.urgency),
                urgencyLabel(r.urgency));
    if (old.headcount != r.headcount)
        changed(QStringLiteral("headcount"), CaseEditor::tr("People involved"), QString::number(old.headcount),
                QString::number(r.headcount));
    changed(QStringLiteral("source"), CaseEditor::tr("Source"), vocab::label(vocab::List::Source, old.source),
            vocab::label(vocab::List::Source, r.source));
    changed(QStringLiteral("received"), CaseEditor::tr("Date and time received"),
            receivedText(old.receivedOn, old.receivedAt), receivedText(r.receivedOn, r.receivedAt));
}

// Parties: changed fields one by one, then the added and the removed.
void describeParties(const CaseRecord& old, EditPlan& plan)
{
    if (!plan.partiesChanged)
        return;
    QSet<QString> kept;
    for (const Party& p : std::as_const(plan.r.parties)) {
        if (p.id.isEmpty()) {
            plan.addedParties << p;
            plan.changes << Change{QStringLiteral("party_added"), CaseEditor::tr("Party added: %1").arg(partyText(p))};
            continue;
        }
        kept.insert(p.id);
        const Party& was = plan.oldParties[p.id];
        if (sameParty(p, was))
            continue;
        plan.updatedParties << p;
        for (const PartyField& f : kPartyFields)
            if (p.*(f.member) != was.*(f.member))
                plan.changes << Change{QStringLiteral("party.") + QLatin1String(f.key),
                                       CaseEditor::tr("%1 %2, %3: %4 → %5")
                                           .arg(roleText(was.role), was.name, f.label(),
                                                shown(f.display(was.*(f.member))), shown(f.display(p.*(f.member))))};
    }
    for (const Party& p : old.parties)
        if (!kept.contains(p.id)) {
            plan.removedParties << p;
            plan.changes << Change{QStringLiteral("party_removed"),
                                   CaseEditor::tr("Party removed: %1").arg(partyText(p))};
        }
}

// Deadlines counted from the day received (and from filing, when it was filed the same day at the
// window) count from the corrected day.
Status moveDeadlines(Database& db, const CaseRecord& old, EditPlan& plan, const QString& now, QDate& filedOn,
                     QDate& dueOn)
{
    const QDate receivedOn = plan.r.receivedOn;
    if (old.filedOn == old.receivedOn)
        filedOn = receivedOn;
    const DeadlineEngine engine(HolidayCalendar::load(db));
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE milestones SET starts_on = ?, due_on = ?, original_due_on = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE case_id = ? AND milestone = ?"));
    for (const Milestone& m : old.milestones) {
        if (m.startsOn != old.receivedOn)
            continue;
        const QDate due = engine.dueDate(receivedOn, m.days, m.counting);
        for (const QVariant& v : QVariantList{iso(receivedOn), iso(due), iso(due), now, old.id, m.milestone})
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return s;
        if (m.milestone == QLatin1String("handling"))
            dueOn = due;
    }
    if (dueOn != old.dueOn)
        plan.changes << Change{QStringLiteral("due_on"),
                               CaseEditor::tr("%1: %2 → %3")
                                   .arg(CaseEditor::tr("Handling deadline"), shown(iso(old.dueOn)), shown(iso(dueOn)))};
    return {};
}

Status writeParties(Database& db, const QString& caseId, const EditPlan& plan, const QString& now)
{
    QSqlQuery up(db.sql());
    up.prepare(QStringLiteral("UPDATE parties SET role = ?, kind = ?, name = ?, id_number = ?, credit_code = ?, "
                              "phone = ?, address = ?, legal_representative = ?, updated_at = ?, "
                              "row_version = row_version + 1 WHERE id = ? AND case_id = ?"));
    for (const Party& p : plan.updatedParties) {
        for (const QVariant& v :
             QVariantList{p.role, p.kind, p.name, nullable(p.idNumber), nullable(p.creditCode), nullable(p.phone),
                          nullable(p.address), nullable(p.legalRepresentative), now, p.id, caseId})
            up.addBindValue(v);
        if (Status s = exec(up); !s)
            return s;
    }
    QSqlQuery ins(db.sql());
    ins.prepare(QStringLiteral("INSERT INTO parties(id, case_id, role, kind, name, id_number, credit_code, phone, "
                               "address, legal_representative, sort_order, site_code, created_at, updated_at) "
                               "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    // New parties go after the existing ones (sort_order is only ever compared, never shown).
    QSqlQuery maxOrder(db.sql());
    maxOrder.prepare(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) FROM parties WHERE case_id = ?"));
    maxOrder.addBindValue(caseId);
    if (Status s = exec(maxOrder); !s)
        return s;
    int sortOrder = maxOrder.next() ? maxOrder.value(0).toInt() : 0;
    maxOrder.finish();
    for (const Party& p : plan.addedParties) {
        for (const QVariant& v : QVariantList{newUuid(), caseId, p.role, p.kind, p.name, nullable(p.idNumber),
                                              nullable(p.creditCode), nullable(p.phone), nullable(p.address),
                                              nullable(p.legalRepresentative), ++sortOrder, db.siteCode(), now, now})
            ins.addBindValue(v);
        if (Status s = exec(ins); !s)
            return s;
    }
    // A removed party's row goes; the timeline keeps who it was. (Consolidation packages carry
    // rows, not deletions: the county keeps the row, and the timeline entry tells why.)
    QSqlQuery del(db.sql());
    del.prepare(QStringLiteral("DELETE FROM parties WHERE id = ? AND case_id = ?"));
    for (const Party& p : plan.removedParties) {
        del.addBindValue(p.id);
        del.addBindValue(caseId);
        if (Status s = exec(del); !s)
            return s;
    }
    return {};
}

Status updateCaseRow(Database& db, const CaseRecord& old, const IntakeRequest& r, const QDate& filedOn,
                     const QDate& dueOn, const QString& now)
{
    CaseRecord after = old;
    after.parties = r.parties;
    QSqlQuery uc(db.sql());
    uc.prepare(QStringLiteral("UPDATE cases SET summary = ?, request = ?, category_code = ?, township_code = ?, "
                              "village_code = ?, urgency = ?, headcount = ?, source = ?, received_on = ?, "
                              "received_at = ?, filed_on = ?, due_on = ?, applicant_name = ?, updated_at = ?, "
                              "row_version = row_version + 1 WHERE id = ?"));
    for (const QVariant& v :
         QVariantList{r.summary, nullable(r.request), r.category, r.township, nullable(r.village), r.urgency,
                      r.headcount, r.source, iso(r.receivedOn), nullable(r.receivedAt), nullable(iso(filedOn)),
                      nullable(iso(dueOn)), after.applicantName(), now, old.id})
        uc.addBindValue(v);
    return exec(uc);
}

} // namespace

CaseEditOutcome CaseEditor::save(const CaseEdit& e)
{
    CaseEditOutcome out;
    auto actor = actorFor(m_db, e.actor);
    if (!actor) {
        out.error = actor.error();
        return out;
    }
    auto loaded = workflow::loadCase(m_db, e.caseKey);
    if (!loaded) {
        out.error = loaded.error();
        return out;
    }
    const CaseRecord old = *loaded;
    if (Status s = canEdit(old); !s) {
        out.error = s.error();
        return out;
    }
    if (e.expectedRowVersion > 0 && e.expectedRowVersion != old.rowVersion) {
        out.error = workflow::changedMeanwhile(m_db, old);
        return out;
    }
    EditPlan plan;
    const QList<FieldError> errors = checkEdit(m_db, e, old, actor->login, plan);
    for (const Party& p : std::as_const(plan.r.parties))
        if (!p.id.isEmpty() && !plan.oldParties.contains(p.id)) {
            out.error = tr("A party of this list does not belong to the case; open the case again.");
            return out;
        }
    if (!errors.isEmpty()) {
        out.errors = errors;
        return out;
    }
    describeFields(ReferenceData::load(m_db), old, plan);
    describeParties(old, plan);
    if (plan.changes.isEmpty()) {
        out.ok = true;
        out.saved = old;
        return out;
    }

    WriteTransaction tx(m_db);
    if (!tx.active()) {
        out.error = tx.error();
        return out;
    }
    // Read again under the write lock: another program may have saved since the check above.
    auto current = workflow::loadCase(m_db, old.id);
    if (!current) {
        out.error = current.error();
        return out;
    }
    if (current->rowVersion != old.rowVersion) {
        out.error = workflow::changedMeanwhile(m_db, *current);
        return out;
    }
    const QString now = utcNow();
    QDate filedOn = old.filedOn, dueOn = old.dueOn;
    Status written = plan.receivedChanged ? moveDeadlines(m_db, old, plan, now, filedOn, dueOn) : Status{};
    if (written)
        written = writeParties(m_db, old.id, plan, now);
    if (written)
        written = updateCaseRow(m_db, old, plan.r, filedOn, dueOn, now);
    // One timeline entry per change; appendEvent writes its audit entry too.
    for (const Change& c : std::as_const(plan.changes)) {
        if (!written)
            break;
        written = workflow::appendEvent(m_db, old.id, actor->login, QStringLiteral("edit"), c.text);
        out.changes << c.text;
    }
    if (written)
        written = search::syncPending(m_db);
    if (!written) {
        out.changes.clear();
        out.error = written.error();
        return out;
    }
    auto reloaded = workflow::commitAndReload(m_db, tx, old.id);
    if (!reloaded) {
        out.error = reloaded.error();
        return out;
    }
    out.ok = true;
    out.saved = *reloaded;
    return out;
}

} // namespace ow
