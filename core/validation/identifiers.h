// Validation of the identifiers a clerk types or a ledger carries: resident IDs (GB 11643),
// unified social credit codes (GB 32100), mainland phone numbers, and ledger dates.
#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

namespace ow::validation {

// 18-digit resident ID: 17 digits, check character per GB 11643-1999 (x accepted for X), valid
// birth date not in the future. The region code is not checked against the current list
// (pre-2003 codes such as 1528xx remain valid). 15-digit legacy IDs (birth year 19yy) accepted.
// Returns the normalized number (upper-case X, half-width).
Result<QString> residentId(const QString& input);
// Birth date encoded in a valid 15- or 18-digit resident ID.
QDate birthDateOf(const QString& normalizedId);

// Unified social credit code per GB 32100-2015: 18 characters from 0-9 and A-Z without I, O, Z, S, V;
// first character 1-9, A, N or Y; check character computed over the first 17.
Result<QString> creditCode(const QString& input);

// Mainland mobile (11 digits starting with 1[3-9], +86/0086 prefix accepted) or landline with
// area code (0xx-xxxxxxxx, hyphen/space optional, optional extension). Returns it normalized
// (mobile: 11 digits; landline: 0AREA-NUMBER).
Result<QString> phone(const QString& input);
// A center's phone as printed on receipts: a phone number (normalized as phone()) or a service
// hotline of 3 to 5 digits such as 12345.
Result<QString> centerPhone(const QString& input);

// Ledger dates: 2024-05-07, 2024/5/7, 2024.5.7, 2024年5月7日 (full-width digits tolerated).
Result<QDate> ledgerDate(const QString& input);

// Masks an ID for lists and printouts: 150824********0010 (first 6 and last 4 kept).
QString maskedId(const QString& id);
// Masks a phone number: 138****5678.
QString maskedPhone(const QString& phone);

} // namespace ow::validation
