// Long database work (a ledger import, a package merge or export) on a thread of its own, so the
// window keeps painting and can say how far the work got; the result comes back on the window's thread.
#pragma once

#include "storage/database.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace ow::ui {

class BackgroundWork : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundWork(QObject* parent = nullptr);
    ~BackgroundWork() override; // waits for running work, without its done()
    BackgroundWork(const BackgroundWork&) = delete;
    BackgroundWork& operator=(const BackgroundWork&) = delete;

    bool running() const { return m_thread != nullptr; }
    // Runs work() on another thread under a busy cursor, then done(result) on this object's thread;
    // false (and nothing runs) while earlier work is running. work must not touch widgets or the window's database
    // connection; it may call progress() at any time. WAL lets the window read while the work writes.
    template <class T> bool start(std::function<T()> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        return startRaw([work = std::move(work), result] { result->emplace(work()); },
                        [done = std::move(done), result] { done(std::move(**result)); });
    }
    // The same for work on the database file `path` through a connection of its own (made on the
    // work's thread and closed there); a file that cannot be opened is the result's error.
    template <class T>
    bool start(const QString& path, std::function<Result<T>(Database&)> work, std::function<void(Result<T>)> done)
    {
        return start<Result<T>>(
            [path, work = std::move(work)]() -> Result<T> {
                auto db = Database::open(path);
                if (!db)
                    return fail(db.error());
                return work(**db);
            },
            std::move(done));
    }
    // From the work's thread: emits progressed() on this object's thread.
    void progress(const QString& text, qint64 done = 0, qint64 total = 0);

signals:
    void progressed(const QString& text, qint64 done, qint64 total);

private:
    bool startRaw(std::function<void()> work, std::function<void()> done);
    void finish();

    QThread* m_thread = nullptr;
    std::function<void()> m_done;
};

} // namespace ow::ui
