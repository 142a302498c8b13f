// Leader-owned cases (领导包案, docs/leaders-and-agency.md): a supervisor assigns a leader with the
// customary duties and a target date, the leader's progress goes into the timeline, and the backlog
// (积案) lists the open cases a leader should take on.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct LeaderAssignment
{
    QString id, caseId, caseNo, caseStatus, summary, applicant;
    QString leaderId, leaderName, leaderPosition;
    QStringList duties; // investigate, handle, resolve, stabilize
    QDate targetOn, assignedOn, endedOn;
    QString state; // active | resolved | ended
    QString assignedBy, endNote;
    bool pastTarget = false; // active and the target date is before today
};

struct BacklogCase
{
    QString caseId, caseNo, status, summary, applicant;
    QDate receivedOn, dueOn;
    bool overdue = false;  // open past its handling deadline
    bool repeated = false; // the same person raised the same matter again (重复信访)
    QString leaderName;    // the leader who owns it now, empty when none
};

class LeaderCaseService
{
    Q_DECLARE_TR_FUNCTIONS(LeaderCaseService)

public:
    explicit LeaderCaseService(Database& db);

    // The leader takes charge of the case: open cases only, one active assignment per case, at least
    // one duty, a target date not before today. Timeline (leader_assigned) and audit.
    Result<LeaderAssignment> assign(const QString& caseKey, const QString& leaderId, const QStringList& duties,
                                    const QDate& targetOn, const QString& actor);
    // A progress note of the active assignment (timeline leader_progress).
    Status addProgress(const QString& caseKey, const QString& note, const QString& actor);
    // Ends the active assignment: resolved (化解) or not, with a note.
    Status end(const QString& caseKey, bool resolved, const QString& note, const QString& actor);

    // Assignments, newest first; only the active ones when asked.
    QList<LeaderAssignment> list(bool activeOnly = false) const;
    // The open cases of the backlog rule (docs/leaders-and-agency.md, rule 5), oldest first.
    QList<BacklogCase> backlog() const;

private:
    // The case's active assignment (inside the caller's transaction), or noneMessage.
    Result<LeaderAssignment> activeAssignment(const QString& caseKey, const QString& noneMessage) const;
    Database& m_db;
};

} // namespace ow
