// The case status machine (六步闭环 of docs/vocabulary.md): which transitions are allowed, who may
// make them, and the one service method that makes each of them.
//
// Allowed transitions (anything else is refused with a message that says why); the code's table is
// kTransitions in workflow/transitions.cpp (docs/ARCHITECTURE.md, "The status machine"):
//
//   from         to            command     who          needs
//   reported     filed         accept      any          (number + milestones assigned)
//   reported     rejected      reject      any          written reason
//   reported     merged        merge       supervisor   surviving case
//   reported     withdrawn     withdraw    any          reason
//   filed        assigned      assign      any          lead department (triage: RoutingService::route)
//   filed        escalated     escalate    any          receiving body
//   filed        merged        merge       supervisor   surviving case
//   filed        withdrawn     withdraw    any          reason
//   assigned     in_progress   start       any
//   assigned     suspended     suspend     any          reason
//   assigned     escalated     escalate    any          receiving body
//   assigned     merged        merge       supervisor   surviving case
//   assigned     withdrawn     withdraw    any          reason
//   in_progress  responded     respond     any          every summoned department reported in and gave
//                                                       feedback, or the lead's override with a reason
//   in_progress  suspended     suspend     any          reason
//   in_progress  escalated     escalate    any          receiving body
//   in_progress  merged        merge       supervisor   surviving case
//   in_progress  withdrawn     withdraw    any          reason
//   responded    closed        close       any          outcome (resolution level defaults to the site's)
//   responded    in_progress   return      any          reason (the response did not settle it)
//   suspended    <left state>  resume      any          open milestones move later by the days suspended
//   suspended    escalated     escalate    any          receiving body
//   suspended    withdrawn     withdraw    any          reason
//   closed       in_progress   reopen      supervisor   reason
//   escalated,
//   withdrawn,
//   rejected     <left state>  reopen      supervisor   reason
//   merged       —             (final: a merged case lives on in its survivor)
//
// "supervisor" means the roles supervisor, admin and system (the CLI acts as system). Each
// transition is one WriteTransaction with a timeline entry and an audit entry naming the actor;
// the case's row_version goes up by one and updated_at is set.
#pragma once

#include "domain/case.h"
#include "security/users.h"
#include "util/result.h"
#include "workflow/case_events.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ow {

class Database;
class WriteTransaction;

struct TransitionRequest
{
    QString caseKey; // UUID, case number or one-case code
    QString command; // accept, reject, assign, start, respond, close, return, suspend, resume, escalate,
                     // withdraw, merge, reopen
    QString actor = QStringLiteral("system");
    QString reason;             // reject, withdraw, suspend, return, reopen, merge; respond override
    QString department;         // assign: the lead department
    QString escalatedTo;        // escalate: the receiving body
    QString mergedInto;         // merge: the surviving case
    QString outcome;            // close
    QString resolutionLevel;    // close (optional)
    bool overrideJoint = false; // respond although summoned departments have not all fed back
    QDate on;                   // the day it happened; today when invalid
    int expectedRowVersion = 0; // > 0: refuse when someone else changed the case meanwhile
};

class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

public:
    explicit CaseWorkflow(Database& db);

    static QStringList commands();
    // The status a command leads to from `from` (empty when not allowed); resume and reopen
    // depend on the case and return "" here: use canApply.
    static QString targetOf(const QString& command, const QString& from);
    // Whether the command applies to the case as it is; the refusal says why not.
    static Status canApply(const CaseRecord& c, const QString& command);
    // What the status machine still needs before "close", one phrase each for a checklist (the
    // same conditions canApply checks); empty when the case may close.
    static QStringList closeRequirements(const CaseRecord& c);
    // Whether only a supervisor may apply the command to a case in status `from`.
    static bool supervisorOnly(const QString& command, const QString& from);

    Result<CaseRecord> apply(const TransitionRequest& request);

    // A supervisor's one extension of the handling deadline (petitions: +30 days) with a reason.
    Result<CaseRecord> extend(const QString& caseKey, const QString& actor, const QString& reason);
    // Supervision (督办) on or off, with a note; supervisors only.
    Result<CaseRecord> setSupervision(const QString& caseKey, const QString& actor, bool on, const QString& note);
    // An investigation note (调查落实) in the timeline; open cases only (a closed one is read-only).
    Result<CaseRecord> addNote(const QString& caseKey, const QString& actor, const QString& note);

private:
    Database& m_db;
};

namespace workflow {
// Helpers shared by the workflow services (with those of workflow/case_events.h); call inside
// their WriteTransaction.
// Loads a case inside the current transaction.
Result<CaseRecord> loadCase(Database& db, const QString& key);
// The end of every case service: reads the case as written, then commits; when either fails the
// transaction rolls back (on leaving scope) and the error is returned.
Result<CaseRecord> commitAndReload(Database& db, WriteTransaction& tx, const QString& caseId);
} // namespace workflow

} // namespace ow
