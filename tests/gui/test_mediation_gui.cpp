// Mediation printing offscreen: the bound case file's page order checked page by page with
// pdftotext, and the agreement PDF's customary layout.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pdf_text.h"

#include "core/mediation_test_support.h"
#include "main/main_window.h"
#include "mediation/agreement.h"
#include "mediation/attachments.h"
#include "mediation/close_case_dialog.h"
#include "mediation/closure.h"
#include "mediation/followup.h"
#include "mediation/judicial_confirmation.h"
#include "mediation/mediation_documents.h"
#include "mediation/mediation_extension.h"
#include "mediation/performance.h"
#include "mediation/roster.h"
#include "mediation/roster_dialog.h"
#include "mediation/session_dialog.h"
#include "mediation/sessions.h"
#include "storage/case_store.h"
#include "widgets/dialogs.h"
#include "workflow/case_workflow.h"
#include "workflow/routing.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString sys = u"system"_s;

QString pageText(const QString& pdf, int page)
{
    QProcess p;
    p.start(u"pdftotext"_s,
            {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-layout"_s, pdf, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool has(const QString& text, const QString& needle)
{
    return text.contains(needle);
}

// OW_KEEP_PDF=<dir> keeps a copy of each PDF for looking at (screenshots for docs/).
void keep(const QString& pdf)
{
    const QString dir = qEnvironmentVariable("OW_KEEP_PDF");
    if (!dir.isEmpty()) {
        const QString target = dir + u'/' + QFileInfo(pdf).fileName();
        QFile::remove(target);
        QFile::copy(pdf, target);
    }
}

int pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {pdf});
    p.waitForFinished(30000);
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// How many images `pdfimages -list` finds on one page.
int pdfImagesOnPage(const QString& pdf, int page)
{
    QProcess p;
    p.start(u"pdfimages"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), u"-list"_s, pdf});
    p.waitForFinished(30000);
    // Two header lines, then one line per image.
    return int(QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size()) - 2;
}

QByteArray pngOfIdCard()
{
    QImage img(856, 540, QImage::Format_RGB32);
    img.fill(QColor(230, 240, 250));
    QPainter p(&img);
    p.setFont(QFont(u"Noto Serif CJK SC"_s, 40));
    p.drawText(img.rect(), Qt::AlignCenter, u"居民身份证（样本）"_s);
    p.end();
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return bytes;
}

// A two-page scan as a PDF, as a scanner writes it (each page says which it is).
QByteArray twoPagePdf()
{
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    QPdfWriter writer(&b);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QPainter p(&writer);
    for (int page = 1; page <= 2; ++page) {
        if (page > 1)
            writer.newPage();
        p.setFont(QFont(u"Noto Serif CJK SC"_s, 28));
        p.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::AlignCenter, u"借条 %1"_s.arg(page));
    }
    p.end();
    return bytes;
}

// A people's mediation case taken to its end: session, agreement, confirmation, performance,
// follow-up, attachments, closed.
QString fullCase(Database& db)
{
    const auto roster = test::makeRoster(db);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"responded"_s, u"private_loan"_s,
                                          QDate(2025, 8, 20), u"（2025）乌中矛调字第0042号"_s);
    MediationSession s;
    s.caseId = caseId;
    s.heldOn = QDate(2025, 8, 28);
    s.startsAt = QTime(9, 30);
    s.endsAt = QTime(11, 0);
    s.roomId = roster.roomId;
    s.mediatorIds = {roster.mediatorId};
    s.partiesPresent = u"张三、李四"_s;
    s.record = u"双方陈述了借款经过，李四承认借款事实，同意分期归还。"_s;
    s.result = u"agreement"_s;
    REQUIRE(SessionService(db).recordSession(s, sys));
    Agreement a = test::sampleAgreement(caseId);
    a.mediatorIds = {roster.mediatorId};
    REQUIRE(AgreementService(db).saveAgreement(a, sys));
    REQUIRE(JudicialConfirmationService(db).recordJudicialConfirmation(
        JudicialConfirmation{QString(), caseId, QDate(2025, 9, 5), u"乌拉特中旗人民法院"_s, u"（2025）内0824民特12号"_s,
                             QDate(2025, 9, 12), u"granted"_s},
        sys));
    REQUIRE(PerformanceService(db).recordPerformance(
        Performance{QString(), caseId, QDate(2025, 10, 30), u"performed"_s, 3000000, u"已通过银行转账付清"_s}, sys));
    REQUIRE(FollowupService(db).recordFollowup(FollowupVisit{QString(), caseId, QDate(2025, 11, 5), u"home_visit"_s,
                                                             u"王调解"_s, u"very_satisfied"_s, u"performed"_s,
                                                             u"双方关系已和好"_s},
                                               sys));
    AttachmentService att(db);
    REQUIRE(att.add(caseId, u"张三身份证"_s, u"identity"_s, u"id.png"_s, pngOfIdCard(), sys));
    REQUIRE(att.add(caseId, u"借条"_s, u"evidence"_s, u"jt.pdf"_s, twoPagePdf(), sys));
    REQUIRE(att.add(caseId, u"收据"_s, u"evidence"_s, u"sj.pdf"_s, "%PDF-1.4\n%damaged scan\n", sys));
    ClosureRequest req;
    req.caseId = caseId;
    req.outcome = u"mediated"_s;
    req.summary = u"经调解双方达成协议并已履行完毕，回访满意。"_s;
    req.closedOn = QDate(2025, 11, 6);
    REQUIRE(ClosureService(db).close(req, sys));
    return caseId;
}

} // namespace

TEST_CASE("the bound case file has its pages in the customary order")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = fullCase(db);
    const QString pdf = t.file(u"juanzong.pdf"_s);
    CaseFileOptions o;
    o.compiledBy = u"王调解"_s;
    auto r = writeCaseFilePdf(db, caseId, pdf, o);
    REQUIRE(r);
    keep(pdf);
    CHECK(r->volumeNo == u"（2025）人调字第42号"_s);
    REQUIRE(pdfPages(pdf) == r->pages);

    QStringList titles;
    for (const CaseFileSection& s : r->sections)
        titles << s.title;
    CHECK(titles == QStringList{u"受理登记表"_s, u"权利义务告知书"_s, u"身份证明"_s, u"证据材料"_s, u"调解笔录"_s,
                                u"调解协议书"_s, u"履行凭证"_s, u"回访记录"_s, u"司法确认材料"_s, u"情况说明"_s});

    const QString cover = pageText(pdf, 1);
    CHECK_FALSE(test::hasRadicals(cover));
    CHECK(has(cover, u"人民调解卷宗"_s));
    CHECK(has(cover, u"（2025）人调字第42号"_s));
    CHECK(has(cover, u"王调解"_s));
    CHECK(has(cover, u"长期"_s));
    const QString contents = pageText(pdf, 2);
    CHECK(has(contents, u"卷内目录"_s));
    // Each section starts on the page the contents list says, with its own title; the pages come
    // in the order of the list.
    int previous = 2;
    for (const CaseFileSection& s : r->sections) {
        INFO(s.title.toStdString() << " on page " << s.firstPage);
        CHECK(s.firstPage > previous);
        previous = s.firstPage;
        CHECK(has(pageText(pdf, s.firstPage), s.title));
        CHECK(has(contents, s.title));
    }
    // The ID card image sits in the identity section; the two-page PDF of the loan note follows in
    // the evidence section page by page, each page an image under its caption; a damaged PDF gets a
    // page that lists it, and a note says so.
    CHECK(has(pageText(pdf, r->sections[2].firstPage), u"张三身份证"_s));
    const int evidence = r->sections[3].firstPage;
    CHECK(has(pageText(pdf, evidence), u"借条"_s));
    CHECK(has(pageText(pdf, evidence), u"第 1 页，共 2 页"_s));
    CHECK(has(pageText(pdf, evidence + 1), u"第 2 页，共 2 页"_s));
    CHECK_FALSE(has(pageText(pdf, evidence), u"借条 1"_s)); // the scan is an image, not text
    CHECK(pdfImagesOnPage(pdf, evidence) == 1);
    CHECK(has(pageText(pdf, evidence + 2), u"收据"_s));
    CHECK(has(pageText(pdf, evidence + 2), u"无法作为 PDF 读取"_s));
    REQUIRE(r->notes.size() == 1);
    CHECK(r->notes.first().contains(u"收据"_s));
    CHECK(has(pageText(pdf, r->sections[5].firstPage), u"叁万元整"_s));
    CHECK(has(pageText(pdf, r->pages), u"备考表"_s));
}

namespace {

// The sample agreement saved for the case (mediator of 海流图镇人民调解委员会), printed to `fileName`:
// the text of its first two pages.
QString agreementPdfText(test::TempDatabase& t, const QString& caseId, const QString& fileName)
{
    Agreement sample = test::sampleAgreement(caseId);
    sample.mediatorIds = {test::makeRoster(*t.db).mediatorId};
    REQUIRE(AgreementService(*t.db).saveAgreement(sample, sys));
    auto html = agreementHtml(*t.db, caseId);
    REQUIRE(html);
    const QString pdf = t.file(fileName);
    REQUIRE(writeHtmlPdf(*html, pdf));
    keep(pdf);
    return pageText(pdf, 1) + pageText(pdf, 2);
}

} // namespace

TEST_CASE("the agreement prints with a signature line per party and copies = parties + 1")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    const QString text = agreementPdfText(t, caseId, u"xieyi.pdf"_s);
    CHECK_FALSE(test::hasRadicals(text));
    CHECK(has(text, u"人民调解协议书"_s));
    CHECK(has(text, u"甲方"_s));
    CHECK(has(text, u"乙方"_s));
    CHECK(text.count(u"签名、盖章或按指印"_s) == 2);
    // Chinese numerals, as documents write counts.
    CHECK(has(text, u"一式三份"_s));
    CHECK_FALSE(has(text, u"一式3份"_s));
    // The seal is the mediator's committee, not the center's.
    CHECK(has(text, u"海流图镇人民调解委员会（印）"_s));
    CHECK(has(text, u"30,000.00"_s));
}

TEST_CASE("an organization party is named on the agreement by domicile, credit code and legal representative")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    QSqlQuery q(db.sql());
    q.prepare(u"UPDATE parties SET kind = 'organization', name = '乌拉特中旗某建筑有限公司', address = ?, "
              "credit_code = ?, legal_representative = ? WHERE case_id = ? AND role = 'respondent'"_s);
    for (const QString& v : {u"乌拉特中旗海流图镇工业园区8号"_s, u"91150824MA0N2B3C4M"_s, u"赵刚"_s, caseId})
        q.addBindValue(v);
    REQUIRE(q.exec());
    // Without spaces and line breaks: a long line may wrap between a label and its value.
    const QString text = agreementPdfText(t, caseId, u"xieyi_company.pdf"_s).remove(QRegularExpression(u"\\s+"_s));
    INFO(text.toStdString());
    CHECK(has(text, u"乌拉特中旗某建筑有限公司"_s));
    CHECK(has(text, u"住所：乌拉特中旗海流图镇工业园区8号"_s));
    CHECK(has(text, u"统一社会信用代码：91150824MA0N2B3C4M"_s));
    CHECK(has(text, u"法定代表人：赵刚"_s));
    // The person keeps 住址, and has no legal representative.
    CHECK(has(text, u"住址：乌拉特中旗海流图镇"_s));
    CHECK(text.count(u"法定代表人"_s) == 1);
}

TEST_CASE("a session is recorded and a case closed through the dialogs")
{
    test::TempDatabase t;
    const auto roster = test::makeRoster(*t.db);
    const QString caseId = test::makeCase(*t.db, u"people_mediation"_s, u"responded"_s, u"private_loan"_s);
    ui::SessionDialog dialog(t.db, caseId, sys);
    dialog.show();
    auto* date = dialog.findChild<QDateEdit*>(u"dateEdit"_s);
    date->setDate(QDate(2025, 8, 28));
    dialog.findChild<QPlainTextEdit*>(u"recordPlainTextEdit"_s)->setPlainText(u"双方同意再次协商。"_s);
    auto* result = dialog.findChild<QComboBox*>(u"resultComboBox"_s);
    result->setCurrentIndex(result->findData(u"failed"_s));
    // No mediator ticked: the message shows in the dialog and nothing is saved.
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().contains(u"至少选择一名调解员"_s));
    dialog.findChild<QListWidget*>(u"mediatorsListWidget"_s)->item(0)->setCheckState(Qt::Checked);
    CHECK_FALSE(dialog.save());
    CHECK(dialog.errorText().contains(u"救济途径"_s));
    auto* litigation = dialog.findChild<QCheckBox*>(u"litigationCheckBox"_s);
    CHECK(litigation->isEnabled());
    litigation->setChecked(true);
    dialog.findChild<QLineEdit*>(u"presentLineEdit"_s)->setText(u"张三、李四"_s);
    REQUIRE(dialog.save());
    CHECK(dialog.errorText().isEmpty());
    if (const QString dir = qEnvironmentVariable("OW_KEEP_PDF"); !dir.isEmpty())
        dialog.grab().save(dir + u"/session_dialog.png"_s);
    const auto sessions = SessionService(*t.db).sessions(caseId);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].routesTold == QStringList{u"litigation"_s});
    CHECK(sessions[0].mediatorIds == QStringList{roster.mediatorId});

    ui::CloseCaseDialog close(t.db, caseId, sys);
    close.show();
    auto* outcome = close.findChild<QComboBox*>(u"outcomeComboBox"_s);
    outcome->setCurrentIndex(outcome->findData(u"mediation_failed"_s));
    close.findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s)->setPlainText(u"调解不成，已告知诉讼途径。"_s);
    CHECK(close.missingText().contains(u"回访"_s));
    auto* ok = close.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    REQUIRE(FollowupService(*t.db).recordFollowup(
        FollowupVisit{QString(), caseId, QDate(2025, 9, 10), u"phone"_s, u"王调解"_s, u"dissatisfied"_s, {}, {}}, sys));
    close.findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s)
        ->setPlainText(u"调解不成，已告知诉讼途径。回访已做。"_s);
    CHECK(close.missingText().isEmpty());
    CHECK(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(close.result() == QDialog::Accepted);
    CHECK(test::caseStatus(*t.db, caseId) == u"closed"_s);
}

TEST_CASE("the Mediation and Cases menus offer mediation work and ask for a case when none is selected")
{
    test::TempDatabase t;
    ui::MainWindow window(t.db);
    ui::installMediation(window);
    QStringList texts;
    for (QAction* a : window.menu(ui::MainWindow::Menu::Mediation)->actions())
        texts << a->text();
    CHECK(window.menu(ui::MainWindow::Menu::Mediation)->title() == QStringLiteral("调解(&M)"));
    CHECK(texts.contains(QStringLiteral("记录调解…")));
    QStringList caseTexts;
    for (QAction* a : window.menu(ui::MainWindow::Menu::Cases)->actions())
        caseTexts << a->text();
    CHECK(caseTexts.contains(QStringLiteral("结案…")));
    CHECK(texts.contains(QStringLiteral("调解协议书预览…")));
    CHECK(texts.contains(QStringLiteral("导出卷宗（PDF）…")));
    for (QAction* a : window.menu(ui::MainWindow::Menu::Cases)->actions()) {
        if (a->text() != QStringLiteral("结案…"))
            continue;
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        a->trigger();
    }
    CHECK(ui::MessageBox::lastText() == QStringLiteral("请先在案件列表中选择一个案件。"));
}

TEST_CASE("a new database: 记录调解 offers the roster, and the session dialog says where mediators are added")
{
    test::TempDatabase t;
    const QString caseId = test::makeCase(*t.db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    REQUIRE(RosterService(*t.db).mediators().isEmpty());
    // The dialog, opened anyway, names the menu at once, and the refusal to save names it too.
    {
        ui::SessionDialog dialog(t.db, caseId, sys);
        CHECK(dialog.errorText().contains(u"管理 → 调解员与调解室…"_s));
        dialog.findChild<QPlainTextEdit*>(u"recordPlainTextEdit"_s)->setPlainText(u"双方陈述。"_s);
        dialog.findChild<QLineEdit*>(u"placeLineEdit"_s)->setText(u"海流图镇村委会"_s); // no rooms either
        CHECK_FALSE(dialog.save());
        CHECK(dialog.errorText().contains(u"管理 → 调解员与调解室…"_s));
    }

    ui::MainWindow window(t.db);
    ui::installMediation(window);
    window.show();
    auto* table = window.findChild<QTableView*>(u"caseTableView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 2000);
    table->setCurrentIndex(table->model()->index(0, 0));
    REQUIRE(window.selectedCaseId() == caseId);
    QAction* record = nullptr;
    for (QAction* a : window.menu(ui::MainWindow::Menu::Mediation)->actions())
        if (a->text() == u"记录调解…"_s)
            record = a;
    REQUIRE(record);
    // Declined: no dialog opens, and the question named the menu.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    record->trigger();
    CHECK(ui::MessageBox::lastText().contains(u"管理 → 调解员与调解室…"_s));
    // Accepted: the roster opens; a mediator added there, the session dialog follows.
    QStringList opened;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || (!opened.isEmpty() && opened.last() == QString::fromLatin1(modal->metaObject()->className())))
            return;
        opened << QString::fromLatin1(modal->metaObject()->className());
        if (qobject_cast<ui::RosterDialog*>(modal)) {
            Mediator m;
            m.name = u"王调解"_s;
            m.organization = u"海流图镇人民调解委员会"_s;
            CHECK(RosterService(*t.db).saveMediator(m, sys).ok());
        }
        qobject_cast<QDialog*>(modal)->done(QDialog::Rejected);
    });
    poll.start(20);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    record->trigger();
    poll.stop();
    CHECK(opened == QStringList{u"ow::ui::RosterDialog"_s, u"ow::ui::SessionDialog"_s});
}

TEST_CASE("Esc in the session record and in 结案 asks before discarding typed text")
{
    test::TempDatabase t;
    test::makeRoster(*t.db);
    const QString caseId = test::makeCase(*t.db, u"people_mediation"_s, u"responded"_s, u"private_loan"_s);
    {
        ui::SessionDialog dialog(t.db, caseId, sys);
        dialog.show();
        // Nothing typed: Esc closes without a question.
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        const QString before = ui::MessageBox::lastText();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
        CHECK(ui::MessageBox::lastText() == before);
    }
    {
        ui::SessionDialog dialog(t.db, caseId, sys);
        dialog.show();
        dialog.findChild<QPlainTextEdit*>(u"recordPlainTextEdit"_s)->setPlainText(u"双方各自陈述了借款经过。"_s);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.isVisible()); // kept, with the text
        CHECK(ui::MessageBox::lastText().contains(u"调解记录"_s));
        CHECK(dialog.findChild<QPlainTextEdit*>(u"recordPlainTextEdit"_s)->toPlainText() ==
              u"双方各自陈述了借款经过。"_s);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    }
    {
        ui::CloseCaseDialog close(t.db, caseId, sys);
        close.show();
        close.findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s)->setPlainText(u"调解不成。"_s);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&close, Qt::Key_Escape);
        CHECK(close.isVisible());
        CHECK(ui::MessageBox::lastText().contains(u"结案"_s));
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        close.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel)->click();
        CHECK_FALSE(close.isVisible());
    }
    CHECK(SessionService(*t.db).sessions(caseId).isEmpty());
}

TEST_CASE("the 结案 checklist names the reply to the applicant, which the save demands")
{
    test::TempDatabase t;
    const QString caseId = test::makeCase(*t.db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    ui::CloseCaseDialog close(t.db, caseId, sys);
    close.show();
    auto* outcome = close.findChild<QComboBox*>(u"outcomeComboBox"_s);
    outcome->setCurrentIndex(outcome->findData(u"mediation_failed"_s));
    close.findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s)->setPlainText(u"调解不成，已告知诉讼途径。"_s);
    REQUIRE(FollowupService(*t.db).recordFollowup(
        FollowupVisit{QString(), caseId, QDate(2025, 9, 10), u"phone"_s, u"王调解"_s, u"dissatisfied"_s, {}, {}}, sys));
    outcome->setCurrentIndex(outcome->findData(u"resolved_other"_s)); // the list is worked out again
    outcome->setCurrentIndex(outcome->findData(u"mediation_failed"_s));
    const QString listed = close.missingText();
    INFO(listed.toStdString());
    CHECK(listed.contains(u"答复申请人"_s));
    auto* ok = close.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    // Every item of the save's refusal is on the checklist: the two come from the same code.
    ClosureRequest r;
    r.caseId = caseId;
    r.outcome = u"mediation_failed"_s;
    r.summary = u"调解不成，已告知诉讼途径。"_s;
    auto refused = ClosureService(*t.db).close(r, sys);
    REQUIRE_FALSE(refused);
    for (const QString& item : ClosureService(*t.db).missing(r)) {
        CHECK(listed.contains(item));
        CHECK(refused.error().contains(item));
    }
    // Once the response is recorded, the item is gone and 确定 closes.
    TransitionRequest respond;
    respond.caseKey = caseId;
    respond.actor = sys;
    respond.command = u"respond"_s;
    respond.reason = u"已电话答复申请人。"_s;
    REQUIRE(CaseWorkflow(*t.db).apply(respond).ok());
    close.findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s)->setPlainText(u"调解不成，已告知诉讼途径。已答复。"_s);
    CHECK(close.missingText().isEmpty());
    CHECK(ok->isEnabled());
}

TEST_CASE("the bound case file names people, words steps as a file does and has the co-departments' feedback")
{
    test::TempDatabase t;
    const QString caseId = test::makeCase(*t.db, u"people_mediation"_s, u"in_progress"_s, u"labor"_s);
    RoutingService routing(*t.db);
    REQUIRE(routing.whistle(caseId, sys, u"trade_union"_s, QDate(2025, 9, 30)).ok());
    REQUIRE(routing.reportIn(caseId, sys, u"trade_union"_s).ok());
    REQUIRE(routing.giveFeedback(caseId, sys, u"trade_union"_s, u"已约谈用人单位，同意分两期支付工资。"_s).ok());
    TransitionRequest respond;
    respond.caseKey = caseId;
    respond.actor = sys;
    respond.command = u"respond"_s;
    respond.reason = u"已电话答复申请人。"_s;
    REQUIRE(CaseWorkflow(*t.db).apply(respond).ok());

    const QString pdf = t.file(u"file.pdf"_s);
    REQUIRE(writeCaseFilePdf(*t.db, caseId, pdf, {}));
    keep(pdf);
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"系统："_s)); // the built-in operator by its name, never the login
    CHECK_FALSE(text.contains(u"system"_s));
    CHECK_FALSE(text.contains(u"→"_s));
    CHECK_FALSE(text.contains(u"已反馈；"_s));
    CHECK(text.contains(u"已电话答复申请人。"_s));
    CHECK(text.contains(u"协办部门反馈"_s));
    CHECK(text.contains(u"总工会：已约谈用人单位，同意分两期支付工资。"_s));

    // The export suggests the case number as the file name, in the documents folder.
    const auto c = CaseStore(*t.db).load(caseId);
    const QString suggested = ui::caseFileSuggestion(*t.db, caseId);
    CHECK(QFileInfo(suggested).fileName() == c->caseNo + u".pdf"_s);
    CHECK(QFileInfo(suggested).absolutePath() ==
          QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absoluteFilePath());
}
