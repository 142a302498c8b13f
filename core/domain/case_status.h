// The case statuses of docs/vocabulary.md as a type, and the one mapping to the codes that the
// database, packages, ledgers and the command line keep (labels: vocab::label(List::Status, code)).
#pragma once

#include <QLatin1String>
#include <QString>

#include <initializer_list>
#include <optional>

namespace ow {

// In the order of docs/vocabulary.md (and of vocab::codes(vocab::List::Status)).
enum class CaseStatus
{
    Reported,
    Filed,
    Assigned,
    InProgress,
    Responded,
    Closed,
    Suspended,
    Escalated,
    Withdrawn,
    Rejected,
    Merged,
};
inline constexpr int kCaseStatusCount = int(CaseStatus::Merged) + 1;

// The code of a status: "reported", "in_progress", …
QLatin1String statusCode(CaseStatus s);
// The status of a code; nothing for a string that is not one.
std::optional<CaseStatus> caseStatusOf(const QString& code);
// Whether a status column holds `s`.
inline bool hasStatus(const QString& code, CaseStatus s)
{
    return code == statusCode(s);
}

// A set of statuses, e.g. the states a workflow step leaves.
class CaseStatusSet
{
public:
    constexpr CaseStatusSet(std::initializer_list<CaseStatus> statuses)
    {
        for (CaseStatus s : statuses)
            m_bits |= 1u << unsigned(s);
    }
    constexpr bool contains(CaseStatus s) const { return (m_bits >> unsigned(s)) & 1u; }

private:
    unsigned m_bits = 0;
};

} // namespace ow
