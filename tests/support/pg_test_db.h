// A PostgreSQL database of its own for one test, on the throwaway cluster that ctest starts
// (tests/pg/pg_cluster.sh; tests marked ow_needs_postgres in tests/CMakeLists.txt get its socket
// folder in OW_TEST_PGHOST). Created owned by ow_owner, dropped (with its connections) at the end.
// Failures throw (Catch reports the message): the fixtures use it too, and they link without Catch.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <atomic>
#include <stdexcept>
#include <string>

namespace ow::test {

class PgTestDb
{
public:
    PgTestDb()
        : m_host(qEnvironmentVariable("OW_TEST_PGHOST"))
        , m_name(QStringLiteral("ow_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter()++))
    {
        if (m_host.isEmpty())
            throw std::runtime_error(
                "OW_TEST_PGHOST is not set: run this test through ctest, which starts the PostgreSQL cluster");
        admin(QStringLiteral("CREATE DATABASE %1 OWNER ow_owner ENCODING 'UTF8'").arg(m_name));
    }
    ~PgTestDb()
    {
        for (const QString& c : m_connections)
            QSqlDatabase::removeDatabase(c);
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgTestDb(const PgTestDb&) = delete;
    PgTestDb& operator=(const PgTestDb&) = delete;

    const QString& host() const { return m_host; }
    const QString& name() const { return m_name; }
    // postgresql:// URL of this database for `role` (no password: the cluster trusts local sockets).
    QString url(const QString& role = QStringLiteral("ow_app")) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(role, m_name, m_host);
    }
    // A new open Qt connection to this database as `role`; closed when the object ends.
    QSqlDatabase connect(const QString& role = QStringLiteral("ow_owner"))
    {
        const QString c = QStringLiteral("pgtest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c);
        db.setHostName(m_host);
        db.setDatabaseName(m_name);
        db.setUserName(role);
        if (!db.open())
            throw std::runtime_error("cannot connect to " + m_name.toStdString() + " as " + role.toStdString() + ": " +
                                     db.lastError().text().toStdString());
        m_connections << c;
        return db;
    }

private:
    static std::atomic<int>& counter()
    {
        static std::atomic<int> n{0};
        return n;
    }
    void admin(const QString& sql) const
    {
        const QString c = QStringLiteral("pgtest-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), c);
            db.setHostName(m_host);
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(QStringLiteral("postgres"));
            if (!db.open())
                throw std::runtime_error("cannot reach the test cluster at " + m_host.toStdString() + ": " +
                                         db.lastError().text().toStdString());
            QSqlQuery q(db);
            if (!q.exec(sql))
                throw std::runtime_error(sql.toStdString() + ": " + q.lastError().text().toStdString());
        }
        QSqlDatabase::removeDatabase(c);
    }
    QString m_host;
    QString m_name;
    QStringList m_connections;
};

} // namespace ow::test
