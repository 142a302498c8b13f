// The printed documents of mediation work: the agreement (调解协议书) in its customary layout, the
// petition handling opinion (信访处理意见书), and the bound case file (卷宗) as one PDF.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace ow {

class Database;

// HTML of the agreement of a case, for a QTextDocument (preview, PDF, bound file).
Result<QString> agreementHtml(Database& db, const QString& caseKey);
// HTML of a closed petition's handling opinion.
Result<QString> petitionOpinionHtml(Database& db, const QString& caseKey);
// Writes one HTML document to a PDF file (A4, Noto CJK), page numbers at the foot.
Status writeHtmlPdf(const QString& html, const QString& path);
// Prints an HTML document on a printer (used by the print preview).
void printHtml(const QString& html, QPrinter* printer);
// The print preview of a case's agreement, with printing and PDF export.
Status previewAgreement(Database& db, const QString& caseKey, QWidget* parent);

struct CaseFileOptions
{
    QString volumeName; // 卷名; empty: "<applicant>与<respondent><category>纠纷"
    QString volumeNo;   // 卷号; empty: setting case_file_no_pattern, default （{year}）人调字第{seq}号
    QString compiledBy; // 立卷人
    QString retention;  // 保管期限; empty: setting case_file_retention, default 长期
};

struct CaseFileSection
{
    QString title;
    int firstPage = 0; // 1-based page of the PDF
    int pageCount = 0;
};

struct CaseFileResult
{
    int pages = 0;
    QString volumeNo;
    QList<CaseFileSection> sections;
    QStringList notes; // e.g. PDF attachments listed on a placeholder page
};

// The bound case file: cover, contents with page numbers, then the case's material in the
// customary order, attached images in place, and the back cover.
Result<CaseFileResult> writeCaseFilePdf(Database& db, const QString& caseKey, const QString& path,
                                        const CaseFileOptions& options = {});

} // namespace ow
