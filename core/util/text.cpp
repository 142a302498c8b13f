// Text helpers shared by parsing and search.
#include "util/text.h"

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

} // namespace ow::text
