// The department picker (see department_picker.h): typing narrows the list, Enter ticks the first
// match and clears the filter, Down moves into the list where Space ticks and unticks.
#include "widgets/department_picker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ow::ui {

DepartmentPicker::DepartmentPicker(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("departmentFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Type to find a department, Enter ticks it"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("departmentsListWidget"));
    m_list->setUniformItemSizes(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chosenDepartmentsLabel"));
    m_summary->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &DepartmentPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateSummary();
        emit changed();
    });
    updateSummary();
}

void DepartmentPicker::setDepartments(const QList<QPair<QString, QString>>& departments)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& [code, name] : departments) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    applyFilter(m_filter->text());
    updateSummary();
}

QStringList DepartmentPicker::checkedCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            codes << m_list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

QStringList DepartmentPicker::checkedNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->text();
    return names;
}

void DepartmentPicker::setCheckedCodes(const QStringList& codes)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateSummary();
    emit changed();
}

void DepartmentPicker::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool shown = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                           item->data(Qt::UserRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (first && !needle.isEmpty())
        m_list->setCurrentItem(first);
}

bool DepartmentPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_filter->text().trimmed().isEmpty()) {
            // Ticks (or unticks) the highlighted match; an Enter with nothing typed moves on as elsewhere.
            QListWidgetItem* item = m_list->currentItem();
            if (item && !item->isHidden())
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_list->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DepartmentPicker::updateSummary()
{
    const QStringList names = checkedNames();
    m_summary->setText(names.isEmpty() ? tr("None chosen") : tr("Chosen: %1").arg(names.join(QStringLiteral("、"))));
}

} // namespace ow::ui
