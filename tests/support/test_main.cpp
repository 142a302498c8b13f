// The main() of every test program: a Qt application object (QApplication for GUI tests), the
// Chinese language as a user gets it by default (Qt's own strings too), then Catch2's session.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include "util/i18n.h"

#ifdef OW_GUI_TEST
#include "app/startup.h"

#include <QApplication>
#endif
#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef OW_GUI_TEST
    app = std::make_unique<QApplication>(argc, argv);
#else
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindowTest"));
    QCoreApplication::setApplicationName(QStringLiteral("OneWindowTest"));
    ow::i18n::setLanguage(QStringLiteral("zh_CN"));
    // Secret signing keys of the test databases in a folder of this run (inherited by the programs the
    // tests start), not in the account's data folder.
    QTemporaryDir keyDir;
    if (qEnvironmentVariableIsEmpty("ONEWINDOW_KEY_DIR"))
        qputenv("ONEWINDOW_KEY_DIR", keyDir.path().toUtf8());
#ifdef OW_GUI_TEST
    // Qt's own buttons (保存, 取消) in Chinese too, as the desktop program installs them.
    ow::ui::installQtTranslations(static_cast<QApplication&>(*app), QStringLiteral("zh_CN"));
#endif
    return Catch::Session().run(argc, argv);
}
