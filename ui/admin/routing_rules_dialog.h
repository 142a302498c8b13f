// Administration → Routing Rules…: the table of rules that suggest a lead department (and
// co-handling departments) from a case's category, case type and township, with a form to add,
// change, switch off or remove one. Administrators and supervisors may change them.
#pragma once

#include "security/users.h"
#include "storage/database.h"
#include "storage/reference_data.h"
#include "workflow/routing.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RoutingRulesDialog;
}

namespace ow::ui {

class MainWindow;

class RoutingRulesDialog : public QDialog
{
    Q_OBJECT

public:
    RoutingRulesDialog(DatabasePtr db, const Actor& actor, QWidget* parent = nullptr);
    ~RoutingRulesDialog() override;

signals:
    // After a rule was saved or removed (the dialog stays open for the next one).
    void rulesChanged();

private:
    void reload(const QString& selectId = {});
    void showRule(int row);
    void newRule();
    void save();
    void remove();
    RoutingRule formRule() const;

    std::unique_ptr<Ui::RoutingRulesDialog> m_ui;
    DatabasePtr m_db;
    Actor m_actor;
    ReferenceData m_reference;
    QList<RoutingRule> m_rules;
    QString m_editingId;      // empty: the form holds a new rule
    int m_editingVersion = 0; // the row_version the list read of that rule, so another desk's change is not lost
};

// Adds Administration → Routing Rules….
void installRoutingRules(MainWindow& window);

} // namespace ow::ui
