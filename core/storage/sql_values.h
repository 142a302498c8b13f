// Small helpers for services that write with QSqlQuery: ISO dates, NULL for empty text, exec as Status.
#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QDate>
#include <QMetaType>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ow::sql {

inline QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// A NULL text value for an empty string (optional columns store NULL, not '').
inline QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// A failed statement's error as a message for the user (storage/database.h databaseErrorMessage, or
// serverErrorMessage on a server: SQLite's result codes have at most four digits, PostgreSQL's
// SQLSTATE always five characters).
inline QString errorText(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    if (code.size() == 5)
        return serverErrorMessage(code, e.databaseText());
    return databaseErrorMessage(code.toInt(), e.databaseText());
}

inline Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return fail(errorText(q.lastError()));
    return {};
}

} // namespace ow::sql
