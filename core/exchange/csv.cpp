// RFC 4180 CSV reading and writing, and encoding detection for ledgers saved by Excel or WPS.
#include "exchange/csv.h"

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
} // namespace

ParseResult parse(const QString& text)
{
    ParseResult out;
    Record rec;
    QString field;
    int line = 1;
    rec.line = 1;
    bool inQuotes = false;
    bool fieldStarted = false;
    bool anyContent = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endField = [&] {
        rec.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = rec.fields.size() == 1 && rec.fields.first().isEmpty() && !anyContent;
        if (!blank)
            out.records << rec;
        rec = Record{};
        anyContent = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (!(c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    field.append(c);
            } else {
                // The run of ordinary characters up to the next quote or line break, in one append
                // (a character at a time was two thirds of the parse).
                qsizetype j = i + 1;
                while (j < n && !isQuotedBreak(text.at(j)))
                    ++j;
                field.append(text.constData() + i, j - i);
                i = j - 1;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            anyContent = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            anyContent = true;
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            rec.line = line;
        } else {
            // Up to the next separator or line break (a quote inside an unquoted field is literal).
            qsizetype j = i + 1;
            while (j < n && !isFieldBreak(text.at(j)))
                ++j;
            field.append(text.constData() + i, j - i);
            i = j - 1;
            fieldStarted = true;
            anyContent = true;
        }
    }
    if (inQuotes)
        out.unterminatedQuoteLine = quoteLine;
    if (anyContent || !field.isEmpty() || !rec.fields.isEmpty())
        endRecord();
    return out;
}

QString decode(const QByteArray& bytes, const QString& encoding, QString* detectedEncoding)
{
    auto decodeWith = [&](QStringConverter::Encoding enc, const QByteArray& data) { return QStringDecoder(enc)(data); };
    const QString forced = encoding.toLower();
    if (forced == QLatin1String("gb18030") || forced == QLatin1String("gbk")) {
        if (detectedEncoding)
            *detectedEncoding = QStringLiteral("gb18030");
        auto dec = QStringDecoder("GB18030");
        return dec.isValid() ? QString(dec(bytes)) : QString::fromLocal8Bit(bytes);
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (detectedEncoding)
            *detectedEncoding = QStringLiteral("utf-8");
        return decodeWith(QStringConverter::Utf8, bytes.mid(3));
    }
    if (forced == QLatin1String("utf-8") || forced == QLatin1String("utf8")) {
        if (detectedEncoding)
            *detectedEncoding = QStringLiteral("utf-8");
        return decodeWith(QStringConverter::Utf8, bytes);
    }
    // Auto: valid UTF-8 is UTF-8; anything else is taken as GB18030 (Excel/WPS "CSV" on Chinese Windows).
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        if (detectedEncoding)
            *detectedEncoding = QStringLiteral("utf-8");
        return text;
    }
    return decode(bytes, QStringLiteral("gb18030"), detectedEncoding);
}

Table parseTable(const QString& text, bool lastTakesRest)
{
    const ParseResult parsed = parse(text);
    Table table;
    table.unterminatedQuoteLine = parsed.unterminatedQuoteLine;
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

QString joinRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted << quoteField(f);
    return quoted.join(QLatin1Char(','));
}

} // namespace ow::csv
