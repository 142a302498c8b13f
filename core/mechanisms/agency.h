// The petition agency (信访代办, docs/leaders-and-agency.md): agency points and agents of the three
// levels, cases an agent registers for a citizen with the citizen's signed authorisation, and each
// agent's list of their cases with what changed since they last looked.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct AgencyPoint
{
    QString id; // empty: a new point
    QString name;
    QString level;        // county | township | village
    QString divisionCode; // the area it serves
    QString address, phone;
    bool active = true;
    int agents = 0; // read only: its active agents
};

struct Agent
{
    QString id; // empty: a new agent
    QString pointId;
    QString name, phone;
    QString userLogin; // the account the agent signs in with, empty when none
    bool active = true;
    QString pointName, pointLevel; // read only
};

struct AgencyCase
{
    QString caseId, caseNo, status, summary, applicant;
    QString agentId, agentName, pointName, level;
    QString registeredAt, citizenInformedAt, seenAt, lastChangeAt;
    bool changed = false; // the timeline has entries after the agent last looked
    QStringList changes;  // those entries, oldest first: "date time detail"
};

class AgencyService
{
    Q_DECLARE_TR_FUNCTIONS(AgencyService)

public:
    explicit AgencyService(Database& db);

    QList<AgencyPoint> points() const; // by level, then name
    Result<AgencyPoint> savePoint(const AgencyPoint& point, const QString& actor);
    QList<Agent> agents(const QString& pointId = {}) const;
    Result<Agent> saveAgent(const Agent& agent, const QString& actor);
    // The active agent whose account is `login`, or empty.
    QString agentOfLogin(const QString& login) const;

    // The agent carries the case for the citizen: the authorisation (a PDF, JPEG or PNG scan) becomes
    // an attachment of kind agency_authorization, and the agent and their point are recorded, in one
    // transaction with a timeline and an audit entry.
    Status registerForCitizen(const QString& caseKey, const QString& agentId, const QString& authorizationFileName,
                              const QByteArray& authorization, const QString& actor);
    // The agent's cases, newest first, each with what changed since the agent last looked; with
    // markSeen the list counts as looked at (the next call shows nothing changed until a new step).
    Result<QList<AgencyCase>> casesOfAgent(const QString& agentId, const QString& actor, bool markSeen);
    // Every agency case (empty level: all levels), newest first, without the seen marks.
    QList<AgencyCase> allCases(const QString& level = {}) const;
    // The agent told the citizen of the case's progress: a timeline entry; the case counts as seen.
    Status recordCitizenInformed(const QString& caseKey, const QString& note, const QString& actor);

private:
    Result<QString> agentActingAs(const QString& agentId, const QString& actorLogin);
    Database& m_db;
};

} // namespace ow
