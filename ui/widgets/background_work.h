// Long database work (a ledger import, a package merge or export) on a thread of its own, so the
// window keeps painting and can say how far the work got; the result comes back on the window's thread.
#pragma once

#include "storage/database.h"
#include "storage/store_location.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace ow::ui {

// How work on another thread reaches the window's store with a connection of its own: the same file,
// or the same server as the same user, with the password the window's connection was given if the
// server asked for one (kept in memory as that connection keeps it; never asked again, never written).
class StoreAccess
{
public:
    // Read on the window's thread, from the window's open connection.
    explicit StoreAccess(Database& db);
    bool isServer() const { return m_server.has_value(); }
    const std::optional<StoreLocation>& server() const { return m_server; }
    // Opens a new connection (on the calling thread): Database::open of the file, or
    // Database::openServer of the same location.
    Result<DatabasePtr> open() const;

private:
    QString m_path;
    std::optional<StoreLocation> m_server;
    QString m_password;
};

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
    // The same for work on the window's store `db` through a connection of its own (StoreAccess: the
    // same file or the same server; made on the work's thread and closed there); a store that cannot
    // be opened is the result's error.
    template <class T>
    bool start(Database& db, std::function<Result<T>(Database&)> work, std::function<void(Result<T>)> done)
    {
        return start<Result<T>>(
            [store = StoreAccess(db), work = std::move(work)]() -> Result<T> {
                auto opened = store.open();
                if (!opened)
                    return fail(opened.error());
                return work(**opened);
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
