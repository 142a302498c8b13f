// Codes, labels and the permission check of the mechanisms services.
#include "mechanisms/mechanism_support.h"

#include "security/audit.h"
#include "storage/sql_values.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ow::mechanisms {
namespace {

struct Code
{
    const char* code;
    const char* zh;
    const char* en;
};

constexpr Code kLeaderLevels[] = {
    {"county", "县级", "County"}, {"township", "乡镇级", "Township"}, {"department", "部门", "Department"}};
constexpr Code kHalves[] = {{"am", "上午", "Morning"}, {"pm", "下午", "Afternoon"}};

QString tr(const char* s)
{
    return QCoreApplication::translate("ow::mechanisms", s); // the context lupdate gives tr() here
}

template <size_t N> QString fromTyped(const Code (&list)[N], const QString& typed)
{
    QString key = typed;
    key.remove(QLatin1Char(' '));
    for (const Code& c : list)
        if (key.compare(QLatin1String(c.code), Qt::CaseInsensitive) == 0 || key == QString::fromUtf8(c.zh) ||
            key.compare(QLatin1String(c.en), Qt::CaseInsensitive) == 0)
            return QLatin1String(c.code);
    return {};
}

} // namespace

Result<Actor> permittedActor(Database& db, const QString& login, permissions::Action action)
{
    auto actor = actorFor(db, login);
    if (!actor)
        return fail(actor.error());
    if (Status s = permissions::require(*actor, action); !s)
        return fail(s.error());
    return actor;
}

Result<QString> saveRow(Database& db, const char* table, const QStringList& columns, const QVariantList& values,
                        const QString& id, const RowVersionCheck* version)
{
    const QString now = utcNow();
    QSqlQuery q(db.sql());
    const bool isNew = id.isEmpty();
    const QString rowId = isNew ? newUuid() : id;
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO %1(%2, id, site_code, created_at, updated_at) VALUES(%3?,?,?,?)")
                      .arg(QLatin1String(table), columns.join(QStringLiteral(", ")),
                           QStringLiteral("?,").repeated(columns.size())));
    } else {
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?%3")
                      .arg(QLatin1String(table), columns.join(QStringLiteral(" = ?, ")),
                           version ? QStringLiteral(" AND row_version = ?") : QString()));
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    for (const QVariant& v : isNew ? QVariantList{rowId, db.siteCode(), now, now} : QVariantList{now, rowId})
        q.addBindValue(v);
    if (!isNew && version)
        q.addBindValue(version->rowVersion);
    if (Status s = sql::exec(q); !s)
        return fail(s.error());
    if (!isNew && version && q.numRowsAffected() == 0)
        return fail(rowChangedMeanwhile(db, QLatin1String(table), version->entity, rowId, version->what, false));
    if (!isNew && q.numRowsAffected() != 1)
        return fail(tr("The record no longer exists; close the list and open it again."));
    return rowId;
}

Result<QString> noteText(const QString& note, const QString& emptyMessage)
{
    const QString text = notNull(note.trimmed());
    if (text.isEmpty() && !emptyMessage.isEmpty())
        return fail(emptyMessage);
    if (const QString p = text::fieldProblem(text, text::Field::Text, tr("The note")); !p.isEmpty())
        return fail(p);
    return text;
}

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QStringList fieldProblems(std::initializer_list<FieldCheck> checks)
{
    QStringList out;
    for (const FieldCheck& c : checks)
        if (const QString p = text::fieldProblem(c.value, c.field, c.label); !p.isEmpty())
            out << p;
    return out;
}

QStringList leaderLevels()
{
    return {QStringLiteral("county"), QStringLiteral("township"), QStringLiteral("department")};
}

QString leaderLevelLabel(const QString& code)
{
    if (code == u"county")
        return tr("County");
    if (code == u"township")
        return tr("Township");
    if (code == u"department")
        return tr("Department");
    return code;
}

QString halfLabel(const QString& code)
{
    if (code == u"am")
        return tr("Morning");
    if (code == u"pm")
        return tr("Afternoon");
    return code;
}

QStringList duties()
{
    return {QStringLiteral("investigate"), QStringLiteral("handle"), QStringLiteral("resolve"),
            QStringLiteral("stabilize")};
}

QString dutyLabel(const QString& code)
{
    if (code == u"investigate")
        return tr("Investigate");
    if (code == u"handle")
        return tr("Handle");
    if (code == u"resolve")
        return tr("Resolve");
    if (code == u"stabilize")
        return tr("Keep stable");
    return code;
}

QString assignmentStateLabel(const QString& code)
{
    if (code == u"active")
        return tr("Leader in charge");
    if (code == u"resolved")
        return tr("Resolved");
    if (code == u"ended")
        return tr("Ended unresolved");
    return code;
}

QStringList agencyLevels()
{
    return {QStringLiteral("county"), QStringLiteral("township"), QStringLiteral("village")};
}

QString agencyLevelLabel(const QString& code)
{
    if (code == u"county")
        return tr("County");
    if (code == u"township")
        return tr("Township");
    if (code == u"village")
        return tr("Village");
    return code;
}

QString leaderLevelFrom(const QString& typed)
{
    return fromTyped(kLeaderLevels, typed);
}

QString halfFrom(const QString& typed)
{
    return fromTyped(kHalves, typed);
}

} // namespace ow::mechanisms
