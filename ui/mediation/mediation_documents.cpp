// Mediation documents rendered with QTextDocument onto A4 pages (QPdfWriter or a printer), in the
// serif document font (printing/print_fonts.h) so that Chinese prints and extracts the same everywhere.
#include "mediation/mediation_documents.h"

#include "domain/vocabulary.h"
#include "mediation/attachments.h"
#include "mediation/closure.h"
#include "mediation/mediation_service.h"
#include "mediation/money.h"
#include "printing/print_fonts.h"
#include "security/audit_anchors.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "storage/database.h"
#include "storage/own_files.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "workflow/routing.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <QTextDocument>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ow {
namespace {

struct Doc
{
    Q_DECLARE_TR_FUNCTIONS(MediationDocuments)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString zhDate(const QDate& d)
{
    if (!d.isValid())
        return u"____年__月__日"_s;
    return Doc::tr("%1-%2-%3").arg(d.year()).arg(d.month()).arg(d.day());
}

QFont documentFont(double pointSize = 12)
{
    return ui::documentFont(pointSize, ui::DocumentStyle::Serif);
}

const QString kStyle = uR"(<style>
h1 { font-size: 20pt; text-align: center; margin-bottom: 12px; }
h2 { font-size: 15pt; text-align: center; margin-top: 6px; margin-bottom: 10px; }
p { line-height: 135%; margin-top: 3px; margin-bottom: 3px; }
td, th { padding: 5px; vertical-align: top; }
table.grid { border-collapse: collapse; }
.sign { margin-top: 12px; }
.right { text-align: right; }
.center { text-align: center; }
.small { font-size: 10pt; color: #333333; }
</style>)"_s;

QString mediatorNames(Database& db, const QStringList& ids)
{
    QStringList names;
    const auto all = MediationService(db).mediators(false);
    for (const QString& id : ids)
        for (const Mediator& m : all)
            if (m.id == id)
                names << m.name;
    return names.join(u"、"_s);
}

QString partyLine(const Party& p)
{
    QStringList bits;
    bits << esc(p.name);
    if (!p.idNumber.isEmpty())
        bits << Doc::tr("ID number: %1").arg(esc(p.idNumber));
    if (!p.creditCode.isEmpty())
        bits << Doc::tr("Credit code: %1").arg(esc(p.creditCode));
    if (!p.address.isEmpty())
        bits << Doc::tr("Address: %1").arg(esc(p.address));
    if (!p.phone.isEmpty())
        bits << Doc::tr("Phone: %1").arg(esc(p.phone));
    return bits.join(Doc::tr(", "));
}

QString partyRoleLabel(const QString& role, int index)
{
    // 甲方、乙方、丙方… as agreements customarily call the parties.
    static const QString order = u"甲乙丙丁戊己庚辛"_s;
    Q_UNUSED(role);
    if (index < order.size())
        return Doc::tr("Party %1").arg(order.at(index));
    return Doc::tr("Party %1").arg(index + 1);
}

// ---- page rendering ----------------------------------------------------------------------------

// A4 pages with a footer line for the page number; documents are laid out on the device itself
// so that point sizes mean the same on paper as on screen.
class PageRenderer
{
public:
    explicit PageRenderer(QPagedPaintDevice* device, int resolution)
        : m_device(device)
    {
        const QRect r = device->pageLayout().paintRectPixels(resolution);
        m_width = r.width();
        m_height = r.height();
        m_footer = resolution * 0.35; // ~9 mm for the page number
    }

    std::unique_ptr<QTextDocument> layout(const QString& html) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(m_device);
        doc->setDefaultFont(documentFont());
        doc->setDocumentMargin(0);
        doc->setHtml(kStyle + html);
        doc->setPageSize(QSizeF(m_width, m_height - m_footer));
        return doc;
    }

    bool begin()
    {
        if (!m_painter.begin(m_device))
            return false;
        m_painter.setFont(documentFont());
        return true;
    }
    void end() { m_painter.end(); }

    void newPage()
    {
        if (m_pageNo > 0)
            m_device->newPage();
        ++m_pageNo;
    }

    void drawDocumentPage(QTextDocument& doc, int page)
    {
        const double h = doc.pageSize().height();
        m_painter.save();
        m_painter.translate(0, -page * h);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, page * h, m_width, h);
        m_painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&m_painter, ctx);
        m_painter.restore();
    }

    void drawFooter(bool numbered)
    {
        if (!numbered)
            return;
        m_painter.save();
        m_painter.setFont(documentFont(9));
        m_painter.drawText(QRectF(0, m_height - m_footer * 0.8, m_width, m_footer * 0.8), Qt::AlignCenter,
                           Doc::tr("- %1 -").arg(m_pageNo));
        m_painter.restore();
    }

    // An image scaled into the page below a caption.
    void drawImagePage(const QString& caption, const QImage& image)
    {
        m_painter.save();
        m_painter.setFont(documentFont(12));
        const double captionHeight = m_footer;
        m_painter.drawText(QRectF(0, 0, m_width, captionHeight), Qt::AlignHCenter | Qt::AlignVCenter, caption);
        const QRectF box(0, captionHeight, m_width, m_height - m_footer - captionHeight);
        QSizeF s = image.size();
        s.scale(box.size(), Qt::KeepAspectRatio);
        const QRectF target(box.x() + (box.width() - s.width()) / 2, box.y(), s.width(), s.height());
        m_painter.drawImage(target, image);
        m_painter.restore();
    }

    int pageNo() const { return m_pageNo; }
    QPainter& painter() { return m_painter; }
    double width() const { return m_width; }
    double height() const { return m_height; }

private:
    QPagedPaintDevice* m_device;
    QPainter m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_footer = 0;
    int m_pageNo = 0;
};

void configureWriter(QPdfWriter& w, const QString& title)
{
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(150);
    w.setPageMargins(QMarginsF(28, 25, 20, 20), QPageLayout::Millimeter); // binding edge on the left
    w.setTitle(title);
    w.setCreator(u"OneWindow"_s);
}

Result<CaseRecord> loadCase(Database& db, const QString& key)
{
    return CaseStore(db).load(key);
}

} // namespace

// ---- agreement and handling opinion ------------------------------------------------------------

Result<QString> agreementHtml(Database& db, const QString& caseKey)
{
    auto c = loadCase(db, caseKey);
    if (!c)
        return fail(c.error());
    const auto a = MediationService(db).agreement(c->id);
    if (!a)
        return fail(Doc::tr("Case %1 has no mediation agreement yet.").arg(c->caseNo));
    const ReferenceData ref = ReferenceData::load(db);
    QString h;
    h += u"<h1>%1</h1>"_s.arg(a->form == u"written"_s ? Doc::tr("People's Mediation Agreement")
                                                      : Doc::tr("Record of an Oral Mediation Agreement"));
    h += u"<p class=\"right\">%1</p>"_s.arg(
        esc(a->agreementNo.isEmpty() ? Doc::tr("No. %1").arg(c->caseNo) : a->agreementNo));
    for (int i = 0; i < a->parties.size(); ++i)
        h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("%1:").arg(partyRoleLabel(a->parties[i].role, i)),
                                         partyLine(a->parties[i]));
    if (a->form == u"written"_s) {
        h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Main facts of the dispute:"), esc(a->facts));
        h +=
            u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Points in dispute and responsibility:"), esc(a->disputePoints));
        h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Through mediation, the parties voluntarily agree as follows:"),
                                                esc(a->terms));
        if (a->amountFen)
            h += u"<p>%1</p>"_s.arg(Doc::tr("Amount: RMB %1 yuan (in words: %2).")
                                        .arg(money::formatFen(*a->amountFen), money::chineseCapitals(*a->amountFen)));
        h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Manner of performance: "), esc(a->performanceManner));
        if (!a->performancePlace.isEmpty())
            h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Place of performance: "), esc(a->performancePlace));
        h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Performance deadline: "), zhDate(a->performanceDueOn));
        h += u"<p>%1</p>"_s.arg(Doc::tr("This agreement takes effect when the parties have signed, sealed or put "
                                        "their fingerprints on it and the mediator has signed it and the mediation "
                                        "committee has sealed it. The parties may jointly apply to a people's court "
                                        "for judicial confirmation within 30 days of its taking effect."));
        h += u"<p>%1</p>"_s.arg(
            Doc::tr("This agreement is made in %1 copies: one for each party and one kept by "
                    "the people's mediation committee.")
                .arg(i18n::chinese() ? money::chineseNumeral(a->copies) : QString::number(a->copies)));
    } else {
        h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Content of the oral agreement:"), esc(a->terms));
        if (!a->facts.isEmpty())
            h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Main facts of the dispute:"), esc(a->facts));
    }
    // Signature block: one line per party (signature, seal, fingerprint), the mediator, the seal.
    h += u"<table width=\"100%\" class=\"sign\">"_s;
    for (int i = 0; i < a->parties.size(); ++i)
        h += u"<tr><td width=\"64%\">%1</td><td>%2</td></tr>"_s.arg(
            Doc::tr("%1 (signature, seal or fingerprint): ________").arg(partyRoleLabel(a->parties[i].role, i)),
            Doc::tr("Date: %1").arg(zhDate({})));
    h += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
        Doc::tr("Mediator (signature): %1 ________").arg(esc(mediatorNames(db, a->mediatorIds))),
        Doc::tr("Date: %1").arg(zhDate({})));
    h += u"</table>"_s;
    // The seal is the committee the mediator belongs to (海流图镇人民调解委员会), not the center's.
    QString committee;
    for (const QString& id : a->mediatorIds)
        for (const Mediator& m : MediationService(db).mediators(false))
            if (m.id == id && committee.isEmpty())
                committee = m.organization.trimmed();
    if (committee.isEmpty())
        h += u"<p class=\"right\" style=\"margin-top:24px\">%1<br>%2<br>%3</p>"_s.arg(
            esc(ref.siteName), Doc::tr("(seal of the people's mediation committee)"), zhDate(a->effectiveOn));
    else
        h += u"<p class=\"right\" style=\"margin-top:24px\">%1<br>%2</p>"_s.arg(
            esc(Doc::tr("%1 (seal)").arg(committee)), zhDate(a->effectiveOn));
    return h;
}

Result<QString> petitionOpinionHtml(Database& db, const QString& caseKey)
{
    auto c = loadCase(db, caseKey);
    if (!c)
        return fail(c.error());
    const auto rec = ClosureService(db).latestClosure(c->id);
    if (!rec || rec->opinion.decision.isEmpty())
        return fail(Doc::tr("Case %1 has no petition handling opinion.").arg(c->caseNo));
    const ReferenceData ref = ReferenceData::load(db);
    QString h;
    h += u"<h1>%1</h1>"_s.arg(Doc::tr("Petition Handling Opinion"));
    h += u"<p class=\"right\">%1</p>"_s.arg(esc(c->caseNo));
    h += u"<p>%1</p>"_s.arg(Doc::tr("%1:").arg(esc(c->applicantName())));
    h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Your request:"), esc(rec->opinion.request));
    h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Facts found and reasons:"), esc(rec->opinion.factsAndReasons));
    h += u"<p><b>%1</b>%2</p>"_s.arg(Doc::tr("Decision: "),
                                     esc(ClosureService::petitionDecisionLabel(rec->opinion.decision)));
    h += u"<p><b>%1</b></p><p>%2</p>"_s.arg(Doc::tr("Basis:"), esc(rec->opinion.basis));
    h += u"<p>%1</p>"_s.arg(esc(rec->opinion.reviewNotice));
    h += u"<p class=\"right\" style=\"margin-top:24px\">%1<br>%2</p>"_s.arg(esc(ref.siteName), zhDate(rec->closedOn));
    return h;
}

Status writeHtmlPdf(const QString& html, const QString& path)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return own;
    QPdfWriter writer(path);
    configureWriter(writer, QString());
    PageRenderer r(&writer, writer.resolution());
    auto doc = r.layout(html);
    if (!r.begin())
        return fail(Doc::tr("Cannot write the PDF file %1.").arg(path));
    for (int i = 0; i < doc->pageCount(); ++i) {
        r.newPage();
        r.drawDocumentPage(*doc, i);
        r.drawFooter(doc->pageCount() > 1);
    }
    r.end();
    return {};
}

void printHtml(const QString& html, QPrinter* printer)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    PageRenderer r(printer, printer->resolution());
    auto doc = r.layout(html);
    if (!r.begin())
        return;
    for (int i = 0; i < doc->pageCount(); ++i) {
        r.newPage();
        r.drawDocumentPage(*doc, i);
        r.drawFooter(doc->pageCount() > 1);
    }
    r.end();
}

Status previewAgreement(Database& db, const QString& caseKey, QWidget* parent)
{
    auto html = agreementHtml(db, caseKey);
    if (!html)
        return fail(html.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageMargins(QMarginsF(28, 25, 20, 20), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"agreementPreviewDialog"_s);
    dialog.setWindowTitle(Doc::tr("Mediation agreement"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [h = *html](QPrinter* p) { printHtml(h, p); });
    dialog.exec();
    return {};
}

// ---- the bound case file -------------------------------------------------------------------------

namespace {

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

QString heading(const QString& title)
{
    return u"<h2>%1</h2>"_s.arg(esc(title));
}

// A timeline entry as an official document words it: the status change the timeline records
// first ("办理中 → 已反馈；") is bookkeeping, not wording for a case file.
QString documentWording(const QString& detail)
{
    static const QRegularExpression transition(u"^[^；]* → [^；]*；"_s);
    return QString(detail).remove(transition);
}

// Who did it, by name: the login only when the account is gone.
QString personName(const QHash<QString, QString>& names, const QString& login)
{
    const QString name = names.value(login);
    return name.isEmpty() ? login : name;
}

QString timelineRows(Database& db, const CaseRecord& c, const QStringList& actions)
{
    const QHash<QString, QString> names = UserService(db).displayNames();
    QString rows;
    for (const TimelineEvent& e : c.timeline)
        if (actions.contains(e.action))
            rows += u"<p>%1　%2：%3</p>"_s.arg(esc(e.at.left(10)), esc(personName(names, e.actor)),
                                               esc(documentWording(e.detail)));
    return rows;
}

// The co-handling departments' feedback (吹哨报到), each with its date.
QString coFeedbackRows(Database& db, const QString& caseId)
{
    const ReferenceData ref = ReferenceData::load(db);
    QString rows;
    for (const CaseDepartment& d : RoutingService(db).departmentsOf(caseId))
        if (d.role == u"co"_s && !d.feedback.trimmed().isEmpty())
            rows += u"<p>%1　%2：%3</p>"_s.arg(esc(d.feedbackAt.left(10)), esc(ref.departmentName(d.department)),
                                               esc(d.feedback));
    return rows;
}

// The pages of a PDF as images at 150 dpi (enough for scanned A4 documents; a 20 MB limit keeps
// the count sane); empty when the bytes are not a readable, unlocked PDF.
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

void addAttachments(Database& db, Section& s, const QList<AttachmentInfo>& all, const QStringList& kinds,
                    QStringList& notes)
{
    AttachmentService att(db);
    for (const AttachmentInfo& a : all) {
        if (!kinds.contains(a.kind))
            continue;
        // The first page of a section carries the section's title, as the contents list names it.
        const QString sectionTitle = s.parts.isEmpty() ? s.title : QString();
        QString caption = u"%1（%2）"_s.arg(a.title, AttachmentService::kindLabel(a.kind));
        if (a.mime.startsWith(u"image/"_s)) {
            auto bytes = att.data(a.id);
            QImage img;
            if (bytes && img.loadFromData(*bytes)) {
                s.parts << Part{QString(), img,
                                sectionTitle.isEmpty() ? caption : u"%1　%2"_s.arg(sectionTitle, caption)};
                continue;
            }
        }
        // An attached PDF goes in page by page, rendered at print resolution (Poppler; Qt Pdf is
        // not part of Debian's Qt). One that cannot be read is listed on a page of its own, with its
        // checksum, to be printed from the attachments and inserted by hand.
        if (a.mime == u"application/pdf"_s) {
            const Result<QByteArray> bytes = att.data(a.id);
            const QList<QImage> pages = bytes ? renderPdfPages(*bytes) : QList<QImage>();
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
        s.parts << Part{(sectionTitle.isEmpty() ? QString() : heading(sectionTitle)) + heading(caption) +
                            u"<p>%1</p><p>%2</p><p class=\"small\">SHA-256: %3</p><p>%4</p>"_s.arg(
                                Doc::tr("File: %1").arg(esc(a.fileName)), Doc::tr("Size: %1 bytes").arg(a.size),
                                a.sha256,
                                Doc::tr("This attachment could not be read as a PDF. Print it from the case's "
                                        "attachments and insert it here.")),
                        QImage(), QString()};
        notes << Doc::tr("Attachment \"%1\" could not be read as a PDF; a page lists it instead.").arg(a.title);
    }
}

QString volumeNumber(Database& db, const CaseRecord& c, const CaseFileOptions& o)
{
    if (!o.volumeNo.isEmpty())
        return o.volumeNo;
    QString pattern = db.setting(u"case_file_no_pattern"_s, u"（{year}）人调字第{seq}号"_s);
    static const QRegularExpression digits(u"(\\d+)\\D*$"_s);
    const auto m = digits.match(c.caseNo);
    const int seq = m.hasMatch() ? m.captured(1).toInt() : 1;
    const QDate d = c.endedOn.isValid() ? c.endedOn : c.receivedOn;
    return pattern.replace(u"{year}"_s, QString::number(d.year())).replace(u"{seq}"_s, QString::number(seq));
}

} // namespace

Result<CaseFileResult> writeCaseFilePdf(Database& db, const QString& caseKey, const QString& path,
                                        const CaseFileOptions& options)
{
    if (Status own = ownfiles::refuseDatabaseFile(path); !own)
        return fail(own.error());
    auto loaded = loadCase(db, caseKey);
    if (!loaded)
        return fail(loaded.error());
    const CaseRecord& c = *loaded;
    const ReferenceData ref = ReferenceData::load(db);
    const MediationService med(db);
    const auto sessions = med.sessions(c.id);
    const auto agreement = med.agreement(c.id);
    const auto confirmation = med.judicialConfirmation(c.id);
    const auto performances = med.performances(c.id);
    const auto followups = med.followups(c.id);
    const auto closure = ClosureService(db).latestClosure(c.id);
    const auto attachments = AttachmentService(db).list(c.id);

    CaseFileResult result;
    result.volumeNo = volumeNumber(db, c, options);
    QStringList mediatorIds;
    for (const MediationSession& s : sessions)
        mediatorIds << s.mediatorIds;
    if (agreement)
        mediatorIds << agreement->mediatorIds;
    mediatorIds.removeDuplicates();
    const QString mediators = mediatorNames(db, mediatorIds);
    QString applicant, respondent;
    for (const Party& p : c.parties) {
        if (p.role == u"applicant"_s && applicant.isEmpty())
            applicant = p.name;
        if (p.role == u"respondent"_s && respondent.isEmpty())
            respondent = p.name;
    }
    const QString volumeName =
        !options.volumeName.isEmpty()
            ? options.volumeName
            : (respondent.isEmpty()
                   ? Doc::tr("%1: %2 dispute").arg(applicant, ref.categoryName(c.categoryCode))
                   : Doc::tr("%1 and %2: %3 dispute").arg(applicant, respondent, ref.categoryName(c.categoryCode)));
    const QString retention =
        !options.retention.isEmpty() ? options.retention : db.setting(u"case_file_retention"_s, Doc::tr("Long-term"));

    QList<Section> sections;
    // Registration form (受理登记表) and the application.
    {
        Section s{Doc::tr("Case registration form"), {}};
        QString h = heading(s.title) + u"<table class=\"grid\" border=\"1\" width=\"100%\" cellspacing=\"0\">"_s;
        auto row = [&h](const QString& k, const QString& v) {
            h += u"<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(k), esc(v));
        };
        row(Doc::tr("Case number"), c.caseNo);
        row(Doc::tr("One-case code"), c.oneCaseCode());
        row(Doc::tr("Case type"), vocab::label(vocab::List::CaseType, c.caseType));
        row(Doc::tr("Source"), vocab::label(vocab::List::Source, c.source));
        row(Doc::tr("Category"), ref.categoryName(c.categoryCode));
        row(Doc::tr("Township / village"),
            ref.divisionName(c.townshipCode) +
                (c.villageCode.isEmpty() ? QString() : u" "_s + ref.divisionName(c.villageCode)));
        row(Doc::tr("Received on"), c.receivedOn.toString(Qt::ISODate));
        row(Doc::tr("Lead department"), ref.departmentName(c.leadDepartmentCode));
        for (const Party& p : c.parties)
            row(vocab::label(vocab::List::PartyRole, p.role),
                QStringList{p.name, p.idNumber, p.phone, p.address}.filter(QRegularExpression(u"\\S"_s)).join(u"，"_s));
        row(Doc::tr("Summary of the dispute"), c.summary);
        row(Doc::tr("Request"), c.request);
        h += u"</table>"_s;
        s.parts << Part{h, {}, {}};
        sections << s;
    }
    {
        Section s{Doc::tr("Application"), {}};
        addAttachments(db, s, attachments, {u"application"_s}, result.notes);
        if (!s.parts.isEmpty())
            sections << s;
    }
    {
        Section s{Doc::tr("Notice of the parties' rights and obligations"), {}};
        QString h = heading(s.title);
        h += u"<p>%1</p>"_s.arg(Doc::tr("In people's mediation the parties have the following rights (People's "
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
            Doc::tr("Parties (signature): ____________"), Doc::tr("Date: %1").arg(zhDate({})));
        s.parts << Part{h, {}, {}};
        sections << s;
    }
    {
        Section s{Doc::tr("Identity documents"), {}};
        addAttachments(db, s, attachments, {u"identity"_s, u"power_of_attorney"_s}, result.notes);
        if (!s.parts.isEmpty())
            sections << s;
    }
    {
        const QString rows = timelineRows(db, c, {u"investigation"_s, u"note"_s, u"respond"_s, u"response"_s});
        if (!rows.isEmpty())
            sections << Section{Doc::tr("Investigation records"),
                                {Part{heading(Doc::tr("Investigation records")) + rows, {}, {}}}};
    }
    {
        const QString rows = coFeedbackRows(db, c.id);
        if (!rows.isEmpty())
            sections << Section{Doc::tr("Feedback of the co-handling departments"),
                                {Part{heading(Doc::tr("Feedback of the co-handling departments")) + rows, {}, {}}}};
    }
    {
        Section s{Doc::tr("Evidence material"), {}};
        addAttachments(db, s, attachments, {u"evidence"_s}, result.notes);
        if (!s.parts.isEmpty())
            sections << s;
    }
    if (!sessions.isEmpty()) {
        Section s{Doc::tr("Mediation records"), {}};
        QString h = heading(s.title);
        const auto rooms = med.rooms(false);
        for (const MediationSession& m : sessions) {
            QString place = m.place;
            for (const MediationRoom& r : rooms)
                if (r.id == m.roomId)
                    place = r.name;
            h += u"<p><b>%1</b></p>"_s.arg(Doc::tr("Session %1").arg(m.sessionNo));
            h += u"<p>%1</p>"_s.arg(Doc::tr("Time: %1 %2%3; place: %4; type: %5")
                                        .arg(m.heldOn.toString(Qt::ISODate), m.startsAt.toString(u"HH:mm"_s),
                                             m.endsAt.isValid() ? u"–"_s + m.endsAt.toString(u"HH:mm"_s) : QString(),
                                             esc(place), vocab::label(vocab::List::MediationType, m.mediationType)));
            h += u"<p>%1</p>"_s.arg(Doc::tr("Mediators: %1; present: %2")
                                        .arg(esc(mediatorNames(db, m.mediatorIds)), esc(m.partiesPresent)));
            h += u"<p>%1</p>"_s.arg(esc(m.record));
            QString result = MediationService::label(MediationService::List::SessionResult, m.result);
            if (!m.terminationReason.isEmpty())
                result += u"：%1"_s.arg(
                    MediationService::label(MediationService::List::TerminationReason, m.terminationReason));
            if (!m.routesTold.isEmpty()) {
                QStringList routes;
                for (const QString& r : m.routesTold)
                    routes << MediationService::label(MediationService::List::Route, r);
                result += Doc::tr("; the parties were told about: %1").arg(routes.join(u"、"_s));
            }
            h += u"<p>%1</p>"_s.arg(Doc::tr("Result: %1").arg(esc(result)));
        }
        s.parts << Part{h, {}, {}};
        sections << s;
    }
    if (agreement) {
        auto h = agreementHtml(db, c.id);
        if (h)
            sections << Section{Doc::tr("Mediation agreement"), {Part{*h, {}, {}}}};
    }
    {
        Section s{Doc::tr("Proof of performance"), {}};
        if (!performances.isEmpty()) {
            QString h = heading(s.title);
            for (const Performance& p : performances)
                h += u"<p>%1 %2%3 %4</p>"_s.arg(
                    p.recordedOn.toString(Qt::ISODate),
                    MediationService::label(MediationService::List::PerformanceState, p.state),
                    p.amountFen ? Doc::tr(", %1 yuan").arg(money::formatFen(*p.amountFen)) : QString(), esc(p.note));
            s.parts << Part{h, {}, {}};
        }
        addAttachments(db, s, attachments, {u"performance_proof"_s}, result.notes);
        if (!s.parts.isEmpty())
            sections << s;
    }
    if (!followups.isEmpty()) {
        Section s{Doc::tr("Follow-up record"), {}};
        QString h = heading(s.title);
        for (const FollowupVisit& f : followups) {
            h += u"<p>%1</p>"_s.arg(Doc::tr("%1, %2, by %3: %4")
                                        .arg(f.visitedOn.toString(Qt::ISODate),
                                             MediationService::label(MediationService::List::FollowupMethod, f.method),
                                             esc(f.visitor), vocab::label(vocab::List::Satisfaction, f.satisfaction)));
            if (!f.performed.isEmpty())
                h += u"<p>%1</p>"_s.arg(
                    Doc::tr("Performance: %1")
                        .arg(MediationService::label(MediationService::List::PerformanceState, f.performed)));
            if (!f.notes.isEmpty())
                h += u"<p>%1</p>"_s.arg(esc(f.notes));
        }
        s.parts << Part{h, {}, {}};
        sections << s;
    }
    if (confirmation) {
        Section s{Doc::tr("Judicial confirmation material"), {}};
        QString h = heading(s.title);
        h += u"<p>%1</p>"_s.arg(Doc::tr("Applied on %1 to %2; court case number: %3")
                                    .arg(confirmation->appliedOn.toString(Qt::ISODate), esc(confirmation->court),
                                         esc(confirmation->courtCaseNo)));
        if (!confirmation->result.isEmpty())
            h += u"<p>%1</p>"_s.arg(
                confirmation->result == u"granted"_s
                    ? Doc::tr("Confirmed (valid) on %1.").arg(confirmation->decidedOn.toString(Qt::ISODate))
                    : Doc::tr("Refused on %1.").arg(confirmation->decidedOn.toString(Qt::ISODate)));
        else
            h += u"<p>%1</p>"_s.arg(Doc::tr("The court has not decided yet."));
        s.parts << Part{h, {}, {}};
        sections << s;
    }
    {
        Section s{Doc::tr("Explanatory notes"), {}};
        if (closure) {
            QString h = heading(s.title);
            h += u"<p>%1</p>"_s.arg(Doc::tr("Closed on %1 by %2. Outcome: %3; resolved at: %4.")
                                        .arg(closure->closedOn.toString(Qt::ISODate), esc(closure->closedBy),
                                             vocab::label(vocab::List::Outcome, closure->outcome),
                                             vocab::label(vocab::List::ResolutionLevel, closure->resolutionLevel)));
            h += u"<p>%1</p>"_s.arg(esc(closure->summary));
            s.parts << Part{h, {}, {}};
            if (auto op = petitionOpinionHtml(db, c.id))
                s.parts << Part{*op, {}, {}};
        }
        addAttachments(db, s, attachments, {u"other"_s}, result.notes);
        if (!s.parts.isEmpty())
            sections << s;
    }

    // Lay out, count pages, then draw: cover (1), contents (1), sections, back cover (1).
    QPdfWriter writer(path);
    configureWriter(writer, volumeName);
    PageRenderer r(&writer, writer.resolution());
    struct Laid
    {
        std::unique_ptr<QTextDocument> doc;
        const Part* part = nullptr;
        int pages = 1;
    };
    std::vector<std::vector<Laid>> laid; // unique_ptr members: std::vector, not QList
    int page = 3;                        // after the cover and the contents
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

    if (!r.begin())
        return fail(Doc::tr("Cannot write the PDF file %1.").arg(path));
    // Cover.
    {
        r.newPage();
        QString h;
        h += u"<p class=\"center\" style=\"font-size:16pt\">%1</p>"_s.arg(esc(ref.siteName));
        h += u"<h1 style=\"font-size:30pt; margin-top:60px\">%1</h1>"_s.arg(Doc::tr("People's Mediation Case File"));
        h += u"<p class=\"center\" style=\"font-size:14pt; margin-bottom:50px\">%1</p>"_s.arg(esc(result.volumeNo));
        h += u"<table width=\"100%\" style=\"font-size:14pt\" cellspacing=\"0\">"_s;
        auto row = [&h](const QString& k, const QString& v) {
            h += u"<tr><td width=\"30%\" style=\"padding:10px\">%1</td><td style=\"padding:10px\"><u>%2</u></td></tr>"_s
                     .arg(esc(k), esc(v.isEmpty() ? u"　"_s : v));
        };
        row(Doc::tr("Volume name"), volumeName);
        row(Doc::tr("Volume number"), result.volumeNo);
        row(Doc::tr("Mediator"), mediators);
        row(Doc::tr("Received on"), c.receivedOn.toString(Qt::ISODate));
        row(Doc::tr("Closed on"), c.endedOn.isValid() ? c.endedOn.toString(Qt::ISODate) : QString());
        row(Doc::tr("Compiled by"), options.compiledBy);
        row(Doc::tr("Retention period"), retention);
        h += u"</table>"_s;
        auto doc = r.layout(h);
        r.drawDocumentPage(*doc, 0);
    }
    // Contents.
    {
        r.newPage();
        QString h = u"<h1>%1</h1><table class=\"grid\" border=\"1\" width=\"100%\" cellspacing=\"0\">"_s.arg(
            Doc::tr("Contents of the volume"));
        h += u"<tr><th width=\"10%\">%1</th><th>%2</th><th width=\"18%\">%3</th></tr>"_s.arg(
            Doc::tr("No."), Doc::tr("Documents in the volume"), Doc::tr("Page no."));
        int n = 1;
        for (const CaseFileSection& s : result.sections) {
            const QString pages = s.pageCount > 1 ? u"%1–%2"_s.arg(s.firstPage).arg(s.firstPage + s.pageCount - 1)
                                                  : QString::number(s.firstPage);
            h += u"<tr><td class=\"center\">%1</td><td>%2</td><td class=\"center\">%3</td></tr>"_s.arg(n++).arg(
                esc(s.title), pages);
        }
        h += u"<tr><td class=\"center\">%1</td><td>%2</td><td class=\"center\">%3</td></tr>"_s.arg(n).arg(
            Doc::tr("Back cover"), QString::number(result.pages));
        h += u"</table>"_s;
        auto doc = r.layout(h);
        r.drawDocumentPage(*doc, 0);
        r.drawFooter(true);
    }
    for (std::vector<Laid>& parts : laid) {
        for (Laid& l : parts) {
            for (int i = 0; i < l.pages; ++i) {
                r.newPage();
                if (l.doc)
                    r.drawDocumentPage(*l.doc, i);
                else
                    r.drawImagePage(l.part->caption, l.part->image);
                r.drawFooter(true);
            }
        }
    }
    // Back cover (备考表).
    {
        r.newPage();
        QString h = u"<h1>%1</h1>"_s.arg(Doc::tr("Back cover"));
        h += u"<p>%1</p>"_s.arg(Doc::tr("This volume has %1 pages in total.").arg(result.pages));
        h += u"<p style=\"margin-top:30px\">%1</p><p>%2</p><p>%3</p>"_s.arg(
            Doc::tr("Compiled by: %1").arg(esc(options.compiledBy)), Doc::tr("Checked by: ____________"),
            Doc::tr("Date: %1").arg(zhDate(Clock::today())));
        // The signed head of the audit log as the volume was bound (security/audit_anchors.h).
        if (const auto head = issueAnchor(db, u"case_file"_s); head)
            h += u"<p class=\"small\" style=\"margin-top:30px\">%1</p>"_s.arg(esc(anchorLine(*head)));
        else
            result.notes << head.error();
        auto doc = r.layout(h);
        r.drawDocumentPage(*doc, 0);
        r.drawFooter(true);
    }
    r.end();
    return result;
}

} // namespace ow
