// Text helpers shared by parsing and search: full-width folding, trimming, CJK detection.
#pragma once

#include <QString>

namespace ow::text {

// Full-width ASCII (Ａ１，：) folded to half-width, ideographic space to space, trimmed.
QString normalized(const QString& input);
// normalized() with every space removed and letters lower-cased: the key used to match labels.
QString matchKey(const QString& input);
bool isCjk(char32_t ch);

} // namespace ow::text
