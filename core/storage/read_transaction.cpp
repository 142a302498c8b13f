// One snapshot for a read (see read_transaction.h).
#include "storage/read_transaction.h"

#include "storage/database.h"

#include <sqlite3.h>

namespace ow {

ReadTransaction::ReadTransaction(Database& db)
    : m_db(db)
{
    sqlite3* h = m_db.handle();
    if (h && sqlite3_get_autocommit(h))
        m_began = sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
}

ReadTransaction::~ReadTransaction()
{
    // A read commits nothing; should COMMIT fail, ROLLBACK still ends the snapshot so that the
    // next write can begin.
    if (m_began && sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace ow
