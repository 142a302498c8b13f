// The agency points and agents dialog; every change is saved through AgencyService (which checks the
// actor's role and each value).
#include "mechanisms/agency_points_dialog.h"

#include "mechanisms/agency.h"
#include "mechanisms/leader_common.h"
#include "mechanisms/mechanism_support.h"
#include "security/users.h"
#include "validation/identifiers.h"
#include "widgets/combo_box.h"
#include "widgets/field_messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

// A line edit in a form row with its buddy label and the message row under it.
QLineEdit* formLine(QFormLayout* form, const QString& label, const char* name, QLabel** error, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    auto* l = new QLabel(label, parent);
    l->setBuddy(edit);
    form->addRow(l, edit);
    *error = addFieldMessage(form, edit, edit->objectName(), parent);
    QObject::connect(edit, &QLineEdit::textEdited, *error, &QLabel::hide);
    return edit;
}

QComboBox* formCombo(QFormLayout* form, const QString& label, const char* name, QLabel** error, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setMaxVisibleItems(20);
    auto* l = new QLabel(label, parent);
    l->setBuddy(box);
    form->addRow(l, box);
    if (error) {
        *error = addFieldMessage(form, box, box->objectName(), parent);
        QObject::connect(box, &QComboBox::currentIndexChanged, *error, &QLabel::hide);
    }
    return box;
}

// Shows a save's refusal under the first field whose own check (core's) gives it, else on the line.
void placeError(const QString& error, const QList<std::pair<QLabel*, bool>>& fields, QLabel* line)
{
    for (const auto& [label, wrong] : fields)
        if (wrong) {
            label->setText(error);
            label->show();
            return;
        }
    showMessage(line, error, true);
}

bool hasProblem(const QString& value, text::Field field)
{
    return !mechanisms::fieldProblems({{value, field, QStringLiteral("-")}}).isEmpty();
}

QString activeText(bool active)
{
    return active ? AgencyPointsDialog::tr("Active") : AgencyPointsDialog::tr("Deactivated");
}

} // namespace

AgencyPointsDialog::AgencyPointsDialog(DatabasePtr db, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_reference(ReferenceData::load(*m_db))
{
    setObjectName(QStringLiteral("agencyPointsDialog"));
    setWindowTitle(tr("Agency Points and Agents"));
    auto* layout = new QVBoxLayout(this);

    layout->addLayout(pointsPane(), 3);
    layout->addLayout(agentsPane(), 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_points, &QTableWidget::itemSelectionChanged, this, [this] {
        m_pointId = selectedCaseOf(m_points);
        showPoint();
        reloadAgents(QString());
    });
    connect(m_agents, &QTableWidget::itemSelectionChanged, this, [this] {
        m_agentId = selectedCaseOf(m_agents);
        showAgent();
    });
    resize(1180, 700);
    reloadPoints(QString());
}

// The points by level, and the form of the selected (or a new) point.
QLayout* AgencyPointsDialog::pointsPane()
{
    auto* pointsRow = new QHBoxLayout;
    m_points = new QTableWidget(this);
    m_points->setObjectName(QStringLiteral("pointsTableWidget"));
    setUpCaseTable(m_points,
                   {tr("Agency point"), tr("Level"), tr("Area"), tr("Address"), tr("Phone"), tr("State"), tr("Agents")},
                   3);
    pointsRow->addWidget(m_points, 3);
    auto* pointBox = new QGroupBox(tr("Agency point"), this);
    auto* pointForm = new QFormLayout(pointBox);
    m_pointName = formLine(pointForm, tr("&Name:"), "pointNameLineEdit", &m_pointNameError, pointBox);
    m_level = formCombo(pointForm, tr("Le&vel:"), "levelComboBox", &m_levelError, pointBox);
    for (const QString& level : mechanisms::agencyLevels())
        m_level->addItem(mechanisms::agencyLevelLabel(level), level);
    m_division = formCombo(pointForm, tr("A&rea:"), "divisionComboBox", nullptr, pointBox);
    m_division->addItem(m_reference.divisionName(m_reference.siteDivision), m_reference.siteDivision);
    for (const NamedCode& township : m_reference.townships()) {
        if (township.code != m_reference.siteDivision)
            m_division->addItem(township.name(), township.code);
        for (const NamedCode& village : m_reference.childrenOf(township.code))
            m_division->addItem(QStringLiteral("    ") + village.name(), village.code);
    }
    m_address = formLine(pointForm, tr("Addr&ess:"), "addressLineEdit", &m_addressError, pointBox);
    m_pointPhone = formLine(pointForm, tr("&Phone:"), "pointPhoneLineEdit", &m_pointPhoneError, pointBox);
    m_pointActive = new QCheckBox(tr("Active"), pointBox);
    m_pointActive->setObjectName(QStringLiteral("pointActiveCheckBox"));
    pointForm->addRow(QString(), m_pointActive);
    auto* pointButtons = new QHBoxLayout;
    auto* newPoint = new QPushButton(tr("New Poin&t"), pointBox);
    newPoint->setObjectName(QStringLiteral("newPointPushButton"));
    auto* savePoint = new QPushButton(tr("&Save Point"), pointBox);
    savePoint->setObjectName(QStringLiteral("savePointPushButton"));
    pointButtons->addWidget(newPoint);
    pointButtons->addWidget(savePoint);
    pointForm->addRow(pointButtons);
    pointsRow->addWidget(pointBox, 2);
    for (QPushButton* b : {newPoint, savePoint})
        b->setAutoDefault(false);
    connect(newPoint, &QPushButton::clicked, this, [this] {
        m_points->clearSelection();
        m_pointName->setFocus();
    });
    connect(savePoint, &QPushButton::clicked, this, &AgencyPointsDialog::savePoint);
    return pointsRow;
}

// The agents of the selected point, and the form of the selected (or a new) agent.
QLayout* AgencyPointsDialog::agentsPane()
{
    auto* agentsRow = new QHBoxLayout;
    m_agents = new QTableWidget(this);
    m_agents->setObjectName(QStringLiteral("agentsTableWidget"));
    setUpCaseTable(m_agents, {tr("Agent"), tr("Phone"), tr("Sign-in account"), tr("State")}, 2);
    agentsRow->addWidget(m_agents, 3);
    auto* agentBox = new QGroupBox(tr("Agent of the selected point"), this);
    auto* agentForm = new QFormLayout(agentBox);
    m_agentName = formLine(agentForm, tr("Na&me:"), "agentNameLineEdit", &m_agentNameError, agentBox);
    m_agentPhone = formLine(agentForm, tr("P&hone:"), "agentPhoneLineEdit", &m_agentPhoneError, agentBox);
    m_login = formCombo(agentForm, tr("Sign-in acco&unt:"), "accountComboBox", &m_loginError, agentBox);
    m_login->addItem(tr("(no account)"), QString());
    for (const UserAccount& u : UserService(*m_db).list())
        if (u.active)
            m_login->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.login), u.login);
    m_agentActive = new QCheckBox(tr("Active"), agentBox);
    m_agentActive->setObjectName(QStringLiteral("agentActiveCheckBox"));
    agentForm->addRow(QString(), m_agentActive);
    auto* agentButtons = new QHBoxLayout;
    auto* newAgent = new QPushButton(tr("New A&gent"), agentBox);
    newAgent->setObjectName(QStringLiteral("newAgentPushButton"));
    auto* saveAgent = new QPushButton(tr("S&ave Agent"), agentBox);
    saveAgent->setObjectName(QStringLiteral("saveAgentPushButton"));
    agentButtons->addWidget(newAgent);
    agentButtons->addWidget(saveAgent);
    agentForm->addRow(agentButtons);
    agentsRow->addWidget(agentBox, 2);
    for (QPushButton* b : {newAgent, saveAgent})
        b->setAutoDefault(false);
    connect(newAgent, &QPushButton::clicked, this, [this] {
        m_agents->clearSelection();
        m_agentName->setFocus();
    });
    connect(saveAgent, &QPushButton::clicked, this, &AgencyPointsDialog::saveAgent);
    return agentsRow;
}

void AgencyPointsDialog::reloadPoints(const QString& selectId)
{
    const QList<AgencyPoint> points = AgencyService(*m_db).points();
    {
        const QSignalBlocker block(m_points);
        m_points->clearSelection();
        m_points->setRowCount(int(points.size()));
        for (int row = 0; row < points.size(); ++row) {
            const AgencyPoint& p = points[row];
            setCaseRow(m_points, row, p.id,
                       {p.name, mechanisms::agencyLevelLabel(p.level), m_reference.divisionName(p.divisionCode),
                        p.address, p.phone, activeText(p.active), QString::number(p.agents)});
            if (p.id == selectId)
                m_points->selectRow(row);
        }
    }
    m_pointId = selectedCaseOf(m_points);
    showPoint();
    reloadAgents(QString());
}

void AgencyPointsDialog::reloadAgents(const QString& selectId)
{
    const QList<Agent> agents = m_pointId.isEmpty() ? QList<Agent>() : AgencyService(*m_db).agents(m_pointId);
    {
        const QSignalBlocker block(m_agents);
        m_agents->clearSelection();
        m_agents->setRowCount(int(agents.size()));
        for (int row = 0; row < agents.size(); ++row) {
            const Agent& a = agents[row];
            setCaseRow(m_agents, row, a.id, {a.name, a.phone, a.userLogin, activeText(a.active)});
            if (a.id == selectId)
                m_agents->selectRow(row);
        }
    }
    m_agentId = selectedCaseOf(m_agents);
    showAgent();
}

void AgencyPointsDialog::showPoint()
{
    AgencyPoint p;
    for (const AgencyPoint& each : AgencyService(*m_db).points())
        if (each.id == m_pointId)
            p = each;
    m_pointName->setText(p.name);
    selectData(m_level, p.level);
    selectData(m_division, p.divisionCode);
    m_address->setText(p.address);
    m_pointPhone->setText(p.phone);
    m_pointActive->setChecked(p.active);
    hideErrors();
}

void AgencyPointsDialog::showAgent()
{
    Agent a;
    for (const Agent& each : AgencyService(*m_db).agents(m_pointId))
        if (each.id == m_agentId)
            a = each;
    m_agentName->setText(a.name);
    m_agentPhone->setText(a.phone);
    selectData(m_login, a.userLogin);
    m_agentActive->setChecked(a.active);
    hideErrors();
}

void AgencyPointsDialog::hideErrors()
{
    for (QLabel* l : {m_pointNameError, m_levelError, m_addressError, m_pointPhoneError, m_agentNameError,
                      m_agentPhoneError, m_loginError})
        l->hide();
    m_message->clear();
}

void AgencyPointsDialog::savePoint()
{
    hideErrors();
    AgencyPoint p{m_pointId,
                  m_pointName->text(),
                  m_level->currentData().toString(),
                  m_division->currentData().toString(),
                  m_address->text(),
                  m_pointPhone->text(),
                  m_pointActive->isChecked(),
                  0};
    const Result<AgencyPoint> saved = AgencyService(*m_db).savePoint(p, m_actor);
    if (!saved) {
        placeError(saved.error(),
                   {{m_pointNameError, p.name.trimmed().isEmpty() || hasProblem(p.name.trimmed(), text::Field::Label)},
                    {m_levelError, !mechanisms::agencyLevels().contains(p.level)},
                    {m_addressError, hasProblem(p.address.trimmed(), text::Field::Address)},
                    {m_pointPhoneError, !p.phone.trimmed().isEmpty() && !validation::centerPhone(p.phone)}},
                   m_message);
        return;
    }
    reloadPoints(saved->id);
    showMessage(m_message, tr("Saved: %1.").arg(saved->name), false);
}

void AgencyPointsDialog::saveAgent()
{
    hideErrors();
    if (m_pointId.isEmpty()) {
        showMessage(m_message, tr("Select the agency point the agent works at first."), true);
        return;
    }
    Agent a{m_agentId,
            m_pointId,
            m_agentName->text(),
            m_agentPhone->text(),
            m_login->currentData().toString(),
            m_agentActive->isChecked(),
            {},
            {}};
    const Result<Agent> saved = AgencyService(*m_db).saveAgent(a, m_actor);
    if (!saved) {
        placeError(saved.error(),
                   {{m_agentNameError, a.name.trimmed().isEmpty() || hasProblem(a.name.trimmed(), text::Field::Name)},
                    {m_agentPhoneError, !a.phone.trimmed().isEmpty() && !validation::phone(a.phone)},
                    {m_loginError, !a.userLogin.isEmpty() && !actorFor(*m_db, a.userLogin)}},
                   m_message);
        return;
    }
    const QString pointId = m_pointId;
    reloadPoints(pointId); // the point's count of agents
    reloadAgents(saved->id);
    showMessage(m_message, tr("Saved: %1.").arg(saved->name), false);
}

} // namespace ow::ui
