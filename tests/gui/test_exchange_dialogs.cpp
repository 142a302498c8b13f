// The package dialogs: the import preview of a township's package, then the import itself.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/gui_wait.h"

#include "exchange/conflicts_dialog.h"
#include "exchange/exchange_dialogs.h"
#include "exchange/package_export.h"
#include "exchange/package_import.h"
#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "widgets/dialogs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>

using namespace ow;

TEST_CASE("the import dialog previews a township's package per table and imports it")
{
    test::TempDatabase town(SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"),
                                      QStringLiteral("township"), QString()});
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    {
        WriteTransaction tx(*town.db);
        CaseWriter writer(*town.db);
        for (int n = 1; n <= 3; ++n) {
            CaseRecord c;
            c.caseNo = QStringLiteral("（2025）海镇矛调字第%1号").arg(n);
            c.caseType = QStringLiteral("people_mediation");
            c.source = QStringLiteral("walk_in");
            c.categoryCode = QStringLiteral("neighbor");
            c.townshipCode = QStringLiteral("150824100");
            c.summary = QStringLiteral("邻里纠纷");
            c.status = QStringLiteral("filed");
            c.receivedOn = QDate(2025, 5, n);
            c.parties << Party{
                {}, QStringLiteral("applicant"), QStringLiteral("person"), QStringLiteral("张建国"), {}, {}, {}, {},
                {}};
            REQUIRE(writer.insert(c));
        }
        REQUIRE(tx.commit());
    }
    // The township exports through its dialog; the dialog stays open until the file is written.
    const QString package = town.file(QStringLiteral("海流图镇.owpkg"));
    {
        ui::ExportPackageDialog exporting(town.db, QStringLiteral("镇管理员"));
        exporting.show();
        auto* file = exporting.findChild<QLineEdit*>(QStringLiteral("fileLineEdit"));
        file->setText(package);
        exporting.findChild<QPushButton*>(QStringLiteral("exportPushButton"))->click();
        CHECK(exporting.busy());
        if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
            exporting.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/export_package_busy.png"));
        CHECK(exporting.findChild<QProgressBar*>(QStringLiteral("progressBar"))->isVisible());
        exporting.close();
        CHECK(exporting.isVisible());
        REQUIRE(test::waitUntilIdle(exporting));
        const QString result = exporting.findChild<QLabel*>(QStringLiteral("resultLabel"))->text();
        INFO(result.toStdString());
        CHECK(result.contains(QStringLiteral("导出 3 件案件")));
        CHECK(QFileInfo::exists(package));
        exporting.close();
        CHECK_FALSE(exporting.isVisible());
    }

    ui::ImportPackageDialog dialog(county.db, QStringLiteral("县管理员"));
    dialog.resize(760, 560);
    dialog.show();
    dialog.previewFile(package);
    CHECK(dialog.busy());
    REQUIRE(test::waitUntilIdle(dialog));
    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
    auto* info = dialog.findChild<QLabel*>(QStringLiteral("packageInfoLabel"));
    auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importPushButton"));
    REQUIRE(preview);
    REQUIRE(importButton);
    CHECK(info->text().contains(QStringLiteral("海流图镇社会治理中心")));
    CHECK(info->text().contains(QStringLiteral("登记")));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("cases"));
    CHECK(preview->item(0, 2)->text() == QStringLiteral("3"));
    CHECK(importButton->isEnabled());
    QCoreApplication::processEvents(); // the layout grows the label to its new text
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/import_package_preview.png"));

    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    importButton->click();
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/import_package_busy.png"));
    // Mid-import the dialog cannot be closed.
    CHECK(dialog.busy());
    CHECK_FALSE(importButton->isEnabled());
    dialog.close();
    CHECK(dialog.isVisible());
    REQUIRE(test::waitUntilIdle(dialog));
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("海流图镇社会治理中心")));
    CHECK_FALSE(dialog.isVisible()); // closed after the import, with the summary in a message
    CaseFilter site;
    site.site = QStringLiteral("150824100");
    CHECK(CaseStore(*county.db).count(site) == 3);

    SECTION("a bad file shows why and cannot be imported")
    {
        const QString junk = town.file(QStringLiteral("junk.owpkg"));
        test::writeFile(junk, "not a package");
        ui::ImportPackageDialog again(county.db, QStringLiteral("县管理员"));
        again.previewFile(junk);
        REQUIRE(test::waitUntilIdle(again));
        CHECK(again.findChild<QLabel*>(QStringLiteral("packageInfoLabel"))->text().contains(QStringLiteral("SQLite")));
        CHECK_FALSE(again.findChild<QPushButton*>(QStringLiteral("importPushButton"))->isEnabled());
    }
}

TEST_CASE("the conflicts window shows both versions side by side and takes the township's on request")
{
    test::TempDatabase town(SiteSetup{QStringLiteral("150824100"), QStringLiteral("海流图镇社会治理中心"),
                                      QStringLiteral("township"), QString()});
    test::TempDatabase county;
    test::registerSiteKey(*county.db, *town.db);
    QString caseId;
    {
        WriteTransaction tx(*town.db);
        CaseRecord c;
        c.caseNo = QStringLiteral("（2025）海镇矛调字第1号");
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = QStringLiteral("neighbor");
        c.townshipCode = QStringLiteral("150824100");
        c.summary = QStringLiteral("邻里宅基地边界纠纷");
        c.status = QStringLiteral("filed");
        c.receivedOn = QDate(2025, 5, 6);
        c.parties << Party{
            {}, QStringLiteral("applicant"), QStringLiteral("person"), QStringLiteral("张建国"), {}, {}, {}, {}, {}};
        REQUIRE(CaseWriter(*town.db).insert(c));
        caseId = c.id;
        REQUIRE(tx.commit());
    }
    auto sendToCounty = [&](const QString& name) {
        ExportOptions o;
        o.outPath = town.file(name);
        REQUIRE(exportPackage(*town.db, o));
        auto done = PackageImporter(*county.db).import(o.outPath, QStringLiteral("system"));
        INFO(done.error().toStdString());
        REQUIRE(done);
    };
    auto exec = [](Database& db, const QString& sql) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(sql));
    };
    sendToCounty(QStringLiteral("first.owpkg"));
    exec(*county.db, QStringLiteral("UPDATE cases SET supervised = 1, supervision_note = '县中心督办：限期化解', "
                                    "row_version = 2, updated_at = '2025-05-08T02:00:00.000Z' WHERE id = '%1'")
                         .arg(caseId));
    exec(*town.db, QStringLiteral("UPDATE cases SET summary = '邻里宅基地边界纠纷，已现场勘验', row_version = 2, "
                                  "updated_at = '2025-05-09T03:00:00.000Z' WHERE id = '%1'")
                       .arg(caseId));
    sendToCounty(QStringLiteral("second.owpkg"));

    ui::ConflictsDialog dialog(county.db, QStringLiteral("system"));
    dialog.show();
    QCoreApplication::processEvents();
    REQUIRE(dialog.conflictCount() == 1);
    auto* list = dialog.findChild<QTableWidget*>(QStringLiteral("conflictsTableWidget"));
    auto* fields = dialog.findChild<QTableWidget*>(QStringLiteral("fieldsTableWidget"));
    auto* takeTheirs = dialog.findChild<QPushButton*>(QStringLiteral("takeTheirsPushButton"));
    REQUIRE(list);
    REQUIRE(fields);
    REQUIRE(takeTheirs);
    CHECK(list->item(0, 0)->text() == QStringLiteral("（2025）海镇矛调字第1号"));
    CHECK(list->item(0, 2)->text() == QStringLiteral("海流图镇社会治理中心"));
    QStringList shownFields;
    for (int r = 0; r < fields->rowCount(); ++r)
        shownFields << fields->item(r, 0)->text() + QLatin1Char('=') + fields->item(r, 1)->text() + QLatin1Char('|') +
                           fields->item(r, 2)->text();
    INFO(shownFields.join(QLatin1Char(' ')).toStdString());
    CHECK(shownFields.contains(QStringLiteral("摘要 (summary)=邻里宅基地边界纠纷|邻里宅基地边界纠纷，已现场勘验")));
    CHECK(takeTheirs->isEnabled());
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/conflicts_dialog.png"));

    // Declining the confirmation changes nothing; confirming takes the township's version.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    takeTheirs->click();
    CHECK(dialog.conflictCount() == 1);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    takeTheirs->click();
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("（2025）海镇矛调字第1号")));
    CHECK(dialog.conflictCount() == 0);
    CHECK_FALSE(takeTheirs->isEnabled());
    auto loaded = CaseStore(*county.db).load(caseId);
    REQUIRE(loaded);
    CHECK(loaded->summary == QStringLiteral("邻里宅基地边界纠纷，已现场勘验"));
}
