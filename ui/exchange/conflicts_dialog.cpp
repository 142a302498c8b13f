// The consolidation conflicts window: list, both versions of the selected record, keep ours / take theirs.
#include "exchange/conflicts_dialog.h"

#include "widgets/dialogs.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return ConflictsDialog::tr("(empty)");
    return v.toVariant().toString();
}

// Names a clerk knows for the tables and columns a conflict most often concerns; others stay as in
// the schema (docs/package-format.md lists them).
QString tableLabel(const QString& table)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("ConflictsDialog", "case")},
        {QStringLiteral("parties"), QT_TRANSLATE_NOOP("ConflictsDialog", "party")},
        {QStringLiteral("case_events"), QT_TRANSLATE_NOOP("ConflictsDialog", "timeline entry")},
        {QStringLiteral("milestones"), QT_TRANSLATE_NOOP("ConflictsDialog", "deadline")},
        {QStringLiteral("case_departments"), QT_TRANSLATE_NOOP("ConflictsDialog", "department assignment")},
        {QStringLiteral("mediation_sessions"), QT_TRANSLATE_NOOP("ConflictsDialog", "mediation session")},
        {QStringLiteral("agreements"), QT_TRANSLATE_NOOP("ConflictsDialog", "agreement")},
        {QStringLiteral("followups"), QT_TRANSLATE_NOOP("ConflictsDialog", "follow-up visit")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("ConflictsDialog", "attachment")},
    };
    const char* label = labels.value(table);
    return label ? QCoreApplication::translate("ConflictsDialog", label) : table;
}

QString columnLabel(const QString& column)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("ConflictsDialog", "summary")},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("ConflictsDialog", "request")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictsDialog", "status")},
        {QStringLiteral("supervised"), QT_TRANSLATE_NOOP("ConflictsDialog", "supervised")},
        {QStringLiteral("supervision_note"), QT_TRANSLATE_NOOP("ConflictsDialog", "supervision note")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("ConflictsDialog", "outcome")},
        {QStringLiteral("ended_on"), QT_TRANSLATE_NOOP("ConflictsDialog", "ended on")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("ConflictsDialog", "due on")},
        {QStringLiteral("lead_department_code"), QT_TRANSLATE_NOOP("ConflictsDialog", "lead department")},
        {QStringLiteral("category_code"), QT_TRANSLATE_NOOP("ConflictsDialog", "category")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictsDialog", "name")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("ConflictsDialog", "ID number")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ConflictsDialog", "phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ConflictsDialog", "address")},
        {QStringLiteral("satisfaction"), QT_TRANSLATE_NOOP("ConflictsDialog", "satisfaction")},
    };
    const char* label = labels.value(column);
    return label ? QCoreApplication::translate("ConflictsDialog", label) + QStringLiteral(" (") + column +
                       QLatin1Char(')')
                 : column;
}

} // namespace

ConflictsDialog::ConflictsDialog(DatabasePtr db, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Consolidation Conflicts"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QTableWidget(0, 6, this);
    m_list->setObjectName(QStringLiteral("conflictsTableWidget"));
    m_list->setHorizontalHeaderLabels(
        {tr("Case / record"), tr("Kind of record"), tr("From township"), tr("Ours"), tr("Theirs"), tr("Status")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(lower);
    m_detail->setWordWrap(true);
    lowerLayout->addWidget(m_detail);
    m_fields = new QTableWidget(0, 3, lower);
    m_fields->setObjectName(QStringLiteral("fieldsTableWidget"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This center's version"), tr("Township's version")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    lowerLayout->addWidget(m_fields);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);

    m_showResolved = new QCheckBox(tr("Show resolved conflicts too"), this);
    layout->addWidget(m_showResolved);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keepOurs = buttons->addButton(tr("Keep This Center's Version"), QDialogButtonBox::ActionRole);
    m_keepOurs->setObjectName(QStringLiteral("keepOursPushButton"));
    m_takeTheirs = buttons->addButton(tr("Take the Township's Version"), QDialogButtonBox::ActionRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsPushButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepOurs, &QPushButton::clicked, this, [this] { resolveSelected(ConflictService::Keep::Ours); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(ConflictService::Keep::Theirs); });
    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictsDialog::reload);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::showSelected);
    resize(900, 620);
    reload();
}

void ConflictsDialog::reload()
{
    auto list = ConflictService(*m_db).list(m_showResolved->isChecked());
    m_conflicts = list ? *list : QList<ConflictRecord>();
    int open = 0;
    m_list->setRowCount(0);
    for (const ConflictRecord& c : m_conflicts) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        open += c.open() ? 1 : 0;
        m_list->setItem(row, 0, cell(c.caseNo.isEmpty() ? c.rowId : c.caseNo));
        m_list->setItem(row, 1, cell(tableLabel(c.table)));
        m_list->setItem(row, 2, cell(c.sourceSiteName.isEmpty() ? c.sourceSite : c.sourceSiteName));
        m_list->setItem(row, 3, cell(tr("v%1, %2").arg(c.localVersion).arg(c.localUpdatedAt.left(10))));
        m_list->setItem(row, 4, cell(tr("v%1, %2").arg(c.incomingVersion).arg(c.incomingUpdatedAt.left(10))));
        m_list->setItem(row, 5,
                        cell(c.open() ? tr("open")
                             : c.resolution == QLatin1String("kept_local")
                                 ? tr("kept ours (%1, %2)").arg(c.resolvedBy, c.resolvedAt.left(10))
                                 : tr("took theirs (%1, %2)").arg(c.resolvedBy, c.resolvedAt.left(10))));
    }
    m_summary->setText(
        list ? (open == 0 ? tr("No open conflicts: every record merged from the townships agrees with this center's.")
                          : tr("%n record(s) were changed both here and at a township since the last exchange. This "
                               "center's version is in use; choose for each which version to keep.",
                               nullptr, open))
             : list.error());
    if (!m_conflicts.isEmpty())
        selectRow(0);
    showSelected();
}

void ConflictsDialog::selectRow(int row)
{
    m_list->selectRow(row);
}

void ConflictsDialog::showSelected()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_conflicts.size() && !m_list->selectedItems().isEmpty();
    m_fields->setRowCount(0);
    m_keepOurs->setEnabled(valid && m_conflicts[row].open());
    m_takeTheirs->setEnabled(valid && m_conflicts[row].open());
    if (!valid) {
        m_detail->clear();
        return;
    }
    const ConflictRecord& c = m_conflicts[row];
    m_detail->setText(tr("%1 (%2), from %3 (package %4, found %5). Fields that differ:")
                          .arg(c.caseNo.isEmpty() ? c.rowId : c.caseNo, tableLabel(c.table),
                               c.sourceSiteName.isEmpty() ? c.sourceSite : c.sourceSiteName, c.importFile,
                               c.detectedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
    for (const QString& col : c.differingColumns()) {
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        m_fields->setItem(r, 0, cell(columnLabel(col)));
        m_fields->setItem(r, 1, cell(shown(c.localRow.value(col))));
        m_fields->setItem(r, 2, cell(shown(c.incomingRow.value(col))));
    }
}

bool ConflictsDialog::resolveSelected(ConflictService::Keep keep)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size() || !m_conflicts[row].open())
        return false;
    const ConflictRecord& c = m_conflicts[row];
    const QString what = c.caseNo.isEmpty() ? c.rowId : c.caseNo;
    const QString question =
        keep == ConflictService::Keep::Ours
            ? tr("Keep this center's version of %1? The township's version is set aside (it stays in the conflict "
                 "record).")
                  .arg(what)
            : tr("Replace this center's version of %1 with the township's? This center's version stays in the "
                 "conflict record.")
                  .arg(what);
    if (MessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    auto done = ConflictService(*m_db).resolve(c.id, keep, m_actor);
    if (!done) {
        MessageBox::warning(this, windowTitle(), done.error());
        return false;
    }
    emit resolved();
    reload();
    return true;
}

} // namespace ow::ui
