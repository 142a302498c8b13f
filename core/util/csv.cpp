// RFC 4180 CSV reading and writing, and encoding detection for ledgers saved by Excel or WPS.
#include "util/csv.h"

#include "util/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ow::csv {

namespace {
bool isFieldBreak(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}
bool isQuotedBreak(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

// The bytes at `at` as a person can look them up: 0xCD 0x20.
QString bytesAt(const QByteArray& bytes, qsizetype at, int count)
{
    QStringList out;
    for (qsizetype i = at; i < bytes.size() && i < at + count; ++i)
        out << QStringLiteral("0x") +
                   QString::number(uchar(bytes[i]), 16).toUpper().rightJustified(2, QLatin1Char('0'));
    return out.join(QLatin1Char(' '));
}

// Where a scan found the first byte that does not belong to a character: its offset, how many
// bytes to show, and its line and column (characters from the line's start, 1-based).
struct BadByte
{
    qsizetype at = -1;
    int show = 1;
    int line = 1;
    int column = 1;
};

// UTF-8, strictly (no overlong forms, surrogates or code points beyond U+10FFFF): the first byte
// that starts no valid sequence, how many valid multi-byte sequences there are and how many such
// bytes (a GB18030 file has far more invalid bytes than valid sequences; UTF-8 with a stray byte,
// the other way round).
struct Utf8Scan
{
    BadByte first;
    qint64 sequences = 0;
    qint64 invalid = 0;
};

int utf8Length(const uchar* p, qsizetype left)
{
    const uchar c = p[0];
    int len = 0;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    }
    if (len == 0 || left < len)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (int k = 2; k < len; ++k)
        if (p[k] < 0x80 || p[k] > 0xBF)
            return 0;
    return len;
}

Utf8Scan scanUtf8(const QByteArray& bytes, qsizetype from)
{
    Utf8Scan s;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    int line = 1, column = 1;
    for (qsizetype i = from; i < n;) {
        if (p[i] < 0x80) {
            if (p[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            ++i;
            continue;
        }
        if (const int len = utf8Length(p + i, n - i)) {
            ++s.sequences;
            ++column;
            i += len;
            continue;
        }
        if (s.first.at < 0)
            s.first = BadByte{i, 1, line, column};
        ++s.invalid;
        ++column;
        ++i;
    }
    return s;
}

// GB18030: one byte 0x00-0x7F; two bytes 0x81-0xFE then 0x40-0x7E or 0x80-0xFE; four bytes
// 0x81-0xFE 0x30-0x39 0x81-0xFE 0x30-0x39 within the two ranges that map to Unicode (U+0080 to
// U+FFFF: 0x81308130-0x8431A439; U+10000 to U+10FFFF: 0x90308130-0xE3329A35).
int gbLength(const uchar* p, qsizetype left)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    if (c < 0x81 || c > 0xFE || left < 2)
        return 0;
    const uchar d = p[1];
    if ((d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE))
        return 2;
    if (d < 0x30 || d > 0x39 || left < 4 || p[2] < 0x81 || p[2] > 0xFE || p[3] < 0x30 || p[3] > 0x39)
        return 0;
    const int linear = (((c - 0x81) * 10 + (d - 0x30)) * 126 + (p[2] - 0x81)) * 10 + (p[3] - 0x30);
    return (linear <= 39419 || (linear >= 189000 && linear <= 1237575)) ? 4 : 0;
}

struct GbScan
{
    BadByte first;
    qint64 characters = 0; // of two or four bytes
};

GbScan scanGb18030(const QByteArray& bytes)
{
    GbScan s;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    int line = 1, column = 1;
    for (qsizetype i = 0; i < n;) {
        const int len = gbLength(p + i, n - i);
        if (len == 0) {
            s.first = BadByte{i, (p[i] >= 0x81 && p[i] <= 0xFE && i + 1 < n) ? 2 : 1, line, column};
            return s;
        }
        if (p[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        if (len > 1)
            ++s.characters;
        i += len;
    }
    return s;
}

// The first character that Qt's GB18030 decoder refuses though gbLength() accepts it (should there
// ever be one), for a message that names it.
BadByte firstUndecodable(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    int line = 1, column = 1;
    for (qsizetype i = 0; i < n;) {
        const int len = std::max(1, gbLength(p + i, n - i));
        if (len > 1) {
            QStringDecoder one("GB18030");
            (void)QString(one(QByteArrayView(bytes).sliced(i, len)));
            if (one.hasError())
                return BadByte{i, len, line, column};
        }
        if (p[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += len;
    }
    return BadByte{0, 1, 1, 1};
}

Error notUtf8(const QByteArray& bytes, const BadByte& bad)
{
    return fail(QCoreApplication::translate(
                    "Csv",
                    "Line %1, column %2: the byte %3 (byte %4 of the file) is not valid UTF-8. Save the file as "
                    "UTF-8 again (Excel: Save As, \"CSV UTF-8\"), or, if it is a GB18030 file, import it with the "
                    "encoding GB18030 (--encoding gb18030).")
                    .arg(bad.line)
                    .arg(bad.column)
                    .arg(bytesAt(bytes, bad.at, bad.show))
                    .arg(bad.at + 1));
}

Result<Decoded> asGb18030(const QByteArray& bytes, bool forced, const Utf8Scan* evidence)
{
    const GbScan gb = scanGb18030(bytes);
    BadByte bad = gb.first;
    QString text;
    if (bad.at < 0) {
        QStringDecoder decoder("GB18030");
        if (!decoder.isValid())
            return fail(QCoreApplication::translate(
                "Csv", "This program cannot decode GB18030 (Qt was built without ICU): save the file as "
                       "UTF-8 and import it again."));
        text = decoder(bytes);
        if (decoder.hasError())
            bad = firstUndecodable(bytes);
    }
    if (bad.at >= 0) {
        if (forced)
            return fail(QCoreApplication::translate(
                            "Csv", "Line %1, column %2: the bytes %3 (from byte %4 of the file) are not valid GB18030. "
                                   "Check the file's encoding, or let it be detected (leave out --encoding).")
                            .arg(bad.line)
                            .arg(bad.column)
                            .arg(bytesAt(bytes, bad.at, bad.show))
                            .arg(bad.at + 1));
        return fail(QCoreApplication::translate(
                        "Csv",
                        "Line %1, column %2: the bytes %3 (from byte %4 of the file) are neither UTF-8 nor "
                        "GB18030, so the file's encoding cannot be told. Save the file as UTF-8 (Excel: Save As, "
                        "\"CSV UTF-8\") and import it again.")
                        .arg(bad.line)
                        .arg(bad.column)
                        .arg(bytesAt(bytes, bad.at, bad.show))
                        .arg(bad.at + 1));
    }
    Decoded out{text, QStringLiteral("gb18030"), {}};
    if (evidence) {
        const QLocale l = i18n::locale();
        out.note =
            QCoreApplication::translate(
                "Csv", "Read as GB18030, the encoding of CSV files saved by Excel or WPS on Chinese Windows: the file "
                       "is not UTF-8 (%1 of its bytes are not, the first on line %2), and all of its %3 Chinese and "
                       "other non-ASCII characters are valid GB18030.")
                .arg(l.toString(evidence->invalid))
                .arg(evidence->first.line)
                .arg(l.toString(gb.characters));
    }
    return out;
}

} // namespace

namespace {

// The reader's state: one pass over the text, a record and a field at a time (RFC 4180 with
// Excel's line counting; limits checked as the text is read, so a hostile file never fills memory).
class Parser
{
public:
    Parser(const QString& text, const ParseLimits& limits)
        : m_text(text)
        , m_limits(limits)
        , m_n(text.size())
    {
        m_rec.line = 1;
    }

    ParseResult run()
    {
        for (qsizetype i = 0; i < m_n; ++i) {
            const bool ok = m_inQuotes ? quoted(i) : unquoted(i);
            if (!ok)
                return std::move(m_out);
        }
        if (m_inQuotes)
            m_out.unterminatedQuoteLine = m_quoteLine;
        if (m_anyContent || !m_field.isEmpty() || !m_rec.fields.isEmpty())
            endRecord();
        return std::move(m_out);
    }

private:
    void stop(ParseError::Kind kind, int at, qint64 limit)
    {
        m_out.error.kind = kind;
        m_out.error.line = at;
        m_out.error.cell = int(m_rec.fields.size()) + 1;
        m_out.error.limit = limit;
        m_out.error.quoted = m_fieldQuoted;
    }

    // A run of ordinary characters into the field; false (and the error set) beyond the cell's limit.
    // A run that cannot fit even at two UTF-16 units per character is refused before it is copied.
    bool append(const QChar* from, qsizetype count)
    {
        if (m_field.size() + count > 2 * qsizetype(m_limits.cellChars)) {
            stop(ParseError::Kind::CellTooLong, m_fieldLine, m_limits.cellChars);
            return false;
        }
        m_field.append(from, count);
        if (m_field.size() > m_limits.cellChars && m_field.toUcs4().size() > m_limits.cellChars) {
            stop(ParseError::Kind::CellTooLong, m_fieldLine, m_limits.cellChars);
            return false;
        }
        return true;
    }

    bool endField()
    {
        if (m_rec.fields.size() >= m_limits.cells) {
            stop(ParseError::Kind::TooManyCells, m_rec.line, m_limits.cells);
            return false;
        }
        m_recordChars += m_field.size() + 1;
        if (m_recordChars > m_limits.recordChars + 1) { // the last cell has no comma after it
            stop(ParseError::Kind::RecordTooLong, m_rec.line, m_limits.recordChars);
            return false;
        }
        m_rec.fields << m_field;
        m_field.clear();
        m_fieldStarted = false;
        m_fieldQuoted = false;
        m_fieldLine = m_line;
        return true;
    }

    bool endRecord()
    {
        if (!endField())
            return false;
        const bool blank = m_rec.fields.size() == 1 && m_rec.fields.first().isEmpty() && !m_anyContent;
        if (!blank) {
            if (m_out.records.size() > m_limits.dataRecords) {
                stop(ParseError::Kind::TooManyRecords, m_rec.line, m_limits.dataRecords);
                return false;
            }
            m_out.records << m_rec;
        }
        m_rec = Record{};
        m_anyContent = false;
        m_recordChars = 0;
        return true;
    }

    // Character i inside quotes; i moves past what was consumed.
    bool quoted(qsizetype& i)
    {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"')) {
            if (i + 1 < m_n && m_text.at(i + 1) == QLatin1Char('"')) {
                ++i;
                return append(&c, 1);
            }
            m_inQuotes = false;
            return true;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            // A line break inside quotes stays in its row, as Excel shows it: `line` counts rows.
            if (c == QLatin1Char('\r') && i + 1 < m_n && m_text.at(i + 1) == QLatin1Char('\n'))
                return true;
            return append(&c, 1);
        }
        // The run of ordinary characters up to the next quote or line break, in one append
        // (a character at a time was two thirds of the parse).
        qsizetype j = i + 1;
        while (j < m_n && !isQuotedBreak(m_text.at(j)))
            ++j;
        const bool ok = append(m_text.constData() + i, j - i);
        i = j - 1;
        return ok;
    }

    // Character i outside quotes; i moves past what was consumed.
    bool unquoted(qsizetype& i)
    {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('"') && !m_fieldStarted) {
            m_inQuotes = true;
            m_fieldStarted = true;
            m_fieldQuoted = true;
            m_fieldLine = m_line;
            m_anyContent = true;
            m_quoteLine = m_line;
            return true;
        }
        if (c == QLatin1Char(',')) {
            m_anyContent = true;
            return endField();
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < m_n && m_text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRecord())
                return false;
            ++m_line;
            m_rec.line = m_line;
            m_fieldLine = m_line;
            return true;
        }
        // Up to the next separator or line break (a quote inside an unquoted field is literal).
        qsizetype j = i + 1;
        while (j < m_n && !isFieldBreak(m_text.at(j)))
            ++j;
        if (!m_fieldStarted)
            m_fieldLine = m_line;
        if (!append(m_text.constData() + i, j - i))
            return false;
        i = j - 1;
        m_fieldStarted = true;
        m_anyContent = true;
        return true;
    }

    const QString& m_text;
    const ParseLimits& m_limits;
    const qsizetype m_n;
    ParseResult m_out;
    Record m_rec;
    QString m_field;
    int m_line = 1;
    bool m_inQuotes = false;
    bool m_fieldStarted = false;
    bool m_fieldQuoted = false;
    bool m_anyContent = false;
    int m_quoteLine = 0;
    int m_fieldLine = 1;         // where the current field starts
    qsizetype m_recordChars = 0; // of the current record, commas included
};

} // namespace

ParseResult parse(const QString& text, const ParseLimits& limits)
{
    return Parser(text, limits).run();
}

QString describe(const ParseError& error)
{
    const QLocale locale = i18n::locale();
    const QString limit = locale.toString(error.limit);
    switch (error.kind) {
    case ParseError::Kind::None:
        return {};
    case ParseError::Kind::TooManyRecords:
        return QCoreApplication::translate("Csv", "the file has more rows than the %1 one file may have: split it into "
                                                  "several files and import them one by one")
            .arg(limit);
    case ParseError::Kind::TooManyCells:
        return QCoreApplication::translate("Csv",
                                           "the row has more cells than the %1 a row may have: check its commas, or "
                                           "delete the empty columns at the right of the sheet")
            .arg(limit);
    case ParseError::Kind::CellTooLong:
        if (error.quoted)
            return QCoreApplication::translate("Csv",
                                               "the quoted cell that starts here has more characters than the %1 a "
                                               "cell may have: perhaps its closing quote (\") is missing")
                .arg(limit);
        return QCoreApplication::translate("Csv", "the cell has more characters than the %1 a cell may have")
            .arg(limit);
    case ParseError::Kind::RecordTooLong:
        return QCoreApplication::translate("Csv", "the row has more characters than the %1 a row may have").arg(limit);
    }
    return {};
}

Result<Decoded> decode(const QByteArray& bytes, const QString& encoding)
{
    const QString forced = encoding.trimmed().toLower();
    const bool gb = forced == QLatin1String("gb18030") || forced == QLatin1String("gbk");
    const bool utf8Forced = forced == QLatin1String("utf-8") || forced == QLatin1String("utf8");
    if (!forced.isEmpty() && !gb && !utf8Forced)
        return fail(
            QCoreApplication::translate("Csv", "The encoding must be utf-8 or gb18030, not \"%1\".").arg(encoding));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(QCoreApplication::translate(
            "Csv", "The file is UTF-16 (Excel's \"Unicode Text\"), which cannot be imported: save it as "
                   "\"CSV UTF-8\" and import that."));
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (gb) {
        if (bom)
            return fail(QCoreApplication::translate(
                "Csv", "The file begins with the mark of a UTF-8 file (a byte-order mark), yet the encoding "
                       "GB18030 was chosen: import it as UTF-8, or let its encoding be detected."));
        return asGb18030(bytes, true, nullptr);
    }
    const qsizetype from = bom ? 3 : 0;
    // The file's own mark is skipped above; a second one is text (Qt would drop it unasked).
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString text = utf8(QByteArrayView(bytes).sliced(from));
    if (!utf8.hasError())
        return Decoded{text, QStringLiteral("utf-8"), {}};
    const Utf8Scan scan = scanUtf8(bytes, from);
    if (scan.first.at < 0) // Qt and the scan disagree: refuse rather than keep a U+FFFD
        return notUtf8(bytes, BadByte{from, 1, 1, 1});
    // A byte-order mark or --encoding utf-8 says UTF-8; so does text of valid UTF-8 characters with a
    // few stray bytes among them (read as GB18030 it would be mojibake: 王五 → 鐜嬩簲).
    if (bom || utf8Forced || scan.sequences >= scan.invalid)
        return notUtf8(bytes, scan.first);
    return asGb18030(bytes, false, &scan);
}

Table parseTable(const QString& text, bool lastTakesRest, const ParseLimits& limits)
{
    const ParseResult parsed = parse(text, limits);
    Table table;
    table.unterminatedQuoteLine = parsed.unterminatedQuoteLine;
    table.error = parsed.error;
    if (parsed.records.isEmpty())
        return table;
    for (const QString& name : parsed.records.first().fields)
        table.columns << QString(name).remove(QChar(0xFEFF)).trimmed();
    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        QStringList fields = parsed.records[r].fields;
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        while (lastTakesRest && fields.size() > table.columns.size() && table.columns.size() > 0) {
            const QString last = fields.takeLast();
            fields.last() += QLatin1Char(',') + last;
        }
        Table::Row row;
        row.line = parsed.records[r].line;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            row.values.insert(table.columns[c], fields.value(c).trimmed());
        table.rows << row;
    }
    return table;
}

QString quoteField(const QString& field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')) ||
        field.contains(QLatin1Char('\r'))) {
        QString q = field;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return field;
}

QString neutralizeFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return cell;
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.][0-9]+)?$"));
    if (number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString joinRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << quoteField(neutralizeFormula(f));
    return quoted.join(QLatin1Char(','));
}

} // namespace ow::csv
