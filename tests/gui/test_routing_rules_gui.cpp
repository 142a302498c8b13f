// Administration → Routing Rules…: a supervisor adds, narrows, switches off and removes rules, and
// the triage suggestion follows; others see the rules but cannot change them.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"

#include "admin/routing_rules_dialog.h"
#include "widgets/dialogs.h"
#include "workflow/routing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace ow;

namespace {

void choose(QComboBox* box, const QString& text)
{
    const int i = box->findText(text);
    INFO(text.toStdString());
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

void check(QListWidget* list, const QString& text)
{
    const auto items = list->findItems(text, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    items.first()->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("a supervisor keeps the routing rules and triage suggests what they say")
{
    test::TempDatabase t;
    const Actor system = actorFor(*t.db, QStringLiteral("system")).value();
    ui::RoutingRulesDialog dialog(t.db, system);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("rulesTableWidget"));
    auto* category = dialog.findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
    auto* township = dialog.findChild<QComboBox*>(QStringLiteral("townshipComboBox"));
    auto* lead = dialog.findChild<QComboBox*>(QStringLiteral("leadComboBox"));
    auto* co = dialog.findChild<QListWidget*>(QStringLiteral("coListWidget"));
    auto* active = dialog.findChild<QCheckBox*>(QStringLiteral("activeCheckBox"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    auto* newRule = dialog.findChild<QPushButton*>(QStringLiteral("newButton"));
    REQUIRE(table->rowCount() == 0);
    const CaseRecord c = test::registerCase(*t.db, test::neighbourDispute()); // 邻里, 海流图镇 (150824100)
    RoutingService routing(*t.db);
    CHECK(routing.suggest(c).lead.isEmpty());

    // 邻里 → 司法局, with 自然资源局 coming too; no co-department would do as well.
    choose(category, QStringLiteral("邻里"));
    choose(lead, QStringLiteral("司法局"));
    check(co, QStringLiteral("自然资源局"));
    save->click();
    INFO(error->text().toStdString());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("邻里"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("（任意）"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("司法局"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("自然资源局"));
    CHECK(routing.suggest(c).lead == QLatin1String("justice"));
    CHECK(routing.suggest(c).co == QStringList{QStringLiteral("natural_resources")});

    // The same keys again would never apply: refused at the form, nothing saved.
    newRule->click();
    choose(category, QStringLiteral("邻里"));
    choose(lead, QStringLiteral("人民法院"));
    save->click();
    CHECK(error->text().contains(QStringLiteral("已有")));
    CHECK(table->rowCount() == 1);

    // Narrower: 邻里 in 海流图镇 → 综合受理窗口, without co-departments.
    choose(township, QStringLiteral("海流图镇"));
    choose(lead, QStringLiteral("综合受理窗口"));
    save->click();
    REQUIRE(table->rowCount() == 2);
    CHECK(routing.suggest(c).lead == QLatin1String("general_window"));
    CHECK(routing.suggest(c).co.isEmpty());

    // Switched off, the narrower rule suggests nothing; the wider one applies again.
    active->setChecked(false);
    save->click();
    CHECK(table->item(table->currentRow(), 5)->text() == QStringLiteral("否"));
    CHECK(routing.suggest(c).lead == QLatin1String("justice"));

    // Removed after a confirmation.
    table->setCurrentCell(0, 0);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    CHECK(table->rowCount() == 1);
    CHECK(routing.rules().size() == 1);
    // The form now shows the rule that is left, not the removed one.
    CHECK(township->currentText() == QStringLiteral("海流图镇"));
    CHECK(lead->currentText() == QStringLiteral("综合受理窗口"));
    CHECK_FALSE(active->isChecked());
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS")) {
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/routing_rules.png"));
    }

    // A clerk sees the rules, and why the form is off.
    test::addUser(*t.db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    ui::RoutingRulesDialog clerkView(t.db, actorFor(*t.db, QStringLiteral("clerk1")).value());
    CHECK(clerkView.findChild<QTableWidget*>(QStringLiteral("rulesTableWidget"))->rowCount() == 1);
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    CHECK(clerkView.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("管理员")));
}
