// The Qt application object and the sample database of the fuzz targets.
#include "fuzz_support.h"

#include "support/fixtures.h"
#include "util/i18n.h"

#include <QCoreApplication>
#include <memory>

namespace ow::fuzz {

void init()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = nullptr;
    if (app)
        return;
    app = new QCoreApplication(argc, argv); // lives until exit: libFuzzer never returns to main
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindowFuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("OneWindowFuzz"));
    i18n::setLanguage(QStringLiteral("zh_CN"));
}

namespace {
test::TempDatabase& temp()
{
    static test::TempDatabase* t = new test::TempDatabase; // removed by the exit handler below
    static const bool registered = [] {
        std::atexit([] {
            delete t;
            t = nullptr;
        });
        return true;
    }();
    (void)registered;
    return *t;
}
} // namespace

Database& sampleDatabase()
{
    return *temp().db;
}

QString scratchPath(const QString& name)
{
    return temp().file(name);
}

} // namespace ow::fuzz
