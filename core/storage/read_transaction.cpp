// One snapshot for a read (see read_transaction.h).
#include "storage/read_transaction.h"

#include "storage/database.h"
#include "storage/pg_connection.h"

#include <QSqlQuery>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace ow {

ReadTransaction::ReadTransaction(Database& db)
    : m_db(db)
{
    if (m_db.isServer()) {
        // One snapshot for every statement (REPEATABLE READ), taken at the first; READ ONLY: a
        // write begun inside fails. Only when the connection is idle (not in a WriteTransaction).
        PGconn* conn = pg::nativeHandle(m_db.sql());
        if (conn && PQtransactionStatus(conn) == PQTRANS_IDLE) {
            QSqlQuery q(m_db.sql());
            m_began = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        }
        return;
    }
    sqlite3* h = m_db.handle();
    if (h && sqlite3_get_autocommit(h))
        m_began = sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
}

ReadTransaction::~ReadTransaction()
{
    // A read commits nothing; should COMMIT fail, ROLLBACK still ends the snapshot so that the
    // next write can begin.
    if (m_began && m_db.isServer()) {
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("COMMIT")))
            q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    if (m_began && sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace ow
