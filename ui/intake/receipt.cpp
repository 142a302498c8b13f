// Receipt layout, QR code rendering and printing.
#include "intake/receipt.h"

#include "domain/vocabulary.h"
#include "printing/print_fonts.h"
#include "security/users.h"
#include "storage/database.h"
#include "storage/own_files.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "validation/identifiers.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
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

void buildReceipt(Database& db, const CaseRecord& c, QTextDocument& doc)
{
    const ReferenceData rd = ReferenceData::load(db);
    const bool petition = c.caseType == QLatin1String("petition");
    const bool rejected = c.status == QLatin1String("rejected");
    const QString title = rejected   ? QCoreApplication::translate("Receipt", "Notice of Non-Acceptance")
                          : petition ? QCoreApplication::translate("Receipt", "Acceptance Notice of a Petition")
                                     : QCoreApplication::translate("Receipt", "Acceptance Receipt");
    const QString reason = rejected ? c.endReason : QString();
    QString applicant, idNumber;
    for (const Party& p : c.parties)
        if (p.role == QLatin1String("applicant")) {
            applicant += (applicant.isEmpty() ? QString() : QStringLiteral("、")) + p.name;
            if (idNumber.isEmpty() && !p.idNumber.isEmpty())
                idNumber = validation::maskedId(p.idNumber);
        }
    // The window that took the case in is not the department that handles it: until triage names
    // a lead department the receipt says the case awaits routing.
    const QString dept = !c.leadDepartmentCode.isEmpty()
                             ? rd.departmentName(c.leadDepartmentCode)
                             : QCoreApplication::translate("Receipt", "To be assigned at triage");
    const QString phone = db.setting(QStringLiteral("center_phone")).trimmed();
    // 受理人: the name of whoever registered the case (the timeline's intake entry names the login).
    QString clerk;
    for (const TimelineEvent& e : c.timeline)
        if (e.action == QLatin1String("intake")) {
            clerk = UserService(db).displayNames().value(e.actor, e.actor);
            break;
        }
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr://code")), qrCode(c.oneCaseCode(), 4));
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"28%\" style=\"padding:4px;\"><b>%1</b></td><td style=\"padding:4px;\">%2"
                              "</td></tr>")
            .arg(esc(label), value);
    };
    QString html = QStringLiteral("<html><body style=\"font-size:11pt;\">");
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt;\"><b>%1</b></p>").arg(esc(rd.siteName));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:18pt;\"><b>%1</b></p>").arg(esc(title));
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(esc(c.caseNo.isEmpty() ? c.oneCaseCode() : c.caseNo));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(QCoreApplication::translate("Receipt", "Case number"),
                esc(c.caseNo.isEmpty() ? QCoreApplication::translate("Receipt", "(not numbered)") : c.caseNo));
    html += row(QCoreApplication::translate("Receipt", "One-case code"), esc(c.oneCaseCode()));
    html +=
        row(QCoreApplication::translate("Receipt", "Date received"),
            esc(date(c.receivedOn)) + (c.receivedAt.isEmpty() ? QString() : QStringLiteral(" ") + esc(c.receivedAt)));
    html += row(
        QCoreApplication::translate("Receipt", "Applicant"),
        esc(applicant) +
            (idNumber.isEmpty()
                 ? QString()
                 : QStringLiteral("（%1：%2）").arg(esc(QCoreApplication::translate("Receipt", "ID")), esc(idNumber))));
    html +=
        row(QCoreApplication::translate("Receipt", "Case type"), esc(vocab::label(vocab::List::CaseType, c.caseType)));
    html += row(QCoreApplication::translate("Receipt", "Summary"),
                esc(c.summary).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (rejected) {
        html += row(QCoreApplication::translate("Receipt", "Reason for not accepting"), esc(reason));
    } else {
        html += row(QCoreApplication::translate("Receipt", "Handling department"), esc(dept));
        html += row(QCoreApplication::translate("Receipt", "Response due by"), esc(date(c.dueOn)));
    }
    if (!clerk.isEmpty())
        html += row(QCoreApplication::translate("Receipt", "Received by"), esc(clerk));
    if (!phone.isEmpty()) // no phone set: no row rather than a dash
        html += row(QCoreApplication::translate("Receipt", "Center phone"), esc(phone));
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(
                rejected ? QCoreApplication::translate("Receipt", "Your matter has not been accepted for the reason "
                                                                  "above. You may bring it to the competent body or "
                                                                  "ask this center how to proceed.")
                : petition
                    ? QCoreApplication::translate(
                          "Receipt", "Your petition has been accepted. You will receive a written reply within the "
                                     "time limit above (信访工作条例 art. 32–34).")
                    : QCoreApplication::translate(
                          "Receipt", "Your matter has been registered and accepted. Keep this receipt; scan the code "
                                     "or quote the case number to ask about its progress.")));
    html += QStringLiteral("<table width=\"100%\"><tr><td><img src=\"qr://code\"></td><td valign=\"bottom\" "
                           "align=\"right\">%1<br>%2</td></tr></table>")
                .arg(esc(rd.siteName), esc(date(Clock::today())));
    html += QStringLiteral("</body></html>");
    // The document font, not the platform default: Noto CJK would put radicals into the PDF text (⼈ for 人).
    doc.setDefaultFont(documentFont(11));
    doc.setHtml(html);
}

namespace {
void render(Database& db, const CaseRecord& c, QPrinter* printer)
{
    QTextDocument doc;
    buildReceipt(db, c, doc);
    // No page size of our own: print() lays the document out on the printer's page at its resolution.
    doc.print(printer);
}
} // namespace

Status printReceiptToPdf(Database& db, const CaseRecord& c, const QString& pdfPath, bool halfPage)
{
    if (Status own = ownfiles::refuseDatabaseFile(pdfPath); !own)
        return own;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdfPath);
    printer.setPageSize(QPageSize(halfPage ? QPageSize::A5 : QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    render(db, c, &printer);
    if (printer.printerState() == QPrinter::Error)
        return fail(QCoreApplication::translate("Receipt", "The receipt could not be written to %1.").arg(pdfPath));
    return {};
}

void previewReceipt(Database& db, const CaseRecord& c, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("Receipt", "Acceptance Receipt"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&db, &c](QPrinter* p) { render(db, c, p); });
    dialog.exec();
}

} // namespace ow::ui
