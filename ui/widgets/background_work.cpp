// BackgroundWork: one QThread per piece of work, ended and deleted on the owner's thread.
#include "widgets/background_work.h"

#include <QMetaObject>
#include <QThread>

namespace ow::ui {

BackgroundWork::BackgroundWork(QObject* parent)
    : QObject(parent)
{}

BackgroundWork::~BackgroundWork()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundWork::startRaw(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_done = std::move(done);
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, &BackgroundWork::finish, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void BackgroundWork::finish()
{
    if (!m_thread)
        return;
    m_thread->wait(); // finished() is emitted just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    const std::function<void()> done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done();
}

void BackgroundWork::wait()
{
    if (m_thread) {
        m_thread->wait();
        finish();
    }
}

void BackgroundWork::progress(const QString& text, qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        this,
        [this, text, done, total] {
            if (m_thread) // not after the work's done(): its result is on show
                emit progressed(text, done, total);
        },
        Qt::QueuedConnection);
}

} // namespace ow::ui
