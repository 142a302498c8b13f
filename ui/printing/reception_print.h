// The reception record (接访记录) of one leader's reception half-day, laid out from its read model
// (mechanisms/reception.h) as HTML for the document pages (printing/document_pages.h).
#pragma once

#include "mechanisms/reception.h"

#include <QString>

namespace ow::ui {

// The record: the reception's particulars, one row per case received, the signature lines.
QString receptionRecordHtml(const ReceptionRecord& record, const QString& siteName);

} // namespace ow::ui
