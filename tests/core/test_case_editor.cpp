// Tests of case editing (CaseEditor) and the center settings service: every field, parties added
// and removed, refusals that leave the file untouched, timeline "old → new", search and row versions.
#include "support/catch.h"
#include "support/fixtures.h"

#include "admin/settings_service.h"
#include "core/workflow_helpers.h"
#include "security/audit.h"
#include "storage/case_store.h"
#include "workflow/case_editor.h"
#include "workflow/case_numbers.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace ow;
using namespace ow::test;

namespace {

QList<CaseListRow> found(Database& db, const QString& term)
{
    CaseFilter f;
    f.search = term;
    return CaseStore(db).page(f, std::nullopt, 100);
}

int events(Database& db, const QString& caseId)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ?"), {caseId}).toInt();
}

int audits(Database& db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
}

CaseEditOutcome edit(Database& db, CaseEdit e)
{
    const CaseEditOutcome out = CaseEditor(db).save(e);
    if (!out.ok) // shown when a test expected it to work
        UNSCOPED_INFO(out.messages().join(QLatin1Char('\n')).toStdString());
    return out;
}

bool hasError(const CaseEditOutcome& out, const QString& field)
{
    for (const FieldError& e : out.errors)
        if (e.field == field)
            return true;
    return false;
}

} // namespace

TEST_CASE("each case field is changed with a timeline entry old → new")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    const int eventsBefore = events(*t.db, c.id);
    const int auditBefore = audits(*t.db);

    CaseEdit e;
    e.caseKey = c.caseNo;
    e.summary = QStringLiteral("邻居砌墙占用通道，协商未果");
    e.request = QStringLiteral("拆除围墙");
    e.category = QStringLiteral("grassland"); // by code
    e.township = QStringLiteral("乌加河镇");  // by name, as typed
    e.urgency = QStringLiteral("urgent");
    e.headcount = 3;
    e.source = QStringLiteral("phone");
    e.receivedAt = QStringLiteral("10:15");
    const CaseEditOutcome out = edit(*t.db, e);
    REQUIRE(out.ok);
    CHECK(out.changes.size() == 8);

    const auto after = CaseStore(*t.db).load(c.id);
    REQUIRE(after.ok());
    CHECK(after->summary == QStringLiteral("邻居砌墙占用通道，协商未果"));
    CHECK(after->request == QStringLiteral("拆除围墙"));
    CHECK(after->categoryCode == QStringLiteral("grassland"));
    CHECK(after->townshipCode != c.townshipCode);
    CHECK(after->urgency == QStringLiteral("urgent"));
    CHECK(after->headcount == 3);
    CHECK(after->source == QStringLiteral("phone"));
    CHECK(after->receivedAt == QStringLiteral("10:15"));
    CHECK(after->receivedOn == c.receivedOn);
    CHECK(after->rowVersion == c.rowVersion + 1);
    CHECK(after->updatedAt > c.updatedAt);

    CHECK(events(*t.db, c.id) == eventsBefore + 8);
    // Each entry has its audit entry, and the hash chain still holds.
    CHECK(audits(*t.db) == auditBefore + 8);
    CHECK(verifyAuditChain(*t.db).firstBrokenSeq == -1);
    QStringList details;
    for (const TimelineEvent& ev : after->timeline)
        if (ev.action == QLatin1String("edit"))
            details << ev.detail;
    const QString all = details.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("邻居在宅基地边界砌墙，双方争执 → 邻居砌墙占用通道，协商未果")));
    CHECK(all.contains(QStringLiteral(" → 拆除围墙")));
    CHECK(all.contains(QStringLiteral("09:30 → ")));
    CHECK(all.contains(QStringLiteral("10:15")));
    CHECK(all.contains(QStringLiteral("海流图镇 → 乌加河镇")));
    for (const TimelineEvent& ev : after->timeline)
        if (ev.action == QLatin1String("edit"))
            CHECK(ev.actor == QStringLiteral("system"));
}

TEST_CASE("nothing changed: no write, no timeline entry")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    const QByteArray before = storeHash(t);
    const int auditBefore = audits(*t.db);
    CaseEdit e;
    e.caseKey = c.id;
    e.summary = QStringLiteral("  邻居在宅基地边界砌墙，双方争执  "); // same once trimmed
    e.category = QStringLiteral("邻里");                              // the name of the same category
    e.parties = c.parties;
    const CaseEditOutcome out = edit(*t.db, e);
    REQUIRE(out.ok);
    CHECK(out.changes.isEmpty());
    CHECK(out.saved.rowVersion == c.rowVersion);
    CHECK(audits(*t.db) == auditBefore);
    CHECK(storeHash(t) == before);
}

TEST_CASE("a party's name, ID and phone are changed; search finds the new name, the timeline masks numbers")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    const int partyVersion =
        scalar(*t.db, QStringLiteral("SELECT row_version FROM parties WHERE id = ?"), {c.parties[0].id}).toInt();
    const int respondentVersion =
        scalar(*t.db, QStringLiteral("SELECT row_version FROM parties WHERE id = ?"), {c.parties[1].id}).toInt();
    CHECK(found(*t.db, QStringLiteral("赵丽华")).isEmpty());

    CaseEdit e;
    e.caseKey = c.id;
    e.expectedRowVersion = c.rowVersion;
    QList<Party> parties = c.parties;
    parties[0].name = QStringLiteral("赵丽华");
    parties[0].idNumber = QStringLiteral("150824198503150021");
    parties[0].phone = QStringLiteral("13904781234");
    parties[0].address = QStringLiteral("海流图镇团结路3号");
    e.parties = parties;
    const CaseEditOutcome out = edit(*t.db, e);
    REQUIRE(out.ok);
    CHECK(out.changes.size() == 4);
    const QString all = out.changes.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("王芳 → 赵丽华")));
    CHECK(all.contains(QStringLiteral("150824********0010 → 150824********0021")));
    CHECK(all.contains(QStringLiteral("138****2345 → 139****1234")));
    CHECK_FALSE(all.contains(QStringLiteral("150824198001010010")));
    CHECK_FALSE(all.contains(QStringLiteral("13904781234")));

    CHECK(scalar(*t.db, QStringLiteral("SELECT row_version FROM parties WHERE id = ?"), {c.parties[0].id}).toInt() ==
          partyVersion + 1);
    // The respondent did not change: its row stays as it was (consolidation sends only changed rows).
    CHECK(scalar(*t.db, QStringLiteral("SELECT row_version FROM parties WHERE id = ?"), {c.parties[1].id}).toInt() ==
          respondentVersion);
    CHECK(out.saved.rowVersion == c.rowVersion + 1);
    CHECK(out.saved.applicantName() == QStringLiteral("赵丽华"));
    CHECK(scalar(*t.db, QStringLiteral("SELECT applicant_name FROM cases WHERE id = ?"), {c.id}).toString() ==
          QStringLiteral("赵丽华"));

    // The new name, 1 and 2 characters of it, and the new phone are found; the old name is not.
    for (const QString& term : {QStringLiteral("赵丽华"), QStringLiteral("丽华"), QStringLiteral("赵"),
                                QStringLiteral("13904781234"), QStringLiteral("1234")}) {
        INFO(term.toStdString());
        const auto rows = found(*t.db, term);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].id == c.id);
    }
    CHECK(found(*t.db, QStringLiteral("王芳")).isEmpty());

    // An edit based on the old version is refused now.
    CaseEdit stale;
    stale.caseKey = c.id;
    stale.expectedRowVersion = c.rowVersion;
    stale.summary = QStringLiteral("另一处修改");
    const CaseEditOutcome refused = edit(*t.db, stale);
    CHECK_FALSE(refused.ok);
    // The second desk is told who changed the case, when and what, and that its own edit was not saved.
    INFO(refused.error.toStdString());
    const TimelineEvent& last = out.saved.timeline.constLast();
    CHECK(refused.error.contains(c.caseNo));
    CHECK(refused.error.contains(last.detail.left(12)));
    CHECK(refused.error.contains(
        QDateTime::fromString(last.at, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK(refused.error.contains(QStringLiteral("未保存")));
    CHECK(refused.error.contains(QStringLiteral("重新打开")));
    CHECK(scalar(*t.db, QStringLiteral("SELECT summary FROM cases WHERE id = ?"), {c.id}).toString() != stale.summary);
}

TEST_CASE("an edited summary is found by its new words")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    CHECK(found(*t.db, QStringLiteral("羊群")).isEmpty());
    CaseEdit e;
    e.caseKey = c.id;
    e.summary = QStringLiteral("羊群越界啃食草场");
    REQUIRE(edit(*t.db, e).ok);
    REQUIRE(found(*t.db, QStringLiteral("羊群")).size() == 1);
    CHECK(found(*t.db, QStringLiteral("宅基地")).isEmpty());
}

TEST_CASE("parties are added and removed while an applicant remains")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    CaseEdit e;
    e.caseKey = c.id;
    QList<Party> parties = c.parties;
    Party org;
    org.role = QStringLiteral("respondent");
    org.name = QStringLiteral("乌拉特中旗某建筑公司");
    org.creditCode = QStringLiteral("91150824MA0N1XXXXX"); // wrong check character first
    parties << org;
    e.parties = parties;
    CaseEditOutcome out = edit(*t.db, e);
    CHECK_FALSE(out.ok);
    CHECK(hasError(out, QStringLiteral("parties[2].credit_code")));

    const QString valid = QStringLiteral("91350100M000100Y43");
    parties[2].creditCode = valid;
    e.parties = parties;
    out = edit(*t.db, e);
    REQUIRE(out.ok);
    REQUIRE(out.saved.parties.size() == 3);
    CHECK(out.saved.parties[2].name == QStringLiteral("乌拉特中旗某建筑公司"));
    CHECK(out.saved.parties[2].kind == QStringLiteral("organization"));
    CHECK(out.changes.join(QString()).contains(QStringLiteral("乌拉特中旗某建筑公司")));

    // Its legal representative added later: one timeline entry old → new.
    parties = out.saved.parties;
    parties[2].legalRepresentative = QStringLiteral("赵刚");
    e.parties = parties;
    out = edit(*t.db, e);
    REQUIRE(out.ok);
    CHECK(out.saved.parties[2].legalRepresentative == QStringLiteral("赵刚"));
    REQUIRE(out.changes.size() == 1);
    CHECK(out.changes[0].contains(QStringLiteral("法定代表人")));
    CHECK(out.changes[0].contains(QStringLiteral("赵刚")));

    // Removing the respondent 李建国 leaves the applicant.
    CaseEdit remove;
    remove.caseKey = c.id;
    QList<Party> kept = out.saved.parties;
    kept.removeAt(1);
    remove.parties = kept;
    out = edit(*t.db, remove);
    REQUIRE(out.ok);
    CHECK(out.saved.parties.size() == 2);
    REQUIRE(out.changes.size() == 1);
    CHECK(out.changes[0].contains(QStringLiteral("李建国")));
    CHECK(scalar(*t.db, QStringLiteral("SELECT COUNT(*) FROM parties WHERE case_id = ? AND name = ?"),
                 {c.id, QStringLiteral("李建国")})
              .toInt() == 0);

    // Removing the only applicant is refused, nothing written.
    const QByteArray before = storeHash(t);
    CaseEdit noApplicant;
    noApplicant.caseKey = c.id;
    QList<Party> respondentsOnly = out.saved.parties;
    respondentsOnly.removeAt(0);
    noApplicant.parties = respondentsOnly;
    out = edit(*t.db, noApplicant);
    CHECK_FALSE(out.ok);
    CHECK(hasError(out, QStringLiteral("parties")));
    CHECK(storeHash(t) == before);
}

TEST_CASE("an invalid ID number is refused and the database stays byte for byte the same")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    const QByteArray before = storeHash(t);
    CaseEdit e;
    e.caseKey = c.id;
    e.summary = QStringLiteral("改了摘要");
    QList<Party> parties = c.parties;
    parties[0].idNumber = QStringLiteral("150824198001010011"); // wrong check digit
    e.parties = parties;
    const CaseEditOutcome out = edit(*t.db, e);
    CHECK_FALSE(out.ok);
    REQUIRE(hasError(out, QStringLiteral("parties[0].id_number")));
    for (const FieldError& fe : out.errors)
        if (fe.field == QLatin1String("parties[0].id_number"))
            CHECK(fe.message.contains(QStringLiteral("校验")));
    CHECK(storeHash(t) == before);
    CHECK(CaseStore(*t.db).load(c.id)->summary == c.summary);

    // A bad phone, an empty summary and a village of another township: each at its field.
    CaseEdit more;
    more.caseKey = c.id;
    more.summary = QStringLiteral("  ");
    more.village = QStringLiteral("no-such-village");
    QList<Party> p2 = c.parties;
    p2[1].phone = QStringLiteral("12345");
    more.parties = p2;
    const CaseEditOutcome out2 = edit(*t.db, more);
    CHECK(hasError(out2, QStringLiteral("summary")));
    CHECK(hasError(out2, QStringLiteral("village")));
    CHECK(hasError(out2, QStringLiteral("parties[1].phone")));
    CHECK(storeHash(t) == before);
}

TEST_CASE("an edit refuses control and direction characters and lengths beyond the limits, as intake does")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    const QByteArray before = storeHash(t);
    CaseEdit e;
    e.caseKey = c.id;
    e.summary = QString(4001, QChar(u'调'));
    e.request = QStringLiteral("请求") + QChar(0);
    QList<Party> parties = c.parties;
    parties[1].name = QStringLiteral("李\u2066建国\u2069");
    parties[1].address = QString(201, QChar(u'路'));
    e.parties = parties;
    const CaseEditOutcome out = edit(*t.db, e);
    CHECK_FALSE(out.ok);
    INFO(out.messages().join(QLatin1Char('\n')).toStdString());
    CHECK(hasError(out, QStringLiteral("summary")));
    CHECK(hasError(out, QStringLiteral("request")));
    CHECK(hasError(out, QStringLiteral("parties[1].name")));
    CHECK(hasError(out, QStringLiteral("parties[1].address")));
    CHECK(out.messages().join(QLatin1Char('\n')).contains(QStringLiteral("U+2066")));
    CHECK(storeHash(t) == before);
}

TEST_CASE("closed and other finished cases are refused with a clear message")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute());
    REQUIRE(step(*t.db, c.id, QStringLiteral("assign")).ok());
    REQUIRE(step(*t.db, c.id, QStringLiteral("start")).ok());
    REQUIRE(step(*t.db, c.id, QStringLiteral("respond")).ok());
    REQUIRE(step(*t.db, c.id, QStringLiteral("close")).ok());
    const QByteArray before = storeHash(t);
    CaseEdit e;
    e.caseKey = c.id;
    e.summary = QStringLiteral("结案后修改");
    const CaseEditOutcome out = edit(*t.db, e);
    CHECK_FALSE(out.ok);
    CHECK(out.error.contains(QStringLiteral("已办结")));
    CHECK(out.error.contains(QStringLiteral("不能再修改")));
    CHECK(storeHash(t) == before);

    IntakeRequest r = neighbourDispute();
    r.saveAs = IntakeRequest::SaveAs::Rejected;
    r.rejectReason = QStringLiteral("不属于受理范围");
    const CaseRecord rejected = registerCase(*t.db, r);
    e.caseKey = rejected.id;
    CHECK_FALSE(edit(*t.db, e).ok);
}

TEST_CASE("the date received is corrected only before assignment, and the deadlines follow it")
{
    TempDatabase t;
    const CaseRecord c = registerCase(*t.db, neighbourDispute(QDate(2025, 3, 10)));
    REQUIRE(c.dueOn.isValid());
    CaseEdit e;
    e.caseKey = c.id;
    e.receivedOn = QDate(2025, 3, 3);
    CaseEditOutcome out = edit(*t.db, e);
    REQUIRE(out.ok);
    CHECK(out.saved.receivedOn == QDate(2025, 3, 3));
    CHECK(out.saved.filedOn == QDate(2025, 3, 3));
    CHECK(out.saved.dueOn < c.dueOn);
    for (const Milestone& m : out.saved.milestones)
        CHECK(m.startsOn == QDate(2025, 3, 3));
    CHECK(out.changes.join(QLatin1Char('\n')).contains(QStringLiteral("2025-03-10 09:30 → 2025-03-03 09:30")));

    // Another year would contradict the case number （2025）…
    e.receivedOn = QDate(2024, 12, 30);
    out = edit(*t.db, e);
    CHECK(hasError(out, QStringLiteral("received_on")));

    // … and once assigned, the date stays.
    REQUIRE(step(*t.db, c.id, QStringLiteral("assign")).ok());
    e.receivedOn = QDate(2025, 3, 4);
    out = edit(*t.db, e);
    CHECK_FALSE(out.ok);
    REQUIRE(hasError(out, QStringLiteral("received_on")));
}

TEST_CASE("center settings: validated, supervisors only, audited, used by the services")
{
    TempDatabase t;
    addUser(*t.db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    addUser(*t.db, QStringLiteral("boss"), QStringLiteral("supervisor"));
    SettingsService service(*t.db);
    CenterSettings s = service.load();
    CHECK(s.caseNoPattern == QStringLiteral("（{year}）{prefix}字第{seq:04}号"));
    CHECK(s.dueSoonPercent == 80);
    CHECK(s.attachmentMaxMb == 20);
    CHECK(s.followupRequired.value(QStringLiteral("people_mediation")));

    s.centerPhone = QStringLiteral("0478 6212345");
    s.caseNoPattern = QStringLiteral("{prefix}-{year}-{seq:05}");
    s.caseNoPrefix = QStringLiteral("乌中");
    s.dueSoonPercent = 70;
    s.attachmentMaxMb = 50;
    s.followupRequired[QStringLiteral("consultation")] = true;

    const QByteArray before = storeHash(t);
    CHECK_FALSE(service.save(s, QStringLiteral("clerk1")).ok());
    CenterSettings bad = s;
    bad.caseNoPattern = QStringLiteral("（{year}）{prefix}字第号");
    QList<SettingError> errors;
    CHECK_FALSE(service.save(bad, QStringLiteral("boss"), &errors).ok());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("case_no_pattern"));
    CHECK(errors[0].message.contains(QStringLiteral("{seq}")));
    CHECK(storeHash(t) == before);

    const int auditBefore = audits(*t.db);
    auto saved = service.save(s, QStringLiteral("boss"));
    REQUIRE(saved.ok());
    CHECK(saved->size() == 6);
    CHECK(audits(*t.db) == auditBefore + 6);
    CHECK(t.db->setting(QStringLiteral("center_phone")) == QStringLiteral("0478-6212345"));
    CHECK(t.db->setting(QStringLiteral("attachment_max_bytes")) == QString::number(50LL * 1024 * 1024));
    CHECK(service.load().dueSoonPercent == 70);
    CHECK(service.load().followupRequired.value(QStringLiteral("consultation")));

    // The next case number follows the new pattern.
    WriteTransaction tx(*t.db);
    auto number = allocateCaseNumber(*t.db, QDate(2025, 6, 1));
    REQUIRE(number.ok());
    CHECK(*number == QStringLiteral("乌中-2025-00001"));
    tx.rollback();

    // Saving the same again writes nothing.
    const QByteArray same = storeHash(t);
    auto again = service.save(s, QStringLiteral("boss"));
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(storeHash(t) == same);
}
