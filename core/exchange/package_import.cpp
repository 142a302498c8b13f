// Verifying and merging a consolidation package: a private copy ATTACHed read-only, every check
// before any write, classification by UUID/row version against the exchange base, then
// INSERT…SELECT / UPDATE…FROM in one transaction.
#include "exchange/package_import.h"

#include "exchange/package_audit.h"
#include "exchange/package_format.h"
#include "mediation/attachments.h"
#include "security/audit.h"
#include "security/signing_keys.h"
#include "storage/backup.h"
#include "storage/bulk_load.h"
#include "storage/migrations.h"
#include "storage/own_files.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <optional>
#include <sqlite3.h>
#include <thread>

namespace ow {
namespace {

using package::exec;
using package::ident;
using package::Statement;

// Classification of an incoming row against the local one and the exchange base.
enum Kind
{
    KindNew = 0, // not here: never stored, counted as the rows left over
    KindUpdate = 1,
    KindSame = 2,          // identical content
    KindConflict = 3,      // changed at both ends, not yet recorded
    KindKnownConflict = 4, // changed at both ends, this very version already recorded
    KindOursStands = 5,    // changed here only, or the incoming version is older than ours
    KindForeign = 6,       // here a record of another site: a package never overwrites it
};

// The private copy of a package: beside the database (the same protection, 0600), named so that the
// next Database::open removes it should this run be killed; removed when the import or preview ends.
class PackageCopy
{
public:
    explicit PackageCopy(const QString& databasePath)
        : m_path(files::temporaryPathBeside(databasePath, QStringLiteral(".owpkg")))
    {}
    ~PackageCopy() { QFile::remove(m_path); }
    PackageCopy(const PackageCopy&) = delete;
    PackageCopy& operator=(const PackageCopy&) = delete;
    const QString& path() const { return m_path; }

    Status copyFrom(const QString& original)
    {
        QFile in(original);
        if (!in.open(QIODevice::ReadOnly))
            return fail(in.errorString());
        QFile out(m_path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(out.errorString());
        files::makePrivate(m_path);
        QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return fail(in.errorString());
            if (n == 0)
                break;
            if (out.write(buffer.constData(), n) != n)
                return fail(out.errorString());
        }
        if (!out.flush())
            return fail(out.errorString());
        return {};
    }

private:
    QString m_path;
};

class AttachGuard
{
public:
    explicit AttachGuard(sqlite3* db)
        : m_db(db)
    {}
    ~AttachGuard()
    {
        if (m_attached)
            exec(m_db, QStringLiteral("DETACH DATABASE pkg")).ok();
    }
    Status attach(const QString& path)
    {
        // Read-only and immutable: nothing, not even a lock or a journal, is written next to it.
        const QString uri =
            QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()) + QStringLiteral("?mode=ro&immutable=1");
        Statement st(m_db, QStringLiteral("ATTACH DATABASE ? AS pkg"));
        st.bind(1, uri);
        if (Status s = st.run(); !s)
            return s;
        m_attached = true;
        return {};
    }

private:
    sqlite3* m_db;
    bool m_attached = false;
};

// The per-import classification (table index, row id, Kind) in a temporary table of this
// connection: never part of the database file; dropped again when the import or preview ends.
class KindTable
{
public:
    explicit KindTable(sqlite3* db)
        : m_db(db)
    {}
    ~KindTable()
    {
        if (m_created)
            exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.exchange_kind")).ok();
    }
    Status create()
    {
        m_created = true;
        return exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.exchange_kind; CREATE TEMP TABLE exchange_kind "
                                         "(tbl INTEGER NOT NULL, id TEXT NOT NULL, kind INTEGER NOT NULL, PRIMARY "
                                         "KEY (tbl, id)) WITHOUT ROWID"));
    }

private:
    sqlite3* m_db;
    bool m_created = false;
};

quint32 bigEndian(const QByteArray& b, int offset, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(b[offset + i]);
    return v;
}

// The file header: the magic string, and the database size it records against the file size.
Status checkHeader(const QString& path, const QString& shown)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Exchange", "Cannot read the package %1.").arg(shown));
    const QByteArray head = f.read(100);
    if (head.size() < 100 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(QCoreApplication::translate("Exchange", "%1 is not a OneWindow package: it is not an SQLite file.")
                        .arg(shown));
    quint32 pageSize = bigEndian(head, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(head, 28, 4);
    // The in-header size is valid when its "version-valid-for" equals the change counter.
    if (bigEndian(head, 92, 4) == bigEndian(head, 24, 4) && pages > 0 && quint64(f.size()) < quint64(pageSize) * pages)
        return fail(QCoreApplication::translate(
                        "Exchange", "The package %1 is truncated (%2 of %3 bytes). Ask the township to send it again.")
                        .arg(shown)
                        .arg(f.size())
                        .arg(quint64(pageSize) * pages));
    return {};
}

QString sameExpr(const QStringList& cols)
{
    QStringList parts;
    for (const QString& c : cols)
        parts << QStringLiteral("p.%1 IS m.%1").arg(ident(c));
    return parts.join(QStringLiteral(" AND "));
}

// The exchange base of a local row `m` is its row `b` in exchange_base, or, without one, `m` itself
// when it came from another site (migration 6: a trigger records the base when this center first
// changes such a row). A row of this center's own without a base has none: it never came in.
QString kindExpr(const QStringList& cols)
{
    return QStringLiteral(
               "CASE WHEN m.site_code IS NOT p.site_code THEN 6 WHEN %1 THEN 2 "
               "WHEN (b.row_id IS NULL AND m.site_code IS NOT (SELECT code FROM main.sites WHERE is_self = 1)) OR "
               "(b.row_id IS NOT NULL AND m.row_version IS b.row_version AND m.updated_at IS b.updated_at) THEN "
               "  (CASE WHEN p.row_version > m.row_version OR (p.row_version = m.row_version AND p.updated_at > "
               "m.updated_at) THEN 1 ELSE 5 END) "
               "WHEN b.row_id IS NOT NULL AND p.row_version IS b.row_version AND p.updated_at IS b.updated_at THEN 5 "
               "WHEN EXISTS (SELECT 1 FROM main.conflicts c WHERE c.row_id = p.id AND c.resolved_at IS NULL AND "
               "c.incoming_row_version IS p.row_version AND c.incoming_updated_at IS p.updated_at) THEN 4 "
               "ELSE 3 END")
        .arg(sameExpr(cols));
}

QJsonObject rowObject(sqlite3* h, const QString& schema, const QString& table, const QString& id)
{
    QJsonObject o;
    Statement st(h, QStringLiteral("SELECT * FROM %1.%2 WHERE id = ?").arg(ident(schema), ident(table)));
    st.bind(1, id);
    if (!st.next())
        return o;
    sqlite3_stmt* s = st.handle();
    for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const QString name = QString::fromUtf8(sqlite3_column_name(s, c));
        switch (sqlite3_column_type(s, c)) {
        case SQLITE_NULL:
            o.insert(name, QJsonValue::Null);
            break;
        case SQLITE_INTEGER:
            o.insert(name, qint64(sqlite3_column_int64(s, c)));
            break;
        case SQLITE_FLOAT:
            o.insert(name, sqlite3_column_double(s, c));
            break;
        default:
            o.insert(name, st.text(c));
            break;
        }
    }
    return o;
}

// Tables whose rows OneWindow deletes (a party removed in the case editor; a closure record undone):
// a full package from the site that wrote them carries every row it still has, so a row it lacks was
// deleted there. Incremental packages cannot tell; other tables never lose rows.
bool propagatesDeletions(const PackageInfo& info, const package::ExchangeTable& t)
{
    return info.range == QLatin1String("full") && t.hasColumn(QStringLiteral("case_id")) &&
           (t.name == QLatin1String("parties") || t.name == QLatin1String("case_closures"));
}

// FROM-clause of the rows of `table` deleted at the package's site: a row of a case the package
// carries, written there (site_code, so it came from a package), unchanged here since (no exchange
// base that differs from it: a row edited here stays), and absent from the package.
QString deletedRows(const QString& table)
{
    // Driven by a scan of the county's rows (`+` keeps SQLite off the case_id index, which would
    // cost a seek per case): the package lookup first rules out nearly every row.
    return QStringLiteral("main.%1 m WHERE NOT EXISTS (SELECT 1 FROM pkg.%1 p WHERE p.id = m.id) AND m.site_code = "
                          "(SELECT value FROM pkg.manifest WHERE key = 'site_code') AND +m.case_id IN (SELECT id FROM "
                          "pkg.cases) AND NOT EXISTS (SELECT 1 FROM main.exchange_base b WHERE b.row_id = m.id AND "
                          "(b.row_version IS NOT m.row_version OR b.updated_at IS NOT m.updated_at))")
        .arg(ident(table));
}

struct Verified
{
    PackageInfo info;
    QList<package::ExchangeTable> local; // local definitions of the package's tables, parents first
    QHash<QString, QStringList> columns; // table -> columns present in both
};

// The checks that read a whole package: SQLite's quick_check, then one pass in id order over every
// table that computes the checksum and finds a repeated or NULL key (about a second for 100,000
// cases). They run on a connection of their own in a second thread while this one checks the
// manifest, classifies and merges inside the transaction, which rolls back should the content be
// refused. Whatever refuses a package, the reason given is the one these checks gave first when they
// ran before everything else: a damaged file before a manifest that does not match its tables, and a
// changed file before anything the change caused (a site, a broken rule).
class ContentCheck
{
public:
    ContentCheck(const QString& copy, const QString& shown)
        : m_shown(shown)
    {
        const QByteArray uri = QUrl::fromLocalFile(copy).toEncoded() + "?mode=ro&immutable=1";
        if (sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
            m_verdict = Damaged;
            m_why = QCoreApplication::translate("Exchange", "%1 is not a OneWindow package or is damaged: %2")
                        .arg(shown, QString::fromUtf8(sqlite3_errmsg(m_db)));
            return;
        }
        // Read through a memory map, as the merge reads its own attachment of the same copy.
        exec(m_db, QStringLiteral("PRAGMA mmap_size = %1").arg(QFileInfo(copy).size())).ok();
        m_thread = std::thread([this] { run(); });
    }
    ~ContentCheck()
    {
        if (m_thread.joinable()) {
            sqlite3_interrupt(m_db); // the package is refused already: stop reading it
            m_thread.join();
        }
        sqlite3_close(m_db);
    }
    ContentCheck(const ContentCheck&) = delete;
    ContentCheck& operator=(const ContentCheck&) = delete;

    // Waits for the checks: empty when the content is sound, else why the package is refused.
    QString refusal()
    {
        wait();
        return m_verdict == Sound ? QString() : m_why;
    }
    // The reason to give for refusing the package with `error`: the content's own reason when it is
    // damaged, or (for an error found after the manifest, table and row-count checks) changed.
    QString overrule(const QString& error, bool beforeChecksum)
    {
        wait();
        if (m_verdict == Damaged || (m_verdict == Changed && !beforeChecksum))
            return m_why;
        return error;
    }

private:
    enum Verdict
    {
        Sound,
        Damaged, // not SQLite, or quick_check fails
        Changed, // the checksum does not match, or a key is repeated
    };
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void run()
    {
        const QString& shown = m_shown;
        // integrity_check, not quick_check: it also proves that every index holds exactly its table's
        // rows. The checksum reads the tables; the merge looks rows up through the id indexes, so a
        // changed index page would otherwise bring in ids that no check read (docs/package-format.md).
        Statement quick(m_db, QStringLiteral("PRAGMA integrity_check(1)"));
        if (!quick.next()) {
            m_verdict = Damaged;
            m_why = QCoreApplication::translate("Exchange", "%1 is not a OneWindow package or is damaged: %2")
                        .arg(shown, quick.error());
            return;
        }
        if (quick.text(0) != QLatin1String("ok")) {
            m_verdict = Damaged;
            m_why = QCoreApplication::translate("Exchange",
                                                "The package %1 is damaged (%2). Ask the township to send it again.")
                        .arg(shown, quick.text(0));
            return;
        }
        m_verdict = Changed;
        const QString tables =
            package::scalar(m_db, QStringLiteral("SELECT value FROM manifest WHERE key = 'tables'")).toString();
        const QString claimed =
            package::scalar(m_db, QStringLiteral("SELECT value FROM manifest WHERE key = 'checksum'")).toString();
        package::KeyProblem keys;
        auto sum = package::contentChecksum(m_db, QStringLiteral("main"),
                                            tables.split(QLatin1Char(','), Qt::SkipEmptyParts), &keys);
        if (!sum) {
            m_why = QCoreApplication::translate("Exchange", "The package %1 is damaged: %2").arg(shown, sum.error());
            return;
        }
        if (*sum != claimed) {
            m_why = QCoreApplication::translate(
                        "Exchange",
                        "The content of %1 was changed after export (the checksum does not match). It is refused; ask "
                        "the township for a new export.")
                        .arg(shown);
            return;
        }
        if (!keys.table.isEmpty()) {
            m_why = QCoreApplication::translate("Exchange",
                                                "The package %1 is invalid: table %2 holds the key %3 more than once.")
                        .arg(shown, keys.table, keys.isNull ? QStringLiteral("NULL") : keys.key);
            return;
        }
        m_verdict = Sound;
    }

    QString m_shown;
    sqlite3* m_db = nullptr;
    std::thread m_thread;
    Verdict m_verdict = Sound;
    QString m_why;
};

Result<Verified> verify(sqlite3* h, const QString& originalPath)
{
    const QString shown = QFileInfo(originalPath).fileName();
    Verified v;
    PackageInfo& info = v.info;
    info.path = originalPath;
    info.fileName = shown;
    if (package::scalar(h, QStringLiteral("SELECT count(*) FROM pkg.sqlite_master WHERE type = 'table' AND name = "
                                          "'manifest'"))
            .toInt() != 1)
        return fail(
            QCoreApplication::translate("Exchange", "%1 is not a OneWindow package: it has no manifest.").arg(shown));
    QHash<QString, QString> manifest;
    {
        Statement st(h, QStringLiteral("SELECT key, value FROM pkg.manifest"));
        while (st.next())
            manifest.insert(st.text(0), st.text(1));
        if (!st.error().isEmpty())
            return fail(QCoreApplication::translate("Exchange", "The manifest of %1 cannot be read: %2")
                            .arg(shown, st.error()));
    }
    auto m = [&](const char* key) { return manifest.value(QString::fromLatin1(key)); };
    if (m("format") != QLatin1String(package::kFormatName))
        return fail(QCoreApplication::translate("Exchange",
                                                "%1 is not a OneWindow package: its manifest does not name the format.")
                        .arg(shown));
    bool ok = false;
    info.formatVersion = m("format_version").toInt(&ok);
    if (!ok || info.formatVersion < 1)
        return fail(
            QCoreApplication::translate("Exchange", "The manifest of %1 has no valid format version.").arg(shown));
    if (info.formatVersion > package::kFormatVersion)
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 was written by a newer OneWindow (package format %2; this program reads up "
                        "to %3). Update the program.")
                        .arg(shown)
                        .arg(info.formatVersion)
                        .arg(package::kFormatVersion));
    info.schemaVersion = m("schema_version").toInt(&ok);
    if (!ok || info.schemaVersion < 1)
        return fail(
            QCoreApplication::translate("Exchange", "The manifest of %1 has no valid schema version.").arg(shown));
    if (info.schemaVersion > latestSchemaVersion())
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 was written by a newer OneWindow (database schema %2; this program knows up "
                        "to %3). Update the program.")
                        .arg(shown)
                        .arg(info.schemaVersion)
                        .arg(latestSchemaVersion()));
    info.packageId = m("package_id");
    info.programVersion = m("program_version");
    info.siteCode = m("site_code");
    info.signerKey = m("signer_key");
    info.signature = m("signature");
    info.siteName = m("site_name");
    info.siteLevel = m("site_level");
    info.siteDivision = m("site_division");
    info.createdAt = m("created_at");
    info.createdBy = m("created_by");
    info.range = m("range");
    info.since = m("since");
    info.tables = m("tables").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!m("audit_head_seq").isEmpty()) {
        bool seqOk = false, fromOk = false;
        info.audit = PackageInfo::AuditChain{m("audit_head_seq").toLongLong(&seqOk),
                                             m("audit_head_hash"),
                                             m("audit_head_at"),
                                             m("audit_head_fingerprint"),
                                             m("audit_head_signature"),
                                             m("audit_chain_from").toLongLong(&fromOk),
                                             m("audit_chain_from_hash"),
                                             m("audit_chain")};
        if (!seqOk || !fromOk)
            info.audit.headSeq = 0; // refused by checkAuditChain as a head that does not verify
    }
    if (info.siteCode.isEmpty() || info.siteDivision.isEmpty() || info.packageId.isEmpty())
        return fail(
            QCoreApplication::translate("Exchange", "The manifest of %1 does not say which site wrote it.").arg(shown));

    // Tables: exactly those the manifest lists, each one this program knows, no unknown column.
    auto localTables = package::exchangeTables(h);
    if (!localTables)
        return fail(localTables.error());
    QSet<QString> present;
    {
        Statement st(h, QStringLiteral("SELECT name FROM pkg.sqlite_master WHERE type = 'table' AND name <> "
                                       "'manifest' AND name NOT LIKE 'sqlite_%'"));
        while (st.next())
            present.insert(st.text(0));
    }
    const QSet<QString> listed(info.tables.begin(), info.tables.end());
    if (present != listed)
        return fail(QCoreApplication::translate(
                        "Exchange", "The package %1 was changed after export: its tables differ from its manifest.")
                        .arg(shown));
    for (const QString& t : info.tables) {
        const package::ExchangeTable* local = nullptr;
        for (const package::ExchangeTable& lt : *localTables)
            if (lt.name == t)
                local = &lt;
        if (!local)
            return fail(
                QCoreApplication::translate(
                    "Exchange", "The package %1 holds a table this program does not know (%2). Update the program.")
                    .arg(shown, t));
        QStringList common;
        for (const package::ColumnInfo& c : package::tableColumns(h, QStringLiteral("pkg"), t)) {
            if (!local->hasColumn(c.name))
                return fail(QCoreApplication::translate(
                                "Exchange",
                                "The package %1 holds a column this program does not know (%2.%3). Update the "
                                "program.")
                                .arg(shown, t, c.name));
            common << c.name;
        }
        for (const char* idc : {"id", "site_code", "created_at", "updated_at", "row_version"})
            if (!common.contains(QString::fromLatin1(idc)))
                return fail(
                    QCoreApplication::translate("Exchange", "The table %1 of the package %2 lacks the column %3.")
                        .arg(t, shown, QString::fromLatin1(idc)));
        v.columns.insert(t, common);
    }
    for (const package::ExchangeTable& lt : *localTables)
        if (listed.contains(lt.name))
            v.local << lt;

    for (const QString& t : info.tables) {
        const qint64 rows =
            package::scalar(h, QStringLiteral("SELECT count(*) FROM pkg.%1").arg(ident(t))).toLongLong();
        const QString declared = manifest.value(QStringLiteral("rows.") + t);
        if (declared.toLongLong(&ok) != rows || !ok)
            return fail(QCoreApplication::translate(
                            "Exchange",
                            "The package %1 was changed after export: table %2 holds %3 rows, its manifest says %4.")
                            .arg(shown, t)
                            .arg(rows)
                            .arg(declared));
        info.rowCounts << qMakePair(t, rows);
    }
    // As the manifest claims it: ContentCheck proves it (or the package is refused).
    info.checksum = m("checksum");
    return v;
}

// The site of a package: not ourselves, and a division below this county's own.
Status checkSite(Database& db, sqlite3* h, const PackageInfo& info)
{
    const QString& shown = info.fileName;
    if (info.siteCode == db.siteCode())
        return fail(QCoreApplication::translate("Exchange",
                                                "%1 is this center's own export (site %2); it cannot be imported here.")
                        .arg(shown, info.siteCode));
    const QString root = db.setting(QStringLiteral("site_division"), db.siteCode());
    bool below = false;
    QString code = info.siteDivision;
    for (int depth = 0; depth < 8 && !code.isEmpty() && !below; ++depth) {
        code = package::scalar(h, QStringLiteral("SELECT parent_code FROM main.divisions WHERE code = ?"), {code})
                   .toString();
        below = code == root;
    }
    if (!below)
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 comes from %2 (%3), which is not a township of this county (%4). It is "
                        "refused.")
                        .arg(shown, info.siteName, info.siteCode, db.setting(QStringLiteral("site_name"))));
    return {};
}

// The signature: made by a key the county registered for the package's site, not revoked, over
// this package's checksum (which ContentCheck proves against the content). Named by site and
// fingerprint, so that whoever reads the refusal can compare it with the township's "keys show".
Status checkSignature(Database& db, PackageInfo& info)
{
    const QString& shown = info.fileName;
    const QString site = QStringLiteral("%1 (%2)").arg(info.siteName, info.siteCode);
    const QByteArray key = keys::parsePublicKey(info.signerKey);
    const QByteArray signature = QByteArray::fromBase64(info.signature.toLatin1());
    if (info.signature.isEmpty() || key.isEmpty())
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is not signed (it was written by a OneWindow without signatures, or "
                        "its signature was removed). It is refused; ask the township to update OneWindow and export "
                        "again.")
                        .arg(shown, site));
    info.signerFingerprint = keys::fingerprintOf(key);
    const QString fp = keys::groupedFingerprint(info.signerFingerprint);
    auto reg = keys::findRegistered(db, info.signerFingerprint);
    if (!reg)
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 says it comes from %2 and is signed with the key %3, which is not registered "
                        "here. It is refused. If the township confirms this fingerprint (its \"keys show\"), register "
                        "it under Administration → Township keys… or with \"onewindow-cli keys add %4 KEY\", then "
                        "import again.")
                        .arg(shown, site, fp, info.siteCode));
    if (reg->siteCode != info.siteCode)
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 says it comes from %2, but its key %3 is registered to site %4 %5. It is "
                        "refused: one township cannot send another's data.")
                        .arg(shown, site, fp, reg->siteCode, reg->siteName));
    if (!reg->revokedAt.isEmpty())
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is signed with the key %3, which was revoked here on %4. It is "
                        "refused; ask the township to export again with its new key.")
                        .arg(shown, site, fp, reg->revokedAt.left(10)));
    if (!keys::verify(key, package::signedMessage(info.checksum), signature))
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The signature of the package %1 from %2 (key %3) does not match its content: it was changed "
                        "after it was signed. It is refused; ask the township for a new export.")
                        .arg(shown, site, fp));
    return {};
}

// SQLite's affinity of a declared type (https://sqlite.org/datatype3.html, 3.1), as a typeof() test
// of what a value of that column may be.
QString typeCondition(const QString& column, const QString& declared)
{
    const QString t = declared.toUpper();
    const QString c = QStringLiteral("p.") + ident(column);
    if (t.contains(QLatin1String("INT")))
        return QStringLiteral("typeof(%1) NOT IN ('integer', 'null')").arg(c);
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) || t.contains(QLatin1String("TEXT")))
        return QStringLiteral("typeof(%1) NOT IN ('text', 'null')").arg(c);
    if (t.contains(QLatin1String("BLOB")))
        return QStringLiteral("typeof(%1) NOT IN ('blob', 'null')").arg(c);
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return QStringLiteral("typeof(%1) NOT IN ('real', 'integer', 'null')").arg(c);
    return {};
}

// Every row as intake and the ledger would take it (docs/package-format.md, "Rows"): written by the
// signer's site or one of its own sub-sites (a code that extends its division code), never carrying
// this county's code; every value of its column's type, identity columns well formed (row_version a
// whole number of at least 1, times ISO-8601 text); every reference to another exchanged row inside
// the package (so a row cannot hang on another township's case); attachments of an accepted kind
// by their first bytes and within the size limit. CHECKs and foreign keys into the reference data
// (vocabulary codes) are the database's own, enforced by the merge.
Status validateRows(Database& db, sqlite3* h, const Verified& v)
{
    const PackageInfo& info = v.info;
    const QString& shown = info.fileName;
    const QString site = QStringLiteral("%1 (%2)").arg(info.siteName, info.siteCode);
    const QString stamp = QStringLiteral("'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'");
    QSet<QString> exchanged;
    for (const package::ExchangeTable& t : v.local)
        exchanged.insert(t.name);
    for (const package::ExchangeTable& t : v.local) {
        const QStringList& cols = v.columns[t.name];
        const QString siteCond = QStringLiteral(
            "(p.site_code IS NOT ?1 AND NOT (typeof(p.site_code) = 'text' AND length(p.site_code) > length(?2) AND "
            "substr(p.site_code, 1, length(?2)) = ?2))");
        QStringList whens, conds;
        auto add = [&](const QString& cond, const QString& what) {
            conds << cond;
            whens << QStringLiteral("WHEN %1 THEN %2").arg(cond, what);
        };
        add(QStringLiteral("typeof(p.row_version) <> 'integer' OR p.row_version < 1"), QStringLiteral("'row_version'"));
        add(QStringLiteral("typeof(p.updated_at) <> 'text' OR p.updated_at NOT GLOB %1").arg(stamp),
            QStringLiteral("'updated_at'"));
        add(QStringLiteral("typeof(p.created_at) <> 'text' OR p.created_at NOT GLOB %1").arg(stamp),
            QStringLiteral("'created_at'"));
        add(QStringLiteral("typeof(p.id) <> 'text'"), QStringLiteral("'id'"));
        for (const package::ColumnInfo& c : t.columns)
            if (cols.contains(c.name))
                if (const QString cond = typeCondition(c.name, c.type); !cond.isEmpty())
                    add(cond, QStringLiteral("'%1'").arg(c.name));
        for (const package::ForeignKey& k : t.foreignKeys) {
            if (!exchanged.contains(k.parent) || !cols.contains(k.column))
                continue;
            // A reference within one table (a case merged into another) may point at an unchanged row an
            // incremental export leaves out: then at one the county already has from this same site.
            const QString here = k.parent == t.name ? QStringLiteral(" AND p.%1 NOT IN (SELECT %2 FROM main.%3 WHERE "
                                                                     "site_code = ?1)")
                                                          .arg(ident(k.column), ident(k.parentColumn), ident(k.parent))
                                                    : QString();
            add(QStringLiteral("p.%1 IS NOT NULL AND p.%1 NOT IN (SELECT %2 FROM pkg.%3)%4")
                    .arg(ident(k.column), ident(k.parentColumn), ident(k.parent), here),
                QStringLiteral("'->%1'").arg(k.column));
        }
        Statement st(h, QStringLiteral("SELECT p.id, p.site_code, CASE WHEN %1 THEN '' %2 END, substr(quote(%4), 1, "
                                       "60) FROM pkg.%3 p WHERE %1 OR %5 LIMIT 1")
                            .arg(siteCond, whens.join(QLatin1Char(' ')), ident(t.name), QStringLiteral("NULL"),
                                 conds.join(QStringLiteral(" OR "))));
        st.bind(1, info.siteCode).bind(2, info.siteDivision);
        if (!st.next()) {
            if (!st.error().isEmpty())
                return fail(QCoreApplication::translate("Exchange", "The package %1 cannot be read: %2")
                                .arg(shown, st.error()));
            continue;
        }
        const QString id = st.text(0), rowSite = st.text(1), what = st.text(2);
        if (what.isEmpty()) {
            if (rowSite == db.siteCode())
                return fail(QCoreApplication::translate(
                                "Exchange",
                                "The package %1 from %2 is refused: row %3 of table %4 carries this county's own "
                                "site code %5. A township sends only its own records.")
                                .arg(shown, site, id, t.name, rowSite));
            return fail(QCoreApplication::translate(
                            "Exchange",
                            "The package %1 from %2 is refused: row %3 of table %4 was written by site %5, not by "
                            "%6 or one of its villages. A township sends only its own records.")
                            .arg(shown, site, id, t.name, rowSite, info.siteCode));
        }
        if (what.startsWith(QLatin1String("->")))
            return fail(QCoreApplication::translate(
                            "Exchange",
                            "The package %1 from %2 is refused: row %3 of table %4 refers (%5) to a record that is not "
                            "in the package. A township's rows refer only to its own records, which travel with them.")
                            .arg(shown, site, id, t.name, what.mid(2)));
        const QString value = package::scalar(h,
                                              QStringLiteral("SELECT substr(quote(%1), 1, 40) FROM pkg.%2 WHERE id = ?")
                                                  .arg(ident(what), ident(t.name)),
                                              {id})
                                  .toString();
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: row %3 of table %4 has %5 = %6, which is not a value "
                        "this column holds (row_version is a whole number of at least 1, times are ISO-8601 text).")
                        .arg(shown, site, id, t.name, what, value));
    }
    if (exchanged.contains(QStringLiteral("attachments"))) {
        const qint64 max = AttachmentService(db).maxBytes();
        Statement st(
            h, QStringLiteral("SELECT id, file_name, mime, length(data) FROM pkg.attachments p WHERE typeof(data) <> "
                              "'blob' OR length(data) > ?1 OR NOT ((mime = 'application/pdf' AND substr(data, 1, 5) = "
                              "X'255044462D') OR (mime = 'image/jpeg' AND substr(data, 1, 3) = X'FFD8FF') OR (mime = "
                              "'image/png' AND substr(data, 1, 8) = X'89504E470D0A1A0A')) LIMIT 1"));
        st.bind(1, max);
        if (st.next()) {
            if (st.integer(3) > max)
                return fail(
                    QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: the attachment %3 (%4) is %5 MB, more than the %6 MB "
                        "an attachment may have.")
                        .arg(shown, site, st.text(1), st.text(0))
                        .arg(double(st.integer(3)) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(max) / (1024 * 1024), 0, 'f', 0));
            return fail(
                QCoreApplication::translate(
                    "Exchange",
                    "The package %1 from %2 is refused: the attachment %3 (%4) is not a PDF, JPEG or PNG file by "
                    "its content, whatever its name says (%5).")
                    .arg(shown, site, st.text(1), st.text(0), st.text(2)));
        }
        if (!st.error().isEmpty())
            return fail(
                QCoreApplication::translate("Exchange", "The package %1 cannot be read: %2").arg(shown, st.error()));
    }
    return {};
}

} // namespace

TableMerge ImportPlan::total() const
{
    TableMerge t;
    for (const TableMerge& m : tables) {
        t.incoming += m.incoming;
        t.added += m.added;
        t.updated += m.updated;
        t.unchanged += m.unchanged;
        t.conflicting += m.conflicting;
        t.knownConflicts += m.knownConflicts;
        t.deleted += m.deleted;
    }
    return t;
}

bool ImportPlan::nothingToDo() const
{
    const TableMerge t = total();
    return siteRegistered && t.added == 0 && t.updated == 0 && t.deleted == 0 && t.conflicting == t.knownConflicts;
}

PackageImporter::PackageImporter(Database& db)
    : m_db(db)
{}

Result<ImportPlan> PackageImporter::preview(const QString& packagePath) const
{
    return run(packagePath, nullptr);
}

Result<ImportPlan> PackageImporter::import(const QString& packagePath, const QString& actor) const
{
    return run(packagePath, &actor);
}

Result<ImportPlan> PackageImporter::run(const QString& packagePath, const QString* actor) const
{
    const QString shown = QFileInfo(packagePath).fileName();
    if (Status own = ownfiles::refuseDatabaseFile(packagePath); !own)
        return fail(own.error());
    if (!QFileInfo(packagePath).isFile())
        return fail(QCoreApplication::translate("Exchange", "The package file %1 does not exist.").arg(packagePath));
    // Size and header first, on the original: nothing is copied of a file that cannot be a package.
    const qint64 size = QFileInfo(packagePath).size();
    if (size > kMaxPackageBytes)
        return fail(QCoreApplication::translate("Exchange", "The package %1 is %2 MB, more than the %3 MB a package "
                                                            "may have. It was not copied or read; ask the township "
                                                            "to send a package since the last export instead.")
                        .arg(shown)
                        .arg(size / (1024 * 1024))
                        .arg(kMaxPackageBytes / (1024 * 1024)));
    if (Status s = checkHeader(packagePath, shown); !s)
        return fail(s.error());
    const QString folder = QFileInfo(m_db.path()).absolutePath();
    if (const QStorageInfo disk(folder); disk.isValid() && disk.bytesAvailable() >= 0 && size > disk.bytesAvailable())
        return fail(QCoreApplication::translate("Exchange", "The package %1 is %2 MB, but the disk of the database "
                                                            "has only %3 MB free. Nothing was copied; free some space "
                                                            "first.")
                        .arg(shown)
                        .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                        .arg(disk.bytesAvailable() / (1024 * 1024)));
    // A private copy: the checks and the merge read the same bytes even if the original on a USB
    // stick changes meanwhile, and nothing is ever written next to the original.
    PackageCopy packageCopy(m_db.path());
    const QString& copy = packageCopy.path();
    if (Status s = packageCopy.copyFrom(packagePath); !s)
        return fail(
            QCoreApplication::translate("Exchange", "Cannot copy the package %1: %2").arg(packagePath, s.error()));
    if (Status s = checkHeader(copy, shown); !s)
        return fail(s.error());
    ContentCheck content(copy, shown);
    sqlite3* h = m_db.handle();
    bulk::PageCache cache(h, QStringLiteral("main"));
    AttachGuard attached(h);
    if (Status s = attached.attach(copy); !s)
        return fail(
            content.overrule(QCoreApplication::translate("Exchange", "%1 is not a OneWindow package or is damaged: %2")
                                 .arg(shown, s.error()),
                             true));
    bulk::PageCache packageCache(h, QStringLiteral("pkg"), 64 * 1024);
    // The private copy never changes while attached: reading it through a memory map saves copying
    // each page through read() on every pass (verification, classification, merge).
    exec(h, QStringLiteral("PRAGMA pkg.mmap_size = %1").arg(QFileInfo(copy).size())).ok();
    auto verified = verify(h, packagePath);
    if (!verified)
        return fail(content.overrule(verified.error(), true));
    // Any later refusal: the content's own reason first, should it have one.
    auto refuse = [&content](const QString& error) { return fail(content.overrule(error, false)); };
    if (Status s = checkSite(m_db, h, verified->info); !s)
        return refuse(s.error());
    if (Status s = checkSignature(m_db, verified->info); !s)
        return fail(content.overrule(s.error(), true));
    if (Status s = checkAuditChain(m_db, verified->info); !s)
        return refuse(s.error());
    if (Status s = validateRows(m_db, h, *verified); !s)
        return refuse(s.error());
    ImportPlan plan;
    plan.package = verified->info;
    plan.siteRegistered =
        package::scalar(h, QStringLiteral("SELECT count(*) FROM main.sites WHERE code = ?"), {plan.package.siteCode})
            .toInt() > 0;
    plan.previouslyImportedAt =
        package::scalar(h, QStringLiteral("SELECT max(imported_at) FROM main.import_log WHERE checksum = ?"),
                        {plan.package.checksum})
            .toString();

    // Only now, with the manifest, the tables and the site checked, may a write transaction begin. The
    // content checks may still be running: should they refuse the package, it rolls back. Until then no
    // page goes to the WAL (SQLite spills a full cache there), so the file stays as it was either way.
    std::optional<WriteTransaction> tx;
    std::optional<bulk::NoSpill> noSpill;
    if (actor) {
        // A checked backup of the database as it was, before anything is merged into it.
        if (auto saved = backup::makeBackup(m_db, backup::Kind::BeforeImport); !saved)
            return refuse(QCoreApplication::translate("Exchange", "The package was not imported: the backup before "
                                                                  "the import failed. %1")
                              .arg(saved.error()));
        noSpill.emplace(h);
        tx.emplace(m_db);
        if (!tx->active())
            return fail(tx->error());
    }

    // Classification, once per import: every incoming row that is also here gets its kind in a temporary
    // table (the preview counts, the merge steps and the conflict list all read it); a row that is not
    // here is new. Computed for all tables before anything changes, so each row is compared with the
    // database as it was.
    KindTable kinds(h);
    if (Status s = kinds.create(); !s)
        return refuse(s.error());
    QList<QHash<int, qint64>> kindCounts;
    for (int ti = 0; ti < verified->local.size(); ++ti) {
        const package::ExchangeTable& t = verified->local[ti];
        const QStringList& cols = verified->columns[t.name];
        TableMerge tm;
        tm.table = t.name;
        for (const auto& [name, rows] : plan.package.rowCounts)
            if (name == t.name)
                tm.incoming = rows;
        // pkg drives the loop (CROSS JOIN): a small package never scans a large county table.
        if (Status s = exec(h, QStringLiteral("INSERT INTO temp.exchange_kind(tbl, id, kind) SELECT %1, p.id, %2 "
                                              "FROM pkg.%3 p CROSS JOIN main.%3 m LEFT JOIN main.exchange_base b ON "
                                              "b.row_id = p.id WHERE m.id = p.id")
                                   .arg(ti)
                                   .arg(kindExpr(cols), ident(t.name)));
            !s)
            return refuse(QCoreApplication::translate("Exchange", "Cannot compare the package with this database: %1")
                              .arg(s.error()));
        QHash<int, qint64> counts;
        {
            Statement st(
                h,
                QStringLiteral("SELECT kind, count(*) FROM temp.exchange_kind WHERE tbl = %1 GROUP BY kind").arg(ti));
            while (st.next())
                counts.insert(int(st.integer(0)), st.integer(1));
            if (!st.error().isEmpty())
                return refuse(st.error());
        }
        if (counts.contains(KindForeign)) {
            Statement st(h,
                         QStringLiteral("SELECT x.id, m.site_code FROM temp.exchange_kind x JOIN main.%1 m ON m.id = "
                                        "x.id WHERE x.tbl = %2 AND x.kind = %3 LIMIT 1")
                             .arg(ident(t.name))
                             .arg(ti)
                             .arg(int(KindForeign)));
            st.next();
            return refuse(
                QCoreApplication::translate("Exchange",
                                            "The package %1 from %2 (%3) is refused: row %4 of table %5 is a record of "
                                            "site %6 here. A package may not overwrite another site's records.")
                    .arg(shown, plan.package.siteName, plan.package.siteCode, st.text(0), t.name, st.text(1)));
        }
        kindCounts << counts;
        qint64 present = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            present += it.value();
            switch (it.key()) {
            case KindUpdate:
                tm.updated += it.value();
                break;
            case KindConflict:
                tm.conflicting += it.value();
                break;
            case KindKnownConflict:
                tm.conflicting += it.value();
                tm.knownConflicts += it.value();
                break;
            default:
                tm.unchanged += it.value();
                break;
            }
        }
        tm.added = tm.incoming - present;
        if (propagatesDeletions(plan.package, t)) {
            tm.deleted =
                package::scalar(h, QStringLiteral("SELECT count(*) FROM %1").arg(deletedRows(t.name))).toLongLong();
        }
        plan.tables << tm;

        if (tm.conflicting > 0) {
            const QString caseNo = t.name == QLatin1String("cases")
                                       ? QStringLiteral("m.case_no")
                                       : (t.hasColumn(QStringLiteral("case_id"))
                                              ? QStringLiteral("(SELECT case_no FROM main.cases WHERE id = m.case_id)")
                                              : QStringLiteral("NULL"));
            Statement c(h, QStringLiteral("SELECT x.kind, p.id, %1, m.row_version, m.updated_at, p.row_version, "
                                          "p.updated_at FROM temp.exchange_kind x JOIN pkg.%2 p ON p.id = x.id JOIN "
                                          "main.%2 m ON m.id = x.id WHERE x.tbl = %3 AND x.kind IN (%4, %5) ORDER BY "
                                          "x.id")
                               .arg(caseNo, ident(t.name))
                               .arg(ti)
                               .arg(int(KindConflict))
                               .arg(int(KindKnownConflict)));
            while (c.next()) {
                ++plan.totalConflicts;
                if (plan.conflicts.size() < conflictListLimit)
                    plan.conflicts << ConflictInfo{
                        t.name,    c.text(1),    c.text(2), c.integer(3),
                        c.text(4), c.integer(5), c.text(6), c.integer(0) == KindKnownConflict};
            }
            if (!c.error().isEmpty())
                return refuse(c.error());
        }
    }
    if (!actor || plan.nothingToDo()) {
        if (const QString why = content.refusal(); !why.isEmpty())
            return fail(why);
        return plan; // the transaction (if any) rolls back having written nothing
    }

    const QString now = utcNow();
    plan.importId = newUuid();
    QJsonObject counts;
    for (const TableMerge& tm : plan.tables)
        counts.insert(tm.table, QJsonObject{{QStringLiteral("new"), tm.added},
                                            {QStringLiteral("updated"), tm.updated},
                                            {QStringLiteral("unchanged"), tm.unchanged},
                                            {QStringLiteral("conflicting"), tm.conflicting},
                                            {QStringLiteral("deleted"), tm.deleted}});
    auto failed = [&](const QString& table, const QString& why) {
        return refuse(QCoreApplication::translate(
                          "Exchange",
                          "The package %1 was refused, nothing was imported: a row of table %2 breaks a rule of this "
                          "database (%3).")
                          .arg(shown, table, why));
    };
    if (!plan.siteRegistered) {
        Statement st(h, QStringLiteral("INSERT INTO main.sites(id, code, name, level, division_code, is_self, "
                                       "site_code, created_at, updated_at) VALUES(?,?,?,?,?,0,?,?,?)"));
        st.bind(1, newUuid()).bind(2, plan.package.siteCode).bind(3, plan.package.siteName);
        st.bind(4, plan.package.siteLevel).bind(5, plan.package.siteDivision).bind(6, m_db.siteCode());
        st.bind(7, now).bind(8, now);
        if (Status s = st.run(); !s)
            return failed(QStringLiteral("sites"), s.error());
    }
    {
        Statement st(h, QStringLiteral("INSERT INTO main.import_log(id, package_id, file_name, checksum, "
                                       "source_site_code, package_created_at, counts, actor, imported_at) "
                                       "VALUES(?,?,?,?,?,?,?,?,?)"));
        st.bind(1, plan.importId).bind(2, plan.package.packageId).bind(3, plan.package.fileName);
        st.bind(4, plan.package.checksum).bind(5, plan.package.siteCode).bind(6, plan.package.createdAt);
        st.bind(7, QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
        st.bind(8, *actor).bind(9, now);
        if (Status s = st.run(); !s)
            return failed(QStringLiteral("import_log"), s.error());
    }

    qint64 added = 0;
    for (const TableMerge& tm : plan.tables)
        added += tm.added;
    const bool bulkLoad =
        added >= 5000 && added > package::scalar(h, QStringLiteral("SELECT count(*) FROM main.cases")).toLongLong();
    // A package larger than what is here (a county's first import of a township): every table it
    // fills gets its secondary indexes built once at the end.
    QStringList filled;
    for (int ti = 0; ti < verified->local.size(); ++ti)
        if (plan.tables[ti].added > 0)
            filled << verified->local[ti].name;
    const QByteArrayList indexes = bulkLoad ? bulk::dropSecondaryIndexes(h, filled) : QByteArrayList();
    const QByteArrayList triggers = bulk::dropSearchQueueTriggers(h);
    // Rows of table `ti` that are not here (not classified): the new ones.
    auto isNew = [&](int ti) {
        const qint64 present = plan.tables[ti].incoming - plan.tables[ti].added;
        return present == 0 ? QStringLiteral("1")
                            : QStringLiteral("NOT EXISTS (SELECT 1 FROM temp.exchange_kind x WHERE x.tbl = %1 AND "
                                             "x.id = p.id)")
                                  .arg(ti);
    };
    const QString upsertBase = QStringLiteral(
        " ON CONFLICT(row_id) DO UPDATE SET row_version = excluded.row_version, updated_at = excluded.updated_at "
        "WHERE row_version IS NOT excluded.row_version OR updated_at IS NOT excluded.updated_at");
    for (int ti = 0; ti < verified->local.size(); ++ti) {
        const package::ExchangeTable& t = verified->local[ti];
        const TableMerge& tm = plan.tables[ti];
        const QStringList& cols = verified->columns[t.name];
        QStringList quoted, prefixed, sets;
        for (const QString& c : cols) {
            quoted << ident(c);
            prefixed << QStringLiteral("p.") + ident(c);
            if (c != QLatin1String("id"))
                sets << QStringLiteral("%1 = p.%1").arg(ident(c));
        }
        const QString table = ident(t.name);
        QStringList steps;
        if (tm.updated > 0)
            steps << QStringLiteral("UPDATE main.%1 SET %2 FROM pkg.%1 AS p WHERE %1.id = p.id AND p.id IN (SELECT id "
                                    "FROM temp.exchange_kind WHERE tbl = %3 AND kind = %4)")
                         .arg(table, sets.join(QStringLiteral(", ")))
                         .arg(ti)
                         .arg(int(KindUpdate));
        // The exchange base follows every row that now equals the township's version: with the base
        // triggers, no base row (the trigger wrote one for each row just updated); without, a base row
        // as the township's. Rows that can never change need none: identical at both ends or conflicting.
        const bool base = !t.appendOnly;
        const bool written = base && !t.baseOnEdit;
        if (base && t.baseOnEdit && (tm.updated > 0 || kindCounts[ti].value(KindSame) > 0))
            steps << QStringLiteral("DELETE FROM main.exchange_base WHERE row_id IN (SELECT id FROM temp.exchange_kind "
                                    "WHERE tbl = %1 AND kind IN (%2, %3))")
                         .arg(ti)
                         .arg(int(KindUpdate))
                         .arg(int(KindSame));
        if (written && (tm.updated > 0 || kindCounts[ti].value(KindSame) > 0))
            steps << QStringLiteral("INSERT INTO main.exchange_base(row_id, row_version, updated_at) SELECT p.id, "
                                    "p.row_version, p.updated_at FROM temp.exchange_kind x JOIN pkg.%1 p ON p.id = "
                                    "x.id WHERE x.tbl = %2 AND x.kind IN (%3, %4) ORDER BY x.id")
                             .arg(table)
                             .arg(ti)
                             .arg(int(KindUpdate))
                             .arg(int(KindSame)) +
                         upsertBase;
        if (tm.added > 0) {
            if (written)
                steps << QStringLiteral("INSERT INTO main.exchange_base(row_id, row_version, updated_at) SELECT p.id, "
                                        "p.row_version, p.updated_at FROM pkg.%1 p WHERE %2 ORDER BY p.id")
                                 .arg(table, isNew(ti)) +
                             upsertBase;
            // In id order: the id index (and a fresh database's whole table) grows at its end.
            steps << QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM pkg.%1 p WHERE %4 ORDER BY p.id")
                         .arg(table, quoted.join(QLatin1Char(',')), prefixed.join(QLatin1Char(',')), isNew(ti));
        }
        if (tm.deleted > 0) {
            // Rows deleted at the township: listed first, then removed with their exchange base.
            if (Status s = exec(h, QStringLiteral("DROP TABLE IF EXISTS temp.exchange_gone; CREATE TEMP TABLE "
                                                  "exchange_gone AS SELECT m.id FROM %1")
                                       .arg(deletedRows(t.name)));
                !s)
                return failed(t.name, s.error());
            steps << QStringLiteral("DELETE FROM main.%1 WHERE id IN (SELECT id FROM temp.exchange_gone)").arg(table);
            if (!t.baseOnEdit) // else a trigger deletes it with the row
                steps << QStringLiteral(
                    "DELETE FROM main.exchange_base WHERE row_id IN (SELECT id FROM temp.exchange_gone)");
        }
        for (const QString& sql : steps)
            if (Status s = exec(h, sql); !s)
                return failed(t.name, s.error());
        if (tm.deleted > 0)
            exec(h, QStringLiteral("DROP TABLE IF EXISTS temp.exchange_gone")).ok();

        // Conflicts: ours stays in the table, both versions go to the conflicts table.
        if (tm.conflicting == tm.knownConflicts)
            continue;
        QStringList ids;
        {
            Statement st(h, QStringLiteral("SELECT id FROM temp.exchange_kind WHERE tbl = %1 AND kind = %2 ORDER BY id")
                                .arg(ti)
                                .arg(int(KindConflict)));
            while (st.next())
                ids << st.text(0);
        }
        for (const QString& id : ids) {
            const QJsonObject local = rowObject(h, QStringLiteral("main"), t.name, id);
            const QJsonObject incoming = rowObject(h, QStringLiteral("pkg"), t.name, id);
            Statement st(h, QStringLiteral("INSERT INTO main.conflicts(id, import_id, table_name, row_id, "
                                           "source_site_code, local_row, incoming_row, incoming_row_version, "
                                           "incoming_updated_at, detected_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
            st.bind(1, newUuid()).bind(2, plan.importId).bind(3, t.name).bind(4, id).bind(5, plan.package.siteCode);
            st.bind(6, QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact)));
            st.bind(7, QString::fromUtf8(QJsonDocument(incoming).toJson(QJsonDocument::Compact)));
            st.bind(8, incoming.value(QStringLiteral("row_version")).toInteger());
            st.bind(9, incoming.value(QStringLiteral("updated_at")).toString()).bind(10, now);
            if (Status s = st.run(); !s)
                return failed(QStringLiteral("conflicts"), s.error());
        }
    }
    if (!triggers.isEmpty()) {
        // What the dropped insert triggers would have queued for the search index: the new cases and the
        // cases of the new parties (updated rows went through the update triggers, which stay).
        QStringList queued;
        for (int ti = 0; ti < verified->local.size(); ++ti) {
            const QString& name = verified->local[ti].name;
            if (plan.tables[ti].added == 0)
                continue;
            if (name == QLatin1String("cases"))
                queued << QStringLiteral("SELECT p.id FROM pkg.cases p WHERE %1 ORDER BY p.id").arg(isNew(ti));
            else if (name == QLatin1String("parties"))
                queued << QStringLiteral("SELECT p.case_id FROM pkg.parties p WHERE %1").arg(isNew(ti));
        }
        // One statement each, the cases first and in key order: the parties' cases are then mostly
        // queued already (100,000 cases: 0.20 s; one UNION sorting all 300,000 ids took 0.27 s).
        for (const QString& select : std::as_const(queued))
            if (Status s = exec(h, QStringLiteral("INSERT OR IGNORE INTO main.search_pending(case_id) ") + select); !s)
                return refuse(s.error());
    }
    if (Status s = bulk::recreate(h, triggers + indexes); !s)
        return refuse(s.error());
    if (const QString why = content.refusal(); !why.isEmpty())
        return fail(why);
    const TableMerge total = plan.total();
    if (Status s = storeAuditHead(m_db, plan.package); !s)
        return refuse(s.error());
    if (Status s =
            appendAudit(m_db, *actor, QStringLiteral("import_package"), QStringLiteral("site"), plan.package.siteCode,
                        QStringLiteral("%1 new %2 updated %3 conflicting %4 deleted %6 checksum %5")
                            .arg(plan.package.fileName)
                            .arg(total.added)
                            .arg(total.updated)
                            .arg(total.conflicting)
                            .arg(plan.package.checksum)
                            .arg(total.deleted));
        !s)
        return refuse(s.error());
    if (Status s = tx->commit(); !s)
        return refuse(s.error());
    plan.committed = true;
    return plan;
}

} // namespace ow
