#pragma once

#include "outbox/outboxschema.h"
#include "outbox/outboxtypes.h"
#include "outbox/payloadcodec.h"
#include "outbox/syncstatestore.h"
#include "rudder/batchassembler.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace ActionDeck {

/// The durable outbox: batches in SQLite (WAL, synchronous=FULL), their messages compressed
/// (PayloadCodec), the tables created and migrated by OutboxSchema. Synchronous and bound to the
/// thread that opened it; Outbox runs it on a thread of its own, the `outbox` command uses it
/// directly.
class OutboxStore {
public:
    static constexpr int kSchemaVersion = OutboxSchema::kVersion;

    explicit OutboxStore(QString connectionName);
    ~OutboxStore();
    OutboxStore(const OutboxStore&) = delete;
    OutboxStore& operator=(const OutboxStore&) = delete;

    /// Opens (creating) `directory`/outbox.sqlite, readable by the owner only, and migrates it.
    bool open(const QString& directory, QString* error);
    QString path() const;
    int schemaVersion() const;

    /// Writes the batches in one transaction; returns their ids once committed.
    std::optional<std::vector<qint64>> append(const std::vector<NewBatch>& batches, qint64 nowMs,
                                              QString* error);
    /// Hands out due pending batches, oldest first, at most `perSourceLimit` in flight per source
    /// (counting `inFlightPerSource`) and `maxCount` in all. A batch handed out is not handed out
    /// again until it is marked; this is kept in memory, so a new process starts afresh. A batch
    /// whose stored messages cannot be read is marked failed instead (added to `unreadable`).
    std::vector<LeasedBatch> lease(qint64 nowMs, const QHash<qint64, int>& inFlightPerSource,
                                   int perSourceLimit, int maxCount,
                                   std::vector<qint64>* unreadable = nullptr);
    /// The earliest time a pending batch not handed out is due, if any.
    std::optional<qint64> nextDueMs();

    /// Settles an attempt that ended at `nowMs`: the batch's new state and the attempt's record
    /// commit together. Nothing is recorded for a batch that is gone (discarded meanwhile).
    bool markDelivered(qint64 id, qint64 nowMs, int status);
    bool markRetry(qint64 id, qint64 nowMs, qint64 nextAttemptMs, int status, const QString& error);
    bool markFailed(qint64 id, qint64 nowMs, int status, const QString& error);
    /// A batch's recorded attempts, oldest first (see AttemptHistory for what is kept).
    std::vector<BatchAttempt> attempts(qint64 id);

    OutboxCounts counts();
    /// Batches by id (of `state` when given) after `afterId`, at most `limit` (-1: all).
    std::vector<BatchInfo> list(std::optional<BatchState> state, int limit = -1,
                                qint64 afterId = 0);
    std::optional<BatchInfo> info(qint64 id);
    /// A batch's messages, one per line; nothing when it is gone, or (with `error` set) when its
    /// stored messages are damaged.
    std::optional<std::string> payload(qint64 id, QString* error = nullptr);
    /// Failed batches (all of them when `ids` is empty) become pending and due now.
    int retry(const std::vector<qint64>& ids, qint64 nowMs);
    /// Deletes pending or failed batches (all failed ones when `ids` is empty).
    /// Deletes delivered batches, with their messages, delivered before `deliveredBeforeMs`:
    /// what was delivered stays inspectable for a while without the outbox growing for ever.
    int pruneDelivered(qint64 deliveredBeforeMs);
    int discard(const std::vector<qint64>& ids);
    /// Calls `line` with one JSON object per message of the batches in `state`.
    /// Stops with `error` set at a batch whose stored messages are damaged.
    bool exportJsonLines(BatchState state, const std::function<bool(const std::string&)>& line,
                         QString* error = nullptr);

    /// The sync state of "only new or changed rows", on this store's connection.
    SyncStateStore syncState() const;

private:
    bool exec(const QString& sql, QString* error = nullptr);
    bool setFullSync(bool full);
    void rollback();
    std::optional<qint64> sourceId(const DeliveryTarget& target, QString* error);
    BatchInfo infoFrom(class QSqlQuery& query) const;
    /// Runs `update` (the state change) and records `attempt` in one transaction.
    bool settle(qint64 id, class QSqlQuery& update, const BatchAttempt& attempt);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_sourceIds;
    QHash<QString, qint64> m_uncommittedSourceIds;
    QSet<qint64> m_leased;
    bool m_fullSync = true;
    PayloadCodec m_codec;
};

} // namespace ActionDeck
