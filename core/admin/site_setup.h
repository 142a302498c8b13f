// Creating a center's database: the schema, the bundled reference data, the site and the
// built-in operator.
#pragma once

#include "storage/database.h"

#include <QString>

namespace ow {

struct SiteSetup
{
    QString code;  // a division code, e.g. 150824 (乌拉特中旗)
    QString name;  // e.g. 乌拉特中旗社会治理中心
    QString level; // county | township | village
    QString phone; // the center's phone printed on receipts (setting center_phone); may be empty
};

// The bundled sample county, offered on first run.
SiteSetup sampleSite();

// Creates a new database file with the schema, the bundled reference data, the site and the
// built-in `system` operator. Refuses to overwrite an existing file.
Result<DatabasePtr> createDatabase(const QString& path, const SiteSetup& site);
// The same set-up (settings, reference data, site, operator, first audit anchor) in one transaction
// on a database that is open and at the current schema but holds no site yet: a new file, or a
// database on a server (which the administrator creates and migrates, docs/postgresql.md).
Status setUpSite(Database& db, const SiteSetup& site);

// The per-user default database, the file both programs open without --db:
// <user data>/OneWindow/onewindow.sqlite (~/.local/share/OneWindow/onewindow.sqlite on Linux).
// Until 0.1.0 it was <user data>/OneWindow/OneWindow/onewindow.sqlite (QStandardPaths'
// AppDataLocation with organization and application both named OneWindow): when only that file
// exists, it is used where it is, with its -backups folder; nothing is moved.
QString defaultDatabasePath();

// Organization, application name and version for Qt (QSettings, paths), set once by both programs.
void setApplicationIdentity();

} // namespace ow
