// Attachments: scanned documents and photos (PDF, JPEG, PNG) kept inside the database with their
// SHA-256, so the case file travels as one SQLite file and a copy can be shown to be unaltered.
#pragma once

#include "domain/mediation.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ow {

class Database;

class AttachmentService
{
public:
    explicit AttachmentService(Database& db)
        : m_db(db)
    {}

    static constexpr qint64 kDefaultMaxBytes = 20LL * 1024 * 1024;
    static QStringList kinds();
    static QString kindLabel(const QString& kind);
    // application/pdf, image/jpeg or image/png from the file's first bytes; empty otherwise.
    static QString sniffMime(const QByteArray& data);

    // Setting attachment_max_bytes (default 20 MB).
    qint64 maxBytes() const;

    Result<AttachmentInfo> add(const QString& caseId, const QString& title, const QString& kind,
                               const QString& fileName, const QByteArray& data, const QString& actor);
    // The bytes of a file the user chose to attach: never one of the database's files
    // (storage/own_files.h), refused before reading when larger than maxBytes().
    Result<QByteArray> readUpload(const QString& path) const;
    Result<AttachmentInfo> addFile(const QString& caseId, const QString& title, const QString& kind,
                                   const QString& path, const QString& actor);
    QList<AttachmentInfo> list(const QString& caseId) const;
    // The stored bytes, checked against the stored SHA-256.
    Result<QByteArray> data(const QString& attachmentId) const;
    // Writes the bytes to a file (e.g. to open it with the system viewer).
    Status exportTo(const QString& attachmentId, const QString& path) const;

private:
    Database& m_db;
};

} // namespace ow
