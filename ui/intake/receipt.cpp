// The receipt from the intake dialog: the model from core, the layout from ui/printing, the preview.
#include "intake/receipt.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ow::ui {

void buildReceipt(Database& db, const CaseRecord& c, QTextDocument& doc)
{
    buildReceipt(receiptModel(db, c), doc);
}

Status printReceiptToPdf(Database& db, const CaseRecord& c, const QString& pdfPath, bool halfPage)
{
    return writeReceiptPdf(receiptModel(db, c), pdfPath, halfPage);
}

void previewReceipt(Database& db, const CaseRecord& c, QWidget* parent)
{
    const ReceiptModel model = receiptModel(db, c);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("Receipt", "Acceptance Receipt"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&model](QPrinter* p) { paintReceipt(model, p); });
    dialog.exec();
}

} // namespace ow::ui
