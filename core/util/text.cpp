// Text helpers shared by parsing and search, and the check of stored text.
#include "util/text.h"

#include "util/limits.h"

#include <QCoreApplication>

#include <algorithm>

namespace ow::text {

QString normalized(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (QChar ch : input) {
        const char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || u == 0x00A0)
            out.append(QLatin1Char(' '));
        else
            out.append(ch);
    }
    return out.trimmed();
}

QString matchKey(const QString& input)
{
    QString s = normalized(input);
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('\t'));
    return s.toLower();
}

bool isCjk(char32_t ch)
{
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0x3400 && ch <= 0x4DBF) || (ch >= 0x20000 && ch <= 0x2A6DF) ||
           (ch >= 0xF900 && ch <= 0xFAFF);
}

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

qsizetype characters(const QString& s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i, ++n)
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
    return n;
}

} // namespace

int maxChars(Field kind)
{
    switch (kind) {
    case Field::Name:
        return limits::kNameChars;
    case Field::NameList:
        return limits::kNameListChars;
    case Field::Number:
        return limits::kNumberChars;
    case Field::CaseNumber:
        return limits::kCaseNumberChars;
    case Field::Address:
        return limits::kAddressChars;
    case Field::Text:
        return limits::kTextChars;
    case Field::Label:
        return limits::kLabelChars;
    }
    return limits::kLabelChars;
}

QString fieldProblem(const QString& value, Field kind, const QString& field)
{
    const bool multiline = kind == Field::Text;
    qsizetype position = 0; // 1-based character position of `c`
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        ++position;
        const char16_t u = value.at(i).unicode();
        // The common cases (ASCII, Latin, CJK) without further tests.
        if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u < 0x061C) || (u > 0x2069 && u < 0xD800) ||
            (u >= 0xE000 && u != 0xFFFD))
            continue;
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < n && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(u, value.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(u)) {
            return QCoreApplication::translate("Text",
                                               "%1: character %2 is half of a character (a lone UTF-16 surrogate "
                                               "%3), which cannot be stored; type the text again.")
                .arg(field)
                .arg(position)
                .arg(codePoint(c));
        }
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (c == 0xFFFD)
            return QCoreApplication::translate("Text",
                                               "%1: character %2 is U+FFFD (�), the mark left where a wrong encoding "
                                               "lost a character; type the text again from the original.")
                .arg(field)
                .arg(position);
        if (isBidiControl(c))
            return QCoreApplication::translate("Text",
                                               "%1: character %2 is the invisible text-direction control %3, which "
                                               "makes the text show other than it is stored; remove it.")
                .arg(field)
                .arg(position)
                .arg(codePoint(c));
        if (isControl(c)) {
            if (multiline && (c == '\n' || c == '\t'))
                continue;
            if (c == '\n' || c == '\r')
                return QCoreApplication::translate("Text", "%1: character %2 is a line break; write it on one line.")
                    .arg(field)
                    .arg(position);
            return QCoreApplication::translate("Text", "%1: character %2 is the control character %3, which cannot be "
                                                       "stored; remove it.")
                .arg(field)
                .arg(position)
                .arg(codePoint(c));
        }
    }
    const qsizetype limit = maxChars(kind);
    if (n > limit) {
        const qsizetype chars = kind == Field::CaseNumber ? characters(caseNumber(value)) : characters(value);
        if (chars > limit)
            return QCoreApplication::translate("Text", "%1 has %2 characters; at most %3 are allowed.")
                .arg(field)
                .arg(chars)
                .arg(limit);
    }
    return {};
}

QString caseNumber(const QString& input)
{
    if (std::none_of(input.cbegin(), input.cend(), [](QChar ch) { return isInvisible(ch.unicode()); }))
        return input.trimmed(); // shares the input's text when there is nothing to trim
    QString out;
    out.reserve(input.size());
    for (QChar ch : input)
        if (!isInvisible(ch.unicode()))
            out.append(ch);
    return out.trimmed();
}

QString caseNumberKey(const QString& input)
{
    const QString number = caseNumber(input);
    // ASCII, CJK unified ideographs, full-width ASCII and the ideographic space, as case numbers
    // are written, folded by hand as NFKC folds them (its full algorithm took most of the time
    // of this function); anything else goes through the full NFKC.
    QString key;
    key.reserve(number.size());
    for (QChar ch : number) {
        const char16_t u = ch.unicode();
        if (u < 0x80 || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF))
            key.append(ch);
        else if (u >= 0xFF01 && u <= 0xFF5E)
            key.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            key.append(QLatin1Char(' '));
        else
            return caseNumber(number.normalized(QString::NormalizationForm_KC));
    }
    return key;
}

QString visible(const QString& value, int max)
{
    QString out;
    int count = 0;
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (count == max) {
            out += QChar(0x2026);
            break;
        }
        ++count;
        const char16_t u = value.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && value.at(i + 1).isLowSurrogate()) {
            out += value.at(i);
            out += value.at(++i);
            continue;
        }
        if (isControl(u) || isBidiControl(u) || isInvisible(u) || QChar::isSurrogate(u) || u == 0xFFFD)
            out += QLatin1Char('<') + codePoint(u) + QLatin1Char('>');
        else
            out += value.at(i);
    }
    return out;
}

} // namespace ow::text
