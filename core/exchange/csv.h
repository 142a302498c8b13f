// RFC 4180 CSV reading and writing: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF or LF. A quote that does not open a field is kept as a literal character.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::csv {

struct Record
{
    int line = 0; // the line number a person sees in Excel for the record's first line (1-based)
    QStringList fields;
};

struct ParseResult
{
    QList<Record> records;
    int unterminatedQuoteLine = 0; // line of a quoted field that never closes, 0 when none
};

ParseResult parse(const QString& text);

// A file whose first line names its columns (the bundled reference lists, files in their format):
// each later record's fields by column name, trimmed; a byte-order mark or spaces around a name are
// ignored, and lines of nothing but spaces left out. With `lastTakesRest`, fields beyond the header
// belong to the last column, joined by commas again (free-text notes written without quotes).
struct Table
{
    QStringList columns;
    struct Row
    {
        int line = 0;
        QHash<QString, QString> values;
        QString value(const QString& column) const { return values.value(column); }
    };
    QList<Row> rows;
    int unterminatedQuoteLine = 0;
};

Table parseTable(const QString& text, bool lastTakesRest = false);

// Text of a file: UTF-8 (with or without BOM) or GB18030, detected; encoding "utf-8" or "gb18030"
// forces one. Sets detectedEncoding.
QString decode(const QByteArray& bytes, const QString& encoding, QString* detectedEncoding = nullptr);

QString quoteField(const QString& field);
QString joinRecord(const QStringList& fields);

} // namespace ow::csv
