// Schema version 6: the exchange base only where it says something. A row that came from another
// site and is unchanged here is its own base, so an import no longer writes a base row for every
// row it adds (for 100,000 cases: 600,000 rows, 35 MB, a tenth of the county file). A trigger
// records the base when this center first changes such a row, and a row's base goes with the row.
#include "storage/migrations.h"

#include <QStringList>

namespace ow::migrations {

Status v6LazyExchangeBase(Database& db)
{
    // The exchanged tables whose rows can change (the case timeline cannot: case_events_no_update).
    // A table added by a later migration gets the same two triggers there; a table without them
    // keeps a base for every imported row, as before this version.
    const QStringList tables{QStringLiteral("cases"),
                             QStringLiteral("agreements"),
                             QStringLiteral("attachments"),
                             QStringLiteral("case_closures"),
                             QStringLiteral("case_departments"),
                             QStringLiteral("case_transfers"),
                             QStringLiteral("followups"),
                             QStringLiteral("judicial_confirmations"),
                             QStringLiteral("mediation_rooms"),
                             QStringLiteral("mediation_sessions"),
                             QStringLiteral("milestones"),
                             QStringLiteral("parties"),
                             QStringLiteral("performances")};
    QString sql;
    QStringList keeps;
    for (const QString& t : tables) {
        // Rows written at this center have no base: "as imported" means nothing for them.
        sql += QStringLiteral(
                   "CREATE TRIGGER %1_exchange_base BEFORE UPDATE ON %1 WHEN old.site_code IS NOT (SELECT code FROM "
                   "sites WHERE is_self = 1)\nBEGIN INSERT OR IGNORE INTO exchange_base(row_id, row_version, "
                   "updated_at) VALUES (old.id, old.row_version, old.updated_at); END;\n"
                   "CREATE TRIGGER %1_exchange_base_gone AFTER DELETE ON %1\nBEGIN DELETE FROM exchange_base WHERE "
                   "row_id = old.id; END;\n")
                   .arg(t);
        keeps << QStringLiteral("EXISTS (SELECT 1 FROM %1 t WHERE t.id = exchange_base.row_id AND (t.row_version IS "
                                "NOT exchange_base.row_version OR t.updated_at IS NOT exchange_base.updated_at OR "
                                "t.site_code IS (SELECT code FROM sites WHERE is_self = 1)))")
                     .arg(t);
    }
    // The bases written before: kept where the row changed here since (or is this center's own);
    // gone where the row equals it, where the row is a timeline entry, and where the row was deleted.
    sql += QStringLiteral("DELETE FROM exchange_base WHERE NOT (%1);\n").arg(keeps.join(QStringLiteral(" OR ")));
    const QByteArray utf8 = sql.toUtf8();
    return execScript(db, utf8.constData());
}

} // namespace ow::migrations
