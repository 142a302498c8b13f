// Follow-up visits, the mediator roster and rooms, and a case's attachments, driven through their
// dialogs offscreen and read back from core. OW_SCREENSHOTS=<dir> keeps screenshots of the dialogs.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/mediation_test_support.h"
#include "main/main_window.h"
#include "mediation/agreement.h"
#include "mediation/attachments.h"
#include "mediation/attachments_dialog.h"
#include "mediation/followup.h"
#include "mediation/followup_dialog.h"
#include "mediation/mediation_extension.h"
#include "mediation/roster.h"
#include "mediation/roster_dialog.h"
#include "security/users.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

const QString sys = u"system"_s;

void shot(QWidget& w, const QString& name)
{
    if (const QString dir = qEnvironmentVariable("OW_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(20);
        w.grab().save(dir + u'/' + name);
    }
}

// Types text as a user would, Chinese included (QTest::keyClicks handles ASCII only): each
// character arrives as a key event carrying its text, as from an input method in direct mode.
void type(QWidget* w, const QString& text)
{
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void choose(QComboBox* box, const QString& code)
{
    const int i = box->findData(code);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

QByteArray png(int w, int h, const QString& text)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(250, 248, 240));
    QPainter p(&img);
    p.setFont(QFont(u"Noto Sans CJK SC"_s, 28));
    p.drawText(img.rect(), Qt::AlignCenter, text);
    p.end();
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return bytes;
}

QByteArray sha256(const QByteArray& d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
}

// The database file and its write-ahead log: both unchanged means nothing was written.
QByteArray dbHash(const test::TempDatabase& t)
{
    if (t.db->isServer())
        return test::storeHash(t); // every table's rows
    return test::fileHash(t.path) + test::fileHash(t.path + u"-wal"_s);
}

QStringList rowTexts(const QTableWidget* t, int column)
{
    QStringList out;
    for (int row = 0; row < t->rowCount(); ++row)
        out << t->item(row, column)->text();
    return out;
}

} // namespace

TEST_CASE("a follow-up visit is saved through the dialog and read back from core")
{
    test::TempDatabase t;
    Database& db = *t.db;
    test::makeRoster(db);
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"responded"_s, u"private_loan"_s);
    REQUIRE(AgreementService(db).saveAgreement(test::sampleAgreement(caseId), sys));

    ui::FollowupDialog dialog(t.db, caseId, sys);
    dialog.show();
    auto* performed = dialog.findChild<QComboBox*>(u"performedComboBox"_s);
    // The case has an agreement, so the dialog asks whether it was carried out.
    CHECK(performed->isVisible());
    auto* method = dialog.findChild<QComboBox*>(u"methodComboBox"_s);
    CHECK(method->itemText(method->findData(u"home_visit"_s)) == u"上门回访"_s);
    dialog.findChild<QDateEdit*>(u"dateEdit"_s)->setDate(QDate(2025, 11, 5));
    choose(method, u"home_visit"_s);
    auto* satisfaction = dialog.findChild<QComboBox*>(u"satisfactionComboBox"_s);
    CHECK(satisfaction->itemText(satisfaction->findData(u"basically_satisfied"_s)) == u"基本满意"_s);
    choose(satisfaction, u"satisfied"_s);
    choose(performed, u"performed"_s);
    dialog.findChild<QPlainTextEdit*>(u"notesPlainTextEdit"_s)->setPlainText(u"李四已按约定还清借款，双方关系缓和。"_s);
    // No visitor typed: the reason shows in the dialog and nothing is saved.
    auto* save = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == u"请填写回访人。"_s);
    CHECK(FollowupService(db).followups(caseId).isEmpty());

    auto* visitor = dialog.findChild<QLineEdit*>(u"visitorLineEdit"_s);
    visitor->setFocus();
    type(visitor, u"王调解"_s);
    dialog.findChild<QLabel*>(u"errorLabel"_s)->clear();
    shot(dialog, u"followup_dialog.png"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const auto visits = FollowupService(db).followups(caseId);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].id == dialog.savedId());
    CHECK(visits[0].visitedOn == QDate(2025, 11, 5));
    CHECK(visits[0].method == u"home_visit"_s);
    CHECK(visits[0].visitor == u"王调解"_s);
    CHECK(visits[0].satisfaction == u"satisfied"_s);
    CHECK(visits[0].performed == u"performed"_s);
    CHECK(visits[0].notes == u"李四已按约定还清借款，双方关系缓和。"_s);

    // A second visit sees the first one listed above its form.
    ui::FollowupDialog again(t.db, caseId, sys);
    again.show();
    auto* earlier = again.findChild<QTableWidget*>(u"earlierTableWidget"_s);
    CHECK(earlier->isVisible());
    REQUIRE(earlier->rowCount() == 1);
    CHECK(earlier->item(0, 0)->text() == u"2025-11-05"_s);
    CHECK(earlier->item(0, 2)->text() == u"王调解"_s);
    CHECK(earlier->item(0, 3)->text() == u"满意"_s);
    again.findChild<QLineEdit*>(u"visitorLineEdit"_s)->setText(u"赵主任"_s);
    choose(again.findChild<QComboBox*>(u"methodComboBox"_s), u"phone"_s);
    shot(again, u"followup_dialog_second_visit.png"_s);
}

TEST_CASE("without an agreement the follow-up does not ask about performance; a closed case takes no visit")
{
    test::TempDatabase t;
    const QString open = test::makeCase(*t.db, u"petition"_s, u"responded"_s, u"private_loan"_s);
    ui::FollowupDialog dialog(t.db, open, sys);
    dialog.show();
    CHECK_FALSE(dialog.findChild<QComboBox*>(u"performedComboBox"_s)->isVisible());
    CHECK_FALSE(dialog.findChild<QTableWidget*>(u"earlierTableWidget"_s)->isVisible());

    const QString closed = test::makeCase(*t.db, u"people_mediation"_s, u"closed"_s, u"private_loan"_s);
    ui::FollowupDialog closedDialog(t.db, closed, sys);
    closedDialog.show();
    CHECK_FALSE(closedDialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save)->isEnabled());
    CHECK(closedDialog.errorText().contains(u"已办结归档"_s));
}

TEST_CASE("a mediator and a room are added, edited and deactivated through the roster dialog")
{
    test::TempDatabase t;
    Database& db = *t.db;
    test::makeRoster(db);
    REQUIRE(UserService(db).save({u"liu.lawyer"_s, u"刘律师"_s, u"mediator"_s, {}, true, false}, sys));
    ui::RosterDialog dialog(t.db, sys);
    dialog.show();
    auto* mediators = dialog.findChild<QTableWidget*>(u"mediatorsTableWidget"_s);
    CHECK(rowTexts(mediators, 0) == QStringList{u"王调解"_s});

    QTest::mouseClick(dialog.findChild<QPushButton*>(u"newMediatorPushButton"_s), Qt::LeftButton);
    type(dialog.findChild<QLineEdit*>(u"mediatorNameLineEdit"_s), u"刘律师"_s);
    dialog.findChild<QLineEdit*>(u"organizationLineEdit"_s)->setText(u"乌拉特中旗法律援助中心"_s);
    dialog.findChild<QLineEdit*>(u"specialtiesLineEdit"_s)->setText(u"婚姻家庭，民间借贷、劳动争议"_s);
    dialog.findChild<QCheckBox*>(u"invitedCheckBox"_s)->setChecked(true);
    auto* account = dialog.findChild<QComboBox*>(u"accountComboBox"_s);
    REQUIRE(account);
    account->setCurrentIndex(account->findData(u"liu.lawyer"_s));
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"saveMediatorPushButton"_s), Qt::LeftButton);
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.changed());

    RosterService svc(db);
    const auto saved = svc.mediators();
    REQUIRE(saved.size() == 2);
    const Mediator liu = saved[0].name == u"刘律师"_s ? saved[0] : saved[1];
    CHECK(liu.name == u"刘律师"_s);
    CHECK(liu.organization == u"乌拉特中旗法律援助中心"_s);
    CHECK(liu.specialties == QStringList{u"婚姻家庭"_s, u"民间借贷"_s, u"劳动争议"_s});
    CHECK(liu.invited);
    CHECK(liu.active);
    CHECK(liu.userLogin == u"liu.lawyer"_s); // follow-ups by this account then fill in 刘律师
    CHECK(mediators->rowCount() == 2);
    // The saved mediator stays selected with its form, ready for an edit.
    CHECK(dialog.findChild<QGroupBox*>(u"mediatorGroupBox"_s)->title().contains(u"刘律师"_s));

    // Deactivating keeps the mediator (sessions may name them) but takes them off the choices.
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"deactivateMediatorPushButton"_s), Qt::LeftButton);
    CHECK(svc.mediators().size() == 1);
    CHECK(svc.mediators(false).size() == 2);
    CHECK(rowTexts(mediators, 4).contains(u"已停用"_s));
    CHECK(dialog.findChild<QPushButton*>(u"deactivateMediatorPushButton"_s)->text().startsWith(u"重新启用"_s));

    dialog.findChild<QTabWidget*>(u"tabWidget"_s)->setCurrentIndex(1);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"newRoomPushButton"_s), Qt::LeftButton);
    auto* kind = dialog.findChild<QComboBox*>(u"roomKindComboBox"_s);
    CHECK(kind->count() == 6);
    CHECK(kind->itemText(kind->findData(u"brand_studio"_s)) == u"品牌调解室"_s);
    choose(kind, u"brand_studio"_s);
    auto* roomName = dialog.findChild<QLineEdit*>(u"roomNameLineEdit"_s);
    type(roomName, u"老李说和工作室"_s);
    // Enter in the form saves it (keyboard-only use) and does not close the dialog.
    QTest::keyClick(roomName, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().isEmpty());
    CHECK(svc.rooms().size() == 2);
    // Remote video needs no name of its own.
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"newRoomPushButton"_s), Qt::LeftButton);
    choose(kind, u"remote_video"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"saveRoomPushButton"_s), Qt::LeftButton);
    CHECK(dialog.errorText().isEmpty());

    QStringList rooms;
    for (const MediationRoom& r : svc.rooms())
        rooms << r.name + u'/' + r.kind;
    rooms.sort();
    CHECK(rooms ==
          QStringList{u"老李说和工作室/brand_studio"_s, u"老王调解室/brand_studio"_s, u"远程视频调解/remote_video"_s});
    shot(dialog, u"roster_rooms.png"_s);
    dialog.findChild<QTabWidget*>(u"tabWidget"_s)->setCurrentIndex(0);
    dialog.selectMediator(liu.id);
    shot(dialog, u"roster_mediators.png"_s);
}

TEST_CASE("only an administrator or supervisor changes the roster; the dialog says so")
{
    test::TempDatabase t;
    test::addUser(*t.db, u"clerk1"_s, u"clerk"_s);
    ui::RosterDialog dialog(t.db, u"clerk1"_s);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"mediatorNameLineEdit"_s)->setText(u"刘律师"_s);
    CHECK_FALSE(dialog.saveMediator());
    CHECK(dialog.errorText() == u"只有管理员或中心主任可以修改此设置。"_s);
    CHECK(RosterService(*t.db).mediators(false).isEmpty());
}

TEST_CASE("an attachment added through the dialog comes back byte for byte, opens and saves")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    const QByteArray bytes = png(640, 400, u"借条（照片）"_s);
    const QString source = t.file(u"jietiao.png"_s);
    test::writeFile(source, bytes);

    ui::AttachmentsDialog dialog(t.db, caseId, sys);
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    dialog.show();
    CHECK_FALSE(dialog.readOnly());
    CHECK(dialog.findChild<QLabel*>(u"limitLabel"_s)->text().contains(u"20.0 MB"_s));
    auto* kind = dialog.findChild<QComboBox*>(u"kindComboBox"_s);
    CHECK(kind->itemText(kind->findData(u"power_of_attorney"_s)) == u"授权委托书"_s);
    choose(kind, u"evidence"_s);
    type(dialog.findChild<QLineEdit*>(u"titleLineEdit"_s), u"借条照片"_s);
    const QByteArray before = dbHash(t);
    ui::FileDialog::setNextFileName(source);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"addPushButton"_s), Qt::LeftButton);
    CHECK(dialog.changed());
    // The hash the oversize test relies on does see a write.
    CHECK(dbHash(t) != before);

    AttachmentService att(db);
    const auto list = att.list(caseId);
    REQUIRE(list.size() == 1);
    CHECK(list[0].title == u"借条照片"_s);
    CHECK(list[0].kind == u"evidence"_s);
    CHECK(list[0].fileName == u"jietiao.png"_s);
    CHECK(list[0].size == bytes.size());
    CHECK(list[0].sha256.toLatin1() == sha256(bytes));
    auto back = att.data(list[0].id);
    REQUIRE(back);
    CHECK(sha256(*back) == sha256(bytes));
    CHECK(*back == bytes);

    auto* table = dialog.findChild<QTableWidget*>(u"attachmentsTableWidget"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == u"借条照片"_s);
    CHECK(table->item(0, 1)->text() == u"证据"_s);
    CHECK(table->item(0, 2)->text() == u"jietiao.png"_s);
    CHECK(table->item(0, 5)->text() == u"系统"_s); // the built-in operator's name, not its login
    // The added row is selected: Open writes the same bytes to a file and hands it to the viewer.
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"openPushButton"_s), Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].isLocalFile());
    CHECK(sha256(test::readFile(opened[0].toLocalFile())) == sha256(bytes));

    const QString copy = t.file(u"copy.png"_s);
    ui::FileDialog::setNextFileName(copy);
    CHECK(dialog.saveSelectedAs());
    CHECK(sha256(test::readFile(copy)) == sha256(bytes));

    // A PDF with no title takes its file name as the title.
    const QString pdf = t.file(u"申请书.pdf"_s);
    test::writeFile(pdf, "%PDF-1.4\n%scan of an application\n");
    choose(kind, u"application"_s);
    ui::FileDialog::setNextFileName(pdf);
    CHECK(dialog.addFile());
    CHECK(rowTexts(table, 0) == QStringList{u"借条照片"_s, u"申请书"_s});
    shot(dialog, u"attachments_dialog.png"_s);
}

TEST_CASE("a file over the configured limit is refused with its size and the limit, and nothing is written")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    {
        WriteTransaction tx(db);
        REQUIRE(db.setSetting(u"attachment_max_bytes"_s, QString::number(1024 * 1024)));
        REQUIRE(tx.commit());
    }
    // 1.5 MB starting like a PDF, so only its size is wrong.
    QByteArray big("%PDF-1.4\n");
    big.append(QByteArray(1536 * 1024 - big.size(), 'x'));
    const QString source = t.file(u"scan-600dpi.pdf"_s);
    test::writeFile(source, big);

    ui::AttachmentsDialog dialog(t.db, caseId, sys);
    dialog.show();
    CHECK(dialog.findChild<QLabel*>(u"limitLabel"_s)->text().contains(u"1.0 MB"_s));
    const QByteArray before = dbHash(t);
    ui::FileDialog::setNextFileName(source);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(dialog.addFile());
    CHECK(ui::MessageBox::lastTitle() == u"附件未添加"_s);
    const QString text = ui::MessageBox::lastText();
    INFO(text.toStdString());
    CHECK(text.contains(u"scan-600dpi.pdf"_s));
    CHECK(text.contains(u"1.5 MB"_s));
    CHECK(text.contains(u"附件最大 1.0 MB"_s));
    if (!qEnvironmentVariable("OW_SCREENSHOTS").isEmpty()) {
        QMessageBox box(QMessageBox::Warning, ui::MessageBox::lastTitle(), text, QMessageBox::Ok, &dialog);
        box.button(QMessageBox::Ok)->setText(u"确定"_s);
        box.show();
        shot(box, u"attachments_oversize_message.png"_s);
    }
    CHECK(dbHash(t) == before);
    CHECK(AttachmentService(db).list(caseId).isEmpty());
    CHECK(dialog.findChild<QTableWidget*>(u"attachmentsTableWidget"_s)->rowCount() == 0);
    CHECK_FALSE(dialog.changed());
}

TEST_CASE("a closed case's attachments can be opened but not added to")
{
    test::TempDatabase t;
    Database& db = *t.db;
    const QString caseId = test::makeCase(db, u"people_mediation"_s, u"in_progress"_s, u"private_loan"_s);
    const QByteArray bytes = png(300, 200, u"履行凭证"_s);
    REQUIRE(AttachmentService(db).add(caseId, u"转账回单"_s, u"performance_proof"_s, u"huidan.png"_s, bytes, sys));
    {
        // Archived as ClosureService leaves it (the closure rules are tested elsewhere).
        WriteTransaction tx(db);
        QSqlQuery q(db.sql());
        q.prepare(u"UPDATE cases SET status = 'closed' WHERE id = ?"_s);
        q.addBindValue(caseId);
        REQUIRE(q.exec());
        REQUIRE(tx.commit());
    }
    ui::AttachmentsDialog dialog(t.db, caseId, sys);
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    dialog.show();
    CHECK(dialog.readOnly());
    CHECK_FALSE(dialog.findChild<QGroupBox*>(u"addGroupBox"_s)->isVisible());
    auto* note = dialog.findChild<QLabel*>(u"readOnlyLabel"_s);
    CHECK(note->isVisible());
    CHECK(note->text().contains(u"已办结归档"_s));
    auto* table = dialog.findChild<QTableWidget*>(u"attachmentsTableWidget"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == u"履行凭证"_s);
    table->selectRow(0);
    const QString path = dialog.openSelected();
    REQUIRE_FALSE(path.isEmpty());
    CHECK(test::readFile(path) == bytes);
    shot(dialog, u"attachments_closed_case.png"_s);
}

TEST_CASE("the menus offer follow-up, attachments and the roster, and ask for a case when none is selected")
{
    test::TempDatabase t;
    ui::MainWindow window(t.db);
    ui::installMediation(window);
    QStringList texts;
    for (QAction* a : window.menu(ui::MainWindow::Menu::Mediation)->actions())
        texts << a->text();
    CHECK(texts.contains(u"回访…"_s));
    CHECK(texts.contains(u"附件…"_s));
    QStringList admin;
    for (QAction* a : window.menu(ui::MainWindow::Menu::Admin)->actions())
        admin << a->text();
    CHECK(admin.contains(u"调解员与调解室…"_s));
    for (const QString& name : {u"回访…"_s, u"附件…"_s}) {
        for (QAction* a : window.menu(ui::MainWindow::Menu::Mediation)->actions()) {
            if (a->text() != name)
                continue;
            ui::MessageBox::setNextAnswer(QMessageBox::Ok);
            a->trigger();
            CHECK(ui::MessageBox::lastText() == u"请先在案件列表中选择一个案件。"_s);
        }
    }
}

TEST_CASE("Mediation → 回访… opens on the selected case and saves the visit to it")
{
    test::TempDatabase t;
    const QString caseId = test::makeCase(*t.db, u"people_mediation"_s, u"responded"_s, u"private_loan"_s);
    ui::MainWindow window(t.db);
    ui::installMediation(window);
    window.show();
    auto* table = window.findChild<QTableView*>(u"caseTableView"_s);
    REQUIRE(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 2000);
    table->setCurrentIndex(table->model()->index(0, 0));
    REQUIRE(window.selectedCaseId() == caseId);

    // The dialog is modal: answer it from the event loop once it is up.
    bool answered = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* d = qobject_cast<ui::FollowupDialog*>(QApplication::activeModalWidget());
        if (!d || answered)
            return;
        answered = true;
        d->findChild<QLineEdit*>(u"visitorLineEdit"_s)->setText(u"王调解"_s);
        choose(d->findChild<QComboBox*>(u"satisfactionComboBox"_s), u"very_satisfied"_s);
        QTest::mouseClick(d->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    poll.start(20);
    for (QAction* a : window.menu(ui::MainWindow::Menu::Mediation)->actions())
        if (a->text() == u"回访…"_s)
            a->trigger();
    poll.stop();
    CHECK(answered);
    const auto visits = FollowupService(*t.db).followups(caseId);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].satisfaction == u"very_satisfied"_s);
    CHECK(visits[0].visitedOn == QDate::currentDate());
}
