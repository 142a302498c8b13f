// Administration → Reference Lists…: an administrator adds a township in the form and a county's
// villages from a file, renames a department; a bad file changes nothing; others may only look.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"

#include "admin/reference_lists_dialog.h"
#include "main/main_window.h"
#include "models/case_list_model.h"
#include "storage/reference_data.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace ow;

namespace {

int rowOf(QTableWidget* table, const QString& code)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == code)
            return row;
    return -1;
}

} // namespace

TEST_CASE("an administrator keeps the divisions and departments of the county")
{
    test::TempDatabase t;
    ui::ReferenceListsDialog dialog(t.db, actorFor(*t.db, QStringLiteral("system")).value());
    dialog.resize(1100, 620);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("entriesTableWidget"));
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("codeLineEdit"));
    auto* nameZh = dialog.findChild<QLineEdit*>(QStringLiteral("nameZhLineEdit"));
    auto* level = dialog.findChild<QComboBox*>(QStringLiteral("levelComboBox"));
    auto* parent = dialog.findChild<QComboBox*>(QStringLiteral("parentComboBox"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));

    // A new township of 乌拉特中旗, in the form.
    dialog.setList(ReferenceList::Divisions);
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("级别"));
    const int before = table->rowCount();
    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    CHECK_FALSE(code->isReadOnly());
    code->setText(QStringLiteral("150824106"));
    nameZh->setText(QStringLiteral("新忽热镇"));
    level->setCurrentIndex(level->findData(QStringLiteral("township")));
    parent->setCurrentIndex(parent->findData(QStringLiteral("150824")));
    save->click();
    INFO(message->text().toStdString());
    REQUIRE(table->rowCount() == before + 1);
    const int added = rowOf(table, QStringLiteral("150824106"));
    REQUIRE(added >= 0);
    CHECK(table->item(added, 3)->text() == QStringLiteral("乌拉特中旗"));
    CHECK(code->isReadOnly());
    bool offered = false;
    for (const NamedCode& town : ReferenceData::load(*t.db).townships())
        offered = offered || town.code == QLatin1String("150824106");
    CHECK(offered);

    // Its villages from a file; one with a parent that is not there refuses the whole file.
    const QString bad = t.file(QStringLiteral("bad.csv"));
    test::writeFile(bad, QStringLiteral("code,name_zh,level,parent_code\n150824106001,一村,village,150824106\n"
                                        "150824999001,二村,village,150824999\n")
                             .toUtf8());
    CHECK_FALSE(dialog.importFile(bad));
    CHECK(message->text().contains(QStringLiteral("150824999")));
    CHECK(table->rowCount() == before + 1);
    const QString good = t.file(QStringLiteral("villages.csv"));
    test::writeFile(good, QStringLiteral("code,name_zh,level,parent_code\n150824106001,一村,village,150824106\n"
                                         "150824106002,二村,village,150824106\n")
                              .toUtf8());
    REQUIRE(dialog.importFile(good));
    CHECK(table->rowCount() == before + 3);
    CHECK(message->text().contains(QStringLiteral("2")));
    CHECK(ReferenceData::load(*t.db).childrenOf(QStringLiteral("150824106")).size() == 2);

    // A department renamed; its code stays.
    dialog.setList(ReferenceList::Departments);
    CHECK(dialog.findChild<QCheckBox*>(QStringLiteral("windowCheckBox"))->isVisible());
    CHECK_FALSE(level->isVisible());
    table->setCurrentCell(rowOf(table, QStringLiteral("justice")), 0);
    CHECK(nameZh->text() == QStringLiteral("司法局"));
    nameZh->setText(QStringLiteral("旗司法局"));
    save->click();
    CHECK(ReferenceData::load(*t.db).departmentName(QStringLiteral("justice")) == QStringLiteral("旗司法局"));
    QCoreApplication::processEvents();
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/reference_lists.png"));

    // A clerk sees the lists but cannot change them.
    test::addUser(*t.db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    ui::ReferenceListsDialog clerkView(t.db, actorFor(*t.db, QStringLiteral("clerk1")).value());
    CHECK(clerkView.findChild<QTableWidget*>(QStringLiteral("entriesTableWidget"))->rowCount() > 5);
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    CHECK(clerkView.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("管理员")));
}

TEST_CASE("the main window shows changed lists after Reference Lists… without a restart")
{
    test::TempDatabase t;
    const CaseRecord c = test::registerCase(*t.db, test::neighbourDispute());
    ui::MainWindow window(t.db);
    auto* township = window.findChild<QComboBox*>(QStringLiteral("townshipComboBox"));
    REQUIRE(township);
    CHECK(township->findText(QStringLiteral("新忽热镇")) < 0);
    CHECK(window.caseModel()->index(0, ui::CaseListModel::Category).data().toString() == QStringLiteral("邻里"));

    ReferenceListService lists(*t.db);
    ReferenceEntry town;
    town.code = QStringLiteral("150824106");
    town.nameZh = QStringLiteral("新忽热镇");
    town.level = QStringLiteral("township");
    town.parentCode = QStringLiteral("150824");
    REQUIRE(lists.save(ReferenceList::Divisions, {town}, QStringLiteral("system")));
    ReferenceEntry neighbour;
    for (const ReferenceEntry& e : lists.entries(ReferenceList::Categories))
        if (e.code == QLatin1String("neighbor"))
            neighbour = e;
    neighbour.nameZh = QStringLiteral("邻里纠纷");
    REQUIRE(lists.save(ReferenceList::Categories, {neighbour}, QStringLiteral("system")));

    township->setCurrentIndex(township->findData(QStringLiteral("150824100"))); // a filter in use stays
    window.reloadSettings();
    CHECK(township->findText(QStringLiteral("新忽热镇")) > 0);
    CHECK(township->currentData().toString() == QStringLiteral("150824100"));
    CHECK(window.findChild<QComboBox*>(QStringLiteral("categoryComboBox"))->findText(QStringLiteral("邻里纠纷")) > 0);
    CHECK(window.caseModel()->index(0, ui::CaseListModel::Category).data().toString() == QStringLiteral("邻里纠纷"));
    CHECK(c.categoryCode == QStringLiteral("neighbor"));
}
