// `cases`: the case list of cli.md as an aligned table, JSON for scripts, or CSV for Excel.
#include "cli/cli.h"
#include "cli/json_output.h"

#include "domain/vocabulary.h"
#include "storage/case_store.h"
#include "storage/reference_data.h"
#include "util/csv.h"
#include "util/text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::cli {
namespace {

// Terminal columns a string occupies: CJK and full-width forms take two.
int displayWidth(const QString& s)
{
    int width = 0;
    for (char32_t ch : s.toUcs4()) {
        const bool wide = text::isCjk(ch) || (ch >= 0x3000 && ch <= 0x303F) || (ch >= 0xFF00 && ch <= 0xFF60) ||
                          (ch >= 0xFFE0 && ch <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString& s, int width)
{
    return s + QString(qMax(0, width - displayWidth(s)), QLatin1Char(' '));
}

void printTable(QTextStream& out, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], displayWidth(row[i]));
        }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? padded(row[i], widths[i]) + QStringLiteral("  ") : row[i];
        out << printable(line) << '\n';
    }
}

// The options of `cases` (docs/cli.md).
struct CaseOptions
{
    QCommandLineOption status{QStringLiteral("status"), {}, QStringLiteral("S")};
    QCommandLineOption category{QStringLiteral("category"), {}, QStringLiteral("C")};
    QCommandLineOption township{QStringLiteral("township"), {}, QStringLiteral("CODE")};
    QCommandLineOption overdue{QStringLiteral("overdue")};
    QCommandLineOption search{QStringLiteral("search"), {}, QStringLiteral("TEXT")};
    QCommandLineOption limit{QStringLiteral("limit"), {}, QStringLiteral("N"), QStringLiteral("100")};
    QCommandLineOption format{QStringLiteral("format"), {}, QStringLiteral("F"), QStringLiteral("table")};
};

// The filter the options name, codes or names looked up in this database's lists; ExitOk, or the
// usage error already reported.
int filterFrom(Context& ctx, const QCommandLineParser& p, const CaseOptions& o, const ReferenceData& ref,
               CaseFilter& filter)
{
    if (p.isSet(o.status)) {
        const auto code = vocab::parse(vocab::List::Status, p.value(o.status));
        if (!code)
            return ctx.usageError(
                QCoreApplication::translate("Cli", "Unknown case status \"%1\". Use one of: %2.")
                    .arg(p.value(o.status), vocab::codes(vocab::List::Status).join(QStringLiteral(", "))));
        filter.status = *code;
    }
    if (p.isSet(o.category)) {
        const auto code = ref.findCategory(p.value(o.category));
        if (!code)
            return ctx.usageError(
                QCoreApplication::translate(
                    "Cli", "Unknown category \"%1\". Give a category code or its name as configured in this database.")
                    .arg(p.value(o.category)));
        filter.category = *code;
    }
    if (p.isSet(o.township)) {
        auto code = ref.findDivision(p.value(o.township), ref.siteDivision);
        if (!code)
            code = ref.findDivision(p.value(o.township));
        if (!code)
            return ctx.usageError(
                QCoreApplication::translate(
                    "Cli", "Unknown township \"%1\". Give a division code (e.g. 150824100) or its name.")
                    .arg(p.value(o.township)));
        filter.township = *code;
    }
    filter.overdueOnly = p.isSet(o.overdue);
    filter.search = p.value(o.search);
    return ExitOk;
}

// Keyset paging: JSON and CSV are written chunk by chunk, so "--limit 0" on a large county file
// does not hold every case in memory; the table needs all rows for its column widths (`rows`).
void writeCases(Context& ctx, const CaseStore& store, const CaseFilter& filter, int maxRows, const QString& fmt,
                QList<CaseListRow>& rows)
{
    const bool json = fmt == QLatin1String("json");
    const bool csvOut = fmt == QLatin1String("csv");
    qsizetype written = 0;
    if (json)
        ctx.out << '[';
    if (csvOut) // BOM so that Excel and WPS open the UTF-8 file with the right encoding.
        ctx.out << QChar(0xFEFF) << csv::joinRecord(caseListKeys()) << "\r\n";
    std::optional<CaseCursor> cursor;
    constexpr int kChunk = 1000;
    while (maxRows == 0 || written < maxRows) {
        const int want = maxRows == 0 ? kChunk : int(qMin<qsizetype>(kChunk, maxRows - written));
        const QList<CaseListRow> chunk = store.page(filter, cursor, want);
        for (const CaseListRow& r : chunk) {
            if (json) {
                const QByteArray obj = QJsonDocument(caseListJson(r)).toJson(QJsonDocument::Compact);
                ctx.out << (written ? ",\n  " : "\n  ") << QString::fromUtf8(obj);
            } else if (csvOut) {
                const QJsonObject o = caseListJson(r);
                QStringList fields;
                for (const QString& key : caseListKeys())
                    fields << printable(o.value(key).toString());
                ctx.out << csv::joinRecord(fields) << "\r\n";
            } else {
                rows << r;
            }
            ++written;
        }
        if (chunk.size() < want)
            break;
        cursor = CaseStore::cursorAfter(chunk.last(), filter);
    }
    if (json)
        ctx.out << (written ? "\n]\n" : "]\n");
    ctx.out.flush();
}

// The aligned table, names from this database's lists, and how many of how many cases it shows.
void printCases(Context& ctx, const ReferenceData& ref, const QList<CaseListRow>& rows, qint64 total)
{
    QList<QStringList> table;
    table << QStringList{
        QCoreApplication::translate("Cli", "Case no."), QCoreApplication::translate("Cli", "Received"),
        QCoreApplication::translate("Cli", "Category"), QCoreApplication::translate("Cli", "Applicant"),
        QCoreApplication::translate("Cli", "Township"), QCoreApplication::translate("Cli", "Department"),
        QCoreApplication::translate("Cli", "Status"),   QCoreApplication::translate("Cli", "Due")};
    for (const CaseListRow& r : rows) {
        QString due = r.dueOn.isValid() ? r.dueOn.toString(Qt::ISODate) : QStringLiteral("-");
        if (r.deadlineState == QLatin1String("overdue"))
            due = QCoreApplication::translate("Cli", "%1 (overdue)").arg(due);
        else if (r.deadlineState == QLatin1String("due_soon"))
            due = QCoreApplication::translate("Cli", "%1 (due soon)").arg(due);
        table << QStringList{r.caseNo.isEmpty() ? QStringLiteral("-") : r.caseNo,
                             r.receivedOn.toString(Qt::ISODate),
                             ref.categoryName(r.categoryCode),
                             r.applicant,
                             ref.divisionName(r.townshipCode),
                             r.leadDepartmentCode.isEmpty() ? QStringLiteral("-")
                                                            : ref.departmentName(r.leadDepartmentCode),
                             vocab::label(vocab::List::Status, r.status),
                             due};
    }
    printTable(ctx.out, table);
    if (total > rows.size())
        ctx.out << QCoreApplication::translate("Cli", "Showing %1 of %2 cases; use --limit 0 to list all.")
                       .arg(rows.size())
                       .arg(total)
                << '\n';
    else
        ctx.out << QCoreApplication::translate("Cli", "%n case(s).", nullptr, int(total)) << '\n';
    ctx.out.flush();
}

} // namespace

int cmdCases(Context& ctx)
{
    QCommandLineParser p;
    const CaseOptions o;
    p.addOptions({o.status, o.category, o.township, o.overdue, o.search, o.limit, o.format});
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("Cli", "cases takes no arguments besides its options (got \"%1\").")
                .arg(p.positionalArguments().join(QLatin1Char(' '))));
    const QString fmt = p.value(o.format).trimmed().toLower();
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json") && fmt != QLatin1String("csv"))
        return ctx.usageError(QCoreApplication::translate("Cli", "Unknown format \"%1\": use table, json or csv.")
                                  .arg(p.value(o.format)));
    bool limitOk = false;
    const int maxRows = p.value(o.limit).trimmed().toInt(&limitOk);
    if (!limitOk || maxRows < 0)
        return ctx.usageError(
            QCoreApplication::translate("Cli", "--limit needs a whole number of cases (0 for all), not \"%1\".")
                .arg(p.value(o.limit)));

    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    const ReferenceData ref = ReferenceData::load(*db);
    CaseFilter filter;
    if (const int code = filterFrom(ctx, p, o, ref, filter); code != ExitOk)
        return code;
    const CaseStore store(*db);
    QList<CaseListRow> rows;
    writeCases(ctx, store, filter, maxRows, fmt, rows);
    if (fmt == QLatin1String("table"))
        printCases(ctx, ref, rows, store.count(filter));
    return ExitOk;
}

} // namespace ow::cli
