// Schema version 11: the legal representative (法定代表人) of an organization party, which a
// mediation agreement names beside its domicile (住所, parties.address) and its unified social
// credit code (parties.credit_code, since version 1). Packages carry the column without code
// changes (docs/package-format.md).
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::migrations {

Status v11PartyLegalRepresentative(Database& db)
{
    // Run again on a file that has the column already (a test rewinds user_version).
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('parties') WHERE name = 'legal_representative'")))
        return fail(q.lastError().text());
    if (q.next())
        return {};
    return execScript(db, "ALTER TABLE parties ADD COLUMN legal_representative TEXT;");
}

} // namespace ow::migrations
