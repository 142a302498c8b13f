// Creating a center's database: the schema, the bundled reference data (resources/domain), the
// site and the built-in operator, in one transaction with its audit entry.
#include "admin/site_setup.h"

#include "domain/vocabulary.h"
#include "security/audit.h"
#include "security/audit_anchors.h"
#include "storage/reference_data.h"
#include "storage/sql_values.h"
#include "util/text.h"
#include "validation/identifiers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace ow {
namespace {

Status insertRow(Database& db, const QString& table, const QStringList& columns, const QVariantList& values)
{
    const QString now = utcNow();
    QStringList cols = columns;
    cols << QStringLiteral("id") << QStringLiteral("site_code") << QStringLiteral("created_at")
         << QStringLiteral("updated_at");
    QVariantList vals = values;
    vals << newUuid() << db.siteCode() << now << now;
    QStringList marks;
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                  .arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant& v : vals)
        q.addBindValue(v);
    if (!q.exec())
        return fail(QCoreApplication::translate("ReferenceData", "Cannot load %1: %2")
                        .arg(table, sql::errorText(q.lastError())));
    return {};
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// routing.csv lists co-handling departments separated by ';'; the table keeps them comma-separated,
// and '' (not NULL, as an empty joined list would bind) when there are none.
QString coCodes(const QString& field)
{
    const QStringList codes = field.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(','));
}

Status loadBundledData(Database& db)
{
    int order = 0;
    for (const auto& r : ReferenceData::bundledRows(QStringLiteral("categories.csv")))
        if (Status s = insertRow(
                db, QStringLiteral("categories"),
                {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                 QStringLiteral("sort_order")},
                {r[QStringLiteral("code")], r[QStringLiteral("name_zh")], r[QStringLiteral("name_en")], ++order});
            !s)
            return s;
    for (const auto& r : ReferenceData::bundledRows(QStringLiteral("departments.csv")))
        if (Status s =
                insertRow(db, QStringLiteral("departments"),
                          {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                           QStringLiteral("is_window"), QStringLiteral("presence")},
                          {r[QStringLiteral("code")], r[QStringLiteral("name_zh")], r[QStringLiteral("name_en")],
                           r[QStringLiteral("window")] == QLatin1String("yes") ? 1 : 0, r[QStringLiteral("presence")]});
            !s)
            return s;
    // Parents first: sort by the depth of the level.
    const QStringList levels = divisionLevels();
    auto divisions = ReferenceData::bundledRows(QStringLiteral("divisions.csv"));
    std::stable_sort(divisions.begin(), divisions.end(), [&](const auto& a, const auto& b) {
        return levels.indexOf(a[QStringLiteral("level")]) < levels.indexOf(b[QStringLiteral("level")]);
    });
    for (const auto& r : divisions)
        if (Status s = insertRow(db, QStringLiteral("divisions"),
                                 {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("level"),
                                  QStringLiteral("parent_code")},
                                 {r[QStringLiteral("code")], r[QStringLiteral("name_zh")], r[QStringLiteral("level")],
                                  orNull(r[QStringLiteral("parent_code")])});
            !s)
            return s;
    for (const auto& r : ReferenceData::bundledRows(QStringLiteral("holidays.csv")))
        if (Status s = insertRow(db, QStringLiteral("holidays"),
                                 {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")},
                                 {r[QStringLiteral("date")], r[QStringLiteral("kind")], r[QStringLiteral("name")]});
            !s)
            return s;
    for (const auto& r : ReferenceData::bundledRows(QStringLiteral("deadlines.csv")))
        if (Status s = insertRow(db, QStringLiteral("deadline_rules"),
                                 {QStringLiteral("case_type"), QStringLiteral("milestone"), QStringLiteral("days"),
                                  QStringLiteral("counting"), QStringLiteral("starts_from"),
                                  QStringLiteral("extension_days"), QStringLiteral("source")},
                                 {r[QStringLiteral("case_type")], r[QStringLiteral("milestone")],
                                  r[QStringLiteral("days")].toInt(), r[QStringLiteral("counting")],
                                  r[QStringLiteral("starts_from")], r[QStringLiteral("extension_days")].toInt(),
                                  r[QStringLiteral("source")]});
            !s)
            return s;
    // Default routing rules (归口管理), one per bundled category with a competent department; the
    // basis column names the law and becomes the rule's note. Administrators edit them as any rule.
    for (const auto& r : ReferenceData::bundledRows(QStringLiteral("routing.csv")))
        if (Status s = insertRow(db, QStringLiteral("routing_rules"),
                                 {QStringLiteral("category_code"), QStringLiteral("lead_department_code"),
                                  QStringLiteral("co_departments"), QStringLiteral("note")},
                                 {r[QStringLiteral("category_code")], r[QStringLiteral("lead")],
                                  coCodes(r[QStringLiteral("co")]), orNull(r[QStringLiteral("basis")])});
            !s)
            return s;
    return {};
}

// The site's own division: its code when bundled; otherwise a new division under the longest
// bundled code that prefixes it (a village or grid center adds its own unit this way).
Status ensureSiteDivision(Database& db, const SiteSetup& site)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT level FROM divisions WHERE code = ?"));
    q.addBindValue(site.code);
    if (q.exec() && q.next()) {
        const QString level = q.value(0).toString();
        if (level != site.level)
            return fail(QCoreApplication::translate("ReferenceData",
                                                    "The site code %1 is a %2 division, but the site level is %3.")
                            .arg(site.code, level, site.level));
        return {};
    }
    QString parent;
    for (qsizetype len = site.code.size() - 1; len >= 2 && parent.isEmpty(); --len) {
        QSqlQuery p(db.sql());
        p.prepare(QStringLiteral("SELECT code FROM divisions WHERE code = ?"));
        p.addBindValue(site.code.left(len));
        if (p.exec() && p.next())
            parent = p.value(0).toString();
    }
    if (parent.isEmpty())
        return fail(QCoreApplication::translate(
                        "ReferenceData", "The site code %1 is not an administrative division code of the bundled list "
                                         "and no parent division starts it. Use a division code such as 150824.")
                        .arg(site.code));
    return insertRow(
        db, QStringLiteral("divisions"),
        {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("level"), QStringLiteral("parent_code")},
        {site.code, site.name, site.level, parent});
}

QString defaultCaseNoPrefix(const SiteSetup& site)
{
    if (site.code == QLatin1String("150824"))
        return QStringLiteral("乌中矛调");
    return site.name.left(2) + QStringLiteral("矛调");
}

} // namespace

SiteSetup sampleSite()
{
    return {QStringLiteral("150824"), QStringLiteral("乌拉特中旗社会治理中心"), QStringLiteral("county"), QString()};
}

namespace {

// The site as given, checked: the code and name present, a known level, the phone normalised.
Result<SiteSetup> checkedSite(const SiteSetup& site)
{
    if (site.code.trimmed().isEmpty() || site.name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ReferenceData", "The site code and the site name are required."));
    if (!vocab::isCode(vocab::List::SiteLevel, site.level))
        return fail(QCoreApplication::translate("ReferenceData",
                                                "The site level must be county, township or village, not \"%1\".")
                        .arg(site.level));
    SiteSetup checked = site;
    checked.phone.clear();
    if (!site.phone.trimmed().isEmpty()) {
        auto phone = validation::centerPhone(site.phone);
        if (!phone)
            return fail(QCoreApplication::translate("ReferenceData", "The center phone: %1").arg(phone.error()));
        checked.phone = *phone;
    }
    return checked;
}

// Writes a checked site into `db`, in one transaction.
Status writeSite(Database& db, const SiteSetup& site)
{
    WriteTransaction tx(db);
    if (!tx.active())
        return fail(tx.error());
    const QString now = utcNow();
    const QList<QPair<QString, QString>> settings{
        {QStringLiteral("site_code"), site.code},
        {QStringLiteral("site_name"), site.name},
        {QStringLiteral("site_level"), site.level},
        {QStringLiteral("site_division"), site.code},
        {QStringLiteral("case_no_prefix"), defaultCaseNoPrefix(site)},
        {QStringLiteral("case_no_pattern"), QStringLiteral("（{year}）{prefix}字第{seq:04}号")},
        {QStringLiteral("due_soon_share"), QStringLiteral("0.8")},
        {QStringLiteral("created_at"), now},
    };
    for (const auto& [k, v] : settings)
        if (Status s = db.setSetting(k, v); !s)
            return s;
    if (!site.phone.isEmpty())
        if (Status s = db.setSetting(QStringLiteral("center_phone"), site.phone); !s)
            return s;
    if (Status s = loadBundledData(db); !s)
        return s;
    if (Status s = ensureSiteDivision(db, site); !s)
        return s;
    if (Status s = insertRow(db, QStringLiteral("sites"),
                             {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"),
                              QStringLiteral("division_code"), QStringLiteral("is_self")},
                             {site.code, site.name, site.level, site.code, 1});
        !s)
        return s;
    if (Status s = insertRow(db, QStringLiteral("users"),
                             {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("role")},
                             {QStringLiteral("system"), QCoreApplication::translate("ReferenceData", "System"),
                              QStringLiteral("system")});
        !s)
        return s;
    if (Status s = appendAudit(db, QStringLiteral("system"), QStringLiteral("init"), QStringLiteral("site"), site.code,
                               site.name);
        !s)
        return s;
    // The site's key pair and the first signed head of its log: from now on a log cut short or
    // rewritten disagrees with an anchor (security/audit_anchors.h).
    if (auto anchor = issueAnchor(db, QStringLiteral("init")); !anchor)
        return fail(anchor.error());
    return tx.commit();
}

} // namespace

Result<DatabasePtr> createDatabase(const QString& path, const SiteSetup& site)
{
    auto checked = checkedSite(site);
    if (!checked)
        return fail(checked.error());
    auto opened = Database::open(path, Database::Mode::Create);
    if (!opened)
        return opened;
    if (Status s = writeSite(**opened, *checked); !s)
        return fail(s.error());
    return opened;
}

Status setUpSite(Database& db, const SiteSetup& site)
{
    auto checked = checkedSite(site);
    if (!checked)
        return fail(checked.error());
    return writeSite(db, *checked);
}

QString defaultDatabasePath()
{
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    const QString dir = data.filePath(QStringLiteral("OneWindow"));
    const QString path = QDir(dir).filePath(QStringLiteral("onewindow.sqlite"));
    // A database made before the path was fixed stays where it is (its backups and -wal beside it,
    // perhaps open in an older copy of the program): moving it is not worth that risk.
    const QString old = data.filePath(QStringLiteral("OneWindow/OneWindow/onewindow.sqlite"));
    if (!QFileInfo::exists(path) && QFileInfo::exists(old))
        return old;
    QDir().mkpath(dir);
    return path;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("onewindow.org"));
    QCoreApplication::setApplicationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
}

} // namespace ow
