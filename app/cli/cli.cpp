// Dispatch of onewindow-cli commands and the options every command shares.
#include "cli/cli.h"

#include "admin/site_setup.h"
#include "security/users.h"
#include "storage/backup.h"
#include "storage/store_location.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <QDir>

#include <termios.h>
#include <unistd.h>

namespace ow::cli {
namespace {

// One line per command; the order is the order of `--help`.
constexpr Command kCommands[] = {
    {"init", "init --site-code CODE --site-name NAME --level county|township|village [--phone PHONE]", &cmdInit,
     permissions::Action::ViewCases},
    {"import-ledger", "import-ledger FILE.csv [--dry-run] [--skip-invalid --rejects OUT.csv] [--encoding E]",
     &cmdImportLedger, permissions::Action::ImportLedger},
    {"cases",
     "cases [--status S] [--category C] [--township CODE] [--overdue] [--search TEXT] [--limit N] "
     "[--format table|json|csv]",
     &cmdCases, permissions::Action::ViewCases},
    {"show", "show CASE_NO [--format json] [--unmask]", &cmdShow, permissions::Action::ViewCases},
    {"intake", "intake --json FILE|- [--reported]", &cmdIntake, permissions::Action::Intake},
    {"transition",
     "transition CASE accept|reject|assign|start|respond|close|return|suspend|resume|escalate|withdraw|merge|reopen "
     "[--reason T] [--department D] [--escalated-to B] [--merged-into CASE] [--outcome O] [--level L] [--override] "
     "[--on DATE]",
     &cmdTransition, permissions::Action::HandleCase},
    {"route", "route CASE [--lead DEPT] [--co DEPT,DEPT] [--reason TEXT]", &cmdRoute, permissions::Action::RouteCase},
    {"check", "check", &cmdCheck, permissions::Action::ViewCases},
    {"check-connection", "check-connection   (--db postgresql://…: can this desk reach the center's server?)",
     &cmdCheckConnection, permissions::Action::ViewCases},
    {"export", "export --out FILE [--since YYYY-MM-DD|last]", &cmdExport, permissions::Action::ExportPackage},
    {"import", "import FILE.owpkg [--dry-run]", &cmdImport, permissions::Action::ImportPackage},
    {"conflicts", "conflicts [--all] [--format table|json]", &cmdConflicts, permissions::Action::Conflicts},
    {"resolve", "resolve CONFLICT_ID --keep ours|theirs", &cmdResolve, permissions::Action::Conflicts},
    {"report",
     "report --month YYYY-MM [--site CODE] [--township CODE] [--department CODE] "
     "--format json|csv|xlsx|pdf --out FILE",
     &cmdReport, permissions::Action::MonthlyReport},
    {"print", "print receipt|agreement|opinion|casefile CASE --out FILE.pdf [--compiled-by NAME]", &cmdPrint,
     permissions::Action::ViewCases},
    {"schedule", "schedule import FILE.csv   (the leaders' reception schedule, docs/leaders-and-agency.md)",
     &cmdSchedule, permissions::Action::ReceptionSchedule},
    {"leader-cases", "leader-cases [--all] [--format table|json]   (leader-owned cases and the backlog)",
     &cmdLeaderCases, permissions::Action::ViewCases},
    {"agency-cases", "agency-cases [--level county|township|village] [--agent ID [--mark-seen]] [--format table|json]",
     &cmdAgencyCases, permissions::Action::ViewCases},
    {"demo", "demo --cases N [--seed S]", &cmdDemo, permissions::Action::DemoData},
    {"keys", "keys show|list [--format table|json] | keys add SITE KEY | keys revoke SITE FINGERPRINT | keys rotate",
     &cmdKeys, permissions::Action::SiteKeys},
    {"users", "users [--format table|json]", &cmdUsers, permissions::Action::ListUsers},
    {"passwd", "passwd LOGIN   (the new password on standard input)", &cmdPasswd,
     permissions::Action::ChangeOwnPassword},
    {"backup", "backup [--out FILE]   (a checked backup; default: the folder <db>-backups beside the database)",
     &cmdBackup, permissions::Action::Backup},
    {"restore", "restore BACKUP_FILE [--force-site]   (administrators; the replaced file is kept beside it)",
     &cmdRestore, permissions::Action::Restore},
    {"migrate",
     "migrate --to postgresql://owner@server/database [--app-role ROLE]   (administrators; moves this file onto an "
     "empty server database, verified; the file is not changed)",
     &cmdMigrate, permissions::Action::Restore},
    {"upgrade",
     "upgrade [--app-role ROLE]   (administrators; with --db postgresql://owner@server/database: brings the center's "
     "server to this program's schema version)",
     &cmdUpgrade, permissions::Action::Restore},
    {"recover-admin",
     "recover-admin LOGIN --i-own-the-database-file|--i-own-the-schema   (the new password on standard input; run "
     "as the owner of the database file, or on a server connected as the schema's owner role; audited and shown to "
     "every administrator)",
     &cmdRecoverAdmin, permissions::Action::ManageUsers},
};

QString usage()
{
    QString text =
        QCoreApplication::translate(
            "Cli",
            "Usage: onewindow-cli [--db PATH|postgresql://…] [--lang zh_CN|en] [--user NAME] COMMAND [options]") +
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

Result<DatabasePtr> Context::openStore(bool raw)
{
    if (isPostgreSqlUrl(dbPath)) {
        const Result<StoreLocation> location = parseStoreLocation(dbPath);
        return location ? Database::openServer(*location, terminalPasswordPrompt(*this)) : fail(location.error());
    }
    return raw ? Database::openRaw(dbPath) : Database::open(dbPath, Database::Mode::OpenExisting);
}

DatabasePtr Context::openDatabase(bool writes)
{
    Result<DatabasePtr> db = openStore();
    if (!db) {
        err << db.error() << Qt::endl;
        return nullptr;
    }
    if (!signIn(**db))
        return nullptr;
    // A server is backed up by the server's own routine (docs/postgresql.md, "Backups on a server").
    if (writes && !(*db)->isServer())
        if (auto daily = backup::dailyBackupIfDue(**db); !daily)
            err << QCoreApplication::translate("Cli", "Warning: the daily backup failed: %1").arg(daily.error())
                << Qt::endl;
    return *db;
}

bool Context::signIn(Database& db)
{
    auto refuse = [this](const QString& message) {
        err << message << Qt::endl;
        permissionDenied = true;
        return false;
    };
    UserService users(db);
    if (!users.signInRequired()) {
        // No password exists yet: whoever may open the file acts, as the built-in operator or as an
        // account that exists (an unknown name is never written into the audit log).
        auto named = users.actWithoutPassword(user);
        if (!named)
            return refuse(named.error());
        actor = *named;
    } else {
        if (user == QLatin1String("system"))
            return refuse(QCoreApplication::translate(
                "Cli", "Sign-in is on: give your login with --user LOGIN and your password (typed at the prompt, or "
                       "in the environment variable ONEWINDOW_PASSWORD for scripts). The built-in operator "
                       "\"system\" cannot sign in. If no administrator knows a password, see "
                       "onewindow-cli recover-admin."));
        if (qEnvironmentVariableIsSet("ONEWINDOW_PASSWORD")) {
            password = qEnvironmentVariable("ONEWINDOW_PASSWORD");
        } else if (isatty(STDIN_FILENO)) {
            bool ok = false;
            password = readSecret(QCoreApplication::translate("Cli", "Password for %1: ").arg(user), err, &ok);
            if (!ok)
                return refuse(QCoreApplication::translate("Cli", "No password was given."));
        } else {
            return refuse(QCoreApplication::translate("Cli", "User \"%1\" signs in with a password: type it at the "
                                                             "prompt (on a terminal) or give it in the environment "
                                                             "variable ONEWINDOW_PASSWORD.")
                              .arg(user));
        }
        auto signedIn = users.signIn(user, password);
        if (!signedIn)
            return refuse(signedIn.error());
        actor = *signedIn;
        for (const QString& notice : users.notices())
            err << QCoreApplication::translate("Cli", "Notice: %1").arg(notice) << Qt::endl;
    }
    if (Status allowed = permissions::require(actor, action); !allowed)
        return refuse(allowed.error());
    user = actor.login; // what the commands write as the acting user
    return true;
}

QString printable(const QString& data)
{
    QString out = data;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u <= 0x9F);
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
        if (control || bidi)
            c = QChar(0xFFFD);
    }
    return out;
}

QString readSecret(const QString& prompt, QTextStream& err, bool* ok)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // Read byte by byte from the descriptor: a buffered reader would take the lines after this one
    // (passwd reads the new password next).
    QByteArray line;
    bool got = false;
    char ch = 0;
    while (::read(STDIN_FILENO, &ch, 1) == 1) {
        got = true;
        if (ch == '\n')
            break;
        line.append(ch);
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (ok)
        *ok = got;
    return QString::fromUtf8(line);
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

// The commands that work on a center's server: the desk's daily work, the reports, the users and
// recover-admin, consolidation (packages, conflicts, the townships' keys), the ledger import, demo
// cases, and the server's own connection test, check, backup, restore and upgrade. init still makes
// a file only (a server is set up with migrate --to; docs/postgresql.md, "Status").
bool runsOnServer(const Command& c)
{
    for (auto run : {&cmdCheckConnection, &cmdCheck,       &cmdBackup, &cmdRestore,      &cmdCases,   &cmdShow,
                     &cmdIntake,          &cmdTransition,  &cmdRoute,  &cmdReport,       &cmdPrint,   &cmdSchedule,
                     &cmdLeaderCases,     &cmdAgencyCases, &cmdUsers,  &cmdPasswd,       &cmdImport,  &cmdExport,
                     &cmdConflicts,       &cmdResolve,     &cmdKeys,   &cmdImportLedger, &cmdUpgrade, &cmdDemo,
                     &cmdRecoverAdmin})
        if (c.run == run)
            return true;
    return false;
}

// A URL as --db is never taken for a file path: it is read (a password in it, another scheme than
// postgresql:// are refused), and only the commands that run on a server may use one.
int refuseServer(const QString& dbPath, const Command& c, QTextStream& err)
{
    if (dbPath.isEmpty())
        return ExitOk;
    const Result<StoreLocation> location = parseStoreLocation(dbPath);
    if (!location) {
        err << location.error() << Qt::endl;
        return ExitUsage;
    }
    if (!location->isPostgreSql() || runsOnServer(c))
        return ExitOk;
    err << QCoreApplication::translate("Cli",
                                       "\"%1\" does not run on a center's PostgreSQL server yet: give the center's "
                                       "database file with --db. On a server this version runs the daily work, "
                                       "reports, users and consolidation (packages and their conflicts; see "
                                       "onewindow-cli --help and docs/postgresql.md).")
               .arg(QString::fromUtf8(c.name))
        << Qt::endl;
    return ExitUsage;
}

} // namespace

bool needsGraphics(const QStringList& arguments)
{
    const GlobalOptions g = globalOptions(arguments);
    return !g.rest.isEmpty() && (g.rest.first() == QLatin1String("report") || g.rest.first() == QLatin1String("print"));
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
            if (const int refused = refuseServer(dbPath, c, err); refused != ExitOk)
                return refused;
            Context ctx{rest, dbPath.isEmpty() ? defaultDatabasePath() : dbPath, user, out, err, c.action, {}, {}};
            const int status = c.run(ctx);
            return ctx.permissionDenied ? int(ExitPermission) : status;
        }
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(rest.first()) << Qt::endl << usage();
    return ExitUsage;
}

} // namespace ow::cli
