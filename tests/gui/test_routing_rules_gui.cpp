// Administration → Routing Rules…: a supervisor adds, narrows, switches off and removes rules, and
// the triage suggestion follows; others see the rules but cannot change them.
#include "support/catch.h"
#include "support/fixtures.h"
#include "support/pg_test_db.h"

#include "core/workflow_helpers.h"

#include "admin/routing_rules_dialog.h"
#include "intake/intake_extension.h"
#include "intake/triage_view.h"
#include "main/main_window.h"
#include "storage/reference_data.h"
#include "storage/store_location.h"
#include "widgets/dialogs.h"
#include "workflow/routing.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>

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
    // A new database has the bundled default rules (resources/domain/routing.csv), none for 邻里.
    const int defaults = table->rowCount();
    REQUIRE(defaults == 12);
    const CaseRecord c = test::registerCase(*t.db, test::neighbourDispute()); // 邻里, 海流图镇 (150824100)
    RoutingService routing(*t.db);
    CHECK(routing.suggest(c).lead.isEmpty());

    // 邻里 → 司法局, with 自然资源局 coming too; no co-department would do as well.
    newRule->click();
    choose(category, QStringLiteral("邻里"));
    choose(lead, QStringLiteral("司法局"));
    check(co, QStringLiteral("自然资源局"));
    save->click();
    INFO(error->text().toStdString());
    REQUIRE(table->rowCount() == defaults + 1);
    const int added = table->currentRow();
    CHECK(table->item(added, 0)->text() == QStringLiteral("邻里"));
    CHECK(table->item(added, 1)->text() == QStringLiteral("（任意）"));
    CHECK(table->item(added, 3)->text() == QStringLiteral("司法局"));
    CHECK(table->item(added, 4)->text() == QStringLiteral("自然资源局"));
    CHECK(routing.suggest(c).lead == QLatin1String("justice"));
    CHECK(routing.suggest(c).co == QStringList{QStringLiteral("natural_resources")});

    // The same keys again would never apply: refused at the form, nothing saved.
    newRule->click();
    choose(category, QStringLiteral("邻里"));
    choose(lead, QStringLiteral("人民法院"));
    save->click();
    CHECK(error->text().contains(QStringLiteral("已有")));
    CHECK(table->rowCount() == defaults + 1);

    // Narrower: 邻里 in 海流图镇 → 综合受理窗口, without co-departments.
    choose(township, QStringLiteral("海流图镇"));
    choose(lead, QStringLiteral("综合受理窗口"));
    save->click();
    REQUIRE(table->rowCount() == defaults + 2);
    CHECK(routing.suggest(c).lead == QLatin1String("general_window"));
    CHECK(routing.suggest(c).co.isEmpty());

    // Switched off, the narrower rule suggests nothing; the wider one applies again.
    active->setChecked(false);
    save->click();
    CHECK(table->item(table->currentRow(), 5)->text() == QStringLiteral("否"));
    CHECK(routing.suggest(c).lead == QLatin1String("justice"));

    // Removed after a confirmation.
    table->setCurrentCell(added, 0);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    CHECK(table->rowCount() == defaults + 1);
    CHECK(routing.rules().size() == defaults + 1);
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
    CHECK(clerkView.findChild<QTableWidget*>(QStringLiteral("rulesTableWidget"))->rowCount() == defaults + 1);
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    CHECK(clerkView.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("管理员")));
}

TEST_CASE("a new database suggests the bundled default departments for the bundled categories")
{
    test::TempDatabase t;
    RoutingService routing(*t.db);
    const ReferenceData rd = ReferenceData::load(*t.db);
    const auto leadFor = [&](const QString& category) {
        return rd.departmentName(RoutingService::resolve(routing.rules(), category, QString(), QString()).lead);
    };
    CHECK(leadFor(QStringLiteral("labor")) == QStringLiteral("人力资源和社会保障局"));
    CHECK(leadFor(QStringLiteral("traffic")) == QStringLiteral("公安局"));
    CHECK(leadFor(QStringLiteral("marriage_family")) == QStringLiteral("妇女联合会"));
    CHECK(leadFor(QStringLiteral("medical")) == QStringLiteral("卫生健康委员会"));
    CHECK(leadFor(QStringLiteral("land_forest")) == QStringLiteral("自然资源局"));
    CHECK(leadFor(QStringLiteral("grassland")) == QStringLiteral("农牧局"));
    CHECK(leadFor(QStringLiteral("property_management")) == QStringLiteral("住房和城乡建设局"));
    CHECK(leadFor(QStringLiteral("consumer")) == QStringLiteral("市场监督管理局"));
    // Every default rule names bundled codes and the law it rests on.
    for (const RoutingRule& r : routing.rules()) {
        INFO(r.category.toStdString());
        CHECK(rd.category(r.category));
        CHECK(rd.department(r.lead));
        for (const QString& co : r.co)
            CHECK(rd.department(co));
        CHECK_FALSE(r.note.isEmpty());
    }

    // Editable as any rule: a supervisor switches 劳动争议 to 司法局 and triage follows.
    const Actor system = actorFor(*t.db, QStringLiteral("system")).value();
    ui::RoutingRulesDialog dialog(t.db, system);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("rulesTableWidget"));
    int labour = -1;
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0)->text() == QStringLiteral("劳动争议"))
            labour = i;
    REQUIRE(labour >= 0);
    CHECK(table->item(labour, 3)->text() == QStringLiteral("人力资源和社会保障局"));
    CHECK(table->item(labour, 4)->text() == QStringLiteral("总工会"));
    CHECK(table->item(labour, 6)->text().contains(QStringLiteral("劳动争议调解仲裁法")));
    table->setCurrentCell(labour, 0);
    choose(dialog.findChild<QComboBox*>(QStringLiteral("leadComboBox")), QStringLiteral("司法局"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK(leadFor(QStringLiteral("labor")) == QStringLiteral("司法局"));
}

TEST_CASE("a rule added in the dialog shows on the triage page at once")
{
    test::TempDatabase t;
    (void)test::registerCase(*t.db, test::neighbourDispute()); // 邻里: no default rule
    ui::MainWindow window(t.db);
    ui::installRoutingRules(window);
    ui::installIntake(window);
    window.resize(1280, 800);
    window.show();
    auto* triage = window.findChild<ui::TriageView*>();
    REQUIRE(triage);
    auto* triageTable = triage->findChild<QTableWidget*>(QStringLiteral("triageTableWidget"));
    REQUIRE(triageTable->rowCount() == 1);
    CHECK(triageTable->item(0, 6)->text() == QStringLiteral("（无规则）"));
    bool saved = false;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<ui::RoutingRulesDialog*>(QApplication::activeModalWidget());
        CHECK(d);
        if (!d)
            return;
        d->findChild<QPushButton*>(QStringLiteral("newButton"))->click();
        choose(d->findChild<QComboBox*>(QStringLiteral("categoryComboBox")), QStringLiteral("邻里"));
        choose(d->findChild<QComboBox*>(QStringLiteral("leadComboBox")), QStringLiteral("司法局"));
        d->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        // While the dialog is still open, the page behind it already suggests the new lead.
        saved = triageTable->item(0, 6)->text() == QStringLiteral("司法局");
        d->reject();
    });
    window.findChild<QAction*>(QStringLiteral("routingRulesAction"))->trigger();
    CHECK(saved);
    CHECK(triageTable->item(0, 6)->text() == QStringLiteral("司法局"));
    CHECK(triage->findChild<QComboBox*>(QStringLiteral("leadComboBox"))->currentText() == QStringLiteral("司法局"));
}

TEST_CASE("a rule another desk changed since the list was read is neither saved over nor removed; the form keeps "
          "what was typed")
{
    test::TempDatabase t;
    test::addUser(*t.db, QStringLiteral("zhang"), QStringLiteral("supervisor"));
    const ReferenceData rd = ReferenceData::load(*t.db);
    RoutingRule rule;
    rule.category = rd.findCategory(QStringLiteral("邻里")).value();
    rule.lead = rd.findDepartment(QStringLiteral("司法局")).value();
    const auto added = RoutingService(*t.db).saveRule(rule, QStringLiteral("system"));
    REQUIRE(added);
    const Actor system = actorFor(*t.db, QStringLiteral("system")).value();
    ui::RoutingRulesDialog dialog(t.db, system);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("rulesTableWidget"));
    auto* note = dialog.findChild<QLineEdit*>(QStringLiteral("noteLineEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0)->text() == QStringLiteral("邻里"))
            row = i;
    REQUIRE(row >= 0);
    table->setCurrentCell(row, 0);

    // Desk B, on a connection of its own, changes the rule's note meanwhile.
    auto other =
        test::serverStore() ? Database::openServer(*parseStoreLocation(t.server->url())) : Database::open(t.path);
    REQUIRE(other);
    for (RoutingRule r : RoutingService(**other).rules())
        if (r.id == added->id) {
            r.note = QStringLiteral("B 窗口的备注");
            REQUIRE(RoutingService(**other).saveRule(r, QStringLiteral("zhang")));
        }
    auto refusal = [&](const char* message) {
        QSqlQuery q(t.db->sql());
        q.prepare(QStringLiteral("SELECT at FROM audit_log WHERE entity = 'routing_rule' AND entity_id = ? ORDER BY "
                                 "seq DESC LIMIT 1"));
        q.addBindValue(added->id);
        REQUIRE((q.exec() && q.next()));
        const QString when = QDateTime::fromString(q.value(0).toString(), Qt::ISODate)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString what =
            RoutingService::tr("the routing rule %1 → %2").arg(QStringLiteral("邻里"), QStringLiteral("司法局"));
        return QCoreApplication::translate("RowVersions", message).arg(QStringLiteral("zhang"), what, when);
    };

    note->setText(QStringLiteral("我的备注"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK(error->text() ==
          refusal("%1 saved %2 at %3 while you had the list open. Nothing of yours was saved; close the list and "
                  "open it again to see their version, then make your change again."));
    CHECK(dialog.isVisible());
    CHECK(note->text() == QStringLiteral("我的备注"));
    for (const RoutingRule& r : RoutingService(*t.db).rules())
        if (r.id == added->id)
            CHECK(r.note == QStringLiteral("B 窗口的备注"));

    const int rules = RoutingService(*t.db).rules().size();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    CHECK(error->text() ==
          refusal("%1 saved %2 at %3 while you had the list open, so it was not removed. Close the list and open it "
                  "again to see their version, then remove it again if it should still go."));
    CHECK(RoutingService(*t.db).rules().size() == rules);
    CHECK(table->rowCount() == rules);
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS")) {
        QApplication::processEvents(); // the label's new height, as the window shows it
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/routing_rules_refused.png"));
    }
}
