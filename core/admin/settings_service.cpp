// Center settings: reading them with the defaults the services use, checking, and saving with audit.
#include "admin/settings_service.h"

#include "domain/vocabulary.h"
#include "mediation/attachments.h"
#include "mediation/followup.h"
#include "security/audit.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "validation/identifiers.h"
#include "workflow/case_numbers.h"
#include "workflow/case_workflow.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <cmath>

namespace ow {
namespace {

constexpr auto kDefaultPattern = "（{year}）{prefix}字第{seq:04}号";
constexpr qint64 kMiB = 1024 * 1024;

// The settings rows as stored (key → text), in a fixed order for the audit entries.
QList<QPair<QString, QString>> rows(const CenterSettings& s)
{
    QList<QPair<QString, QString>> out{
        {QStringLiteral("site_name"), s.centerName},
        {QStringLiteral("center_phone"), s.centerPhone},
        {QStringLiteral("case_no_prefix"), s.caseNoPrefix},
        {QStringLiteral("case_no_pattern"), s.caseNoPattern},
        {QStringLiteral("due_soon_share"), QString::number(s.dueSoonPercent / 100.0)},
        {QStringLiteral("attachment_max_bytes"), QString::number(qint64(s.attachmentMaxMb) * kMiB)},
        {QStringLiteral("backup_keep_days"), QString::number(s.backupKeepDays)},
    };
    for (auto it = s.followupRequired.cbegin(); it != s.followupRequired.cend(); ++it)
        out << qMakePair(QStringLiteral("followup_required.") + it.key(),
                         it.value() ? QStringLiteral("1") : QStringLiteral("0"));
    return out;
}

} // namespace

SettingsService::SettingsService(Database& db)
    : m_db(db)
{}

CenterSettings SettingsService::load() const
{
    CenterSettings s;
    s.centerName = m_db.setting(QStringLiteral("site_name"));
    s.centerPhone = m_db.setting(QStringLiteral("center_phone"));
    s.caseNoPrefix = m_db.setting(QStringLiteral("case_no_prefix"));
    s.caseNoPattern = m_db.setting(QStringLiteral("case_no_pattern"), QString::fromUtf8(kDefaultPattern));
    s.dueSoonPercent =
        int(std::lround(m_db.setting(QStringLiteral("due_soon_share"), QStringLiteral("0.8")).toDouble() * 100));
    // The services' own readings, so the dialog shows what they actually use.
    s.attachmentMaxMb = int((AttachmentService(m_db).maxBytes() + kMiB - 1) / kMiB);
    s.backupKeepDays = backup::keepDays(m_db);
    const FollowupService followup(m_db);
    for (const QString& type : vocab::codes(vocab::List::CaseType))
        s.followupRequired.insert(type, followup.followupRequired(type));
    return s;
}

QList<SettingError> SettingsService::validate(CenterSettings& s) const
{
    QList<SettingError> errors;
    auto err = [&](const char* field, const QString& message) {
        errors << SettingError{QString::fromLatin1(field), message};
    };
    s.centerName = s.centerName.trimmed();
    s.centerPhone = s.centerPhone.trimmed();
    s.caseNoPrefix = s.caseNoPrefix.trimmed();
    s.caseNoPattern = s.caseNoPattern.trimmed();
    if (s.centerName.isEmpty())
        err("center_name", tr("Write the center's name; receipts and notices print it."));
    else if (s.centerName.size() > 60)
        err("center_name", tr("The name is too long for a receipt heading (at most 60 characters)."));
    // A hotline such as 12345 is a phone number too.
    if (!s.centerPhone.isEmpty()) {
        if (auto p = validation::centerPhone(s.centerPhone))
            s.centerPhone = *p;
        else
            err("center_phone", p.error());
    }
    static const QRegularExpression seq(QStringLiteral("\\{seq(:0?\\d+)?\\}"));
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
    if (!seq.match(s.caseNoPattern).hasMatch()) {
        err("case_no_pattern", tr("The pattern must contain {seq} (or {seq:04} for four digits): without it two "
                                  "cases would get the same number."));
    } else {
        if (!s.caseNoPattern.contains(QLatin1String("{year}")))
            err("case_no_pattern", tr("The pattern must contain {year}: the sequence starts again every year."));
        auto it = placeholder.globalMatch(s.caseNoPattern);
        while (it.hasNext()) {
            const QString p = it.next().captured(0);
            if (p != QLatin1String("{year}") && p != QLatin1String("{prefix}") && !seq.match(p).hasMatch())
                err("case_no_pattern", tr("%1 is not a placeholder; use {year}, {prefix} and {seq}.").arg(p));
        }
    }
    if (s.caseNoPattern.contains(QLatin1String("{prefix}")) && s.caseNoPrefix.isEmpty())
        err("case_no_prefix", tr("The pattern uses {prefix}; write the prefix, e.g. 乌中矛调."));
    if (s.dueSoonPercent < 50 || s.dueSoonPercent > 95)
        err("due_soon_percent", tr("Between 50% and 95% of the period."));
    if (s.attachmentMaxMb < 1 || s.attachmentMaxMb > 1024)
        err("attachment_max_mb", tr("Between 1 and 1024 MB."));
    if (s.backupKeepDays < 1 || s.backupKeepDays > 3650)
        err("backup_keep_days", tr("Between 1 and 3650 days."));
    return errors;
}

Result<QStringList> SettingsService::save(CenterSettings s, const QString& actorLogin, QList<SettingError>* errorsOut)
{
    auto actor = actorFor(m_db, actorLogin);
    if (!actor)
        return fail(actor.error());
    if (Status allowed = permissions::require(*actor, permissions::Action::CenterSettings); !allowed)
        return fail(allowed.error());
    const QList<SettingError> errors = validate(s);
    if (errorsOut)
        *errorsOut = errors;
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const SettingError& e : errors)
            lines << e.message;
        return fail(lines.join(QLatin1Char('\n')));
    }
    const auto before = rows(load());
    const auto after = rows(s);
    QStringList changed;
    for (qsizetype i = 0; i < after.size(); ++i)
        if (i >= before.size() || before[i] != after[i])
            changed << after[i].first;
    if (changed.isEmpty())
        return changed;

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    for (qsizetype i = 0; i < after.size(); ++i) {
        const auto& [key, value] = after[i];
        if (!changed.contains(key))
            continue;
        const QString old = m_db.setting(key);
        if (Status st = m_db.setSetting(key, value); !st)
            return fail(st.error());
        if (Status st = appendAudit(m_db, actor->login, QStringLiteral("setting"), QStringLiteral("settings"), key,
                                    QStringLiteral("%1 → %2").arg(old, value));
            !st)
            return fail(st.error());
    }
    if (changed.contains(QStringLiteral("site_name"))) {
        // The site's own row travels in consolidation packages: the county sees the new name.
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "UPDATE sites SET name = ?, updated_at = ?, row_version = row_version + 1 WHERE is_self = 1"));
        q.addBindValue(s.centerName);
        q.addBindValue(utcNow());
        if (Status st = sql::exec(q); !st)
            return fail(st.error());
    }
    if (Status st = tx.commit(); !st)
        return fail(st.error());
    return changed;
}

} // namespace ow
