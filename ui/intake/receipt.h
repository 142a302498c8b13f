// The acceptance receipt of a case from the intake dialog: its read model (reports/documents.h) laid out by
// printing/receipt_print.h, printed, previewed or saved as PDF.
#pragma once

#include "domain/case.h"
#include "printing/receipt_print.h"
#include "util/result.h"

#include <QString>

class QWidget;

namespace ow {
class Database;
}

namespace ow::ui {

// The receipt of a case as HTML with its QR image registered in the document.
void buildReceipt(Database& db, const CaseRecord& c, QTextDocument& doc);
// Prints to a PDF file (A4, or half-A4 = A5 when halfPage).
Status printReceiptToPdf(Database& db, const CaseRecord& c, const QString& pdfPath, bool halfPage = false);
// A print preview dialog with the receipt (Ctrl+P in the intake dialog).
void previewReceipt(Database& db, const CaseRecord& c, QWidget* parent);

} // namespace ow::ui
