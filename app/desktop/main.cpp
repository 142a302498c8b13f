// onewindow: the desktop application.
#include "admin/site_setup.h"
#include "app/startup.h"
#include "util/private_files.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // Databases, backups, packages and reports this program writes: readable by this account only.
    ow::files::restrictNewFiles();
    if (ow::ui::onlyPrintsText(argc, argv)) { // --version, --help: no display needed
        QCoreApplication app(argc, argv);
        ow::setApplicationIdentity();
        return ow::ui::printDesktopText(app);
    }
    QApplication app(argc, argv);
    ow::setApplicationIdentity();
    return ow::ui::startDesktop(app);
}
