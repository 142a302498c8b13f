// Edit Case: the form filled from the case, personal numbers shown masked until retyped, inline
// messages from CaseEditor, and the menu action and pane button that open it.
#include "main/case_edit_dialog.h"

#include "ui_case_edit_dialog.h"

#include "domain/vocabulary.h"
#include "main/case_detail_view.h"
#include "main/main_window.h"
#include "storage/case_store.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "validation/identifiers.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"
#include "widgets/form_keys.h"

#include <QAction>
#include <QColor>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <algorithm>

namespace ow::ui {
namespace {

enum PartyColumn
{
    RoleColumn,
    NameColumn,
    IdColumn,
    PhoneColumn,
    LegalRepresentativeColumn,
    AddressColumn,
    ColumnCount
};

constexpr int kPartyIdRole = Qt::UserRole;        // on the name item: the party's UUID ("" = new)
constexpr int kOriginalRole = Qt::UserRole + 1;   // on the ID and phone items: the stored full value
constexpr int kCreditCodeRole = Qt::UserRole + 2; // on the ID item: the stored value is a credit code

// Where each field's message goes: the form widget it is about.
const QList<QPair<const char*, const char*>> kFieldWidgets{
    {"source", "sourceComboBox"},   {"category", "categoryComboBox"},    {"township", "townshipComboBox"},
    {"village", "villageComboBox"}, {"received_on", "receivedDateEdit"}, {"received_at", "receivedDateEdit"},
    {"urgency", "urgencyComboBox"}, {"headcount", "headcountSpinBox"},   {"summary", "summaryPlainTextEdit"},
};

// A combo box's code: the item the typed text stands for (海流图 is 海流图镇), else what was typed,
// for the service to judge.
QString comboValue(const QComboBox* box)
{
    const QString typed = box->currentText().trimmed();
    if (typed.isEmpty())
        return {};
    if (box->currentIndex() >= 0 && box->itemText(box->currentIndex()) == typed)
        return box->currentData().toString();
    const int found = matchingItem(box);
    return found >= 0 ? box->itemData(found).toString() : typed;
}

QString partyFieldLabel(const QString& key)
{
    if (key == QLatin1String("name"))
        return CaseEditDialog::tr("name");
    if (key == QLatin1String("id_number"))
        return CaseEditDialog::tr("ID number");
    if (key == QLatin1String("credit_code"))
        return CaseEditDialog::tr("credit code");
    if (key == QLatin1String("phone"))
        return CaseEditDialog::tr("phone");
    if (key == QLatin1String("role"))
        return CaseEditDialog::tr("role");
    if (key == QLatin1String("address"))
        return CaseEditDialog::tr("address");
    if (key == QLatin1String("legal_representative"))
        return CaseEditDialog::tr("legal representative");
    return key;
}

int partyColumnOf(const QString& key)
{
    if (key == QLatin1String("name"))
        return NameColumn;
    if (key == QLatin1String("id_number") || key == QLatin1String("credit_code"))
        return IdColumn;
    if (key == QLatin1String("phone"))
        return PhoneColumn;
    if (key == QLatin1String("role"))
        return RoleColumn;
    if (key == QLatin1String("legal_representative"))
        return LegalRepresentativeColumn;
    return AddressColumn;
}

} // namespace

CaseEditDialog::CaseEditDialog(DatabasePtr db, const CaseRecord& c, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CaseEditDialog>())
    , m_db(std::move(db))
    , m_case(c)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->caseLabel->setText(tr("%1 · %2 · %3")
                                 .arg(c.caseNo.isEmpty() ? c.oneCaseCode() : c.caseNo,
                                      vocab::label(vocab::List::CaseType, c.caseType),
                                      vocab::label(vocab::List::Status, c.status)));
    QFont big = m_ui->caseLabel->font();
    big.setBold(true);
    m_ui->caseLabel->setFont(big);
    fillLists();

    m_ui->sourceComboBox->setCurrentIndex(m_ui->sourceComboBox->findData(c.source));
    m_ui->categoryComboBox->setCurrentIndex(m_ui->categoryComboBox->findData(c.categoryCode));
    m_ui->townshipComboBox->setCurrentIndex(m_ui->townshipComboBox->findData(c.townshipCode));
    fillVillages();
    m_ui->villageComboBox->setCurrentIndex(std::max(0, m_ui->villageComboBox->findData(c.villageCode)));
    connect(m_ui->townshipComboBox, &QComboBox::currentTextChanged, this, &CaseEditDialog::fillVillages);
    m_ui->receivedDateEdit->setMaximumDate(Clock::today());
    m_ui->receivedDateEdit->setDate(c.receivedOn);
    m_ui->receivedTimeLineEdit->setText(c.receivedAt);
    m_ui->receivedTimeLineEdit->setPlaceholderText(tr("HH:mm"));
    if (Status s = CaseEditor::canChangeReceivedDate(c); !s) {
        // Shown, not hidden: the clerk sees why the date cannot be corrected any more.
        m_ui->receivedDateEdit->setEnabled(false);
        m_ui->receivedHintLabel->setText(s.error());
    } else {
        m_ui->receivedHintLabel->setText(tr("The deadlines are counted again from a corrected date."));
    }
    m_ui->urgencyComboBox->setCurrentIndex(m_ui->urgencyComboBox->findData(c.urgency));
    m_ui->headcountSpinBox->setValue(c.headcount);
    m_ui->summaryPlainTextEdit->setPlainText(c.summary);
    m_ui->summaryPlainTextEdit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Lists wide enough for the longest township or village name; the date only as wide as a date.
    const int comboWidth = fontMetrics().horizontalAdvance(QStringLiteral("乌拉特中旗某某苏木某某嘎查村")) + 40;
    for (QComboBox* box : {m_ui->sourceComboBox, m_ui->categoryComboBox, m_ui->townshipComboBox, m_ui->villageComboBox,
                           m_ui->urgencyComboBox})
        box->setMinimumWidth(comboWidth);
    m_ui->receivedDateEdit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->receivedDateEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 48);
    m_ui->receivedHintLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->requestLineEdit->setText(c.request);

    // A red message under every field that can be wrong: the clerk sees it where the mistake is.
    for (const auto& [field, widgetName] : kFieldWidgets) {
        auto* w = findChild<QWidget*>(QString::fromLatin1(widgetName));
        if (!w)
            continue;
        if (QLabel* existing = m_errorLabels.value(QString::fromLatin1(widgetName))) {
            m_errorLabels.insert(QString::fromLatin1(field), existing);
            continue;
        }
        // The received date sits in a row of its own with a hint: the message goes under that row.
        QLabel* label = addFieldMessage(m_ui->formLayout, w == m_ui->receivedDateEdit ? m_ui->receivedLabel : w,
                                        QString::fromLatin1(widgetName), this);
        m_errorLabels.insert(QString::fromLatin1(widgetName), label);
        m_errorLabels.insert(QString::fromLatin1(field), label);
    }

    QTableWidget* table = m_ui->partiesTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("ID number / credit code"), tr("Phone"),
                                      tr("Legal representative"), tr("Address")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    const QFontMetrics fm = table->fontMetrics();
    table->verticalHeader()->setDefaultSectionSize(fm.height() + 14);
    table->setColumnWidth(RoleColumn, fm.horizontalAdvance(QStringLiteral("信访代办员")) + 48);
    table->setColumnWidth(NameColumn, fm.horizontalAdvance(QStringLiteral("乌拉特中旗某公司")) + 16);
    table->setColumnWidth(IdColumn, fm.horizontalAdvance(QStringLiteral("150824198001010010")) + 24);
    table->setColumnWidth(PhoneColumn, fm.horizontalAdvance(QStringLiteral("0478-12345678")) + 24);
    table->setColumnWidth(LegalRepresentativeColumn,
                          table->horizontalHeader()->sectionSizeHint(LegalRepresentativeColumn));
    fillParties();
    connect(m_ui->addPartyPushButton, &QPushButton::clicked, this, [this] {
        Party p;
        p.role = QStringLiteral("respondent");
        addPartyRow(p);
        m_ui->partiesTableWidget->setCurrentCell(m_ui->partiesTableWidget->rowCount() - 1, NameColumn);
        m_ui->partiesTableWidget->setFocus();
    });
    connect(m_ui->removePartyPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->partiesTableWidget->currentRow();
        if (row >= 0)
            m_ui->partiesTableWidget->removeRow(row);
    });
    m_ui->partiesErrorLabel->hide();
    m_ui->errorLabel->setText(tr("Every change is kept in the case timeline with the old and the new value."));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #555;"));

    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save Changes"));
    // The keys of the registration dialog: Enter to the next field, Ctrl+S saves.
    installFormKeys(this);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &CaseEditDialog::save);
    auto* hints = new QLabel(formKeyHints(tr("Ctrl+S: save · Esc: close")), this);
    hints->setObjectName(QStringLiteral("keyHintsLabel"));
    hints->setStyleSheet(QStringLiteral("color: #555;"));
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->buttonBox), hints);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CaseEditDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(tr("Edit Case %1").arg(c.caseNo.isEmpty() ? c.oneCaseCode() : c.caseNo));
    m_ui->summaryPlainTextEdit->setFocus();
    resize(920, 700);
}

CaseEditDialog::~CaseEditDialog() = default;

void CaseEditDialog::fillLists()
{
    const ReferenceData rd = ReferenceData::load(*m_db);
    for (const QString& code : vocab::codes(vocab::List::Source))
        m_ui->sourceComboBox->addItem(vocab::label(vocab::List::Source, code), code);
    for (const NamedCode& c : rd.categories)
        m_ui->categoryComboBox->addItem(c.name(), c.code);
    for (const NamedCode& t : rd.townships())
        m_ui->townshipComboBox->addItem(t.name(), t.code);
    // Type-ahead: any part of the name finds the township or village.
    for (QComboBox* box : {m_ui->townshipComboBox, m_ui->villageComboBox}) {
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    m_ui->urgencyComboBox->addItem(tr("Normal"), QStringLiteral("normal"));
    m_ui->urgencyComboBox->addItem(tr("Urgent"), QStringLiteral("urgent"));
    for (QComboBox* box : findChildren<QComboBox*>())
        box->setMaxVisibleItems(20);
}

void CaseEditDialog::fillVillages()
{
    const ReferenceData rd = ReferenceData::load(*m_db);
    const QString keep = comboValue(m_ui->villageComboBox);
    m_ui->villageComboBox->clear();
    m_ui->villageComboBox->addItem(QString(), QString());
    for (const NamedCode& v : rd.childrenOf(comboValue(m_ui->townshipComboBox)))
        m_ui->villageComboBox->addItem(v.name(), v.code);
    m_ui->villageComboBox->setCurrentIndex(std::max(0, m_ui->villageComboBox->findData(keep)));
}

void CaseEditDialog::fillParties()
{
    for (const Party& p : m_case.parties)
        addPartyRow(p);
}

void CaseEditDialog::addPartyRow(const Party& p)
{
    QTableWidget* table = m_ui->partiesTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* role = new QComboBox(table);
    role->setObjectName(QStringLiteral("partyRoleComboBox%1").arg(row));
    for (const QString& code : vocab::codes(vocab::List::PartyRole))
        role->addItem(vocab::label(vocab::List::PartyRole, code), code);
    role->setCurrentIndex(std::max(0, role->findData(p.role)));
    table->setCellWidget(row, RoleColumn, role);
    auto* name = new QTableWidgetItem(p.name);
    name->setData(kPartyIdRole, p.id);
    table->setItem(row, NameColumn, name);
    // ID and phone numbers are shown masked (product.md); typing the whole number replaces them.
    const bool organization = p.idNumber.isEmpty() && !p.creditCode.isEmpty();
    const QString idValue = organization ? p.creditCode : p.idNumber;
    auto* id = new QTableWidgetItem(organization ? idValue : validation::maskedId(idValue));
    id->setData(kOriginalRole, idValue);
    id->setData(kCreditCodeRole, organization);
    if (!idValue.isEmpty() && !organization)
        id->setToolTip(tr("Shown masked. Type the whole number to correct it."));
    table->setItem(row, IdColumn, id);
    auto* phone = new QTableWidgetItem(validation::maskedPhone(p.phone));
    phone->setData(kOriginalRole, p.phone);
    if (!p.phone.isEmpty())
        phone->setToolTip(tr("Shown masked. Type the whole number to correct it."));
    table->setItem(row, PhoneColumn, phone);
    auto* legal = new QTableWidgetItem(p.legalRepresentative);
    legal->setToolTip(tr("Only for an organization, known by its credit code"));
    table->setItem(row, LegalRepresentativeColumn, legal);
    table->setItem(row, AddressColumn, new QTableWidgetItem(p.address));
}

CaseEdit CaseEditDialog::edit() const
{
    CaseEdit e;
    e.caseKey = m_case.id;
    e.actor = m_actor;
    e.expectedRowVersion = m_case.rowVersion;
    e.source = comboValue(m_ui->sourceComboBox);
    e.category = comboValue(m_ui->categoryComboBox);
    e.township = comboValue(m_ui->townshipComboBox);
    e.village = comboValue(m_ui->villageComboBox);
    if (m_ui->receivedDateEdit->isEnabled())
        e.receivedOn = m_ui->receivedDateEdit->date();
    e.receivedAt = m_ui->receivedTimeLineEdit->text().trimmed();
    e.urgency = m_ui->urgencyComboBox->currentData().toString();
    e.headcount = m_ui->headcountSpinBox->value();
    e.summary = m_ui->summaryPlainTextEdit->toPlainText();
    e.request = m_ui->requestLineEdit->text();

    const QTableWidget* table = m_ui->partiesTableWidget;
    auto text = [table](int row, int col) {
        const QTableWidgetItem* item = table->item(row, col);
        return item ? item->text().trimmed() : QString();
    };
    QList<Party> parties;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* nameItem = table->item(row, NameColumn);
        const QString partyId = nameItem ? nameItem->data(kPartyIdRole).toString() : QString();
        // A new row left empty is not a party.
        if (partyId.isEmpty() && text(row, NameColumn).isEmpty() && text(row, IdColumn).isEmpty() &&
            text(row, PhoneColumn).isEmpty())
            continue;
        Party p;
        p.id = partyId;
        if (const Party* was = [&]() -> const Party* {
                for (const Party& q : m_case.parties)
                    if (q.id == partyId)
                        return &q;
                return nullptr;
            }())
            p.kind = was->kind;
        if (auto* role = qobject_cast<QComboBox*>(table->cellWidget(row, RoleColumn)))
            p.role = role->currentData().toString();
        p.name = text(row, NameColumn);
        const QTableWidgetItem* idItem = table->item(row, IdColumn);
        const QString idOriginal = idItem ? idItem->data(kOriginalRole).toString() : QString();
        const bool wasCreditCode = idItem && idItem->data(kCreditCodeRole).toBool();
        QString id = text(row, IdColumn);
        const bool untouched =
            !idOriginal.isEmpty() && id == (wasCreditCode ? idOriginal : validation::maskedId(idOriginal));
        if (untouched)
            id = idOriginal;
        // 18 characters with letters other than a final X: a credit code, so an organization.
        if ((untouched && wasCreditCode) ||
            (!untouched && id.size() == 18 && !validation::residentId(id).ok() && validation::creditCode(id).ok()))
            p.creditCode = id;
        else
            p.idNumber = id;
        const QTableWidgetItem* phoneItem = table->item(row, PhoneColumn);
        const QString phoneOriginal = phoneItem ? phoneItem->data(kOriginalRole).toString() : QString();
        const QString phone = text(row, PhoneColumn);
        p.phone = !phoneOriginal.isEmpty() && phone == validation::maskedPhone(phoneOriginal) ? phoneOriginal : phone;
        p.legalRepresentative = text(row, LegalRepresentativeColumn);
        p.address = text(row, AddressColumn);
        parties << p;
    }
    e.parties = parties;
    return e;
}

QString CaseEditDialog::fieldMessage(const QString& field) const
{
    if (field.startsWith(QLatin1String("parties")))
        return m_ui->partiesErrorLabel->isHidden() ? QString() : m_ui->partiesErrorLabel->text();
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void CaseEditDialog::clearErrors()
{
    for (QLabel* l : std::as_const(m_errorLabels)) {
        l->clear();
        l->hide();
    }
    m_ui->partiesErrorLabel->clear();
    m_ui->partiesErrorLabel->hide();
    QTableWidget* table = m_ui->partiesTableWidget;
    for (int row = 0; row < table->rowCount(); ++row)
        for (int col = NameColumn; col < ColumnCount; ++col)
            if (QTableWidgetItem* item = table->item(row, col))
                item->setBackground(QBrush());
    m_ui->errorLabel->clear();
}

void CaseEditDialog::showErrors(const QList<FieldError>& errors)
{
    clearErrors();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    QTableWidget* table = m_ui->partiesTableWidget;
    // The list the service checked skips blank new rows: map its indexes back to table rows.
    QList<int> rowOfParty;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* name = table->item(row, NameColumn);
        const bool blank =
            (!name || (name->data(kPartyIdRole).toString().isEmpty() && name->text().trimmed().isEmpty())) &&
            (!table->item(row, IdColumn) || table->item(row, IdColumn)->text().trimmed().isEmpty()) &&
            (!table->item(row, PhoneColumn) || table->item(row, PhoneColumn)->text().trimmed().isEmpty());
        if (!blank)
            rowOfParty << row;
    }
    QWidget* first = nullptr;
    QStringList partyLines, elsewhere;
    for (const FieldError& e : errors) {
        if (e.field.startsWith(QLatin1String("parties["))) {
            const int i = e.field.mid(8, e.field.indexOf(QLatin1Char(']')) - 8).toInt();
            const QString key = e.field.mid(e.field.indexOf(QLatin1Char('.')) + 1);
            const int row = i >= 0 && i < rowOfParty.size() ? rowOfParty[i] : -1;
            partyLines << tr("Row %1, %2: %3").arg(row + 1).arg(partyFieldLabel(key), e.message);
            if (row >= 0) {
                if (QTableWidgetItem* item = table->item(row, partyColumnOf(key)))
                    item->setBackground(QColor(0xfd, 0xe0, 0xe0));
                if (!first) {
                    // The cell becomes current without selecting its row, so its red stays visible.
                    table->clearSelection();
                    table->setCurrentCell(row, partyColumnOf(key), QItemSelectionModel::NoUpdate);
                    first = table;
                }
            }
            continue;
        }
        if (e.field == QLatin1String("parties")) {
            partyLines << e.message;
            if (!first)
                first = table;
            continue;
        }
        QLabel* label = m_errorLabels.value(e.field);
        if (!label) {
            elsewhere << e.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message);
        label->show();
        if (!first)
            for (const auto& [field, widgetName] : kFieldWidgets)
                if (e.field == QLatin1String(field))
                    first = findChild<QWidget*>(QString::fromLatin1(widgetName));
    }
    if (!partyLines.isEmpty()) {
        m_ui->partiesErrorLabel->setText(partyLines.join(QLatin1Char('\n')));
        m_ui->partiesErrorLabel->show();
    }
    m_ui->errorLabel->setText(
        elsewhere.isEmpty() ? tr("%n problem(s): see the red messages at the fields.", nullptr, int(errors.size()))
                            : elsewhere.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

void CaseEditDialog::save()
{
    // A cell still being typed in counts.
    if (QWidget* editor = m_ui->partiesTableWidget->focusWidget(); editor && editor != m_ui->partiesTableWidget)
        m_ui->partiesTableWidget->setFocus();
    m_outcome = CaseEditor(*m_db).save(edit());
    if (!m_outcome.ok) {
        if (!m_outcome.errors.isEmpty()) {
            showErrors(m_outcome.errors);
        } else {
            clearErrors();
            m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_ui->errorLabel->setText(m_outcome.error);
            MessageBox::warning(this, tr("Not Saved"), m_outcome.error);
        }
        return;
    }
    accept();
}

void installCaseEditing(MainWindow& window)
{
    auto openEditor = [&window] {
        const std::optional<CaseRecord> c = window.selectedCaseOrExplain();
        if (!c)
            return;
        if (Status s = CaseEditor::canEdit(*c); !s) {
            MessageBox::information(&window, CaseEditDialog::tr("Case Cannot Be Edited"), s.error());
            return;
        }
        CaseEditDialog dialog(window.databasePtr(), *c, window.actor(), &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        window.refreshCases(); // keeps the case selected: the pane shows the new values and the timeline
        const int n = int(dialog.outcome().changes.size());
        window.statusBar()->showMessage(n == 0 ? CaseEditDialog::tr("Nothing was changed.")
                                               : CaseEditDialog::tr("%n change(s) saved to the timeline.", nullptr, n),
                                        8000);
    };
    QAction* action =
        window.addMenuAction(MainWindow::Menu::Cases, CaseEditDialog::tr("Edit Case…"), std::move(openEditor));
    action->setObjectName(QStringLiteral("editCaseAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action->setToolTip(CaseEditDialog::tr("Correct the fields and parties of the selected case (Ctrl+E)"));
    if (auto* pane = window.findChild<CaseDetailView*>(QStringLiteral("caseDetailView")))
        pane->addButton(action);
    action->setEnabled(!window.selectedCaseId().isEmpty());
    QObject::connect(&window, &MainWindow::currentCaseChanged, action,
                     [action](const QString& caseId) { action->setEnabled(!caseId.isEmpty()); });
}

} // namespace ow::ui
