// The codes of the case statuses (docs/vocabulary.md); test_vocabulary checks them against the list
// of labels in vocabulary.cpp.
#include "domain/case_status.h"

namespace ow {
namespace {

constexpr const char* kCodes[kCaseStatusCount] = {
    "reported",  "filed",     "assigned",  "in_progress", "responded", "closed",
    "suspended", "escalated", "withdrawn", "rejected",    "merged",
};

} // namespace

QLatin1String statusCode(CaseStatus s)
{
    return QLatin1String(kCodes[int(s)]);
}

std::optional<CaseStatus> caseStatusOf(const QString& code)
{
    for (int i = 0; i < kCaseStatusCount; ++i)
        if (code == QLatin1String(kCodes[i]))
            return CaseStatus(i);
    return std::nullopt;
}

} // namespace ow
