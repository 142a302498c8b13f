// Leaders' reception days (领导接访, docs/leaders-and-agency.md): the leaders, the schedule of their
// half-days at the center with its CSV import and its public notice, the leader on duty today, and
// the cases received at a reception with the reception record (接访记录) of a day.
#pragma once

#include "util/result.h"
#include "workflow/intake_service.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

class Database;

struct Leader
{
    QString id; // empty: a new leader
    QString name;
    QString position; // 职务, e.g. 县委副书记
    QString level;    // county | township | department
    QString unit;     // 单位, e.g. 县委, 海流图镇
    QString phone;
    bool active = true;
};

struct ReceptionDay
{
    QString id; // empty: a new day
    QString leaderId;
    QDate day;
    QString half; // am | pm
    QString place;
    QString topics;
    // Read only: the leader's particulars, for lists and the notice.
    QString leaderName, leaderPosition, leaderLevel, leaderUnit;
    int cases = 0;      // read only: the cases received at it
    int rowVersion = 0; // as the list read it; a save or removal over another desk's change is refused
};

// One case received at a reception, as the reception record lists it.
struct ReceptionVisit
{
    QString caseId, caseNo, applicant, summary, status;
    int headcount = 1;
    QString note;
};

// The reception record (接访记录) of one reception half-day.
struct ReceptionRecord
{
    ReceptionDay day;
    QList<ReceptionVisit> visits;
};

// One line of a schedule file, as read (before leaders are looked up).
struct ScheduleLine
{
    int line = 0;
    QDate day;
    QString half;
    QString leaderName, position, level, unit, place, topics;
};

struct ScheduleFile
{
    QList<ScheduleLine> lines;
    QStringList errors; // "第 3 行：…", every problem of the file; empty when it may be imported
};

class ReceptionService
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionService)

public:
    explicit ReceptionService(Database& db);

    QList<Leader> leaders(bool activeOnly = false) const;
    // The problems of a leader or a day as typed, each at its field (name, position, level, unit,
    // phone; day, half, leader, place, topics), after trimming the texts in place; what saveLeader
    // and saveDay check before the database (which may still refuse an inactive leader or a taken
    // half-day). Empty when all is well.
    static QList<FieldError> leaderProblems(Leader& leader);
    static QList<FieldError> dayProblems(ReceptionDay& day);
    Result<Leader> saveLeader(const Leader& leader, const QString& actor);

    // Reception days between two dates (inclusive), by day, half, then leader name.
    QList<ReceptionDay> days(const QDate& from, const QDate& to) const;
    Result<ReceptionDay> saveDay(const ReceptionDay& day, const QString& actor);
    // Refused once a case was received at it, and (naming who and when) once another desk changed or
    // removed it since the list read it (day.id at day.rowVersion).
    Status removeDay(const ReceptionDay& day, const QString& actor);

    // The receptions of `day`, morning first; on today's date the current half comes first.
    QList<ReceptionDay> leadersOnDuty(const QDate& day) const;

    // The schedule file (docs/leaders-and-agency.md, "CSV import of the schedule"), every line checked.
    static ScheduleFile parseSchedule(const QByteArray& data);
    struct Imported
    {
        int leadersAdded = 0, daysAdded = 0, daysUpdated = 0;
    };
    // All or nothing, in one transaction with one audit entry; a problem names every line it is on.
    Result<Imported> importSchedule(const QByteArray& data, const QString& actor);
    // The same from a file a user or a script named (never one of the database's own files).
    Result<Imported> importScheduleFile(const QString& path, const QString& actor);

    // The case was received at the reception `dayId`: a timeline and an audit entry.
    Status recordReception(const QString& caseKey, const QString& dayId, const QString& note, const QString& actor);
    // A visitor registered at the window (窗口登记) who was received at the reception `dayId`: the
    // intake (IntakeService::save) and recordReception in one transaction, so that the case never
    // exists without its reception. A refused reception comes back as the field error "reception"
    // and nothing is written.
    IntakeOutcome registerAtReception(const IntakeRequest& request, const QString& dayId);
    ReceptionRecord record(const QString& dayId) const;
    // The receptions a case was received at, oldest first (for the case file).
    QList<ReceptionDay> receptionsOfCase(const QString& caseId) const;

    // The public notice (公示) of the schedule between two dates (a month or a quarter): an HTML page
    // with a title and a table by date, for printing.
    QString noticeHtml(const QDate& from, const QDate& to, const QString& centerName) const;

private:
    Database& m_db;
};

} // namespace ow
