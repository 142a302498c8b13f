// Value types of a case and what hangs off it: parties, timeline events, milestones.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ow {

struct Party
{
    QString id;
    QString role = QStringLiteral("applicant"); // vocab::List::PartyRole
    QString kind = QStringLiteral("person");    // person | organization
    QString name;
    QString idNumber;   // resident ID (18 or 15 digits), empty when none
    QString creditCode; // unified social credit code for organizations
    QString phone;
    QString address;             // a person's address, an organization's domicile (住所)
    QString legalRepresentative; // an organization's legal representative (法定代表人)
};

struct TimelineEvent
{
    QString at; // UTC ISO-8601
    QString actor;
    QString action;
    QString detail;
};

struct Milestone
{
    QString milestone; // deadlines.csv milestone code, e.g. handling
    QString counting;  // calendar | working
    int days = 0;
    QDate startsOn;
    QDate dueOn;
    QDate originalDueOn;
    int extendedDays = 0;
    QDate metOn;
    // pending | due_soon | overdue | met, as of a given day
    QString stateOn(const QDate& today, double dueSoonShare = 0.8) const;
};

struct CaseRecord
{
    QString id;
    QString siteCode;
    QString caseNo;
    QString caseType;
    QString source;
    QString windowCode;
    QString categoryCode;
    QString townshipCode;
    QString villageCode;
    QString summary;
    QString request;
    int headcount = 1;
    QString urgency = QStringLiteral("normal");
    QString leadDepartmentCode;
    QString status;
    QDate receivedOn;
    QString receivedAt; // local time HH:mm, empty when unknown
    QDate filedOn;
    QDate dueOn;
    QDate endedOn;
    QString outcome;
    QString resolutionLevel;
    std::optional<bool> judicialConfirmed;
    QString satisfaction = QStringLiteral("unrated");
    bool supervised = false;
    QString supervisionNote;
    QString endReason; // why a case was rejected, withdrawn or escalated
    int visitCount = 1;
    QString origin = QStringLiteral("intake");
    QString contentHash; // ledger rows: SHA-256 of the imported content, for idempotent re-import
    QString createdAt;
    QString updatedAt;
    int rowVersion = 1;

    QList<Party> parties;
    QList<Milestone> milestones;
    QList<TimelineEvent> timeline;

    QString applicantName() const;
    // The short one-case code (一案一码) derived from the UUID: 10 characters, Crockford base32.
    QString oneCaseCode() const;
};

QString oneCaseCodeFor(const QString& uuid);

} // namespace ow
