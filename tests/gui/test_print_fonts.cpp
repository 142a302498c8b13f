// The document fonts (ui/printing/print_fonts.h) put into a PDF text that extracts as the characters drawn.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pdf_text.h"

#include "printing/print_fonts.h"

#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

using namespace ow;

namespace {

// Draws text in the document font of a style into a PDF and reads it back with pdftotext.
QString roundTrip(const QString& text, ui::DocumentStyle style, const QString& pdf)
{
    {
        QPdfWriter writer(pdf);
        QPainter p(&writer);
        p.setFont(ui::documentFont(11, style));
        const int perLine = 30;
        int y = p.fontMetrics().height();
        for (int i = 0; i < text.size(); i += perLine, y += p.fontMetrics().height() * 3 / 2)
            p.drawText(0, y, text.mid(i, perLine));
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    QString out = QString::fromUtf8(pdftotext.readAllStandardOutput());
    out.remove(QLatin1Char('\n')).remove(QLatin1Char('\f'));
    return out;
}

} // namespace

TEST_CASE("PDF text in the document fonts extracts as drawn, not as radicals")
{
    // Every GB2312 hanzi that Noto CJK SC shares with a radical (measured: pdftotext gives these back as
    // U+2E80–U+2FDF when drawn in Noto), then digits and the punctuation of receipts and reports.
    const QString text =
        QStringLiteral("人民调解矛盾纠纷八白贝比卜长厂车臣辰齿赤虫寸大歹刀鼎斗豆而儿耳二方非飞风阜父干甘高戈革工弓鼓骨"
                       "谷瓜广龟鬼禾黑户黄火几己见胶角巾斤金韭臼口老里立隶力龙卤鹿麻马麦毛矛门米面民皿母木目鸟牛女皮片"
                       "齐气欠青犬人日肉入色山舌身生尸十石食矢示士氏手首黍鼠水巳田土瓦网韦文无毋夕香小辛心行玄穴血牙言"
                       "羊页一衣乙邑音用酉又鱼雨羽玉曰月支止至舟竹爪子自走足鬲丨丿匕爻丶匚刂冂亻龠勹亠冫冖讠卩阝廴凵鬯"
                       "厶艹廾尢扌弋囗彳彡犭舛夂饣忄丬爿氵宀辶彐屮纟幺巛攴攵殳灬礻肀聿黹钅疒衤疋虍缶艮糸豕豸黾隹髟"
                       "案号（2025）乌中矛调字第0042号，金额30,000.00元–“签名、盖章或按指印”…");
    test::TempDatabase t;
    for (ui::DocumentStyle style : {ui::DocumentStyle::Sans, ui::DocumentStyle::Serif}) {
        INFO("style " << int(style) << ", family " << ui::documentFontFamilies(style).first().toStdString()
                      << " (Debian: fonts-wqy-microhei, fonts-arphic-uming)");
        REQUIRE(ui::preferredDocumentFontInstalled(style));
        const QString back = roundTrip(text, style, t.file(QStringLiteral("fonts.pdf")));
        INFO(back.toStdString());
        CHECK_FALSE(test::hasRadicals(back));
        CHECK(back == text);
    }
}
