// BackgroundWork: one QThread per piece of work, ended and deleted on the owner's thread.
#include "widgets/background_work.h"

#include <QApplication>
#include <QMetaObject>
#include <QThread>

namespace ow::ui {
namespace {

// StoreLocation::connectOptions() read back: key='value';key='value', with \\ and \' inside the quotes.
QList<QPair<QString, QString>> readConnectOptions(const QString& text)
{
    QList<QPair<QString, QString>> out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = text.mid(i, eq - i).trimmed();
        QString value;
        i = eq + 1;
        const bool quoted = i < text.size() && text[i] == QLatin1Char('\'');
        if (quoted)
            ++i;
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted && c == QLatin1Char('\\') && i + 1 < text.size())
                value += text[++i];
            else if (quoted ? c == QLatin1Char('\'') : c == QLatin1Char(';'))
                break;
            else
                value += c;
        }
        i = text.indexOf(QLatin1Char(';'), i);
        out.append({key, value});
        if (i < 0)
            break;
        ++i;
    }
    return out;
}

} // namespace

StoreAccess::StoreAccess(Database& db)
    : m_path(db.path())
{
    if (!db.isServer())
        return;
    // The window's connection holds what Database::openServer gave it (pg_connection.cpp, Opener).
    const QSqlDatabase& sql = db.sql();
    StoreLocation location;
    location.kind = StoreLocation::Kind::PostgreSql;
    location.host = sql.hostName();
    location.port = sql.port();
    location.database = sql.databaseName();
    location.user = sql.userName();
    location.parameters = readConnectOptions(sql.connectOptions());
    m_server = location;
    m_password = sql.password();
}

Result<DatabasePtr> StoreAccess::open() const
{
    if (!m_server)
        return Database::open(m_path);
    const QString password = m_password;
    return Database::openServer(*m_server, [password](const StoreLocation&) -> std::optional<QString> {
        if (password.isEmpty())
            return std::nullopt; // ~/.pgpass or a service gave it to the window: libpq's refusal says so
        return password;
    });
}

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
