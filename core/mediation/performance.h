// PerformanceService: checks of whether a mediation agreement was performed (履行情况), each kept
// with its date, state and amount; every check is one transaction with its timeline entry.
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace ow {

class Database;

class PerformanceService
{
public:
    explicit PerformanceService(Database& db)
        : m_db(db)
    {}

    Result<QString> recordPerformance(Performance p, const QString& actor);
    // The checks of a case, oldest first.
    QList<Performance> performances(const QString& caseId) const;

private:
    Database& m_db;
};

} // namespace ow
