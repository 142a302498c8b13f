// The four home figures, read through core's dashboardFigures().
#include "reports/dashboard_widget.h"

#include "reports/monthly_report.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QLabel* addTile(QHBoxLayout* row, const QString& caption, const QString& objectName)
{
    auto* box = new QVBoxLayout;
    auto* value = new QLabel(QStringLiteral("—"));
    value->setObjectName(objectName);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    value->setFont(f);
    value->setAlignment(Qt::AlignCenter);
    auto* label = new QLabel(caption);
    label->setAlignment(Qt::AlignCenter);
    box->addWidget(value);
    box->addWidget(label);
    row->addLayout(box);
    return value;
}

} // namespace

DashboardWidget::DashboardWidget(DatabasePtr db, QWidget* parent)
    : QFrame(parent)
    , m_db(std::move(db))
{
    setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(this);
    m_accepted = addTile(row, tr("Accepted this month"), QStringLiteral("acceptedLabel"));
    m_closed = addTile(row, tr("Closed this month"), QStringLiteral("closedLabel"));
    m_rate = addTile(row, tr("Closure rate"), QStringLiteral("closureRateLabel"));
    m_overdue = addTile(row, tr("Open and overdue"), QStringLiteral("overdueLabel"));
    refresh();
}

void DashboardWidget::refresh()
{
    const auto f = dashboardFigures(*m_db);
    if (!f)
        return;
    m_accepted->setText(QString::number(f->accepted));
    m_closed->setText(QString::number(f->closed));
    m_rate->setText(f->closureRate ? formatRate(f->closureRate) + QStringLiteral("%") : QStringLiteral("—"));
    m_overdue->setText(QString::number(f->overdueOpen));
    m_overdue->setStyleSheet(f->overdueOpen > 0 ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ow::ui
