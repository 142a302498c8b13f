// Reference data (categories, departments, divisions) looked up by code or name.
#include "storage/reference_data.h"

#include "storage/sql_dialect.h"

#include "util/csv.h"
#include "util/i18n.h"
#include "util/text.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace ow {

QStringList divisionLevels()
{
    return {QStringLiteral("province"), QStringLiteral("city"),    QStringLiteral("county"),
            QStringLiteral("township"), QStringLiteral("village"), QStringLiteral("grid")};
}

QString NamedCode::name() const
{
    return (i18n::chinese() || nameEn.isEmpty()) ? nameZh : nameEn;
}

QList<QHash<QString, QString>> ReferenceData::bundledRows(const QString& name)
{
    QFile f(QStringLiteral(":/domain/") + name);
    QList<QHash<QString, QString>> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const auto decoded = csv::decode(f.readAll(), QStringLiteral("utf-8"));
    if (!decoded)
        return rows;
    for (const csv::Table::Row& r : csv::parseTable(decoded->text, true).rows)
        rows << r.values;
    return rows;
}

QString ReferenceData::departmentOrder(bool server)
{
    // A CASE of the bundled list's codes in their order, made once.
    static const QString position = [] {
        QString cases;
        int n = 0;
        for (const auto& r : bundledRows(QStringLiteral("departments.csv"))) {
            const QString code = r.value(QStringLiteral("code")).trimmed();
            if (!code.isEmpty() && !code.contains(QLatin1Char('\'')))
                cases += QStringLiteral(" WHEN '%1' THEN %2").arg(code).arg(++n);
        }
        return cases.isEmpty() ? QStringLiteral("0")
                               : QStringLiteral("CASE code") + cases + QStringLiteral(" ELSE %1 END").arg(n + 1);
    }();
    return QStringLiteral("created_at, ") + position + QStringLiteral(", ") + sql::Dialect{server}.sorted("code");
}

ReferenceData ReferenceData::load(Database& db)
{
    return load(db.sql());
}

ReferenceData ReferenceData::load(QSqlDatabase& db)
{
    ReferenceData r;
    QSqlQuery q(db);
    const auto setting = [&q](const QString& key, const QString& fallback) {
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : fallback;
    };
    r.siteCode = setting(QStringLiteral("site_code"), {});
    r.siteName = setting(QStringLiteral("site_name"), {});
    r.siteLevel = setting(QStringLiteral("site_level"), {});
    r.siteDivision = setting(QStringLiteral("site_division"), r.siteCode);
    q.exec(QStringLiteral("SELECT code, name_zh, name_en FROM categories WHERE active = 1 ORDER BY sort_order, code"));
    while (q.next()) {
        r.m_categoryIndex.insert(q.value(0).toString(), int(r.categories.size()));
        r.categories << NamedCode{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, {}};
    }
    const sql::Dialect x{db.driverName() == QLatin1String("QPSQL")};
    q.exec(QStringLiteral("SELECT code, name_zh, name_en, is_window FROM departments WHERE active = 1 ORDER BY ") +
           departmentOrder(x.server));
    while (q.next()) {
        r.m_departmentIndex.insert(q.value(0).toString(), int(r.departments.size()));
        NamedCode d{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, {}};
        d.isWindow = q.value(3).toInt() != 0;
        r.departments << d;
    }
    q.exec(QStringLiteral("SELECT code, name_zh, name_en, level, parent_code FROM divisions ORDER BY code"));
    while (q.next()) {
        r.m_divisionIndex.insert(q.value(0).toString(), int(r.divisions.size()));
        r.divisions << NamedCode{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString()};
    }
    return r;
}

const NamedCode* ReferenceData::category(const QString& code) const
{
    const auto it = m_categoryIndex.constFind(code);
    return it == m_categoryIndex.cend() ? nullptr : &categories[*it];
}

const NamedCode* ReferenceData::department(const QString& code) const
{
    const auto it = m_departmentIndex.constFind(code);
    return it == m_departmentIndex.cend() ? nullptr : &departments[*it];
}

const NamedCode* ReferenceData::division(const QString& code) const
{
    const auto it = m_divisionIndex.constFind(code);
    return it == m_divisionIndex.cend() ? nullptr : &divisions[*it];
}

namespace {
std::optional<QString> findIn(const QList<NamedCode>& list, const QString& input,
                              const std::function<bool(const NamedCode&)>& accept)
{
    const QString key = text::matchKey(input);
    if (key.isEmpty())
        return std::nullopt;
    for (const NamedCode& n : list) {
        if (!accept(n))
            continue;
        if (text::matchKey(n.code) == key || text::matchKey(n.nameZh) == key ||
            (!n.nameEn.isEmpty() && text::matchKey(n.nameEn) == key))
            return n.code;
    }
    return std::nullopt;
}
} // namespace

std::optional<QString> ReferenceData::findCategory(const QString& input) const
{
    return findIn(categories, input, [](const NamedCode&) { return true; });
}

std::optional<QString> ReferenceData::findDepartment(const QString& input, bool windowsOnly) const
{
    return findIn(departments, input, [&](const NamedCode& d) { return !windowsOnly || d.isWindow; });
}

std::optional<QString> ReferenceData::findDivision(const QString& input, const QString& parentCode) const
{
    return findIn(divisions, input,
                  [&](const NamedCode& d) { return parentCode.isEmpty() || d.parentCode == parentCode; });
}

QList<NamedCode> ReferenceData::childrenOf(const QString& parentCode) const
{
    QList<NamedCode> out;
    for (const NamedCode& d : divisions)
        if (d.parentCode == parentCode)
            out << d;
    return out;
}

QList<NamedCode> ReferenceData::townships() const
{
    const NamedCode* root = division(siteDivision);
    if (!root)
        return {};
    if (root->level == QLatin1String("township"))
        return {*root};
    if (root->level == QLatin1String("village")) {
        const NamedCode* parent = division(root->parentCode);
        return parent ? QList<NamedCode>{*parent} : QList<NamedCode>{};
    }
    QList<NamedCode> out;
    for (const NamedCode& d : childrenOf(root->code))
        if (d.level == QLatin1String("township"))
            out << d;
    return out;
}

QString ReferenceData::categoryName(const QString& code) const
{
    const NamedCode* n = category(code);
    return n ? n->name() : code;
}

QString ReferenceData::departmentName(const QString& code) const
{
    const NamedCode* n = department(code);
    return n ? n->name() : code;
}

QString ReferenceData::divisionName(const QString& code) const
{
    const NamedCode* n = division(code);
    return n ? n->name() : code;
}

} // namespace ow
