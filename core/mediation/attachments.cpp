// Attachments stored as BLOBs with their SHA-256, refused above the configured size.
#include "mediation/attachments.h"

#include "mediation/case_access.h"
#include "security/audit.h"
#include "storage/database.h"
#include "storage/own_files.h"
#include "storage/sql_dialect.h"
#include "storage/sql_values.h"
#include "workflow/case_events.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

// The translation context of this file's messages.
struct Attachments
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QStringList AttachmentService::kinds()
{
    return {u"application"_s,          u"identity"_s, u"evidence"_s, u"power_of_attorney"_s, u"performance_proof"_s,
            u"agency_authorization"_s, u"other"_s};
}

QString AttachmentService::kindLabel(const QString& kind)
{
    if (kind == u"application")
        return Attachments::tr("Application");
    if (kind == u"identity")
        return Attachments::tr("Identity document");
    if (kind == u"evidence")
        return Attachments::tr("Evidence");
    if (kind == u"power_of_attorney")
        return Attachments::tr("Power of attorney");
    if (kind == u"performance_proof")
        return Attachments::tr("Proof of performance");
    if (kind == u"agency_authorization")
        return Attachments::tr("Agency authorisation");
    if (kind == u"other")
        return Attachments::tr("Other");
    return kind;
}

QString AttachmentService::sniffMime(const QByteArray& d)
{
    if (d.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (d.size() >= 3 && uchar(d[0]) == 0xFF && uchar(d[1]) == 0xD8 && uchar(d[2]) == 0xFF)
        return u"image/jpeg"_s;
    if (d.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    return {};
}

qint64 AttachmentService::maxBytes() const
{
    bool ok = false;
    const qint64 v = m_db.setting(u"attachment_max_bytes"_s).toLongLong(&ok);
    return ok && v > 0 ? v : kDefaultMaxBytes;
}

Result<AttachmentInfo> AttachmentService::add(const QString& caseId, const QString& title, const QString& kind,
                                              const QString& fileName, const QByteArray& data, const QString& actor)
{
    auto c = mediation::writableCase(m_db, caseId);
    if (!c)
        return fail(c.error());
    AttachmentInfo a;
    a.caseId = c->id;
    a.title = title.trimmed();
    a.fileName = QFileInfo(fileName).fileName();
    if (a.title.isEmpty())
        a.title = QFileInfo(fileName).completeBaseName();
    if (a.title.isEmpty())
        return fail(Attachments::tr("Give the attachment a title."));
    if (!kinds().contains(kind))
        return fail(
            Attachments::tr("Choose the kind of document: application, identity document, evidence, power of attorney, "
                            "proof of performance, agency authorisation or other."));
    a.kind = kind;
    const qint64 limit = maxBytes();
    if (data.size() > limit)
        return fail(
            Attachments::tr("\"%1\" is %2 MB; attachments may be at most %3 MB. Scan it at a lower resolution or split "
                            "it, or ask an administrator to raise the limit (setting attachment_max_bytes).")
                .arg(a.fileName.isEmpty() ? a.title : a.fileName, megabytes(data.size()), megabytes(limit)));
    if (data.isEmpty())
        return fail(Attachments::tr("\"%1\" is empty.").arg(a.fileName.isEmpty() ? a.title : a.fileName));
    a.mime = sniffMime(data);
    if (a.mime.isEmpty())
        return fail(Attachments::tr("\"%1\" is not a PDF, JPEG or PNG file. Save or scan it in one of these formats.")
                        .arg(a.fileName.isEmpty() ? a.title : a.fileName));
    a.size = data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

    WriteTransaction tx(m_db);
    if (!tx.active())
        return fail(tx.error());
    if (auto again = mediation::lockWritableCase(m_db, c->id); !again)
        return fail(again.error());
    a.id = newUuid();
    a.createdAt = utcNow();
    a.actor = actor;
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO attachments (id, case_id, title, kind, file_name, mime, size, sha256, data, actor, "
              u"site_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    for (const QVariant& v : QVariantList{a.id, a.caseId, a.title, a.kind, a.fileName, a.mime, a.size, a.sha256, data,
                                          actor, m_db.siteCode(), a.createdAt, a.createdAt})
        q.addBindValue(mediation::bindable(v));
    if (!q.exec())
        return fail(sql::errorText(q.lastError()));
    const QString detail =
        Attachments::tr("Attachment \"%1\" (%2, %3 bytes)").arg(a.title, kindLabel(a.kind)).arg(a.size);
    if (Status s =
            workflow::appendEvent(m_db, a.caseId, actor, u"attachment"_s, detail, detail + u" sha256="_s + a.sha256);
        !s)
        return fail(s.error());
    if (Status s = workflow::touchCase(m_db, a.caseId); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return a;
}

Result<QByteArray> AttachmentService::readUpload(const QString& path) const
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return fail(own.error());
    QFile f(path);
    // Check the size before reading a possibly huge file into memory.
    if (f.exists() && f.size() > maxBytes())
        return fail(
            Attachments::tr("\"%1\" is %2 MB; attachments may be at most %3 MB. Scan it at a lower resolution or split "
                            "it, or ask an administrator to raise the limit (setting attachment_max_bytes).")
                .arg(QFileInfo(path).fileName(), megabytes(f.size()), megabytes(maxBytes())));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Attachments::tr("Cannot read \"%1\": %2").arg(path, f.errorString()));
    return f.readAll();
}

Result<AttachmentInfo> AttachmentService::addFile(const QString& caseId, const QString& title, const QString& kind,
                                                  const QString& path, const QString& actor)
{
    auto data = readUpload(path);
    if (!data)
        return fail(data.error());
    return add(caseId, title, kind, path, *data, actor);
}

QList<AttachmentInfo> AttachmentService::list(const QString& caseId) const
{
    QList<AttachmentInfo> out;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id, case_id, title, kind, file_name, mime, size, sha256, created_at, actor FROM attachments "
              u"WHERE case_id = ? ORDER BY created_at, "_s +
              sql::Dialect::of(m_db).writtenOrder());
    q.addBindValue(caseId);
    q.exec();
    while (q.next())
        out << AttachmentInfo{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString(),
                              q.value(9).toString()};
    return out;
}

Result<QByteArray> AttachmentService::data(const QString& attachmentId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT data, sha256, title FROM attachments WHERE id = ?"_s);
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next())
        return fail(Attachments::tr("There is no attachment %1.").arg(attachmentId));
    const QByteArray d = q.value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex()) != q.value(1).toString())
        return fail(Attachments::tr("The attachment \"%1\" is damaged: its content no longer matches its SHA-256.")
                        .arg(q.value(2).toString()));
    return d;
}

Status AttachmentService::exportTo(const QString& attachmentId, const QString& path) const
{
    auto d = data(attachmentId);
    if (!d)
        return fail(d.error());
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return own;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*d) != d->size() || !f.commit())
        return fail(Attachments::tr("Cannot write \"%1\": %2").arg(path, f.errorString()));
    return {};
}

} // namespace ow
