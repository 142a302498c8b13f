// Review of consolidation conflicts (records changed both here and at a township since the last
// exchange): list them and resolve one by keeping this center's version or taking the township's.
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

struct ConflictRecord
{
    QString id;
    QString importId;
    QString importFile; // the package that brought the township's version
    QString table;
    QString rowId;
    QString caseId; // the case the record belongs to (empty when unknown)
    QString caseNo;
    QString sourceSite;
    QString sourceSiteName;
    QJsonObject localRow;    // this center's version when the conflict was found
    QJsonObject incomingRow; // the township's version
    qint64 localVersion = 0;
    QString localUpdatedAt;
    qint64 incomingVersion = 0;
    QString incomingUpdatedAt;
    QString detectedAt;
    QString resolvedAt; // empty while open
    QString resolution; // kept_local | took_incoming
    QString resolvedBy;
    // Columns whose values differ between the two versions (row_version/updated_at left out).
    QStringList differingColumns() const;
    bool open() const { return resolvedAt.isEmpty(); }
};

class ConflictService
{
    Q_DECLARE_TR_FUNCTIONS(ConflictService)

public:
    enum class Keep
    {
        Ours,   // this center's version stays; the township's is set aside
        Theirs, // the township's version replaces this center's
    };

    explicit ConflictService(Database& db);

    // Open conflicts (or all, newest first).
    Result<QList<ConflictRecord>> list(bool includeResolved = false) const;
    // One conflict by id or by a unique id prefix of at least 8 characters.
    Result<ConflictRecord> find(const QString& idOrPrefix) const;
    // Resolves an open conflict in one transaction: keeping ours changes no record; taking theirs
    // writes the township's version into the record, refused when the record changed here again
    // since the conflict was found. Either way the exchange base moves to the township's version
    // (so the same version is not reported again), the conflict is marked resolved with actor and
    // time, and the case timeline and the audit log name the decision. Supervisors only.
    Result<ConflictRecord> resolve(const QString& idOrPrefix, Keep keep, const QString& actor);

private:
    Database& m_db;
};

} // namespace ow
