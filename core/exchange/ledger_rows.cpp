// The shared pieces of a ledger import: the columns, the site's number pattern, the problem cap,
// the site's existing numbers and hashes, and the fast ISO date and SHA-256 of every row.
#include "exchange/ledger_rows.h"

#include "exchange/sha256.h"
#include "storage/database.h"
#include "util/i18n.h"
#include "util/limits.h"

#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

#include <limits>

namespace ow::ledger {

QString columnName(int c)
{
    return i18n::chinese() ? QString::fromUtf8(kColumns[c].zh) : QString::fromLatin1(kColumns[c].code);
}

NumberPattern::NumberPattern(const QString& pattern, const QString& prefix)
    : m_pattern(pattern)
    , m_prefix(prefix)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{(year|prefix|seq)(?::(\\d+))?\\}"));
    auto literal = [](const QString& s) { return QRegularExpression::escape(text::caseNumberKey(s)); };
    QString re = QStringLiteral("^");
    qsizetype pos = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        re += literal(pattern.mid(pos, m.capturedStart() - pos));
        const QString name = m.captured(1);
        if (name == QLatin1String("year"))
            re += QStringLiteral("(?<year>\\d{4})");
        else if (name == QLatin1String("prefix"))
            re += literal(prefix);
        else
            re += QStringLiteral("(?<seq>\\d+)");
        pos = m.capturedEnd();
    }
    re += literal(pattern.mid(pos)) + QStringLiteral("$");
    m_re.setPattern(re);
}

QString NumberPattern::format(int year, qint64 seq) const
{
    static const QRegularExpression seqRe(QStringLiteral("\\{seq(?::(\\d+))?\\}"));
    QString out = m_pattern;
    out.replace(QLatin1String("{year}"), QString::number(year)).replace(QLatin1String("{prefix}"), m_prefix);
    const auto m = seqRe.match(out);
    if (m.hasMatch()) {
        const int width = m.captured(1).toInt();
        out.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("%1").arg(seq, width, 10, QLatin1Char('0')));
    }
    return out;
}

std::optional<std::pair<int, qint64>> NumberPattern::match(const QString& key) const
{
    const auto m = m_re.match(key);
    if (!m.hasMatch() || m.captured(u"seq").isEmpty())
        return std::nullopt;
    QStringView digits = m.capturedView(u"seq");
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.sliced(1);
    const qint64 seq = digits.size() > 18 ? std::numeric_limits<qint64>::max() : digits.toLongLong();
    return std::make_pair(m.captured(u"year").toInt(), seq);
}

NumberPattern sitePattern(Database& db)
{
    return NumberPattern(
        db.setting(QStringLiteral("case_no_pattern"), QStringLiteral("（{year}）{prefix}字第{seq:04}号")),
        db.setting(QStringLiteral("case_no_prefix")));
}

QString reasonsOf(const QList<LedgerProblem>& problems)
{
    QStringList reasons;
    for (const LedgerProblem& p : problems)
        reasons << (p.column.isEmpty() ? p.reason : LedgerImporter::tr("%1: %2").arg(p.column, p.reason));
    return reasons.join(QStringLiteral("; "));
}

void ProblemCap::apply(Row& row)
{
    if (row.problems.isEmpty())
        return;
    if (m_listed < limits::kListedProblems) {
        m_listed += int(row.problems.size());
        return;
    }
    row.unlisted += int(row.problems.size());
    if (m_keepReasons)
        row.unlistedReasons = reasonsOf(row.problems);
    row.problems = {};
}

int loadExisting(Database& db, const QString& siteCode, QHash<QString, QString>& hashByNo, QSet<QString>& hashes)
{
    int count = 0;
    auto note = [&](const QString& no, const QString& hash) {
        ++count;
        if (!no.isEmpty())
            hashByNo.insert(text::caseNumberKey(no), hash);
        if (!hash.isEmpty())
            hashes.insert(hash);
    };
    if (db.isServer()) { // the same statement through Qt's connection, in the import's transaction
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT case_no, content_hash FROM cases WHERE site_code = ?"));
        q.addBindValue(siteCode);
        if (!q.exec())
            return -1;
        while (q.next())
            note(q.value(0).toString(), q.value(1).toString());
        return count;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT case_no, content_hash FROM cases WHERE site_code = ?", -1, &st,
                           nullptr) != SQLITE_OK)
        return 0;
    const QByteArray site = siteCode.toUtf8();
    sqlite3_bind_text(st, 1, site.constData(), int(site.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        auto col = [st](int i) {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
            return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, i)) : QString();
        };
        note(col(0), col(1));
    }
    sqlite3_finalize(st);
    return count;
}

QString isoDate(const QDate& d)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char16_t buf[10];
    int y = d.year();
    for (int k = 3; k >= 0; --k, y /= 10)
        buf[k] = char16_t(u'0' + y % 10);
    buf[4] = buf[7] = u'-';
    buf[5] = char16_t(u'0' + d.month() / 10);
    buf[6] = char16_t(u'0' + d.month() % 10);
    buf[8] = char16_t(u'0' + d.day() / 10);
    buf[9] = char16_t(u'0' + d.day() % 10);
    return QString(reinterpret_cast<const QChar*>(buf), 10);
}

QString sha256Hex(const QByteArray& bytes)
{
    package::Sha256 hash;
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ow::ledger
