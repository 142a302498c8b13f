// Language choice and translator installation shared by both programs and the tests.
#include "util/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ow::i18n {
namespace {
QString g_language = QStringLiteral("zh_CN");
QTranslator* g_translator = nullptr;
} // namespace

QString languageFromLocale()
{
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

void setLanguage(const QString& language)
{
    g_language = language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
    auto* app = QCoreApplication::instance();
    if (!app)
        return;
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    auto* t = new QTranslator(app);
    if (t->load(QStringLiteral(":/i18n/onewindow_") + g_language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(t);
        g_translator = t;
    } else {
        delete t;
    }
}

QString language()
{
    return g_language;
}

QLocale locale()
{
    return chinese() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool chinese()
{
    return g_language != QLatin1String("en");
}

} // namespace ow::i18n
