// RFC 4180 CSV reading and writing: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF or LF. A quote that does not open a field is kept as a literal character.
#pragma once

#include <QByteArray>
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

// Text of a file: UTF-8 (with or without BOM) or GB18030, detected; encoding "utf-8" or "gb18030"
// forces one. Sets detectedEncoding.
QString decode(const QByteArray& bytes, const QString& encoding, QString* detectedEncoding = nullptr);

QString quoteField(const QString& field);
QString joinRecord(const QStringList& fields);

} // namespace ow::csv
