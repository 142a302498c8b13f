// The checks a consolidation package passes before anything of it is merged (package_checks.h).
#include "exchange/package_checks.h"

#include "mediation/attachments.h"
#include "security/signing_keys.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <sqlite3.h>

namespace ow::importcheck {
namespace {

using package::exec;
using package::ident;
using package::Statement;

quint32 bigEndian(const QByteArray& b, int offset, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(b[offset + i]);
    return v;
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

} // namespace

PackageCopy::PackageCopy(const QString& databasePath)
    : m_path(files::temporaryPathBeside(databasePath, QStringLiteral(".owpkg")))
{}

PackageCopy::~PackageCopy()
{
    QFile::remove(m_path);
}

Status PackageCopy::copyFrom(const QString& original)
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

AttachGuard::AttachGuard(sqlite3* db)
    : m_db(db)
{}

AttachGuard::~AttachGuard()
{
    if (m_attached)
        exec(m_db, QStringLiteral("DETACH DATABASE pkg")).ok();
}

Status AttachGuard::attach(const QString& path)
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

ContentCheck::ContentCheck(const QString& copy, const QString& shown)
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

ContentCheck::~ContentCheck()
{
    if (m_thread.joinable()) {
        sqlite3_interrupt(m_db); // the package is refused already: stop reading it
        m_thread.join();
    }
    sqlite3_close(m_db);
}

QString ContentCheck::refusal()
{
    wait();
    return m_verdict == Sound ? QString() : m_why;
}

QString ContentCheck::overrule(const QString& error, bool beforeChecksum)
{
    wait();
    if (m_verdict == Damaged || (m_verdict == Changed && !beforeChecksum))
        return m_why;
    return error;
}

void ContentCheck::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ContentCheck::run()
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

namespace {

// The manifest's keys and values.
Result<QHash<QString, QString>> readManifest(sqlite3* h, const QString& shown)
{
    if (package::scalar(h, QStringLiteral("SELECT count(*) FROM pkg.sqlite_master WHERE type = 'table' AND name = "
                                          "'manifest'"))
            .toInt() != 1)
        return fail(
            QCoreApplication::translate("Exchange", "%1 is not a OneWindow package: it has no manifest.").arg(shown));
    QHash<QString, QString> manifest;
    Statement st(h, QStringLiteral("SELECT key, value FROM pkg.manifest"));
    while (st.next())
        manifest.insert(st.text(0), st.text(1));
    if (!st.error().isEmpty())
        return fail(
            QCoreApplication::translate("Exchange", "The manifest of %1 cannot be read: %2").arg(shown, st.error()));
    return manifest;
}

// What the manifest says: format and schema versions this program reads, the site, the range, the
// tables, the audit chain and the claimed checksum.
Status readInfo(const QHash<QString, QString>& manifest, PackageInfo& info)
{
    const QString& shown = info.fileName;
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

    // As the manifest claims it: ContentCheck proves it (or the package is refused).
    info.checksum = m("checksum");
    return {};
}

// Tables: exactly those the manifest lists, each one this program knows, no unknown column.
Status matchTables(sqlite3* h, Verified& v)
{
    const PackageInfo& info = v.info;
    const QString& shown = info.fileName;
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

    return {};
}

// Each table holds the rows the manifest counts.
Status countRows(sqlite3* h, const QHash<QString, QString>& manifest, PackageInfo& info)
{
    const QString& shown = info.fileName;
    bool ok = false;
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
    return {};
}

} // namespace

Result<Verified> verify(sqlite3* h, const QString& originalPath)
{
    Verified v;
    v.info.path = originalPath;
    v.info.fileName = QFileInfo(originalPath).fileName();
    auto manifest = readManifest(h, v.info.fileName);
    if (!manifest)
        return fail(manifest.error());
    if (Status s = readInfo(*manifest, v.info); !s)
        return fail(s.error());
    if (Status s = matchTables(h, v); !s)
        return fail(s.error());
    if (Status s = countRows(h, *manifest, v.info); !s)
        return fail(s.error());
    return v;
}

// The site of a package: not ourselves, and a division below this county's own.
Status checkSite(Database& db, const PackageInfo& info)
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
        QSqlQuery q(db.sql()); // through Qt's connection: on either store
        q.prepare(QStringLiteral("SELECT parent_code FROM divisions WHERE code = ?"));
        q.addBindValue(code);
        code = q.exec() && q.next() ? q.value(0).toString() : QString();
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

namespace {

// The first row of table `t` that breaks a rule: SELECT id, site_code, the rule (empty: the site; a
// column; "->column" for a reference) and a glimpse of the value; ?1 the signer's site, ?2 its division.
QString problemQuery(const package::ExchangeTable& t, const QStringList& cols, const QSet<QString>& exchanged)
{
    const QString stamp = QStringLiteral("'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*'");
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
    return QStringLiteral("SELECT p.id, p.site_code, CASE WHEN %1 THEN '' %2 END, substr(quote(%4), 1, "
                          "60) FROM pkg.%3 p WHERE %1 OR %5 LIMIT 1")
        .arg(siteCond, whens.join(QLatin1Char(' ')), ident(t.name), QStringLiteral("NULL"),
             conds.join(QStringLiteral(" OR ")));
}

// Why the package is refused for row `id` of `table` (what problemQuery found).
Status refuseRow(Database& db, sqlite3* h, const PackageInfo& info, const QString& table, const QString& id,
                 const QString& rowSite, const QString& what)
{
    const QString& shown = info.fileName;
    const QString site = QStringLiteral("%1 (%2)").arg(info.siteName, info.siteCode);
    if (what.isEmpty()) {
        if (rowSite == db.siteCode())
            return fail(QCoreApplication::translate(
                            "Exchange",
                            "The package %1 from %2 is refused: row %3 of table %4 carries this county's own "
                            "site code %5. A township sends only its own records.")
                            .arg(shown, site, id, table, rowSite));
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: row %3 of table %4 was written by site %5, not by "
                        "%6 or one of its villages. A township sends only its own records.")
                        .arg(shown, site, id, table, rowSite, info.siteCode));
    }
    if (what.startsWith(QLatin1String("->")))
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: row %3 of table %4 refers (%5) to a record that is not "
                        "in the package. A township's rows refer only to its own records, which travel with them.")
                        .arg(shown, site, id, table, what.mid(2)));
    const QString value =
        package::scalar(
            h,
            QStringLiteral("SELECT substr(quote(%1), 1, 40) FROM pkg.%2 WHERE id = ?").arg(ident(what), ident(table)),
            {id})
            .toString();
    return fail(QCoreApplication::translate(
                    "Exchange",
                    "The package %1 from %2 is refused: row %3 of table %4 has %5 = %6, which is not a value "
                    "this column holds (row_version is a whole number of at least 1, times are ISO-8601 text).")
                    .arg(shown, site, id, table, what, value));
}

// Attachments: of an accepted kind by their first bytes, and within the size limit.
Status validateAttachments(Database& db, sqlite3* h, const PackageInfo& info)
{
    const QString& shown = info.fileName;
    const QString site = QStringLiteral("%1 (%2)").arg(info.siteName, info.siteCode);
    const qint64 max = AttachmentService(db).maxBytes();
    Statement st(
        h, QStringLiteral("SELECT id, file_name, mime, length(data) FROM pkg.attachments p WHERE typeof(data) <> "
                          "'blob' OR length(data) > ?1 OR NOT ((mime = 'application/pdf' AND substr(data, 1, 5) = "
                          "X'255044462D') OR (mime = 'image/jpeg' AND substr(data, 1, 3) = X'FFD8FF') OR (mime = "
                          "'image/png' AND substr(data, 1, 8) = X'89504E470D0A1A0A')) LIMIT 1"));
    st.bind(1, max);
    if (st.next()) {
        if (st.integer(3) > max)
            return fail(QCoreApplication::translate(
                            "Exchange",
                            "The package %1 from %2 is refused: the attachment %3 (%4) is %5 MB, more than the %6 MB "
                            "an attachment may have.")
                            .arg(shown, site, st.text(1), st.text(0))
                            .arg(double(st.integer(3)) / (1024 * 1024), 0, 'f', 1)
                            .arg(double(max) / (1024 * 1024), 0, 'f', 0));
        return fail(QCoreApplication::translate(
                        "Exchange",
                        "The package %1 from %2 is refused: the attachment %3 (%4) is not a PDF, JPEG or PNG file by "
                        "its content, whatever its name says (%5).")
                        .arg(shown, site, st.text(1), st.text(0), st.text(2)));
    }
    if (!st.error().isEmpty())
        return fail(
            QCoreApplication::translate("Exchange", "The package %1 cannot be read: %2").arg(shown, st.error()));
    return {};
}

} // namespace

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
    QSet<QString> exchanged;
    for (const package::ExchangeTable& t : v.local)
        exchanged.insert(t.name);
    for (const package::ExchangeTable& t : v.local) {
        Statement st(h, problemQuery(t, v.columns[t.name], exchanged));
        st.bind(1, info.siteCode).bind(2, info.siteDivision);
        if (st.next())
            return refuseRow(db, h, info, t.name, st.text(0), st.text(1), st.text(2));
        if (!st.error().isEmpty())
            return fail(QCoreApplication::translate("Exchange", "The package %1 cannot be read: %2")
                            .arg(info.fileName, st.error()));
    }
    if (exchanged.contains(QStringLiteral("attachments")))
        return validateAttachments(db, h, info);
    return {};
}

} // namespace ow::importcheck
