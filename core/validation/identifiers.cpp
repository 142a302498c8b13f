// Identifier validation (GB 11643 resident IDs, GB 32100 credit codes, phones, ledger dates) with
// messages that tell a clerk what is wrong and how to fix it.
#include "validation/identifiers.h"

#include "util/clock.h"
#include "util/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <atomic>

namespace ow::validation {

namespace {

// Half-width, no spaces, hyphens kept: the raw material every check starts from.
QString compact(const QString& input)
{
    QString s = text::normalized(input);
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('\t'));
    return s;
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

QChar residentCheckChar(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QDate birthFromDigits(QStringView yyyymmdd)
{
    return QDate(yyyymmdd.mid(0, 4).toInt(), yyyymmdd.mid(4, 2).toInt(), yyyymmdd.mid(6, 2).toInt());
}

// Whether `d` is after today. Clock::today() reads the time zone (glibc stats /etc/localtime
// under a lock on every call: 100,000 IDs of a ledger made 100,000 stats and two validator threads
// queued on that lock). Today only moves forward, so a date on or before the last today seen is
// answered without the clock; only a birth date of the last day or two asks it.
bool isAfterToday(const QDate& d)
{
    static std::atomic<qint64> lastToday{0};
    if (d.toJulianDay() <= lastToday.load(std::memory_order_relaxed))
        return false;
    const QDate today = Clock::today();
    lastToday.store(today.toJulianDay(), std::memory_order_relaxed);
    return d > today;
}

// GB 32100 character set: digits and upper-case letters without I, O, Z, S, V, in code order.
const QString& creditAlphabet()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return alphabet;
}

} // namespace

Result<QString> residentId(const QString& input)
{
    QString id = compact(input).toUpper();
    if (id.isEmpty())
        return fail(QCoreApplication::translate(
            "Validation", "The ID number is empty. Enter the 18-digit number printed on the ID card."));
    if (id.size() != 18 && id.size() != 15)
        return fail(QCoreApplication::translate(
                        "Validation", "The ID number has %1 characters; a resident ID has 18 (or 15 for an old card). "
                                      "Check the number on the ID card.")
                        .arg(id.size()));
    if (id.size() == 15) {
        if (!allDigits(id))
            return fail(QCoreApplication::translate(
                "Validation", "A 15-digit ID number may contain only digits. Check the number on the ID card."));
        const QDate birth = birthFromDigits(QString(QStringLiteral("19") + id.mid(6, 6)));
        if (!birth.isValid())
            return fail(QCoreApplication::translate(
                "Validation", "The birth date in the ID number (characters 7–12) is not a real date. "
                              "Check the number on the ID card."));
        return id;
    }
    if (!allDigits(QStringView(id).left(17)))
        return fail(QCoreApplication::translate(
            "Validation", "The first 17 characters of an ID number must be digits. Check the number on the ID card."));
    const QChar last = id.at(17);
    if (!(last.isDigit() || last == QLatin1Char('X')))
        return fail(QCoreApplication::translate(
            "Validation", "The last character of an ID number must be a digit or X. Check the number on the ID card."));
    const QDate birth = birthFromDigits(QStringView(id).mid(6, 8));
    if (!birth.isValid() || birth.year() < 1850)
        return fail(QCoreApplication::translate("Validation",
                                                "The birth date in the ID number (characters 7–14) is not a real date. "
                                                "Check the number on the ID card."));
    if (isAfterToday(birth))
        return fail(
            QCoreApplication::translate(
                "Validation", "The birth date in the ID number (%1) is in the future. Check the number on the ID card.")
                .arg(birth.toString(Qt::ISODate)));
    const QChar expected = residentCheckChar(QStringView(id).left(17));
    if (last != expected)
        // Not "the last digit should be X": the wrong character is as likely anywhere else, and a
        // clerk told which last digit fits would change it and save a wrong number.
        return fail(QCoreApplication::translate(
            "Validation", "The ID number does not check out: one of its characters was typed wrong (often a misread "
                          "digit or two digits swapped). Read the whole number again from the ID card."));
    return id;
}

QDate birthDateOf(const QString& normalizedId)
{
    if (normalizedId.size() == 18)
        return birthFromDigits(QStringView(normalizedId).mid(6, 8));
    if (normalizedId.size() == 15)
        return birthFromDigits(QString(QStringLiteral("19") + normalizedId.mid(6, 6)));
    return {};
}

Result<QString> creditCode(const QString& input)
{
    QString code = compact(input).toUpper();
    if (code.isEmpty())
        return fail(QCoreApplication::translate(
            "Validation", "The unified social credit code is empty. Enter the 18 characters on the business licence."));
    if (code.size() != 18)
        return fail(QCoreApplication::translate("Validation",
                                                "The unified social credit code has %1 characters; it must have 18. "
                                                "Check the code on the business licence.")
                        .arg(code.size()));
    const QString& alphabet = creditAlphabet();
    for (int i = 0; i < code.size(); ++i) {
        if (!alphabet.contains(code.at(i)))
            return fail(QCoreApplication::translate(
                            "Validation",
                            "The unified social credit code contains \"%1\", which is never used "
                            "(the letters I, O, Z, S and V do not occur). Check the code on the business licence.")
                            .arg(code.at(i)));
    }
    const QChar first = code.at(0);
    if (!((first >= QLatin1Char('1') && first <= QLatin1Char('9')) || first == QLatin1Char('A') ||
          first == QLatin1Char('N') || first == QLatin1Char('Y')))
        return fail(QCoreApplication::translate(
                        "Validation",
                        "The unified social credit code cannot start with \"%1\" (it starts with 1–9, A, N or Y). "
                        "Check the code on the business licence.")
                        .arg(first));
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(alphabet.indexOf(code.at(i))) * weights[i];
    int check = 31 - sum % 31;
    if (check == 31)
        check = 0;
    const QChar expected = alphabet.at(check);
    if (code.at(17) != expected)
        return fail(QCoreApplication::translate(
            "Validation", "The unified social credit code does not check out: one of its characters was typed wrong. "
                          "Read the whole code again from the business licence."));
    return code;
}

Result<QString> centerPhone(const QString& input)
{
    static const QRegularExpression serviceNumber(QStringLiteral("^\\d{3,5}$"));
    const QString s = input.trimmed();
    if (serviceNumber.match(s).hasMatch())
        return s;
    return phone(s);
}

Result<QString> phone(const QString& input)
{
    QString s = compact(input);
    s.remove(QLatin1Char('('));
    s.remove(QLatin1Char(')'));
    if (s.isEmpty())
        return fail(QCoreApplication::translate(
            "Validation", "The phone number is empty. Enter a mobile number or a landline with its area code."));
    // Extension: "-123", "转123" or "ext123" after the main number.
    QString extension;
    static const QRegularExpression extRe(QStringLiteral("^(.*?)(?:转|ext\\.?|x)(\\d{1,6})$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = extRe.match(s); m.hasMatch()) {
        s = m.captured(1);
        extension = m.captured(2);
    }
    while (s.startsWith(QLatin1Char('-')))
        s = s.mid(1);
    if (s.startsWith(QLatin1Char('+'))) {
        if (!s.startsWith(QLatin1String("+86")))
            return fail(QCoreApplication::translate(
                "Validation",
                "Only mainland China numbers (+86) are accepted. Enter the number without a foreign prefix."));
        s = s.mid(3);
    } else if (s.startsWith(QLatin1String("0086"))) {
        s = s.mid(4);
    }
    while (s.startsWith(QLatin1Char('-')))
        s = s.mid(1);
    const QStringList groups = s.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    const QString digits = groups.join(QString());
    if (!allDigits(digits))
        return fail(QCoreApplication::translate(
            "Validation", "The phone number may contain only digits, spaces, hyphens and a +86 prefix. "
                          "Check the number."));
    if (digits.startsWith(QLatin1Char('1'))) {
        if (!extension.isEmpty())
            return fail(QCoreApplication::translate(
                "Validation", "A mobile number has no extension. Enter the 11-digit mobile number only."));
        if (digits.size() != 11)
            return fail(QCoreApplication::translate("Validation",
                                                    "A mobile number has 11 digits; this one has %1. Check the number.")
                            .arg(digits.size()));
        if (digits.at(1) < QLatin1Char('3'))
            return fail(QCoreApplication::translate("Validation",
                                                    "Mainland mobile numbers start with 13–19. Check the number."));
        return digits;
    }
    if (!digits.startsWith(QLatin1Char('0')))
        return fail(QCoreApplication::translate("Validation",
                                                "A landline number needs its area code (for example 0478-8212345). "
                                                "Add the area code or enter an 11-digit mobile number."));
    // Landline: split area code from number. With a hyphen the split is given; without it, use the
    // length rule: Beijing/Tianjin-style 2-digit codes are 010 and 02x, others have 3 digits.
    QString area;
    QString number;
    QStringList rest = groups;
    if (groups.size() >= 2 && groups.first().startsWith(QLatin1Char('0'))) {
        area = groups.first();
        number = groups.mid(1, 1).join(QString());
        if (groups.size() == 3 && extension.isEmpty())
            extension = groups.at(2);
        else if (groups.size() > 3 || (groups.size() == 3 && !extension.isEmpty()))
            return fail(QCoreApplication::translate(
                "Validation", "The landline number has too many parts. Write it as area code-number, "
                              "for example 0478-8212345."));
    } else {
        const bool twoDigitArea = digits.startsWith(QLatin1String("010")) || digits.startsWith(QLatin1String("02"));
        const int areaLen = twoDigitArea ? 3 : 4;
        area = digits.left(areaLen);
        number = digits.mid(areaLen);
    }
    // Mainland area codes run from 010 to 09xx; "00" begins an international prefix (0086), so an
    // "area code" 00xx would be read as a country prefix when the stored number is checked again.
    if (area.startsWith(QLatin1String("00")))
        return fail(QCoreApplication::translate(
                        "Validation",
                        "\"%1\" is not an area code: area codes start with 0 and a digit 1–9 (for example 0478), "
                        "while 00 begins an international prefix. Check the number.")
                        .arg(area));
    if (area.size() < 3 || area.size() > 4)
        return fail(QCoreApplication::translate(
                        "Validation",
                        "The area code \"%1\" is not valid: it has 3 or 4 digits starting with 0 (for example 0478). "
                        "Check the number.")
                        .arg(area));
    if (number.size() < 7 || number.size() > 8 || number.startsWith(QLatin1Char('0')) ||
        number.startsWith(QLatin1Char('1')))
        return fail(QCoreApplication::translate(
            "Validation", "A landline number has 7 or 8 digits after the area code (for example 0478-8212345). "
                          "Check the number."));
    QString out = area + QLatin1Char('-') + number;
    if (!extension.isEmpty())
        out += QLatin1Char('-') + extension;
    return out;
}

Result<QDate> ledgerDate(const QString& input)
{
    const QString s = compact(input);
    if (s.isEmpty())
        return fail(QCoreApplication::translate(
            "Validation", "The date is empty. Enter it as 2024-05-07, 2024/5/7, 2024.5.7 or 2024年5月7日."));
    static const QRegularExpression sepRe(QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression zhRe(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"));
    int y = 0, m = 0, d = 0;
    if (const auto match = sepRe.match(s); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(3).toInt();
        d = match.captured(4).toInt();
    } else if (const auto match2 = zhRe.match(s); match2.hasMatch()) {
        y = match2.captured(1).toInt();
        m = match2.captured(2).toInt();
        d = match2.captured(3).toInt();
    } else {
        return fail(
            QCoreApplication::translate(
                "Validation", "\"%1\" is not a date. Write it as 2024-05-07, 2024/5/7, 2024.5.7 or 2024年5月7日.")
                .arg(s));
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return fail(QCoreApplication::translate("Validation",
                                                "\"%1\" is not a real date (month %2 has no day %3). Check the date.")
                        .arg(s)
                        .arg(m)
                        .arg(d));
    if (y < 1900)
        return fail(
            QCoreApplication::translate("Validation", "The year %1 is too early for a case date. Check the date.")
                .arg(y));
    return date;
}

QString maskedId(const QString& id)
{
    if (id.size() <= 10)
        return id.isEmpty() ? id : QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

QString maskedPhone(const QString& phone)
{
    if (phone.size() == 11 && allDigits(phone))
        return phone.left(3) + QStringLiteral("****") + phone.right(4);
    // Landline (0478-8212345): keep the area code and the last 4 digits.
    const qsizetype dash = phone.indexOf(QLatin1Char('-'));
    if (dash > 0 && phone.size() - dash - 1 > 4) {
        QString out = phone.left(dash + 1);
        const QString rest = phone.mid(dash + 1);
        out += QString(rest.size() - 4, QLatin1Char('*')) + rest.right(4);
        return out;
    }
    if (phone.size() > 4)
        return QString(phone.size() - 4, QLatin1Char('*')) + phone.right(4);
    return phone;
}

} // namespace ow::validation
