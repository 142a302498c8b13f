// The transition table of the status machine (docs/ARCHITECTURE.md, "The status machine"): one row
// per step with the states it leaves, the state it reaches, who may take it, what it needs and what
// it writes. CaseWorkflow::apply walks it; case_workflow.h shows it as a table for people.
#pragma once

#include "domain/case.h"
#include "domain/case_status.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ow {

class Database;
struct Actor;
struct TransitionRequest;

namespace workflow {

// What a step reads: the request, who makes it, the case as loaded (a step may fill in what it
// assigns, such as the number or the lead department), the day, the trimmed reason, the state left.
struct StepInput
{
    Database& db;
    const TransitionRequest& request;
    const Actor& actor;
    CaseRecord& c;
    QDate on;
    QString reason;
    QString from;
};

// What a step writes to the case row beside the status, the timeline's words for it, and the state
// reached when the row's `to` is empty (it depends on the case).
struct StepOutput
{
    QString to;
    QList<QPair<QString, QVariant>> set;
    QString detail;
};

using StepWrite = Status (*)(const StepInput&, StepOutput&);

struct Transition
{
    const char* command;
    CaseStatusSet from;           // the states it leaves
    std::optional<CaseStatus> to; // none: depends on the case (resume, reopen)
    bool supervisorOnly;          // supervisor, admin or system (Actor::isSupervisor)
    const char* reasonFor;        // not null: a written reason is required; completes "Write down the reason %1."
    StepWrite write;              // the writes of the step itself (milestones, departments, the case's columns)
};

// The row of `command` from state `from`, or null when the step is not allowed.
const Transition* transitionFor(const QString& command, const QString& from);
bool isCommand(const QString& command);
// Every command, in the table's order.
QStringList transitionCommands();

} // namespace workflow
} // namespace ow
