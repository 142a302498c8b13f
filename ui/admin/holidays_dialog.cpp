// Holidays dialog and its menu action (see holidays_dialog.h). The entries of the year shown are
// edited here and saved as a whole through HolidayService, which checks them and the actor's role
// and recomputes the open deadlines the change moves.
#include "admin/holidays_dialog.h"

#include "home/home_view.h"
#include "main/main_window.h"
#include "ui_holidays_dialog.h"
#include "util/clock.h"
#include "util/i18n.h"
#include "util/limits.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <algorithm>

namespace ow::ui {
namespace {

// How many of the deadlines left for a person to check are named in the message.
constexpr int kListedAtMost = 8;

QString kindText(bool workday)
{
    return workday ? HolidaysDialog::tr("Make-up working day") : HolidaysDialog::tr("Day off");
}

void sortByDate(QList<HolidayEntry>& entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const HolidayEntry& a, const HolidayEntry& b) { return a.date < b.date; });
}

} // namespace

HolidaysDialog::HolidaysDialog(DatabasePtr db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HolidaysDialog>())
    , m_db(std::move(db))
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->kindComboBox->addItem(kindText(false), false);
    m_ui->kindComboBox->addItem(kindText(true), true);
    QHeaderView* rows = m_ui->entriesTableWidget->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->entriesTableWidget->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("2027-10-10")) + 24);
    m_ui->entriesTableWidget->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("星期三")) + 24);
    m_ui->entriesTableWidget->setColumnWidth(2, fontMetrics().horizontalAdvance(kindText(true)) + 24);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HolidaysDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &HolidaysDialog::add);
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, &HolidaysDialog::add);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &HolidaysDialog::removeSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &HolidaysDialog::chooseFile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &HolidaysDialog::save);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, [this](int year) {
        if (year == m_year)
            return;
        if (discardChanges()) {
            load(year);
        } else {
            QSignalBlocker block(m_ui->yearSpinBox);
            m_ui->yearSpinBox->setValue(m_year);
        }
    });

    if (!m_actor.may(permissions::Action::ReferenceData)) {
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_ui->importButton, m_ui->dateEdit, m_ui->kindComboBox, m_ui->nameLineEdit,
                                             m_ui->addButton, m_ui->removeButton, m_ui->saveButton})
            w->setEnabled(false);
    }
    // The year the warning names first, else this one.
    const QList<int> missing = HolidayService(*m_db).missingYears(Clock::today());
    setYear(missing.isEmpty() ? Clock::today().year() : missing.first());
}

HolidaysDialog::~HolidaysDialog() = default;

int HolidaysDialog::year() const
{
    return m_year;
}

void HolidaysDialog::setYear(int year)
{
    if (m_ui->yearSpinBox->value() == year)
        load(year);
    else
        m_ui->yearSpinBox->setValue(year); // loads through valueChanged
}

void HolidaysDialog::load(int year)
{
    m_year = year;
    m_entries = HolidayService(*m_db).entries(year);
    m_dirty = false;
    m_ui->dateEdit->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
    m_ui->dateEdit->setDate(QDate(year, 1, 1));
    showEntries();
    if (!m_actor.may(permissions::Action::ReferenceData))
        showMessage(m_ui->messageLabel, tr("Only an administrator may change the holiday calendar."), false);
    else if (m_entries.isEmpty())
        showMessage(m_ui->messageLabel,
                    tr("No entries for %1 yet. Import the schedule from a file (date,kind,name per line, as in "
                       "holidays.csv) or add the days one by one, then save the year.")
                        .arg(year),
                    false);
    else
        showMessage(m_ui->messageLabel, {}, false);
}

void HolidaysDialog::showEntries()
{
    QTableWidget* table = m_ui->entriesTableWidget;
    table->setRowCount(int(m_entries.size()));
    int off = 0, work = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const HolidayEntry& e = m_entries[row];
        ++(e.workday ? work : off);
        const QStringList cells{e.date.toString(Qt::ISODate), i18n::locale().dayName(e.date.dayOfWeek()),
                                kindText(e.workday), e.name};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (e.workday)
                item->setForeground(QColor(0x15, 0x65, 0xc0));
            table->setItem(row, col, item);
        }
    }
    m_ui->summaryLabel->setText(m_entries.isEmpty() ? tr("no entries")
                                                    : tr("%1 day(s) off, %2 make-up working day(s)%3")
                                                          .arg(off)
                                                          .arg(work)
                                                          .arg(m_dirty ? tr(" — not saved") : QString()));
}

void HolidaysDialog::add()
{
    if (!m_actor.may(permissions::Action::ReferenceData))
        return;
    const HolidayEntry entry{m_ui->dateEdit->date(), m_ui->kindComboBox->currentData().toBool(),
                             m_ui->nameLineEdit->text().trimmed()};
    QList<HolidayEntry> candidate = m_entries;
    candidate << entry;
    if (Status s = HolidayService::validate(m_year, candidate); !s) {
        showMessage(m_ui->messageLabel, s.error(), true);
        return;
    }
    sortByDate(candidate);
    m_entries = candidate;
    m_dirty = true;
    showEntries();
    showMessage(m_ui->messageLabel, {}, false);
    const auto row = std::find(m_entries.cbegin(), m_entries.cend(), entry) - m_entries.cbegin();
    m_ui->entriesTableWidget->selectRow(int(row));
    // Ready for the next day of the same holiday.
    m_ui->dateEdit->setDate(entry.date.addDays(1));
    m_ui->dateEdit->setFocus();
}

void HolidaysDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->entriesTableWidget->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty()) {
        showMessage(m_ui->messageLabel, tr("Select the days to remove in the table first."), true);
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_entries.removeAt(row);
    m_dirty = true;
    showEntries();
    showMessage(m_ui->messageLabel, {}, false);
}

void HolidaysDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import Holidays"), {},
                                                     tr("Holiday schedule (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool HolidaysDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(m_ui->messageLabel, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                    true);
        return false;
    }
    auto parsed = HolidayService::parseCsv(file.read(limits::kListFileBytes + 1));
    if (!parsed) {
        showMessage(m_ui->messageLabel, tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), parsed.error()),
                    true);
        return false;
    }
    QList<int> years;
    for (const HolidayEntry& e : *parsed)
        if (!years.contains(e.date.year()))
            years << e.date.year();
    if (years.size() > 1) {
        QStringList names;
        for (int y : years)
            names << QString::number(y);
        showMessage(m_ui->messageLabel,
                    tr("%1 was not imported: it holds entries of several years (%2). Import the schedule of one year "
                       "at a time.")
                        .arg(QFileInfo(path).fileName(), names.join(QStringLiteral(", "))),
                    true);
        return false;
    }
    if (Status s = HolidayService::validate(years.first(), *parsed); !s) {
        showMessage(m_ui->messageLabel, tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), s.error()), true);
        return false;
    }
    if (years.first() != m_year) {
        if (!discardChanges())
            return false;
        QSignalBlocker block(m_ui->yearSpinBox);
        m_ui->yearSpinBox->setValue(years.first());
        load(years.first());
    }
    m_entries = *parsed;
    sortByDate(m_entries);
    m_dirty = true;
    showEntries();
    showMessage(m_ui->messageLabel,
                tr("%1 entries read from %2; not saved yet: check them, then save the year.")
                    .arg(m_entries.size())
                    .arg(QFileInfo(path).fileName()),
                false);
    return true;
}

void HolidaysDialog::save()
{
    auto saved = HolidayService(*m_db).saveYear(m_year, m_entries, m_actor.login);
    if (!saved) {
        showMessage(m_ui->messageLabel, saved.error(), true);
        return;
    }
    m_dirty = false;
    showEntries();
    QString text = tr("%1 saved: %2 day(s) off, %3 make-up working day(s). %n open deadline(s) recomputed.", nullptr,
                      saved->deadlinesMoved)
                       .arg(m_year)
                       .arg(saved->holidays)
                       .arg(saved->workdays);
    if (!saved->leftAsIs.isEmpty()) {
        QStringList listed = saved->leftAsIs.mid(0, kListedAtMost);
        if (saved->leftAsIs.size() > kListedAtMost)
            listed << tr("and %n more", nullptr, int(saved->leftAsIs.size() - kListedAtMost));
        text += QLatin1Char('\n') +
                tr("These deadlines were extended or moved by a suspension, so they were left as they are; check "
                   "them by hand: %1")
                    .arg(listed.join(QStringLiteral("; ")));
    }
    showMessage(m_ui->messageLabel, text, false);
}

bool HolidaysDialog::discardChanges()
{
    if (!m_dirty)
        return true;
    return MessageBox::question(this, tr("Unsaved Changes"),
                                tr("The changes to %1 are not saved. Discard them?").arg(m_year)) == QMessageBox::Yes;
}

void HolidaysDialog::reject()
{
    if (discardChanges())
        QDialog::reject();
}

void installHolidays(MainWindow& window)
{
    QAction* action = window.addMenuAction(MainWindow::Menu::Admin, HolidaysDialog::tr("&Holidays…"), [&window] {
        HolidaysDialog dialog(window.databasePtr(), window.user(), &window);
        dialog.exec();
        // Deadlines may have moved, and the calendar warning may be gone.
        window.refreshCases();
        if (auto* home = window.findChild<HomeView*>())
            home->refresh();
    });
    action->setObjectName(QStringLiteral("holidaysAction"));
}

} // namespace ow::ui
