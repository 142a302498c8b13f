// Categories, departments and divisions kept by an administrator: checks, files in the bundled
// format, and the upsert by code with its audit entry.
#include "workflow/reference_lists.h"

#include "security/audit.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "storage/sql_dialect.h"
#include "storage/sql_values.h"
#include "util/csv.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "util/text.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace ow {
namespace {

QString tableOf(ReferenceList list)
{
    switch (list) {
    case ReferenceList::Categories:
        return QStringLiteral("categories");
    case ReferenceList::Departments:
        return QStringLiteral("departments");
    case ReferenceList::Divisions:
        return QStringLiteral("divisions");
    }
    return {};
}

// The columns of the bundled file that must be there, then those that may.
QStringList requiredColumns(ReferenceList list)
{
    switch (list) {
    case ReferenceList::Categories:
        return {QStringLiteral("code"), QStringLiteral("name_zh")};
    case ReferenceList::Departments:
        return {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("window")};
    case ReferenceList::Divisions:
        return {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("level"),
                QStringLiteral("parent_code")};
    }
    return {};
}

ReferenceEntry named(const QString& code, const QString& nameZh, const QString& nameEn)
{
    ReferenceEntry e;
    e.code = code;
    e.nameZh = nameZh;
    e.nameEn = nameEn;
    return e;
}

} // namespace

ReferenceListService::ReferenceListService(Database& db)
    : m_db(db)
{}

QString ReferenceListService::levelLabel(const QString& level)
{
    if (level == QLatin1String("province"))
        return tr("Province");
    if (level == QLatin1String("city"))
        return tr("City");
    if (level == QLatin1String("county"))
        return tr("County");
    if (level == QLatin1String("township"))
        return tr("Township");
    if (level == QLatin1String("village"))
        return tr("Village");
    if (level == QLatin1String("grid"))
        return tr("Grid");
    return level;
}

QList<ReferenceEntry> ReferenceListService::entries(ReferenceList list) const
{
    QList<ReferenceEntry> out;
    QSqlQuery q(m_db.sql());
    switch (list) {
    case ReferenceList::Categories:
        q.exec(QStringLiteral("SELECT code, name_zh, COALESCE(name_en, '') FROM categories ORDER BY sort_order, code"));
        while (q.next())
            out << named(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        break;
    case ReferenceList::Departments:
        q.exec(QStringLiteral(
                   "SELECT code, name_zh, COALESCE(name_en, ''), is_window, presence FROM departments ORDER BY ") +
               ReferenceData::departmentOrder(m_db.isServer()));
        while (q.next()) {
            ReferenceEntry e = named(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            e.isWindow = q.value(3).toInt() != 0;
            e.presence = q.value(4).toString();
            out << e;
        }
        break;
    case ReferenceList::Divisions:
        q.exec(QStringLiteral("SELECT code, name_zh, COALESCE(name_en, ''), level, COALESCE(parent_code, '') FROM "
                              "divisions ORDER BY code"));
        while (q.next()) {
            ReferenceEntry e = named(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            e.level = q.value(3).toString();
            e.parentCode = q.value(4).toString();
            out << e;
        }
        break;
    }
    return out;
}

Status ReferenceListService::validateEntry(ReferenceList list, const ReferenceEntry& e)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{6}|\\d{9}|\\d{12}|\\d{15})$"));
    if (list == ReferenceList::Divisions) {
        if (!digits.match(e.code).hasMatch())
            return fail(tr("\"%1\" is not a division code: 6 digits for a county (GB/T 2260), 9 for a township, 12 "
                           "for a village, 15 for a grid.")
                            .arg(text::visible(e.code)));
    } else if (!word.match(e.code).hasMatch()) {
        return fail(
            tr("\"%1\" is not a code: use lowercase letters, digits and _ (e.g. land_contract), starting with a "
               "letter.")
                .arg(text::visible(e.code)));
    }
    if (e.nameZh.trimmed().isEmpty())
        return fail(tr("%1 has no Chinese name.").arg(e.code));
    if (const QString p = text::fieldProblem(e.nameZh, text::Field::Label, tr("The Chinese name of %1").arg(e.code));
        !p.isEmpty())
        return fail(p);
    if (const QString p = text::fieldProblem(e.nameEn, text::Field::Label, tr("The English name of %1").arg(e.code));
        !p.isEmpty())
        return fail(p);
    if (e.nameZh.trimmed().size() > 60)
        return fail(tr("The Chinese name of %1 is longer than 60 characters.").arg(e.code));
    if (list == ReferenceList::Departments && e.presence != QLatin1String("resident") &&
        e.presence != QLatin1String("on_call"))
        return fail(
            tr("The presence of %1 must be resident or on_call, not \"%2\".").arg(e.code, text::visible(e.presence)));
    if (list == ReferenceList::Divisions) {
        const qsizetype depth = divisionLevels().indexOf(e.level);
        if (depth < 0)
            return fail(tr("The level of %1 must be one of %2, not \"%3\".")
                            .arg(e.code, divisionLevels().join(QStringLiteral(", ")), text::visible(e.level)));
        if (depth == 0 && !e.parentCode.isEmpty())
            return fail(tr("%1 is a province: it has no parent.").arg(e.code));
        if (depth > 0 && e.parentCode.isEmpty())
            return fail(tr("%1 needs the code of the division it belongs to.").arg(e.code));
        if (e.parentCode == e.code)
            return fail(tr("%1 cannot belong to itself.").arg(e.code));
    }
    return {};
}

Result<QList<ReferenceEntry>> ReferenceListService::parseCsv(ReferenceList list, const QByteArray& data)
{
    if (data.size() > limits::kListFileBytes)
        return fail(tr("The file has %1 bytes; a reference list file may have at most %2.")
                        .arg(i18n::locale().toString(data.size()), i18n::locale().toString(limits::kListFileBytes)));
    const auto decoded = csv::decode(data);
    if (!decoded)
        return fail(decoded.error());
    const csv::Table table = csv::parseTable(decoded->text);
    if (table.error)
        return fail(tr("Line %1: %2").arg(table.error.line).arg(csv::describe(table.error)));
    if (table.unterminatedQuoteLine > 0)
        return fail(tr("Line %1: a quoted field never closes.").arg(table.unterminatedQuoteLine));
    if (table.columns.isEmpty())
        return fail(tr("The file is empty."));
    for (const QString& c : requiredColumns(list))
        if (!table.columns.contains(c))
            return fail(tr("The first line must name the columns, as in %1.csv: %2 is missing.").arg(tableOf(list), c));
    QList<ReferenceEntry> out;
    QHash<QString, int> lineOfCode;
    for (const csv::Table::Row& r : table.rows) {
        ReferenceEntry e = named(r.value(QStringLiteral("code")), r.value(QStringLiteral("name_zh")),
                                 r.value(QStringLiteral("name_en")));
        if (list == ReferenceList::Departments) {
            const QString window = r.value(QStringLiteral("window"));
            if (window != QLatin1String("yes") && window != QLatin1String("no"))
                return fail(
                    tr("Line %1: window must be yes or no, not \"%2\".").arg(r.line).arg(text::visible(window)));
            e.isWindow = window == QLatin1String("yes");
            if (const QString presence = r.value(QStringLiteral("presence")); !presence.isEmpty())
                e.presence = presence;
        } else if (list == ReferenceList::Divisions) {
            e.level = r.value(QStringLiteral("level"));
            e.parentCode = r.value(QStringLiteral("parent_code"));
        }
        if (Status s = validateEntry(list, e); !s)
            return fail(tr("Line %1: %2").arg(r.line).arg(s.error()));
        if (lineOfCode.contains(e.code))
            return fail(tr("Line %1: %2 is already on line %3.").arg(r.line).arg(e.code).arg(lineOfCode.value(e.code)));
        lineOfCode.insert(e.code, r.line);
        out << e;
    }
    if (out.isEmpty())
        return fail(tr("The file has no entries below its first line."));
    return out;
}

Result<ReferenceListService::Saved> ReferenceListService::save(ReferenceList list, const QList<ReferenceEntry>& given,
                                                               const QString& actorLogin)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (Status allowed = permissions::require(*actor, permissions::Action::ReferenceData); !allowed)
        return fail(allowed.error());
    QHash<QString, ReferenceEntry> present;
    for (const ReferenceEntry& e : entries(list))
        present.insert(e.code, e);
    QHash<QString, QString> levelOf; // divisions: here and in the batch
    for (const ReferenceEntry& e : present)
        levelOf.insert(e.code, e.level);
    QSet<QString> seen;
    for (const ReferenceEntry& e : given) {
        if (Status s = validateEntry(list, e); !s)
            return fail(s.error());
        if (seen.contains(e.code))
            return fail(tr("%1 is given twice.").arg(e.code));
        seen.insert(e.code);
        levelOf.insert(e.code, e.level);
    }
    if (list == ReferenceList::Divisions)
        for (const ReferenceEntry& e : given) {
            if (e.parentCode.isEmpty())
                continue;
            if (!levelOf.contains(e.parentCode))
                return fail(tr("%1 belongs to %2, which is not a division here; add %2 first (or in the same file).")
                                .arg(e.code, e.parentCode));
            if (divisionLevels().indexOf(levelOf.value(e.parentCode)) >= divisionLevels().indexOf(e.level))
                return fail(
                    tr("%1 (%2) cannot belong to %3 (%4): a division belongs to one of a higher level.")
                        .arg(e.code, levelLabel(e.level), e.parentCode, levelLabel(levelOf.value(e.parentCode))));
        }
    // Parents before children, so that each parent code exists when a child refers to it.
    QList<ReferenceEntry> ordered = given;
    if (list == ReferenceList::Divisions)
        std::stable_sort(ordered.begin(), ordered.end(), [](const ReferenceEntry& a, const ReferenceEntry& b) {
            return divisionLevels().indexOf(a.level) < divisionLevels().indexOf(b.level);
        });

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    const QString table = tableOf(list);
    const QString now = utcNow();
    int order = 0;
    if (list == ReferenceList::Categories) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("SELECT COALESCE(max(sort_order), 0) FROM categories")) && q.next())
            order = q.value(0).toInt();
    }
    Saved saved;
    for (const ReferenceEntry& e : ordered) {
        const auto it = present.constFind(e.code);
        if (it != present.constEnd() && *it == e) {
            ++saved.unchanged;
            continue;
        }
        QSqlQuery q(m_db.sql());
        const bool isNew = it == present.constEnd();
        QStringList cols{QStringLiteral("name_zh"), QStringLiteral("name_en")};
        QVariantList values{e.nameZh.trimmed(), sql::nullable(e.nameEn.trimmed())};
        if (list == ReferenceList::Departments) {
            cols << QStringLiteral("is_window") << QStringLiteral("presence");
            values << (e.isWindow ? 1 : 0) << e.presence;
        } else if (list == ReferenceList::Divisions) {
            cols << QStringLiteral("level") << QStringLiteral("parent_code");
            values << e.level << sql::nullable(e.parentCode);
        }
        if (isNew) {
            cols << QStringLiteral("code") << QStringLiteral("id") << QStringLiteral("site_code")
                 << QStringLiteral("created_at") << QStringLiteral("updated_at");
            values << e.code << newUuid() << m_db.siteCode() << now << now;
            if (list == ReferenceList::Categories) {
                cols << QStringLiteral("sort_order");
                values << ++order;
            }
            q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                          .arg(table, cols.join(QLatin1Char(',')),
                               QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        } else {
            QStringList sets;
            for (const QString& c : cols)
                sets << c + QStringLiteral(" = ?");
            q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, row_version = row_version + 1 WHERE code = ?")
                          .arg(table, sets.join(QStringLiteral(", "))));
            values << now << e.code;
        }
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (Status s = sql::exec(q); !s)
            return fail(tr("%1 cannot be saved: %2").arg(e.code, s.error()));
        ++(isNew ? saved.added : saved.changed);
    }
    if (saved.added + saved.changed == 0)
        return saved; // nothing written; the transaction rolls back
    if (Status s = appendAudit(m_db, actor->login, QStringLiteral("reference_list_change"), table, {},
                               QStringLiteral("%1 added, %2 changed").arg(saved.added).arg(saved.changed));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return saved;
}

} // namespace ow
