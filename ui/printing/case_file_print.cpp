// The bound case file laid out from its model: sections of HTML or image pages, counted first so
// that the contents can name each section's pages, then drawn.
#include "printing/case_file_print.h"

#include "mediation/money.h"
#include "printing/document_pages.h"
#include "printing/mediation_print.h"
#include "storage/own_files.h"

#include <QCoreApplication>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <poppler-qt6.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

struct Doc
{
    Q_DECLARE_TR_FUNCTIONS(MediationDocuments)
};

struct Part
{
    QString html; // a text document, or
    QImage image; // an image page with its caption
    QString caption;
};

struct Section
{
    QString title;
    QList<Part> parts;
};

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// A section of one HTML part under its heading.
Section htmlSection(const QString& title, const QString& body)
{
    return Section{title, {Part{docHeading(title) + body, {}, {}}}};
}

// ---- the sections ------------------------------------------------------------------------------

Section registrationSection(const CaseFileModel& m)
{
    QString h = u"<table class=\"grid\" border=\"1\" width=\"100%\" cellspacing=\"0\">"_s;
    auto row = [&h](const QString& k, const QString& v) {
        h += u"<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>"_s.arg(docEscape(k), docEscape(v));
    };
    row(Doc::tr("Case number"), m.caseNo);
    row(Doc::tr("One-case code"), m.oneCaseCode);
    row(Doc::tr("Case type"), m.caseTypeLabel);
    row(Doc::tr("Source"), m.sourceLabel);
    row(Doc::tr("Category"), m.categoryName);
    row(Doc::tr("Township / village"), m.place);
    row(Doc::tr("Received on"), iso(m.receivedOn));
    row(Doc::tr("Lead department"), m.leadDepartment);
    for (const DocumentParty& p : m.parties)
        row(p.roleLabel, QStringList{p.party.name, p.party.idNumber, p.party.phone, p.party.address}
                             .filter(QRegularExpression(u"\\S"_s))
                             .join(u"，"_s));
    row(Doc::tr("Summary of the dispute"), m.summary);
    row(Doc::tr("Request"), m.request);
    for (const CaseFileReception& r : m.receptions)
        row(Doc::tr("Leader's reception"), Doc::tr("%1 %2, %3 (%4)").arg(iso(r.day), r.halfLabel, r.leader, r.place));
    h += u"</table>"_s;
    return htmlSection(Doc::tr("Case registration form"), h);
}

Section rightsNoticeSection()
{
    QString h = u"<p>%1</p>"_s.arg(Doc::tr("In people's mediation the parties have the following rights (People's "
                                           "Mediation Law art. 23):"));
    for (const char* r :
         {QT_TRANSLATE_NOOP("MediationDocuments", "1. to choose or accept a mediator;"),
          QT_TRANSLATE_NOOP("MediationDocuments", "2. to accept mediation, refuse it or ask for it to end;"),
          QT_TRANSLATE_NOOP("MediationDocuments", "3. to ask for the mediation to be held in public or not;"),
          QT_TRANSLATE_NOOP("MediationDocuments",
                            "4. to express their will freely and reach an agreement voluntarily.")})
        h += u"<p>%1</p>"_s.arg(QCoreApplication::translate("MediationDocuments", r));
    h += u"<p>%1</p>"_s.arg(Doc::tr("and the following obligations (art. 24):"));
    for (const char* r :
         {QT_TRANSLATE_NOOP("MediationDocuments", "1. to state the facts of the dispute truthfully;"),
          QT_TRANSLATE_NOOP("MediationDocuments", "2. to keep order during mediation and respect the mediator;"),
          QT_TRANSLATE_NOOP("MediationDocuments", "3. to respect the other party's exercise of its rights.")})
        h += u"<p>%1</p>"_s.arg(QCoreApplication::translate("MediationDocuments", r));
    h += u"<table width=\"100%\" class=\"sign\"><tr><td>%1</td><td>%2</td></tr></table>"_s.arg(
        Doc::tr("Parties (signature): ____________"), Doc::tr("Date: %1").arg(docDate({})));
    return htmlSection(Doc::tr("Notice of the parties' rights and obligations"), h);
}

// Dated lines: 2025-09-01　王调解：…
QString entryRows(const QList<CaseFileEntry>& entries)
{
    QString rows;
    for (const CaseFileEntry& e : entries)
        rows += u"<p>%1　%2：%3</p>"_s.arg(docEscape(e.date), docEscape(e.who), docEscape(e.text));
    return rows;
}

QString sessionResult(const CaseFileSession& m)
{
    QString result = m.resultLabel;
    if (!m.terminationLabel.isEmpty())
        result += u"：%1"_s.arg(m.terminationLabel);
    if (!m.routesTold.isEmpty())
        result += Doc::tr("; the parties were told about: %1").arg(m.routesTold.join(u"、"_s));
    return result;
}

Section sessionsSection(const QList<CaseFileSession>& sessions)
{
    QString h;
    for (const CaseFileSession& m : sessions) {
        h += u"<p><b>%1</b></p>"_s.arg(Doc::tr("Session %1").arg(m.sessionNo));
        h += u"<p>%1</p>"_s.arg(Doc::tr("Time: %1 %2%3; place: %4; type: %5")
                                    .arg(iso(m.heldOn), m.startsAt.toString(u"HH:mm"_s),
                                         m.endsAt.isValid() ? u"–"_s + m.endsAt.toString(u"HH:mm"_s) : QString(),
                                         docEscape(m.place), m.typeLabel));
        h += u"<p>%1</p>"_s.arg(
            Doc::tr("Mediators: %1; present: %2").arg(docEscape(m.mediators), docEscape(m.partiesPresent)));
        h += u"<p>%1</p>"_s.arg(docEscape(m.record));
        h += u"<p>%1</p>"_s.arg(Doc::tr("Result: %1").arg(docEscape(sessionResult(m))));
    }
    return htmlSection(Doc::tr("Mediation records"), h);
}

QString performanceRows(const QList<CaseFilePerformance>& performances)
{
    QString h;
    for (const CaseFilePerformance& p : performances)
        h += u"<p>%1 %2%3 %4</p>"_s.arg(
            iso(p.recordedOn), p.stateLabel,
            p.amountFen ? Doc::tr(", %1 yuan").arg(money::formatFen(*p.amountFen)) : QString(), docEscape(p.note));
    return h;
}

Section followupSection(const QList<CaseFileFollowup>& followups)
{
    QString h;
    for (const CaseFileFollowup& f : followups) {
        h += u"<p>%1</p>"_s.arg(Doc::tr("%1, %2, by %3: %4")
                                    .arg(iso(f.visitedOn), f.methodLabel, docEscape(f.visitor), f.satisfactionLabel));
        if (!f.performedLabel.isEmpty())
            h += u"<p>%1</p>"_s.arg(Doc::tr("Performance: %1").arg(f.performedLabel));
        if (!f.notes.isEmpty())
            h += u"<p>%1</p>"_s.arg(docEscape(f.notes));
    }
    return htmlSection(Doc::tr("Follow-up record"), h);
}

Section confirmationSection(const JudicialConfirmation& j)
{
    QString h = u"<p>%1</p>"_s.arg(Doc::tr("Applied on %1 to %2; court case number: %3")
                                       .arg(iso(j.appliedOn), docEscape(j.court), docEscape(j.courtCaseNo)));
    if (j.result.isEmpty())
        h += u"<p>%1</p>"_s.arg(Doc::tr("The court has not decided yet."));
    else
        h += u"<p>%1</p>"_s.arg(j.result == u"granted"_s ? Doc::tr("Confirmed (valid) on %1.").arg(iso(j.decidedOn))
                                                         : Doc::tr("Refused on %1.").arg(iso(j.decidedOn)));
    return htmlSection(Doc::tr("Judicial confirmation material"), h);
}

QString closureHtml(const CaseFileClosure& c)
{
    return u"<p>%1</p><p>%2</p>"_s.arg(Doc::tr("Closed on %1 by %2. Outcome: %3; resolved at: %4.")
                                           .arg(iso(c.closedOn), docEscape(c.closedBy), c.outcomeLabel, c.levelLabel),
                                       docEscape(c.summary));
}

// ---- attachments ---------------------------------------------------------------------------------

// The pages of a PDF as images at 150 dpi (enough for scanned A4 documents; the attachment size
// limit keeps the count sane); empty when the bytes are not a readable, unlocked PDF.
QList<QImage> renderPdfPages(const QByteArray& bytes)
{
    QList<QImage> pages;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc || doc->isLocked())
        return pages;
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int n = 0; n < doc->numPages(); ++n) {
        std::unique_ptr<Poppler::Page> page = doc->page(n);
        QImage image = page ? page->renderToImage(150, 150) : QImage();
        if (image.isNull())
            return {};
        pages << image;
    }
    return pages;
}

// An attachment that cannot be drawn: a page that lists it with its checksum, to be printed from
// the attachments and inserted by hand.
Part unreadablePart(const CaseFileAttachment& a, const QString& sectionTitle, const QString& caption)
{
    return Part{(sectionTitle.isEmpty() ? QString() : docHeading(sectionTitle)) + docHeading(caption) +
                    u"<p>%1</p><p>%2</p><p class=\"small\">SHA-256: %3</p><p>%4</p>"_s.arg(
                        Doc::tr("File: %1").arg(docEscape(a.info.fileName)), Doc::tr("Size: %1 bytes").arg(a.info.size),
                        a.info.sha256,
                        Doc::tr("This attachment could not be read as a PDF. Print it from the case's attachments "
                                "and insert it here.")),
                QImage(), QString()};
}

void addAttachments(Section& s, const QList<CaseFileAttachment>& all, const QStringList& kinds, QStringList& notes)
{
    for (const CaseFileAttachment& a : all) {
        if (!kinds.contains(a.info.kind))
            continue;
        // The first page of a section carries the section's title, as the contents list names it.
        const QString sectionTitle = s.parts.isEmpty() ? s.title : QString();
        const QString caption = u"%1（%2）"_s.arg(a.info.title, a.kindLabel);
        if (a.info.mime.startsWith(u"image/"_s)) {
            QImage img;
            if (img.loadFromData(a.data)) {
                s.parts << Part{QString(), img,
                                sectionTitle.isEmpty() ? caption : u"%1　%2"_s.arg(sectionTitle, caption)};
                continue;
            }
        }
        // An attached PDF goes in page by page, rendered at print resolution (Poppler; Qt Pdf is
        // not part of Debian's Qt).
        if (a.info.mime == u"application/pdf"_s) {
            const QList<QImage> pages = renderPdfPages(a.data);
            for (int n = 0; n < pages.size(); ++n) {
                QString pageCaption = caption;
                if (pages.size() > 1)
                    pageCaption += u"　"_s + Doc::tr("page %1 of %2").arg(n + 1).arg(pages.size());
                if (n == 0 && !sectionTitle.isEmpty())
                    pageCaption = u"%1　%2"_s.arg(sectionTitle, pageCaption);
                s.parts << Part{QString(), pages[n], pageCaption};
            }
            if (!pages.isEmpty())
                continue;
        }
        s.parts << unreadablePart(a, sectionTitle, caption);
        notes << Doc::tr("Attachment \"%1\" could not be read as a PDF; a page lists it instead.").arg(a.info.title);
    }
}

// A section of attachments of these kinds, after an HTML part when one is given; nothing when both
// are empty.
void addSection(QList<Section>& sections, const CaseFileModel& m, const QString& title, const QString& html,
                const QStringList& kinds, QStringList& notes)
{
    Section s{title, {}};
    if (!html.isEmpty())
        s.parts << Part{docHeading(title) + html, {}, {}};
    addAttachments(s, m.attachments, kinds, notes);
    if (!s.parts.isEmpty())
        sections << s;
}

// The material in the customary order of a people's mediation case file.
QList<Section> caseFileSections(const CaseFileModel& m, QStringList& notes)
{
    QList<Section> sections{registrationSection(m)};
    addSection(sections, m, Doc::tr("Application"), {}, {u"application"_s}, notes);
    sections << rightsNoticeSection();
    addSection(sections, m, Doc::tr("Identity documents"), {}, {u"identity"_s, u"power_of_attorney"_s}, notes);
    if (!m.investigations.isEmpty())
        sections << htmlSection(Doc::tr("Investigation records"), entryRows(m.investigations));
    if (!m.coFeedback.isEmpty())
        sections << htmlSection(Doc::tr("Feedback of the co-handling departments"), entryRows(m.coFeedback));
    addSection(sections, m, Doc::tr("Evidence material"), {}, {u"evidence"_s}, notes);
    if (!m.sessions.isEmpty())
        sections << sessionsSection(m.sessions);
    if (m.agreement)
        sections << Section{Doc::tr("Mediation agreement"), {Part{agreementHtml(*m.agreement), {}, {}}}};
    addSection(sections, m, Doc::tr("Proof of performance"), performanceRows(m.performances), {u"performance_proof"_s},
               notes);
    if (!m.followups.isEmpty())
        sections << followupSection(m.followups);
    if (m.confirmation)
        sections << confirmationSection(*m.confirmation);
    // 情况说明: the closure, the handling opinion of a petition, other material.
    Section s{Doc::tr("Explanatory notes"), {}};
    if (m.closure) {
        s.parts << Part{docHeading(s.title) + closureHtml(*m.closure), {}, {}};
        if (m.opinion)
            s.parts << Part{handlingOpinionHtml(*m.opinion), {}, {}};
    }
    addAttachments(s, m.attachments, {u"other"_s}, notes);
    if (!s.parts.isEmpty())
        sections << s;
    return sections;
}

// ---- cover, contents, back cover, page footer --------------------------------------------------

QString coverHtml(const CaseFileModel& m)
{
    QString h;
    h += u"<p class=\"center\" style=\"font-size:16pt\">%1</p>"_s.arg(docEscape(m.siteName));
    h += u"<h1 style=\"font-size:30pt; margin-top:60px\">%1</h1>"_s.arg(Doc::tr("People's Mediation Case File"));
    h += u"<p class=\"center\" style=\"font-size:14pt; margin-bottom:50px\">%1</p>"_s.arg(docEscape(m.volumeNo));
    h += u"<table width=\"100%\" style=\"font-size:14pt\" cellspacing=\"0\">"_s;
    auto row = [&h](const QString& k, const QString& v) {
        h +=
            u"<tr><td width=\"30%\" style=\"padding:10px\">%1</td><td style=\"padding:10px\"><u>%2</u></td></tr>"_s.arg(
                docEscape(k), docEscape(v.isEmpty() ? u"　"_s : v));
    };
    row(Doc::tr("Volume name"), m.volumeName);
    row(Doc::tr("Volume number"), m.volumeNo);
    row(Doc::tr("Mediator"), m.mediators);
    row(Doc::tr("Received on"), iso(m.receivedOn));
    row(Doc::tr("Closed on"), m.closedOn.isValid() ? iso(m.closedOn) : QString());
    row(Doc::tr("Compiled by"), m.compiledBy);
    row(Doc::tr("Retention period"), m.retention);
    h += u"</table>"_s;
    return h;
}

QString contentsHtml(const CaseFileResult& result)
{
    QString h = u"<h1>%1</h1><table class=\"grid\" border=\"1\" width=\"100%\" cellspacing=\"0\">"_s.arg(
        Doc::tr("Contents of the volume"));
    h += u"<tr><th width=\"10%\">%1</th><th>%2</th><th width=\"18%\">%3</th></tr>"_s.arg(
        Doc::tr("No."), Doc::tr("Documents in the volume"), Doc::tr("Page no."));
    int n = 1;
    for (const CaseFileSection& s : result.sections) {
        const QString pages = s.pageCount > 1 ? u"%1–%2"_s.arg(s.firstPage).arg(s.firstPage + s.pageCount - 1)
                                              : QString::number(s.firstPage);
        h += u"<tr><td class=\"center\">%1</td><td>%2</td><td class=\"center\">%3</td></tr>"_s.arg(n++).arg(
            docEscape(s.title), pages);
    }
    h += u"<tr><td class=\"center\">%1</td><td>%2</td><td class=\"center\">%3</td></tr>"_s.arg(n).arg(
        Doc::tr("Back cover"), QString::number(result.pages));
    h += u"</table>"_s;
    return h;
}

// 备考表: the page count, who compiled and who checked the volume.
QString backCoverHtml(const CaseFileModel& m, int pages)
{
    QString h = u"<h1>%1</h1>"_s.arg(Doc::tr("Back cover"));
    h += u"<p>%1</p>"_s.arg(Doc::tr("This volume has %1 pages in total.").arg(pages));
    h += u"<p style=\"margin-top:30px\">%1</p><p>%2</p><p>%3</p>"_s.arg(
        Doc::tr("Compiled by: %1").arg(docEscape(m.compiledBy)), Doc::tr("Checked by: ____________"),
        Doc::tr("Date: %1").arg(docDate(m.printedOn)));
    if (!m.auditHead.isEmpty())
        h += u"<p class=\"small\" style=\"margin-top:30px\">%1</p>"_s.arg(docEscape(m.auditHead));
    return h;
}

// The line at the foot of every numbered page of the volume.
QString caseFilePageFooter(const CaseFileModel& m, int pageNo)
{
    Q_UNUSED(m);
    return Doc::tr("- %1 -").arg(pageNo);
}

// ---- laying out and drawing ------------------------------------------------------------------------

struct Laid
{
    std::unique_ptr<QTextDocument> doc; // null for an image page
    const Part* part = nullptr;
    int pages = 1;
};

// Lays out every part, counting pages from 3 (after the cover and the contents) into the result.
std::vector<std::vector<Laid>> layOut(const QList<Section>& sections, PageRenderer& r, CaseFileResult& result)
{
    std::vector<std::vector<Laid>> laid; // unique_ptr members: std::vector, not QList
    int page = 3;
    for (const Section& s : sections) {
        std::vector<Laid> parts;
        CaseFileSection info{s.title, page, 0};
        for (const Part& p : s.parts) {
            Laid l;
            l.part = &p;
            if (p.image.isNull()) {
                l.doc = r.layout(p.html);
                l.pages = std::max(1, l.doc->pageCount());
            }
            info.pageCount += l.pages;
            parts.push_back(std::move(l));
        }
        page += info.pageCount;
        result.sections << info;
        laid.push_back(std::move(parts));
    }
    result.pages = page; // the back cover is the last page
    return laid;
}

// A page of its own from HTML (cover, contents, back cover); numbered unless it is the cover.
void drawSinglePage(PageRenderer& r, const QString& html, const QString& footer)
{
    r.newPage();
    auto doc = r.layout(html);
    r.drawDocumentPage(*doc, 0);
    if (!footer.isEmpty())
        r.drawFooter(footer);
}

} // namespace

Result<CaseFileResult> writeCaseFilePdf(const CaseFileModel& m, const QString& path)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return fail(own.error());
    CaseFileResult result;
    result.volumeNo = m.volumeNo;
    const QList<Section> sections = caseFileSections(m, result.notes);
    if (!m.auditHeadProblem.isEmpty())
        result.notes << m.auditHeadProblem;

    QPdfWriter writer(path);
    configureDocumentWriter(writer, m.volumeName);
    PageRenderer r(&writer, writer.resolution());
    std::vector<std::vector<Laid>> laid = layOut(sections, r, result);
    if (!r.begin())
        return fail(Doc::tr("Cannot write the PDF file %1.").arg(path));
    drawSinglePage(r, coverHtml(m), {});
    drawSinglePage(r, contentsHtml(result), caseFilePageFooter(m, 2));
    for (std::vector<Laid>& parts : laid)
        for (Laid& l : parts)
            for (int i = 0; i < l.pages; ++i) {
                r.newPage();
                if (l.doc)
                    r.drawDocumentPage(*l.doc, i);
                else
                    r.drawImagePage(l.part->caption, l.part->image);
                r.drawFooter(caseFilePageFooter(m, r.pageNo()));
            }
    drawSinglePage(r, backCoverHtml(m, result.pages), caseFilePageFooter(m, result.pages));
    r.end();
    return result;
}

} // namespace ow::ui
