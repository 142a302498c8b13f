// The configurable lists of vocabulary.md as an administrator keeps them: dispute categories,
// departments and windows, administrative divisions down to village and grid. Entries are added
// or changed (by code), one at a time or from a file in the bundled format; never removed, because
// cases keep their codes.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow {

class Database;

enum class ReferenceList
{
    Categories,  // categories.csv: code,name_zh,name_en
    Departments, // departments.csv: code,name_zh,name_en,window,presence
    Divisions,   // divisions.csv: code,name_zh,level,parent_code
};

struct ReferenceEntry
{
    QString code;
    QString nameZh;
    QString nameEn;
    bool isWindow = false;                         // departments: a window where cases are received
    QString presence = QStringLiteral("resident"); // departments: resident | on_call
    QString level;                                 // divisions: province … village, grid
    QString parentCode;                            // divisions: empty for a province
    bool operator==(const ReferenceEntry&) const = default;
};

class ReferenceListService
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceListService)

public:
    explicit ReferenceListService(Database& db);

    // Every entry in the order the lists show them (categories by their order, departments as
    // added, divisions by code).
    QList<ReferenceEntry> entries(ReferenceList list) const;

    struct Saved
    {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
    };
    // Adds each entry whose code is new and changes the others, in one transaction with an audit
    // entry; administrators only. Every entry is checked first, a division's parent too (here or
    // among `entries`, one level up or more): the first problem, naming the code, changes nothing.
    Result<Saved> save(ReferenceList list, const QList<ReferenceEntry>& entries, const QString& actor);

    // One entry on its own: the code's form (lowercase letters, digits and _ for categories and
    // departments; the 6, 9, 12 or 15 digits of a division code), a Chinese name, a known level or
    // presence.
    static Status validateEntry(ReferenceList list, const ReferenceEntry& entry);
    // A file in the list's bundled format (header line first; UTF-8 or GB18030), each line checked;
    // a problem names its line.
    static Result<QList<ReferenceEntry>> parseCsv(ReferenceList list, const QByteArray& data);

    static QString levelLabel(const QString& level);

private:
    Database& m_db;
};

} // namespace ow
