// The note dialog, the case view and the table helpers of the leader-case and agency windows.
#include "mechanisms/leader_common.h"

#include "main/case_detail_view.h"
#include "mechanisms/mechanism_support.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "storage/reference_data.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

NoteDialog::NoteDialog(const QString& title, const QString& caseLabel, const QStringList& choices, bool required,
                       Save save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_required(required)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(title);
    auto* form = new QFormLayout(this);
    addCaseRow(form, caseLabel, this);
    if (!choices.isEmpty()) {
        m_choices = new QButtonGroup(this);
        auto* row = new QHBoxLayout;
        for (int i = 0; i < choices.size(); ++i) {
            auto* button = new QRadioButton(choices[i], this);
            button->setObjectName(QStringLiteral("choice%1RadioButton").arg(i));
            button->setChecked(i == 0);
            m_choices->addButton(button, i);
            row->addWidget(button);
        }
        row->addStretch();
        form->addRow(tr("Outcome:"), row);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36, fontMetrics().height() * 6);
    addFieldRow(form, required ? tr("&Note:") : tr("&Note (optional):"), m_note);
    m_noteError = addFieldMessage(form, m_note, m_note->objectName(), this);
    connect(m_note, &QPlainTextEdit::textChanged, m_noteError, &QLabel::hide);
    m_error = addMessageAndButtons(this, form, tr("&Save"), [this] { this->save(); });
    m_note->setFocus();
}

void NoteDialog::save()
{
    m_noteError->hide();
    m_error->clear();
    const QString note = m_note->toPlainText();
    const Status saved = m_save(note, m_choices ? m_choices->checkedId() : 0);
    if (saved) {
        accept();
        return;
    }
    // The note's own check (core's): a refusal it explains belongs under the note.
    if (!mechanisms::noteText(note, m_required ? saved.error() : QString())) {
        m_noteError->setText(saved.error());
        m_noteError->show();
        m_note->setFocus();
    } else {
        showMessage(m_error, saved.error(), true);
    }
}

void NoteDialog::reject()
{
    if (!m_note->toPlainText().trimmed().isEmpty() &&
        MessageBox::question(this, tr("Discard Note"),
                             tr("The note typed here has not been saved. Close and discard it?")) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

QString caseTitle(Database& db, const QString& caseId)
{
    const Result<CaseRecord> c = CaseStore(db).load(caseId);
    if (!c)
        return {};
    return QStringLiteral("%1  %2").arg(c->caseNo.isEmpty() ? c->oneCaseCode() : c->caseNo, c->applicantName());
}

void addCaseRow(QFormLayout* form, const QString& title, QWidget* parent)
{
    auto* label = new QLabel(title, parent);
    label->setObjectName(QStringLiteral("caseLabel"));
    form->addRow(NoteDialog::tr("Case:"), label);
}

void addFieldRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    form->addRow(l, field);
}

QLabel* addMessageAndButtons(QDialog* dialog, QFormLayout* form, const QString& saveText, std::function<void()> save)
{
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    // Qt's own button texts are English unless its translations are deployed; name them here.
    buttons->button(QDialogButtonBox::Save)->setText(saveText);
    buttons->button(QDialogButtonBox::Cancel)->setText(NoteDialog::tr("Cancel"));
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, std::move(save));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return error;
}

void showCaseView(const DatabasePtr& db, const QString& caseId, QWidget* parent)
{
    const Result<CaseRecord> c = CaseStore(*db).load(caseId);
    if (!c) {
        MessageBox::warning(parent, QCoreApplication::translate("CaseView", "Case Cannot Be Read"), c.error());
        return;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("caseViewDialog"));
    dialog.setWindowTitle(c->caseNo.isEmpty() ? c->oneCaseCode() : c->caseNo);
    auto* layout = new QVBoxLayout(&dialog);
    auto* view = new CaseDetailView(&dialog);
    view->setObjectName(QStringLiteral("caseDetailView"));
    view->setReference(ReferenceData::load(*db));
    view->setActorNames(UserService(*db).displayNames());
    view->showCase(c.value(), db->setting(QStringLiteral("due_soon_share"), QStringLiteral("0.8")).toDouble());
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(QCoreApplication::translate("CaseView", "Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 640);
    dialog.exec();
}

void setUpCaseTable(QTableWidget* table, const QStringList& headers, int stretch)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
}

void setCaseRow(QTableWidget* table, int row, const QString& caseId, const QStringList& cells)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = new QTableWidgetItem(cells[col]);
        item->setData(Qt::UserRole, caseId);
        item->setToolTip(cells[col]);
        table->setItem(row, col, item);
    }
}

QString selectedCaseOf(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> items = table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

} // namespace ow::ui
