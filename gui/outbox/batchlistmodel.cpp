#include "gui/outbox/batchlistmodel.h"

#include "gui/widgets/actionlabel.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ActionDeck {

namespace {

bool lessThan(const BatchInfo& a, const BatchInfo& b, int column) {
    switch (column) {
    case BatchListModel::StateColumn:
        return int(a.state) < int(b.state);
    case BatchListModel::MessagesColumn:
        return a.messageCount < b.messageCount;
    case BatchListModel::AttemptsColumn:
        return a.attempts < b.attempts;
    case BatchListModel::CreatedColumn:
        return a.createdMs < b.createdMs;
    case BatchListModel::NextAttemptColumn:
        return a.nextAttemptMs < b.nextAttemptMs;
    case BatchListModel::HolderColumn:
        return a.leaseHolder < b.leaseHolder;
    case BatchListModel::LastStatusColumn:
        return a.lastStatus < b.lastStatus;
    case BatchListModel::ReasonColumn:
        return a.lastError.localeAwareCompare(b.lastError) < 0;
    case BatchListModel::EndpointColumn:
        return a.endpoint < b.endpoint;
    case BatchListModel::OriginColumn:
        return a.origin.localeAwareCompare(b.origin) < 0;
    default:
        return a.id < b.id;
    }
}

} // namespace

BatchListModel::BatchListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BatchListModel::setBatches(std::vector<BatchInfo> batches) {
    beginResetModel();
    m_batches = std::move(batches);
    applySort();
    endResetModel();
}

const BatchInfo* BatchListModel::batchAt(int row) const {
    return row >= 0 && std::size_t(row) < m_batches.size() ? &m_batches[std::size_t(row)] : nullptr;
}

int BatchListModel::rowOf(qint64 id) const {
    const auto found = std::find_if(m_batches.begin(), m_batches.end(),
                                    [id](const BatchInfo& batch) { return batch.id == id; });
    return found == m_batches.end() ? -1 : int(found - m_batches.begin());
}

void BatchListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_batches.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString BatchListModel::stateName(BatchState state) {
    switch (state) {
    case BatchState::Pending:
        return tr("Pending");
    case BatchState::Delivered:
        return tr("Delivered");
    case BatchState::Failed:
        return tr("Failed");
    }
    return tr("Pending");
}

QString BatchListModel::timeText(qint64 ms) {
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QString BatchListModel::nextAttemptText(const BatchInfo& batch) {
    // Only a pending batch has a next attempt; the stored value of the others is history.
    if (batch.state != BatchState::Pending)
        return {};
    return batch.nextAttemptMs > 0 ? timeText(batch.nextAttemptMs) : tr("Now");
}

int BatchListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const {
    const BatchInfo* batch = batchAt(index.row());
    if (!batch || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*batch, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return batch->lastError.isEmpty() ? QVariant() : QVariant(batch->lastError);
        if (index.column() == HolderColumn && !batch->leaseHolder.isEmpty())
            return tr("Hub %1 holds this batch's lease: no other hub sends it meanwhile.")
                .arg(batch->leaseHolder);
        if (index.column() == CreatedColumn || index.column() == NextAttemptColumn) {
            const qint64 ms =
                index.column() == CreatedColumn ? batch->createdMs : batch->nextAttemptMs;
            return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                               QLocale::LongFormat)
                          : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case MessagesColumn:
        case AttemptsColumn:
        case LastStatusColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && batch->state == BatchState::Failed)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case IdRole:
        return batch->id;
    case StateRole:
        return int(batch->state);
    default:
        return {};
    }
}

QVariant BatchListModel::display(const BatchInfo& batch, int column) const {
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return QString::number(batch.id);
    case StateColumn:
        return stateName(batch.state);
    case MessagesColumn:
        return locale.toString(batch.messageCount);
    case AttemptsColumn:
        return locale.toString(batch.attempts);
    case CreatedColumn:
        return timeText(batch.createdMs);
    case NextAttemptColumn:
        return nextAttemptText(batch);
    case HolderColumn:
        return batch.leaseHolder;
    case LastStatusColumn:
        return batch.lastStatus > 0 ? QString::number(batch.lastStatus) : QString();
    case ReasonColumn:
        return batch.lastError.simplified();
    case EndpointColumn:
        return batch.endpoint;
    case OriginColumn:
        return ActionLabel::leading(batch.origin);
    default:
        return {};
    }
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Batch");
    case StateColumn:
        return tr("State");
    case MessagesColumn:
        return tr("Messages");
    case AttemptsColumn:
        return tr("Attempts");
    case CreatedColumn:
        return tr("Created");
    case NextAttemptColumn:
        return tr("Next attempt");
    case HolderColumn:
        return tr("Sending hub");
    case LastStatusColumn:
        return tr("Last status");
    case ReasonColumn:
        return tr("Reason");
    case EndpointColumn:
        return tr("Endpoint");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

void BatchListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        ids.push_back(m_batches[std::size_t(index.row())].id);
    applySort();
    QHash<qint64, int> rows;
    rows.reserve(qsizetype(m_batches.size()));
    for (std::size_t row = 0; row < m_batches.size(); ++row)
        rows.insert(m_batches[row].id, int(row));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rows.value(ids[std::size_t(i)]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BatchListModel::applySort() {
    const int column = m_sortColumn;
    // Ties fall back to the id so that the order is the same on every refresh.
    const auto less = [column](const BatchInfo& a, const BatchInfo& b) {
        if (lessThan(a, b, column))
            return true;
        if (lessThan(b, a, column))
            return false;
        return a.id < b.id;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_batches.begin(), m_batches.end(), less);
    else
        std::sort(m_batches.begin(), m_batches.end(),
                  [&less](const BatchInfo& a, const BatchInfo& b) { return less(b, a); });
}

} // namespace ActionDeck
