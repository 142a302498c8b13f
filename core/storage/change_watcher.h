// Noticing other desks' writes (docs/ARCHITECTURE.md, "Several desks"): queues, lists and the home
// view refresh by themselves within two seconds when another process (or another connection of this
// one: an import, the CLI) commits to the database. On SQLite the watcher asks `PRAGMA data_version`
// once a second on the program's own connection; that number changes only when some *other*
// connection has committed, so the program's own saves, which the windows refresh after anyway,
// do not trigger it. On a PostgreSQL server the watcher LISTENs on the channel that the schema's
// triggers notify at every commit (docs/postgresql.md, "Concurrency"); the driver tells a notice of
// this connection's own commits from another desk's, and the signal comes within moments.
#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

namespace ow {

class Database;

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 1000;

    explicit ChangeWatcher(std::shared_ptr<Database> db, QObject* parent = nullptr, int intervalMs = kIntervalMs);
    // Asks once, now (the timer calls it); true when another connection committed since the last time.
    bool poll();
    // How many times changedElsewhere() was emitted (the status bar and tests read it).
    int changesSeen() const { return m_seen; }

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;
    void noticed();
    std::shared_ptr<Database> m_db;
    QTimer m_timer;
    qint64 m_version = -1;
    int m_seen = 0;
};

} // namespace ow
