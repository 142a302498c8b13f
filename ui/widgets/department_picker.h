// Picking several departments from the list: a filter line with type-ahead over checkable names,
// so a co-handling department is chosen, never typed (issue 18 item 9).
#pragma once

#include <QPair>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace ow::ui {

class DepartmentPicker : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentPicker(QWidget* parent = nullptr);
    // (code, name) in the order shown.
    void setDepartments(const QList<QPair<QString, QString>>& departments);
    QStringList checkedCodes() const;
    QStringList checkedNames() const;
    void setCheckedCodes(const QStringList& codes);
    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* listWidget() const { return m_list; }

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void updateSummary();
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace ow::ui
