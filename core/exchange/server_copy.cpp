// Copying a center's SQLite file to PostgreSQL: COPY per table in key order, hashing each row as it
// goes, then the same hash over the rows read back from the server, inside one server transaction.
#include "exchange/server_copy.h"

#include "exchange/package_format.h"
#include "exchange/sha256.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/pg_connection.h"
#include "storage/pg_search.h"
#include "storage/read_transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QVariant>
#include <cstdlib>
#include <libpq-fe.h>
#include <memory>
#include <sqlite3.h>

namespace ow::servercopy {
namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerCopy)
};

// SQLite's full-text index and its queue: derived from the cases, rebuilt on the server's own design.
bool isDerived(const QString& table)
{
    return table.startsWith(QLatin1String("case_search")) || table == QLatin1String("search_docs") ||
           table == QLatin1String("search_pending");
}

struct SourceTable
{
    QString name;
    QStringList columns;
    QStringList key; // primary key columns in key order; all columns when the table has none
    QStringList parents;
};

// ---- the canonical row hash, the same for both sides ----

class RowHash
{
public:
    void null() { m_hash.addData("N", 1); }
    void integer(const QByteArray& decimal) { tagged('I', decimal.constData(), decimal.size()); }
    void real(double v) { integer(QByteArray::number(v, 'g', 17).prepend('R')); }
    void text(const char* data, qsizetype size) { tagged('T', data, size); }
    void blob(const char* data, qsizetype size) { tagged('B', data, size); }
    void endRow() { m_hash.addData("\n", 1); }
    QString hex() { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    void tagged(char tag, const char* data, qsizetype size)
    {
        const QByteArray head = tag + QByteArray::number(size) + ':';
        m_hash.addData(head);
        m_hash.addData(data, size);
    }
    package::Sha256 m_hash;
};

// ---- libpq on Qt's connection ----

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

Result<PgResult> pgExec(PGconn* conn, const QString& sql, const QStringList& params = {})
{
    QList<QByteArray> bytes;
    std::vector<const char*> values;
    for (const QString& p : params)
        bytes << p.toUtf8();
    for (const QByteArray& b : bytes)
        values.push_back(b.constData());
    PgResult res(
        PQexecParams(conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0),
        &PQclear);
    const ExecStatusType st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_COPY_IN)
        return fail(QString::fromUtf8(PQresultErrorMessage(res.get())).trimmed());
    return res;
}

QString pgIdent(const QString& name)
{
    return package::ident(name);
}

// ---- the source's tables, parents first ----

Result<QList<SourceTable>> readSourceTables(sqlite3* db, QStringList* skipped)
{
    QList<SourceTable> tables;
    package::Statement st(db, QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name "
                                             "NOT LIKE 'sqlite_%' ORDER BY name"));
    while (st.next()) {
        SourceTable t;
        t.name = st.text(0);
        if (isDerived(t.name)) {
            *skipped << t.name;
            continue;
        }
        tables << t;
    }
    if (!st.error().isEmpty())
        return fail(st.error());
    for (SourceTable& t : tables) {
        QMap<int, QString> key;
        package::Statement cols(db, QStringLiteral("PRAGMA main.table_info(%1)").arg(pgIdent(t.name)));
        while (cols.next()) {
            t.columns << cols.text(1);
            if (cols.integer(5) > 0)
                key.insert(int(cols.integer(5)), cols.text(1));
        }
        t.key = key.isEmpty() ? t.columns : key.values();
        package::Statement fks(db, QStringLiteral("PRAGMA main.foreign_key_list(%1)").arg(pgIdent(t.name)));
        while (fks.next())
            if (fks.text(2) != t.name && !t.parents.contains(fks.text(2)))
                t.parents << fks.text(2);
    }
    return tables;
}

// Orders tables so that every table comes after the tables its foreign keys lead to.
Result<QList<SourceTable>> parentsFirst(QList<SourceTable> tables)
{
    QList<SourceTable> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        const qsizetype before = tables.size();
        for (qsizetype i = 0; i < tables.size();) {
            bool ready = true;
            for (const QString& p : tables[i].parents)
                ready = ready && placed.contains(p);
            if (!ready) {
                ++i;
                continue;
            }
            placed.insert(tables[i].name);
            ordered << tables.takeAt(i);
        }
        if (tables.size() == before)
            return fail(Text::tr("The tables' foreign keys form a cycle at %1.").arg(tables.first().name));
    }
    return ordered;
}

// ---- the server's side ----

// Column name -> type OID of a server table; empty when the table does not exist. With `ordered`,
// also the names in declared order.
Result<QHash<QString, Oid>> serverColumns(PGconn* conn, const QString& table, QStringList* ordered = nullptr)
{
    auto res =
        pgExec(conn,
               QStringLiteral("SELECT a.attname, a.atttypid FROM pg_attribute a WHERE a.attrelid = "
                              "to_regclass(quote_ident($1)) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
               {table});
    if (!res)
        return fail(res.error());
    QHash<QString, Oid> cols;
    PGresult* r = res.value().get();
    for (int i = 0; i < PQntuples(r); ++i) {
        const QString name = QString::fromUtf8(PQgetvalue(r, i, 0));
        cols.insert(name, Oid(strtoul(PQgetvalue(r, i, 1), nullptr, 10)));
        if (ordered)
            *ordered << name;
    }
    return cols;
}

constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

QString orderBy(const SourceTable& t, const QHash<QString, Oid>* serverTypes)
{
    QStringList parts;
    for (const QString& c : t.key) {
        if (!serverTypes)
            parts << pgIdent(c) + QStringLiteral(" COLLATE BINARY");
        else {
            const Oid type = serverTypes->value(c);
            const bool textual = type != kBytea && type != kInt8 && type != kInt2 && type != kInt4 && type != kFloat4 &&
                                 type != kFloat8 && type != kNumeric && type != kBool;
            parts << pgIdent(c) + (textual ? QStringLiteral(" COLLATE \"C\"") : QString()) +
                         QStringLiteral(" NULLS FIRST");
        }
    }
    return parts.join(QLatin1String(", "));
}

QString columnList(const SourceTable& t)
{
    QStringList quoted;
    for (const QString& c : t.columns)
        quoted << pgIdent(c);
    return quoted.join(QLatin1String(", "));
}

// ---- copying one table ----

void appendCopyText(QByteArray& out, const char* data, int size)
{
    for (int i = 0; i < size; ++i) {
        const char ch = data[i];
        switch (ch) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += ch;
        }
    }
}

// Appends column `i` of the current row to the COPY line and to the hash.
void copyValue(sqlite3_stmt* stmt, int i, QByteArray& line, RowHash& hash)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
        line += "\\N";
        hash.null();
        break;
    case SQLITE_INTEGER: {
        const QByteArray v = QByteArray::number(qint64(sqlite3_column_int64(stmt, i)));
        line += v;
        hash.integer(v);
        break;
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(stmt, i);
        line += QByteArray::number(v, 'g', 17);
        hash.real(v);
        break;
    }
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, i));
        const int size = sqlite3_column_bytes(stmt, i);
        line += "\\\\x" + QByteArray::fromRawData(data, size).toHex();
        hash.blob(data, size);
        break;
    }
    default: {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        const int size = sqlite3_column_bytes(stmt, i);
        appendCopyText(line, data, size);
        hash.text(data, size);
    }
    }
}

// COPYs the rows `select` gives on `db` into `table` (`columns`, in the select's order), hashing
// them into `hash` when given. Returns how many rows went.
Result<qint64> copySelect(sqlite3* db, PGconn* conn, const QString& select, const QString& table,
                          const QString& columns, RowHash* hash)
{
    package::Statement st(db, select);
    if (!st.prepared())
        return fail(st.error());
    if (auto res = pgExec(conn, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(pgIdent(table), columns)); !res)
        return fail(res.error());
    RowHash ignored;
    RowHash& h = hash ? *hash : ignored;
    qint64 rows = 0;
    QByteArray buffer;
    const int n = sqlite3_column_count(st.handle());
    bool sent = true;
    while (sent && st.next()) {
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                buffer += '\t';
            copyValue(st.handle(), i, buffer, h);
        }
        buffer += '\n';
        h.endRow();
        ++rows;
        if (buffer.size() > (1 << 20)) {
            sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
    const QString readError = st.error();
    PQputCopyEnd(conn, readError.isEmpty() && sent ? nullptr : "OneWindow stopped the copy");
    PgResult end(PQgetResult(conn), &PQclear);
    while (PGresult* more = PQgetResult(conn))
        PQclear(more);
    if (!readError.isEmpty())
        return fail(readError);
    if (PQresultStatus(end.get()) != PGRES_COMMAND_OK)
        return fail(QString::fromUtf8(PQresultErrorMessage(end.get())).trimmed());
    return rows;
}

Result<TableCopy> copyTable(sqlite3* db, PGconn* conn, const SourceTable& t)
{
    TableCopy copy{t.name, 0, {}};
    RowHash hash;
    auto rows = copySelect(
        db, conn,
        QStringLiteral("SELECT %1 FROM main.%2 ORDER BY %3").arg(columnList(t), pgIdent(t.name), orderBy(t, nullptr)),
        t.name, columnList(t), &hash);
    if (!rows)
        return fail(rows.error());
    copy.rows = *rows;
    copy.checksum = hash.hex();
    return copy;
}

// ---- reading a table back ----

void hashServerValue(PGresult* r, int row, int col, RowHash& hash)
{
    if (PQgetisnull(r, row, col)) {
        hash.null();
        return;
    }
    const char* v = PQgetvalue(r, row, col);
    const int size = PQgetlength(r, row, col);
    switch (PQftype(r, col)) {
    case kInt2:
    case kInt4:
    case kInt8:
        hash.integer(QByteArray(v, size));
        break;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        hash.real(strtod(v, nullptr));
        break;
    case kBytea: {
        // Hex or escape format: Qt's driver sets bytea_output to escape on its connections.
        size_t length = 0;
        std::unique_ptr<unsigned char, decltype(&PQfreemem)> raw(
            PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &length), &PQfreemem);
        hash.blob(reinterpret_cast<const char*>(raw.get()), qsizetype(length));
        break;
    }
    default:
        hash.text(v, size);
    }
}

Result<TableCopy> readBack(PGconn* conn, const SourceTable& t, const QHash<QString, Oid>& types)
{
    const QString select =
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columnList(t), pgIdent(t.name), orderBy(t, &types));
    if (auto res = pgExec(conn, QStringLiteral("DECLARE ow_verify NO SCROLL CURSOR FOR ") + select); !res)
        return fail(res.error());
    TableCopy copy{t.name, 0, {}};
    RowHash hash;
    for (;;) {
        auto res = pgExec(conn, QStringLiteral("FETCH FORWARD 20000 FROM ow_verify"));
        if (!res)
            return fail(res.error());
        PGresult* r = res.value().get();
        const int rows = PQntuples(r);
        for (int row = 0; row < rows; ++row) {
            for (int col = 0; col < PQnfields(r); ++col)
                hashServerValue(r, row, col, hash);
            hash.endRow();
        }
        copy.rows += rows;
        if (rows == 0)
            break;
    }
    if (auto res = pgExec(conn, QStringLiteral("CLOSE ow_verify")); !res)
        return fail(res.error());
    copy.checksum = hash.hex();
    return copy;
}

// ---- the whole move ----

// Every source table and column must exist on the server, and the server must hold no row yet.
Status checkTarget(PGconn* conn, const QList<SourceTable>& tables, QHash<QString, QHash<QString, Oid>>* types)
{
    for (const SourceTable& t : tables) {
        auto cols = serverColumns(conn, t.name);
        if (!cols)
            return fail(cols.error());
        if (cols.value().isEmpty())
            return fail(Text::tr("The server's schema has no table %1; it was made by another version of OneWindow.")
                            .arg(t.name));
        for (const QString& c : t.columns)
            if (!cols.value().contains(c))
                return fail(
                    Text::tr("The server's table %1 has no column %2; it was made by another version of OneWindow.")
                        .arg(t.name, c));
        types->insert(t.name, cols.value());
        auto any = pgExec(conn, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(pgIdent(t.name)));
        if (!any)
            return fail(any.error());
        if (PQntuples(any.value().get()) > 0)
            return fail(
                Text::tr("The server's database already holds OneWindow data (table %1). Moving a center needs an "
                         "empty database: create a new one on the server.")
                    .arg(t.name));
    }
    return {};
}

// Identity and serial columns continue after the largest value copied.
Status advanceSequences(PGconn* conn)
{
    auto res = pgExec(conn, QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                           "table_schema = current_schema() AND (is_identity = 'YES' OR "
                                           "column_default LIKE 'nextval(%')"));
    if (!res)
        return fail(res.error());
    PGresult* r = res.value().get();
    for (int i = 0; i < PQntuples(r); ++i) {
        const QString table = QString::fromUtf8(PQgetvalue(r, i, 0));
        const QString column = QString::fromUtf8(PQgetvalue(r, i, 1));
        auto set = pgExec(conn,
                          QStringLiteral("SELECT setval(pg_get_serial_sequence(quote_ident($1), $2), "
                                         "COALESCE(max(%1), 1), max(%1) IS NOT NULL) FROM %2")
                              .arg(pgIdent(column), pgIdent(table)),
                          {table, column});
        if (!set)
            return fail(set.error());
    }
    return {};
}

Status copyAndVerify(sqlite3* db, PGconn* conn, const QList<SourceTable>& tables,
                     const QHash<QString, QHash<QString, Oid>>& types, CopyReport& report, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    for (const SourceTable& t : tables) {
        auto copied = copyTable(db, conn, t);
        if (!copied)
            return fail(Text::tr("Copying the table %1 failed, nothing was moved: %2").arg(t.name, copied.error()));
        report.tables << copied.value();
        report.rows += copied.value().rows;
        if (progress)
            progress(t.name, int(report.tables.size()), int(tables.size()));
    }
    if (Status s = advanceSequences(conn); !s)
        return s;
    report.copyMs = timer.restart();
    for (int i = 0; i < tables.size(); ++i) {
        auto back = readBack(conn, tables[i], types.value(tables[i].name));
        if (!back)
            return fail(Text::tr("Reading the table %1 back from the server failed, nothing was moved: %2")
                            .arg(tables[i].name, back.error()));
        const TableCopy& sent = report.tables[i];
        if (back.value().rows != sent.rows || back.value().checksum != sent.checksum)
            return fail(
                Text::tr("The server's copy of the table %1 differs from the file (%2 rows sent, %3 read back); "
                         "nothing was moved.")
                    .arg(sent.table)
                    .arg(sent.rows)
                    .arg(back.value().rows));
    }
    report.verifyMs = timer.elapsed();
    return {};
}

// The server's search documents for every case copied, in the copy's transaction, so that no desk's
// first search has to make them: the GIN indexes are dropped while the documents go in and made
// again after (a bulk load, docs/postgresql.md "Search"). Then the planner's statistics, which a
// freshly loaded table lacks until autovacuum comes by (the report and the search need them).
Status buildSearch(QSqlDatabase& target, PGconn* conn, CopyReport& report)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString& index : pgsearch::indexNames())
        if (auto r = pgExec(conn, QStringLiteral("DROP INDEX ") + pgIdent(index)); !r)
            return fail(r.error());
    if (auto queued = pgExec(conn, QStringLiteral("SELECT count(*) FROM search_pending")); queued)
        report.searchDocuments = QString::fromLatin1(PQgetvalue(queued.value().get(), 0, 0)).toLongLong();
    if (Status s = pgsearch::indexQueued(target); !s)
        return fail(Text::tr("Building the server's search index failed, nothing was moved: %1").arg(s.error()));
    for (const QString& statement : pgsearch::indexDdl())
        if (auto r = pgExec(conn, statement); !r)
            return fail(r.error());
    // The center's own tables only: a bare ANALYZE also visits the shared catalogs, which the owner
    // may not analyze, and the server printed a WARNING for each of them (50 lines) to the terminal.
    if (auto r = pgExec(conn, QStringLiteral("DO $$ DECLARE t text; BEGIN FOR t IN SELECT quote_ident(tablename) FROM "
                                             "pg_tables WHERE schemaname = current_schema() LOOP EXECUTE 'ANALYZE ' "
                                             "|| t; END LOOP; END $$"));
        !r)
        return fail(r.error());
    report.searchMs = timer.elapsed();
    return {};
}

Result<PGconn*> serverHandle(QSqlDatabase& target)
{
    PGconn* conn = target.isOpen() ? pg::nativeHandle(target) : nullptr;
    if (!conn)
        return fail(Text::tr("The target is not an open PostgreSQL connection."));
    return conn;
}

} // namespace

Result<CopyReport> copyToServer(Database& source, QSqlDatabase& target, const QString& appRole,
                                const Progress& progress)
{
    if (source.userVersion() != latestSchemaVersion())
        return fail(Text::tr("The file has schema version %1, this program writes version %2: open it once with this "
                             "program (which upgrades it), then move it.")
                        .arg(source.userVersion())
                        .arg(latestSchemaVersion()));
    auto conn = serverHandle(target);
    if (!conn)
        return fail(conn.error());
    if (Status s = migratePostgres(target, appRole); !s)
        return fail(s.error());
    ReadTransaction snapshot(source);
    CopyReport report;
    auto tables = readSourceTables(source.handle(), &report.skipped);
    if (!tables)
        return fail(tables.error());
    auto ordered = parentsFirst(tables.value());
    if (!ordered)
        return fail(ordered.error());
    QHash<QString, QHash<QString, Oid>> types;
    if (Status s = checkTarget(conn.value(), ordered.value(), &types); !s)
        return fail(s.error());
    if (auto begin = pgExec(conn.value(), QStringLiteral("BEGIN")); !begin)
        return fail(begin.error());
    Status done = copyAndVerify(source.handle(), conn.value(), ordered.value(), types, report, progress);
    if (done)
        done = buildSearch(target, conn.value(), report);
    if (done) {
        if (auto commit = pgExec(conn.value(), QStringLiteral("COMMIT")); !commit)
            done = fail(Text::tr("The server did not commit the copy, nothing was moved: %1").arg(commit.error()));
    }
    if (!done) {
        static_cast<void>(pgExec(conn.value(), QStringLiteral("ROLLBACK"))); // the failure is already reported
        return fail(done.error());
    }
    return report;
}

Result<qint64> copyRows(sqlite3* db, const QString& select, QSqlDatabase& target, const QString& table,
                        const QStringList& columns)
{
    auto conn = serverHandle(target);
    if (!conn)
        return fail(conn.error());
    QStringList quoted;
    for (const QString& c : columns)
        quoted << pgIdent(c);
    return copySelect(db, conn.value(), select, table, quoted.join(QLatin1String(", ")), nullptr);
}

Result<TableCopy> fileChecksum(Database& source, const QString& table)
{
    QStringList skipped;
    auto tables = readSourceTables(source.handle(), &skipped);
    if (!tables)
        return fail(tables.error());
    for (const SourceTable& t : tables.value()) {
        if (t.name != table)
            continue;
        package::Statement st(source.handle(), QStringLiteral("SELECT %1 FROM main.%2 ORDER BY %3")
                                                   .arg(columnList(t), pgIdent(t.name), orderBy(t, nullptr)));
        TableCopy copy{t.name, 0, {}};
        RowHash hash;
        QByteArray ignored;
        while (st.next()) {
            for (int i = 0; i < t.columns.size(); ++i)
                copyValue(st.handle(), i, ignored, hash);
            ignored.clear();
            hash.endRow();
            ++copy.rows;
        }
        copy.checksum = hash.hex();
        return copy;
    }
    return fail(Text::tr("The file has no table %1.").arg(table));
}

Result<TableCopy> serverChecksum(QSqlDatabase& target, const QString& table)
{
    auto conn = serverHandle(target);
    if (!conn)
        return fail(conn.error());
    SourceTable t;
    t.name = table;
    auto cols = serverColumns(conn.value(), table, &t.columns);
    if (!cols)
        return fail(cols.error());
    auto key = pgExec(conn.value(),
                      QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                                     "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(quote_ident($1)) AND "
                                     "i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)"),
                      {table});
    if (!key)
        return fail(key.error());
    for (int i = 0; i < PQntuples(key.value().get()); ++i)
        t.key << QString::fromUtf8(PQgetvalue(key.value().get(), i, 0));
    if (t.key.isEmpty())
        t.key = t.columns;
    if (auto begin = pgExec(conn.value(), QStringLiteral("BEGIN")); !begin)
        return fail(begin.error());
    auto back = readBack(conn.value(), t, cols.value());
    static_cast<void>(pgExec(conn.value(), QStringLiteral("COMMIT"))); // a read-only transaction
    return back;
}

} // namespace ow::servercopy
