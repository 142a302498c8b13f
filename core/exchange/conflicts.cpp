// Listing and resolving consolidation conflicts (keep ours / take theirs) with timeline and audit entries.
#include "exchange/conflicts.h"

#include "exchange/package_format.h"
#include "exchange/package_import_server.h"
#include "security/audit.h"
#include "security/users.h"
#include "storage/sql_values.h"
#include "workflow/case_workflow.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace ow {
namespace {

QJsonObject parseObject(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// The conflicts with their import, site and case; %1: the local row's case_id (JSON on either store).
const char* kSelect =
    "SELECT c.id, c.import_id, COALESCE(l.file_name, ''), c.table_name, c.row_id, c.source_site_code, "
    "COALESCE(s.name, ''), c.local_row, c.incoming_row, c.incoming_row_version, c.incoming_updated_at, "
    "c.detected_at, COALESCE(c.resolved_at, ''), COALESCE(c.resolution, ''), COALESCE(c.resolved_by, ''), "
    "COALESCE(k.case_no, '') "
    "FROM conflicts c LEFT JOIN import_log l ON l.id = c.import_id LEFT JOIN sites s ON s.code = c.source_site_code "
    // The case the record belongs to: the row itself, or the case its local version names.
    "LEFT JOIN cases k ON k.id = CASE WHEN c.table_name = 'cases' THEN c.row_id "
    "ELSE %1 END ";

QString selectSql(const Database& db)
{
    return QString::fromLatin1(kSelect).arg(db.isServer() ? QStringLiteral("(c.local_row::jsonb ->> 'case_id')")
                                                          : QStringLiteral("json_extract(c.local_row, '$.case_id')"));
}

ConflictRecord readRecord(const QSqlQuery& q)
{
    ConflictRecord r;
    r.id = q.value(0).toString();
    r.importId = q.value(1).toString();
    r.importFile = q.value(2).toString();
    r.table = q.value(3).toString();
    r.rowId = q.value(4).toString();
    r.sourceSite = q.value(5).toString();
    r.sourceSiteName = q.value(6).toString();
    r.localRow = parseObject(q.value(7).toString());
    r.incomingRow = parseObject(q.value(8).toString());
    r.incomingVersion = q.value(9).toLongLong();
    r.incomingUpdatedAt = q.value(10).toString();
    r.detectedAt = q.value(11).toString();
    r.resolvedAt = q.value(12).toString();
    r.resolution = q.value(13).toString();
    r.resolvedBy = q.value(14).toString();
    r.localVersion = r.localRow.value(QStringLiteral("row_version")).toInteger();
    r.localUpdatedAt = r.localRow.value(QStringLiteral("updated_at")).toString();
    r.caseId = r.table == QLatin1String("cases") ? r.rowId : r.localRow.value(QStringLiteral("case_id")).toString();
    r.caseNo = q.value(15).toString();
    return r;
}

// Newer in the merge's sense: higher row_version, then later updated_at.
bool newer(qint64 version, const QString& at, qint64 thanVersion, const QString& thanAt)
{
    return version > thanVersion || (version == thanVersion && at > thanAt);
}

// The township's version written over this center's (the row's columns from the conflict's copy).
Status writeTheirs(Database& db, const ConflictRecord& c, const package::ExchangeTable& table)
{
    QStringList sets;
    QVariantList values;
    for (const package::ColumnInfo& col : table.columns) {
        if (col.name == QLatin1String("id") || !c.incomingRow.contains(col.name))
            continue;
        sets << QStringLiteral("%1 = ?").arg(package::ident(col.name));
        const QJsonValue v = c.incomingRow.value(col.name);
        values << (v.isNull() ? QVariant() : v.toVariant());
    }
    QSqlQuery u(db.sql());
    u.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(package::ident(c.table), sets.join(QStringLiteral(", "))));
    for (const QVariant& v : values)
        u.addBindValue(v);
    u.addBindValue(c.rowId);
    if (Status s = sql::exec(u); !s)
        return fail(ConflictService::tr("The township's version cannot be written: %1").arg(s.error()));
    return {};
}

// The exchange base moves to the township's version (never backwards): a later package with the
// same version is then "ours stands" (kept) or "unchanged" (taken), not a conflict again.
Status advanceBase(Database& db, const ConflictRecord& c)
{
    QSqlQuery b(db.sql());
    b.prepare(QStringLiteral("SELECT row_version, updated_at FROM exchange_base WHERE row_id = ?"));
    b.addBindValue(c.rowId);
    const bool hasBase = b.exec() && b.next();
    if (!hasBase || newer(c.incomingVersion, c.incomingUpdatedAt, b.value(0).toLongLong(), b.value(1).toString())) {
        QSqlQuery w(db.sql());
        w.prepare(QStringLiteral("INSERT INTO exchange_base(row_id, row_version, updated_at) VALUES(?,?,?) ON "
                                 "CONFLICT(row_id) DO UPDATE SET row_version = excluded.row_version, updated_at = "
                                 "excluded.updated_at"));
        w.addBindValue(c.rowId);
        w.addBindValue(c.incomingVersion);
        w.addBindValue(c.incomingUpdatedAt);
        if (Status s = sql::exec(w); !s)
            return fail(s.error());
    }
    b.finish();

    return {};
}

Status markResolved(Database& db, const ConflictRecord& c)
{
    QSqlQuery r(db.sql());
    r.prepare(QStringLiteral("UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?"));
    r.addBindValue(c.resolvedAt);
    r.addBindValue(c.resolution);
    r.addBindValue(c.resolvedBy);
    r.addBindValue(c.id);
    if (Status s = sql::exec(r); !s)
        return fail(s.error());

    return {};
}

// The timeline entry of the case (with its audit entry), or only the audit entry without a case.
Status recordResolution(Database& db, const ConflictRecord& c, ConflictService::Keep keep)
{
    const QString detail =
        (keep == ConflictService::Keep::Ours
             ? ConflictService::tr(
                   "Consolidation conflict on %1 (%2): this center's version %3 kept; version %4 from %5 set aside.")
             : ConflictService::tr(
                   "Consolidation conflict on %1 (%2): version %4 from %5 taken in place of this center's version %3."))
            .arg(c.table, c.rowId)
            .arg(c.localVersion)
            .arg(c.incomingVersion)
            .arg(c.sourceSiteName.isEmpty() ? c.sourceSite : c.sourceSiteName);
    const QString action = keep == ConflictService::Keep::Ours ? QStringLiteral("conflict_kept_local")
                                                               : QStringLiteral("conflict_took_incoming");
    bool caseExists = false;
    if (!c.caseId.isEmpty()) {
        QSqlQuery e(db.sql());
        e.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
        e.addBindValue(c.caseId);
        caseExists = e.exec() && e.next();
    }
    // appendEvent writes the timeline entry and its audit entry; without a case only the audit entry.
    if (Status s = caseExists ? workflow::appendEvent(db, c.caseId, c.resolvedBy, action, detail)
                              : appendAudit(db, c.resolvedBy, action, QStringLiteral("conflict"), c.id, detail);
        !s)
        return s;
    return {};
}

} // namespace

QStringList ConflictRecord::differingColumns() const
{
    QStringList out;
    const QSet<QString> skip{QStringLiteral("row_version"), QStringLiteral("updated_at")};
    for (auto it = incomingRow.constBegin(); it != incomingRow.constEnd(); ++it)
        if (!skip.contains(it.key()) && localRow.value(it.key()) != it.value())
            out << it.key();
    return out;
}

ConflictService::ConflictService(Database& db)
    : m_db(db)
{}

Result<QList<ConflictRecord>> ConflictService::list(bool includeResolved) const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(selectSql(m_db) + (includeResolved ? QString() : QStringLiteral("WHERE c.resolved_at IS NULL ")) +
                QStringLiteral("ORDER BY c.detected_at DESC, c.id")))
        return fail(sql::errorText(q.lastError()));
    QList<ConflictRecord> out;
    while (q.next())
        out << readRecord(q);
    return out;
}

Result<ConflictRecord> ConflictService::find(const QString& idOrPrefix) const
{
    const QString key = idOrPrefix.trimmed().toLower();
    if (key.size() < 8)
        return fail(tr("Give the conflict's id (at least its first 8 characters), as listed by the conflicts list."));
    QSqlQuery q(m_db.sql());
    q.prepare(selectSql(m_db) + QStringLiteral("WHERE c.id = ? OR substr(c.id, 1, ?) = ? LIMIT 2"));
    q.addBindValue(key);
    q.addBindValue(key.size());
    q.addBindValue(key);
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    QList<ConflictRecord> found;
    while (q.next())
        found << readRecord(q);
    if (found.isEmpty())
        return fail(tr("There is no conflict %1.").arg(idOrPrefix));
    if (found.size() > 1 && found.first().id != key)
        return fail(tr("%1 matches more than one conflict; give more of its id.").arg(idOrPrefix));
    return found.first();
}

Result<ConflictRecord> ConflictService::resolve(const QString& idOrPrefix, Keep keep, const QString& actorLogin)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (Status allowed = permissions::require(*actor, permissions::Action::Conflicts); !allowed)
        return fail(allowed.error());
    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    auto found = find(idOrPrefix);
    if (!found)
        return fail(found.error());
    ConflictRecord c = *found;
    if (!c.open())
        return fail(tr("Conflict %1 was already resolved on %2 by %3.").arg(c.id.left(8), c.resolvedAt, c.resolvedBy));

    // The exchanged tables from the schema: on a server, that of a scratch SQLite database.
    std::optional<importserver::Mirror> scratch;
    if (m_db.isServer()) {
        scratch.emplace();
        if (Status s = scratch->create(); !s)
            return fail(s.error());
    }
    auto tables = package::exchangeTables(scratch ? scratch->handle() : m_db.handle());
    if (!tables)
        return fail(tables.error());
    const package::ExchangeTable* table = nullptr;
    for (const package::ExchangeTable& t : *tables)
        if (t.name == c.table)
            table = &t;
    if (!table)
        return fail(tr("The table %1 of conflict %2 is not exchanged by this program.").arg(c.table, c.id.left(8)));

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT row_version, updated_at FROM %1 WHERE id = ?").arg(package::ident(c.table)));
    q.addBindValue(c.rowId);
    if (!q.exec() || !q.next())
        return fail(tr("The record %1 of conflict %2 is no longer in this database.").arg(c.rowId, c.id.left(8)));
    const qint64 currentVersion = q.value(0).toLongLong();
    const QString currentAt = q.value(1).toString();
    q.finish();

    const QString now = utcNow();
    if (keep == Keep::Theirs) {
        // Taking theirs must not silently drop an edit made here after the conflict was found.
        if (currentVersion != c.localVersion || currentAt != c.localUpdatedAt)
            return fail(tr("The record was changed here again after the conflict was found (version %1 of %2). Keep "
                           "this center's version, or import the township's package again to compare anew.")
                            .arg(currentVersion)
                            .arg(currentAt));
        if (Status s = writeTheirs(m_db, c, *table); !s)
            return fail(s.error());
    }

    if (Status s = advanceBase(m_db, c); !s)
        return fail(s.error());

    c.resolution = keep == Keep::Ours ? QStringLiteral("kept_local") : QStringLiteral("took_incoming");
    c.resolvedAt = now;
    c.resolvedBy = actor->login;
    if (Status s = markResolved(m_db, c); !s)
        return fail(s.error());
    if (Status s = recordResolution(m_db, c, keep); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return c;
}

} // namespace ow
