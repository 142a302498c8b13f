// 代办点和代办员 (docs/leaders-and-agency.md, "Windows"): the agency points of the three levels with their
// area, address, phone and state, and the agents of the selected point; add and edit, errors at the field.
#pragma once

#include "storage/database.h"
#include "storage/reference_data.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTableWidget;

namespace ow::ui {

class AgencyPointsDialog : public QDialog
{
    Q_OBJECT

public:
    AgencyPointsDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);

private:
    QLayout* pointsPane();
    QLayout* agentsPane();
    void reloadPoints(const QString& selectId);
    void reloadAgents(const QString& selectId);
    void showPoint();
    void showAgent();
    void savePoint();
    void saveAgent();
    void hideErrors();

    DatabasePtr m_db;
    QString m_actor;
    ReferenceData m_reference;
    QString m_pointId, m_agentId;
    QTableWidget *m_points = nullptr, *m_agents = nullptr;
    QLineEdit *m_pointName = nullptr, *m_address = nullptr, *m_pointPhone = nullptr;
    QComboBox *m_level = nullptr, *m_division = nullptr;
    QCheckBox* m_pointActive = nullptr;
    QLineEdit *m_agentName = nullptr, *m_agentPhone = nullptr;
    QComboBox* m_login = nullptr;
    QCheckBox* m_agentActive = nullptr;
    QLabel *m_pointNameError = nullptr, *m_levelError = nullptr, *m_addressError = nullptr,
           *m_pointPhoneError = nullptr, *m_agentNameError = nullptr, *m_agentPhoneError = nullptr,
           *m_loginError = nullptr, *m_message = nullptr;
};

} // namespace ow::ui
