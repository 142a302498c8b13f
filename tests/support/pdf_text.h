// Checks on text read back from our PDFs with pdftotext.
#pragma once

#include <QProcess>
#include <QRegularExpression>
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

// The text of a PDF in layout order with every space and line break removed, so that a label and
// its value read as one run ("受理人李娜") however the table cells were laid out.
inline QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(p.readAllStandardOutput()).remove(space);
}

} // namespace ow::test
