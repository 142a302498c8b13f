// Renders one case as simple HTML in a read-only text browser; personal data is masked unless the
// window was told the viewing is allowed and logged.
#include "main/case_detail_view.h"

#include "domain/vocabulary.h"
#include "util/clock.h"
#include "validation/identifiers.h"
#include "workflow/deadlines.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QTimeZone>
#include <QToolButton>

namespace ow::ui {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString localTime(const QString& utcIso)
{
    QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!t.isValid())
        return utcIso;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=left style='padding-right:12px; color:#555; font-weight:normal'>%1</th>"
                          "<td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString stateColour(const QString& state)
{
    if (state == QLatin1String("overdue"))
        return QStringLiteral("#a80000");
    if (state == QLatin1String("due_soon"))
        return QStringLiteral("#7a4b00");
    if (state == QLatin1String("met"))
        return QStringLiteral("#2e6b2e");
    return QStringLiteral("#333");
}

} // namespace

QString deadlineStateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return CaseDetailView::tr("Pending");
    if (state == QLatin1String("due_soon"))
        return CaseDetailView::tr("Due soon");
    if (state == QLatin1String("overdue"))
        return CaseDetailView::tr("Overdue");
    if (state == QLatin1String("met"))
        return CaseDetailView::tr("Met");
    return state;
}

CaseDetailView::CaseDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("caseDetailView"));
    setReadOnly(true);
    setOpenLinks(false);
    showMessage(tr("Select a case to see its details."));
}

QToolButton* CaseDetailView::addButton(QAction* action)
{
    if (!m_buttonBar) {
        m_buttonBar = new QWidget(this);
        m_buttonBar->setObjectName(QStringLiteral("caseDetailButtonBar"));
        auto* layout = new QHBoxLayout(m_buttonBar);
        layout->setContentsMargins(6, 4, 6, 4);
        layout->addStretch();
        m_buttonBar->setAutoFillBackground(true);
    }
    auto* button = new QToolButton(m_buttonBar);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttonBar->layout()->addWidget(button);
    m_buttonBar->show();
    placeButtonBar();
    return button;
}

void CaseDetailView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    placeButtonBar();
}

void CaseDetailView::placeButtonBar()
{
    if (!m_buttonBar)
        return;
    const int height = m_buttonBar->sizeHint().height();
    if (viewportMargins().top() != height)
        setViewportMargins(0, height, 0, 0);
    const QRect r = contentsRect();
    m_buttonBar->setGeometry(r.left(), r.top(), r.width(), height);
}

void CaseDetailView::showMessage(const QString& message)
{
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(message)));
}

void CaseDetailView::showCase(const CaseRecord& c, double dueSoonShare)
{
    using vocab::label;
    using vocab::List;
    QString html;
    // A case waiting for triage has no number yet: say so rather than show an empty heading.
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>")
                .arg(esc(c.caseNo.isEmpty() ? tr("(not numbered yet)") : c.caseNo));
    html += QStringLiteral("<p style='color:#666; margin-top:0'>%1 %2</p>")
                .arg(esc(tr("One-case code:")), esc(c.oneCaseCode()));

    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    html += row(tr("Status"), label(List::Status, c.status));
    html += row(tr("Case type"), label(List::CaseType, c.caseType));
    if (c.urgency == QLatin1String("urgent"))
        html += row(tr("Urgency"), tr("Urgent"));
    html += row(tr("Source"), label(List::Source, c.source));
    if (!c.windowCode.isEmpty())
        html += row(tr("Receiving window"), m_reference.departmentName(c.windowCode));
    html += row(tr("Category"), m_reference.categoryName(c.categoryCode));
    QString place = c.townshipCode.isEmpty() ? QString() : m_reference.divisionName(c.townshipCode);
    if (!c.villageCode.isEmpty())
        place += QStringLiteral(" · ") + m_reference.divisionName(c.villageCode);
    html += row(tr("Location"), place);
    html += row(tr("Received"),
                date(c.receivedOn) + (c.receivedAt.isEmpty() ? QString() : QLatin1Char(' ') + c.receivedAt));
    html += row(tr("Filed"), date(c.filedOn));
    html += row(tr("Lead department"),
                c.leadDepartmentCode.isEmpty() ? tr("Unassigned") : m_reference.departmentName(c.leadDepartmentCode));
    html += row(tr("Due"), date(c.dueOn));
    html += row(tr("Ended"), date(c.endedOn));
    html += row(tr("Reason"), c.endReason);
    if (!c.outcome.isEmpty())
        html += row(tr("Outcome"), label(List::Outcome, c.outcome));
    if (!c.resolutionLevel.isEmpty())
        html += row(tr("Resolution level"), label(List::ResolutionLevel, c.resolutionLevel));
    html += row(tr("Satisfaction"), label(List::Satisfaction, c.satisfaction));
    html += row(tr("People involved"), QString::number(c.headcount));
    if (c.visitCount > 1)
        html += row(tr("Visits"), QString::number(c.visitCount));
    if (c.supervised)
        html += row(tr("Supervised"), c.supervisionNote.isEmpty() ? tr("Yes") : c.supervisionNote);
    html += QStringLiteral("</table>");

    if (!c.summary.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(esc(tr("Summary")), esc(c.summary).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!c.request.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(esc(tr("Request")), esc(c.request).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    // Parties and the timeline as short blocks rather than wide tables: the pane is narrow.
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Parties")));
    if (c.parties.isEmpty())
        html += QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(tr("None recorded")));
    for (const Party& p : c.parties) {
        QStringList bits;
        // Lists and panes show personal data masked (product.md); the full value needs a role.
        if (!p.idNumber.isEmpty())
            bits << tr("ID %1").arg(m_fullNumbers ? p.idNumber : validation::maskedId(p.idNumber));
        if (!p.creditCode.isEmpty())
            bits << tr("Credit code %1").arg(p.creditCode);
        if (!p.legalRepresentative.isEmpty())
            bits << tr("Legal representative %1").arg(p.legalRepresentative);
        if (!p.phone.isEmpty())
            bits << tr("Phone %1").arg(m_fullNumbers ? p.phone : validation::maskedPhone(p.phone));
        html += QStringLiteral("<p style='margin:2px 0 6px 0'><span style='color:#555'>%1</span> %2")
                    .arg(esc(label(List::PartyRole, p.role)), esc(p.name));
        if (!bits.isEmpty())
            html += QStringLiteral("<br><span style='color:#555'>%1</span>").arg(esc(bits.join(QStringLiteral(" · "))));
        if (!p.address.isEmpty())
            html += QStringLiteral("<br><span style='color:#555'>%1</span>").arg(esc(tr("Address %1").arg(p.address)));
        html += QStringLiteral("</p>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Deadlines")));
    if (c.milestones.isEmpty())
        html += QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(tr("None")));
    const QDate today = Clock::today();
    for (const Milestone& m : c.milestones) {
        const QString state = m.stateOn(today, dueSoonShare);
        QString due = date(m.dueOn);
        if (m.extendedDays > 0)
            due += QLatin1Char(' ') + tr("(extended by %n day(s))", nullptr, m.extendedDays);
        const QString stateText =
            deadlineStateLabel(state) + (m.metOn.isValid() ? QLatin1Char(' ') + date(m.metOn) : QString());
        html += QStringLiteral("<p style='margin:2px 0 6px 0'>%1 &nbsp;%2 &nbsp;<span style='color:%3'>%4</span></p>")
                    .arg(esc(milestoneLabel(m.milestone)), esc(due), stateColour(state), esc(stateText));
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Timeline")));
    if (c.timeline.isEmpty())
        html += QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(tr("None")));
    for (const TimelineEvent& e : c.timeline) {
        html += QStringLiteral("<p style='margin:2px 0 6px 0'><span style='color:#555'>%1 · %2</span><br>%3</p>")
                    .arg(esc(localTime(e.at)), esc(m_actorNames.value(e.actor, e.actor)),
                         esc(e.detail.isEmpty() ? e.action : e.detail));
    }
    setHtml(html);
}

} // namespace ow::ui
