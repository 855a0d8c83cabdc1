#pragma once

#include "outbox/outboxtypes.h"
#include "outbox/runstore.h"
#include "outbox/syncstatestore.h"
#include "rudder/batchassembler.h"

#include <QHash>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ActionDeck {

/// The durable outbox, wherever it is kept: SqliteOutboxStore (a file in the data directory, one
/// hub) or PostgresOutboxStore (a database several hubs share). Synchronous and bound to the
/// thread that opened it; Outbox runs it on a thread of its own, the `outbox` command uses it
/// directly. One contract test suite holds both to every promise below.
class OutboxStore {
public:
    virtual ~OutboxStore() = default;

    /// Where the batches are, for messages and /status: a file, or a URI without its password.
    virtual QString location() const = 0;
    virtual int schemaVersion() const = 0;

    /// Writes the batches in one transaction; returns their ids once durably committed.
    virtual std::optional<std::vector<qint64>> append(const std::vector<NewBatch>& batches,
                                                      qint64 nowMs, QString* error) = 0;
    /// Hands out due pending batches, oldest first, at most `perSourceLimit` in flight per source
    /// (counting `inFlightPerSource`) and `maxCount` in all. A batch handed out is not handed out
    /// again (by this store or any other) until it is marked or its holder is gone. A batch
    /// whose stored messages cannot be read is marked failed instead (added to `unreadable`).
    virtual std::vector<LeasedBatch> lease(qint64 nowMs,
                                           const QHash<qint64, int>& inFlightPerSource,
                                           int perSourceLimit, int maxCount,
                                           std::vector<qint64>* unreadable = nullptr) = 0;
    /// The earliest time a pending batch not handed out is due, if any.
    virtual std::optional<qint64> nextDueMs() = 0;

    /// Settles an attempt that ended at `nowMs`: the batch's new state and the attempt's record
    /// commit together. Nothing changes for a batch that is gone (discarded meanwhile) or that
    /// this store no longer holds (its lease passed to another hub). False only when the store
    /// could not be written.
    virtual bool markDelivered(qint64 id, qint64 nowMs, int status) = 0;
    virtual bool markRetry(qint64 id, qint64 nowMs, qint64 nextAttemptMs, int status,
                           const QString& error) = 0;
    virtual bool markFailed(qint64 id, qint64 nowMs, int status, const QString& error) = 0;
    /// A batch's recorded attempts, oldest first (see AttemptHistory for what is kept).
    virtual std::vector<BatchAttempt> attempts(qint64 id) = 0;

    virtual OutboxCounts counts() = 0;
    /// Each data plane endpoint's oldest pending batch: when it was stored (ms since the
    /// epoch). Endpoints with nothing pending are absent. For alerts on stuck delivery.
    virtual std::map<QString, qint64> oldestPendingByEndpoint() = 0;
    /// Batches by id (of `state` when given, of run `runId` when not 0) after `afterId`, at
    /// most `limit` (-1: all).
    virtual std::vector<BatchInfo> list(std::optional<BatchState> state, int limit = -1,
                                        qint64 afterId = 0, qint64 runId = 0) = 0;
    virtual std::optional<BatchInfo> info(qint64 id) = 0;
    /// A batch's messages, one per line; nothing when it is gone, or (with `error` set) when its
    /// stored messages are damaged.
    virtual std::optional<std::string> payload(qint64 id, QString* error = nullptr) = 0;
    /// Failed batches (all of them when `ids` is empty) become pending and due now.
    virtual int retry(const std::vector<qint64>& ids, qint64 nowMs) = 0;
    /// Deletes pending or failed batches (all failed ones when `ids` is empty).
    virtual int discard(const std::vector<qint64>& ids) = 0;
    /// Deletes delivered batches, with their messages, delivered before `deliveredBeforeMs`:
    /// what was delivered stays inspectable for a while without the outbox growing for ever.
    virtual int pruneDelivered(qint64 deliveredBeforeMs) = 0;
    /// Calls `line` with one JSON object per message of the batches in `state`.
    /// Stops with `error` set at a batch whose stored messages are damaged.
    virtual bool exportJsonLines(BatchState state,
                                 const std::function<bool(const std::string&)>& line,
                                 QString* error = nullptr) = 0;

    /// The sync state of "only new or changed rows" and of the System Activity action, kept
    /// beside the batches that sent it.
    virtual SyncStateStore& syncState() = 0;
    /// The runs, one per execute, kept beside the batches they stored (see RunStore).
    virtual RunStore& runs() = 0;

    // What a store shared with other hubs adds; a store of one hub has nothing to do.
    /// Other hubs may add and settle batches: the Outbox polls it and calls maintain().
    virtual bool shared() const { return false; }
    /// Heartbeat, lease renewal, the janitor's turn; false when the store can not be reached.
    virtual bool maintain() { return true; }
    /// A socket readable when another hub announced work (-1: none), and whether it did.
    virtual int wakeupSocket() const { return -1; }
    virtual bool takeWakeups() { return false; }
    /// Hubs working on this outbox, this one included.
    virtual int liveHubs() { return 1; }
    /// What names this outbox wherever it is reached from (its URI may differ from hub to
    /// hub): empty for a hub's own.
    virtual QString outboxId() const { return {}; }
};

} // namespace ActionDeck
