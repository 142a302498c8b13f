// Consolidation packages (.owpkg, docs/package-format.md): the tables that travel, the manifest
// keys and the canonical SHA-256 over a package's content, shared by export and import.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace ow {
class Database;
}

namespace ow::package {

// Version of the package layout this program writes and the newest it reads. 2: signed by its site
// (manifest keys signer_key, signer_fingerprint, signature); version 1 packages carry no signature
// and are refused.
constexpr int kFormatVersion = 2;
// Value of the manifest key "format": tells a package from any other SQLite file.
inline constexpr char kFormatName[] = "onewindow-package";

// A foreign key of an exchanged table: column `column` refers to `parentColumn` of `parent`.
struct ForeignKey
{
    QString column;
    QString parent;
    QString parentColumn;
};

struct ColumnInfo
{
    QString name;
    QString type; // declared type, copied into the package
};

// A consolidated table: it has the identity columns of docs/ARCHITECTURE.md rule 2 and belongs to a case
// (it is `cases`, or a foreign key leads from it to an exchanged table). Discovered from the
// schema, so tables added by later migrations travel without changes here. A *supporting* table
// (e.g. mediation_rooms) is not case-owned but a case-owned row refers to its id: only the rows
// referred to travel, so that the county never holds a reference it cannot resolve.
struct ExchangeTable
{
    QString name;
    bool supporting = false;
    // A trigger refuses every UPDATE (the case timeline): rows identical at both ends or conflicting.
    bool appendOnly = false;
    // Triggers keep the exchange base (migration 6): a row from another site that is unchanged here
    // has none, so an imported row needs none either.
    bool baseOnEdit = false;
    QList<ColumnInfo> columns;
    QList<ForeignKey> foreignKeys;
    QStringList columnNames() const;
    bool hasColumn(const QString& name) const;
};

// The exchanged tables of `schema` ("main" or an attached name), parents before children.
Result<QList<ExchangeTable>> exchangeTables(sqlite3* db, const QString& schema = QStringLiteral("main"));

// Columns of any table in `schema`, in declared order; empty when the table does not exist.
QList<ColumnInfo> tableColumns(sqlite3* db, const QString& schema, const QString& table);

// A key found twice (or NULL) while serializing: the first one, in table order then id order.
struct KeyProblem
{
    QString table; // empty: every key is unique and not NULL
    QString key;   // the repeated key; empty with isNull
    bool isNull = false;
};

// SHA-256 (lowercase hex) of the canonical serialization of a package attached as `schema`:
// the manifest without its checksum, then each table of `tables` with its rows in id order.
// With `keys`, also reports the first id that is NULL or occurs twice in a table (the rows are
// read in id order anyway, so this costs one comparison per row instead of a second pass).
Result<QString> contentChecksum(sqlite3* db, const QString& schema, const QStringList& tables,
                                KeyProblem* keys = nullptr);

// What a package's Ed25519 signature covers: "onewindow-package-signature-1\n" followed by the 64
// lowercase hex digits of its content checksum (which covers every manifest key but `checksum` and
// `signature`, so the site code and the signer's key are signed too).
QByteArray signedMessage(const QString& checksum);

// Seals the package attached as `schema` with the current key of `signer` (this center): writes
// signer_key and signer_fingerprint into its manifest, then the checksum over the content, then the
// signature. Replaces an earlier seal. Returns the checksum.
Result<QString> seal(Database& signer, sqlite3* db, const QString& schema, const QStringList& tables);

// Quotes an SQL identifier ("name").
QString ident(const QString& name);

// A prepared statement on a raw SQLite handle: bulk paths run through the system SQLite that
// Qt's driver links (docs/ARCHITECTURE.md rule 4), with no per-row QVariant round trip.
class Statement
{
public:
    Statement(sqlite3* db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepared() const { return m_stmt != nullptr; }
    Statement& bind(int index, const QVariant& value);
    // Next row: true while there is one; check error() after false.
    bool next();
    Status run(); // runs to the end
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    const QString& error() const { return m_error; }
    sqlite3_stmt* handle() const { return m_stmt; } // for typed column access

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

// Runs one or more statements without results.
Status exec(sqlite3* db, const QString& sql);
// The first column of the first row, or an invalid QVariant.
QVariant scalar(sqlite3* db, const QString& sql, const QVariantList& binds = {});

} // namespace ow::package
