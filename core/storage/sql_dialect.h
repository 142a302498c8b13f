// The few differences between SQLite's and PostgreSQL's SQL, as switches of one statement text
// (docs/postgresql.md, "Reports" and "Status"). Everything else the services write is accepted by
// both as it stands (ON CONFLICT, COALESCE, CASE, CAST, substr, ||).
#pragma once

#include "storage/database.h"

#include <QString>

namespace ow::sql {

struct Dialect
{
    bool server = false; // PostgreSQL

    static Dialect of(const Database& db) { return Dialect{db.isServer()}; }

    // SQLite's planner hints: INDEXED BY, and a unary + that keeps a column's index out. PostgreSQL
    // has no such syntax (+ on text is an error there).
    QString indexedBy(const char* index) const
    {
        return server ? QString() : QStringLiteral(" INDEXED BY ") + QLatin1String(index);
    }
    QString plain(const char* column) const
    {
        return server ? QString::fromLatin1(column) : QLatin1Char('+') + QLatin1String(column);
    }
    // A text column in an ORDER BY: by bytes with NULL first, as SQLite sorts it.
    QString sorted(const char* column) const
    {
        return server ? QString::fromLatin1(column) + QStringLiteral(" COLLATE \"C\" NULLS FIRST")
                      : QString::fromLatin1(column);
    }
    // A condition as 0/1 (NULL stays NULL): PostgreSQL sums no booleans.
    QString flag(const QString& condition) const
    {
        return server ? QLatin1Char('(') + condition + QStringLiteral(")::int") : condition;
    }
    // Days from the ISO date `earlier` to the ISO date `later` (SQL expressions, `?` allowed).
    QString daysBetween(const QString& later, const QString& earlier) const
    {
        return server ? QStringLiteral("(CAST(%1 AS date) - CAST(%2 AS date))").arg(later, earlier)
                      : QStringLiteral("(julianday(%1) - julianday(%2))").arg(later, earlier);
    }
    // The ISO date `days` days after the ISO date `date` (an SQL expression), as text.
    QString addDays(const QString& date, int days) const
    {
        return server ? QStringLiteral("to_char(CAST(%1 AS date) + (%2), 'YYYY-MM-DD')").arg(date).arg(days)
                      : QStringLiteral("date(%1, '%2 days')").arg(date).arg(days);
    }
    // The last ORDER BY key that keeps rows with equal keys in the order they were written:
    // SQLite's rowid; on PostgreSQL the row's place in its table (ctid), which is the order of
    // writing for rows never updated (a row updated moves to the table's end).
    QString writtenOrder(const QString& table = {}) const
    {
        const QString prefix = table.isEmpty() ? QString() : table + QLatin1Char('.');
        return prefix + (server ? QStringLiteral("ctid") : QStringLiteral("rowid"));
    }
};

} // namespace ow::sql
