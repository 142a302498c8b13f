// The agreement (调解协议书) in its customary layout and the petition handling opinion
// (信访处理意见书), laid out from their read models (reports/documents.h).
#pragma once

#include "reports/documents.h"

namespace ow::ui {

// HTML of the agreement, for a QTextDocument (preview, PDF, the bound case file).
QString agreementHtml(const AgreementModel& m);
// The parties as the agreement names them (甲方、乙方…), one paragraph each.
QString agreementPartyBlock(const AgreementModel& m);
// HTML of a closed petition's handling opinion.
QString handlingOpinionHtml(const HandlingOpinionModel& m);

} // namespace ow::ui
