// onewindow-cli: the command-line companion (docs/cli.md).
#include "admin/site_setup.h"
#include "cli/cli.h"
#include "util/private_files.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

// PDF reports draw charts, which needs Qt Gui without a display: the offscreen platform, and the
// runtime directory offscreen Qt wants (without one it warns on stderr on every run, which cron
// jobs and CI would read as an error; this is the directory Qt itself would fall back to).
void prepareOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-onewindow-") + qEnvironmentVariable("USER");
        if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Databases, backups, packages and reports this program writes: readable by this account only.
    ow::files::restrictNewFiles();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (ow::cli::needsGraphics(arguments)) {
        prepareOffscreen();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    ow::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = ow::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
