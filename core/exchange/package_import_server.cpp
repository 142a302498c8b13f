// The package import into a center on a PostgreSQL server: the scratch mirror and the merge's writes
// (package_import_server.h).
#include "exchange/package_import_server.h"

#include "exchange/package_format.h"
#include "exchange/server_copy.h"
#include "storage/bulk_load.h"
#include "storage/pg_connection.h"

#include <QCoreApplication>
#include <QSet>
#include <libpq-fe.h>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace ow::importserver {
namespace {

using package::ident;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

constexpr Oid kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23;
// Ids per statement: a text[] parameter of 5,000 UUIDs is about 200 KB.
constexpr qsizetype kBatch = 5000;

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

Result<PgResult> run(PGconn* conn, const QString& sql, const std::vector<QByteArray>& params = {})
{
    std::vector<const char*> values;
    for (const QByteArray& p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    PgResult res(
        PQexecParams(conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0),
        &PQclear);
    const ExecStatusType st = PQresultStatus(res.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return fail(QString::fromUtf8(PQresultErrorMessage(res.get())).trimmed());
    return res;
}

Result<PGconn*> connection(Database& server)
{
    PGconn* conn = server.isServer() ? pg::nativeHandle(server.sql()) : nullptr;
    if (!conn)
        return fail(Text::tr("The database is not an open PostgreSQL connection."));
    return conn;
}

// A text[] literal of `ids`.
QByteArray arrayOf(const QStringList& ids)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += ',';
        QByteArray v = ids[i].toUtf8();
        v.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + v + '"';
    }
    return out + '}';
}

// Column `i` of the scratch statement's current row as a text parameter (a null QByteArray for NULL).
QByteArray parameter(sqlite3_stmt* st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QByteArray::number(qint64(sqlite3_column_int64(st, i)));
    case SQLITE_FLOAT:
        return QByteArray::number(sqlite3_column_double(st, i), 'g', 17);
    case SQLITE_BLOB:
        return "\\x" +
               QByteArray(static_cast<const char*>(sqlite3_column_blob(st, i)), sqlite3_column_bytes(st, i)).toHex();
    default:
        return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, i)), sqlite3_column_bytes(st, i));
    }
}

// Binds field `col` of row `row` of a server result to parameter `index` of a scratch statement.
void bindServerValue(sqlite3_stmt* st, int index, PGresult* r, int row, int col)
{
    if (PQgetisnull(r, row, col)) {
        sqlite3_bind_null(st, index);
        return;
    }
    const char* v = PQgetvalue(r, row, col);
    switch (PQftype(r, col)) {
    case kInt2:
    case kInt4:
    case kInt8:
        sqlite3_bind_int64(st, index, strtoll(v, nullptr, 10));
        break;
    case kBytea: {
        size_t length = 0;
        unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &length);
        sqlite3_bind_blob(st, index, raw, int(length), SQLITE_TRANSIENT);
        PQfreemem(raw);
        break;
    }
    default:
        sqlite3_bind_text(st, index, v, PQgetlength(r, row, col), SQLITE_TRANSIENT);
    }
}

} // namespace

Status Mirror::create()
{
    if (!m_dir.isValid())
        return fail(Text::tr("Cannot make a scratch database for the import: %1").arg(m_dir.errorString()));
    m_path = m_dir.filePath(QStringLiteral("import-scratch.sqlite"));
    auto db = Database::open(m_path, Database::Mode::Create);
    if (!db)
        return fail(Text::tr("Cannot make a scratch database for the import: %1").arg(db.error()));
    m_db = *db;
    // It holds copies of rows that satisfy the server's rules, without the rows they refer to.
    bulk::dropSearchQueueTriggers(handle());
    return package::exec(handle(), QStringLiteral("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; "
                                                  "PRAGMA synchronous = OFF"));
}

sqlite3* Mirror::handle() const
{
    return m_db ? m_db->handle() : nullptr;
}

Result<QStringList> ids(sqlite3* scratch, const QString& select)
{
    QStringList out;
    package::Statement st(scratch, select);
    while (st.next())
        out << st.text(0);
    if (!st.error().isEmpty())
        return fail(st.error());
    return out;
}

Status Mirror::copy(Database& server, const QString& table, const QString& where, const QStringList& keys, bool lock)
{
    auto conn = connection(server);
    if (!conn)
        return fail(conn.error());
    QStringList cols;
    for (const package::ColumnInfo& c : package::tableColumns(handle(), QStringLiteral("main"), table))
        cols << ident(c.name);
    QStringList marks(cols.size(), QStringLiteral("?"));
    package::Statement st(handle(), QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) VALUES (%3)")
                                        .arg(ident(table), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    auto store = [&st](PGresult* r) -> Status {
        for (int row = 0; row < PQntuples(r); ++row) {
            sqlite3_reset(st.handle());
            for (int c = 0; c < PQnfields(r); ++c)
                bindServerValue(st.handle(), c + 1, r, row, c);
            if (Status s = st.run(); !s)
                return s;
        }
        return {};
    };
    const QString select =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3%4")
            .arg(cols.join(QLatin1Char(',')), ident(table), where, lock ? QStringLiteral(" FOR UPDATE") : QString());
    if (where.contains(QLatin1String("$1"))) {
        for (qsizetype from = 0; from < keys.size(); from += kBatch) {
            auto res = run(*conn, select, {arrayOf(keys.mid(from, kBatch))});
            if (!res)
                return fail(res.error());
            if (Status s = store(res->get()); !s)
                return s;
        }
        return {};
    }
    if (PQtransactionStatus(*conn) != PQTRANS_INTRANS) { // a preview's one row (the site)
        auto res = run(*conn, select);
        return res ? store(res->get()) : fail(res.error());
    }
    // A whole table (an export): through a cursor, 5,000 rows at a time in memory.
    if (auto res = run(*conn, QStringLiteral("DECLARE ow_mirror NO SCROLL CURSOR FOR ") + select); !res)
        return fail(res.error());
    for (;;) {
        auto res = run(*conn, QStringLiteral("FETCH FORWARD %1 FROM ow_mirror").arg(kBatch));
        if (!res)
            return fail(res.error());
        if (Status s = store(res->get()); !s)
            return s;
        if (PQntuples(res->get()) == 0)
            break;
    }
    auto closed = run(*conn, QStringLiteral("CLOSE ow_mirror"));
    return closed ? Status() : fail(closed.error());
}

// In one scratch transaction: a commit per row wrote the scratch file 70,000 times for a package of
// 10,000 cases (a re-import of it on the test cluster took 10-11 s instead of 2.8 s).
Status Mirror::fill(Database& server, const importcheck::Verified& v, bool lock)
{
    if (Status s = package::exec(handle(), QStringLiteral("BEGIN")); !s)
        return s;
    Status filled = fillRows(server, v, lock);
    if (Status s = package::exec(handle(), filled ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")); !s)
        return filled ? s : filled;
    return filled;
}

Status Mirror::fillRows(Database& server, const importcheck::Verified& v, bool lock)
{
    sqlite3* h = handle();
    QHash<QString, QSet<QString>> wanted;
    QStringList packageIds, caseIds;
    auto add = [&](const QString& table, const QString& select, QStringList* also = nullptr) -> Status {
        auto found = ids(h, select);
        if (!found)
            return fail(found.error());
        for (const QString& id : std::as_const(*found))
            wanted[table].insert(id);
        if (also)
            *also += *found;
        return {};
    };
    for (const package::ExchangeTable& t : v.local) {
        const QStringList& cols = v.columns[t.name];
        if (Status s = add(t.name, QStringLiteral("SELECT id FROM pkg.%1").arg(ident(t.name)), &packageIds); !s)
            return s;
        if (t.name == QLatin1String("cases"))
            caseIds = QStringList(wanted[t.name].cbegin(), wanted[t.name].cend());
        for (const package::ForeignKey& k : t.foreignKeys)
            if (k.parent == t.name && cols.contains(k.column))
                if (Status s = add(t.name, QStringLiteral("SELECT %1 FROM pkg.%2 WHERE %1 IS NOT NULL")
                                               .arg(ident(k.column), ident(t.name)));
                    !s)
                    return s;
        if (t.name != QLatin1String("cases") && cols.contains(QStringLiteral("case_id")))
            if (Status s = add(
                    QStringLiteral("cases"),
                    QStringLiteral("SELECT DISTINCT case_id FROM pkg.%1 WHERE case_id IS NOT NULL").arg(ident(t.name)));
                !s)
                return s;
    }
    QStringList all;
    for (const package::ExchangeTable& t : v.local) {
        const QStringList keys(wanted[t.name].cbegin(), wanted[t.name].cend());
        all += keys;
        if (Status s = copy(server, t.name, QStringLiteral("id = ANY($1::text[])"), keys, lock && !t.appendOnly); !s)
            return s;
        // A full package's deletions (package_import.cpp, deletedRows): the rows of its cases here.
        const bool deletions = v.info.range == QLatin1String("full") && t.hasColumn(QStringLiteral("case_id")) &&
                               (t.name == QLatin1String("parties") || t.name == QLatin1String("case_closures"));
        if (deletions && !caseIds.isEmpty()) {
            if (Status s = copy(server, t.name, QStringLiteral("case_id = ANY($1::text[])"), caseIds, lock); !s)
                return s;
            auto here = ids(h, QStringLiteral("SELECT id FROM main.%1").arg(ident(t.name)));
            if (!here)
                return fail(here.error());
            all += *here;
        }
    }
    if (Status s =
            copy(server, QStringLiteral("exchange_base"), QStringLiteral("row_id = ANY($1::text[])"), all, false);
        !s)
        return s;
    if (Status s = copy(server, QStringLiteral("conflicts"),
                        QStringLiteral("resolved_at IS NULL AND row_id = ANY($1::text[])"), packageIds, false);
        !s)
        return s;
    return copy(server, QStringLiteral("sites"), QStringLiteral("is_self = 1"), {}, false);
}

Status Mirror::fillForExport(Database& server, const QString& since)
{
    auto conn = connection(server);
    if (!conn)
        return fail(conn.error());
    // One snapshot of the server for every table, as a file's export reads one.
    if (auto begun = run(*conn, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !begun)
        return fail(begun.error());
    Status filled = package::exec(handle(), QStringLiteral("BEGIN"));
    if (filled) {
        filled = exportRows(server, since);
        if (Status s = package::exec(handle(), filled ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
            filled && !s)
            filled = s;
    }
    static_cast<void>(run(*conn, QStringLiteral("COMMIT"))); // read only: nothing to keep or lose
    return filled;
}

// The rows package_export's writePackage selects, table by table children first: every row of a
// table (rows changed since `since` in an incremental export), and the rows the rows already here
// refer to (parents of changed rows; a supporting table's rows only so).
Status Mirror::exportRows(Database& server, const QString& since)
{
    auto tables = package::exchangeTables(handle());
    if (!tables)
        return fail(tables.error());
    for (qsizetype i = tables->size() - 1; i >= 0; --i) {
        const package::ExchangeTable& t = tables->at(i);
        if (!t.supporting) {
            const QString where = since.isEmpty()
                                      ? QStringLiteral("true")
                                      : QStringLiteral("updated_at >= '%1'")
                                            .arg(QString(since).replace(QLatin1Char('\''), QStringLiteral("''")));
            if (Status s = copy(server, t.name, where, {}, false); !s)
                return s;
        }
        if (since.isEmpty() && !t.supporting)
            continue;
        QSet<QString> referenced;
        for (const package::ExchangeTable& child : *tables)
            for (const package::ForeignKey& k : child.foreignKeys)
                if (k.parent == t.name && child.name != t.name && k.parentColumn == QLatin1String("id")) {
                    auto found = ids(handle(), QStringLiteral("SELECT DISTINCT %1 FROM main.%2 WHERE %1 IS NOT NULL")
                                                   .arg(ident(k.column), ident(child.name)));
                    if (!found)
                        return fail(found.error());
                    for (const QString& id : std::as_const(*found))
                        referenced.insert(id);
                }
        if (Status s = copy(server, t.name, QStringLiteral("id = ANY($1::text[])"),
                            QStringList(referenced.cbegin(), referenced.cend()), false);
            !s)
            return s;
    }
    return {};
}

Status updateRows(Database& server, sqlite3* scratch, const QString& table, const QStringList& columns,
                  const QString& select)
{
    auto conn = connection(server);
    if (!conn)
        return fail(conn.error());
    QStringList sets;
    int idIndex = -1;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i] == QLatin1String("id"))
            idIndex = i;
        else
            sets << QStringLiteral("%1 = $%2").arg(ident(columns[i])).arg(i + 1);
    }
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = $%3")
                            .arg(ident(table), sets.join(QStringLiteral(", ")))
                            .arg(idIndex + 1);
    // One unnamed prepared statement, executed per row (nothing else runs on the connection meanwhile).
    PgResult prepared(PQprepare(*conn, "", sql.toUtf8().constData(), int(columns.size()), nullptr), &PQclear);
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
        return fail(QString::fromUtf8(PQresultErrorMessage(prepared.get())).trimmed());
    package::Statement st(scratch, select);
    std::vector<QByteArray> values(size_t(columns.size()));
    std::vector<const char*> pointers(size_t(columns.size()));
    while (st.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            values[size_t(i)] = parameter(st.handle(), i);
            pointers[size_t(i)] = values[size_t(i)].isNull() ? nullptr : values[size_t(i)].constData();
        }
        PgResult res(PQexecPrepared(*conn, "", int(columns.size()), pointers.data(), nullptr, nullptr, 0), &PQclear);
        if (PQresultStatus(res.get()) != PGRES_COMMAND_OK)
            return fail(QString::fromUtf8(PQresultErrorMessage(res.get())).trimmed());
    }
    if (!st.error().isEmpty())
        return fail(st.error());
    return {};
}

Status insertRows(Database& server, sqlite3* scratch, const QString& table, const QStringList& columns,
                  const QString& select)
{
    auto copied = servercopy::copyRows(scratch, select, server.sql(), table, columns);
    if (!copied)
        return fail(copied.error());
    return {};
}

Status upsertBase(Database& server, sqlite3* scratch, const QString& select)
{
    auto conn = connection(server);
    if (!conn)
        return fail(conn.error());
    QStringList rowIds, versions, times;
    package::Statement st(scratch, select);
    while (st.next()) {
        rowIds << st.text(0);
        versions << QString::number(st.integer(1));
        times << st.text(2);
    }
    if (!st.error().isEmpty())
        return fail(st.error());
    for (qsizetype from = 0; from < rowIds.size(); from += kBatch) {
        auto res = run(
            *conn,
            QStringLiteral("INSERT INTO exchange_base(row_id, row_version, updated_at) SELECT * FROM "
                           "unnest($1::text[], $2::bigint[], $3::text[]) ON CONFLICT (row_id) DO UPDATE SET "
                           "row_version = excluded.row_version, updated_at = excluded.updated_at WHERE "
                           "exchange_base.row_version IS DISTINCT FROM excluded.row_version OR "
                           "exchange_base.updated_at IS DISTINCT FROM excluded.updated_at"),
            {arrayOf(rowIds.mid(from, kBatch)), arrayOf(versions.mid(from, kBatch)), arrayOf(times.mid(from, kBatch))});
        if (!res)
            return fail(res.error());
    }
    return {};
}

Status deleteRows(Database& server, const QString& table, const QString& column, const QStringList& keys)
{
    auto conn = connection(server);
    if (!conn)
        return fail(conn.error());
    for (qsizetype from = 0; from < keys.size(); from += kBatch)
        if (auto res =
                run(*conn, QStringLiteral("DELETE FROM %1 WHERE %2 = ANY($1::text[])").arg(ident(table), ident(column)),
                    {arrayOf(keys.mid(from, kBatch))});
            !res)
            return fail(res.error());
    return {};
}

} // namespace ow::importserver
