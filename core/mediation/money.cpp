// Yuan/fen parsing and formatting without floating point: an amount in an agreement must be
// exactly what the parties signed, to the fen.
#include "mediation/money.h"

#include "util/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ow::money {
namespace {

constexpr qint64 kMaxFen = 10'000'000'000'000LL; // 千亿元: far above any dispute, far below overflow

Error badAmount(const QString& input)
{
    return fail(QCoreApplication::translate("Money", "\"%1\" is not an amount in yuan. Type it like 1,234.50 or "
                                                     "1234.5元 (at most two decimals, no minus sign).")
                    .arg(input));
}

} // namespace

Result<qint64> parseYuan(const QString& input)
{
    QString s = text::normalized(input);
    s.remove(u' ');
    s.replace(u'，', u',');
    s.replace(u'．', u'.');
    for (const QString& prefix : {u"人民币"_s, u"RMB"_s, u"rmb"_s, u"¥"_s, u"￥"_s}) {
        if (s.startsWith(prefix)) {
            s = s.mid(prefix.size());
            break;
        }
    }
    int scaleDigits = 2; // decimals a yuan amount may carry (fen)
    for (const QString& suffix : {u"万元"_s, u"万"_s}) {
        if (s.endsWith(suffix)) {
            s.chop(suffix.size());
            scaleDigits = 6; // 1.234567万元 = 12345.67元
            break;
        }
    }
    if (scaleDigits == 2) {
        for (const QString& suffix : {u"元整"_s, u"圆整"_s, u"元"_s, u"圆"_s}) {
            if (s.endsWith(suffix)) {
                s.chop(suffix.size());
                break;
            }
        }
    }
    static const QRegularExpression shape(u"^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$"_s);
    const auto m = shape.match(s);
    if (!m.hasMatch())
        return badAmount(input);
    QString whole = m.captured(1);
    whole.remove(u',');
    const QString fraction = m.captured(2);
    if (fraction.size() > scaleDigits)
        return fail(
            QCoreApplication::translate("Money", "\"%1\" has more decimals than a fen (0.01 yuan).").arg(input));
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    if (whole.size() > 16 - scaleDigits) // keeps the product within 64 bits
        return fail(QCoreApplication::translate("Money", "\"%1\" is too large for an amount in yuan.").arg(input));
    qint64 value = 0;
    for (QChar c : whole)
        value = value * 10 + c.digitValue();
    QString frac = fraction.leftJustified(scaleDigits, u'0');
    for (QChar c : frac)
        value = value * 10 + c.digitValue();
    // value is now in units of 10^-scaleDigits of the typed unit; bring it to fen.
    if (value > kMaxFen)
        return fail(QCoreApplication::translate("Money", "\"%1\" is too large for an amount in yuan.").arg(input));
    return value;
}

QString formatFen(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    QString whole = QString::number(a / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? u"-"_s : QString()) + whole + u'.' + u"%1"_s.arg(a % 100, 2, 10, QLatin1Char('0'));
}

namespace {

const QString kDigits = u"零壹贰叁肆伍陆柒捌玖"_s;

QString fourDigits(int g)
{
    static const QString units[] = {QString(), u"拾"_s, u"佰"_s, u"仟"_s};
    QString out;
    bool pendingZero = false;
    for (int pos = 3; pos >= 0; --pos) {
        int divisor = 1;
        for (int i = 0; i < pos; ++i)
            divisor *= 10;
        const int d = (g / divisor) % 10;
        if (d == 0) {
            if (!out.isEmpty())
                pendingZero = true;
            continue;
        }
        if (pendingZero)
            out += kDigits.at(0);
        pendingZero = false;
        out += kDigits.at(d) + units[pos];
    }
    return out;
}

QString integerCapitals(qint64 n)
{
    if (n == 0)
        return kDigits.left(1);
    static const QString groupUnits[] = {QString(), u"万"_s, u"亿"_s, u"万亿"_s};
    int groups[4] = {};
    for (int i = 0; i < 4; ++i) {
        groups[i] = int(n % 10000);
        n /= 10000;
    }
    QString out;
    bool needZero = false;
    for (int i = 3; i >= 0; --i) {
        const int g = groups[i];
        if (g == 0) {
            needZero = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty() && (needZero || g < 1000))
            out += kDigits.at(0);
        out += fourDigits(g) + groupUnits[i];
        needZero = false;
    }
    return out;
}

} // namespace

QString chineseCapitals(qint64 fen)
{
    if (fen < 0)
        return u"负"_s + chineseCapitals(-fen);
    const qint64 yuan = fen / 100;
    const int jiao = int((fen / 10) % 10);
    const int f = int(fen % 10);
    QString out;
    if (yuan > 0 || (jiao == 0 && f == 0))
        out = integerCapitals(yuan) + u"元"_s;
    if (jiao > 0)
        out += kDigits.at(jiao) + u"角"_s;
    if (f > 0)
        out += (jiao == 0 && yuan > 0 ? kDigits.left(1) : QString()) + kDigits.at(f) + u"分"_s;
    else
        out += u"整"_s;
    return out;
}

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 1 || n > 99)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    QString s = tens == 1 ? QString() : QString(digits.at(tens));
    s += QStringLiteral("十");
    if (ones)
        s += digits.at(ones);
    return s;
}

} // namespace ow::money
