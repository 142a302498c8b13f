// Routing rules dialog and its menu action (see routing_rules_dialog.h). Every change goes through
// RoutingService, which checks the keys, the departments and the actor's role.
#include "admin/routing_rules_dialog.h"

#include "domain/vocabulary.h"
#include "main/main_window.h"
#include "ui_routing_rules_dialog.h"
#include "widgets/combo_box.h"
#include "widgets/dialogs.h"

#include <QHeaderView>
#include <QListWidgetItem>
#include <QPushButton>

namespace ow::ui {
namespace {

// Fills a key's combo box: "(any)" first, then code → name.
void fillChoices(QComboBox* box, const QList<QPair<QString, QString>>& choices)
{
    box->addItem(RoutingRulesDialog::tr("(any)"), QString());
    for (const auto& [code, name] : choices)
        box->addItem(name, code);
}

} // namespace

RoutingRulesDialog::RoutingRulesDialog(DatabasePtr db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoutingRulesDialog>())
    , m_db(std::move(db))
    , m_actor(actor)
    , m_reference(ReferenceData::load(*m_db))
{
    m_ui->setupUi(this);
    QList<QPair<QString, QString>> categories, caseTypes, townships;
    for (const NamedCode& c : m_reference.categories)
        categories << qMakePair(c.code, c.name());
    for (const vocab::Term& t : vocab::terms(vocab::List::CaseType))
        caseTypes << qMakePair(QString::fromLatin1(t.code),
                               vocab::label(vocab::List::CaseType, QString::fromLatin1(t.code)));
    for (const NamedCode& t : m_reference.townships())
        townships << qMakePair(t.code, t.name());
    fillChoices(m_ui->categoryComboBox, categories);
    fillChoices(m_ui->caseTypeComboBox, caseTypes);
    fillChoices(m_ui->townshipComboBox, townships);
    for (const NamedCode& d : m_reference.departments) {
        m_ui->leadComboBox->addItem(d.name(), d.code);
        auto* item = new QListWidgetItem(d.name(), m_ui->coListWidget);
        item->setData(Qt::UserRole, d.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    QHeaderView* rows = m_ui->rulesTableWidget->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->newButton, &QPushButton::clicked, this, &RoutingRulesDialog::newRule);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RoutingRulesDialog::save);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &RoutingRulesDialog::remove);
    connect(m_ui->rulesTableWidget, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });

    if (!m_actor.may(permissions::Action::RoutingRules)) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_ui->categoryComboBox, m_ui->caseTypeComboBox,
                                                          m_ui->townshipComboBox, m_ui->leadComboBox,
                                                          m_ui->coListWidget, m_ui->noteLineEdit, m_ui->activeCheckBox,
                                                          m_ui->newButton, m_ui->saveButton, m_ui->removeButton})
            w->setEnabled(false);
        m_ui->errorLabel->setText(tr("Only an administrator or a supervisor may change routing rules."));
    }
    reload();
}

RoutingRulesDialog::~RoutingRulesDialog() = default;

void RoutingRulesDialog::reload(const QString& selectId)
{
    m_rules = RoutingService(*m_db).rules();
    QTableWidget* table = m_ui->rulesTableWidget;
    const QSignalBlocker block(table);
    table->setRowCount(int(m_rules.size()));
    const QString any = tr("(any)");
    int selectRow = -1;
    for (int row = 0; row < m_rules.size(); ++row) {
        const RoutingRule& r = m_rules[row];
        QStringList co;
        for (const QString& d : r.co)
            co << m_reference.departmentName(d);
        const QStringList cells{r.category.isEmpty() ? any : m_reference.categoryName(r.category),
                                r.caseType.isEmpty() ? any : vocab::label(vocab::List::CaseType, r.caseType),
                                r.township.isEmpty() ? any : m_reference.divisionName(r.township),
                                m_reference.departmentName(r.lead),
                                co.join(QStringLiteral("、")),
                                r.active ? tr("yes") : tr("no"),
                                r.note};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (!r.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(row, col, item);
        }
        if (r.id == selectId)
            selectRow = row;
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch); // the note takes what is left
    // The form shows the chosen rule (the first one when none is chosen), or a new one.
    if (m_rules.isEmpty()) {
        newRule();
        return;
    }
    selectRow = std::max(selectRow, 0);
    table->setCurrentCell(selectRow, 0);
    showRule(selectRow);
}

void RoutingRulesDialog::showRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const RoutingRule& r = m_rules[row];
    m_editingId = r.id;
    m_editingVersion = r.rowVersion;
    selectData(m_ui->categoryComboBox, r.category);
    selectData(m_ui->caseTypeComboBox, r.caseType);
    selectData(m_ui->townshipComboBox, r.township);
    selectData(m_ui->leadComboBox, r.lead);
    for (int i = 0; i < m_ui->coListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->coListWidget->item(i);
        item->setCheckState(r.co.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->noteLineEdit->setText(r.note);
    m_ui->activeCheckBox->setChecked(r.active);
    m_ui->removeButton->setEnabled(m_actor.may(permissions::Action::RoutingRules));
    if (m_actor.may(permissions::Action::RoutingRules))
        m_ui->errorLabel->clear();
}

void RoutingRulesDialog::newRule()
{
    m_editingId.clear();
    m_editingVersion = 0;
    m_ui->rulesTableWidget->clearSelection();
    for (QComboBox* box : {m_ui->categoryComboBox, m_ui->caseTypeComboBox, m_ui->townshipComboBox, m_ui->leadComboBox})
        box->setCurrentIndex(0);
    for (int i = 0; i < m_ui->coListWidget->count(); ++i)
        m_ui->coListWidget->item(i)->setCheckState(Qt::Unchecked);
    m_ui->noteLineEdit->clear();
    m_ui->activeCheckBox->setChecked(true);
    m_ui->removeButton->setEnabled(false);
    m_ui->errorLabel->clear();
    m_ui->categoryComboBox->setFocus();
}

RoutingRule RoutingRulesDialog::formRule() const
{
    RoutingRule r;
    r.id = m_editingId;
    r.rowVersion = m_editingVersion;
    r.category = m_ui->categoryComboBox->currentData().toString();
    r.caseType = m_ui->caseTypeComboBox->currentData().toString();
    r.township = m_ui->townshipComboBox->currentData().toString();
    r.lead = m_ui->leadComboBox->currentData().toString();
    for (int i = 0; i < m_ui->coListWidget->count(); ++i)
        if (m_ui->coListWidget->item(i)->checkState() == Qt::Checked)
            r.co << m_ui->coListWidget->item(i)->data(Qt::UserRole).toString();
    r.note = m_ui->noteLineEdit->text().trimmed();
    r.active = m_ui->activeCheckBox->isChecked();
    return r;
}

void RoutingRulesDialog::save()
{
    const RoutingRule r = formRule();
    auto saved = RoutingService(*m_db).saveRule(r, m_actor.login);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error());
        return;
    }
    reload(saved->id);
    emit rulesChanged();
    m_ui->errorLabel->setText(tr("Saved. Cases waiting for a lead department are suggested %1 when this rule is "
                                 "the most specific match.")
                                  .arg(m_reference.departmentName(saved->lead)));
}

void RoutingRulesDialog::remove()
{
    if (m_editingId.isEmpty())
        return;
    if (MessageBox::question(this, tr("Remove Routing Rule"),
                             tr("Remove this rule? Cases already routed keep their departments.")) != QMessageBox::Yes)
        return;
    const int row = m_ui->rulesTableWidget->currentRow();
    RoutingRule shown;
    for (const RoutingRule& r : std::as_const(m_rules))
        if (r.id == m_editingId)
            shown = r;
    if (Status s = RoutingService(*m_db).removeRule(shown, m_actor.login); !s) {
        m_ui->errorLabel->setText(s.error());
        return;
    }
    reload();
    // The form shows the rule that took the removed one's place.
    if (const int count = m_ui->rulesTableWidget->rowCount(); count > 0 && row > 0) {
        m_ui->rulesTableWidget->setCurrentCell(std::min(row, count - 1), 0);
        showRule(std::min(row, count - 1));
    }
    emit rulesChanged();
    m_ui->errorLabel->setText(tr("Removed."));
}

void installRoutingRules(MainWindow& window)
{
    QAction* action =
        window.addMenuAction(MainWindow::Menu::Admin, RoutingRulesDialog::tr("&Routing Rules…"), [&window] {
            RoutingRulesDialog dialog(window.databasePtr(), window.user(), &window);
            QObject::connect(&dialog, &RoutingRulesDialog::rulesChanged, &window, &MainWindow::routingRulesChanged);
            dialog.exec();
        });
    action->setObjectName(QStringLiteral("routingRulesAction"));
}

} // namespace ow::ui
