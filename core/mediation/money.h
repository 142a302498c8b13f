// Money in agreements: yuan amounts typed by people ("1,234.50元", "１．５万元") parsed into
// integer fen without floating point, and formatted back, also in Chinese capitals (大写).
#pragma once

#include "util/result.h"

#include <QString>

namespace ow::money {

// Accepts digits with optional thousands separators (, or ，), at most two decimals, an optional
// leading ¥/￥/RMB and a trailing 元 or 万元 (万: up to six decimals). Negative amounts, more
// decimals than a fen and amounts above 10^13 fen are refused with a message.
Result<qint64> parseYuan(const QString& input);
// 123450 -> "1,234.50"
QString formatFen(qint64 fen);
// 123450 -> "壹仟贰佰叁拾肆元伍角整"
QString chineseCapitals(qint64 fen);
// A count in ordinary Chinese numerals as documents write it: 3 → 三, 10 → 十, 12 → 十二, 25 → 二十五
// (1 to 99; other numbers as digits).
QString chineseNumeral(int n);

} // namespace ow::money
