// The schedule window: two lists (leaders; the month's reception days), their forms, the import and
// the two printouts through the document pages of ui/printing.
#include "mechanisms/reception_schedule_dialog.h"

#include "home/home_view.h"
#include "main/main_window.h"
#include "mechanisms/mechanism_support.h"
#include "printing/document_pages.h"
#include "printing/reception_print.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "widgets/combo_box.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"
#include "widgets/form_keys.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QTableWidget* listTable(const QString& objectName, const QStringList& headings, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headings.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headings);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(24);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QString& id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QPushButton* button(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

} // namespace

// ---- the forms ----------------------------------------------------------------------------------

ScheduleFormDialog::ScheduleFormDialog(DatabasePtr db, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    auto* column = new QVBoxLayout(this);
    m_form = new QFormLayout;
    column->addLayout(m_form);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    column->addWidget(m_messageLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleFormDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { save(); });
    column->addWidget(buttons);
}

void ScheduleFormDialog::addRow(const QString& field, const QString& label, QWidget* widget)
{
    auto* l = new QLabel(label, this);
    l->setBuddy(widget);
    m_form->addRow(l, widget);
    m_fields.insert(field, widget);
    m_messages.insert(field, addFieldMessage(m_form, widget, widget->objectName(), this));
}

void ScheduleFormDialog::finishForm()
{
    installFormKeys(this);
    m_initial = formText();
}

QString ScheduleFormDialog::formText() const
{
    QStringList parts;
    for (const QLineEdit* e : findChildren<QLineEdit*>())
        parts << e->text();
    for (const QComboBox* b : findChildren<QComboBox*>())
        parts << b->currentText();
    for (const QCheckBox* b : findChildren<QCheckBox*>())
        parts << QString::number(b->isChecked());
    return parts.join(QChar(0x1f));
}

QString ScheduleFormDialog::fieldMessage(const QString& field) const
{
    const QLabel* l = m_messages.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

bool ScheduleFormDialog::showProblems(const QList<FieldError>& problems)
{
    for (QLabel* l : std::as_const(m_messages))
        l->hide();
    QStringList elsewhere;
    QWidget* first = nullptr;
    for (const FieldError& p : problems) {
        QLabel* l = m_messages.value(p.field);
        if (!l) {
            elsewhere << p.message;
            continue;
        }
        l->setText(p.message);
        l->show();
        if (!first)
            first = m_fields.value(p.field);
    }
    showMessage(m_messageLabel, elsewhere.join(QLatin1Char('\n')), true);
    if (first)
        first->setFocus();
    return problems.isEmpty();
}

void ScheduleFormDialog::reject()
{
    if (formText() != m_initial &&
        MessageBox::question(this, windowTitle(), tr("What was typed has not been saved. Close and discard it?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

LeaderEditDialog::LeaderEditDialog(DatabasePtr db, const QString& actor, const Leader& leader, QWidget* parent)
    : ScheduleFormDialog(std::move(db), actor, parent)
    , m_leader(leader)
    , m_name(new QLineEdit(leader.name, this))
    , m_position(new QLineEdit(leader.position, this))
    , m_level(new QComboBox(this))
    , m_unit(new QLineEdit(leader.unit, this))
    , m_phone(new QLineEdit(leader.phone, this))
    , m_active(new QCheckBox(tr("Receives visitors and may own cases"), this))
{
    setObjectName(QStringLiteral("leaderEditDialog"));
    setWindowTitle(leader.id.isEmpty() ? tr("New Leader") : tr("Edit Leader"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_position->setObjectName(QStringLiteral("positionLineEdit"));
    m_position->setPlaceholderText(tr("e.g. 县委副书记"));
    m_level->setObjectName(QStringLiteral("levelComboBox"));
    for (const QString& code : mechanisms::leaderLevels())
        m_level->addItem(mechanisms::leaderLevelLabel(code), code);
    selectData(m_level, leader.level);
    m_unit->setObjectName(QStringLiteral("unitLineEdit"));
    m_unit->setPlaceholderText(tr("e.g. 县委, 海流图镇"));
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_active->setChecked(leader.active);
    addRow(QStringLiteral("name"), tr("&Name"), m_name);
    addRow(QStringLiteral("position"), tr("&Position"), m_position);
    addRow(QStringLiteral("level"), tr("&Level"), m_level);
    addRow(QStringLiteral("unit"), tr("&Unit"), m_unit);
    addRow(QStringLiteral("phone"), tr("P&hone"), m_phone);
    addRow(QStringLiteral("active"), tr("Active"), m_active);
    finishForm();
    resize(460, sizeHint().height());
}

void LeaderEditDialog::save()
{
    Leader l = m_leader;
    l.name = m_name->text();
    l.position = m_position->text();
    l.level = m_level->currentData().toString();
    l.unit = m_unit->text();
    l.phone = m_phone->text();
    l.active = m_active->isChecked();
    if (!showProblems(ReceptionService::leaderProblems(l)))
        return;
    auto saved = ReceptionService(*m_db).saveLeader(l, m_actor);
    if (!saved) {
        showMessage(m_messageLabel, saved.error(), true);
        return;
    }
    m_leader = *saved;
    accept();
}

ReceptionDayEditDialog::ReceptionDayEditDialog(DatabasePtr db, const QString& actor, const ReceptionDay& day,
                                               QWidget* parent)
    : ScheduleFormDialog(std::move(db), actor, parent)
    , m_day(day)
    , m_date(new QDateEdit(day.day, this))
    , m_half(new QComboBox(this))
    , m_leader(new QComboBox(this))
    , m_place(new QLineEdit(day.place, this))
    , m_topics(new QLineEdit(day.topics, this))
{
    setObjectName(QStringLiteral("receptionDayEditDialog"));
    setWindowTitle(day.id.isEmpty() ? tr("New Reception") : tr("Edit Reception"));
    m_date->setObjectName(QStringLiteral("dayDateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_half->setObjectName(QStringLiteral("halfComboBox"));
    for (const QString& code : {QStringLiteral("am"), QStringLiteral("pm")})
        m_half->addItem(mechanisms::halfLabel(code), code);
    selectData(m_half, day.half);
    m_leader->setObjectName(QStringLiteral("leaderComboBox"));
    m_leader->addItem(QString(), QString());
    // Active leaders; the day's own leader too when they have left since.
    for (const Leader& l : ReceptionService(*m_db).leaders())
        if (l.active || l.id == day.leaderId)
            m_leader->addItem(QStringLiteral("%1 %2（%3）").arg(l.position, l.name, l.unit), l.id);
    selectData(m_leader, day.leaderId);
    m_place->setObjectName(QStringLiteral("placeLineEdit"));
    m_place->setPlaceholderText(tr("e.g. 县社会治理中心接访室"));
    m_topics->setObjectName(QStringLiteral("topicsLineEdit"));
    m_topics->setPlaceholderText(tr("e.g. 土地征收、劳动保障 (may be empty)"));
    addRow(QStringLiteral("day"), tr("&Date"), m_date);
    addRow(QStringLiteral("half"), tr("&Half-day"), m_half);
    addRow(QStringLiteral("leader"), tr("&Leader"), m_leader);
    addRow(QStringLiteral("place"), tr("&Place"), m_place);
    addRow(QStringLiteral("topics"), tr("&Topics"), m_topics);
    finishForm();
    resize(520, sizeHint().height());
}

void ReceptionDayEditDialog::save()
{
    ReceptionDay d = m_day;
    d.day = m_date->date();
    d.half = m_half->currentData().toString();
    d.leaderId = m_leader->currentData().toString();
    d.place = m_place->text();
    d.topics = m_topics->text();
    if (!showProblems(ReceptionService::dayProblems(d)))
        return;
    auto saved = ReceptionService(*m_db).saveDay(d, m_actor);
    if (!saved) {
        // What the database refuses is about the leader: gone, no longer active, or already
        // receiving in that half-day.
        showProblems({FieldError{QStringLiteral("leader"), saved.error()}});
        return;
    }
    m_day = *saved;
    accept();
}

// ---- the window ---------------------------------------------------------------------------------

ReceptionScheduleDialog::ReceptionScheduleDialog(DatabasePtr db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(actor)
{
    setObjectName(QStringLiteral("receptionScheduleDialog"));
    setWindowTitle(tr("Leaders' Reception Schedule"));
    const bool edits = m_actor.may(permissions::Action::ReceptionSchedule);
    auto* column = new QVBoxLayout(this);

    auto* leaders = new QGroupBox(tr("Leaders"), this);
    auto* leaderColumn = new QVBoxLayout(leaders);
    m_leaderTable = listTable(QStringLiteral("leadersTableWidget"),
                              {tr("Name"), tr("Position"), tr("Level"), tr("Unit"), tr("Phone"), tr("Active")}, this);
    leaderColumn->addWidget(m_leaderTable);
    auto* leaderButtons = new QHBoxLayout;
    auto* addLeaderButton = button(QStringLiteral("addLeaderPushButton"), tr("Add Leader…"), this);
    auto* editLeaderButton = button(QStringLiteral("editLeaderPushButton"), tr("Edit Leader…"), this);
    leaderButtons->addWidget(addLeaderButton);
    leaderButtons->addWidget(editLeaderButton);
    leaderButtons->addStretch();
    leaderColumn->addLayout(leaderButtons);
    column->addWidget(leaders, 2);

    auto* days = new QGroupBox(tr("Reception days"), this);
    auto* dayColumn = new QVBoxLayout(days);
    auto* monthRow = new QHBoxLayout;
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthDateEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    auto* monthLabel = new QLabel(tr("&Month"), this);
    monthLabel->setBuddy(m_month);
    monthRow->addWidget(monthLabel);
    monthRow->addWidget(m_month);
    monthRow->addStretch();
    auto* importButton = button(QStringLiteral("importPushButton"), tr("Import Schedule…"), this);
    monthRow->addWidget(importButton);
    dayColumn->addLayout(monthRow);
    m_dayTable = listTable(
        QStringLiteral("daysTableWidget"),
        {tr("Date"), tr("Half-day"), tr("Leader"), tr("Position"), tr("Place"), tr("Cases received"), tr("Topics")},
        this);
    dayColumn->addWidget(m_dayTable);
    auto* dayButtons = new QHBoxLayout;
    auto* addDayButton = button(QStringLiteral("addDayPushButton"), tr("Add Reception…"), this);
    auto* editDayButton = button(QStringLiteral("editDayPushButton"), tr("Edit Reception…"), this);
    auto* removeDayButton = button(QStringLiteral("removeDayPushButton"), tr("Remove Reception"), this);
    auto* recordButton = button(QStringLiteral("recordPushButton"), tr("Reception Record (PDF)…"), this);
    for (QPushButton* b : {addDayButton, editDayButton, removeDayButton})
        dayButtons->addWidget(b);
    dayButtons->addStretch();
    dayButtons->addWidget(recordButton);
    dayColumn->addLayout(dayButtons);
    column->addWidget(days, 3);

    auto* bottom = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItem(tr("the month"), QStringLiteral("month"));
    m_period->addItem(tr("the quarter"), QStringLiteral("quarter"));
    auto* periodLabel = new QLabel(tr("Public notice of"), this);
    periodLabel->setBuddy(m_period);
    auto* noticeButton = button(QStringLiteral("noticePushButton"), tr("Notice (PDF)…"), this);
    auto* closeButton = button(QStringLiteral("closePushButton"), tr("Close"), this);
    bottom->addWidget(periodLabel);
    bottom->addWidget(m_period);
    bottom->addWidget(noticeButton);
    bottom->addStretch();
    bottom->addWidget(closeButton);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_messageLabel);
    column->addLayout(bottom);

    // Who may not keep the schedule looks at it and prints.
    for (QPushButton* b :
         {addLeaderButton, editLeaderButton, importButton, addDayButton, editDayButton, removeDayButton})
        b->setVisible(edits);
    connect(addLeaderButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::addLeader);
    connect(editLeaderButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::editLeader);
    connect(addDayButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::addDay);
    connect(editDayButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::editDay);
    connect(removeDayButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::removeDay);
    connect(importButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::importSchedule);
    connect(noticeButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::exportNotice);
    connect(recordButton, &QPushButton::clicked, this, &ReceptionScheduleDialog::exportRecord);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);
    if (edits) {
        connect(m_leaderTable, &QTableWidget::itemDoubleClicked, this, &ReceptionScheduleDialog::editLeader);
        connect(m_dayTable, &QTableWidget::itemDoubleClicked, this, &ReceptionScheduleDialog::editDay);
    }
    connect(m_month, &QDateEdit::dateChanged, this, &ReceptionScheduleDialog::reloadDays);

    reloadLeaders();
    setMonth(Clock::today());
    resize(980, 680);
}

void ReceptionScheduleDialog::setMonth(const QDate& anyDayOfIt)
{
    const QDate first(anyDayOfIt.year(), anyDayOfIt.month(), 1);
    if (m_month->date() == first)
        reloadDays();
    else
        m_month->setDate(first);
}

void ReceptionScheduleDialog::reloadLeaders()
{
    m_leaders = ReceptionService(*m_db).leaders();
    m_leaderTable->setRowCount(int(m_leaders.size()));
    for (int r = 0; r < m_leaders.size(); ++r) {
        const Leader& l = m_leaders.at(r);
        setRow(m_leaderTable, r,
               {l.name, l.position, mechanisms::leaderLevelLabel(l.level), l.unit, l.phone,
                l.active ? tr("yes") : tr("no")},
               l.id);
    }
    m_leaderTable->resizeColumnsToContents();
}

void ReceptionScheduleDialog::reloadDays()
{
    const QDate first = m_month->date();
    m_days = ReceptionService(*m_db).days(first, first.addMonths(1).addDays(-1));
    m_dayTable->setRowCount(int(m_days.size()));
    for (int r = 0; r < m_days.size(); ++r) {
        const ReceptionDay& d = m_days.at(r);
        setRow(m_dayTable, r,
               {d.day.toString(Qt::ISODate), mechanisms::halfLabel(d.half), d.leaderName, d.leaderPosition, d.place,
                QString::number(d.cases), d.topics},
               d.id);
    }
    m_dayTable->resizeColumnsToContents();
}

QString ReceptionScheduleDialog::selectedDayId() const
{
    const QTableWidgetItem* item = m_dayTable->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void ReceptionScheduleDialog::connectForm(ScheduleFormDialog* form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this] {
        reloadLeaders();
        reloadDays();
        showMessage(m_messageLabel, tr("Saved."), false);
        emit scheduleChanged();
    });
    form->open();
}

LeaderEditDialog* ReceptionScheduleDialog::addLeader()
{
    Leader l;
    l.level = QStringLiteral("county");
    auto* form = new LeaderEditDialog(m_db, m_actor.login, l, this);
    connectForm(form);
    return form;
}

LeaderEditDialog* ReceptionScheduleDialog::editLeader()
{
    const QTableWidgetItem* item = m_leaderTable->currentItem();
    for (const Leader& l : std::as_const(m_leaders))
        if (item && l.id == item->data(Qt::UserRole).toString()) {
            auto* form = new LeaderEditDialog(m_db, m_actor.login, l, this);
            connectForm(form);
            return form;
        }
    showMessage(m_messageLabel, tr("Select a leader in the list first."), true);
    return nullptr;
}

ReceptionDayEditDialog* ReceptionScheduleDialog::addDay()
{
    ReceptionDay d;
    const QDate first = m_month->date();
    d.day = first.year() == Clock::today().year() && first.month() == Clock::today().month() ? Clock::today() : first;
    d.half = QStringLiteral("am");
    // Most receptions are in the same room: the last one's place is the likely one.
    if (!m_days.isEmpty())
        d.place = m_days.last().place;
    auto* form = new ReceptionDayEditDialog(m_db, m_actor.login, d, this);
    connectForm(form);
    return form;
}

ReceptionDayEditDialog* ReceptionScheduleDialog::editDay()
{
    const QString id = selectedDayId();
    for (const ReceptionDay& d : std::as_const(m_days))
        if (!id.isEmpty() && d.id == id) {
            auto* form = new ReceptionDayEditDialog(m_db, m_actor.login, d, this);
            connectForm(form);
            return form;
        }
    showMessage(m_messageLabel, tr("Select a reception in the list first."), true);
    return nullptr;
}

void ReceptionScheduleDialog::removeDay()
{
    const QString id = selectedDayId();
    if (id.isEmpty()) {
        showMessage(m_messageLabel, tr("Select a reception in the list first."), true);
        return;
    }
    if (MessageBox::question(this, tr("Remove Reception"), tr("Remove the selected reception from the schedule?")) !=
        QMessageBox::Yes)
        return;
    ReceptionDay listed; // as the list read it: another desk's change since is not removed unseen
    for (const ReceptionDay& d : std::as_const(m_days))
        if (d.id == id)
            listed = d;
    if (Status s = ReceptionService(*m_db).removeDay(listed, m_actor.login); !s) {
        showMessage(m_messageLabel, s.error(), true);
        return;
    }
    reloadDays();
    showMessage(m_messageLabel, tr("The reception was removed."), false);
    emit scheduleChanged();
}

void ReceptionScheduleDialog::importSchedule()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import Schedule"), QDir::homePath(),
                                                     tr("Schedule files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto done = ReceptionService(*m_db).importScheduleFile(path, m_actor.login);
    if (!done) {
        showMessage(m_messageLabel, done.error(), true);
        return;
    }
    reloadLeaders();
    reloadDays();
    showMessage(m_messageLabel,
                tr("Imported: %1 new leader(s), %2 new reception(s), %3 changed.")
                    .arg(done->leadersAdded)
                    .arg(done->daysAdded)
                    .arg(done->daysUpdated),
                false);
    emit scheduleChanged();
}

QString ReceptionScheduleDialog::savePdfName(const QString& caption, const QString& suggested)
{
    QString path =
        FileDialog::getSaveFileName(this, caption, QDir::home().filePath(suggested), tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

void ReceptionScheduleDialog::exportNotice()
{
    QDate from = m_month->date();
    QDate to = from.addMonths(1).addDays(-1);
    QString name = from.toString(QStringLiteral("yyyy-MM"));
    if (m_period->currentData().toString() == QLatin1String("quarter")) {
        const int quarter = (from.month() - 1) / 3;
        from = QDate(from.year(), quarter * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        name = QStringLiteral("%1-Q%2").arg(from.year()).arg(quarter + 1);
    }
    const QString path = savePdfName(tr("Public Notice of the Schedule"), tr("reception-notice-%1.pdf").arg(name));
    if (path.isEmpty())
        return;
    const QString html = ReceptionService(*m_db).noticeHtml(from, to, ReferenceData::load(*m_db).siteName);
    if (Status s = writeHtmlPdf(html, path); !s) {
        showMessage(m_messageLabel, s.error(), true);
        return;
    }
    showMessage(m_messageLabel, tr("The notice was written to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void ReceptionScheduleDialog::exportRecord()
{
    const QString id = selectedDayId();
    if (id.isEmpty()) {
        showMessage(m_messageLabel, tr("Select a reception in the list first."), true);
        return;
    }
    const ReceptionRecord record = ReceptionService(*m_db).record(id);
    const QString path =
        savePdfName(tr("Reception Record"),
                    tr("reception-record-%1-%2.pdf").arg(record.day.day.toString(Qt::ISODate), record.day.half));
    if (path.isEmpty())
        return;
    if (Status s = writeHtmlPdf(receptionRecordHtml(record, ReferenceData::load(*m_db).siteName), path); !s) {
        showMessage(m_messageLabel, s.error(), true);
        return;
    }
    showMessage(m_messageLabel, tr("The reception record was written to %1.").arg(QDir::toNativeSeparators(path)),
                false);
}

void installReceptionSchedule(MainWindow& window)
{
    QAction* action = window.addMenuAction(
        MainWindow::Menu::Admin, ReceptionScheduleDialog::tr("Leaders' Reception &Schedule…"), [&window] {
            ReceptionScheduleDialog dialog(window.databasePtr(), window.user(), &window);
            dialog.exec();
            // The home view names today's leader on duty.
            if (auto* home = window.findChild<HomeView*>())
                home->refresh();
        });
    action->setObjectName(QStringLiteral("receptionScheduleAction"));
    // RecordReception's roles include ReceptionSchedule's: those who look and those who edit.
    window.requirePermission(action, permissions::Action::RecordReception);
}

} // namespace ow::ui
