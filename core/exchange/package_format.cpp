// Schema discovery of the exchanged tables, the canonical package checksum, raw SQLite helpers.
#include "exchange/package_format.h"

#include "exchange/sha256.h"
#include "security/signing_keys.h"

#include <QCoreApplication>
#include <QSet>
#include <charconv>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace ow::package {
namespace {

const QStringList& identityColumns()
{
    static const QStringList cols{QStringLiteral("id"), QStringLiteral("site_code"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("row_version")};
    return cols;
}

// Netstring-like item of the canonical serialization: tag, decimal length, ':', bytes. The
// length makes the stream unambiguous whatever bytes a value holds.
void item(QByteArray& out, char tag, const char* data, qsizetype size)
{
    // Tag, length and colon written through a stack buffer: no allocation per value (the checksum of
    // a 100,000-case package serializes ten million of them).
    char head[24];
    head[0] = tag;
    char* end = std::to_chars(head + 1, head + sizeof head - 1, size).ptr;
    *end++ = ':';
    out.append(head, end - head);
    out.append(data, size);
}

void integerItem(QByteArray& out, qint64 value)
{
    char digits[24];
    const char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    item(out, 'i', digits, end - digits);
}

void item(QByteArray& out, char tag, const QByteArray& bytes)
{
    item(out, tag, bytes.constData(), bytes.size());
}

// True when reading `table` in rowid order yields TEXT ids in strictly increasing byte order (which is
// SQLite's BINARY order of ORDER BY id for text): the rowid order is then the canonical order.
bool storedInIdOrder(sqlite3* db, const QString& schema, const QString& table)
{
    Statement st(db, QStringLiteral("SELECT id FROM %1.%2 ORDER BY rowid").arg(ident(schema), ident(table)));
    if (!st.prepared())
        return false;
    sqlite3_stmt* s = st.handle();
    std::string previous;
    bool first = true;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (sqlite3_column_type(s, 0) != SQLITE_TEXT)
            return false;
        const std::string_view id(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)),
                                  size_t(sqlite3_column_bytes(s, 0)));
        if (!first && !(std::string_view(previous) < id))
            return false;
        previous.assign(id);
        first = false;
    }
    return rc == SQLITE_DONE;
}

} // namespace

QStringList ExchangeTable::columnNames() const
{
    QStringList names;
    for (const ColumnInfo& c : columns)
        names << c.name;
    return names;
}

bool ExchangeTable::hasColumn(const QString& n) const
{
    for (const ColumnInfo& c : columns)
        if (c.name == n)
            return true;
    return false;
}

QString ident(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Statement::Statement(sqlite3* db, const QString& sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull() || !value.isValid()) {
        sqlite3_bind_null(m_stmt, index);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
               value.typeId() == QMetaType::Bool) {
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    } else {
        const QByteArray u = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

Status Statement::run()
{
    if (!m_stmt)
        return fail(m_error);
    while (next()) {
    }
    if (!m_error.isEmpty())
        return fail(m_error);
    return {};
}

QString Statement::text(int column) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!t)
        return {};
    return QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Status exec(sqlite3* db, const QString& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
        return fail(msg);
    }
    return {};
}

QVariant scalar(sqlite3* db, const QString& sql, const QVariantList& binds)
{
    Statement st(db, sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    if (!st.next() || st.isNull(0))
        return {};
    return st.text(0);
}

QList<ColumnInfo> tableColumns(sqlite3* db, const QString& schema, const QString& table)
{
    QList<ColumnInfo> cols;
    Statement st(db, QStringLiteral("PRAGMA %1.table_info(%2)").arg(ident(schema), ident(table)));
    while (st.next())
        cols << ColumnInfo{st.text(1), st.text(2)};
    return cols;
}

Result<QList<ExchangeTable>> exchangeTables(sqlite3* db, const QString& schema)
{
    QList<ExchangeTable> candidates;
    {
        Statement st(db, QStringLiteral("SELECT name FROM %1.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'sqlite_%' ORDER BY name")
                             .arg(ident(schema)));
        while (st.next()) {
            ExchangeTable t;
            t.name = st.text(0);
            candidates << t;
        }
        if (!st.error().isEmpty())
            return fail(QCoreApplication::translate("Exchange", "Cannot read the database schema: %1").arg(st.error()));
    }
    QList<ExchangeTable> identified;
    for (ExchangeTable& t : candidates) {
        t.columns = tableColumns(db, schema, t.name);
        bool identity = true;
        for (const QString& c : identityColumns())
            identity = identity && t.hasColumn(c);
        if (!identity)
            continue;
        Statement fk(db, QStringLiteral("PRAGMA %1.foreign_key_list(%2)").arg(ident(schema), ident(t.name)));
        while (fk.next())
            t.foreignKeys << ForeignKey{fk.text(3), fk.text(2), fk.isNull(4) ? QStringLiteral("id") : fk.text(4)};
        identified << t;
    }
    // Case-owned: `cases` and, to a fixed point, every table with a key into an owned table.
    QSet<QString> owned{QStringLiteral("cases")};
    for (bool grew = true; grew;) {
        grew = false;
        for (const ExchangeTable& t : identified) {
            if (owned.contains(t.name))
                continue;
            for (const ForeignKey& k : t.foreignKeys)
                if (owned.contains(k.parent) && k.parentColumn == QLatin1String("id")) {
                    owned.insert(t.name);
                    grew = true;
                    break;
                }
        }
    }
    // Users and sites never travel: each center keeps its own (logins and codes are unique there).
    const QSet<QString> local{QStringLiteral("users"), QStringLiteral("sites")};
    QSet<QString> supporting;
    for (const ExchangeTable& t : identified)
        if (owned.contains(t.name))
            for (const ForeignKey& k : t.foreignKeys)
                if (!owned.contains(k.parent) && !local.contains(k.parent) && k.parentColumn == QLatin1String("id"))
                    supporting.insert(k.parent);
    // Parents before children, so that inserts satisfy the foreign keys; names break ties.
    QList<ExchangeTable> ordered;
    QSet<QString> placed;
    // What the triggers say of a table: every UPDATE refused (append-only), or the exchange base
    // kept on the first local edit (migration 6).
    QSet<QString> appendOnly, baseOnEdit;
    {
        Statement st(db, QStringLiteral("SELECT tbl_name, name, sql FROM %1.sqlite_master WHERE type = 'trigger'")
                             .arg(ident(schema)));
        while (st.next()) {
            const QString table = st.text(0), sql = st.text(2);
            if (sql.contains(QLatin1String("BEFORE UPDATE"), Qt::CaseInsensitive) &&
                sql.contains(QLatin1String("RAISE(ABORT"), Qt::CaseInsensitive))
                appendOnly.insert(table);
            if (st.text(1) == table + QLatin1String("_exchange_base"))
                baseOnEdit.insert(table);
        }
    }
    QList<ExchangeTable> pending;
    for (ExchangeTable& t : identified) {
        t.supporting = supporting.contains(t.name);
        t.appendOnly = appendOnly.contains(t.name);
        t.baseOnEdit = baseOnEdit.contains(t.name);
        if (owned.contains(t.name) || t.supporting)
            pending << t;
    }
    owned.unite(supporting);
    while (!pending.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            bool ready = true;
            for (const ForeignKey& k : pending[i].foreignKeys)
                if (k.parent != pending[i].name && owned.contains(k.parent) && !placed.contains(k.parent))
                    ready = false;
            if (ready) {
                placed.insert(pending[i].name);
                ordered << pending.takeAt(i);
                progress = true;
                break;
            }
        }
        if (!progress)
            return fail(
                QCoreApplication::translate(
                    "Exchange", "The case tables refer to each other in a cycle (%1); they cannot be exchanged.")
                    .arg(pending.first().name));
    }
    return ordered;
}

Result<QString> contentChecksum(sqlite3* db, const QString& schema, const QStringList& tables, KeyProblem* keys)
{
    Sha256 hash;
    QByteArray buf;
    buf.reserve(1 << 17);
    auto flush = [&](bool force) {
        if (force || buf.size() > (1 << 16)) {
            hash.addData(buf);
            buf.resize(0); // keeps the capacity, unlike clear()
        }
    };
    {
        Statement st(
            db,
            QStringLiteral("SELECT key, value FROM %1.manifest WHERE key NOT IN ('checksum', 'signature') ORDER BY key")
                .arg(ident(schema)));
        if (!st.prepared())
            return fail(st.error());
        while (st.next()) {
            item(buf, 'k', st.text(0).toUtf8());
            item(buf, 'v', st.text(1).toUtf8());
        }
        if (!st.error().isEmpty())
            return fail(st.error());
    }
    for (const QString& table : tables) {
        const QList<ColumnInfo> cols = tableColumns(db, schema, table);
        if (cols.isEmpty())
            return fail(QCoreApplication::translate("Exchange", "The table %1 is missing.").arg(table));
        item(buf, 'T', table.toUtf8());
        QStringList names;
        int idColumn = -1;
        for (const ColumnInfo& c : cols) {
            if (c.name == QLatin1String("id"))
                idColumn = int(names.size());
            item(buf, 'c', c.name.toUtf8());
            names << ident(c.name);
        }
        // The previous row's id (type and bytes): equal neighbours in id order are duplicates.
        std::string previousId;
        int previousType = -1;
        const bool checkKeys = keys && keys->table.isEmpty() && idColumn >= 0;
        // ORDER BY id, rowid: the canonical order; rowid only separates duplicate ids (refused anyway).
        // A package is written in id order, so its rowid order is usually the same: then the table is
        // read straight through instead of through the id index plus a row lookup each.
        const bool stored = idColumn >= 0 && storedInIdOrder(db, schema, table);
        Statement st(db, QStringLiteral("SELECT %1 FROM %2.%3 ORDER BY %4")
                             .arg(names.join(QLatin1Char(',')), ident(schema), ident(table),
                                  stored ? QStringLiteral("rowid") : QStringLiteral("id, rowid")));
        if (!st.prepared())
            return fail(st.error());
        sqlite3_stmt* s = st.handle();
        const int n = int(cols.size());
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            for (int c = 0; c < n; ++c) {
                // One sqlite3_column_value per value: the sqlite3_value_* accessors skip the connection
                // mutex that every sqlite3_column_* call takes.
                sqlite3_value* v = sqlite3_column_value(s, c);
                switch (sqlite3_value_type(v)) {
                case SQLITE_NULL:
                    buf.append('n');
                    break;
                case SQLITE_INTEGER:
                    integerItem(buf, sqlite3_value_int64(v));
                    break;
                case SQLITE_FLOAT:
                    item(buf, 'r', QByteArray::number(sqlite3_value_double(v), 'g', 17));
                    break;
                case SQLITE_TEXT:
                    item(buf, 't', reinterpret_cast<const char*>(sqlite3_value_text(v)), sqlite3_value_bytes(v));
                    break;
                default:
                    item(buf, 'b', static_cast<const char*>(sqlite3_value_blob(v)), sqlite3_value_bytes(v));
                    break;
                }
            }
            if (checkKeys && keys->table.isEmpty()) {
                // Read after the values above: sqlite3_column_text may convert a number in place.
                const int type = sqlite3_column_type(s, idColumn);
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, idColumn));
                const std::string_view id(text ? text : "", size_t(sqlite3_column_bytes(s, idColumn)));
                if (type == SQLITE_NULL) {
                    keys->table = table;
                    keys->isNull = true;
                } else if (type == previousType && id == previousId) {
                    keys->table = table;
                    keys->key = QString::fromUtf8(id.data(), qsizetype(id.size()));
                }
                previousId.assign(id);
                previousType = type;
            }
            flush(false);
        }
        if (rc != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    flush(true);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ow::package

namespace ow::package {

QByteArray signedMessage(const QString& checksum)
{
    return QByteArrayLiteral("onewindow-package-signature-1\n") + checksum.toLatin1();
}

Result<QString> seal(Database& signer, sqlite3* db, const QString& schema, const QStringList& tables)
{
    auto key = keys::currentKey(signer);
    if (!key)
        return fail(key.error());
    const QString manifest = ident(schema) + QStringLiteral(".manifest");
    if (Status s = exec(db, QStringLiteral("DELETE FROM %1 WHERE key IN ('checksum', 'signature', 'signer_key', "
                                           "'signer_fingerprint')")
                                .arg(manifest));
        !s)
        return fail(s.error());
    for (const auto& [k, v] : {qMakePair(QStringLiteral("signer_key"), keys::publicKeyText(key->publicKey)),
                               qMakePair(QStringLiteral("signer_fingerprint"), key->fingerprint)}) {
        Statement st(db, QStringLiteral("INSERT INTO %1(key, value) VALUES(?, ?)").arg(manifest));
        st.bind(1, k).bind(2, v);
        if (Status s = st.run(); !s)
            return fail(s.error());
    }
    auto sum = contentChecksum(db, schema, tables);
    if (!sum)
        return sum;
    keys::OwnKey used;
    auto signature = keys::sign(signer, signedMessage(*sum), &used);
    if (!signature)
        return fail(signature.error());
    if (used.fingerprint != key->fingerprint)
        return fail(QCoreApplication::translate("Exchange", "The signing key changed while the package was written; "
                                                            "export again."));
    for (const auto& [k, v] : {qMakePair(QStringLiteral("checksum"), *sum),
                               qMakePair(QStringLiteral("signature"), QString::fromLatin1(signature->toBase64()))}) {
        Statement st(db, QStringLiteral("INSERT INTO %1(key, value) VALUES(?, ?)").arg(manifest));
        st.bind(1, k).bind(2, v);
        if (Status s = st.run(); !s)
            return fail(s.error());
    }
    return sum;
}

} // namespace ow::package
