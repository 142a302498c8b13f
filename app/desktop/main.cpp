// onewindow: the desktop application.
#include "app/startup.h"
#include "util/private_files.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // Databases, backups, packages and reports this program writes: readable by this account only.
    ow::files::restrictNewFiles();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    return ow::ui::startDesktop(app);
}
