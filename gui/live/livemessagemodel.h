#pragma once

#include "hub/livemessage.h"
#include "outbox/outboxtypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <deque>
#include <optional>

namespace ActionDeck {

/// One delivery attempt of a batch, as the details pane lists it.
struct DeliveryAttempt {
    qint64 timeMs = 0;
    int status = 0; ///< HTTP status; 0 for a network error
    bool delivered = false;
    bool willRetry = false;
};

/// The recent messages for the live table: at most capacity() rows, the oldest removed first.
/// Messages arrive in chunks of any size; they are inserted at most once per event-loop turn
/// (one insert, one removal), so the view never sees more changes than it can paint. The
/// delivery state of each row comes from the attempts and state changes of its batch.
class LiveMessageModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Region, Action, Type, User, Event, Source, State, ColumnCount };
    enum Role { TypeRole = Qt::UserRole + 1, StateRole, JsonRole, BatchIdRole, SearchTextRole };
    /// The state of a row, from its batch.
    enum class RowState { Stored, Retrying, Delivered, Failed };

    explicit LiveMessageModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int capacity() const { return m_capacity; }
    void setCapacity(int rows);
    /// While paused, rows are held back (the newest capacity() of them) and shown on resume.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();
    /// The hub's destination sources: a message to anything else went to a form's data plane,
    /// and says so.
    void setSourceNames(const QStringList& names);
    /// Messages seen since the start or the last clear(), shown or not.
    qint64 totalSeen() const { return m_totalSeen; }
    /// Rows waiting while paused.
    int heldBack() const { return int(m_pending.size()); }

    const LiveMessage& message(int row) const { return m_rows[std::size_t(row)].message; }
    const LiveMessageFields& fields(int row) const;
    RowState state(int row) const;
    QList<DeliveryAttempt> attempts(qint64 batchId) const;
    static QString stateName(RowState state);

public slots:
    void addMessages(const QList<ActionDeck::LiveMessage>& messages);
    void recordAttempt(qint64 batchId, int status, bool delivered, bool willRetry);
    void recordStateChanges(const QList<ActionDeck::BatchStateChange>& changes);

signals:
    /// Rows were inserted or removed, or states changed (at most once per turn).
    void updated();

private:
    struct Row {
        LiveMessage message;
        mutable std::optional<LiveMessageFields> fields; ///< parsed when first shown
    };
    struct BatchProgress {
        RowState state = RowState::Stored;
        QList<DeliveryAttempt> attempts;
    };

    void scheduleFlush();
    void flush();
    void forgetBatchesBefore(qint64 batchId);

    std::deque<Row> m_rows;
    std::deque<LiveMessage> m_pending;
    QHash<qint64, BatchProgress> m_batches;
    QTimer m_flushTimer;
    int m_capacity = 10000;
    qint64 m_totalSeen = 0;
    bool m_paused = false;
    bool m_statesChanged = false;
    QStringList m_sourceNames;
};

} // namespace ActionDeck
