// A read transaction: what one document or view reads comes from one snapshot of the file or the
// server, even while another desk writes.
#pragma once

namespace ow {

class Database;

// Begins a deferred transaction (BEGIN; on a server BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY)
// when none is open on the connection and ends it on destruction; inside a WriteTransaction it does
// nothing (that one already reads one snapshot on a file; on a server each statement of a
// READ COMMITTED transaction sees what was committed before it).
// Nothing may write while it is open: a WriteTransaction begun inside it fails, which is the
// point — a read model does not write.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_began = false;
};

} // namespace ow
