// Case documents rendered with QTextDocument onto A4 pages (QPdfWriter or a printer), in the serif
// document font (printing/print_fonts.h) so that Chinese prints and extracts the same everywhere.
#include "printing/document_pages.h"

#include "printing/print_fonts.h"
#include "storage/own_files.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

struct Doc
{
    Q_DECLARE_TR_FUNCTIONS(MediationDocuments)
};

QFont serif(double pointSize = 12)
{
    return documentFont(pointSize, DocumentStyle::Serif);
}

const QString kStyle = uR"(<style>
h1 { font-size: 20pt; text-align: center; margin-bottom: 12px; }
h2 { font-size: 15pt; text-align: center; margin-top: 6px; margin-bottom: 10px; }
p { line-height: 135%; margin-top: 3px; margin-bottom: 3px; }
td, th { padding: 5px; vertical-align: top; }
table.grid { border-collapse: collapse; }
.sign { margin-top: 12px; }
.right { text-align: right; }
.center { text-align: center; }
.small { font-size: 10pt; color: #333333; }
</style>)"_s;

} // namespace

QString docEscape(const QString& s)
{
    return s.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString docDate(const QDate& d)
{
    if (!d.isValid())
        return u"____年__月__日"_s;
    return Doc::tr("%1-%2-%3").arg(d.year()).arg(d.month()).arg(d.day());
}

QString docHeading(const QString& title)
{
    return u"<h2>%1</h2>"_s.arg(docEscape(title));
}

PageRenderer::PageRenderer(QPagedPaintDevice* device, int resolution)
    : m_device(device)
    , m_painter(std::make_unique<QPainter>())
{
    const QRect r = device->pageLayout().paintRectPixels(resolution);
    m_width = r.width();
    m_height = r.height();
    m_footer = resolution * 0.35; // ~9 mm for the page number
}

PageRenderer::~PageRenderer() = default;

std::unique_ptr<QTextDocument> PageRenderer::layout(const QString& html) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(m_device);
    doc->setDefaultFont(serif());
    doc->setDocumentMargin(0);
    doc->setHtml(kStyle + html);
    doc->setPageSize(QSizeF(m_width, m_height - m_footer));
    return doc;
}

bool PageRenderer::begin()
{
    if (!m_painter->begin(m_device))
        return false;
    m_painter->setFont(serif());
    return true;
}

void PageRenderer::end()
{
    m_painter->end();
}

void PageRenderer::newPage()
{
    if (m_pageNo > 0)
        m_device->newPage();
    ++m_pageNo;
}

void PageRenderer::drawDocumentPage(QTextDocument& doc, int page)
{
    const double h = doc.pageSize().height();
    m_painter->save();
    m_painter->translate(0, -page * h);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, page * h, m_width, h);
    m_painter->setClipRect(ctx.clip);
    doc.documentLayout()->draw(m_painter.get(), ctx);
    m_painter->restore();
}

void PageRenderer::drawFooter(const QString& text)
{
    m_painter->save();
    m_painter->setFont(serif(9));
    m_painter->drawText(QRectF(0, m_height - m_footer * 0.8, m_width, m_footer * 0.8), Qt::AlignCenter, text);
    m_painter->restore();
}

void PageRenderer::drawImagePage(const QString& caption, const QImage& image)
{
    m_painter->save();
    m_painter->setFont(serif(12));
    const double captionHeight = m_footer;
    m_painter->drawText(QRectF(0, 0, m_width, captionHeight), Qt::AlignHCenter | Qt::AlignVCenter, caption);
    const QRectF box(0, captionHeight, m_width, m_height - m_footer - captionHeight);
    QSizeF s = image.size();
    s.scale(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.x() + (box.width() - s.width()) / 2, box.y(), s.width(), s.height());
    m_painter->drawImage(target, image);
    m_painter->restore();
}

void configureDocumentWriter(QPdfWriter& w, const QString& title)
{
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(150);
    w.setPageMargins(QMarginsF(28, 25, 20, 20), QPageLayout::Millimeter); // binding edge on the left
    w.setTitle(title);
    w.setCreator(u"OneWindow"_s);
}

bool paintHtml(const QString& html, QPagedPaintDevice* device, int resolution)
{
    PageRenderer r(device, resolution);
    auto doc = r.layout(html);
    if (!r.begin())
        return false;
    for (int i = 0; i < doc->pageCount(); ++i) {
        r.newPage();
        r.drawDocumentPage(*doc, i);
        if (doc->pageCount() > 1)
            r.drawFooter(Doc::tr("- %1 -").arg(r.pageNo()));
    }
    r.end();
    return true;
}

Status writeHtmlPdf(const QString& html, const QString& path)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return own;
    QPdfWriter writer(path);
    configureDocumentWriter(writer, QString());
    if (!paintHtml(html, &writer, writer.resolution()))
        return fail(Doc::tr("Cannot write the PDF file %1.").arg(path));
    return {};
}

} // namespace ow::ui
