// Red one-line messages under form fields (settings, case editing), and dialogs' message lines.
#include "widgets/field_messages.h"

#include <QFormLayout>
#include <QLabel>

namespace ow::ui {

QLabel* addFieldMessage(QFormLayout* form, QWidget* rowWidget, const QString& objectName, QWidget* parent)
{
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(rowWidget, &row, &role);
    auto* label = new QLabel(parent);
    label->setObjectName(objectName + QStringLiteral("ErrorLabel"));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->hide();
    form->insertRow(row + 1, static_cast<QWidget*>(nullptr), label);
    return label;
}

void showMessage(QLabel* label, const QString& text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    label->setText(text);
}

} // namespace ow::ui
