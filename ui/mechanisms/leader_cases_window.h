// 领导包案 (docs/leaders-and-agency.md, "Windows"): the leader cases and the backlog (积案) in two tabs,
// the 指定包案领导 dialog, progress notes and the end of an assignment.
#pragma once

#include "security/users.h"
#include "storage/database.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ow::ui {

class MainWindow;

// 指定包案领导 for one case: an active leader, the duties (all four by default) and a target date not
// before today. A refusal shows under the field it is about; nothing is written then.
class AssignLeaderDialog : public QDialog
{
    Q_OBJECT

public:
    AssignLeaderDialog(DatabasePtr db, const QString& caseId, QString actor, QWidget* parent = nullptr);

private:
    void save();

    DatabasePtr m_db;
    QString m_caseId, m_actor;
    QComboBox* m_leader = nullptr;
    QHash<QString, QCheckBox*> m_duties;
    QDateEdit* m_target = nullptr;
    QLabel *m_leaderError = nullptr, *m_dutiesError = nullptr, *m_targetError = nullptr, *m_error = nullptr;
};

// The queue of leader-owned cases and the backlog; what the user may do follows the role table.
class LeaderCasesWindow : public QDialog
{
    Q_OBJECT

public:
    LeaderCasesWindow(DatabasePtr db, Actor user, QWidget* parent = nullptr);
    void refresh();

signals:
    // A case's timeline changed (the main window shows it again).
    void casesChanged();

private:
    QString currentCase() const;
    QString caseLabel(const QString& caseId) const;
    void assign();
    void addProgress();
    void endAssignment();
    void changed(const QString& message); // after a write: the message, the lists anew

    DatabasePtr m_db;
    Actor m_user;
    QTabWidget* m_tabs = nullptr;
    QTableWidget *m_cases = nullptr, *m_backlog = nullptr;
    QCheckBox* m_activeOnly = nullptr;
    QLabel* m_message = nullptr;
};

// Cases → 领导包案… (everyone who sees cases) and Cases → 指定包案领导… on the selected case (AssignLeader).
void installLeaderCases(MainWindow& window);

} // namespace ow::ui
