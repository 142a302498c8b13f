// PRAGMA data_version polling: one cheap statement a second, answered from SQLite's shared memory.
#include "storage/change_watcher.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ow {

ChangeWatcher::ChangeWatcher(std::shared_ptr<Database> db, QObject* parent, int intervalMs)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_version = dataVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

qint64 ChangeWatcher::dataVersion() const
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1; // asked again next time; a failing read shows itself where the data is read
    return q.value(0).toLongLong();
}

bool ChangeWatcher::poll()
{
    const qint64 now = dataVersion();
    if (now < 0 || now == m_version)
        return false;
    const bool first = m_version < 0;
    m_version = now;
    if (first)
        return false;
    ++m_seen;
    emit changedElsewhere();
    return true;
}

} // namespace ow
