// Case number pattern expansion and gap-free allocation from the case_numbers table.
#include "workflow/case_numbers.h"

#include "storage/database.h"
#include "storage/sql_values.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "util/limits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

QString formatCaseNumber(const QString& pattern, const QString& prefix, int year, qint64 seq)
{
    QString out = pattern;
    out.replace(QLatin1String("{year}"), QString::number(year));
    out.replace(QLatin1String("{prefix}"), prefix);
    static const QRegularExpression seqRe(QStringLiteral("\\{seq(?::0?(\\d+))?\\}"));
    QRegularExpressionMatch m;
    while ((m = seqRe.match(out)).hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        out.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("%1").arg(seq, width, 10, QLatin1Char('0')));
    }
    return out;
}

Result<QString> allocateCaseNumber(Database& db, const QDate& receivedOn)
{
    const QDate day = receivedOn.isValid() ? receivedOn : Clock::today();
    const QString site = db.siteCode();
    const QString pattern =
        db.setting(QStringLiteral("case_no_pattern"), QStringLiteral("（{year}）{prefix}字第{seq:04}号"));
    const QString prefix = db.setting(QStringLiteral("case_no_prefix"));
    // On a server desks register at the same moment and READ COMMITTED lets them all read the same
    // last_seq: the year's row is made to exist, then read locked, so that a second desk waits for
    // the first one's commit and goes on from its number (gap-free, docs/postgresql.md,
    // "Concurrency"). On SQLite the write transaction already holds the file's only write lock.
    if (db.isServer()) {
        QSqlQuery row(db.sql());
        row.prepare(QStringLiteral("INSERT INTO case_numbers(site_code, year, last_seq) VALUES(?, ?, 0) "
                                   "ON CONFLICT(site_code, year) DO NOTHING"));
        row.addBindValue(site);
        row.addBindValue(day.year());
        if (!row.exec())
            return fail(db.errorMessage(row.lastError()));
    }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT last_seq FROM case_numbers WHERE site_code = ? AND year = ?") +
              (db.isServer() ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(site);
    q.addBindValue(day.year());
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    qint64 seq = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    QSqlQuery exists(db.sql());
    exists.prepare(QStringLiteral("SELECT 1 FROM cases WHERE site_code = ? AND case_no = ?"));
    QString number;
    for (int guard = 0; guard < 100000; ++guard) {
        if (seq >= limits::kCaseSequence)
            return fail(QCoreApplication::translate("CaseNumbers",
                                                    "No case number is left for %1: the sequence has reached %2, the "
                                                    "highest a year may have. Register the case as reported (without "
                                                    "a number), and ask the administrator to check the case numbers "
                                                    "of %1 (a ledger may have brought in a wrong one).")
                            .arg(day.year())
                            .arg(i18n::locale().toString(seq)));
        ++seq;
        number = formatCaseNumber(pattern, prefix, day.year(), seq);
        exists.addBindValue(site);
        exists.addBindValue(number);
        if (!exists.exec())
            return fail(sql::errorText(exists.lastError()));
        const bool taken = exists.next();
        exists.finish();
        if (!taken)
            break;
    }
    QSqlQuery up(db.sql());
    up.prepare(QStringLiteral("INSERT INTO case_numbers(site_code, year, last_seq) VALUES(?, ?, ?) "
                              "ON CONFLICT(site_code, year) DO UPDATE SET last_seq = excluded.last_seq"));
    up.addBindValue(site);
    up.addBindValue(day.year());
    up.addBindValue(seq);
    if (!up.exec())
        return fail(QCoreApplication::translate("CaseNumbers", "Cannot take the next case number: %1")
                        .arg(sql::errorText(up.lastError())));
    return number;
}

} // namespace ow
