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

// A failed statement's error as a message for the user (storage/database.h databaseErrorMessage).
inline QString errorText(const QSqlError& e)
{
    return databaseErrorMessage(e.nativeErrorCode().toInt(), e.databaseText());
}

inline Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return fail(errorText(q.lastError()));
    return {};
}

} // namespace ow::sql
