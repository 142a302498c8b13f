// Reference data (categories, departments, divisions): an in-memory lookup by code or name for
// import, intake and display. Creating a database with the bundled defaults is admin/site_setup.h.
#pragma once

#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ow {

// The levels of administrative divisions, from the top: a division belongs to one of a higher level.
QStringList divisionLevels();

struct NamedCode
{
    QString code;
    QString nameZh;
    QString nameEn;
    QString level;         // divisions only
    QString parentCode;    // divisions only
    bool isWindow = false; // departments only
    QString name() const;  // in the current language (Chinese when no English name)
};

class ReferenceData
{
public:
    static ReferenceData load(Database& db);
    // The same from any Qt connection to a center's schema: an SQLite file's, or a PostgreSQL
    // server's (QPSQL).
    static ReferenceData load(QSqlDatabase& db);
    // The ORDER BY keys of the departments in lists, the same on both stores: in the order they were
    // added (created_at), those added together (the bundled list at set-up) in the bundled list's
    // order (resources/domain/departments.csv: the windows first), then by code in byte order.
    static QString departmentOrder(bool server);
    // The rows of a bundled reference list (resources/domain/NAME, e.g. "departments.csv") as
    // header → value maps; empty when it cannot be read. The last column takes any extra commas.
    static QList<QHash<QString, QString>> bundledRows(const QString& name);

    QList<NamedCode> categories;
    QList<NamedCode> departments;
    QList<NamedCode> divisions;
    QString siteCode;
    QString siteName;
    QString siteLevel;
    QString siteDivision; // the site's own division: root of its division tree

    const NamedCode* category(const QString& code) const;
    const NamedCode* department(const QString& code) const;
    const NamedCode* division(const QString& code) const;
    // Code or name (Chinese or English; spaces and full-width tolerated).
    std::optional<QString> findCategory(const QString& input) const;
    std::optional<QString> findDepartment(const QString& input, bool windowsOnly = false) const;
    // A division by code or name among the children of parentCode (any division when empty).
    std::optional<QString> findDivision(const QString& input, const QString& parentCode = {}) const;
    // Townships this site covers: the county's townships (county site), or the site's own township.
    QList<NamedCode> townships() const;
    QList<NamedCode> childrenOf(const QString& parentCode) const;

    QString categoryName(const QString& code) const;
    QString departmentName(const QString& code) const;
    QString divisionName(const QString& code) const;

private:
    QHash<QString, int> m_categoryIndex, m_departmentIndex, m_divisionIndex;
};

} // namespace ow
