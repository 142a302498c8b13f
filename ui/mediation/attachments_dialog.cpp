// The attachments dialog: widgets from attachments_dialog.ui; every read and write goes through
// AttachmentService (which checks the size limit, the file type and the SHA-256).
#include "mediation/attachments_dialog.h"

#include "security/users.h"

#include "ui_attachments_dialog.h"

#include "mediation/attachments.h"
#include "mediation/case_access.h"
#include "widgets/dialogs.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

enum Column
{
    TitleColumn,
    KindColumn,
    FileColumn,
    SizeColumn,
    AddedColumn,
    ByColumn,
    ColumnCount
};

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString localTime(const QString& utcIso)
{
    const QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : utcIso;
}

// A file name for the copy handed to a viewer or offered in Save As: the original name, or the
// title with the extension of its type.
QString fileNameFor(const AttachmentInfo& a)
{
    QString name = QFileInfo(a.fileName).fileName();
    if (name.isEmpty()) {
        const QString ext = a.mime == u"application/pdf"_s ? u".pdf"_s
                            : a.mime == u"image/png"_s     ? u".png"_s
                                                           : u".jpg"_s;
        name = a.title + ext;
    }
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar& c : name)
        if (forbidden.contains(c))
            c = u'_';
    return name;
}

} // namespace

AttachmentsDialog::AttachmentsDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttachmentsDialog>())
    , m_db(std::move(db))
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    if (auto c = mediation::findCase(*m_db, m_caseId)) {
        m_caseId = c->id;
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(c->caseNo, c->summary));
    }
    // A closed (archived) case is read-only everywhere: its attachments can be looked at only.
    auto writable = mediation::writableCase(*m_db, m_caseId);
    m_readOnly = !writable;
    m_ui->readOnlyLabel->setVisible(m_readOnly);
    if (m_readOnly)
        m_ui->readOnlyLabel->setText(
            tr("%1 Its attachments can be opened and saved, not added.").arg(writable.error()));
    m_ui->addGroupBox->setVisible(!m_readOnly);

    for (const QString& kind : AttachmentService::kinds())
        m_ui->kindComboBox->addItem(AttachmentService::kindLabel(kind), kind);
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(u"evidence"_s));
    m_ui->titleLineEdit->setPlaceholderText(tr("Empty: the file's name"));
    const double limitMb = double(AttachmentService(*m_db).maxBytes()) / (1024.0 * 1024.0);
    m_ui->limitLabel->setText(tr("PDF, JPG or PNG, at most %1 MB").arg(limitMb, 0, 'f', 1));

    QTableWidget* t = m_ui->attachmentsTableWidget;
    t->setColumnCount(ColumnCount);
    t->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("File"), tr("Size"), tr("Added"), tr("Added by")});
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    // The title takes the room that is left; the other columns fit their contents (a case has a
    // handful of attachments, so measuring them costs nothing).
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);

    connect(t, &QTableWidget::itemSelectionChanged, this, &AttachmentsDialog::updateButtons);
    connect(t, &QTableWidget::itemDoubleClicked, this, [this] { openSelected(); });
    connect(m_ui->openPushButton, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_ui->saveAsPushButton, &QPushButton::clicked, this, &AttachmentsDialog::saveSelectedAs);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &AttachmentsDialog::addFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    // Qt's own button texts are English unless its translations are deployed; name it here.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    reload(QString());
}

AttachmentsDialog::~AttachmentsDialog() = default;

void AttachmentsDialog::reload(const QString& selectId)
{
    m_items = AttachmentService(*m_db).list(m_caseId);
    const QHash<QString, QString> names = UserService(*m_db).displayNames();
    QTableWidget* t = m_ui->attachmentsTableWidget;
    t->clearContents();
    t->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const AttachmentInfo& a = m_items[row];
        const QStringList cells{a.title,
                                AttachmentService::kindLabel(a.kind),
                                a.fileName,
                                sizeText(a.size),
                                localTime(a.createdAt),
                                names.value(a.actor, a.actor)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, a.id);
            if (col == SizeColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(u"SHA-256: "_s + a.sha256);
            t->setItem(row, col, item);
        }
    }
    selectAttachment(selectId);
}

void AttachmentsDialog::selectAttachment(const QString& id)
{
    QTableWidget* t = m_ui->attachmentsTableWidget;
    t->clearSelection();
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, 0)->data(Qt::UserRole).toString() == id)
            t->selectRow(row);
    updateButtons();
}

const AttachmentInfo* AttachmentsDialog::selected() const
{
    const QList<QTableWidgetItem*> items = m_ui->attachmentsTableWidget->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString id = items.first()->data(Qt::UserRole).toString();
    for (const AttachmentInfo& a : m_items)
        if (a.id == id)
            return &a;
    return nullptr;
}

void AttachmentsDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_ui->openPushButton->setEnabled(any);
    m_ui->saveAsPushButton->setEnabled(any);
}

bool AttachmentsDialog::addFile()
{
    if (m_readOnly)
        return false;
    const QString path = FileDialog::getOpenFileName(
        this, tr("Add Attachment"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)"));
    if (path.isEmpty())
        return false;
    auto added = AttachmentService(*m_db).addFile(m_caseId, m_ui->titleLineEdit->text(),
                                                  m_ui->kindComboBox->currentData().toString(), path, m_actor);
    if (!added) {
        MessageBox::warning(this, tr("Attachment Not Added"), added.error());
        return false;
    }
    m_changed = true;
    m_ui->titleLineEdit->clear();
    reload(added->id);
    return true;
}

QString AttachmentsDialog::openSelected()
{
    const AttachmentInfo* a = selected();
    if (!a)
        return {};
    // One folder for the copies handed to viewers; the SHA-256 prefix keeps two attachments with
    // the same file name apart.
    const QDir dir(QDir::temp().filePath(u"onewindow-attachments"_s));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        MessageBox::warning(this, tr("Open Attachment"), tr("Cannot create the folder %1.").arg(dir.path()));
        return {};
    }
    const QString path = dir.filePath(a->sha256.left(8) + u'-' + fileNameFor(*a));
    if (Status s = AttachmentService(*m_db).exportTo(a->id, path); !s) {
        MessageBox::warning(this, tr("Open Attachment"), s.error());
        return {};
    }
    if (!m_opener(QUrl::fromLocalFile(path))) {
        MessageBox::warning(
            this, tr("Open Attachment"),
            tr("No program was found to show \"%1\". Use Save As… and open the copy yourself.").arg(a->title));
        return {};
    }
    return path;
}

bool AttachmentsDialog::saveSelectedAs()
{
    const AttachmentInfo* a = selected();
    if (!a)
        return false;
    const QString suffix = QFileInfo(fileNameFor(*a)).suffix();
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save Attachment As"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileNameFor(*a)),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return false;
    if (Status s = AttachmentService(*m_db).exportTo(a->id, path); !s) {
        MessageBox::warning(this, tr("Save Attachment As"), s.error());
        return false;
    }
    return true;
}

} // namespace ow::ui
