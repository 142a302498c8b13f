// The user's language: Simplified Chinese by default, English on request or on English locales.
#pragma once

#include <QLocale>
#include <QString>

namespace ow::i18n {

// "zh_CN" unless the system locale is English (spec: Chinese by default, English available).
QString languageFromLocale();
// Sets the language of labels and messages and installs the matching translator
// (":/i18n/onewindow_<lang>.qm") into the running application, replacing an earlier one.
void setLanguage(const QString& language);
QString language();
// The locale of that language (weekday and month names, number separators).
QLocale locale();
bool chinese();

} // namespace ow::i18n
