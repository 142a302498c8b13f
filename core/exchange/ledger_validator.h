// The check of one ledger row (docs/ledger-csv.md): every cell against the vocabulary, the site's
// reference lists and the rules between columns, with the lookups memoized. Internal to core/exchange.
#pragma once

#include "domain/vocabulary.h"
#include "exchange/ledger_rows.h"
#include "storage/reference_data.h"
#include "workflow/deadlines.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace ow::ledger {

// A lookup memoized by the raw cell text: ledger columns repeat a handful of values across
// thousands of rows, and the reference lookups scan their lists.
struct Lookup
{
    QString code;  // empty when invalid
    QString error; // the reason when invalid
};

struct DateCell
{
    QDate date;
    QString error;
};

class Validator
{
public:
    // `headerCells`: how many cells the header has; `unnamed`: its empty ones.
    Validator(Database& db, const ReferenceData& rd, qsizetype headerCells, const QList<int>& unnamed,
              bool keepReasons);

    // Checks the row, then keeps or counts its problems (ProblemCap). An invalid row is not written:
    // its case goes, and its cells too unless they are wanted for the rejects file.
    void validate(Row& row, const int (&index)[ColCount]);

private:
    // The trimmed cells of one row, and what the checks of its later columns read from its earlier ones.
    struct Cells
    {
        QString v[ColCount];
        QDate givenDue;
        QString givenLevel;
        bool terminal = false;
    };

    void check(Row& row, const int (&index)[ColCount]);
    void checkShape(Row& row) const;
    bool readCells(Row& row, Cells& cells) const;
    void checkNumber(Row& row, const Cells& cells);
    void checkIntake(Row& row, const Cells& cells);
    void checkParties(Row& row, const Cells& cells) const;
    void checkPlace(Row& row, const Cells& cells);
    void readOutcome(Row& row, Cells& cells);
    void checkStatusRules(Row& row, const Cells& cells) const;
    void checkJudicial(Row& row, const Cells& cells) const;
    void fillMilestones(Row& row, const Cells& cells);
    static QString contentHash(const CaseRecord& c, const Cells& cells);

    QDate dateOf(Row& row, const Cells& cells, int col);
    QString vocabOf(Row& row, const Cells& cells, int col, vocab::List list);
    QString lookupOf(Row& row, int col, const Lookup& l) const;
    QString cell(const Row& row, int c) const;
    void problem(Row& row, int c, const QString& reason) const;

    const DateCell& date(const QString& v);
    template <class Make> const Lookup& memo(QHash<QString, Lookup>& cache, const QString& key, Make make);
    const Lookup& vocabulary(vocab::List list, const QString& v);
    const Lookup& category(const QString& v);
    const Lookup& department(const QString& v, bool window);
    const Lookup& township(const QString& v);
    const Lookup& village(const QString& townshipCode, const QString& v);
    const QList<Milestone>& milestones(const QString& caseType, const QDate& filed);

    const ReferenceData& m_rd;
    DeadlineEngine m_engine;
    QDate m_today;
    NumberPattern m_pattern; // its own: QRegularExpression is not shared between the validating threads
    qsizetype m_headerCells;
    QList<int> m_unnamed;
    ProblemCap m_cap;
    bool m_keepRows; // --skip-invalid: the cells of invalid rows go to the rejects file
    const int (*m_index)[ColCount] = nullptr;
    QHash<QString, QList<DeadlineRule>> m_rules;
    QHash<QString, QString> m_townships; // match key → code, this site's townships only
    QHash<QString, DateCell> m_dates;
    QHash<QString, Lookup> m_vocab[16];
    QHash<QString, Lookup> m_categories, m_windows, m_departments, m_townshipCache, m_villages;
    QHash<QString, QList<Milestone>> m_milestones;
    // What a lookup returns once its memo is full (a file of garbage has a new value in every cell):
    // the caller reads it before the next lookup.
    Lookup m_scratch;
    DateCell m_dateScratch;
};

// How many rows, from the first, have been validated: published by the thread that validates them
// to the one that writes them (release/acquire, so a row is read whole or not at all).
class ValidationFeed
{
public:
    void waitFor(qsizetype row)
    {
        if (m_count.load(std::memory_order_acquire) > row)
            return;
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [&] { return m_count.load(std::memory_order_acquire) > row; });
    }
    // `wake`: also wake a waiting writer (every few hundred rows and at the end, not on each row).
    void publish(qsizetype count, bool wake)
    {
        m_count.store(count, std::memory_order_release);
        if (wake) {
            const std::lock_guard lock(m_mutex);
            m_wake.notify_all();
        }
    }

private:
    std::atomic<qsizetype> m_count{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

// The check of every row. Each row is checked whole by one validator, so its problems come in the
// same order however the work is shared. A large import that writes checks its rows on a second
// thread while the caller writes the rows already checked (a failure then rolls the writes back); a
// dry run, which has nothing to overlap, checks the two halves of the file at once instead. Every
// thread started here is joined here: by finish(), or by the destructor on any other way out.
class RowCheck
{
public:
    RowCheck(Database& db, const ReferenceData& rd, const Header& header, bool keepReasons, std::vector<Row>& rows);
    ~RowCheck() { finish(); }
    RowCheck(const RowCheck&) = delete;
    RowCheck& operator=(const RowCheck&) = delete;

    // Returns when every row is checked, except for a large import that writes: its rows are then
    // checked beside the caller, who waits for each with waitFor().
    void start(bool dryRun);
    void waitFor(qsizetype row) { m_feed.waitFor(row); }
    // Joins the thread checking beside the caller, if any; the time the check took.
    qint64 finish();

private:
    bool startBeside();
    void checkHalves();
    void checkRange(Validator& validator, qsizetype from, qsizetype to);

    Database& m_db;
    const ReferenceData& m_rd;
    const Header& m_header;
    bool m_keepReasons;
    Validator m_validator;
    Row* const m_data;
    const qsizetype m_count;
    ValidationFeed m_feed;
    QElapsedTimer m_timer;
    qint64 m_validateMs = 0;
    std::thread m_beside;
};

} // namespace ow::ledger
