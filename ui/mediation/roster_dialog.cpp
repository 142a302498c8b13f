// The roster dialog: widgets from roster_dialog.ui; tables filled from RosterService, every
// change saved through it (which also checks that the actor is an administrator or supervisor).
#include "mediation/roster_dialog.h"

#include "ui_roster_dialog.h"

#include "mediation/mediation_codes.h"
#include "mediation/roster.h"
#include "security/users.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace ow::ui {
namespace {

// The roster is a few dozen rows, so columns fit their contents; one column takes the room left.
void setUpTable(QTableWidget* t, const QStringList& headers, int stretchColumn)
{
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

// One row of read-only cells; an inactive entry is greyed so the active ones stand out.
void fillRow(QTableWidget* t, int row, const QString& id, const QStringList& cells, bool active)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = new QTableWidgetItem(cells[col]);
        item->setData(Qt::UserRole, id);
        if (!active)
            item->setForeground(t->palette().brush(QPalette::Disabled, QPalette::Text));
        t->setItem(row, col, item);
    }
}

void selectRowWithId(QTableWidget* t, const QString& id)
{
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, 0)->data(Qt::UserRole).toString() == id) {
            t->selectRow(row);
            t->scrollToItem(t->item(row, 0));
            return;
        }
    t->clearSelection();
}

QString selectedId(const QTableWidget* t)
{
    const QList<QTableWidgetItem*> items = t->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

} // namespace

RosterDialog::RosterDialog(DatabasePtr db, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RosterDialog>())
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->mediatorsTableWidget,
               {tr("Full name"), tr("Organization"), tr("Specialties"), tr("Invited mediator"), tr("Status")}, 2);
    setUpTable(m_ui->roomsTableWidget, {tr("Room name"), tr("Kind"), tr("Status")}, 0);
    m_ui->specialtiesLineEdit->setPlaceholderText(tr("e.g. marriage and family, neighbors, land; separated by commas"));
    for (const QString& kind : mediation::codes(mediation::List::RoomKind))
        m_ui->roomKindComboBox->addItem(mediation::label(mediation::List::RoomKind, kind), kind);
    // Which OneWindow account is this mediator: follow-up visits and sessions then name them.
    m_account = new QComboBox(this);
    m_account->setObjectName(u"accountComboBox"_s);
    m_account->addItem(tr("(no account)"), QString());
    for (const UserAccount& u : UserService(*m_db).list())
        m_account->addItem(u"%1 (%2)"_s.arg(u.displayName, u.login), u.login);
    int phoneRow = -1;
    QFormLayout::ItemRole role;
    m_ui->mediatorFormLayout->getWidgetPosition(m_ui->phoneLineEdit, &phoneRow, &role);
    m_ui->mediatorFormLayout->insertRow(phoneRow + 1, tr("Sign-in acco&unt:"), m_account);
    QWidget::setTabOrder(m_ui->phoneLineEdit, m_account);

    connect(m_ui->mediatorsTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        m_mediatorId = selectedId(m_ui->mediatorsTableWidget);
        showMediator();
    });
    connect(m_ui->roomsTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        m_roomId = selectedId(m_ui->roomsTableWidget);
        showRoom();
    });
    connect(m_ui->newMediatorPushButton, &QPushButton::clicked, this, [this] {
        selectMediator(QString());
        m_ui->mediatorNameLineEdit->setFocus();
    });
    connect(m_ui->newRoomPushButton, &QPushButton::clicked, this, [this] {
        selectRoom(QString());
        m_ui->roomKindComboBox->setFocus();
    });
    connect(m_ui->saveMediatorPushButton, &QPushButton::clicked, this, &RosterDialog::saveMediator);
    connect(m_ui->saveRoomPushButton, &QPushButton::clicked, this, &RosterDialog::saveRoom);
    connect(m_ui->deactivateMediatorPushButton, &QPushButton::clicked, this, &RosterDialog::toggleMediatorActive);
    connect(m_ui->deactivateRoomPushButton, &QPushButton::clicked, this, &RosterDialog::toggleRoomActive);
    connect(m_ui->roomKindComboBox, &QComboBox::currentIndexChanged, this, &RosterDialog::updateRoomNameHint);
    // Enter saves the form of the tab in front, never closes the dialog.
    auto defaultForTab = [this](int tab) {
        m_ui->saveMediatorPushButton->setDefault(tab == 0);
        m_ui->saveRoomPushButton->setDefault(tab == 1);
    };
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, defaultForTab);
    defaultForTab(m_ui->tabWidget->currentIndex());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    // Qt's own button texts are English unless its translations are deployed; name it here.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));

    reloadMediators(QString());
    reloadRooms(QString());
}

RosterDialog::~RosterDialog() = default;

QString RosterDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void RosterDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
}

void RosterDialog::reloadMediators(const QString& selectId)
{
    m_mediators = RosterService(*m_db).mediators(false);
    QTableWidget* t = m_ui->mediatorsTableWidget;
    {
        const QSignalBlocker block(t);
        t->clearContents();
        t->setRowCount(int(m_mediators.size()));
        for (int row = 0; row < m_mediators.size(); ++row) {
            const Mediator& m = m_mediators[row];
            fillRow(t, row, m.id,
                    {m.name, m.organization, m.specialties.join(u"、"_s), m.invited ? tr("Yes") : QString(),
                     m.active ? tr("Active") : tr("Deactivated")},
                    m.active);
        }
    }
    selectMediator(selectId);
}

void RosterDialog::reloadRooms(const QString& selectId)
{
    m_rooms = RosterService(*m_db).rooms(false);
    QTableWidget* t = m_ui->roomsTableWidget;
    {
        const QSignalBlocker block(t);
        t->clearContents();
        t->setRowCount(int(m_rooms.size()));
        for (int row = 0; row < m_rooms.size(); ++row) {
            const MediationRoom& r = m_rooms[row];
            fillRow(t, row, r.id,
                    {r.name, mediation::label(mediation::List::RoomKind, r.kind),
                     r.active ? tr("Active") : tr("Deactivated")},
                    r.active);
        }
    }
    selectRoom(selectId);
}

void RosterDialog::selectMediator(const QString& id)
{
    {
        const QSignalBlocker block(m_ui->mediatorsTableWidget);
        selectRowWithId(m_ui->mediatorsTableWidget, id);
    }
    m_mediatorId = selectedId(m_ui->mediatorsTableWidget);
    showMediator();
}

void RosterDialog::selectRoom(const QString& id)
{
    {
        const QSignalBlocker block(m_ui->roomsTableWidget);
        selectRowWithId(m_ui->roomsTableWidget, id);
    }
    m_roomId = selectedId(m_ui->roomsTableWidget);
    showRoom();
}

void RosterDialog::showMediator()
{
    Mediator m;
    for (const Mediator& candidate : std::as_const(m_mediators))
        if (candidate.id == m_mediatorId)
            m = candidate;
    m_ui->mediatorGroupBox->setTitle(m.id.isEmpty() ? tr("New mediator") : tr("Edit mediator: %1").arg(m.name));
    m_ui->mediatorNameLineEdit->setText(m.name);
    m_ui->organizationLineEdit->setText(m.organization);
    m_ui->specialtiesLineEdit->setText(m.specialties.join(u"、"_s));
    m_ui->phoneLineEdit->setText(m.phone);
    m_account->setCurrentIndex(std::max(0, m_account->findData(m.userLogin)));
    m_ui->invitedCheckBox->setChecked(m.invited);
    m_ui->mediatorActiveCheckBox->setChecked(m.active);
    m_ui->deactivateMediatorPushButton->setEnabled(!m.id.isEmpty());
    m_ui->deactivateMediatorPushButton->setText(m.id.isEmpty() || m.active ? tr("&Deactivate") : tr("Re&activate"));
}

void RosterDialog::showRoom()
{
    MediationRoom r;
    for (const MediationRoom& candidate : std::as_const(m_rooms))
        if (candidate.id == m_roomId)
            r = candidate;
    m_ui->roomGroupBox->setTitle(r.id.isEmpty() ? tr("New room") : tr("Edit room: %1").arg(r.name));
    {
        const QSignalBlocker block(m_ui->roomKindComboBox);
        m_ui->roomKindComboBox->setCurrentIndex(qMax(0, m_ui->roomKindComboBox->findData(r.kind)));
    }
    m_ui->roomNameLineEdit->setText(r.name);
    m_ui->roomActiveCheckBox->setChecked(r.active);
    m_ui->deactivateRoomPushButton->setEnabled(!r.id.isEmpty());
    m_ui->deactivateRoomPushButton->setText(r.id.isEmpty() || r.active ? tr("Deac&tivate") : tr("Reac&tivate"));
    updateRoomNameHint();
}

void RosterDialog::updateRoomNameHint()
{
    // A named studio is known by its own name (e.g. 老王调解室); the others by where they are.
    const QString kind = m_ui->roomKindComboBox->currentData().toString();
    if (kind == u"brand_studio"_s)
        m_ui->roomNameLineEdit->setPlaceholderText(tr("The studio's name, e.g. Lao Wang's Mediation Studio"));
    else if (kind == u"on_site"_s || kind == u"remote_video"_s)
        m_ui->roomNameLineEdit->setPlaceholderText(
            tr("e.g. %1").arg(mediation::label(mediation::List::RoomKind, kind)));
    else
        m_ui->roomNameLineEdit->setPlaceholderText(tr("e.g. Mediation room 1, second floor"));
}

bool RosterDialog::applied(const Result<QString>& saved, void (RosterDialog::*reload)(const QString&))
{
    if (!saved) {
        showError(saved.error());
        return false;
    }
    showError(QString());
    m_changed = true;
    (this->*reload)(*saved);
    return true;
}

bool RosterDialog::saveMediator()
{
    Mediator m;
    for (const Mediator& candidate : std::as_const(m_mediators))
        if (candidate.id == m_mediatorId)
            m = candidate;
    m.id = m_mediatorId;
    m.name = m_ui->mediatorNameLineEdit->text();
    m.organization = m_ui->organizationLineEdit->text();
    static const QRegularExpression separators(u"[,，、;；\\s]+"_s);
    m.specialties = m_ui->specialtiesLineEdit->text().split(separators, Qt::SkipEmptyParts);
    m.phone = m_ui->phoneLineEdit->text();
    m.userLogin = m_account->currentData().toString();
    m.invited = m_ui->invitedCheckBox->isChecked();
    m.active = m_ui->mediatorActiveCheckBox->isChecked();
    return applied(RosterService(*m_db).saveMediator(m, m_actor), &RosterDialog::reloadMediators);
}

bool RosterDialog::saveRoom()
{
    MediationRoom r;
    r.id = m_roomId;
    r.kind = m_ui->roomKindComboBox->currentData().toString();
    r.name = m_ui->roomNameLineEdit->text();
    // On site and remote video need no name of their own.
    if (r.name.trimmed().isEmpty() && (r.kind == u"on_site"_s || r.kind == u"remote_video"_s))
        r.name = mediation::label(mediation::List::RoomKind, r.kind);
    r.active = m_ui->roomActiveCheckBox->isChecked();
    return applied(RosterService(*m_db).saveRoom(r, m_actor), &RosterDialog::reloadRooms);
}

bool RosterDialog::toggleMediatorActive()
{
    for (Mediator m : std::as_const(m_mediators)) {
        if (m.id != m_mediatorId || m.id.isEmpty())
            continue;
        m.active = !m.active;
        return applied(RosterService(*m_db).saveMediator(m, m_actor), &RosterDialog::reloadMediators);
    }
    return false;
}

bool RosterDialog::toggleRoomActive()
{
    for (MediationRoom r : std::as_const(m_rooms)) {
        if (r.id != m_roomId || r.id.isEmpty())
            continue;
        r.active = !r.active;
        return applied(RosterService(*m_db).saveRoom(r, m_actor), &RosterDialog::reloadRooms);
    }
    return false;
}

} // namespace ow::ui
