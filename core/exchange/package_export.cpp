// Writing a consolidation package: ATTACH a new SQLite file and copy rows with INSERT…SELECT.
#include "exchange/package_export.h"

#include "exchange/package_format.h"
#include "exchange/package_import_server.h"
#include "security/audit.h"
#include "security/audit_anchors.h"
#include "storage/bulk_load.h"
#include "storage/migrations.h"
#include "storage/own_files.h"
#include "storage/sql_values.h"
#include "util/private_files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <optional>

namespace ow {
namespace {

using package::exec;
using package::ident;
using package::Statement;

// How far "since the last export" reaches back before the last snapshot: a transaction that was
// still open when the snapshot was taken stamped its rows earlier but committed later. Sending a
// few rows twice is harmless (the merge is idempotent); missing one is not.
constexpr int kOverlapSeconds = 600;

// Detaches the package on every path out of exportPackage.
class Attached
{
public:
    Attached(sqlite3* db, const QString& schema)
        : m_db(db)
        , m_schema(schema)
    {}
    ~Attached()
    {
        if (m_attached) {
            exec(m_db, QStringLiteral("ROLLBACK")).ok(); // no-op unless a failure left one open
            exec(m_db, QStringLiteral("DETACH DATABASE %1").arg(ident(m_schema))).ok();
        }
    }
    Status attach(const QString& path)
    {
        Statement st(m_db, QStringLiteral("ATTACH DATABASE ? AS %1").arg(ident(m_schema)));
        st.bind(1, path);
        if (Status s = st.run(); !s)
            return s;
        m_attached = true;
        return {};
    }

private:
    sqlite3* m_db;
    QString m_schema;
    bool m_attached = false;
};

QString utcMinus(const QString& iso, int seconds)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return t.toUTC().addSecs(-seconds).toString(Qt::ISODateWithMs);
}

// The signed head of the audit log and the entries since the head of the previous package (all of them
// in a full package), so that the county can see the log it saw last continued, not cut or rewritten
// (docs/package-format.md, "Audit chain").
Result<QList<QPair<QString, QString>>> auditChainManifest(Database& db, ExportSummary& summary)
{
    auto anchor = issueAnchor(db, QStringLiteral("package"));
    if (!anchor)
        return fail(anchor.error());
    qint64 from = 0;
    if (summary.rangeKind != QLatin1String("full")) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT max(seq) FROM audit_anchors WHERE purpose = 'package' AND seq < ?"));
        q.addBindValue(anchor->seq);
        if (q.exec() && q.next())
            from = q.value(0).toLongLong();
    }
    QJsonArray chain;
    for (const ChainEntry& e : chainEntries(db, from, anchor->seq))
        chain.append(QJsonArray{e.seq, e.at, e.actor, e.action, e.entity, e.entityId, e.detail, e.hash});
    summary.auditHeadSeq = anchor->seq;
    summary.auditHeadHash = anchor->hash;
    summary.auditChainFrom = from;
    return QList<QPair<QString, QString>>{
        {QStringLiteral("audit_head_seq"), QString::number(anchor->seq)},
        {QStringLiteral("audit_head_hash"), anchor->hash},
        {QStringLiteral("audit_head_at"), anchor->at},
        {QStringLiteral("audit_head_fingerprint"), anchor->fingerprint},
        {QStringLiteral("audit_head_signature"), anchor->signature},
        {QStringLiteral("audit_chain_from"), QString::number(from)},
        {QStringLiteral("audit_chain_from_hash"), chainHashAt(db, from)},
        {QStringLiteral("audit_chain"), QString::fromUtf8(QJsonDocument(chain).toJson(QJsonDocument::Compact))},
    };
}

// `h`: the connection whose main database holds the rows to send: the center's file, or for a
// center on a server a scratch copy of its rows (importserver::Mirror::fillForExport).
Status writePackage(Database& db, sqlite3* h, const QString& partPath, const ExportOptions& options,
                    ExportSummary& summary, const QList<QPair<QString, QString>>& auditKeys)
{
    bulk::PageCache cache(h, QStringLiteral("main"));
    Attached pkg(h, QStringLiteral("pkg"));
    if (Status s = pkg.attach(partPath); !s)
        return fail(
            QCoreApplication::translate("Exchange", "Cannot create the package file %1: %2").arg(partPath, s.error()));
    files::makePrivate(partPath); // created by the ATTACH, before its first page is written
    // The package is a fresh file renamed into place only when complete: no journal needed.
    if (Status s = exec(h, QStringLiteral("PRAGMA pkg.page_size=%1; PRAGMA pkg.journal_mode=OFF; "
                                          "PRAGMA pkg.synchronous=OFF")
                               .arg(kPageSize));
        !s)
        return s;
    // A deferred transaction: a read snapshot of the database, writes to the package only.
    if (Status s = exec(h, QStringLiteral("BEGIN")); !s)
        return s;
    package::scalar(h, QStringLiteral("SELECT count(*) FROM main.sqlite_master"));
    if (summary.until.isEmpty()) // a server's snapshot was taken before its rows were copied
        summary.until = utcNow();

    auto tables = package::exchangeTables(h);
    if (!tables)
        return fail(tables.error());
    for (const package::ExchangeTable& t : *tables) {
        QStringList defs;
        for (const package::ColumnInfo& c : t.columns)
            defs << QString(ident(c.name) + QLatin1Char(' ') + c.type).trimmed();
        defs << QStringLiteral("PRIMARY KEY (id)");
        if (Status s =
                exec(h, QStringLiteral("CREATE TABLE pkg.%1 (%2)").arg(ident(t.name), defs.join(QStringLiteral(", "))));
            !s)
            return s;
    }
    // Children first: an incremental package also carries the parents of its changed rows (an
    // unchanged case whose party changed), so that it never refers to a row the county lacks.
    for (qsizetype i = tables->size() - 1; i >= 0; --i) {
        const package::ExchangeTable& t = tables->at(i);
        QStringList cols;
        for (const QString& c : t.columnNames())
            cols << ident(c);
        QString sql = QStringLiteral("INSERT INTO pkg.%1 (%2) SELECT %2 FROM main.%1")
                          .arg(ident(t.name), cols.join(QLatin1Char(',')));
        // A supporting table sends only the rows the exported rows refer to, even in full.
        if (!summary.since.isEmpty() || t.supporting) {
            QStringList any;
            if (!t.supporting)
                any << QStringLiteral("updated_at >= ?1");
            for (const package::ExchangeTable& child : *tables)
                for (const package::ForeignKey& k : child.foreignKeys)
                    if (k.parent == t.name && child.name != t.name && k.parentColumn == QLatin1String("id"))
                        any << QStringLiteral("id IN (SELECT %1 FROM pkg.%2)").arg(ident(k.column), ident(child.name));
            sql += QStringLiteral(" WHERE ") + (any.isEmpty() ? QStringLiteral("0") : any.join(QStringLiteral(" OR ")));
        }
        // In id order: the package's rowid order is then its canonical order, and the checksum
        // and the county's merge read it sequentially.
        sql += QStringLiteral(" ORDER BY id");
        Statement st(h, sql);
        if (!summary.since.isEmpty() && !t.supporting)
            st.bind(1, summary.since);
        if (Status s = st.run(); !s)
            return fail(QCoreApplication::translate("Exchange", "Cannot export %1: %2").arg(t.name, s.error()));
    }
    QStringList names;
    for (const package::ExchangeTable& t : *tables) {
        names << t.name;
        summary.rowCounts << qMakePair(
            t.name, package::scalar(h, QStringLiteral("SELECT count(*) FROM pkg.%1").arg(ident(t.name))).toLongLong());
    }

    QList<QPair<QString, QString>> manifest{
        {QStringLiteral("format"), QString::fromLatin1(package::kFormatName)},
        {QStringLiteral("format_version"), QString::number(package::kFormatVersion)},
        {QStringLiteral("package_id"), summary.packageId},
        {QStringLiteral("schema_version"), QString::number(db.userVersion())},
        {QStringLiteral("program_version"), QStringLiteral(ONEWINDOW_VERSION)},
        {QStringLiteral("site_code"), db.siteCode()},
        {QStringLiteral("site_name"), db.setting(QStringLiteral("site_name"))},
        {QStringLiteral("site_level"), db.setting(QStringLiteral("site_level"))},
        {QStringLiteral("site_division"), db.setting(QStringLiteral("site_division"), db.siteCode())},
        {QStringLiteral("created_at"), summary.until},
        {QStringLiteral("created_by"), options.actor},
        {QStringLiteral("range"), summary.rangeKind},
        {QStringLiteral("since"), summary.since},
        {QStringLiteral("until"), summary.until},
        {QStringLiteral("tables"), names.join(QLatin1Char(','))},
    };
    for (const auto& [table, rows] : summary.rowCounts)
        manifest << qMakePair(QStringLiteral("rows.") + table, QString::number(rows));
    manifest << auditKeys;
    if (Status s = exec(h, QStringLiteral("CREATE TABLE pkg.manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)")); !s)
        return s;
    for (const auto& [key, value] : manifest) {
        Statement st(h, QStringLiteral("INSERT INTO pkg.manifest(key, value) VALUES(?, ?)"));
        st.bind(1, key).bind(2, value);
        if (Status s = st.run(); !s)
            return s;
    }
    // Signed with this center's key (docs/package-format.md, "Signature"): the county accepts it only
    // from a key it registered for this site.
    auto sum = package::seal(db, h, QStringLiteral("pkg"), names);
    if (!sum)
        return fail(sum.error());
    summary.checksum = *sum;
    return exec(h, QStringLiteral("COMMIT"));
}

} // namespace

qint64 ExportSummary::rows(const QString& table) const
{
    for (const auto& [t, n] : rowCounts)
        if (t == table)
            return n;
    return 0;
}

qint64 ExportSummary::totalRows() const
{
    qint64 total = 0;
    for (const auto& rc : rowCounts)
        total += rc.second;
    return total;
}

Result<ExportSummary> exportPackage(Database& db, const ExportOptions& options)
{
    if (options.outPath.isEmpty())
        return fail(QCoreApplication::translate("Exchange", "Name the package file to write."));
    if (Status own = ownfiles::refuseDatabaseFile(options.outPath); !own)
        return fail(own.error());
    if (Status own = ownfiles::refuseDatabaseFile(options.outPath + QStringLiteral(".part")); !own)
        return fail(own.error());
    ExportSummary summary;
    summary.path = options.outPath;
    summary.packageId = newUuid();
    switch (options.range) {
    case ExportOptions::Range::Full:
        summary.rangeKind = QStringLiteral("full");
        break;
    case ExportOptions::Range::SinceDate:
        if (!options.since.isValid())
            return fail(QCoreApplication::translate("Exchange", "The start date of the export is not a valid date."));
        summary.rangeKind = QStringLiteral("since_date");
        summary.since = QDateTime(options.since, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
        break;
    case ExportOptions::Range::SinceLastExport: {
        QSqlQuery q(db.sql());
        if (q.exec(QStringLiteral("SELECT max(until) FROM export_log")) && q.next() && !q.isNull(0)) {
            summary.rangeKind = QStringLiteral("since_last_export");
            summary.since = utcMinus(q.value(0).toString(), kOverlapSeconds);
        } else {
            summary.rangeKind = QStringLiteral("full");
        }
        break;
    }
    }

    // Written under a temporary name beside the package (".<name>.ow-tmp-<pid>-…"), owner-only, and
    // renamed when complete. What a killed export left there is removed by the next export into that
    // folder (only files of that pattern whose process has ended).
    files::removeLeftovers(QFileInfo(options.outPath).absolutePath());
    const QString part = files::temporaryPathBeside(options.outPath);
    auto auditKeys = auditChainManifest(db, summary);
    if (!auditKeys)
        return fail(QCoreApplication::translate("Exchange", "The package was not written: %1").arg(auditKeys.error()));
    // On a server: its rows into a scratch SQLite database first, from one snapshot of the server.
    std::optional<importserver::Mirror> scratch;
    sqlite3* h = db.handle();
    if (db.isServer()) {
        summary.until = utcNow();
        scratch.emplace();
        Status s = scratch->create();
        if (s)
            s = scratch->fillForExport(db, summary.since);
        if (!s)
            return fail(QCoreApplication::translate("Exchange", "The package was not written: %1").arg(s.error()));
        h = scratch->handle();
    }
    if (Status s = writePackage(db, h, part, options, summary, *auditKeys); !s) {
        QFile::remove(part);
        return fail(QCoreApplication::translate("Exchange", "The package was not written: %1").arg(s.error()));
    }
    // rename(2) replaces an existing package atomically; a reader never sees half a file.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(options.outPath).constData()) != 0) {
        QFile::remove(part);
        return fail(QCoreApplication::translate("Exchange", "Cannot write the package file %1.").arg(options.outPath));
    }

    QJsonObject counts;
    for (const auto& [table, rows] : summary.rowCounts)
        counts.insert(table, rows);
    WriteTransaction tx(db);
    if (!tx.active()) {
        QFile::remove(options.outPath);
        return fail(tx.error());
    }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO export_log(id, package_id, file_name, checksum, range_kind, since, until, "
                             "row_counts, actor, exported_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v :
         QVariantList{newUuid(), summary.packageId, QFileInfo(options.outPath).fileName(), summary.checksum,
                      summary.rangeKind, summary.since.isEmpty() ? QVariant() : QVariant(summary.since), summary.until,
                      QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)), options.actor, utcNow()})
        q.addBindValue(v);
    Status logged = q.exec() ? Status() : fail(sql::errorText(q.lastError()));
    if (logged)
        logged = appendAudit(
            db, options.actor, QStringLiteral("export_package"), QStringLiteral("package"), summary.packageId,
            QStringLiteral("%1 %2 rows %3").arg(summary.rangeKind).arg(summary.totalRows()).arg(summary.checksum));
    if (logged)
        logged = tx.commit();
    if (!logged) {
        QFile::remove(options.outPath);
        return fail(
            QCoreApplication::translate("Exchange", "The export could not be logged, the package was removed: %1")
                .arg(logged.error()));
    }
    return summary;
}

} // namespace ow
