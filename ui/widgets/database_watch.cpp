// The window's watch over its database's locks, and what a waiting save shows.
#include "widgets/database_watch.h"

#include "storage/database.h"
#include "widgets/dialogs.h"

#include <QApplication>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace ow::ui {
namespace {

// Short enough that a lost lock is noticed before a clerk can type the next case; the check reads
// /proc/locks, a few hundred microseconds.
constexpr int kLockCheckMs = 2000;

QString waitingText(qint64 waitedMs)
{
    return QApplication::translate("ow::ui::MainWindow",
                                   "Another desk or program is writing to the database; waiting (%1 s)…")
        .arg(waitedMs / 1000);
}

} // namespace

void watchDatabase(QMainWindow& window, Database& db)
{
    auto* timer = new QTimer(&window);
    timer->setObjectName(QStringLiteral("lockCheckTimer"));
    timer->setInterval(kLockCheckMs);
    QPointer<QMainWindow> win(&window);
    auto reported = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, &window, [win, &db, reported] {
        const int before = Database::reconnectCount();
        const Status s = db.ensureLocks();
        if (!win)
            return;
        if (!s) {
            if (!*reported) {
                *reported = true;
                MessageBox::warning(win, QApplication::translate("ow::ui::MainWindow", "Database Connection"),
                                    s.error());
            }
            return;
        }
        *reported = false;
        if (Database::reconnectCount() != before)
            win->statusBar()->showMessage(
                QApplication::translate("ow::ui::MainWindow",
                                        "The connection to the database was renewed (another part of the program "
                                        "had opened its file); nothing was lost."),
                10000);
    });
    timer->start();

    Database::setWaitNotifier([win](const QString&, qint64 waitedMs) {
        // Called on the thread that waits: the window's own saves paint the line at once (no events
        // are processed, so no click can start a second save); background work posts it.
        if (!win)
            return;
        if (QThread::currentThread() == win->thread()) {
            if (!QApplication::overrideCursor())
                QApplication::setOverrideCursor(Qt::WaitCursor);
            win->statusBar()->showMessage(waitingText(waitedMs), 3000);
            win->statusBar()->repaint();
            QTimer::singleShot(0, win, [] {
                while (QApplication::overrideCursor())
                    QApplication::restoreOverrideCursor();
            });
        } else {
            QMetaObject::invokeMethod(win, [win, waitedMs] {
                if (win)
                    win->statusBar()->showMessage(waitingText(waitedMs), 3000);
            });
        }
    });
}

} // namespace ow::ui
