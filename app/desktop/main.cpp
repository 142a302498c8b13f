// onewindow: the desktop application.
#include "app/startup.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    return ow::ui::startDesktop(app);
}
