// The reception record laid out: a grid of the reception's particulars, then the cases received.
#include "printing/reception_print.h"

#include "domain/vocabulary.h"
#include "mechanisms/mechanism_support.h"
#include "printing/document_pages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

struct Doc
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionDocuments)
};

} // namespace

QString receptionRecordHtml(const ReceptionRecord& r, const QString& siteName)
{
    const ReceptionDay& d = r.day;
    QString h = u"<h1>%1</h1><p class=\"center\">%2</p>"_s.arg(docEscape(Doc::tr("Leader's reception record")),
                                                               docEscape(siteName));
    h += u"<table class=\"grid\" border=\"1\" width=\"100%\" cellspacing=\"0\">"_s;
    auto row = [&h](const QString& k, const QString& v) {
        h += u"<tr><td width=\"22%\"><b>%1</b></td><td>%2</td></tr>"_s.arg(docEscape(k), docEscape(v));
    };
    row(Doc::tr("Date"), docDate(d.day) + u" "_s + mechanisms::halfLabel(d.half));
    row(Doc::tr("Leader"), d.leaderPosition + d.leaderName);
    row(Doc::tr("Unit"), d.leaderUnit);
    row(Doc::tr("Place"), d.place);
    row(Doc::tr("Topics"), d.topics);
    int visitors = 0;
    for (const ReceptionVisit& v : r.visits)
        visitors += v.headcount;
    row(Doc::tr("Received"), Doc::tr("%1 case(s), %2 visitor(s)").arg(r.visits.size()).arg(visitors));
    h += u"</table>"_s;
    h += docHeading(Doc::tr("Cases received"));
    h += u"<table class=\"grid\" border=\"1\" width=\"100%\" cellspacing=\"0\"><tr>"_s;
    // The case number and the applicant in one cell, each on one line, so that the matter has room.
    const QString nowrap = u" style=\"white-space: nowrap\""_s;
    h += u"<th%1>%2</th><th%1>%3</th><th>%4</th><th%1>%5</th></tr>"_s.arg(
        nowrap, docEscape(Doc::tr("No.")), docEscape(Doc::tr("Case number / applicant")), docEscape(Doc::tr("Matter")),
        docEscape(Doc::tr("Status")));
    int n = 0;
    for (const ReceptionVisit& v : r.visits) {
        const QString matter = docEscape(v.summary) +
                               (v.note.isEmpty() ? QString() : u"<br>"_s + docEscape(Doc::tr("Note: %1").arg(v.note)));
        h += u"<tr><td%1>%2</td><td%1>%3<br>%4</td><td>%5</td><td%1>%6</td></tr>"_s.arg(
            nowrap, QString::number(++n), docEscape(v.caseNo),
            docEscape(Doc::tr("%1 (%2 people)").arg(v.applicant).arg(v.headcount)), matter,
            docEscape(vocab::label(vocab::List::Status, v.status)));
    }
    if (r.visits.isEmpty())
        h += u"<tr><td colspan=\"4\">%1</td></tr>"_s.arg(docEscape(Doc::tr("No case was received at this reception.")));
    h += u"</table>"_s;
    h += u"<table width=\"100%\" class=\"sign\"><tr><td>%1</td><td>%2</td></tr></table>"_s.arg(
        docEscape(Doc::tr("Receiving leader (signature): ____________")),
        docEscape(Doc::tr("Recorded by: ____________")));
    return h;
}

} // namespace ow::ui
