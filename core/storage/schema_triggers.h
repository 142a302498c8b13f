// The triggers the migrations create, by name, table and a SHA-256 of their SQL: what `check`
// compares the file's schema with (a dropped or rewritten append-only trigger is tampering).
#pragma once

#include <QList>
#include <QString>

namespace ow {

class Database;

namespace schema {

struct ExpectedTrigger
{
    QString name;
    QString table;
    QString sqlSha256; // of sqlite_master.sql as the migration created it
};

// Every trigger of a file at the latest schema version. A migration that creates, drops or changes a
// trigger changes this list in the same commit (test_integrity compares it with a new file).
QList<ExpectedTrigger> expectedTriggers();
// The same for a center's database on a PostgreSQL server (the baseline's triggers, storage/
// migrations/pg_v013_baseline.cpp, and the search's): sqlSha256 is then of pg_get_triggerdef without
// the schema's name, a line break, and the body of the function the trigger calls, since a trigger
// that keeps its name but calls a function rewritten to let everything through protects nothing.
// test_pg_schema compares it with a new server database.
QList<ExpectedTrigger> expectedServerTriggers();
// The list of `db`'s kind: expectedServerTriggers() on a server, expectedTriggers() on a file.
QList<ExpectedTrigger> expectedTriggers(const Database& db);

// SHA-256 (hex) of a trigger's SQL text as stored in sqlite_master.
QString sqlDigest(const QString& sql);

struct TriggerProblem
{
    enum class Kind
    {
        Missing,
        Altered,
        Unexpected,
        Disabled, // on a server: ALTER TABLE … DISABLE TRIGGER (or enabled for replicas only)
    };
    Kind kind = Kind::Missing;
    QString name;
    QString table;
};
// Compares the database's triggers (a file's or a server's) with the expected list of its kind.
QList<TriggerProblem> compareTriggers(Database& db);

} // namespace schema
} // namespace ow
