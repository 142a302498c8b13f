// The layer order of docs/ARCHITECTURE.md, read off the sources: every #include "…" of core, ui and
// app is resolved to the file it names, and an edge against the order fails with the line it is on.
// The test prints the graph of core's folders, so a change of it shows in the test log.
#include "support/catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <iostream>
#include <map>

namespace {

// core's folders from the bottom: a folder may include its own and those before it.
const QStringList kCoreOrder{
    QStringLiteral("util"),     QStringLiteral("domain"),   QStringLiteral("validation"), QStringLiteral("storage"),
    QStringLiteral("security"), QStringLiteral("workflow"), QStringLiteral("mediation"),  QStringLiteral("mechanisms"),
    QStringLiteral("reports"),  QStringLiteral("exchange"), QStringLiteral("admin"),
};

struct Source
{
    QString path;   // relative to the repository, e.g. core/storage/database.cpp
    QString top;    // core, ui or app
    QString folder; // the folder below top, e.g. storage
};

struct Include
{
    Source from;
    int line = 0;
    QString text;  // as written
    Source target; // resolved; empty path when outside the repository (Qt, the system)
};

QDir repository()
{
    return QDir(qEnvironmentVariable("TESTS_SOURCE_DIR") + QStringLiteral("/.."));
}

Source sourceOf(const QString& relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    return {relative, parts.value(0), parts.size() > 2 ? parts.value(1) : QString()};
}

// The include roots of the build (core/, ui/, app/ and the including file's folder), in that order.
Source resolve(const QDir& root, const Source& from, const QString& text)
{
    const QString own = QFileInfo(from.path).path() + QLatin1Char('/') + text;
    if (QFileInfo::exists(root.filePath(own)))
        return sourceOf(QDir::cleanPath(own));
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")})
        if (QFileInfo::exists(root.filePath(top + QLatin1Char('/') + text)))
            return sourceOf(top + QLatin1Char('/') + text);
    return {};
}

QList<Include> includes()
{
    const QDir root = repository();
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"));
    QList<Include> out;
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = root.relativeFilePath(it.next());
            QFile f(root.filePath(path));
            REQUIRE(f.open(QIODevice::ReadOnly));
            const Source from = sourceOf(path);
            int line = 0;
            for (const QByteArray& raw : f.readAll().split('\n')) {
                ++line;
                const auto m = include.match(QString::fromUtf8(raw));
                if (m.hasMatch())
                    out.append({from, line, m.captured(1), resolve(root, from, m.captured(1))});
            }
        }
    }
    return out;
}

// Why an include is against the order, or empty when it is allowed.
QString violation(const Include& inc)
{
    const Source& a = inc.from;
    const Source& b = inc.target;
    if (b.path.isEmpty())
        return {};
    if (a.top == QLatin1String("core")) {
        if (b.top != QLatin1String("core"))
            return QStringLiteral("core includes %1").arg(b.top);
        const qsizetype from = kCoreOrder.indexOf(a.folder);
        const qsizetype to = kCoreOrder.indexOf(b.folder);
        if (from < 0 || to < 0)
            return QStringLiteral("a core folder outside the documented order (%1 → %2)").arg(a.folder, b.folder);
        if (to > from)
            return QStringLiteral("core/%1 is below core/%2").arg(a.folder, b.folder);
        return {};
    }
    if (a.top == QLatin1String("ui")) {
        if (b.top == QLatin1String("app"))
            return QStringLiteral("ui includes app");
        // The printing module is linked by onewindow-cli: no windows, no dialogs.
        if (a.folder == QLatin1String("printing") && b.top == QLatin1String("ui") &&
            b.folder != QLatin1String("printing"))
            return QStringLiteral("ui/printing includes ui/%1").arg(b.folder);
        return {};
    }
    // app/cli: core and the printing module only.
    if (a.folder == QLatin1String("cli") && b.top == QLatin1String("ui") && b.folder != QLatin1String("printing"))
        return QStringLiteral("the command line includes ui/%1").arg(b.folder);
    if (a.folder == QLatin1String("cli") && b.top == QLatin1String("app") && b.folder != QLatin1String("cli"))
        return QStringLiteral("the command line includes app/%1").arg(b.folder);
    return {};
}

} // namespace

TEST_CASE("core's folders, ui and the command line include only what is below them")
{
    const QList<Include> all = includes();
    REQUIRE(all.size() > 500); // the sources were found

    std::map<std::pair<QString, QString>, int> graph;
    QStringList wrong;
    for (const Include& inc : all) {
        if (inc.from.top == QLatin1String("core") && inc.target.top == QLatin1String("core") &&
            inc.from.folder != inc.target.folder)
            ++graph[{inc.from.folder, inc.target.folder}];
        if (const QString why = violation(inc); !why.isEmpty())
            wrong << QStringLiteral("%1:%2: #include \"%3\": %4").arg(inc.from.path).arg(inc.line).arg(inc.text, why);
    }
    std::cout << "Include graph of core (folder -> folder: includes), bottom of the order first:\n";
    for (const QString& folder : kCoreOrder) {
        QStringList edges;
        for (const auto& [edge, n] : graph)
            if (edge.first == folder)
                edges << QStringLiteral("%1 (%2)").arg(edge.second).arg(n);
        std::cout << "  " << folder.toStdString() << " -> " << edges.join(QStringLiteral(", ")).toStdString() << '\n';
    }
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("an include against the order is reported")
{
    // The rule itself, on made-up edges: the test above would pass on an empty rule.
    const auto check = [](const char* from, const char* to) {
        return violation({sourceOf(QString::fromLatin1(from)), 1, QString(), sourceOf(QString::fromLatin1(to))});
    };
    CHECK(check("core/storage/database.cpp", "core/security/audit.h") ==
          QStringLiteral("core/storage is below core/security"));
    CHECK(check("core/util/text.cpp", "core/exchange/package_format.h").contains(QStringLiteral("below")));
    CHECK(check("core/admin/restore.cpp", "core/security/audit.h").isEmpty());
    CHECK(check("core/workflow/routing.cpp", "ui/widgets/dialogs.h") == QStringLiteral("core includes ui"));
    CHECK(check("app/cli/cmd_report.cpp", "ui/printing/report_export.h").isEmpty());
    CHECK(check("app/cli/cmd_report.cpp", "ui/widgets/dialogs.h").contains(QStringLiteral("ui/widgets")));
    CHECK(check("ui/printing/report_charts.cpp", "ui/main/main_window.h").contains(QStringLiteral("ui/main")));
    CHECK(check("core/newthing/x.cpp", "core/util/text.h").contains(QStringLiteral("outside the documented order")));
}
