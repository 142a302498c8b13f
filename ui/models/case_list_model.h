// The case list: a table model that pages rows in from CaseStore with keyset cursors, so a list of
// a hundred thousand cases opens at once (docs/ARCHITECTURE.md rule 6). Filtering happens in SQL.
#pragma once

#include "storage/case_store.h"
#include "storage/reference_data.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace ow::ui {

class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseNo,
        ReceivedOn,
        Category,
        Applicant,
        Township,
        Department,
        Status,
        DueOn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, // the case UUID, for opening the case
        DeadlineStateRole,             // pending | due_soon | overdue | met | none
    };
    static constexpr int kDefaultPageSize = 200;

    // Loads the first page of all cases at once; reference data names the codes.
    CaseListModel(Database& db, ReferenceData reference, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Replaces the filter and reloads from the first page (the order stays).
    void setFilter(const CaseFilter& filter);
    // Orders the list (clicking 案件编号, 受理日期 or 期限) and reloads from the first page.
    void setOrder(const CaseOrder& order);
    const CaseOrder& order() const { return m_order; }
    // The order a column header sorts by, if it sorts at all.
    static std::optional<CaseOrder::Key> orderKeyOf(int column);
    const CaseFilter& filter() const { return m_filter; }
    // Reloads the current filter (after an import or an edit elsewhere).
    void reload();
    // Reads the center settings again (the due-soon share the list colours by); the next reload()
    // shows them.
    void readSettings();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    // Cases matching the filter, and all cases in the database (counted in SQL on each reload).
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }
    const CaseListRow* rowAt(int row) const;

signals:
    // After a reload: the counts may have changed.
    void countsChanged();

private:
    void loadPage();

    Database& m_db;
    std::optional<CaseStore> m_store; // made again by readSettings(): it holds the due-soon share
    ReferenceData m_reference;
    CaseFilter m_filter;
    CaseOrder m_order;
    QList<CaseListRow> m_rows;
    std::optional<CaseCursor> m_cursor;
    bool m_atEnd = false;
    bool m_announcingReset = false;
    int m_pageSize = kDefaultPageSize;
    qint64 m_matching = 0;
    qint64 m_total = 0;
};

} // namespace ow::ui
