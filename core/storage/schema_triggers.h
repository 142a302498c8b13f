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

// SHA-256 (hex) of a trigger's SQL text as stored in sqlite_master.
QString sqlDigest(const QString& sql);

struct TriggerProblem
{
    enum class Kind
    {
        Missing,
        Altered,
        Unexpected,
    };
    Kind kind = Kind::Missing;
    QString name;
    QString table;
};
QList<TriggerProblem> compareTriggers(Database& db);

} // namespace schema
} // namespace ow
