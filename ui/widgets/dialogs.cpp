// Wrappers around QMessageBox and QFileDialog that a test can answer without showing a window.
#include "widgets/dialogs.h"

#include <QFileDialog>

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
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (g_nextFileName) {
        const QString path = *g_nextFileName;
        g_nextFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString& path)
{
    g_nextFileName = path;
}

} // namespace ow::ui
