// `print KIND CASE --out FILE.pdf`: a case's printed documents (receipt, agreement, handling
// opinion, bound case file) as the window prints them: the read model from core
// (reports/documents.h), the layout from the printing module (ui/printing).
#include "cli/cli.h"

#include "printing/case_file_print.h"
#include "printing/document_pages.h"
#include "printing/mediation_print.h"
#include "printing/receipt_print.h"
#include "reports/documents.h"
#include "storage/case_store.h"
#include "storage/own_files.h"

#include <QCoreApplication>

namespace ow::cli {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("ow::cli", s); // the context lupdate gives tr() here
}

const QStringList kKinds{QStringLiteral("receipt"), QStringLiteral("agreement"), QStringLiteral("opinion"),
                         QStringLiteral("casefile")};

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("receipt"))
        return tr("The receipt");
    if (kind == QLatin1String("agreement"))
        return tr("The mediation agreement");
    if (kind == QLatin1String("opinion"))
        return tr("The handling opinion");
    return tr("The case file");
}

// The agreement and the case file carry full ID and phone numbers (the signed agreement must):
// printing them is seeing personal data, refused to the roles that may not and logged for the rest.
bool printsFullNumbers(const QString& kind)
{
    return kind == QLatin1String("agreement") || kind == QLatin1String("casefile");
}

Status writeDocument(Database& db, const QString& kind, const QString& caseKey, const QString& path,
                     const CaseFileOptions& options)
{
    if (kind == QLatin1String("receipt")) {
        auto m = receiptModel(db, caseKey);
        return m ? ui::writeReceiptPdf(*m, path) : fail(m.error());
    }
    if (kind == QLatin1String("agreement")) {
        auto m = agreementModel(db, caseKey);
        return m ? ui::writeHtmlPdf(ui::agreementHtml(*m), path) : fail(m.error());
    }
    if (kind == QLatin1String("opinion")) {
        auto m = handlingOpinionModel(db, caseKey);
        return m ? ui::writeHtmlPdf(ui::handlingOpinionHtml(*m), path) : fail(m.error());
    }
    auto m = caseFileModel(db, caseKey, options);
    if (!m)
        return fail(m.error());
    auto written = ui::writeCaseFilePdf(*m, path);
    return written ? Status() : fail(written.error());
}

} // namespace

int cmdPrint(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption compiledBy(QStringLiteral("compiled-by"), tr("Who compiled the case file."),
                                        QStringLiteral("NAME"));
    p.addOptions({out, compiledBy});
    if (!ctx.parse(p))
        return ExitUsage;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return ctx.usageError(tr("print needs a document kind (receipt, agreement, opinion or casefile) and a case."));
    const QString kind = pos.at(0).trimmed().toLower();
    if (!kKinds.contains(kind))
        return ctx.usageError(
            tr("Unknown document \"%1\": use receipt, agreement, opinion or casefile.").arg(pos.at(0)));
    const QString path = p.value(out);
    if (path.isEmpty())
        return ctx.usageError(tr("--out FILE is required."));

    DatabasePtr db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return ctx.rejected(own.error());
    auto c = CaseStore(*db).load(pos.at(1));
    if (!c)
        return ctx.rejected(c.error());
    if (printsFullNumbers(kind)) {
        if (Status s = revealPersonalData(*db, ctx.actor.login, c->id); !s) {
            ctx.err << s.error() << Qt::endl;
            return ExitPermission;
        }
    }
    CaseFileOptions options;
    options.compiledBy = p.value(compiledBy);
    if (Status s = writeDocument(*db, kind, c->id, path, options); !s)
        return ctx.rejected(s.error());
    ctx.out
        << tr("%1 of %2 written to %3").arg(kindName(kind), c->caseNo.isEmpty() ? c->oneCaseCode() : c->caseNo, path)
        << Qt::endl;
    return ExitOk;
}

} // namespace ow::cli
