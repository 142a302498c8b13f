// Derived values of a case: applicant name, the one-case code, milestone state.
#include "domain/case.h"

#include <QCryptographicHash>

namespace ow {

QString Milestone::stateOn(const QDate& today, double dueSoonShare) const
{
    if (metOn.isValid())
        return QStringLiteral("met");
    if (!dueOn.isValid())
        return QStringLiteral("pending");
    if (today > dueOn)
        return QStringLiteral("overdue");
    const qint64 period = startsOn.isValid() ? startsOn.daysTo(dueOn) : 0;
    const qint64 elapsed = startsOn.isValid() ? startsOn.daysTo(today) : 0;
    if (period <= 0 || double(elapsed) >= dueSoonShare * double(period))
        return QStringLiteral("due_soon");
    return QStringLiteral("pending");
}

QString CaseRecord::applicantName() const
{
    QStringList names;
    for (const Party& p : parties)
        if (p.role == QLatin1String("applicant"))
            names << p.name;
    return names.join(QChar(0x3001)); // 、
}

QString oneCaseCodeFor(const QString& uuid)
{
    // Crockford base32 of the first 50 bits of SHA-256(uuid): short, unambiguous when read aloud.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray h = QCryptographicHash::hash(uuid.toLatin1(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(h[i]);
    QString out;
    for (int i = 0; i < 10; ++i) {
        out.append(QLatin1Char(alphabet[(bits >> 59) & 31]));
        bits <<= 5;
    }
    return out;
}

QString CaseRecord::oneCaseCode() const
{
    return oneCaseCodeFor(id);
}

} // namespace ow
