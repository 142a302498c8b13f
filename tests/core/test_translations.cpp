// Translations: every user-visible string has a finished Simplified Chinese translation, and
// the Chinese translation is what a user gets by default.
#include "support/catch.h"

#include "util/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString sourceRoot()
{
    return QDir(qEnvironmentVariable("TESTS_SOURCE_DIR")).absoluteFilePath(QStringLiteral(".."));
}

struct TsCounts
{
    int messages = 0;
    int unfinished = 0;
    int obsolete = 0;
    QStringList unfinishedSources;
};

TsCounts countTs(const QString& path)
{
    QFile f(path);
    TsCounts c;
    if (!f.open(QIODevice::ReadOnly))
        return c;
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression message(QStringLiteral("<message[^>]*>(.*?)</message>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (auto it = message.globalMatch(text); it.hasNext();) {
        const QString block = it.next().captured(1);
        ++c.messages;
        if (block.contains(QLatin1String("type=\"unfinished\""))) {
            ++c.unfinished;
            c.unfinishedSources << source.match(block).captured(1);
        }
        if (block.contains(QLatin1String("type=\"vanished\"")) || block.contains(QLatin1String("type=\"obsolete\"")))
            ++c.obsolete;
    }
    return c;
}

} // namespace

TEST_CASE("the committed zh_CN translation has no unfinished or obsolete entries")
{
    const TsCounts c = countTs(sourceRoot() + QStringLiteral("/translations/onewindow_zh_CN.ts"));
    INFO("unfinished: " << c.unfinishedSources.join(QStringLiteral(" | ")).toStdString());
    CHECK(c.messages > 0);
    CHECK(c.unfinished == 0);
    CHECK(c.obsolete == 0);
}

TEST_CASE("every tr() string of the sources is translated (lupdate on a copy finds nothing new)")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("onewindow_zh_CN.ts"));
    REQUIRE(QFile::copy(sourceRoot() + QStringLiteral("/translations/onewindow_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(OW_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-silent"), sourceRoot() + QStringLiteral("/core"),
                   sourceRoot() + QStringLiteral("/ui"), sourceRoot() + QStringLiteral("/app"), QStringLiteral("-ts"),
                   copy});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    const TsCounts c = countTs(copy);
    INFO("strings without a Chinese translation: " << c.unfinishedSources.join(QStringLiteral(" | ")).toStdString());
    CHECK(c.unfinished == 0);
}

TEST_CASE("Chinese is loaded by default and English on request")
{
    ow::i18n::setLanguage(QStringLiteral("zh_CN"));
    const QString zh = QCoreApplication::translate("Cli", "Unknown command \"%1\".");
    CHECK(zh != QStringLiteral("Unknown command \"%1\"."));
    CHECK(zh.contains(QStringLiteral("%1")));
    ow::i18n::setLanguage(QStringLiteral("en"));
    CHECK(QCoreApplication::translate("Cli", "Unknown command \"%1\".") == QStringLiteral("Unknown command \"%1\"."));
    ow::i18n::setLanguage(QStringLiteral("zh_CN"));
}
