// The center's own settings (中心设置) an administrator or supervisor keeps: name, phone, case-number
// pattern, the due-soon share, the attachment size limit and which case types need a follow-up.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace ow {

class Database;

struct CenterSettings
{
    QString centerName;       // settings "site_name": receipts, notices, window title
    QString centerPhone;      // "center_phone": printed on the receipt; empty = not printed
    QString caseNoPrefix;     // "case_no_prefix", e.g. 乌中矛调
    QString caseNoPattern;    // "case_no_pattern": {year}, {prefix}, {seq} or {seq:0N}
    int dueSoonPercent = 80;  // "due_soon_share" × 100: a deadline is "due soon" after this share of its period
    int attachmentMaxMb = 20; // "attachment_max_bytes" / 1 MiB
    int backupKeepDays = 30;  // "backup_keep_days": automatic backups older than this are pruned (storage/backup.h)
    QMap<QString, bool> followupRequired; // "followup_required.<case type>", every case type
};

// A setting that is wrong, for the dialog to show at its field. Fields: center_name, center_phone,
// case_no_prefix, case_no_pattern, due_soon_percent, attachment_max_mb, backup_keep_days.
struct SettingError
{
    QString field;
    QString message;
};

class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(Database& db);

    CenterSettings load() const;
    // Checks every field; empty when all is well (the phone is normalized in place).
    QList<SettingError> validate(CenterSettings& s) const;
    // Only supervisors and administrators; writes the changed settings in one transaction with an
    // audit entry each (old → new). Returns the names of the changed settings (none: nothing written).
    Result<QStringList> save(CenterSettings settings, const QString& actor, QList<SettingError>* errors = nullptr);

private:
    Database& m_db;
};

} // namespace ow
