// Editing a registered case (案件信息更正): the same field checks as intake, one transaction, and one
// timeline entry per changed field that keeps the old and the new value.
#pragma once

#include "domain/case.h"
#include "util/result.h"
#include "workflow/intake_service.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ow {

class Database;

// What to change; a field left empty (std::nullopt) stays as it is.
struct CaseEdit
{
    QString caseKey; // UUID, case number or one-case code
    QString actor = QStringLiteral("system");
    // > 0: refuse when the case changed since the editor read it (row_version).
    int expectedRowVersion = 0;

    std::optional<QString> summary;
    std::optional<QString> request;
    std::optional<QString> category; // code or name, as at intake
    std::optional<QString> township;
    std::optional<QString> village; // "" = none
    std::optional<QString> urgency; // normal | urgent
    std::optional<int> headcount;
    std::optional<QString> source;
    std::optional<QDate> receivedOn;   // only while the case is reported or filed (see CaseEditor)
    std::optional<QString> receivedAt; // HH:mm, "" = unknown
    // The whole list of parties as it should be: a party with the id of an existing one changes
    // it, one without an id is added, an existing party missing from the list is removed.
    std::optional<QList<Party>> parties;
};

struct CaseEditOutcome
{
    bool ok = false;
    QList<FieldError> errors; // invalid input (field names as at intake); nothing was written
    QString error;            // refused (closed case, changed meanwhile) or the write failed
    CaseRecord saved;         // the case as it is now
    QStringList changes;      // the timeline entries written; empty when nothing changed
    QStringList messages() const;
};

class CaseEditor
{
    Q_DECLARE_TR_FUNCTIONS(CaseEditor)

public:
    explicit CaseEditor(Database& db);

    // Whether the case can be edited at all; the refusal says why (closed, merged, ...).
    static Status canEdit(const CaseRecord& c);
    // Whether the date received can still be corrected: the deadlines count from it, so only
    // while the case is reported or filed and no deadline was met or extended yet.
    static Status canChangeReceivedDate(const CaseRecord& c);

    // Validates like intake, then writes every change in one WriteTransaction: changed rows get
    // updated_at = now and row_version + 1, each changed field one timeline entry "old → new"
    // (ID numbers and phones masked), with its audit entry. Nothing changed: no write at all.
    CaseEditOutcome save(const CaseEdit& edit);

private:
    Database& m_db;
};

} // namespace ow
