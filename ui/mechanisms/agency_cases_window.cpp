// The agency cases window and 登记代办; every write goes through AgencyService.
#include "mechanisms/agency_cases_window.h"

#include "domain/vocabulary.h"
#include "main/main_window.h"
#include "mechanisms/agency.h"
#include "mechanisms/agency_points_dialog.h"
#include "mechanisms/leader_common.h"
#include "mechanisms/mechanism_support.h"
#include "mediation/attachments.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

// A stored UTC time as the clerk's local date and minute; empty stays empty.
QString localMinute(const QString& utc)
{
    // Stored with a trailing Z, so it parses as UTC.
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

RegisterAgencyDialog::RegisterAgencyDialog(DatabasePtr db, const QString& caseId, Actor user, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_caseId(caseId)
    , m_user(std::move(user))
{
    setObjectName(QStringLiteral("registerAgencyDialog"));
    setWindowTitle(tr("Register as Carried by an Agent"));
    auto* form = new QFormLayout(this);
    addCaseRow(form, caseTitle(*m_db, caseId), this);

    AgencyService agency(*m_db);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agentComboBox"));
    m_agent->addItem(tr("(choose the agent)"), QString());
    for (const Agent& a : agency.agents())
        if (a.active)
            m_agent->addItem(tr("%1 (%2, %3)").arg(a.name, a.pointName, mechanisms::agencyLevelLabel(a.pointLevel)),
                             a.id);
    // An agent registers for themselves: their own record comes chosen.
    if (const QString own = agency.agentOfLogin(m_user.login); !own.isEmpty())
        m_agent->setCurrentIndex(std::max(0, m_agent->findData(own)));
    addFieldRow(form, tr("&Agent:"), m_agent);
    m_agentError = addFieldMessage(form, m_agent, m_agent->objectName(), this);

    auto* fileRow = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(fileRow);
    m_file->setObjectName(QStringLiteral("authorizationLineEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("the citizen's signed authorisation, scanned as PDF, JPEG or PNG"));
    m_file->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    auto* browse = new QPushButton(tr("C&hoose File…"), fileRow);
    browse->setObjectName(QStringLiteral("chooseFilePushButton"));
    browse->setAutoDefault(false);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    auto* fileLabel = new QLabel(tr("Authori&sation:"), this);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    m_fileError = addFieldMessage(form, fileRow, m_file->objectName(), this);

    m_error = addMessageAndButtons(this, form, tr("&Register"), [this] { save(); });
    connect(browse, &QPushButton::clicked, this, &RegisterAgencyDialog::chooseFile);
    connect(m_agent, &QComboBox::currentIndexChanged, m_agentError, &QLabel::hide);
    m_agent->setFocus();
}

void RegisterAgencyDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Citizen's Authorisation"), QString(),
                                                     tr("Scans (*.pdf *.jpg *.jpeg *.png)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    m_fileError->hide();
}

void RegisterAgencyDialog::save()
{
    for (QLabel* l : {m_agentError, m_fileError})
        l->hide();
    m_error->clear();
    auto atField = [](QLabel* label, const QString& message) {
        label->setText(message);
        label->show();
    };
    const QString agentId = m_agent->currentData().toString();
    const QString path = m_file->text();
    QByteArray bytes;
    if (!path.isEmpty()) {
        Result<QByteArray> read = AttachmentService(*m_db).readUpload(path);
        if (!read) {
            atField(m_fileError, read.error());
            return;
        }
        bytes = *read;
    }
    const Status saved =
        AgencyService(*m_db).registerForCitizen(m_caseId, agentId, QFileInfo(path).fileName(), bytes, m_user.login);
    if (saved) {
        accept();
        return;
    }
    // The agent is checked first, then the scan (its presence, then its kind and size).
    if (agentId.isEmpty())
        atField(m_agentError, saved.error());
    else if (bytes.isEmpty() || AttachmentService::sniffMime(bytes).isEmpty())
        atField(m_fileError, saved.error());
    else
        showMessage(m_error, saved.error(), true);
}

AgencyCasesWindow::AgencyCasesWindow(DatabasePtr db, Actor user, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_user(std::move(user))
{
    setObjectName(QStringLiteral("agencyCasesWindow"));
    if (m_user.may(permissions::Action::ActAsAgent))
        m_agentId = AgencyService(*m_db).agentOfLogin(m_user.login);
    setWindowTitle(agentView() ? tr("My Agency Cases") : tr("Agency Cases"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    top->addWidget(m_heading, 1);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelComboBox"));
    m_level->addItem(tr("All levels"), QString());
    for (const QString& level : mechanisms::agencyLevels())
        m_level->addItem(mechanisms::agencyLevelLabel(level), level);
    m_level->setVisible(!agentView());
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    levelLabel->setVisible(!agentView());
    top->addWidget(levelLabel);
    top->addWidget(m_level);
    layout->addLayout(top);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("agencyCasesTableWidget"));
    QStringList headers{tr("Case number"), tr("Applicant"), tr("Status"),     tr("Agency point"),
                        tr("Level"),       tr("Agent"),     tr("Registered"), tr("Citizen informed")};
    if (agentView())
        headers << tr("New since you last looked");
    setUpCaseTable(m_table, headers, int(headers.size()) - 1);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    auto* informed = new QPushButton(tr("Citizen &Informed…"), this);
    informed->setObjectName(QStringLiteral("informedPushButton"));
    informed->setToolTip(tr("Record that you told the citizen how the case stands"));
    informed->setVisible(agentView() || (m_user.may(permissions::Action::ActAsAgent) && m_user.isSupervisor()));
    auto* openCase = new QPushButton(tr("&Open Case"), this);
    openCase->setObjectName(QStringLiteral("openCasePushButton"));
    auto* reload = new QPushButton(tr("&Refresh"), this);
    reload->setObjectName(QStringLiteral("refreshPushButton"));
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closePushButton"));
    for (QPushButton* b : {informed, openCase, reload, close}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->insertStretch(3);
    layout->addLayout(buttons);

    connect(informed, &QPushButton::clicked, this, &AgencyCasesWindow::informCitizen);
    connect(openCase, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedCaseOf(m_table); !id.isEmpty())
            showCaseView(m_db, id, this);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { showCaseView(m_db, m_table->item(row, 0)->data(Qt::UserRole).toString(), this); });
    connect(reload, &QPushButton::clicked, this, &AgencyCasesWindow::refresh);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_level, &QComboBox::currentIndexChanged, this, &AgencyCasesWindow::refresh);
    resize(1120, 520);
    refresh();
}

void AgencyCasesWindow::refresh()
{
    AgencyService agency(*m_db);
    QList<AgencyCase> cases;
    if (agentView()) {
        Result<QList<AgencyCase>> mine = agency.casesOfAgent(m_agentId, m_user.login, true);
        if (!mine) {
            showMessage(m_message, mine.error(), true);
            return;
        }
        cases = *mine;
    } else {
        cases = agency.allCases(m_level->currentData().toString());
    }
    qsizetype changed = 0;
    m_table->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const AgencyCase& a = cases[row];
        QStringList cells{a.caseNo,
                          a.applicant,
                          vocab::label(vocab::List::Status, a.status),
                          a.pointName,
                          mechanisms::agencyLevelLabel(a.level),
                          a.agentName,
                          localMinute(a.registeredAt),
                          a.citizenInformedAt.isEmpty() ? tr("not yet") : localMinute(a.citizenInformedAt)};
        if (agentView())
            cells << a.changes.join(QStringLiteral("；"));
        setCaseRow(m_table, row, a.caseId, cells);
        if (!a.changed)
            continue;
        ++changed;
        for (int col = 0; col < cells.size(); ++col) {
            QTableWidgetItem* item = m_table->item(row, col);
            item->setBackground(QColor(0xff, 0xf1, 0xb8));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (agentView())
        m_heading->setText(tr("%1 case(s) carried by you; %2 changed since you last looked (highlighted).")
                               .arg(cases.size())
                               .arg(changed));
    else
        m_heading->setText(tr("%1 agency case(s).").arg(cases.size()));
}

void AgencyCasesWindow::informCitizen()
{
    const QString id = selectedCaseOf(m_table);
    if (id.isEmpty()) {
        showMessage(m_message, tr("Select a case in the list first."), true);
        return;
    }
    const QString label = m_table->item(m_table->currentRow(), 0)->text();
    NoteDialog dialog(
        tr("Citizen Informed"), label, {}, false,
        [this, id](const QString& note, int) {
            return AgencyService(*m_db).recordCitizenInformed(id, note, m_user.login);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(m_message, tr("Recorded in the timeline of %1 that the citizen was informed.").arg(label), false);
    refresh();
    emit casesChanged();
}

void installAgency(MainWindow& window)
{
    QAction* list = window.addMenuAction(MainWindow::Menu::Cases, AgencyCasesWindow::tr("A&gency Cases…"), [&window] {
        auto* w = new AgencyCasesWindow(window.databasePtr(), window.user(), &window);
        w->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(w, &AgencyCasesWindow::casesChanged, &window, &MainWindow::refreshCases);
        // Not refreshed by other desks' changes: for an agent a refresh counts as having looked.
        w->show();
    });
    list->setObjectName(QStringLiteral("agencyCasesAction"));
    window.requirePermission(list, permissions::Action::ViewCases);

    QAction* registerCase =
        window.addMenuAction(MainWindow::Menu::Cases, RegisterAgencyDialog::tr("Register for a Citi&zen…"), [&window] {
            const std::optional<CaseRecord> c = window.selectedCaseOrExplain();
            if (!c)
                return;
            RegisterAgencyDialog dialog(window.databasePtr(), c->id, window.user(), &window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            window.refreshCases();
            window.statusBar()->showMessage(RegisterAgencyDialog::tr("%1 is now carried by an agent.").arg(c->caseNo),
                                            8000);
        });
    registerCase->setObjectName(QStringLiteral("registerAgencyAction"));
    window.requirePermission(registerCase, permissions::Action::ActAsAgent);

    QAction* points =
        window.addMenuAction(MainWindow::Menu::Admin, AgencyPointsDialog::tr("Agency &Points and Agents…"), [&window] {
            AgencyPointsDialog dialog(window.databasePtr(), window.actor(), &window);
            dialog.exec();
        });
    points->setObjectName(QStringLiteral("agencyPointsAction"));
    window.requirePermission(points, permissions::Action::ReceptionSchedule);
}

} // namespace ow::ui
