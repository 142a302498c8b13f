// Checks on text read back from our PDFs with pdftotext.
#pragma once

#include <QString>
#include <algorithm>

namespace ow::test {

// Kangxi and CJK radicals (U+2E80–U+2FDF): what a PDF's extracted text shows when its font maps a
// radical and an ideograph to one glyph (⼈ for 人), so that a search for 人民调解 finds nothing.
inline bool hasRadicals(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; });
}

} // namespace ow::test
