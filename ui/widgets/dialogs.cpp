// Wrappers around QMessageBox and QFileDialog that a test can answer without showing a window.
#include "widgets/dialogs.h"

#include "storage/own_files.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QMimeDatabase>

namespace ow::ui {
namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFileName;
QString g_lastTitle;
QString g_lastText;

QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons)
{
    g_lastTitle = title;
    g_lastText = text;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    // Long error lists must be selectable so a clerk can copy them into a message to support.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

// Icons and type names from the file name alone. Qt's own provider reads a file whose name says
// nothing (center.sqlite-shm, center.sqlite-wal) to guess its type, and that open and close drops
// every lock SQLite holds on the file (storage/own_files.h).
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType type = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        QIcon i = QIcon::fromTheme(type.iconName());
        if (i.isNull())
            i = QIcon::fromTheme(type.genericIconName());
        return i.isNull() ? QFileIconProvider::icon(File) : i;
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QApplication::translate("ow::ui::FileDialog", "Folder");
        return m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }

private:
    QMimeDatabase m_mime;
};

NameOnlyIconProvider& nameOnlyIcons()
{
    static NameOnlyIconProvider provider;
    return provider;
}

// Qt's own dialogs (the print dialog's output-file field, a file dialog opened inside another Qt
// dialog) list folders too: each file-system model gets the name-only provider when its dialog shows.
class FileModelGuard : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow())
            guardFileModels(watched);
        return false;
    }
};

// A test's answer is checked as a chosen file would be (it is not asked again: empty = cancelled).
QString refusedOrPath(QWidget* parent, const QString& caption, const QString& path)
{
    if (const Status own = ownfiles::refuseDatabaseFile(path); !own) {
        ask(QMessageBox::Warning, parent, caption, own.error(), QMessageBox::Ok);
        return {};
    }
    return path;
}

QString runFileDialog(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                      QFileDialog::AcceptMode mode)
{
    // Made in the root folder, where no database lives, so that nothing is listed before the
    // name-only icons are in place; then moved to the folder asked for.
    QFileDialog dialog(parent, caption, QDir::rootPath(), filter);
    // Qt's own dialog on every platform: a native one in this process (GTK's, KDE's) reads files to
    // show their type, out of our reach.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&nameOnlyIcons());
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    const QFileInfo start(dir.isEmpty() ? QDir::currentPath() : dir);
    if (start.isDir()) {
        dialog.setDirectory(start.absoluteFilePath());
    } else {
        dialog.setDirectory(start.absolutePath());
        dialog.selectFile(start.fileName());
    }
    // The database's own files are never another file's name: choosing one asks again.
    while (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        const QString path = dialog.selectedFiles().constFirst();
        const Status own = ownfiles::refuseDatabaseFile(path);
        if (own)
            return path;
        MessageBox::warning(&dialog, caption, own.error());
    }
    return {};
}

} // namespace

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                                                    QMessageBox::StandardButtons buttons)
{
    return ask(QMessageBox::Information, parent, title, text, buttons);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons)
{
    return ask(QMessageBox::Question, parent, title, text, buttons);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    g_nextAnswer = button;
}

bool MessageBox::clearNextAnswer()
{
    const bool had = g_nextAnswer.has_value();
    g_nextAnswer.reset();
    return had;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (g_nextFileName) {
        const QString path = *g_nextFileName;
        g_nextFileName.reset();
        return refusedOrPath(parent, caption, path);
    }
    return runFileDialog(parent, caption, dir, filter, QFileDialog::AcceptOpen);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (g_nextFileName) {
        const QString path = *g_nextFileName;
        g_nextFileName.reset();
        return refusedOrPath(parent, caption, path);
    }
    return runFileDialog(parent, caption, dir, filter, QFileDialog::AcceptSave);
}

void FileDialog::setNextFileName(const QString& path)
{
    g_nextFileName = path;
}

void guardFileModels(QObject* root)
{
    for (QFileSystemModel* model : root->findChildren<QFileSystemModel*>())
        if (model->iconProvider() != &nameOnlyIcons())
            model->setIconProvider(&nameOnlyIcons());
}

void installFileModelGuard(QApplication& app)
{
    app.installEventFilter(new FileModelGuard(&app));
}

QAbstractFileIconProvider* nameOnlyIconProvider()
{
    return &nameOnlyIcons();
}

} // namespace ow::ui
