// `report`: the monthly closure report (docs/reports.md) as JSON or CSV from core, XLSX or PDF
// from the printing module (ui/printing, linked as onewindow_render).
#include "cli/cli.h"

#include "printing/report_export.h"
#include "reports/monthly_report.h"
#include "storage/own_files.h"
#include "storage/reference_data.h"

#include "util/private_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace ow::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ow::cli", s); // the context lupdate gives tr() here
}

} // namespace

int cmdReport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption month(QStringLiteral("month"), tr("Report month."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption site(QStringLiteral("site"), tr("Source site code."), QStringLiteral("CODE"));
    const QCommandLineOption township(QStringLiteral("township"), tr("Township code."), QStringLiteral("CODE"));
    const QCommandLineOption department(QStringLiteral("department"), tr("Lead department code."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json, csv, xlsx or pdf."), QStringLiteral("F"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE"));
    p.addOptions({month, site, township, department, format, out});
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().mid(1).isEmpty())
        return ctx.usageError(tr("Unexpected argument \"%1\".").arg(p.positionalArguments().at(1)));
    const auto m = parseReportMonth(p.value(month));
    if (!m)
        return ctx.usageError(tr("--month must be a month like 2025-05."));
    const QString fmt = p.value(format).trimmed().toLower();
    if (!QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}
             .contains(fmt))
        return ctx.usageError(tr("--format must be json, csv, xlsx or pdf."));
    const QString path = p.value(out);
    if (path.isEmpty())
        return ctx.usageError(tr("--out FILE is required."));

    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    ReportScope scope{p.value(site).trimmed(), p.value(township).trimmed(), p.value(department).trimmed()};
    const ReferenceData ref = ReferenceData::load(*db);
    if (!scope.township.isEmpty()) {
        const auto code = ref.findDivision(scope.township);
        if (!code)
            return ctx.rejected(tr("Unknown township \"%1\".").arg(scope.township));
        scope.township = *code;
    }
    if (!scope.department.isEmpty() && scope.department != QLatin1String("none")) {
        const auto code = ref.findDepartment(scope.department);
        if (!code)
            return ctx.rejected(tr("Unknown department \"%1\".").arg(scope.department));
        scope.department = *code;
    }
    auto report = computeMonthlyReport(*db, *m, scope);
    if (!report)
        return ctx.rejected(report.error());
    // The exported report carries the signed head of the audit log; without the key it goes without.
    if (Status s = signAuditHead(*db, report.value()); !s)
        ctx.err << tr("Warning: the report carries no signed audit log head: %1").arg(s.error()) << Qt::endl;

    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return ctx.rejected(own.error());
    if (fmt == QLatin1String("json") || fmt == QLatin1String("csv")) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return ctx.rejected(tr("Cannot write %1: %2").arg(path, f.errorString()));
        f.write(fmt == QLatin1String("json") ? report->toJson() : report->toCsv());
        if (!f.commit())
            return ctx.rejected(tr("Cannot write %1: %2").arg(path, f.errorString()));
        files::makePrivate(path);
    } else if (Status s = ui::renderReport(*report, fmt, path); !s) {
        return ctx.rejected(s.error());
    }
    ctx.out << tr("Report %1 written to %2").arg(report->monthText(), path) << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
