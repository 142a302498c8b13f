// CaseWriter: inserts whole cases (case row, parties, milestones, timeline) with prepared SQLite
// statements, fast enough for ledger imports and demo data. Used by core services only, inside
// their WriteTransaction (docs/ARCHITECTURE.md rule 1).
#pragma once

#include "domain/case.h"
#include "util/result.h"

#include <QStringList>

#include <memory>

namespace ow {

class Database;

class CaseWriter
{
public:
    explicit CaseWriter(Database& db);
    ~CaseWriter();
    CaseWriter(const CaseWriter&) = delete;
    CaseWriter& operator=(const CaseWriter&) = delete;

    // Inserts the case and everything in it. Empty ids get new UUIDs, empty timestamps now,
    // an empty siteCode the database's site; the applicant name column is derived from parties.
    // With setBatch(n > 1) the rows may wait in memory until n cases are there or flush(); a failure
    // is then reported by the insert() or flush() that writes them, and failedTag() names the case
    // at fault by the `tag` it was inserted with.
    Status insert(CaseRecord& c, qint64 tag = -1);
    // Bulk writing: the rows of up to `cases` cases (at most 50) go to each table in one statement,
    // about half the time of one statement per row. Call flush() after the last insert().
    void setBatch(int cases);
    Status flush();
    qint64 failedTag() const;
    // Draws the next `count` new ids from that many UUIDs made now and sorted: every table's id
    // index (and milestones' case_id) then grows at its end instead of at random pages, which keeps
    // a bulk import of 100,000 cases within the page cache. The ids are as random as newUuid()'s.
    void reserveIds(qsizetype count);
    // The same in two steps: the ids made (on any thread, e.g. while the file is still being read),
    // then taken by this writer.
    static QStringList sortedNewIds(qsizetype count);
    void useIds(QStringList ids);

private:
    struct Statements;
    std::unique_ptr<Statements> m;
};

} // namespace ow
