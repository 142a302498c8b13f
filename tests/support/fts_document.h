// The SQLite FTS5 search table of a fresh database holding one document: whether a MATCH
// expression finds it (the tokenizer property tests of test_search and test_pg_search).
#pragma once

#include "support/catch.h"
#include "support/fixtures.h"

#include <QString>
#include <sqlite3.h>

namespace ow::test {

// The search table of a fresh database holding one document, and whether an expression finds it.
struct OneDocument
{
    TempDatabase t;
    sqlite3* h = t.db->handle();
    OneDocument()
    {
        // A scratch file: thousands of one-row writes need not each wait for the disk.
        REQUIRE(sqlite3_exec(h, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    void index(const QString& body)
    {
        REQUIRE(sqlite3_exec(h, "DELETE FROM case_search WHERE rowid = 1", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(h, "INSERT INTO case_search(rowid, body) VALUES(1, ?)", -1, &s, nullptr) ==
                SQLITE_OK);
        const QByteArray utf8 = body.toUtf8();
        sqlite3_bind_text(s, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        REQUIRE(rc == SQLITE_DONE);
    }
    bool finds(const QString& expression)
    {
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(h, "SELECT count(*) FROM case_search WHERE case_search MATCH ?", -1, &s, nullptr) ==
                SQLITE_OK);
        const QByteArray utf8 = expression.toUtf8();
        sqlite3_bind_text(s, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(s);
        const bool found = rc == SQLITE_ROW && sqlite3_column_int(s, 0) == 1;
        sqlite3_finalize(s);
        REQUIRE(rc == SQLITE_ROW);
        return found;
    }
};

} // namespace ow::test
