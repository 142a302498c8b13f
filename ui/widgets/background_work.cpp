// BackgroundWork: one QThread per piece of work, ended and deleted on the owner's thread.
#include "widgets/background_work.h"

#include <QApplication>
#include <QMetaObject>
#include <QThread>

namespace ow::ui {

BackgroundWork::BackgroundWork(QObject* parent)
    : QObject(parent)
{}

BackgroundWork::~BackgroundWork()
{
    if (m_thread) {
        // The owner is going (the program is closing): the work ends first, its done() is not run.
        m_thread->wait();
        delete m_thread;
        QApplication::restoreOverrideCursor();
    }
}

bool BackgroundWork::startRaw(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_done = std::move(done);
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, &BackgroundWork::finish, Qt::QueuedConnection);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_thread->start();
    return true;
}

void BackgroundWork::finish()
{
    m_thread->wait(); // finished() is emitted just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    QApplication::restoreOverrideCursor();
    const std::function<void()> done = std::move(m_done);
    m_done = nullptr;
    done();
}

void BackgroundWork::progress(const QString& text, qint64 done, qint64 total)
{
    // Queued behind the progress posted before it and ahead of finish(), which QThread::finished
    // queues only once the work has returned.
    QMetaObject::invokeMethod(
        this, [this, text, done, total] { emit progressed(text, done, total); }, Qt::QueuedConnection);
}

} // namespace ow::ui
