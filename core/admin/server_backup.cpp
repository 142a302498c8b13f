// pg_dump and pg_restore run as child processes with the URL as their --dbname; their messages are
// shown in the user's language where we know what they mean, and quoted otherwise.
#include "admin/server_backup.h"

#include "security/audit.h"
#include "storage/database.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

namespace ow::serverbackup {
namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)
};

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

ToolRun runTool(const QString& tool, const QStringList& args)
{
    ToolRun run;
    QProcess p;
    p.start(tool, args);
    run.started = p.waitForStarted(30000);
    if (!run.started)
        return run;
    p.closeWriteChannel();
    p.waitForFinished(-1);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return run;
}

// What went wrong, in words a center's administrator can act on.
QString explain(const QString& tool, const ToolRun& run)
{
    if (!run.started)
        return Text::tr("%1 could not be started. Install PostgreSQL's client programs (Debian: apt install "
                        "postgresql-client).")
            .arg(tool);
    if (run.err.contains(QLatin1String("server version mismatch")))
        return Text::tr("%1 is older than the server; install the client programs of the server's PostgreSQL "
                        "version. %2")
            .arg(QFileInfo(tool).fileName(), run.err);
    if (run.err.contains(QLatin1String("no password supplied")) ||
        run.err.contains(QLatin1String("password authentication failed")))
        return Text::tr("The server asked for a password. Put it in ~/.pgpass (or a service file) of the account "
                        "that runs the backup; OneWindow never stores it. %1")
            .arg(run.err);
    return Text::tr("%1 failed: %2").arg(QFileInfo(tool).fileName(), run.err);
}

} // namespace

QString clientTool(const QString& name)
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(*it, name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

Result<DumpResult> dump(const QString& url, const QString& file, bool* notACenter)
{
    if (QFileInfo::exists(file))
        return fail(Text::tr("%1 already exists; it is not overwritten.").arg(file));
    const QString pgDump = clientTool(QStringLiteral("pg_dump"));
    const QString pgRestore = clientTool(QStringLiteral("pg_restore"));
    if (pgDump.isEmpty() || pgRestore.isEmpty())
        return fail(explain(QStringLiteral("pg_dump"), ToolRun{}));
    QElapsedTimer timer;
    timer.start();
    // Without the rows of the row audit's journal: they live for one transaction (the table is empty
    // between transactions), and its row security policy makes pg_dump refuse the program's login role.
    const ToolRun made =
        runTool(pgDump, {QStringLiteral("--format=custom"), QStringLiteral("--exclude-table-data=ow_changed_rows"),
                         QStringLiteral("--file=") + file, QStringLiteral("--dbname=") + url});
    if (made.exitCode != 0) {
        QFile::remove(file);
        return fail(explain(pgDump, made));
    }
    const ToolRun listed = runTool(pgRestore, {QStringLiteral("--list"), file});
    DumpResult result{file, QFileInfo(file).size(), timer.elapsed(), 0};
    bool hasCases = false;
    for (const QByteArray& line : listed.out.split('\n')) {
        if (!line.contains(" TABLE DATA "))
            continue;
        ++result.tables;
        hasCases = hasCases || line.contains(" TABLE DATA public cases ");
    }
    if (listed.exitCode != 0 || !hasCases) {
        QFile::remove(file);
        if (notACenter)
            *notACenter = listed.exitCode == 0;
        return fail(listed.exitCode != 0 ? explain(pgRestore, listed)
                                         : Text::tr("The dump holds no cases: the database at %1 is not a OneWindow "
                                                    "center. Nothing was kept.")
                                               .arg(url));
    }
    return result;
}

Status restore(const QString& url, const QString& file, const QString& keepCurrentAs)
{
    if (!QFileInfo(file).isFile())
        return fail(Text::tr("%1 does not exist.").arg(file));
    const QString pgRestore = clientTool(QStringLiteral("pg_restore"));
    if (pgRestore.isEmpty())
        return fail(explain(QStringLiteral("pg_restore"), ToolRun{}));
    const ToolRun listed = runTool(pgRestore, {QStringLiteral("--list"), file});
    if (listed.exitCode != 0 || !listed.out.contains(" TABLE DATA public cases "))
        return fail(Text::tr("%1 is not a dump of a OneWindow center (pg_restore --list finds no cases in it); nothing "
                             "was changed.")
                        .arg(file));
    if (!keepCurrentAs.isEmpty()) {
        bool nothingToKeep = false;
        if (auto kept = dump(url, keepCurrentAs, &nothingToKeep); !kept && !nothingToKeep)
            return fail(Text::tr("The current contents could not be kept before the restore, nothing was changed: %1")
                            .arg(kept.error()));
    }
    const ToolRun restored = runTool(
        pgRestore, {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
                    QStringLiteral("--exit-on-error"), QStringLiteral("--dbname=") + url, file});
    if (restored.exitCode != 0)
        return fail(Text::tr("The restore failed and was rolled back; the database is as it was. %1")
                        .arg(explain(pgRestore, restored)));
    return {};
}

Status recordDump(Database& db, const DumpResult& made)
{
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    const QString detail = QStringLiteral("desk %1, %2, %3 bytes, %4 tables")
                               .arg(QSysInfo::machineHostName(), QDir::toNativeSeparators(made.file))
                               .arg(made.bytes)
                               .arg(made.tables);
    if (Status s = appendAudit(db, QStringLiteral("system"), QStringLiteral("server_backup"),
                               QStringLiteral("database"), db.path(), detail);
        !s)
        return s;
    return tx.commit();
}

std::optional<RecordedDump> latestRecordedDump(Database& db)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT at, detail FROM audit_log WHERE action = 'server_backup' ORDER BY seq DESC "
                               "LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    return RecordedDump{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString()};
}

} // namespace ow::serverbackup
