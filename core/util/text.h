// Text helpers shared by parsing and search: full-width folding, trimming, CJK detection, and the
// one check of what a stored name, number or text may contain (with its limit, util/limits.h).
#pragma once

#include <QString>

namespace ow::text {

// Full-width ASCII (Ａ１，：) folded to half-width, ideographic space to space, trimmed.
QString normalized(const QString& input);
// normalized() with every space removed and letters lower-cased: the key used to match labels.
QString matchKey(const QString& input);
bool isCjk(char32_t ch);

// The kinds of field a person or a file gives, each with its limit in limits.h.
enum class Field
{
    Name,       // a person or an organization (kNameChars)
    NameList,   // a ledger cell of several names (kNameListChars)
    Number,     // an ID number, credit code or phone number as typed (kNumberChars)
    CaseNumber, // 案件编号 (kCaseNumberChars, counted without its invisible characters)
    Address,    // kAddressChars
    Text,       // summary, request, a reason: tabs and line breaks allowed (kTextChars)
    Label,      // a code, date or name looked up in a list (kLabelChars)
};

int maxChars(Field kind);

// What is wrong with `value` as a `kind` called `field` (the name a person sees: 申请人, 事由摘要),
// as one translated sentence naming the field and the position of the first bad character; empty
// when nothing is. Refused anywhere: U+FFFD (what a wrong decoding leaves), NUL and the other C0
// control characters (a Text may hold tabs and line breaks), DEL, the C1 controls, lone surrogates,
// and the bidirectional controls U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069 (they make
// text show other than it is stored). Then the length, in characters.
QString fieldProblem(const QString& value, Field kind, const QString& field);

// A case number as it is stored and looked up: surrounding spaces and the invisible characters
// U+200B-U+200D, U+2060 and U+FEFF removed.
QString caseNumber(const QString& input);
// The key under which two case numbers are the same one: caseNumber() in Unicode NFKC (full-width
// brackets and digits as ASCII).
QString caseNumberKey(const QString& input);

// A value quoted in a message: at most `max` characters (then …), and control, bidirectional and
// invisible characters shown as <U+202E>.
QString visible(const QString& value, int max = 40);

} // namespace ow::text
