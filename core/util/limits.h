// The limits of what a person or a file may give the program, in one table used by the ledger
// import, intake (window dialog and `intake --json`) and case editing. README.md, "Limits of
// input", gives the reasons; a value beyond a limit is refused with a message naming the field.
#pragma once

#include <QtGlobal>

namespace ow::limits {

// Characters (Unicode code points) per field.
inline constexpr int kNameChars = 100;      // a person's or an organization's name
inline constexpr int kNameListChars = 1000; // a ledger cell of several names (被申请人: 张三、李四)
inline constexpr int kNumberChars = 32;     // ID number, credit code, phone number as typed
inline constexpr int kCaseNumberChars = 64; // 案件编号
inline constexpr int kAddressChars = 200;   // an address
inline constexpr int kTextChars = 4000;     // summary, request, reasons (ledger-csv.md: 事由摘要 ≤ 4,000)
inline constexpr int kLabelChars = 100;     // a code, a date or a name looked up in a list
inline constexpr int kCellChars = 10000;    // any CSV cell
inline constexpr int kRowCells = 64;        // cells of one CSV row
inline constexpr int kRowChars = 64 * 1024; // characters of one CSV row
inline constexpr int kFileRows = 200000;    // rows of one ledger file
inline constexpr qint64 kFileBytes = qint64(100) * 1024 * 1024;    // bytes of one ledger file
inline constexpr qint64 kListFileBytes = qint64(10) * 1024 * 1024; // holiday and reference-list files
inline constexpr qint64 kJsonBytes = qint64(1) * 1024 * 1024;      // one `intake --json` case
inline constexpr int kListedProblems = 1000;                       // problems listed one by one; the rest are counted
inline constexpr qint64 kCaseSequence = 999999;                    // the highest case sequence number of a site's year

} // namespace ow::limits
