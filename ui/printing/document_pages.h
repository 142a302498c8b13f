// What every printed case document shares: its HTML conventions (style sheet, escaping, dates in
// the customary form) and A4 pages drawn from QTextDocuments with page numbers at the foot, onto a
// PDF writer or a printer.
#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>
#include <memory>

class QImage;
class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QTextDocument;

namespace ow::ui {

// Text for HTML, line breaks kept.
QString docEscape(const QString& s);
// 2025年9月1日; an empty date line ____年__月__日 for a date written by hand.
QString docDate(const QDate& d);
// A section heading (h2).
QString docHeading(const QString& title);

// A4 pages with a footer line for the page number; documents are laid out on the device itself
// so that point sizes mean the same on paper as on screen.
class PageRenderer
{
public:
    PageRenderer(QPagedPaintDevice* device, int resolution);
    ~PageRenderer();

    // The HTML (with the documents' style sheet) laid out on pages of this device.
    std::unique_ptr<QTextDocument> layout(const QString& html) const;
    bool begin();
    void end();
    void newPage();
    void drawDocumentPage(QTextDocument& doc, int page);
    // A centred line in the footer space of the page (the page number).
    void drawFooter(const QString& text);
    // An image scaled into the page below a caption.
    void drawImagePage(const QString& caption, const QImage& image);
    int pageNo() const { return m_pageNo; }

private:
    QPagedPaintDevice* m_device;
    std::unique_ptr<QPainter> m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_footer = 0;
    int m_pageNo = 0;
};

// A4, 150 dpi, the binding edge on the left; the PDF's title.
void configureDocumentWriter(QPdfWriter& writer, const QString& title);
// Paints one HTML document on a paged device whose page size and margins are set; page numbers
// when it runs over one page. False when the device cannot be painted on.
bool paintHtml(const QString& html, QPagedPaintDevice* device, int resolution);
// Writes one HTML document to a PDF file (A4, the serif document font), page numbers at the foot.
Status writeHtmlPdf(const QString& html, const QString& path);

} // namespace ow::ui
