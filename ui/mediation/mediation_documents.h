// The printed documents of mediation work from the desktop: each assembled in core as one read model
// (reports/documents.h) and laid out by ui/printing; the print preview of the agreement.
#pragma once

#include "printing/case_file_print.h"
#include "printing/document_pages.h"
#include "reports/documents.h"
#include "util/result.h"

#include <QString>

class QWidget;

namespace ow {

class Database;

using ui::CaseFileResult;
using ui::CaseFileSection;
using ui::writeHtmlPdf;

// HTML of the agreement of a case, for a QTextDocument (preview, PDF, bound file).
Result<QString> agreementHtml(Database& db, const QString& caseKey);
// HTML of a closed petition's handling opinion.
Result<QString> petitionOpinionHtml(Database& db, const QString& caseKey);
// The print preview of a case's agreement, with printing and PDF export.
Status previewAgreement(Database& db, const QString& caseKey, QWidget* parent);
// The bound case file: cover, contents with page numbers, then the case's material in the customary order, attached
// images in place, and the back cover.
Result<CaseFileResult> writeCaseFilePdf(Database& db, const QString& caseKey, const QString& path,
                                        const CaseFileOptions& options = {});

} // namespace ow
