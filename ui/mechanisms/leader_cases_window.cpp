// The leader-case queue and its dialogs; every write goes through LeaderCaseService.
#include "mechanisms/leader_cases_window.h"

#include "domain/vocabulary.h"
#include "main/main_window.h"
#include "mechanisms/leader_cases.h"
#include "mechanisms/leader_common.h"
#include "mechanisms/mechanism_support.h"
#include "mechanisms/reception.h"
#include "util/clock.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

// A dated cell: ISO, as the case list shows dates.
QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

const QColor kLate(0xb0, 0x00, 0x20);

} // namespace

AssignLeaderDialog::AssignLeaderDialog(DatabasePtr db, const QString& caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_caseId(caseId)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("assignLeaderDialog"));
    setWindowTitle(tr("Assign a Leader"));
    auto* form = new QFormLayout(this);
    addCaseRow(form, caseTitle(*m_db, caseId), this);

    m_leader = new QComboBox(this);
    m_leader->setObjectName(QStringLiteral("leaderComboBox"));
    m_leader->addItem(tr("(choose a leader)"), QString());
    for (const Leader& l : ReceptionService(*m_db).leaders(true))
        m_leader->addItem(tr("%1 %2 (%3)").arg(l.position, l.name, l.unit), l.id);
    if (m_leader->count() == 2)
        m_leader->setCurrentIndex(1);
    addFieldRow(form, tr("&Leader:"), m_leader);
    m_leaderError = addFieldMessage(form, m_leader, m_leader->objectName(), this);
    if (m_leader->count() == 1) {
        m_leaderError->setText(tr("No active leader is entered yet: a supervisor enters the leaders first (reception "
                                  "schedule)."));
        m_leaderError->show();
    }

    auto* duties = new QWidget(this);
    duties->setObjectName(QStringLiteral("dutiesWidget"));
    auto* row = new QHBoxLayout(duties);
    row->setContentsMargins(0, 0, 0, 0);
    for (const QString& code : mechanisms::duties()) {
        auto* box = new QCheckBox(mechanisms::dutyLabel(code), duties);
        box->setObjectName(QStringLiteral("%1CheckBox").arg(code));
        box->setChecked(true);
        row->addWidget(box);
        m_duties.insert(code, box);
    }
    row->addStretch();
    form->addRow(tr("Duties:"), duties);
    m_dutiesError = addFieldMessage(form, duties, QStringLiteral("dutiesWidget"), this);

    m_target = new QDateEdit(Clock::today().addDays(30), this);
    m_target->setObjectName(QStringLiteral("targetDateEdit"));
    m_target->setCalendarPopup(true);
    m_target->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_target->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addFieldRow(form, tr("&Target date:"), m_target);
    m_targetError = addFieldMessage(form, m_target, m_target->objectName(), this);

    m_error = addMessageAndButtons(this, form, tr("&Assign"), [this] { save(); });
    connect(m_leader, &QComboBox::currentIndexChanged, m_leaderError, &QLabel::hide);
    connect(m_target, &QDateEdit::dateChanged, m_targetError, &QLabel::hide);
    for (QCheckBox* box : std::as_const(m_duties))
        connect(box, &QCheckBox::toggled, m_dutiesError, &QLabel::hide);
    m_leader->setFocus();
}

void AssignLeaderDialog::save()
{
    for (QLabel* l : {m_leaderError, m_dutiesError, m_targetError})
        l->hide();
    m_error->clear();
    QStringList duties;
    for (const QString& code : mechanisms::duties())
        if (m_duties.value(code)->isChecked())
            duties << code;
    const QString leader = m_leader->currentData().toString();
    const Result<LeaderAssignment> made =
        LeaderCaseService(*m_db).assign(m_caseId, leader, duties, m_target->date(), m_actor);
    if (made) {
        accept();
        return;
    }
    // The field the service's refusal is about, in the order it checks them.
    QLabel* at = m_error;
    QWidget* focus = nullptr;
    if (duties.isEmpty())
        at = m_dutiesError, focus = m_duties.value(mechanisms::duties().first());
    else if (!m_target->date().isValid() || m_target->date() < Clock::today())
        at = m_targetError, focus = m_target;
    else if (leader.isEmpty())
        at = m_leaderError, focus = m_leader;
    if (at == m_error) {
        showMessage(m_error, made.error(), true);
        return;
    }
    at->setText(made.error());
    at->show();
    focus->setFocus();
}

LeaderCasesWindow::LeaderCasesWindow(DatabasePtr db, Actor user, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_user(std::move(user))
{
    setObjectName(QStringLiteral("leaderCasesWindow"));
    setWindowTitle(tr("Leader-Owned Cases"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("leaderTabWidget"));

    auto* casesPage = new QWidget(this);
    auto* casesLayout = new QVBoxLayout(casesPage);
    m_activeOnly = new QCheckBox(tr("Only assignments in &hand"), casesPage);
    m_activeOnly->setObjectName(QStringLiteral("activeOnlyCheckBox"));
    m_activeOnly->setChecked(true);
    casesLayout->addWidget(m_activeOnly);
    m_cases = new QTableWidget(casesPage);
    m_cases->setObjectName(QStringLiteral("leaderCasesTableWidget"));
    setUpCaseTable(m_cases,
                   {tr("Case number"), tr("Applicant"), tr("Leader"), tr("Duties"), tr("Target date"), tr("State"),
                    tr("Case status")},
                   3);
    casesLayout->addWidget(m_cases);
    m_tabs->addTab(casesPage, tr("Leader &Cases"));

    m_backlog = new QTableWidget(this);
    m_backlog->setObjectName(QStringLiteral("backlogTableWidget"));
    setUpCaseTable(m_backlog,
                   {tr("Case number"), tr("Applicant"), tr("Received"), tr("Due"), tr("Status"), tr("Why listed"),
                    tr("Leader"), tr("Summary")},
                   7);
    m_tabs->addTab(m_backlog, tr("&Backlog"));
    layout->addWidget(m_tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const char* name, auto slot, bool allowed) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        b->setVisible(allowed);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    using permissions::Action;
    button(tr("&Assign Leader…"), "assignPushButton", &LeaderCasesWindow::assign, m_user.may(Action::AssignLeader));
    button(tr("&Progress Note…"), "progressPushButton", &LeaderCasesWindow::addProgress,
           m_user.may(Action::LeaderProgress));
    button(tr("&End Assignment…"), "endPushButton", &LeaderCasesWindow::endAssignment,
           m_user.may(Action::AssignLeader));
    button(
        tr("&Open Case"), "openCasePushButton",
        [this] {
            if (const QString id = currentCase(); !id.isEmpty())
                showCaseView(m_db, id, this);
        },
        true);
    buttons->addStretch();
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    for (QTableWidget* t : {m_cases, m_backlog})
        connect(t, &QTableWidget::cellDoubleClicked, this,
                [this, t](int row, int) { showCaseView(m_db, t->item(row, 0)->data(Qt::UserRole).toString(), this); });
    connect(m_activeOnly, &QCheckBox::toggled, this, &LeaderCasesWindow::refresh);
    resize(1100, 560);
    refresh();
}

void LeaderCasesWindow::refresh()
{
    LeaderCaseService service(*m_db);
    const QList<LeaderAssignment> assignments = service.list(m_activeOnly->isChecked());
    m_cases->setRowCount(int(assignments.size()));
    for (int row = 0; row < assignments.size(); ++row) {
        const LeaderAssignment& a = assignments[row];
        QStringList duties;
        for (const QString& d : a.duties)
            duties << mechanisms::dutyLabel(d);
        const QString target = a.pastTarget ? tr("%1 (past target)").arg(iso(a.targetOn)) : iso(a.targetOn);
        setCaseRow(m_cases, row, a.caseId,
                   {a.caseNo, a.applicant, QStringLiteral("%1 %2").arg(a.leaderPosition, a.leaderName),
                    duties.join(QStringLiteral("、")), target, mechanisms::assignmentStateLabel(a.state),
                    vocab::label(vocab::List::Status, a.caseStatus)});
        if (a.pastTarget)
            m_cases->item(row, 4)->setForeground(kLate);
    }
    const QList<BacklogCase> backlog = service.backlog();
    m_backlog->setRowCount(int(backlog.size()));
    for (int row = 0; row < backlog.size(); ++row) {
        const BacklogCase& b = backlog[row];
        QStringList why;
        if (b.overdue)
            why << tr("overdue");
        if (b.repeated)
            why << tr("repeated petition");
        setCaseRow(m_backlog, row, b.caseId,
                   {b.caseNo, b.applicant, iso(b.receivedOn), iso(b.dueOn), vocab::label(vocab::List::Status, b.status),
                    why.join(QStringLiteral("、")), b.leaderName.isEmpty() ? tr("(none)") : b.leaderName, b.summary});
        if (b.overdue)
            m_backlog->item(row, 3)->setForeground(kLate);
    }
    m_tabs->setTabText(0, tr("Leader &Cases (%1)").arg(assignments.size()));
    m_tabs->setTabText(1, tr("&Backlog (%1)").arg(backlog.size()));
}

QString LeaderCasesWindow::currentCase() const
{
    const QString id = selectedCaseOf(m_tabs->currentIndex() == 0 ? m_cases : m_backlog);
    if (id.isEmpty())
        showMessage(m_message, tr("Select a case in the list first."), true);
    return id;
}

QString LeaderCasesWindow::caseLabel(const QString& caseId) const
{
    return caseTitle(*m_db, caseId);
}

void LeaderCasesWindow::changed(const QString& message)
{
    showMessage(m_message, message, false);
    refresh();
    emit casesChanged();
}

void LeaderCasesWindow::assign()
{
    const QString id = currentCase();
    if (id.isEmpty())
        return;
    AssignLeaderDialog dialog(m_db, id, m_user.login, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(tr("The leader has charge of %1.").arg(caseLabel(id)));
}

void LeaderCasesWindow::addProgress()
{
    const QString id = currentCase();
    if (id.isEmpty())
        return;
    NoteDialog dialog(
        tr("Leader's Progress"), caseLabel(id), {}, true,
        [this, id](const QString& note, int) { return LeaderCaseService(*m_db).addProgress(id, note, m_user.login); },
        this);
    if (dialog.exec() == QDialog::Accepted)
        changed(tr("The progress note is in the timeline of %1.").arg(caseLabel(id)));
}

void LeaderCasesWindow::endAssignment()
{
    const QString id = currentCase();
    if (id.isEmpty())
        return;
    NoteDialog dialog(
        tr("End the Leader's Charge"), caseLabel(id), {tr("Resolved"), tr("Not resolved")}, true,
        [this, id](const QString& note, int choice) {
            return LeaderCaseService(*m_db).end(id, choice == 0, note, m_user.login);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        changed(tr("The leader's charge of %1 has ended.").arg(caseLabel(id)));
}

void installLeaderCases(MainWindow& window)
{
    // One queue at a time; opened again after a sign-in it is made anew for the user now signed in.
    QPointer<LeaderCasesWindow> open;
    QAction* queue = window.addMenuAction(
        MainWindow::Menu::Cases, LeaderCasesWindow::tr("&Leader-Owned Cases…"), [&window, open]() mutable {
            if (open && !open->isVisible())
                delete open;
            if (!open) {
                open = new LeaderCasesWindow(window.databasePtr(), window.user(), &window);
                QObject::connect(open, &LeaderCasesWindow::casesChanged, &window, &MainWindow::refreshCases);
                QObject::connect(&window, &MainWindow::changedElsewhere, open, &LeaderCasesWindow::refresh);
            }
            open->show();
            open->raise();
            open->activateWindow();
        });
    queue->setObjectName(QStringLiteral("leaderCasesAction"));
    window.requirePermission(queue, permissions::Action::ViewCases);

    QAction* assign =
        window.addMenuAction(MainWindow::Menu::Cases, AssignLeaderDialog::tr("Assign a Lea&der…"), [&window] {
            const std::optional<CaseRecord> c = window.selectedCaseOrExplain();
            if (!c)
                return;
            AssignLeaderDialog dialog(window.databasePtr(), c->id, window.actor(), &window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            window.refreshCases();
            window.statusBar()->showMessage(LeaderCasesWindow::tr("The leader has charge of %1.").arg(c->caseNo), 8000);
        });
    assign->setObjectName(QStringLiteral("assignLeaderAction"));
    window.requirePermission(assign, permissions::Action::AssignLeader);
}

} // namespace ow::ui
