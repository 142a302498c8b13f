// Triage queue: listing the unrouted cases and routing the selected one.
#include "intake/triage_view.h"

#include "domain/vocabulary.h"
#include "storage/case_store.h"
#include "storage/reference_data.h"
#include "widgets/department_picker.h"
#include "workflow/routing.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::ui {

TriageView::TriageView(DatabasePtr db, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(actor)
{
    setObjectName(QStringLiteral("triageView"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("triageTableWidget"));
    m_table->setColumnCount(7);
    // Not yet numbered cases (reported, 已登记) show their one-case code (一案一码) in this column.
    m_table->setHorizontalHeaderLabels({tr("Case no. / one-case code"), tr("Received"), tr("Applicant"), tr("Category"),
                                        tr("Township (subdistrict)"), tr("Summary"), tr("Suggested lead")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    // Below the table, one band of fixed height: lead, reason, the button and its message on the
    // left, the co-handling departments picked from the list on the right. Nothing in it grows with
    // its text, so routing a case never changes the table's size.
    auto* band = new QHBoxLayout;
    auto* form = new QFormLayout;
    m_lead = new QComboBox(this);
    m_lead->setObjectName(QStringLiteral("leadComboBox"));
    const ReferenceData rd = ReferenceData::load(*m_db);
    QList<QPair<QString, QString>> departments;
    for (const NamedCode& d : rd.departments) {
        m_lead->addItem(d.name(), d.code);
        departments << qMakePair(d.code, d.name());
    }
    m_co = new DepartmentPicker(this);
    m_co->setObjectName(QStringLiteral("coDepartmentPicker"));
    m_co->setDepartments(departments);
    m_co->setFixedHeight(150);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("needed when the lead differs from the suggestion"));
    form->addRow(tr("&Lead department"), m_lead);
    form->addRow(tr("Reas&on"), m_reason);
    auto* route = new QPushButton(tr("Route Case"), this);
    route->setObjectName(QStringLiteral("routePushButton"));
    form->addRow(QString(), route);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_message->setFixedHeight(3 * fontMetrics().lineSpacing());
    form->addRow(m_message);
    band->addLayout(form, 3);
    auto* coBox = new QVBoxLayout;
    auto* coLabel = new QLabel(tr("Co-handling &departments (吹哨)"), this);
    coLabel->setBuddy(m_co->filterEdit());
    coBox->addWidget(coLabel);
    coBox->addWidget(m_co);
    band->addLayout(coBox, 2);
    layout->addLayout(band);
    connect(route, &QPushButton::clicked, this, &TriageView::routeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TriageView::showSuggestion);
    refresh();
}

int TriageView::rowCount() const
{
    return m_table->rowCount();
}

void TriageView::refresh()
{
    const ReferenceData rd = ReferenceData::load(*m_db);
    CaseStore store(*m_db);
    RoutingService routing(*m_db);
    const auto rules = routing.rules();
    CaseFilter f;
    f.queue = QStringLiteral("triage");
    const auto rows = store.page(f, std::nullopt, 500);
    // The case being looked at stays chosen when it is still waiting (a new rule changes its suggestion).
    const int current = m_table->currentRow();
    const QString currentId = current >= 0 && m_table->item(current, 0)
                                  ? m_table->item(current, 0)->data(Qt::UserRole).toString()
                                  : QString();
    int keep = 0;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const CaseListRow& r = rows[i];
        const auto full = store.load(r.id);
        const QString suggestion = RoutingService::resolve(rules, r.categoryCode, r.caseType, r.townshipCode).lead;
        const QStringList cells{r.caseNo.isEmpty() ? oneCaseCodeFor(r.id) : r.caseNo,
                                r.receivedOn.toString(Qt::ISODate),
                                r.applicant,
                                rd.categoryName(r.categoryCode),
                                rd.divisionName(r.townshipCode),
                                full ? full->summary : QString(),
                                suggestion.isEmpty() ? tr("(no rule)") : rd.departmentName(suggestion)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            item->setData(Qt::UserRole + 1, suggestion);
            m_table->setItem(i, c, item);
        }
        if (r.id == currentId)
            keep = i;
    }
    m_table->resizeColumnsToContents();
    // The summary takes what is left; long summaries are elided rather than widening the table.
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    // setCurrentCell, not selectRow: on a page not shown, selectRow finds no column and chooses nothing.
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(keep, 0);
    showSuggestion();
}

void TriageView::showSuggestion()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const QString suggestion = m_table->item(row, 0)->data(Qt::UserRole + 1).toString();
    RoutingService routing(*m_db);
    const auto c = CaseStore(*m_db).load(m_table->item(row, 0)->data(Qt::UserRole).toString());
    if (!suggestion.isEmpty()) {
        m_lead->setCurrentIndex(m_lead->findData(suggestion));
        if (c) {
            const ReferenceData rd = ReferenceData::load(*m_db);
            m_co->setCheckedCodes(routing.suggest(*c).co);
        }
    } else {
        m_co->setCheckedCodes({});
    }
    m_reason->clear();
}

void TriageView::routeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0)) {
        m_message->setText(tr("Choose a case in the list first."));
        return;
    }
    QList<RoutingService::Summon> co;
    for (const QString& d : m_co->checkedCodes())
        co << RoutingService::Summon{d, {}};
    const QString caseId = m_table->item(row, 0)->data(Qt::UserRole).toString();
    auto res = RoutingService(*m_db).route(caseId, m_actor, m_lead->currentData().toString(), co, m_reason->text());
    if (!res) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(res.error());
        return;
    }
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(tr("%1 routed to %2.").arg(res->caseNo, m_lead->currentText()));
    emit routed(caseId);
    refresh();
}

} // namespace ow::ui
