// The monthly report's section on leaders' receptions, leader-owned cases and the petition agency
// (docs/leaders-and-agency.md, "Monthly report"): its figures over the report's month and scope,
// and its JSON value.
#pragma once

#include "reports/monthly_report.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct MechanismFigures
{
    qint64 receptionDays = 0, receptionVisitors = 0, receptionCases = 0;
    qint64 leaderAssigned = 0, leaderResolved = 0;
    Rate leaderRate;
    struct AgencyRow
    {
        QString level; // county | township | village
        QString label; // in the current language
        qint64 registered = 0, resolved = 0;
        Rate rate;
    };
    QList<AgencyRow> agency; // the three levels, county first

    // {"leader_receptions": {…}, "leader_cases": {…}, "agency_cases": […]}
    QByteArray toJson() const;
    // The section's figures in JSON order, keyed by their JSON path (leader_receptions.days, …,
    // agency_cases.village.resolution_rate), for the CSV, XLSX and PDF. The first six are the
    // receptions and the leader cases, then three per agency level.
    QList<Figure> figures() const;
    // The CSV section (records joined, without line ends): a blank line, [title] mechanisms, the lines.
    QStringList csvLines() const;
    QString title() const; // 领导接访、领导包案与信访代办
};

Result<MechanismFigures> computeMechanismFigures(Database& db, const QDate& firstDay, const QDate& lastDay,
                                                 const ReportScope& scope);
// The same on any Qt connection to a center's schema: an SQLite file's or a PostgreSQL server's.
Result<MechanismFigures> computeMechanismFigures(QSqlDatabase& db, const QDate& firstDay, const QDate& lastDay,
                                                 const ReportScope& scope);

} // namespace ow
