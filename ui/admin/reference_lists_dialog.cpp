// Reference lists dialog and its menu action (see reference_lists_dialog.h). Every change goes
// through ReferenceListService, which checks the entries and the actor's role.
#include "admin/reference_lists_dialog.h"

#include "main/main_window.h"
#include "storage/reference_data.h"
#include "ui_reference_lists_dialog.h"
#include "util/limits.h"
#include "widgets/combo_box.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace ow::ui {
namespace {

QString yesNo(bool yes)
{
    return yes ? ReferenceListsDialog::tr("yes") : ReferenceListsDialog::tr("no");
}

QString presenceText(const QString& code)
{
    return code == QLatin1String("on_call") ? ReferenceListsDialog::tr("on call")
                                            : ReferenceListsDialog::tr("resident");
}

} // namespace

ReferenceListsDialog::ReferenceListsDialog(DatabasePtr db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReferenceListsDialog>())
    , m_db(std::move(db))
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_ui->listComboBox->addItem(tr("Dispute categories"), int(ReferenceList::Categories));
    m_ui->listComboBox->addItem(tr("Departments and windows"), int(ReferenceList::Departments));
    m_ui->listComboBox->addItem(tr("Administrative divisions"), int(ReferenceList::Divisions));
    for (const QString& code : {QStringLiteral("resident"), QStringLiteral("on_call")})
        m_ui->presenceComboBox->addItem(presenceText(code), code);
    for (const QString& level : divisionLevels())
        m_ui->levelComboBox->addItem(ReferenceListService::levelLabel(level), level);
    QHeaderView* rows = m_ui->entriesTableWidget->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ReferenceListsDialog::newEntry);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReferenceListsDialog::save);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ReferenceListsDialog::chooseFile);
    connect(m_ui->entriesTableWidget, &QTableWidget::currentCellChanged, this, [this](int row) { showEntry(row); });
    connect(m_ui->listComboBox, &QComboBox::currentIndexChanged, this, [this] { reload(); });

    if (!m_actor.may(permissions::Action::ReferenceData)) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_ui->importButton, m_ui->codeLineEdit, m_ui->nameZhLineEdit,
                                                          m_ui->nameEnLineEdit, m_ui->windowCheckBox,
                                                          m_ui->presenceComboBox, m_ui->levelComboBox,
                                                          m_ui->parentComboBox, m_ui->newButton, m_ui->saveButton})
            w->setEnabled(false);
    }
    reload();
}

ReferenceListsDialog::~ReferenceListsDialog() = default;

ReferenceList ReferenceListsDialog::list() const
{
    return ReferenceList(m_ui->listComboBox->currentData().toInt());
}

void ReferenceListsDialog::setList(ReferenceList list)
{
    m_ui->listComboBox->setCurrentIndex(m_ui->listComboBox->findData(int(list)));
}

void ReferenceListsDialog::reload(const QString& selectCode)
{
    const ReferenceList which = list();
    m_entries = ReferenceListService(*m_db).entries(which);
    const bool departments = which == ReferenceList::Departments;
    const bool divisions = which == ReferenceList::Divisions;
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->windowLabel, m_ui->windowCheckBox, m_ui->presenceLabel,
                                                      m_ui->presenceComboBox})
        w->setVisible(departments);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->levelLabel, m_ui->levelComboBox, m_ui->parentLabel,
                                                      m_ui->parentComboBox})
        w->setVisible(divisions);
    m_ui->nameEnLabel->setVisible(!divisions);
    m_ui->nameEnLineEdit->setVisible(!divisions);

    QStringList headers{tr("Code"), tr("Name")};
    if (departments)
        headers << tr("Window") << tr("Presence") << tr("English Name");
    else if (divisions)
        headers << tr("Level") << tr("Belongs To");
    else
        headers << tr("English Name");
    QTableWidget* table = m_ui->entriesTableWidget;
    QSignalBlocker block(table);
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(m_entries.size()));
    QHash<QString, QString> names;
    for (const ReferenceEntry& e : m_entries)
        names.insert(e.code, e.nameZh);
    int current = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const ReferenceEntry& e = m_entries[row];
        if (e.code == selectCode)
            current = row;
        QStringList cells{e.code, e.nameZh};
        if (departments)
            cells << yesNo(e.isWindow) << presenceText(e.presence) << e.nameEn;
        else if (divisions)
            cells << ReferenceListService::levelLabel(e.level) << names.value(e.parentCode, e.parentCode);
        else
            cells << e.nameEn;
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    for (int col = 0; col + 1 < headers.size(); ++col)
        table->resizeColumnToContents(col);

    if (divisions) {
        QSignalBlocker parents(m_ui->parentComboBox);
        m_ui->parentComboBox->clear();
        m_ui->parentComboBox->addItem(tr("(none: a province)"), QString());
        for (const ReferenceEntry& e : m_entries)
            if (e.level != QLatin1String("grid"))
                m_ui->parentComboBox->addItem(QStringLiteral("%1 %2").arg(e.code, e.nameZh), e.code);
    }
    if (m_entries.isEmpty()) {
        newEntry();
    } else {
        table->setCurrentCell(current, 0);
        showEntry(current);
    }
    if (!m_actor.may(permissions::Action::ReferenceData))
        showMessage(m_ui->messageLabel, tr("Only an administrator may change the reference lists."), false);
}

void ReferenceListsDialog::showEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const ReferenceEntry& e = m_entries[row];
    m_ui->codeLineEdit->setText(e.code);
    m_ui->codeLineEdit->setReadOnly(true); // cases keep the code; a new code is a new entry
    m_ui->nameZhLineEdit->setText(e.nameZh);
    m_ui->nameEnLineEdit->setText(e.nameEn);
    m_ui->windowCheckBox->setChecked(e.isWindow);
    selectData(m_ui->presenceComboBox, e.presence);
    selectData(m_ui->levelComboBox, e.level);
    selectData(m_ui->parentComboBox, e.parentCode);
    if (m_actor.may(permissions::Action::ReferenceData))
        showMessage(m_ui->messageLabel, {}, false);
}

void ReferenceListsDialog::newEntry()
{
    m_ui->entriesTableWidget->clearSelection();
    m_ui->codeLineEdit->setReadOnly(false);
    m_ui->codeLineEdit->clear();
    m_ui->nameZhLineEdit->clear();
    m_ui->nameEnLineEdit->clear();
    m_ui->windowCheckBox->setChecked(false);
    showMessage(m_ui->messageLabel,
                list() == ReferenceList::Divisions
                    ? tr("A division code has 6 digits for a county (GB/T 2260), 9 for a township, 12 for a village.")
                    : tr("A code is lowercase letters, digits and _, e.g. land_contract."),
                false);
    m_ui->codeLineEdit->setFocus();
}

ReferenceEntry ReferenceListsDialog::formEntry() const
{
    ReferenceEntry e;
    e.code = m_ui->codeLineEdit->text().trimmed();
    e.nameZh = m_ui->nameZhLineEdit->text().trimmed();
    e.nameEn = m_ui->nameEnLineEdit->text().trimmed();
    if (list() == ReferenceList::Departments) {
        e.isWindow = m_ui->windowCheckBox->isChecked();
        e.presence = m_ui->presenceComboBox->currentData().toString();
    } else if (list() == ReferenceList::Divisions) {
        e.nameEn.clear();
        e.level = m_ui->levelComboBox->currentData().toString();
        e.parentCode = m_ui->parentComboBox->currentData().toString();
    }
    return e;
}

QString ReferenceListsDialog::savedText(const ReferenceListService::Saved& saved) const
{
    return tr("%1 added, %2 changed, %3 already so.").arg(saved.added).arg(saved.changed).arg(saved.unchanged);
}

void ReferenceListsDialog::save()
{
    const ReferenceEntry entry = formEntry();
    auto saved = ReferenceListService(*m_db).save(list(), {entry}, m_actor.login);
    if (!saved) {
        showMessage(m_ui->messageLabel, saved.error(), true);
        return;
    }
    reload(entry.code);
    showMessage(m_ui->messageLabel, tr("Saved %1 %2: %3").arg(entry.code, entry.nameZh, savedText(*saved)), false);
}

void ReferenceListsDialog::chooseFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import Reference List"), {}, tr("CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ReferenceListsDialog::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(m_ui->messageLabel, tr("Cannot read %1: %2").arg(name, file.errorString()), true);
        return false;
    }
    auto entries = ReferenceListService::parseCsv(list(), file.read(limits::kListFileBytes + 1));
    if (!entries) {
        showMessage(m_ui->messageLabel, tr("%1 was not imported: %2").arg(name, entries.error()), true);
        return false;
    }
    auto saved = ReferenceListService(*m_db).save(list(), *entries, m_actor.login);
    if (!saved) {
        showMessage(m_ui->messageLabel, tr("%1 was not imported, nothing was changed: %2").arg(name, saved.error()),
                    true);
        return false;
    }
    reload(entries->first().code);
    showMessage(m_ui->messageLabel, tr("%1 imported: %2").arg(name, savedText(*saved)), false);
    return true;
}

void installReferenceLists(MainWindow& window)
{
    QAction* action =
        window.addMenuAction(MainWindow::Menu::Admin, ReferenceListsDialog::tr("Reference &Lists…"), [&window] {
            ReferenceListsDialog dialog(window.databasePtr(), window.user(), &window);
            dialog.exec();
            window.reloadSettings(); // names in the list and the filters may have changed
        });
    action->setObjectName(QStringLiteral("referenceListsAction"));
}

} // namespace ow::ui
