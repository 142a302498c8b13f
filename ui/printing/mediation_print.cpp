// Agreement and handling opinion as HTML: wording and layout only, every value from the model.
#include "printing/mediation_print.h"

#include "mediation/money.h"
#include "printing/document_pages.h"
#include "util/i18n.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

struct Doc
{
    Q_DECLARE_TR_FUNCTIONS(MediationDocuments)
};

QString partyLine(const Party& p)
{
    QStringList bits;
    bits << docEscape(p.name);
    if (!p.idNumber.isEmpty())
        bits << Doc::tr("ID number: %1").arg(docEscape(p.idNumber));
    if (p.kind == QLatin1String("organization")) {
        // An organization is named on the agreement by all three, a blank to fill in by hand when unknown.
        const QString blank = QStringLiteral("________");
        auto orBlank = [&](const QString& v) { return v.isEmpty() ? blank : docEscape(v); };
        bits << Doc::tr("Domicile: %1").arg(orBlank(p.address));
        bits << Doc::tr("Credit code: %1").arg(orBlank(p.creditCode));
        bits << Doc::tr("Legal representative: %1").arg(orBlank(p.legalRepresentative));
    } else {
        if (!p.creditCode.isEmpty())
            bits << Doc::tr("Credit code: %1").arg(docEscape(p.creditCode));
        if (!p.address.isEmpty())
            bits << Doc::tr("Address: %1").arg(docEscape(p.address));
    }
    if (!p.phone.isEmpty())
        bits << Doc::tr("Phone: %1").arg(docEscape(p.phone));
    return bits.join(Doc::tr(", "));
}

// 甲方、乙方、丙方… as agreements customarily call the parties.
QString partyLabel(int index)
{
    static const QString order = u"甲乙丙丁戊己庚辛"_s;
    if (index < order.size())
        return Doc::tr("Party %1").arg(order.at(index));
    return Doc::tr("Party %1").arg(index + 1);
}

QString paragraph(const QString& label, const QString& text)
{
    return u"<p><b>%1</b></p><p>%2</p>"_s.arg(label, docEscape(text));
}

QString writtenTerms(const AgreementModel& a)
{
    QString h;
    h += paragraph(Doc::tr("Main facts of the dispute:"), a.facts);
    h += paragraph(Doc::tr("Points in dispute and responsibility:"), a.disputePoints);
    h += paragraph(Doc::tr("Through mediation, the parties voluntarily agree as follows:"), a.terms);
    if (a.amountFen)
        h += u"<p>%1</p>"_s.arg(Doc::tr("Amount: RMB %1 yuan (in words: %2).")
                                    .arg(money::formatFen(*a.amountFen), money::chineseCapitals(*a.amountFen)));
    h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Manner of performance: "), docEscape(a.performanceManner));
    if (!a.performancePlace.isEmpty())
        h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Place of performance: "), docEscape(a.performancePlace));
    h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Performance deadline: "), docDate(a.performanceDueOn));
    h += u"<p>%1</p>"_s.arg(Doc::tr("This agreement takes effect when the parties have signed, sealed or put "
                                    "their fingerprints on it and the mediator has signed it and the mediation "
                                    "committee has sealed it. The parties may jointly apply to a people's court "
                                    "for judicial confirmation within 30 days of its taking effect."));
    h += u"<p>%1</p>"_s.arg(Doc::tr("This agreement is made in %1 copies: one for each party and one kept by "
                                    "the people's mediation committee.")
                                .arg(i18n::chinese() ? money::chineseNumeral(a.copies) : QString::number(a.copies)));
    return h;
}

// One line per party (signature, seal, fingerprint), the mediator, then the seal.
QString signatureBlock(const AgreementModel& a)
{
    QString h = u"<table width=\"100%\" class=\"sign\">"_s;
    for (int i = 0; i < a.parties.size(); ++i)
        h += u"<tr><td width=\"64%\">%1</td><td>%2</td></tr>"_s.arg(
            Doc::tr("%1 (signature, seal or fingerprint): ________").arg(partyLabel(i)),
            Doc::tr("Date: %1").arg(docDate({})));
    h += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
        Doc::tr("Mediator (signature): %1 ________").arg(docEscape(a.mediators)), Doc::tr("Date: %1").arg(docDate({})));
    h += u"</table>"_s;
    // The seal is the committee the mediator belongs to (海流图镇人民调解委员会), not the center's.
    if (a.committee.isEmpty())
        h += u"<p class=\"right\" style=\"margin-top:24px\">%1<br>%2<br>%3</p>"_s.arg(
            docEscape(a.siteName), Doc::tr("(seal of the people's mediation committee)"), docDate(a.effectiveOn));
    else
        h += u"<p class=\"right\" style=\"margin-top:24px\">%1<br>%2</p>"_s.arg(
            docEscape(Doc::tr("%1 (seal)").arg(a.committee)), docDate(a.effectiveOn));
    return h;
}

} // namespace

QString agreementPartyBlock(const AgreementModel& a)
{
    QString h;
    for (int i = 0; i < a.parties.size(); ++i)
        h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("%1:").arg(partyLabel(i)), partyLine(a.parties[i]));
    return h;
}

QString agreementHtml(const AgreementModel& a)
{
    QString h;
    h += u"<h1>%1</h1>"_s.arg(a.written ? Doc::tr("People's Mediation Agreement")
                                        : Doc::tr("Record of an Oral Mediation Agreement"));
    h += u"<p class=\"right\">%1</p>"_s.arg(
        docEscape(a.agreementNo.isEmpty() ? Doc::tr("No. %1").arg(a.caseNo) : a.agreementNo));
    h += agreementPartyBlock(a);
    if (a.written) {
        h += writtenTerms(a);
    } else {
        h += paragraph(Doc::tr("Content of the oral agreement:"), a.terms);
        if (!a.facts.isEmpty())
            h += paragraph(Doc::tr("Main facts of the dispute:"), a.facts);
    }
    h += signatureBlock(a);
    return h;
}

QString handlingOpinionHtml(const HandlingOpinionModel& m)
{
    QString h;
    h += u"<h1>%1</h1>"_s.arg(Doc::tr("Petition Handling Opinion"));
    h += u"<p class=\"right\">%1</p>"_s.arg(docEscape(m.caseNo));
    h += u"<p>%1</p>"_s.arg(Doc::tr("%1:").arg(docEscape(m.applicantName)));
    h += paragraph(Doc::tr("Your request:"), m.request);
    h += paragraph(Doc::tr("Facts found and reasons:"), m.factsAndReasons);
    h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Decision: "), docEscape(m.decisionLabel));
    h += paragraph(Doc::tr("Basis:"), m.basis);
    h += u"<p>%1</p>"_s.arg(docEscape(m.reviewNotice));
    h += u"<p class=\"right\" style=\"margin-top:24px\">%1<br>%2</p>"_s.arg(docEscape(m.siteName), docDate(m.closedOn));
    return h;
}

} // namespace ow::ui
