// Import of a township's consolidation package at the county: verify everything first, preview
// what would happen per table, then merge by UUID and row version in one transaction. Conflicts
// (a record changed at both ends since the last exchange) keep both versions for review.
#pragma once

#include "storage/database.h"

#include <QList>
#include <QPair>
#include <QString>

namespace ow {

// What the manifest of a verified package says.
struct PackageInfo
{
    QString path;
    QString fileName;
    QString packageId;
    QString checksum; // the verified content checksum
    int formatVersion = 0;
    int schemaVersion = 0;
    QString programVersion;
    QString siteCode;
    QString signerFingerprint; // of the key that signed it (verified against the county's registry)
    QString signerKey;         // base64 public key from the manifest
    QString signature;         // base64 Ed25519 signature from the manifest
    QString siteName;
    QString siteLevel;
    QString siteDivision;
    QString createdAt;
    QString createdBy;
    QString range; // full | since_date | since_last_export
    QString since;
    QStringList tables; // parents first
    QList<QPair<QString, qint64>> rowCounts;
    // The township's signed audit head and the chain entries it carries (docs/package-format.md,
    // "Audit chain"); headSeq -1 when the package has none.
    struct AuditChain
    {
        qint64 headSeq = -1;
        QString headHash, headAt, headFingerprint, headSignature;
        qint64 from = 0;
        QString fromHash;
        QString entries; // JSON array of [seq, at, actor, action, entity, entity_id, detail, hash]
    } audit;
};

struct TableMerge
{
    QString table;
    qint64 incoming = 0;
    qint64 added = 0;          // new here
    qint64 updated = 0;        // newer version from the township, unchanged here since the last exchange
    qint64 unchanged = 0;      // identical, older than what is here, or changed here only (ours stands)
    qint64 conflicting = 0;    // changed at both ends: ours stays, theirs goes to the conflicts table
    qint64 knownConflicts = 0; // of `conflicting`: already recorded by an earlier import
    qint64 deleted = 0;        // deleted at the township (full packages only, see docs/package-format.md)
};

struct ConflictInfo
{
    QString table;
    QString rowId;
    QString caseNo; // of the case the row belongs to, when known
    qint64 localVersion = 0;
    QString localUpdatedAt;
    qint64 incomingVersion = 0;
    QString incomingUpdatedAt;
    bool alreadyRecorded = false;
};

struct ImportPlan
{
    PackageInfo package;
    bool siteRegistered = false;  // false: the import registers the township as a site
    QString previouslyImportedAt; // when this very package (checksum) was merged before
    QList<TableMerge> tables;
    QList<ConflictInfo> conflicts; // at most conflictListLimit entries
    qint64 totalConflicts = 0;
    bool committed = false;
    QString importId; // the import log entry, once committed

    TableMerge total() const;
    // Nothing to write: every row is already here and every conflict already recorded.
    bool nothingToDo() const;
};

// The largest package an import accepts (2 GiB); a larger file is refused before anything is copied.
// A full package of 100,000 cases is far smaller.
inline constexpr qint64 kMaxPackageBytes = qint64(2) * 1024 * 1024 * 1024;

class PackageImporter
{
public:
    explicit PackageImporter(Database& db);

    // Verifies the package and works out what a merge would do. Writes nothing at all.
    Result<ImportPlan> preview(const QString& packagePath) const;
    // Verifies again, then merges in one transaction, logs the import (file, checksum, site,
    // counts, actor, time) and appends an audit entry. A package that brings nothing new writes
    // nothing: importing the same package twice changes nothing the second time.
    Result<ImportPlan> import(const QString& packagePath, const QString& actor) const;

    int conflictListLimit = 200;

private:
    Database& m_db;
};

} // namespace ow
