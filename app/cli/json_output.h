// JSON pieces the commands share (docs/cli.md): an empty value is null, and a case is written with
// the same keys wherever it appears (`cases` lists, `show` adds its parties, deadlines and timeline).
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace ow {
struct CaseListRow;
struct CaseRecord;
} // namespace ow

namespace ow::cli {

QJsonValue orNull(const QString& s);
QJsonValue orNull(const QDate& d); // ISO date, or null

// The keys of a case in a list (docs/cli.md), in the order CSV columns are written.
const QStringList& caseListKeys();
QJsonObject caseListJson(const CaseListRow& r);
// The same keys for a whole case record (without its deadline state, which a list row computes).
CaseListRow listRowOf(const CaseRecord& c);

} // namespace ow::cli
