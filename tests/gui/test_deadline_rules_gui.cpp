// Administration → Deadline Rules…: an administrator changes a time limit in the form and the
// next filing follows it; a rule without its legal source is refused; others may only look.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"

#include "admin/deadline_rules_dialog.h"
#include "workflow/deadline_rules.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace ow;

namespace {

int rowOf(QTableWidget* table, const QString& caseType, const QString& milestone)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == caseType && table->item(row, 1)->text() == milestone)
            return row;
    return -1;
}

} // namespace

TEST_CASE("an administrator changes a time limit and the next case filed follows it")
{
    test::TempDatabase t;
    ui::DeadlineRulesDialog dialog(t.db, actorFor(*t.db, QStringLiteral("system")).value());
    dialog.resize(1180, 560);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("rulesTableWidget"));
    auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("daysSpinBox"));
    auto* source = dialog.findChild<QLineEdit*>(QStringLiteral("sourceLineEdit"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    REQUIRE(table->rowCount() == DeadlineRuleService(*t.db).rules().size());

    // 信访事项 办理: 60 calendar days from filing, extendable once by 30.
    const int petition = rowOf(table, QStringLiteral("信访事项"), QStringLiteral("办理"));
    REQUIRE(petition >= 0);
    CHECK(table->item(petition, 2)->text() == QStringLiteral("60 自然日"));
    CHECK(table->item(petition, 3)->text() == QStringLiteral("立案之日"));
    CHECK(table->item(petition, 4)->text() == QStringLiteral("30 天"));
    CHECK(table->item(petition, 5)->text().contains(QStringLiteral("信访工作条例")));

    // 人民调解 办理: 30 → 45 days.
    const int mediation = rowOf(table, QStringLiteral("人民调解"), QStringLiteral("办理"));
    REQUIRE(mediation >= 0);
    table->setCurrentCell(mediation, 0);
    CHECK(days->value() == 30);
    days->setValue(45);
    source->setText(QStringLiteral("本县试行办法 第五条"));
    save->click();
    INFO(message->text().toStdString());
    const int changed = rowOf(table, QStringLiteral("人民调解"), QStringLiteral("办理"));
    REQUIRE(changed >= 0);
    CHECK(table->item(changed, 2)->text() == QStringLiteral("45 自然日"));
    CHECK(table->currentRow() == changed);
    const CaseRecord filed = test::registerCase(*t.db, test::neighbourDispute(QDate(2025, 3, 3)));
    CHECK(filed.dueOn == QDate(2025, 4, 17));
    QCoreApplication::processEvents();
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/deadline_rules.png"));

    // Without a legal source: refused at the form, the rule as it was.
    source->clear();
    days->setValue(50);
    save->click();
    CHECK(message->text().contains(QStringLiteral("依据")));
    CHECK(table->item(changed, 2)->text() == QStringLiteral("45 自然日"));

    // A clerk sees the rules, and why the form is off.
    test::addUser(*t.db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    ui::DeadlineRulesDialog clerkView(t.db, actorFor(*t.db, QStringLiteral("clerk1")).value());
    CHECK(clerkView.findChild<QTableWidget*>(QStringLiteral("rulesTableWidget"))->rowCount() == table->rowCount());
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    CHECK(clerkView.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("管理员")));
}
