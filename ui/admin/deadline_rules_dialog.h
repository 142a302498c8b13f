// Administration → Deadline Rules…: the time limit of each milestone per case type, with its
// legal source; an administrator changes one in the form or adds one for another case type.
// Everyone else may look.
#pragma once

#include "security/users.h"
#include "storage/database.h"
#include "workflow/deadline_rules.h"

#include <QDialog>
#include <memory>

namespace Ui {
class DeadlineRulesDialog;
}

namespace ow::ui {

class MainWindow;

class DeadlineRulesDialog : public QDialog
{
    Q_OBJECT

public:
    DeadlineRulesDialog(DatabasePtr db, const Actor& actor, QWidget* parent = nullptr);
    ~DeadlineRulesDialog() override;

private:
    void reload(const QString& caseType = {}, const QString& milestone = {});
    void showRule(int row);
    void newRule();
    void save();
    void fillStartEvents(const QString& selected);
    DeadlineRule formRule() const;

    std::unique_ptr<Ui::DeadlineRulesDialog> m_ui;
    DatabasePtr m_db;
    Actor m_actor;
    QList<DeadlineRule> m_rules;
};

// Adds Administration → Deadline Rules….
void installDeadlineRules(MainWindow& window);

} // namespace ow::ui
