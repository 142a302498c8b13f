// Handle Case… (see case_actions_dialog.h).
#include "workflow/case_actions_dialog.h"

#include "domain/vocabulary.h"
#include "main/case_detail_view.h"
#include "main/main_window.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "util/clock.h"
#include "widgets/dialogs.h"
#include "workflow/case_steps.h"
#include "workflow/case_workflow.h"
#include "workflow/routing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

enum Field
{
    Date = 1,       // the day it happened
    Text = 2,       // reason, response, note
    Department = 4, // transfer, whistle, report-in, feedback
    Due = 8,        // whistle: the summoned department's own due date
    Target = 16,    // escalate: receiving body; merge: surviving case
    Override = 32,  // respond before every summoned department gave feedback
};

struct Step
{
    const char* code;
    const char* label;
    const char* help;
    const char* textLabel; // the caption of the text field, when the step has one
    int fields;
};

// The steps in the order a case usually meets them.
const Step kSteps[] = {
    {"accept", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Accept and number the case"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "The case gets its number and its deadlines; triage then routes it to a department."),
     nullptr, Date},
    {"reject", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Do not accept (不予受理)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "Write the reason; it is printed on the notice the citizen receives."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Date | Text},
    {"start", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Start handling"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "The lead department has taken the case up (调查落实)."), nullptr,
     Date},
    {"note", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Record investigation notes"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "What was found or done: visits, talks, documents seen. The note goes into the timeline."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Notes:"), Text},
    {"respond", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Record the response (处理反馈)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "The response, decision or agreement that reached the citizen. Every summoned department "
                       "must have reported in and given feedback, unless the lead department overrides with a "
                       "reason."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Response:"), Date | Text | Override},
    {"return", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Return for more work"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "The response did not settle the matter; say why."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Date | Text},
    {"suspend", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Suspend (clock paused)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "The deadlines stop; on resuming they move later by the days suspended."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Date | Text},
    {"resume", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Resume"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "The case goes on where it stopped; open deadlines move later."),
     nullptr, Date},
    {"supervise", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Put under supervision (督办)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Say what must happen and by when; the case shows in 督办中."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Supervision note:"), Text},
    {"unsupervise", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "End supervision"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "The case leaves 督办中."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Note (optional):"), Text},
    {"extend", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Extend the deadline (once)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "A petition may be extended once by 30 days (信访工作条例 art. 32), with the reason."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Text},
    {"transfer", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Transfer to another lead department"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "The old department stays in the history."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Department | Text},
    {"whistle", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Summon a co-handling department (吹哨)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "The department must report in (报到) and give its feedback by its own due date."),
     nullptr, Department | Due},
    {"report_in", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "A summoned department reports in (报到)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "The time of reporting in is recorded."), nullptr, Department},
    {"feedback", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "A summoned department gives feedback"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "What the department did for its part."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Feedback:"), Department | Text},
    {"escalate", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Escalate (上交)"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Name the body that receives the case."), nullptr, Date | Target},
    {"withdraw", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Withdrawn by the applicant"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Record the reason the applicant gave."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Date | Text},
    {"merge", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Merge into another case"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog",
                       "A duplicate: this case ends as merged and points at the case that goes on."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Date | Target | Text},
    {"reopen", QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reopen"),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "The reason is kept in the timeline."),
     QT_TRANSLATE_NOOP("ow::ui::CaseActionsDialog", "Reason:"), Date | Text},
};

const Step* stepFor(const QString& code)
{
    for (const Step& s : kSteps)
        if (code == QLatin1String(s.code))
            return &s;
    return nullptr;
}

} // namespace

CaseActionsDialog::CaseActionsDialog(DatabasePtr db, const CaseRecord& c, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_case(c)
    , m_actor(actor)
    , m_reference(ReferenceData::load(*m_db))
{
    setWindowTitle(CaseActionsDialog::tr("Handle Case %1").arg(c.caseNo.isEmpty() ? c.oneCaseCode() : c.caseNo));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("caseHeaderLabel"));
    header->setWordWrap(true);
    QString lead =
        c.leadDepartmentCode.isEmpty() ? tr("not routed yet") : m_reference.departmentName(c.leadDepartmentCode);
    header->setText(
        CaseActionsDialog::tr("<b>%1</b> · %2 · lead department: %3%4<br>%5")
            .arg(c.caseNo.toHtmlEscaped(), vocab::label(vocab::List::Status, c.status), lead.toHtmlEscaped(),
                 c.dueOn.isValid() ? CaseActionsDialog::tr(" · due %1").arg(c.dueOn.toString(Qt::ISODate)) : QString(),
                 c.summary.left(120).toHtmlEscaped()));
    layout->addWidget(header);

    auto* form = new QFormLayout;
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    form->addRow(CaseActionsDialog::tr("&Step:"), m_action);
    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("helpLabel"));
    m_help->setWordWrap(true);
    m_help->setMinimumWidth(420);
    form->addRow(QString(), m_help);
    m_date = new QDateEdit(Clock::today(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(c.receivedOn.isValid() ? c.receivedOn : QDate(2000, 1, 1));
    m_dateLabel = new QLabel(CaseActionsDialog::tr("&Date:"), this);
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_departmentLabel = new QLabel(CaseActionsDialog::tr("De&partment:"), this);
    m_departmentLabel->setBuddy(m_department);
    form->addRow(m_departmentLabel, m_department);
    m_due = new QDateEdit(c.dueOn.isValid() ? c.dueOn : Clock::today().addDays(15), this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueLabel = new QLabel(CaseActionsDialog::tr("D&ue by:"), this);
    m_dueLabel->setBuddy(m_due);
    form->addRow(m_dueLabel, m_due);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_targetLabel = new QLabel(this);
    m_targetLabel->setBuddy(m_target);
    form->addRow(m_targetLabel, m_target);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_textLabel = new QLabel(this);
    m_textLabel->setBuddy(m_text);
    form->addRow(m_textLabel, m_text);
    m_override =
        new QCheckBox(CaseActionsDialog::tr("Respond although summoned departments have not all given feedback "
                                            "(write the reason above)"),
                      this);
    m_override->setObjectName(QStringLiteral("overrideCheck"));
    form->addRow(QString(), m_override);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(CaseActionsDialog::tr("&Record"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseActionsDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &CaseActionsDialog::updateForm);

    fillActions();
    updateForm();
    resize(620, sizeHint().height());
}

void CaseActionsDialog::fillActions()
{
    const Result<Actor> found = actorFor(*m_db, m_actor);
    const Actor actor = found ? found.value() : Actor{m_actor, m_actor, QString(), QString()};
    const bool supervisor = actor.isSupervisor();
    // Core decides what applies; this table only orders and words it.
    const QStringList available = workflow::availableSteps(*m_db, m_case, actor);
    for (const Step& s : kSteps)
        if (available.contains(QLatin1String(s.code)))
            m_action->addItem(tr(s.label), QString::fromLatin1(s.code));
    if (m_action->count() == 0) {
        m_error->setText(CaseActionsDialog::tr("Nothing can be done with a case that is \"%1\" any more%2.")
                             .arg(vocab::label(vocab::List::Status, m_case.status),
                                  supervisor ? QString() : CaseActionsDialog::tr("; a supervisor can reopen it")));
        m_run->setEnabled(false);
    }
}

QStringList CaseActionsDialog::offeredActions() const
{
    QStringList out;
    for (int i = 0; i < m_action->count(); ++i)
        out << m_action->itemData(i).toString();
    return out;
}

bool CaseActionsDialog::selectAction(const QString& code)
{
    const int index = m_action->findData(code);
    if (index < 0)
        return false;
    m_action->setCurrentIndex(index);
    return true;
}

QString CaseActionsDialog::currentAction() const
{
    return m_action->currentData().toString();
}

void CaseActionsDialog::updateForm()
{
    const Step* step = stepFor(currentAction());
    const int fields = step ? step->fields : 0;
    m_help->setText(step ? tr(step->help) : QString());
    m_dateLabel->setVisible(fields & Date);
    m_date->setVisible(fields & Date);
    m_textLabel->setVisible(fields & Text);
    m_text->setVisible(fields & Text);
    if (step && step->textLabel)
        m_textLabel->setText(tr(step->textLabel));
    m_targetLabel->setVisible(fields & Target);
    m_target->setVisible(fields & Target);
    m_targetLabel->setText(currentAction() == QLatin1String("merge")
                               ? CaseActionsDialog::tr("Surviving &case (number or code):")
                               : CaseActionsDialog::tr("Receiving &body:"));
    m_dueLabel->setVisible(fields & Due);
    m_due->setVisible(fields & Due);
    m_override->setVisible(fields & Override);
    m_departmentLabel->setVisible(fields & Department);
    m_department->setVisible(fields & Department);
    m_department->clear();
    if (fields & Department)
        for (const QString& code : workflow::stepDepartments(*m_db, m_case, currentAction()))
            m_department->addItem(m_reference.departmentName(code), code);
    m_error->clear();
}

void CaseActionsDialog::run()
{
    const QString code = currentAction();
    if (code.isEmpty())
        return;
    const QString text = m_text->toPlainText().trimmed();
    const QString department = m_department->currentData().toString();
    Result<CaseRecord> done = fail(QString());
    CaseWorkflow workflow(*m_db);
    RoutingService routing(*m_db);
    if (CaseWorkflow::commands().contains(code)) {
        TransitionRequest r;
        r.caseKey = m_case.id;
        r.command = code;
        r.actor = m_actor;
        r.reason = text;
        r.on = m_date->date();
        r.expectedRowVersion = m_case.rowVersion;
        r.overrideJoint = m_override->isChecked();
        if (code == QLatin1String("escalate"))
            r.escalatedTo = m_target->text().trimmed();
        if (code == QLatin1String("merge"))
            r.mergedInto = m_target->text().trimmed();
        done = workflow.apply(r);
    } else if (code == QLatin1String("note")) {
        done = workflow.addNote(m_case.id, m_actor, text);
    } else if (code == QLatin1String("supervise") || code == QLatin1String("unsupervise")) {
        done = workflow.setSupervision(m_case.id, m_actor, code == QLatin1String("supervise"), text);
    } else if (code == QLatin1String("extend")) {
        done = workflow.extend(m_case.id, m_actor, text);
    } else if (code == QLatin1String("transfer")) {
        done = routing.transfer(m_case.id, m_actor, department, text);
    } else if (code == QLatin1String("whistle")) {
        done = routing.whistle(m_case.id, m_actor, department, m_due->date());
    } else if (code == QLatin1String("report_in")) {
        done = routing.reportIn(m_case.id, m_actor, department);
    } else if (code == QLatin1String("feedback")) {
        done = routing.giveFeedback(m_case.id, m_actor, department, text);
    }
    if (!done) {
        m_error->setText(done.error());
        return;
    }
    m_case = done.value();
    accept();
}

void installCaseActions(MainWindow& window)
{
    auto open = [&window] {
        const std::optional<CaseRecord> c = window.selectedCaseOrExplain();
        if (!c)
            return;
        CaseActionsDialog dialog(window.databasePtr(), *c, window.actor(), &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        window.refreshCases();
        window.statusBar()->showMessage(
            CaseActionsDialog::tr("Recorded in the timeline of %1.").arg(dialog.savedCase().caseNo), 8000);
    };
    QAction* action =
        window.addMenuAction(MainWindow::Menu::Cases, CaseActionsDialog::tr("&Handle Case…"), std::move(open));
    action->setObjectName(QStringLiteral("handleCaseAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    action->setToolTip(CaseActionsDialog::tr(
        "Start, respond, suspend, supervise, summon departments… for the selected case (Ctrl+D)"));
    if (auto* pane = window.findChild<CaseDetailView*>(QStringLiteral("caseDetailView")))
        pane->addButton(action);
    action->setEnabled(!window.selectedCaseId().isEmpty());
    QObject::connect(&window, &MainWindow::currentCaseChanged, action,
                     [action](const QString& caseId) { action->setEnabled(!caseId.isEmpty()); });
}

} // namespace ow::ui
