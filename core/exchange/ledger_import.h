// Ledger (台账) import of docs/ledger-csv.md: a center's past cases from an Excel/WPS CSV, all or nothing.
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ow {

struct LedgerOptions
{
    QString encoding; // empty: detect; "utf-8" or "gb18030" forces one
    bool dryRun = false;
    bool skipInvalid = false; // import the valid rows; the invalid ones go to rejectsPath
    QString rejectsPath;
    QString actor = QStringLiteral("system");
    // Called now and then from the importing thread, for a progress bar: rows checked (a dry run) or
    // written of all rows, then Saving while the indexes are rebuilt and the transaction commits.
    enum class Stage
    {
        Checking,
        Writing,
        Saving,
    };
    std::function<void(Stage stage, qint64 done, qint64 total)> progress;
};

// One problem of one row: the CSV line a person sees (header = 1) and the column's header.
struct LedgerProblem
{
    int line = 0;
    QString column; // the column's name in the current language (中文表头 in zh, code in en)
    QString reason;
    QString text() const; // "第 N 行，列名 列：reason" / "line N, column X: reason"
};

struct LedgerReport
{
    bool ok = false;            // false: nothing was written (problems says why)
    bool databaseError = false; // the write itself failed (exit status 3 in the CLI)
    int imported = 0;           // with dryRun: the rows that would be imported
    int unchanged = 0;
    int rejected = 0;
    QList<LedgerProblem> problems; // the first limits::kListedProblems, in line order
    qint64 unlisted = 0;           // problems beyond those, counted only
    QString fileError;             // the file could not be read at all (its size, its encoding)
    QString encoding;              // utf-8 | gb18030
    QString encodingNote;          // GB18030 was detected: why (csv::Decoded::note)
    // Phase times. A large import is validated while it is written, so validateMs and writeMs overlap.
    qint64 parseMs = 0, validateMs = 0, writeMs = 0;

    qint64 problemCount() const { return problems.size() + unlisted; }
    // Every problem listed, one line each (fileError first), then how many more there are.
    QStringList errorLines() const;
    // "imported N, unchanged M" (+ ", rejected R" with skipInvalid), translated.
    QString summaryLine(bool withRejected) const;
};

class LedgerImporter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImporter)

public:
    explicit LedgerImporter(Database& db);

    LedgerReport importFile(const QString& path, const LedgerOptions& options);
    // The same for bytes already read; fileName goes into the timeline and the audit entry.
    LedgerReport importBytes(const QByteArray& bytes, const QString& fileName, const LedgerOptions& options);

    // The column of a header cell (Chinese name or English code), -1 when unknown.
    static int columnOf(const QString& header);
    static QString columnCode(int column);
    static QString columnNameZh(int column);
    // The refusal of a file of `bytes` bytes, beyond limits::kFileBytes.
    static QString tooLarge(const QString& fileName, qint64 bytes);

private:
    Database& m_db;
};

} // namespace ow
