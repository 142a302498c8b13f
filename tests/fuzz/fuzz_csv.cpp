// Fuzz target: CSV decoding and parsing. Any bytes must decode or be refused with a message, never
// crash; whatever parses must come back the same after writing it out again (joinRecord).
#include "fuzz_support.h"

#include "util/csv.h"

#include <cstdio>
#include <cstdlib>

using namespace ow;

namespace {

[[noreturn]] void broken(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz_csv: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// The records of `parsed` written out and read again give the same fields. A bare CR inside a
// quoted cell is the one thing that does not survive (CRLF in a cell reads as LF), and a record of
// one empty cell is a blank line, which is skipped. The writer puts an apostrophe before a cell a
// spreadsheet would run as a formula (neutralizeFormula), so that is what comes back.
void roundTrip(const csv::ParseResult& parsed)
{
    if (parsed.error || parsed.unterminatedQuoteLine)
        return;
    QStringList lines;
    QList<QStringList> kept;
    for (const csv::Record& r : parsed.records) {
        bool cr = false;
        for (const QString& f : r.fields)
            cr = cr || f.contains(QLatin1Char('\r'));
        if (cr || (r.fields.size() == 1 && r.fields.first().isEmpty()))
            continue;
        lines << csv::joinRecord(r.fields);
        QStringList written;
        for (const QString& f : r.fields)
            written << csv::neutralizeFormula(f);
        kept << written;
    }
    const csv::ParseResult again = csv::parse(lines.join(QStringLiteral("\r\n")));
    if (again.error || again.unterminatedQuoteLine)
        broken("written records do not parse", csv::describe(again.error));
    if (again.records.size() != kept.size())
        broken("record count changed",
               QString::number(kept.size()) + QStringLiteral(" -> ") + QString::number(again.records.size()));
    for (qsizetype i = 0; i < kept.size(); ++i)
        if (again.records[i].fields != kept[i])
            broken("fields changed", kept[i].join(QLatin1Char('|')) + QStringLiteral(" -> ") +
                                         again.records[i].fields.join(QLatin1Char('|')));
}

void check(const csv::ParseResult& r, const QString& text)
{
    int previous = 0;
    for (const csv::Record& rec : r.records) {
        if (rec.line <= previous || rec.fields.isEmpty())
            broken("record lines out of order or a record without fields", text.left(200));
        previous = rec.line;
    }
    if (r.error && csv::describe(r.error).isEmpty())
        broken("an error without a message", text.left(200));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Detected, and forced either way (the first byte chooses, so all three are reached).
    QString encoding;
    if (size > 0 && data[0] % 4 == 1)
        encoding = QStringLiteral("gb18030");
    else if (size > 0 && data[0] % 4 == 2)
        encoding = QStringLiteral("utf-8");
    const auto decoded = csv::decode(bytes, encoding);
    if (!decoded) {
        if (decoded.error().isEmpty())
            broken("a refusal without a message", {});
        return 0;
    }
    // UTF-8 is read exactly: the text gives back the file's bytes (after a byte-order mark), so no
    // invalid byte became U+FFFD.
    if (decoded->encoding == QStringLiteral("utf-8") &&
        decoded->text.toUtf8() != (bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes))
        broken("UTF-8 text that does not give back its bytes", decoded->text.left(200));
    const csv::ParseResult full = csv::parse(decoded->text);
    check(full, decoded->text);
    roundTrip(full);
    // Small limits, so that every limit is reached by short inputs too.
    csv::ParseLimits small;
    small.cellChars = 8;
    small.cells = 4;
    small.recordChars = 20;
    small.dataRecords = 3;
    const csv::ParseResult limited = csv::parse(decoded->text, small);
    check(limited, decoded->text);
    if (limited.records.size() > small.dataRecords + 1)
        broken("more records than the limit", decoded->text.left(200));
    for (const csv::Record& rec : limited.records) {
        if (rec.fields.size() > small.cells)
            broken("more cells than the limit", decoded->text.left(200));
        for (const QString& f : rec.fields)
            if (f.toUcs4().size() > small.cellChars)
                broken("a cell beyond the limit", f);
    }
    (void)csv::parseTable(decoded->text, size % 2 == 0);
    return 0;
}
