#pragma once

#include "outbox/outboxtypes.h"

#include <QList>
#include <QTableView>

#include <vector>

namespace ActionDeck {

class BatchListModel;

/// The Outbox page's table of batches, over its own BatchListModel. A refresh keeps the
/// selection, the current row and the scroll position.
class BatchTableView : public QTableView {
    Q_OBJECT

public:
    explicit BatchTableView(QWidget* parent = nullptr);

    const BatchListModel& batchModel() const { return *m_model; }
    /// Replaces the rows, keeping the selected batches selected.
    void showBatches(std::vector<BatchInfo> batches);
    /// Ids of the selected batches, in table order.
    QList<qint64> selectedIds() const;
    /// The selected batches, in the order they were selected.
    QList<const BatchInfo*> selectedBatches() const;
    /// The batch the details show: the current one when it is selected, else the first
    /// selected; null without a selection.
    const BatchInfo* shownBatch() const;
    void restoreSelection(const QList<qint64>& ids, qint64 current);

protected:
    void changeEvent(QEvent* event) override;

private:
    void sizeColumns();

    BatchListModel* m_model;
    bool m_columnsSized = false;
};

} // namespace ActionDeck
