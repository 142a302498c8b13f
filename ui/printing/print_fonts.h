// Fonts for text written into PDFs and printouts (receipts, reports, mediation documents).
#pragma once

#include <QFont>
#include <QStringList>

namespace ow::ui {

// Sans for receipts and reports; Serif (Ming/Song) for the mediation agreement and the bound case file.
enum class DocumentStyle
{
    Sans,
    Serif
};

// Families in order of preference. The first face maps every glyph from one code point only, so the
// text a reader copies, searches or extracts from our PDFs is the text we drew. Noto CJK, the last
// resort, maps the Kangxi/CJK radicals (U+2E80–U+2FDF) onto the same glyphs as the ideographs, and Qt
// writes a glyph's lowest code point into the PDF's ToUnicode map: 人民 would come back as ⼈⺠.
QStringList documentFontFamilies(DocumentStyle style = DocumentStyle::Sans);

// The font every PDF and print path draws with.
QFont documentFont(qreal pointSize, DocumentStyle style = DocumentStyle::Sans);

// Whether the preferred face of a style is installed (packages fonts-wqy-microhei, fonts-arphic-uming);
// when it is not, printing still works in Noto CJK but extracted text shows radicals.
bool preferredDocumentFontInstalled(DocumentStyle style = DocumentStyle::Sans);

} // namespace ow::ui
