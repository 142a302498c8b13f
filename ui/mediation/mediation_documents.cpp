// The mediation documents of a case: its read model from core, its layout from ui/printing, and the print preview
// dialog of the agreement.
#include "mediation/mediation_documents.h"

#include "printing/mediation_print.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ow {

Result<QString> agreementHtml(Database& db, const QString& caseKey)
{
    auto m = agreementModel(db, caseKey);
    if (!m)
        return fail(m.error());
    return ui::agreementHtml(*m);
}

Result<QString> petitionOpinionHtml(Database& db, const QString& caseKey)
{
    auto m = handlingOpinionModel(db, caseKey);
    if (!m)
        return fail(m.error());
    return ui::handlingOpinionHtml(*m);
}

Status previewAgreement(Database& db, const QString& caseKey, QWidget* parent)
{
    auto html = agreementHtml(db, caseKey);
    if (!html)
        return fail(html.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageMargins(QMarginsF(28, 25, 20, 20), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("agreementPreviewDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("MediationDocuments", "Mediation agreement"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [h = *html](QPrinter* p) {
        p->setPageSize(QPageSize(QPageSize::A4));
        ui::paintHtml(h, p, p->resolution());
    });
    dialog.exec();
    return {};
}

Result<CaseFileResult> writeCaseFilePdf(Database& db, const QString& caseKey, const QString& path,
                                        const CaseFileOptions& options)
{
    auto m = caseFileModel(db, caseKey, options);
    if (!m)
        return fail(m.error());
    return ui::writeCaseFilePdf(*m, path);
}

} // namespace ow
