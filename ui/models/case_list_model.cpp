// Case list model: pages of CaseStore rows, labels from the vocabulary and the reference data,
// and deadline states shown by colour and by text.
#include "models/case_list_model.h"

#include "domain/vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ow::ui {

CaseListModel::CaseListModel(Database& db, ReferenceData reference, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_store(std::in_place, db)
    , m_reference(std::move(reference))
{
    reload();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CaseListRow* CaseListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseListRow& r = m_rows[index.row()];
    const bool overdue = r.deadlineState == QLatin1String("overdue");
    const bool dueSoon = r.deadlineState == QLatin1String("due_soon");

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseNo:
            return r.caseNo;
        case ReceivedOn:
            return r.receivedOn.toString(Qt::ISODate);
        case Category:
            return m_reference.categoryName(r.categoryCode);
        case Applicant:
            return r.applicant;
        case Township:
            return r.townshipCode.isEmpty() ? QString() : m_reference.divisionName(r.townshipCode);
        case Department:
            return r.leadDepartmentCode.isEmpty() ? tr("Unassigned") : m_reference.departmentName(r.leadDepartmentCode);
        case Status:
            return vocab::label(vocab::List::Status, r.status);
        case DueOn: {
            if (!r.dueOn.isValid())
                return QString();
            // The state is written out too, so it does not rely on colour alone.
            const QString date = r.dueOn.toString(Qt::ISODate);
            if (overdue)
                return tr("%1 (overdue)").arg(date);
            if (dueSoon)
                return tr("%1 (due soon)").arg(date);
            return date;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DueOn && overdue)
            return tr("Past its deadline and not yet closed");
        if (index.column() == DueOn && dueSoon)
            return tr("Most of the time allowed has passed");
        if (index.column() == Applicant || index.column() == CaseNo)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xa8, 0x00, 0x00));
        if (dueSoon)
            return QBrush(QColor(0x7a, 0x4b, 0x00));
        return {};
    case Qt::BackgroundRole:
        if (index.column() != DueOn && index.column() != Status)
            return {};
        if (overdue)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (dueSoon)
            return QBrush(QColor(0xff, 0xf0, 0xc8));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ReceivedOn || index.column() == DueOn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    case CaseIdRole:
        return r.id;
    case DeadlineStateRole:
        return r.deadlineState;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNo:
        return tr("Case number");
    case ReceivedOn:
        return tr("Received");
    case Category:
        return tr("Category");
    case Applicant:
        return tr("Applicant");
    case Township:
        return tr("Township");
    case Department:
        return tr("Department");
    case Status:
        return tr("Status");
    case DueOn:
        return tr("Due");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while a reset is being announced: the first page is already in, and a listener that
    // fetched from its modelReset slot would insert rows inside the reset notification.
    return !parent.isValid() && !m_atEnd && !m_announcingReset;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    loadPage();
}

void CaseListModel::loadPage()
{
    QList<CaseListRow> page = m_store->page(m_filter, m_cursor, m_pageSize);
    if (page.size() < m_pageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    m_cursor = CaseStore::cursorAfter(page.last(), m_filter);
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
}

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    m_filter.order = m_order; // the order is the view's, not the filter bar's
    reload();
}

void CaseListModel::setOrder(const CaseOrder& order)
{
    m_order = order;
    m_filter.order = order;
    reload();
}

std::optional<CaseOrder::Key> CaseListModel::orderKeyOf(int column)
{
    switch (column) {
    case CaseNo:
        return CaseOrder::CaseNo;
    case ReceivedOn:
        return CaseOrder::Received;
    case DueOn:
        return CaseOrder::Due;
    default:
        return std::nullopt;
    }
}

void CaseListModel::readSettings()
{
    m_store.emplace(m_db);
    m_reference = ReferenceData::load(m_db); // names of categories, townships, departments
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_atEnd = false;
    // The first page is read inside the reset so a view shows rows in the same paint.
    QList<CaseListRow> page = m_store->page(m_filter, std::nullopt, m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    if (!page.isEmpty())
        m_cursor = CaseStore::cursorAfter(page.last(), m_filter);
    m_rows = std::move(page);
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
    m_matching = m_store->count(m_filter);
    CaseFilter all;
    all.today = m_filter.today;
    const bool unfiltered = m_filter.status.isEmpty() && m_filter.category.isEmpty() && m_filter.township.isEmpty() &&
                            m_filter.department.isEmpty() && m_filter.site.isEmpty() && !m_filter.overdueOnly &&
                            m_filter.search.trimmed().isEmpty();
    m_total = unfiltered ? m_matching : m_store->count(all);
    emit countsChanged();
}

} // namespace ow::ui
