// Deadline rules dialog and its menu action (see deadline_rules_dialog.h). Every change goes
// through DeadlineRuleService, which checks the rule and the actor's role.
#include "admin/deadline_rules_dialog.h"

#include "domain/vocabulary.h"
#include "main/main_window.h"
#include "ui_deadline_rules_dialog.h"
#include "widgets/combo_box.h"
#include "widgets/field_messages.h"

#include <QHeaderView>
#include <QPushButton>

namespace ow::ui {
namespace {

QString caseTypeText(const QString& code)
{
    return code == QLatin1String("any") ? DeadlineRulesDialog::tr("(every case type)")
                                        : vocab::label(vocab::List::CaseType, code);
}

} // namespace

DeadlineRulesDialog::DeadlineRulesDialog(DatabasePtr db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeadlineRulesDialog>())
    , m_db(std::move(db))
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->caseTypeComboBox->addItem(caseTypeText(QStringLiteral("any")), QStringLiteral("any"));
    for (const QString& code : vocab::codes(vocab::List::CaseType))
        m_ui->caseTypeComboBox->addItem(caseTypeText(code), code);
    for (const QString& code : DeadlineRuleService::milestones())
        m_ui->milestoneComboBox->addItem(milestoneLabel(code), code);
    for (const QString& code : {QStringLiteral("calendar"), QStringLiteral("working")})
        m_ui->countingComboBox->addItem(DeadlineRuleService::countingLabel(code), code);
    m_ui->extensionSpinBox->setSpecialValueText(tr("none"));
    m_ui->daysSpinBox->setSuffix(tr(" day(s)"));
    m_ui->extensionSpinBox->setSuffix(tr(" day(s)"));
    QHeaderView* rows = m_ui->rulesTableWidget->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->newButton, &QPushButton::clicked, this, &DeadlineRulesDialog::newRule);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DeadlineRulesDialog::save);
    connect(m_ui->rulesTableWidget, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    // Each milestone is counted from the events the program sets it on.
    connect(m_ui->milestoneComboBox, &QComboBox::currentIndexChanged, this,
            [this] { fillStartEvents(m_ui->startsFromComboBox->currentData().toString()); });
    fillStartEvents({});

    if (!m_actor.may(permissions::Action::ReferenceData)) {
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_ui->caseTypeComboBox, m_ui->milestoneComboBox, m_ui->daysSpinBox,
                                             m_ui->countingComboBox, m_ui->startsFromComboBox, m_ui->extensionSpinBox,
                                             m_ui->sourceLineEdit, m_ui->newButton, m_ui->saveButton})
            w->setEnabled(false);
        showMessage(m_ui->messageLabel, tr("Only an administrator may change the deadline rules."), false);
    }
    reload();
}

DeadlineRulesDialog::~DeadlineRulesDialog() = default;

void DeadlineRulesDialog::reload(const QString& caseType, const QString& milestone)
{
    m_rules = DeadlineRuleService(*m_db).rules();
    QTableWidget* table = m_ui->rulesTableWidget;
    QSignalBlocker block(table);
    table->setRowCount(int(m_rules.size()));
    int current = 0;
    for (int row = 0; row < m_rules.size(); ++row) {
        const DeadlineRule& r = m_rules[row];
        if (r.caseType == caseType && r.milestone == milestone)
            current = row;
        const QStringList cells{caseTypeText(r.caseType),
                                milestoneLabel(r.milestone),
                                QStringLiteral("%1 %2").arg(r.days).arg(DeadlineRuleService::countingLabel(r.counting)),
                                DeadlineRuleService::startEventLabel(r.startsFrom),
                                r.extensionDays > 0 ? tr("%n day(s)", nullptr, r.extensionDays) : tr("none"),
                                r.source};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(row, col, new QTableWidgetItem(cells[col]));
        table->item(row, 5)->setToolTip(r.source);
    }
    // A dozen rows: every column as wide as its text, but the source, which takes the rest.
    for (int col = 0; col < 5; ++col)
        table->resizeColumnToContents(col);
    if (!m_rules.isEmpty()) {
        table->setCurrentCell(current, 0);
        showRule(current);
    }
}

void DeadlineRulesDialog::showRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const DeadlineRule& r = m_rules[row];
    selectData(m_ui->caseTypeComboBox, r.caseType);
    selectData(m_ui->milestoneComboBox, r.milestone);
    m_ui->daysSpinBox->setValue(r.days);
    selectData(m_ui->countingComboBox, r.counting);
    fillStartEvents(r.startsFrom);
    m_ui->extensionSpinBox->setValue(r.extensionDays);
    m_ui->sourceLineEdit->setText(r.source);
    if (m_actor.may(permissions::Action::ReferenceData))
        showMessage(m_ui->messageLabel, {}, false);
}

void DeadlineRulesDialog::fillStartEvents(const QString& selected)
{
    QComboBox* box = m_ui->startsFromComboBox;
    QSignalBlocker block(box);
    box->clear();
    for (const QString& code : DeadlineRuleService::startEventsOf(m_ui->milestoneComboBox->currentData().toString()))
        box->addItem(DeadlineRuleService::startEventLabel(code), code);
    selectData(box, selected);
}

void DeadlineRulesDialog::newRule()
{
    m_ui->rulesTableWidget->clearSelection();
    m_ui->sourceLineEdit->clear();
    m_ui->extensionSpinBox->setValue(0);
    showMessage(m_ui->messageLabel,
                tr("Choose the case type and milestone of the new rule; a rule already there for them is changed."),
                false);
    m_ui->caseTypeComboBox->setFocus();
}

DeadlineRule DeadlineRulesDialog::formRule() const
{
    DeadlineRule r;
    r.caseType = m_ui->caseTypeComboBox->currentData().toString();
    r.milestone = m_ui->milestoneComboBox->currentData().toString();
    r.days = m_ui->daysSpinBox->value();
    r.counting = m_ui->countingComboBox->currentData().toString();
    r.startsFrom = m_ui->startsFromComboBox->currentData().toString();
    r.extensionDays = m_ui->extensionSpinBox->value();
    r.source = m_ui->sourceLineEdit->text().trimmed();
    return r;
}

void DeadlineRulesDialog::save()
{
    const DeadlineRule rule = formRule();
    if (Status s = DeadlineRuleService(*m_db).save(rule, m_actor.login); !s) {
        showMessage(m_ui->messageLabel, s.error(), true);
        return;
    }
    reload(rule.caseType, rule.milestone);
    showMessage(m_ui->messageLabel,
                tr("Saved: %1, %2. Deadlines set from now on follow it.")
                    .arg(caseTypeText(rule.caseType), milestoneLabel(rule.milestone)),
                false);
}

void installDeadlineRules(MainWindow& window)
{
    QAction* action =
        window.addMenuAction(MainWindow::Menu::Admin, DeadlineRulesDialog::tr("&Deadline Rules…"), [&window] {
            DeadlineRulesDialog dialog(window.databasePtr(), window.user(), &window);
            dialog.exec();
        });
    action->setObjectName(QStringLiteral("deadlineRulesAction"));
}

} // namespace ow::ui
