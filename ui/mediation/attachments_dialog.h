// A case's attachments (scans and photos kept inside the database): the list, Add… (PDF, JPG or
// PNG with a title and kind, refused above the configured size), Open with the system viewer and
// Save As…. A closed case's attachments can be looked at but not added to.
#pragma once

#include "domain/mediation.h"
#include "storage/database.h"

#include <QDialog>
#include <QList>
#include <QUrl>
#include <functional>
#include <memory>

namespace Ui {
class AttachmentsDialog;
}

namespace ow::ui {

class AttachmentsDialog : public QDialog
{
    Q_OBJECT

public:
    AttachmentsDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent = nullptr);
    ~AttachmentsDialog() override;

    // How a written-out attachment is shown: QDesktopServices::openUrl unless replaced (tests
    // replace it so that no viewer starts). Returns false when nothing could open it.
    using UrlOpener = std::function<bool(const QUrl&)>;
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // Asks for a file (FileDialog) and adds it with the title and kind in the form; the reason
    // shows in a message box when it is refused. Returns true when one was added.
    bool addFile();
    // Writes the selected attachment to a temporary file and opens it; returns that file's path
    // (empty when nothing was opened).
    QString openSelected();
    // Asks where to save the selected attachment (FileDialog) and writes its bytes there.
    bool saveSelectedAs();

    void selectAttachment(const QString& id);
    bool readOnly() const { return m_readOnly; }
    bool changed() const { return m_changed; }

private:
    void reload(const QString& selectId);
    void updateButtons();
    const AttachmentInfo* selected() const;

    std::unique_ptr<Ui::AttachmentsDialog> m_ui;
    DatabasePtr m_db;
    QString m_caseId;
    QString m_actor;
    QList<AttachmentInfo> m_items;
    UrlOpener m_opener;
    bool m_readOnly = false;
    bool m_changed = false;
};

} // namespace ow::ui
