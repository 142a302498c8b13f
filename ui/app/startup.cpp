// Placeholder start-up; replaced by the main window work.
#include "app/startup.h"

#include <QApplication>

namespace ow::ui {

int startDesktop(QApplication& app)
{
    return app.exec();
}

} // namespace ow::ui
