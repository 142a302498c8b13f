// The acceptance receipt (受理回执) and, for petitions, the written acceptance notice (信访工作条例
// art. 23), laid out from its read model (reports/documents.h) as a QTextDocument with a QR code of
// the one-case code, printed or written as PDF.
#pragma once

#include "reports/documents.h"

#include <QImage>

class QPagedPaintDevice;
class QTextDocument;

namespace ow::ui {

// The QR code of a text (libqrencode), `scale` pixels per module, with a quiet zone.
QImage qrCode(const QString& text, int scale = 6);
// The receipt as HTML with its QR image registered in the document.
void buildReceipt(const ReceiptModel& m, QTextDocument& doc);
// Paints the receipt on a printer or PDF writer whose page size and margins are set.
void paintReceipt(const ReceiptModel& m, QPagedPaintDevice* device);
// Writes the receipt to a PDF file (A4, or half-A4 = A5 when halfPage).
Status writeReceiptPdf(const ReceiptModel& m, const QString& pdfPath, bool halfPage = false);

} // namespace ow::ui
