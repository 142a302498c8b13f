// onewindow-cli: the command-line companion (spec/cli.md).
#include "cli/cli.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    // Reports render PDFs and charts with Qt Gui; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = ow::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
