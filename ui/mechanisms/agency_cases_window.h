// 信访代办 (docs/leaders-and-agency.md, "Windows"): an agent's list of their cases with what changed since
// they last looked, all agency cases by level for the others, and 登记代办 on a case.
#pragma once

#include "security/users.h"
#include "storage/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::ui {

class MainWindow;

// 登记代办: the agent who carries an existing case for the citizen and the citizen's signed
// authorisation (PDF, JPEG or PNG) chosen through FileDialog.
class RegisterAgencyDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterAgencyDialog(DatabasePtr db, const QString& caseId, Actor user, QWidget* parent = nullptr);

private:
    void chooseFile();
    void save();

    DatabasePtr m_db;
    QString m_caseId;
    Actor m_user;
    QComboBox* m_agent = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel *m_agentError = nullptr, *m_fileError = nullptr, *m_error = nullptr;
};

// A signed-in agent (AgencyService::agentOfLogin) sees their cases, the changed ones highlighted with
// what changed, and looking marks them seen; everyone else sees all agency cases of a level.
class AgencyCasesWindow : public QDialog
{
    Q_OBJECT

public:
    AgencyCasesWindow(DatabasePtr db, Actor user, QWidget* parent = nullptr);
    // Reads the list again; for an agent this is a look (the cases count as seen afterwards).
    void refresh();
    bool agentView() const { return !m_agentId.isEmpty(); }

signals:
    void casesChanged();

private:
    void informCitizen();

    DatabasePtr m_db;
    Actor m_user;
    QString m_agentId;
    QComboBox* m_level = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel *m_heading = nullptr, *m_message = nullptr;
};

// Cases → 代办案件… (everyone who sees cases), Cases → 登记代办… (ActAsAgent) and Administration →
// 代办点和代办员… (ReceptionSchedule).
void installAgency(MainWindow& window);

} // namespace ow::ui
