#pragma once

#include "outbox/outboxtypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace ActionDeck {

/// Outbox batches as table rows: one row per batch, times in the UI's locale and local time,
/// the full reason in the tooltip. Sorting happens here, on the raw values, so that a refresh
/// keeps the order the user chose.
class BatchListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StateColumn,
        MessagesColumn,
        AttemptsColumn,
        CreatedColumn,
        NextAttemptColumn,
        HolderColumn, ///< the hub whose lease it is, shown for a shared outbox
        LastStatusColumn,
        ReasonColumn,
        EndpointColumn,
        OriginColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the batch id (qint64)
        StateRole,                 ///< the BatchState as an int
    };

    explicit BatchListModel(QObject* parent = nullptr);

    /// Replaces the rows (a model reset), keeping the current sort order.
    void setBatches(std::vector<BatchInfo> batches);
    const std::vector<BatchInfo>& batches() const { return m_batches; }
    /// The batch at `row`, or null.
    const BatchInfo* batchAt(int row) const;
    /// The row of the batch with `id`, or -1.
    int rowOf(qint64 id) const;

    /// Re-reads texts after a language or locale change.
    void retranslate();

    static QString stateName(BatchState state);
    /// A time for people: the locale's short date and time in local time; empty for 0.
    static QString timeText(qint64 ms);
    /// When a pending batch is sent next; empty for the others.
    static QString nextAttemptText(const BatchInfo& batch);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant display(const BatchInfo& batch, int column) const;
    void applySort();

    std::vector<BatchInfo> m_batches;
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ActionDeck
