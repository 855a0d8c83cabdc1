#include "gui/live/livemessagemodel.h"

#include "gui/widgets/actionlabel.h"

#include <QDateTime>
#include <QLocale>

namespace ActionDeck {

namespace {

// A batch keeps at most this many attempts for the details pane; a batch retried for hours
// would otherwise grow without bound.
constexpr int kMaxAttemptsKept = 50;

} // namespace

LiveMessageModel::LiveMessageModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &LiveMessageModel::flush);
}

int LiveMessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveMessageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const LiveMessageFields& LiveMessageModel::fields(int row) const {
    const Row& r = m_rows[std::size_t(row)];
    if (!r.fields)
        r.fields = LiveMessageFields::fromJson(r.message.json);
    return *r.fields;
}

LiveMessageModel::RowState LiveMessageModel::state(int row) const {
    const LiveMessage& message = m_rows[std::size_t(row)].message;
    if (message.rejected)
        return RowState::Failed;
    const auto it = m_batches.constFind(message.batchId);
    return it == m_batches.constEnd() ? RowState::Stored : it->state;
}

QList<DeliveryAttempt> LiveMessageModel::attempts(qint64 batchId) const {
    return m_batches.value(batchId).attempts;
}

QString LiveMessageModel::stateName(RowState state) {
    switch (state) {
    case RowState::Stored:
        return tr("pending");
    case RowState::Retrying:
        return tr("retrying");
    case RowState::Delivered:
        return tr("delivered");
    case RowState::Failed:
        return tr("failed");
    }
    return {};
}

QVariant LiveMessageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const LiveMessage& message = m_rows[std::size_t(row)].message;
    switch (role) {
    case TypeRole:
        return fields(row).type;
    case StateRole:
        return int(state(row));
    case JsonRole:
        return message.json;
    case BatchIdRole:
        return message.batchId;
    case SearchTextRole: {
        const LiveMessageFields& f = fields(row);
        return QStringList{message.region, message.action, ActionLabel::of(message.action),
                           message.source, f.userId,       f.anonymousId,
                           f.event,        f.messageId}
            .join(u'\n');
    }
    case Qt::ToolTipRole:
        if (index.column() == User)
            return fields(row).anonymousId.isEmpty()
                       ? QVariant()
                       : tr("anonymousId: %1").arg(fields(row).anonymousId);
        if (index.column() == Action)
            return tr("Looker action %1").arg(message.action);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(message.storedMs).time(),
                                  QStringLiteral("HH:mm:ss.zzz"));
    case Region:
        return message.region;
    case Action:
        return ActionLabel::of(message.action);
    case Type:
        return fields(row).type;
    case User: {
        const LiveMessageFields& f = fields(row);
        return f.userId.isEmpty() ? f.anonymousId : f.userId;
    }
    case Event:
        return fields(row).event;
    case Source:
        // Without a destination source the messages go to the data plane of the form: its host
        // alone would read like Looker's address.
        return m_sourceNames.isEmpty() || m_sourceNames.contains(message.source)
                   ? message.source
                   : tr("data plane %1").arg(message.source);
    case State:
        return stateName(state(row));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LiveMessageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Region:
        return tr("Region");
    case Action:
        return tr("Action");
    case Type:
        return tr("Type");
    case User:
        return tr("userId / anonymousId");
    case Event:
        return tr("Event");
    case Source:
        return tr("Source");
    case State:
        return tr("Delivery");
    case ColumnCount:
        break;
    }
    return {};
}

void LiveMessageModel::setCapacity(int rows) {
    m_capacity = std::max(1, rows);
    while (m_pending.size() > std::size_t(m_capacity))
        m_pending.pop_front();
    if (m_rows.size() > std::size_t(m_capacity)) {
        const int remove = int(m_rows.size()) - m_capacity;
        beginRemoveRows({}, 0, remove - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + remove);
        endRemoveRows();
        emit updated();
    }
}

void LiveMessageModel::setPaused(bool paused) {
    m_paused = paused;
    if (!paused)
        scheduleFlush();
}

void LiveMessageModel::setSourceNames(const QStringList& names) {
    if (names == m_sourceNames)
        return;
    m_sourceNames = names;
    if (!m_rows.empty())
        emit dataChanged(index(0, Source), index(rowCount() - 1, Source));
}

void LiveMessageModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_batches.clear();
    m_totalSeen = 0;
    endResetModel();
    emit updated();
}

void LiveMessageModel::addMessages(const QList<LiveMessage>& messages) {
    m_totalSeen += messages.size();
    // Only the newest capacity() messages can ever be shown: older ones of a large chunk are
    // not even copied.
    const qsizetype skip = std::max<qsizetype>(0, messages.size() - m_capacity);
    for (qsizetype i = skip; i < messages.size(); ++i)
        m_pending.push_back(messages[i]);
    while (m_pending.size() > std::size_t(m_capacity))
        m_pending.pop_front();
    scheduleFlush();
}

void LiveMessageModel::recordAttempt(qint64 batchId, int status, bool delivered, bool willRetry) {
    BatchProgress& batch = m_batches[batchId];
    batch.attempts.append({QDateTime::currentMSecsSinceEpoch(), status, delivered, willRetry});
    if (batch.attempts.size() > kMaxAttemptsKept)
        batch.attempts.removeFirst();
    batch.state = delivered   ? RowState::Delivered
                  : willRetry ? RowState::Retrying
                              : RowState::Failed;
    m_statesChanged = true;
    scheduleFlush();
}

void LiveMessageModel::recordStateChanges(const QList<BatchStateChange>& changes) {
    for (const BatchStateChange& change : changes) {
        // Appends report their new batches too: only batches already known (or shown) matter.
        auto it = m_batches.find(change.id);
        if (it == m_batches.end()) {
            if (change.state == BatchState::Pending)
                continue;
            it = m_batches.insert(change.id, {});
        }
        it->state = change.state == BatchState::Delivered ? RowState::Delivered
                    : change.state == BatchState::Failed  ? RowState::Failed
                    : change.attempts > 0                 ? RowState::Retrying
                                                          : RowState::Stored;
        m_statesChanged = true;
    }
    if (m_statesChanged)
        scheduleFlush();
}

void LiveMessageModel::scheduleFlush() {
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LiveMessageModel::flush() {
    bool changed = false;
    if (!m_paused && !m_pending.empty()) {
        const int incoming = int(m_pending.size());
        const int overflow = int(m_rows.size()) + incoming - m_capacity;
        if (overflow > 0) {
            beginRemoveRows({}, 0, overflow - 1);
            m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
            endRemoveRows();
        }
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + incoming - 1);
        for (LiveMessage& message : m_pending)
            m_rows.push_back({std::move(message), std::nullopt});
        m_pending.clear();
        endInsertRows();
        if (!m_rows.empty())
            forgetBatchesBefore(m_rows.front().message.batchId);
        changed = true;
    }
    if (m_statesChanged && !m_rows.empty()) {
        emit dataChanged(index(0, State), index(rowCount() - 1, State), {Qt::DisplayRole});
        changed = true;
    }
    m_statesChanged = false;
    if (changed)
        emit updated();
}

void LiveMessageModel::forgetBatchesBefore(qint64 batchId) {
    // Batch ids grow with every append and rows arrive in commit order, so batches before the
    // oldest row's are no longer shown. Checked only when the table holds more than it shows.
    if (m_batches.size() <= m_capacity)
        return;
    for (auto it = m_batches.begin(); it != m_batches.end();) {
        if (it.key() < batchId)
            it = m_batches.erase(it);
        else
            ++it;
    }
}

} // namespace ActionDeck
