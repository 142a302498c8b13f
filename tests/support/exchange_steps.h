// Steps the package tests share (test_exchange on a file, test_exchange_server on either store):
// one value read back, a statement that must run, an import that must succeed, and one table's line
// of an import plan.
#pragma once

#include "exchange/package_import.h"
#include "support/catch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ow::test {

inline QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline void execOk(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

inline ImportPlan importOk(Database& db, const QString& path)
{
    auto r = PackageImporter(db).import(path, QStringLiteral("县管理员"));
    INFO(r.error().toStdString());
    REQUIRE(r);
    return *r;
}

inline const TableMerge& tableOf(const ImportPlan& plan, const QString& table)
{
    for (const TableMerge& t : plan.tables)
        if (t.table == table)
            return t;
    FAIL("no table " << table.toStdString());
    return plan.tables.first();
}

} // namespace ow::test
