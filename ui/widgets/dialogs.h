// Message boxes and file dialogs behind small wrappers that tests can answer in advance
// (docs/ARCHITECTURE.md rule 7, after KeePassXC's MessageBox::setNextAnswer).
#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

class QAbstractFileIconProvider;
class QApplication;
class QObject;
class QWidget;

namespace ow::ui {

class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No);

    // Tests: the next box is not shown and returns this answer instead.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // Tests: forget an answer that no box used; true when there was one.
    static bool clearNextAnswer();
    // Tests: title and text of the last box asked for (shown or answered in advance).
    static QString lastTitle();
    static QString lastText();
};

// File dialogs are Qt's own (never a native one running in this process) and never open a file to
// find its icon or type: that open and close would drop SQLite's locks on the database
// (storage/own_files.h).
class FileDialog
{
public:
    // An existing file to open; empty when cancelled.
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    // A file name to save to; empty when cancelled.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});

    // Tests: the next file dialog is not shown and returns this path ("" = cancelled).
    static void setNextFileName(const QString& path);
};

// Gives every file-system model below root the icon provider that reads names only.
void guardFileModels(QObject* root);
// Does the same for each window of the application when it shows (Qt's print dialog lists folders).
void installFileModelGuard(QApplication& app);
// The provider itself, for a view that lists files of its own.
QAbstractFileIconProvider* nameOnlyIconProvider();

} // namespace ow::ui
