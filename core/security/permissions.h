// The one role table: which role may do which action. Every onewindow-cli command and every window
// action asks here, so that the command line and the desktop refuse the same things.
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace ow {

struct Actor;

namespace permissions {

enum class Action
{
    ViewCases,         // case list, one case (masked), `cases`, `show`, `check`
    SeePersonalData,   // full ID and phone numbers (`show --unmask`, 查看 → 完整号码)
    Intake,            // register a case (`intake`, 案件 → 登记)
    HandleCase,        // status changes (`transition`); the workflow checks each step further
    RouteCase,         // lead and co-handling departments (`route`)
    ImportLedger,      // historical ledger CSV (`import-ledger`)
    ExportPackage,     // township package for the county (`export`): holds full IDs and phones
    ImportPackage,     // township package into the county file (`import`)
    Conflicts,         // consolidation conflicts, list and resolve (`conflicts`, `resolve`)
    MonthlyReport,     // monthly report (`report`)
    DemoData,          // synthetic cases (`demo`)
    ListUsers,         // the accounts (`users`)
    ManageUsers,       // add, change, set another user's password (`passwd OTHER`)
    ChangeOwnPassword, // `passwd SELF`, 文件 → 修改密码
    Backup,            // `backup`, 文件 → 备份与恢复
    Restore,           // `restore`
    ReferenceData,     // reference lists, holidays, deadline rules, mediators and rooms
    RoutingRules,      // 管理 → 分流规则
    CenterSettings,    // 管理 → 中心设置
    SiteKeys,          // signing keys: this site's and the townships' (`keys`, 管理 → 下级单位密钥…)
    // docs/leaders-and-agency.md
    ReceptionSchedule, // leaders, reception days, `schedule import`, agency points and agents
    RecordReception,   // a case was received at a leader's reception (接访领导)
    AssignLeader,      // 领导包案: assign a leader to a case, end the assignment
    LeaderProgress,    // a progress note of a leader-owned case
    ActAsAgent,        // 信访代办: register a case for a citizen, the agent's list, "citizen informed"
};

// Every action, in the order above (tests walk them all).
QList<Action> allActions();
// The roles of the table: the assignable ones and the built-in `system` operator (last).
QStringList allRoles();

// True when the role may do the action. The built-in `system` operator may do everything: it acts
// only while sign-in is off (no password exists) or through `recover-admin`.
bool permits(const QString& role, Action action);
// What the action is, for messages ("export data for the county").
QString describe(Action action);
// Empty when the actor's role permits the action; otherwise a translated refusal that names the
// role, the action and the roles that may.
Status require(const Actor& actor, Action action);

} // namespace permissions
} // namespace ow
