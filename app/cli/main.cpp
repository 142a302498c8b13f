// onewindow-cli: the command-line companion (spec/cli.md).
#include "cli/cli.h"
#include "reports/report_export.h"
#include "util/private_files.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    // Databases, backups, packages and reports this program writes: readable by this account only.
    ow::files::restrictNewFiles();
    // Reports render PDFs and charts with Qt Gui; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Offscreen Qt wants a runtime directory; without one it warns on stderr on every run (cron jobs,
    // CI), which scripts would read as an error. Use the directory Qt itself would fall back to.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-onewindow-") + qEnvironmentVariable("USER");
        if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    // QApplication, not QGuiApplication: the report charts (Qt Charts) are graphics widgets.
    QApplication app(argc, argv);
    ow::cli::setReportRenderer(&ow::ui::renderReport);
    ow::cli::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = ow::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
