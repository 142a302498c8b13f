// RFC 4180 CSV reading and writing: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF, LF or CR. Lines are counted as Excel shows the rows (Record::line). A quote that does not
// open a field is kept as a literal character. Reading stops at the first cell, row or file beyond
// its limit (util/limits.h), and text is decoded strictly.
#pragma once

#include "util/limits.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::csv {

struct Record
{
    // The row a person sees in Excel (1-based): each line break outside quotes starts a row (a blank
    // line is a row too); line breaks inside a quoted cell do not, so a record after a cell of three
    // lines is one row further on, not three.
    int line = 0;
    QStringList fields;
};

// How much one parse() reads at most.
struct ParseLimits
{
    int dataRecords = limits::kFileRows; // records after the first (a header, or the first entry)
    int cells = limits::kRowCells;       // cells of one record
    int cellChars = limits::kCellChars;  // characters of one cell
    int recordChars = limits::kRowChars; // characters of one record, its commas included
};

// The first limit a text went beyond: parse() stops there.
struct ParseError
{
    enum class Kind
    {
        None,
        TooManyRecords, // `line` is where the first record beyond the limit starts
        TooManyCells,   // `line` is where the record starts
        CellTooLong,    // `line` is where the cell starts, `cell` its position in the record (1-based)
        RecordTooLong,  // `line` is where the record starts
    };
    Kind kind = Kind::None;
    int line = 0;
    int cell = 0;
    qint64 limit = 0;
    bool quoted = false; // CellTooLong: the cell opened with a quote (perhaps one that never closes)
    explicit operator bool() const { return kind != Kind::None; }
};

struct ParseResult
{
    QList<Record> records;
    int unterminatedQuoteLine = 0; // line of a quoted field that never closes, 0 when none
    ParseError error;              // set: the records stop before it
};

ParseResult parse(const QString& text, const ParseLimits& limits = {});

// What the error is and how to mend it, translated, without its line (callers name the line and
// the cell in their own way).
QString describe(const ParseError& error);

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
    ParseError error;
};

Table parseTable(const QString& text, bool lastTakesRest = false, const ParseLimits& limits = {});

struct Decoded
{
    QString text;
    QString encoding; // utf-8 | gb18030
    QString note;     // GB18030 detected: the evidence, as a sentence for the user; else empty
};

// Text of a file, decoded strictly: every byte must belong to a valid character of the encoding,
// or the file is refused with the line and column of the first one that does not.
// `encoding` "utf-8"/"utf8" or "gb18030"/"gbk" forces one. Empty: detected. UTF-8 (with or without
// BOM) when every byte sequence is valid UTF-8; GB18030 when the file is not UTF-8, most of its
// non-ASCII bytes do not form UTF-8 characters (a few stray bytes in UTF-8 text do not make it
// GB18030), and every byte decodes as GB18030; `note` then says so and why.
Result<Decoded> decode(const QByteArray& bytes, const QString& encoding = {});

QString quoteField(const QString& field);
// A cell a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
// return) gets a leading apostrophe, as OWASP advises against CSV injection; a plain number
// ("-12", "+3.5") stays as it is. Every CSV and XLSX cell the program writes goes through it.
QString neutralizeFormula(const QString& cell);
QString joinRecord(const QStringList& fields);

} // namespace ow::csv
