// onewindow-cli: the command-line companion (spec/cli.md).
#include "cli/cli.h"
#include "reports/report_export.h"

#include <QApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    // Reports render PDFs and charts with Qt Gui; no display is needed for that.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QApplication, not QGuiApplication: the report charts (Qt Charts) are graphics widgets.
    QApplication app(argc, argv);
    ow::cli::setReportRenderer(&ow::ui::renderReport);
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
