// The fixed code lists of docs/vocabulary.md: stable English codes, Chinese and English labels.
#pragma once

#include "util/i18n.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace ow::vocab {

struct Term
{
    const char* code;
    const char* zh;
    const char* en;
};

enum class List
{
    Status,
    CaseType,
    Source,
    Outcome,
    ResolutionLevel,
    Satisfaction,
    MediationType,
    SiteLevel,
    PartyRole,
};

std::span<const Term> terms(List list);
QStringList codes(List list);

// Code for a typed value: the code itself or the Chinese (or English) label, ignoring surrounding
// spaces and full-width/half-width differences; a label's short form before "（" is accepted too.
std::optional<QString> parse(List list, const QString& input);
bool isCode(List list, const QString& code);
// Label in the current UI language (ow::i18n); the code itself when unknown.
QString label(List list, const QString& code);
QString labelZh(List list, const QString& code);
QString labelEn(List list, const QString& code);
// Name of the list for messages ("案件状态" / "case status").
QString listName(List list);

// Status codes used by the workflow.
namespace status {
inline constexpr auto reported = "reported";
inline constexpr auto filed = "filed";
inline constexpr auto assigned = "assigned";
inline constexpr auto inProgress = "in_progress";
inline constexpr auto responded = "responded";
inline constexpr auto closed = "closed";
inline constexpr auto suspended = "suspended";
inline constexpr auto escalated = "escalated";
inline constexpr auto withdrawn = "withdrawn";
inline constexpr auto rejected = "rejected";
inline constexpr auto merged = "merged";
} // namespace status

bool isTerminalStatus(const QString& status);
bool outcomeCountsAsResolved(const QString& outcome);
bool satisfactionCountsAsSatisfied(const QString& satisfaction);

} // namespace ow::vocab
