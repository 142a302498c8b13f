// The bound case file (人民调解卷宗) as one PDF, laid out from its read model (reports/documents.h):
// cover, contents with page numbers, the case's material in the customary order with attached
// images and PDFs in place, and the back cover.
#pragma once

#include "reports/documents.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow::ui {

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

Result<CaseFileResult> writeCaseFilePdf(const CaseFileModel& model, const QString& path);

} // namespace ow::ui
