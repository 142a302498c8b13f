// Font choice for PDFs and printouts: faces whose PDF text extracts as the characters drawn.
#include "printing/print_fonts.h"

#include <QFontDatabase>

namespace ow::ui {

QStringList documentFontFamilies(DocumentStyle style)
{
    // Measured with pdftotext on QPdfWriter output of all 6763 GB2312 hanzi: WenQuanYi Micro Hei and
    // AR PL UMing CN give back every character; Noto Sans/Serif CJK SC give back 225 of them as radicals.
    if (style == DocumentStyle::Serif)
        return {QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")};
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")};
}

QFont documentFont(qreal pointSize, DocumentStyle style)
{
    const QStringList families = documentFontFamilies(style);
    QFont f(families.first());
    // The whole list, so that a missing face or a missing glyph falls back in this order.
    f.setFamilies(families);
    f.setStyleHint(style == DocumentStyle::Serif ? QFont::Serif : QFont::SansSerif);
    f.setPointSizeF(pointSize);
    return f;
}

bool preferredDocumentFontInstalled(DocumentStyle style)
{
    return QFontDatabase::hasFamily(documentFontFamilies(style).first());
}

} // namespace ow::ui
