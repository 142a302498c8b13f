// 管理 → 接访日程…: the leaders who receive visitors and the reception half-days of a month, entered
// one by one or imported from a schedule file, the public notice (公示) of a month or a quarter and
// the reception record (接访记录) of a day as PDF (docs/leaders-and-agency.md). Supervisors and
// administrators edit (ReceptionSchedule); the roles that record receptions at intake look and print.
#pragma once

#include "mechanisms/reception.h"
#include "security/users.h"
#include "storage/database.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::ui {

class MainWindow;

// A small form of the schedule (a leader, a reception day): the service's problems shown at their
// fields, Esc asks before dropping what was typed.
class ScheduleFormDialog : public QDialog
{
    Q_OBJECT

public:
    // The message shown at a field ("" when none).
    QString fieldMessage(const QString& field) const;
    void reject() override;

protected:
    ScheduleFormDialog(DatabasePtr db, QString actor, QWidget* parent);
    // Adds a row with its (hidden) message line; `field` as in the service's FieldError.
    void addRow(const QString& field, const QString& label, QWidget* widget);
    // Shows each problem at its field (the others in the message line); true when there was none.
    bool showProblems(const QList<FieldError>& problems);
    void finishForm(); // keys, the initial state for Esc
    virtual void save() = 0;
    QString formText() const;

    DatabasePtr m_db;
    QString m_actor;
    QFormLayout* m_form = nullptr;
    QLabel* m_messageLabel = nullptr;

private:
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_messages;
    QString m_initial;
};

class LeaderEditDialog : public ScheduleFormDialog
{
    Q_OBJECT

public:
    LeaderEditDialog(DatabasePtr db, const QString& actor, const Leader& leader, QWidget* parent = nullptr);
    const Leader& saved() const { return m_leader; }

private:
    void save() override;
    Leader m_leader;
    QLineEdit* m_name;
    QLineEdit* m_position;
    QComboBox* m_level;
    QLineEdit* m_unit;
    QLineEdit* m_phone;
    QCheckBox* m_active;
};

class ReceptionDayEditDialog : public ScheduleFormDialog
{
    Q_OBJECT

public:
    ReceptionDayEditDialog(DatabasePtr db, const QString& actor, const ReceptionDay& day, QWidget* parent = nullptr);
    const ReceptionDay& saved() const { return m_day; }

private:
    void save() override;
    ReceptionDay m_day;
    QDateEdit* m_date;
    QComboBox* m_half;
    QComboBox* m_leader;
    QLineEdit* m_place;
    QLineEdit* m_topics;
};

class ReceptionScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    ReceptionScheduleDialog(DatabasePtr db, const Actor& actor, QWidget* parent = nullptr);

    void setMonth(const QDate& anyDayOfIt);
    // The forms open without blocking (tests fill them); the lists reload when one saves.
    LeaderEditDialog* addLeader();
    LeaderEditDialog* editLeader();
    ReceptionDayEditDialog* addDay();
    ReceptionDayEditDialog* editDay();
    void removeDay();
    // Asks for a schedule file and imports it whole, or shows every bad line and writes nothing.
    void importSchedule();
    // Asks for a PDF file and writes the notice of the month or of its quarter (periodComboBox).
    void exportNotice();
    // Asks for a PDF file and writes the reception record of the selected day.
    void exportRecord();

signals:
    void scheduleChanged();

private:
    void reloadLeaders();
    void reloadDays();
    QString selectedDayId() const;
    QString savePdfName(const QString& caption, const QString& suggested);
    void connectForm(ScheduleFormDialog* form);

    DatabasePtr m_db;
    Actor m_actor;
    QList<Leader> m_leaders;
    QList<ReceptionDay> m_days;
    QTableWidget* m_leaderTable;
    QTableWidget* m_dayTable;
    QDateEdit* m_month;
    QComboBox* m_period;
    QLabel* m_messageLabel;
};

// Adds 管理 → 接访日程… for the roles that may record a reception or keep the schedule.
void installReceptionSchedule(MainWindow& window);

} // namespace ow::ui
