// Home view layout and queue counting.
#include "home/home_view.h"

#include "mechanisms/leader_cases.h"
#include "mechanisms/mechanism_support.h"
#include "mechanisms/reception.h"
#include "reports/dashboard_widget.h"
#include "util/clock.h"
#include "workflow/holidays.h"
#include "workflow/work_queues.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ow::ui {

HomeView::HomeView(DatabasePtr db, const QString& department, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_department(department)
{
    setObjectName(QStringLiteral("homeView"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    layout->addWidget(m_title);
    m_calendarWarning = new QLabel(this);
    m_calendarWarning->setObjectName(QStringLiteral("calendarWarningLabel"));
    m_calendarWarning->setWordWrap(true);
    m_calendarWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b040; "
                                                    "border-radius: 4px; padding: 6px; font-size: 11pt; }"));
    layout->addWidget(m_calendarWarning);
    m_leaders = new QLabel(this);
    m_leaders->setObjectName(QStringLiteral("leaderOnDutyLabel"));
    m_leaders->setWordWrap(true);
    m_leaders->setStyleSheet(QStringLiteral("QLabel { background: #eef6ee; border: 1px solid #8ab88a; border-radius: "
                                            "4px; padding: 6px; font-size: 11pt; }"));
    layout->addWidget(m_leaders);
    auto* grid = new QGridLayout;
    int i = 0;
    for (const char* code : {"triage", "department", "due_soon", "overdue", "supervised", "today"}) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("%1QueuePushButton").arg(QString::fromLatin1(code)));
        b->setMinimumSize(220, 90);
        const bool alarm = QLatin1String(code) == QLatin1String("overdue");
        const bool warn = QLatin1String(code) == QLatin1String("due_soon");
        b->setStyleSheet(QStringLiteral("QPushButton { font-size: 14pt; text-align: center; border-radius: 6px; "
                                        "border: 1px solid #999; background: %1; } QPushButton:focus { border: 3px "
                                        "solid #1565c0; }")
                             .arg(alarm  ? QStringLiteral("#fde0e0")
                                  : warn ? QStringLiteral("#fff4d6")
                                         : QStringLiteral("#eef3fa")));
        const QString queue = QString::fromLatin1(code);
        connect(b, &QPushButton::clicked, this,
                [this, queue] { emit queueChosen(m_filters.value(queue), workQueueLabel(queue)); });
        grid->addWidget(b, i / 3, i % 3);
        m_buttons.insert(queue, b);
        ++i;
    }
    layout->addLayout(grid);
    // This month so far (accepted, closed, closure rate, overdue open), as in the monthly report.
    m_dashboard = new DashboardWidget(m_db, this);
    layout->addWidget(m_dashboard);
    auto* intake = new QPushButton(tr("New Registration (F2)"), this);
    intake->setObjectName(QStringLiteral("newIntakePushButton"));
    intake->setMinimumHeight(48);
    intake->setStyleSheet(QStringLiteral("font-size: 13pt;"));
    connect(intake, &QPushButton::clicked, this, &HomeView::newIntakeRequested);
    layout->addWidget(intake);
    layout->addStretch();
    refreshQueues(); // the dashboard computed its figures when it was made
}

void HomeView::refresh()
{
    m_dashboard->refresh();
    refreshQueues();
}

void HomeView::refreshQueues()
{
    m_title->setText(tr("Work queues — %1").arg(Clock::today().toString(Qt::ISODate)));
    const QString warning = HolidayService::missingYearsWarning(HolidayService(*m_db).missingYears(Clock::today()));
    m_calendarWarning->setText(warning);
    m_calendarWarning->setVisible(!warning.isEmpty());
    refreshLeaders();
    for (const WorkQueue& q : workQueues(*m_db, m_department)) {
        m_counts.insert(q.code, q.count);
        m_filters.insert(q.code, q.filter);
        if (QPushButton* b = m_buttons.value(q.code))
            b->setText(QStringLiteral("%1\n%2").arg(q.label).arg(q.count));
    }
}

void HomeView::refreshLeaders()
{
    QStringList onDuty;
    for (const ReceptionDay& d : ReceptionService(*m_db).leadersOnDuty(Clock::today()))
        onDuty << tr("%1 %2 %3 (%4)").arg(mechanisms::halfLabel(d.half), d.leaderPosition, d.leaderName, d.place);
    LeaderCaseService leaders(*m_db);
    const QList<BacklogCase> backlogCases = leaders.backlog();
    const qsizetype owned = leaders.list(true).size();
    const auto backlog = std::count_if(backlogCases.cbegin(), backlogCases.cend(),
                                       [](const BacklogCase& b) { return b.leaderName.isEmpty(); });
    m_leaders->setText(
        (onDuty.isEmpty() ? tr("No leader receives visitors today.")
                          : tr("Leader on duty today: %1").arg(onDuty.join(QStringLiteral("; ")))) +
        QLatin1Char('\n') +
        tr("Leader-owned cases in hand: %1    Backlog cases without a leader: %2").arg(owned).arg(backlog));
}

} // namespace ow::ui
