// The acceptance receipt (受理回执) and, for petitions, the written acceptance notice (信访工作条例
// art. 23): laid out as a QTextDocument with a QR code of the one-case code, printed or saved as PDF.
#pragma once

#include "domain/case.h"
#include "util/result.h"

#include <QImage>
#include <QString>

class QPrinter;
class QTextDocument;
class QWidget;

namespace ow {
class Database;
}

namespace ow::ui {

// The QR code of a text (libqrencode), `scale` pixels per module, with a quiet zone.
QImage qrCode(const QString& text, int scale = 6);
// The receipt as HTML with its QR image registered in the document.
void buildReceipt(Database& db, const CaseRecord& c, QTextDocument& doc);
// Prints to a PDF file (A4, or half-A4 = A5 when halfPage).
Status printReceiptToPdf(Database& db, const CaseRecord& c, const QString& pdfPath, bool halfPage = false);
// A print preview dialog with the receipt (Ctrl+P in the intake dialog).
void previewReceipt(Database& db, const CaseRecord& c, QWidget* parent);

} // namespace ow::ui
