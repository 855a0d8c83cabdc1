#include "gui/outbox/batchtableview.h"

#include "gui/outbox/batchlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QScrollBar>
#include <QSet>

#include <algorithm>

namespace ActionDeck {

BatchTableView::BatchTableView(QWidget* parent)
    : QTableView(parent)
    , m_model(new BatchListModel(this)) {
    setObjectName(QStringLiteral("outboxTable"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    sortByColumn(BatchListModel::IdColumn, Qt::AscendingOrder);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
}

void BatchTableView::showBatches(std::vector<BatchInfo> batches) {
    const QList<qint64> selected = selectedIds();
    const QModelIndex currentIndex = this->currentIndex();
    const qint64 current =
        currentIndex.isValid() ? m_model->batchAt(currentIndex.row())->id : qint64(-1);
    const int scroll = verticalScrollBar()->value();
    m_model->setBatches(std::move(batches));
    if (!m_columnsSized && m_model->rowCount() > 0)
        sizeColumns();
    restoreSelection(selected, current);
    verticalScrollBar()->setValue(scroll);
}

QList<qint64> BatchTableView::selectedIds() const {
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const int row : rows)
        ids.append(m_model->batchAt(row)->id);
    return ids;
}

QList<const BatchInfo*> BatchTableView::selectedBatches() const {
    QList<const BatchInfo*> batches;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        batches.append(m_model->batchAt(index.row()));
    return batches;
}

const BatchInfo* BatchTableView::shownBatch() const {
    const QModelIndexList rows = selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex current = currentIndex();
    const bool currentSelected =
        current.isValid() && selectionModel()->isRowSelected(current.row());
    return m_model->batchAt(currentSelected ? current.row() : rows.first().row());
}

void BatchTableView::restoreSelection(const QList<qint64>& ids, qint64 current) {
    const QSet<qint64> wanted(ids.begin(), ids.end());
    QItemSelection selection;
    const int last = m_model->columnCount() - 1;
    int start = -1;
    // Contiguous rows become one range: a selection of thousands of rows stays cheap.
    for (int row = 0; row <= m_model->rowCount(); ++row) {
        const bool selected =
            row < m_model->rowCount() && wanted.contains(m_model->batchAt(row)->id);
        if (selected && start < 0)
            start = row;
        if (!selected && start >= 0) {
            selection.select(m_model->index(start, 0), m_model->index(row - 1, last));
            start = -1;
        }
    }
    QItemSelectionModel* model = selectionModel();
    const int currentRow = m_model->rowOf(current);
    if (currentRow >= 0)
        model->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
}

void BatchTableView::sizeColumns() {
    // Once, from the first rows (Qt samples at most 1,000 of them); after that the user's
    // widths stay. Free text columns are capped so that the reason stays in view.
    m_columnsSized = true;
    resizeColumnsToContents();
    const int cap = fontMetrics().averageCharWidth() * 40;
    setColumnWidth(BatchListModel::EndpointColumn,
                   std::min(columnWidth(BatchListModel::EndpointColumn), cap));
    // The reason is what the page is for: wide even when the first rows have none yet.
    setColumnWidth(BatchListModel::ReasonColumn, cap);
}

void BatchTableView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTableView::changeEvent(event);
}

} // namespace ActionDeck
