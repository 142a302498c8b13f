// Window registration (窗口登记, 一窗受理): validating a new case field by field, saving it as
// filed (numbered), reported (for triage) or rejected, and recognizing repeat visitors.
#pragma once

#include "domain/case.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ow {

class Database;

// A problem with one field, for the dialog to show at that field. Field names: case_type, source,
// category, township, village, window, summary, request, headcount, urgency, received_on,
// received_at, parties, reject_reason, and parties[N].name / .id_number / .credit_code / .phone /
// .address / .legal_representative / .role. Names, numbers and texts are checked by text::fieldProblem (util/text.h)
// with the limits of util/limits.h, as ledger rows are.
struct FieldError
{
    QString field;
    QString message;
};
// "field: message" per line, then `error` (a refusal or a failed write) when there is one.
QStringList messagesOf(const QList<FieldError>& errors, const QString& error);

struct IntakeRequest
{
    enum class SaveAs
    {
        Filed,    // accepted at the window: numbered, milestones set
        Reported, // registered; triage decides
        Rejected, // 不予受理, with a written reason
    };
    // Codes or the names a person types (Chinese or English labels).
    QString caseType;
    QString source = QStringLiteral("walk_in");
    QString category;
    QString township;
    QString village;
    QString window;
    QString summary;
    QString request;
    int headcount = 1;
    QString urgency = QStringLiteral("normal");
    QDate receivedOn;   // today when invalid
    QString receivedAt; // HH:mm; now when empty and receivedOn is today
    QList<Party> parties;
    SaveAs saveAs = SaveAs::Filed;
    QString rejectReason;
    QString actor = QStringLiteral("system");
};

struct IntakeOutcome
{
    bool ok = false;
    QList<FieldError> errors; // invalid input: nothing was written
    QString error;            // the write itself failed
    CaseRecord saved;
    QStringList messages() const; // "field: message" per line, or the write error
};

struct RepeatMatch
{
    QString caseId;
    QString caseNo;
    QString oneCaseCode;
    QString status;
    QDate receivedOn;
    QString applicant;
    QString summary;
    QString matchedBy; // id_number | phone | name
    bool open = false;
};

class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    explicit IntakeService(Database& db);

    // Checks everything and turns names into codes in `request`; empty when all is well.
    QList<FieldError> validate(IntakeRequest& request) const;
    // Validates and saves in one transaction.
    IntakeOutcome save(IntakeRequest request);

    // Open cases and cases of the last 12 months of the same person: same ID number, same phone,
    // or same name in the same township. Merged cases are left out.
    QList<RepeatMatch> findRepeats(const QString& idNumber, const QString& phone, const QString& name,
                                   const QString& township, const QDate& today = Clock::today()) const;
    // The visitor came again about an existing case: a timeline entry and visit_count + 1.
    Result<CaseRecord> recordVisit(const QString& caseKey, const QString& actor, const QString& note);

private:
    struct FieldChecks;
    // validate(), in parts: the coded fields, the texts and dates, the parties.
    void checkCodes(IntakeRequest& r, FieldChecks& c) const;
    static void checkTexts(IntakeRequest& r, FieldChecks& c);
    static void checkParties(IntakeRequest& r, FieldChecks& c);
    static void checkParty(Party& p, const QString& fieldPrefix, FieldChecks& c);

    Database& m_db;
};

} // namespace ow
