// Receipt layout, QR code rendering and the receipt as PDF.
#include "printing/receipt_print.h"

#include "printing/print_fonts.h"
#include "storage/own_files.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QVariant>
#include <qrencode.h>

namespace ow::ui {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString date(const QDate& d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QStringLiteral("—");
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"28%\" style=\"padding:4px;\"><b>%1</b></td><td style=\"padding:4px;\">%2"
                          "</td></tr>")
        .arg(esc(label), value);
}

QString title(const ReceiptModel& m)
{
    switch (m.kind) {
    case ReceiptModel::Kind::NonAcceptance:
        return QCoreApplication::translate("Receipt", "Notice of Non-Acceptance");
    case ReceiptModel::Kind::PetitionNotice:
        return QCoreApplication::translate("Receipt", "Acceptance Notice of a Petition");
    case ReceiptModel::Kind::Receipt:
        break;
    }
    return QCoreApplication::translate("Receipt", "Acceptance Receipt");
}

QString closingText(const ReceiptModel& m)
{
    switch (m.kind) {
    case ReceiptModel::Kind::NonAcceptance:
        return QCoreApplication::translate("Receipt", "Your matter has not been accepted for the reason "
                                                      "above. You may bring it to the competent body or "
                                                      "ask this center how to proceed.");
    case ReceiptModel::Kind::PetitionNotice:
        return QCoreApplication::translate("Receipt",
                                           "Your petition has been accepted. You will receive a written reply within "
                                           "the time limit above (信访工作条例 art. 32–34).");
    case ReceiptModel::Kind::Receipt:
        break;
    }
    return QCoreApplication::translate("Receipt", "Your matter has been registered and accepted. Keep this receipt; "
                                                  "scan the code or quote the case number to ask about its progress.");
}

// The table of the receipt: number, code, dates, applicant, the matter and who handles it.
QString receiptTable(const ReceiptModel& m)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(QCoreApplication::translate("Receipt", "Case number"),
                esc(m.caseNo.isEmpty() ? QCoreApplication::translate("Receipt", "(not numbered)") : m.caseNo));
    html += row(QCoreApplication::translate("Receipt", "One-case code"), esc(m.oneCaseCode));
    html +=
        row(QCoreApplication::translate("Receipt", "Date received"),
            esc(date(m.receivedOn)) + (m.receivedAt.isEmpty() ? QString() : QStringLiteral(" ") + esc(m.receivedAt)));
    html += row(QCoreApplication::translate("Receipt", "Applicant"),
                esc(m.applicants) +
                    (m.applicantIdMask.isEmpty()
                         ? QString()
                         : QStringLiteral("（%1：%2）")
                               .arg(esc(QCoreApplication::translate("Receipt", "ID")), esc(m.applicantIdMask))));
    html += row(QCoreApplication::translate("Receipt", "Case type"), esc(m.caseTypeLabel));
    html += row(QCoreApplication::translate("Receipt", "Summary"),
                esc(m.summary).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (m.kind == ReceiptModel::Kind::NonAcceptance) {
        html += row(QCoreApplication::translate("Receipt", "Reason for not accepting"), esc(m.rejectionReason));
    } else {
        // The window that took the case in is not the department that handles it: until triage
        // names a lead department the receipt says the case awaits routing.
        html += row(QCoreApplication::translate("Receipt", "Handling department"),
                    esc(m.department.isEmpty() ? QCoreApplication::translate("Receipt", "To be assigned at triage")
                                               : m.department));
        html += row(QCoreApplication::translate("Receipt", "Response due by"), esc(date(m.dueOn)));
    }
    if (!m.receivedBy.isEmpty())
        html += row(QCoreApplication::translate("Receipt", "Received by"), esc(m.receivedBy));
    if (!m.centerPhone.isEmpty()) // no phone set: no row rather than a dash
        html += row(QCoreApplication::translate("Receipt", "Center phone"), esc(m.centerPhone));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

QImage qrCode(const QString& text, int scale)
{
    const QByteArray data = text.toUtf8();
    QRcode* code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * scale;
    QImage img(size, size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                p.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale, Qt::black);
    p.end();
    QRcode_free(code);
    return img;
}

void buildReceipt(const ReceiptModel& m, QTextDocument& doc)
{
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr://code")), qrCode(m.oneCaseCode, 4));
    QString html = QStringLiteral("<html><body style=\"font-size:11pt;\">");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt;\"><b>%1</b></p>").arg(esc(m.siteName));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:18pt;\"><b>%1</b></p>").arg(esc(title(m)));
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(esc(m.caseNo.isEmpty() ? m.oneCaseCode : m.caseNo));
    html += receiptTable(m);
    html += QStringLiteral("<p>%1</p>").arg(esc(closingText(m)));
    html += QStringLiteral("<table width=\"100%\"><tr><td><img src=\"qr://code\"></td><td valign=\"bottom\" "
                           "align=\"right\">%1<br>%2</td></tr></table>")
                .arg(esc(m.siteName), esc(date(m.printedOn)));
    html += QStringLiteral("</body></html>");
    // The document font, not the platform default: Noto CJK would put radicals into the PDF text (⼈ for 人).
    doc.setDefaultFont(documentFont(11));
    doc.setHtml(html);
}

void paintReceipt(const ReceiptModel& m, QPagedPaintDevice* device)
{
    QTextDocument doc;
    buildReceipt(m, doc);
    // No page size of our own: print() lays the document out on the device's page at its resolution.
    doc.print(device);
}

Status writeReceiptPdf(const ReceiptModel& m, const QString& pdfPath, bool halfPage)
{
    if (Status own = ownfiles::refuseDatabaseFile(pdfPath); !own)
        return own;
    {
        QPdfWriter writer(pdfPath);
        writer.setResolution(1200); // as a high-resolution printer: the layout is the printed one
        writer.setPageSize(QPageSize(halfPage ? QPageSize::A5 : QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("OneWindow"));
        paintReceipt(m, &writer);
    }
    if (QFileInfo(pdfPath).size() == 0)
        return fail(QCoreApplication::translate("Receipt", "The receipt could not be written to %1.").arg(pdfPath));
    return {};
}

} // namespace ow::ui
