// `check`: is the database file sound? SQLite integrity, foreign keys, the audit hash chain and the
// schema version. Opens without migrating so that a damaged or foreign file is never written to.
#include "cli/cli.h"

#include "security/audit.h"
#include "storage/backup.h"
#include "storage/migrations.h"
#include "util/clock.h"
#include "workflow/holidays.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ow::cli {
int cmdCheck(Context& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("Cli", "check takes no arguments."));
    if (!QFileInfo::exists(ctx.dbPath)) {
        ctx.err << QCoreApplication::translate("Cli", "The database %1 does not exist.").arg(ctx.dbPath) << Qt::endl;
        return ExitDatabase;
    }
    auto opened = Database::openRaw(ctx.dbPath);
    if (!opened) {
        ctx.err << opened.error() << Qt::endl;
        return ExitDatabase;
    }
    Database& db = **opened;
    // Who checks is asked as for every command (a damaged file may still say who may).
    if (!ctx.signIn(db))
        return ExitPermission;
    QStringList problems;
    QTextStream& out = ctx.out;

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    QStringList integrity;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems
            << QCoreApplication::translate("Cli", "The integrity check could not run: %1").arg(q.lastError().text());
    } else {
        while (q.next())
            integrity << q.value(0).toString();
        if (q.lastError().isValid())
            integrity << q.lastError().text();
        if (integrity == QStringList{QStringLiteral("ok")})
            out << QCoreApplication::translate("Cli", "SQLite integrity: ok") << '\n';
        else {
            problems << QCoreApplication::translate("Cli", "SQLite integrity check found %n problem(s):", nullptr,
                                                    int(integrity.size()));
            for (const QString& s : integrity.mid(0, 20))
                problems << QStringLiteral("  ") + s;
        }
    }

    QSqlQuery fk(db.sql());
    fk.setForwardOnly(true);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems
            << QCoreApplication::translate("Cli", "The foreign key check could not run: %1").arg(fk.lastError().text());
    } else {
        int broken = 0;
        QStringList examples;
        while (fk.next()) {
            ++broken;
            if (examples.size() < 10)
                examples << QStringLiteral("  %1 rowid %2 → %3")
                                .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
        }
        if (fk.lastError().isValid())
            problems << QCoreApplication::translate("Cli", "The foreign key check could not finish: %1")
                            .arg(fk.lastError().text());
        else if (broken == 0)
            out << QCoreApplication::translate("Cli", "Foreign keys: ok") << '\n';
        else
            problems << QCoreApplication::translate("Cli", "%1 row(s) refer to records that do not exist:").arg(broken)
                     << examples;
    }

    QSqlQuery audit(db.sql());
    if (!audit.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !audit.next()) {
        problems
            << QCoreApplication::translate("Cli", "The audit log cannot be read: %1").arg(audit.lastError().text());
    } else {
        const AuditCheck chain = verifyAuditChain(db);
        if (chain.entries != audit.value(0).toInt())
            problems << QCoreApplication::translate("Cli", "The audit log could only be read up to entry %1 of %2.")
                            .arg(chain.entries)
                            .arg(audit.value(0).toInt());
        else if (chain.firstBrokenSeq >= 0)
            problems << QCoreApplication::translate(
                            "Cli", "The audit chain is broken at entry %1: the log was altered after it was written.")
                            .arg(chain.firstBrokenSeq);
        else
            out << QCoreApplication::translate("Cli", "Audit chain: ok (%1 entries)").arg(chain.entries) << '\n';
    }

    const int version = db.userVersion();
    if (version > latestSchemaVersion())
        problems << QCoreApplication::translate(
                        "Cli", "The schema version is %1, newer than this program knows (%2). Use a newer OneWindow.")
                        .arg(version)
                        .arg(latestSchemaVersion());
    else if (version <= 0)
        problems << QCoreApplication::translate("Cli", "The file has no OneWindow schema (version %1).").arg(version);
    else if (version < latestSchemaVersion())
        out << QCoreApplication::translate("Cli", "Schema version: %1 (it will be upgraded to %2 when opened)")
                   .arg(version)
                   .arg(latestSchemaVersion())
            << '\n';
    else
        out << QCoreApplication::translate("Cli", "Schema version: %1").arg(version) << '\n';

    // Not damage, but deadlines counted wrong: the calendar lacks this year (or, from November, the next).
    if (problems.isEmpty())
        if (const QString warning =
                HolidayService::missingYearsWarning(HolidayService(db).missingYears(Clock::today()));
            !warning.isEmpty())
            out << warning << '\n';

    // The latest backup of the default folder (only checked backups carry a backup's name there).
    // `check` reads only; backups are made by the desktop and the writing commands, or by `backup`.
    if (const auto last = backup::latest(ctx.dbPath); !last) {
        out << QCoreApplication::translate("Cli", "Warning: there is no backup of this database in %1. Make one "
                                                  "now: onewindow-cli backup")
                   .arg(QDir::toNativeSeparators(backup::defaultFolder(ctx.dbPath)))
            << '\n';
    } else {
        const int days = int(last->time.date().daysTo(Clock::today()));
        const QString age = days == 0 ? QCoreApplication::translate("Cli", "today")
                                      : QCoreApplication::translate("Cli", "%n day(s) ago", nullptr, days);
        out << QCoreApplication::translate("Cli", "Latest backup: %1 (%2, %3), %4")
                   .arg(last->time.toString(QStringLiteral("yyyy-MM-dd HH:mm")), backup::kindLabel(last->kind), age,
                        QDir::toNativeSeparators(last->path))
            << '\n';
        const int limit = backup::kWarnAfterDays;
        const QString tooOld = QCoreApplication::translate(
            "Cli", "Warning: the latest backup is more than %n day(s) old. Make one now: onewindow-cli backup", nullptr,
            limit);
        if (last->time.secsTo(Clock::now()) > qint64(limit) * 86400)
            out << tooOld << '\n';
    }

    if (!problems.isEmpty()) {
        for (const QString& s : problems)
            ctx.err << s << '\n';
        ctx.err << QCoreApplication::translate("Cli", "The database is damaged. Restore it from a backup.") << Qt::endl;
        out.flush();
        return ExitDatabase;
    }
    out << QCoreApplication::translate("Cli", "The database is in good order.") << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
