// On SQLite, PRAGMA data_version polling: one cheap statement a second, answered from SQLite's
// shared memory. On a server, LISTEN onewindow_changes through Qt's driver.
#include "storage/change_watcher.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

namespace {
const QString kChannel = QStringLiteral("onewindow_changes"); // pg_v013_baseline.cpp, kChangeNotices
}

ChangeWatcher::ChangeWatcher(std::shared_ptr<Database> db, QObject* parent, int intervalMs)
    : QObject(parent)
    , m_db(std::move(db))
{
    if (m_db->isServer()) {
        QSqlDriver* driver = m_db->sql().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    if (name == kChannel && source != QSqlDriver::SelfSource)
                        noticed();
                });
        // Without the subscription (a lost connection) the lists still refresh after this desk's
        // own saves; the next signed-in session subscribes again.
        driver->subscribeToNotification(kChannel);
        return;
    }
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
    if (m_db->isServer())
        return false; // the server's notices come by themselves
    const qint64 now = dataVersion();
    if (now < 0 || now == m_version)
        return false;
    const bool first = m_version < 0;
    m_version = now;
    if (first)
        return false;
    noticed();
    return true;
}

void ChangeWatcher::noticed()
{
    ++m_seen;
    emit changedElsewhere();
}

} // namespace ow
