// Dispatch of onewindow-cli commands and the options every command shares.
#include "cli/cli.h"

#include "admin/site_setup.h"
#include "security/users.h"
#include "storage/backup.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QDir>

namespace ow::cli {
namespace {

// One line per command; the order is the order of `--help`.
constexpr Command kCommands[] = {
    {"init", "init --site-code CODE --site-name NAME --level county|township|village [--phone PHONE]", &cmdInit},
    {"import-ledger", "import-ledger FILE.csv [--dry-run] [--skip-invalid --rejects OUT.csv] [--encoding E]",
     &cmdImportLedger},
    {"cases",
     "cases [--status S] [--category C] [--township CODE] [--overdue] [--search TEXT] [--limit N] "
     "[--format table|json|csv]",
     &cmdCases},
    {"show", "show CASE_NO [--format json] [--unmask]", &cmdShow},
    {"intake", "intake --json FILE|- [--reported]", &cmdIntake},
    {"transition",
     "transition CASE accept|reject|assign|start|respond|close|return|suspend|resume|escalate|withdraw|merge|reopen "
     "[--reason T] [--department D] [--escalated-to B] [--merged-into CASE] [--outcome O] [--level L] [--override] "
     "[--on DATE]",
     &cmdTransition},
    {"route", "route CASE [--lead DEPT] [--co DEPT,DEPT] [--reason TEXT]", &cmdRoute},
    {"check", "check", &cmdCheck},
    {"export", "export --out FILE [--since YYYY-MM-DD|last]", &cmdExport},
    {"import", "import FILE.owpkg [--dry-run]", &cmdImport},
    {"conflicts", "conflicts [--all] [--format table|json]", &cmdConflicts},
    {"resolve", "resolve CONFLICT_ID --keep ours|theirs", &cmdResolve},
    {"report",
     "report --month YYYY-MM [--site CODE] [--township CODE] [--department CODE] "
     "--format json|csv|xlsx|pdf --out FILE",
     &cmdReport},
    {"demo", "demo --cases N [--seed S]", &cmdDemo},
    {"keys", "keys show|list [--format table|json] | keys add SITE KEY | keys revoke SITE FINGERPRINT | keys rotate",
     &cmdKeys},
    {"users", "users [--format table|json]", &cmdUsers},
    {"passwd", "passwd LOGIN   (the new password on standard input)", &cmdPasswd},
    {"backup", "backup [--out FILE]   (a checked backup; default: the folder <db>-backups beside the database)",
     &cmdBackup},
    {"restore", "restore BACKUP_FILE [--force-site]   (administrators; the replaced file is kept beside it)",
     &cmdRestore},
};

QString usage()
{
    QString text = QCoreApplication::translate(
                       "Cli", "Usage: onewindow-cli [--db PATH] [--lang zh_CN|en] [--user NAME] COMMAND [options]") +
                   QStringLiteral("\n");
    for (const Command& c : kCommands)
        text += QStringLiteral("  ") + QString::fromUtf8(c.synopsis) + QStringLiteral("\n");
    return text;
}

} // namespace

bool Context::parse(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        usageError(parser.errorText());
        return false;
    }
    return true;
}

DatabasePtr Context::openDatabase(bool writes)
{
    auto db = Database::open(dbPath, Database::Mode::OpenExisting);
    if (!db) {
        err << db.error() << Qt::endl;
        return nullptr;
    }
    // The built-in operator is whoever may open the file; a named account is checked as at sign-in,
    // so that nobody acts in another user's name from the command line.
    UserService users(**db);
    if (user != QLatin1String("system") && users.signInRequired()) {
        if (!qEnvironmentVariableIsSet("ONEWINDOW_PASSWORD")) {
            err << QCoreApplication::translate("Cli", "User \"%1\" signs in with a password: give it in the "
                                                      "environment variable ONEWINDOW_PASSWORD.")
                       .arg(user)
                << Qt::endl;
            permissionDenied = true;
            return nullptr;
        }
        if (auto signedIn = users.signIn(user, qEnvironmentVariable("ONEWINDOW_PASSWORD")); !signedIn) {
            err << signedIn.error() << Qt::endl;
            permissionDenied = true;
            return nullptr;
        }
    }
    if (writes)
        if (auto daily = backup::dailyBackupIfDue(**db); !daily)
            err << QCoreApplication::translate("Cli", "Warning: the daily backup failed: %1").arg(daily.error())
                << Qt::endl;
    return *db;
}

int Context::usageError(const QString& message)
{
    err << message << Qt::endl;
    return ExitUsage;
}

int Context::rejected(const QString& message)
{
    err << message << Qt::endl;
    return ExitRejected;
}

namespace {

// The options every command shares, which may stand before or after the command name.
struct GlobalOptions
{
    QString dbPath;
    QString lang;
    QString user = QStringLiteral("system");
    QStringList rest; // the command and its own arguments
};

GlobalOptions globalOptions(const QStringList& arguments)
{
    GlobalOptions g;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto value = [&](const QString& name, QString& target) {
            if (a == name) {
                if (i + 1 >= arguments.size())
                    return false;
                target = arguments[++i];
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                target = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (value(QStringLiteral("--db"), g.dbPath) || value(QStringLiteral("--lang"), g.lang) ||
            value(QStringLiteral("--user"), g.user))
            continue;
        g.rest << a;
    }
    return g;
}

} // namespace

bool needsGraphics(const QStringList& arguments)
{
    const GlobalOptions g = globalOptions(arguments);
    return !g.rest.isEmpty() && g.rest.first() == QLatin1String("report");
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const GlobalOptions g = globalOptions(arguments);
    const QString& dbPath = g.dbPath;
    const QString& lang = g.lang;
    const QString& user = g.user;
    const QStringList& rest = g.rest;
    i18n::setLanguage(lang.isEmpty() ? i18n::languageFromLocale() : lang);
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h") ||
        rest.first() == QLatin1String("help")) {
        (rest.isEmpty() ? err : out) << usage();
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.first() == QLatin1String("--version")) {
        out << QStringLiteral("onewindow-cli ") << QStringLiteral(ONEWINDOW_VERSION) << Qt::endl;
        return ExitOk;
    }
    // A write that finds another desk or program writing waits for it and says so once.
    struct WaitLine
    {
        explicit WaitLine(QTextStream& err)
        {
            Database::setWaitNotifier([&err, said = std::make_shared<bool>(false)](const QString& path, qint64) {
                if (*said)
                    return;
                *said = true;
                err << QCoreApplication::translate("Cli",
                                                   "Another desk or program is writing to %1; waiting for it (at "
                                                   "most %2 s)…")
                           .arg(path)
                           .arg(Database::kMaxWaitMs / 1000)
                    << Qt::endl;
            });
        }
        ~WaitLine() { Database::setWaitNotifier({}); }
    } waitLine(err);
    for (const Command& c : kCommands) {
        if (rest.first() == QLatin1String(c.name)) {
            Context ctx{rest, dbPath.isEmpty() ? defaultDatabasePath() : dbPath, user, out, err};
            const int status = c.run(ctx);
            return ctx.permissionDenied ? int(ExitPermission) : status;
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(rest.first()) << Qt::endl << usage();
    return ExitUsage;
}

} // namespace ow::cli
