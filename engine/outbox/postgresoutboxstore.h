#pragma once

#include "outbox/outboxstore.h"
#include "outbox/payloadcodec.h"
#include "outbox/pgconnection.h"
#include "outbox/postgresrunstore.h"
#include "outbox/postgressyncstatestore.h"

#include <QHash>
#include <QString>

#include <memory>

namespace ActionDeck {

class SecretSealer;

/// The outbox several hubs share: batches in PostgreSQL (libpq, binary parameters, synchronous
/// commit for appends). A lease is a row's holder, expiry and fencing token: claimed with
/// FOR UPDATE SKIP LOCKED, so two hubs never hold one batch; every later change of that batch
/// carries the token, so a hub whose lease passed to another changes nothing. maintain() keeps
/// this hub's heartbeat and leases alive and, when elected janitor, frees the leases of hubs
/// whose heartbeat stopped.
class PostgresOutboxStore : public OutboxStore {
public:
    /// How long a lease lasts without maintain(): longer than any delivery request.
    static constexpr qint64 kLeaseMs = 45000;
    /// A hub whose heartbeat is older than this is gone: its leases are freed.
    static constexpr qint64 kDeadHubMs = 15000;
    static constexpr const char* kWorkChannel = "actiondeck_work";

    /// `hubId` names this hub in leases and heartbeats (unique per process); `sealer` seals
    /// the write keys the database keeps (every hub of one outbox has the same key).
    PostgresOutboxStore(QString hubId, std::shared_ptr<const SecretSealer> sealer);
    ~PostgresOutboxStore() override;

    /// Connects to `uri`, creates or migrates the schema and announces the hub.
    bool open(const QString& uri, QString* error);
    QString location() const override { return m_location; }
    int schemaVersion() const override;
    const QString& hubId() const { return m_hubId; }

    std::optional<std::vector<qint64>> append(const std::vector<NewBatch>& batches, qint64 nowMs,
                                              QString* error) override;
    std::vector<LeasedBatch> lease(qint64 nowMs, const QHash<qint64, int>& inFlightPerSource,
                                   int perSourceLimit, int maxCount,
                                   std::vector<qint64>* unreadable = nullptr) override;
    std::optional<qint64> nextDueMs() override;
    bool markDelivered(qint64 id, qint64 nowMs, int status) override;
    bool markRetry(qint64 id, qint64 nowMs, qint64 nextAttemptMs, int status,
                   const QString& error) override;
    bool markFailed(qint64 id, qint64 nowMs, int status, const QString& error) override;
    std::vector<BatchAttempt> attempts(qint64 id) override;
    OutboxCounts counts() override;
    std::map<QString, qint64> oldestPendingByEndpoint() override;
    std::vector<BatchInfo> list(std::optional<BatchState> state, int limit = -1, qint64 afterId = 0,
                                qint64 runId = 0) override;
    std::optional<BatchInfo> info(qint64 id) override;
    std::optional<std::string> payload(qint64 id, QString* error = nullptr) override;
    int retry(const std::vector<qint64>& ids, qint64 nowMs) override;
    int discard(const std::vector<qint64>& ids) override;
    int pruneDelivered(qint64 deliveredBeforeMs) override;
    bool exportJsonLines(BatchState state, const std::function<bool(const std::string&)>& line,
                         QString* error = nullptr) override;
    SyncStateStore& syncState() override { return m_syncState; }
    RunStore& runs() override { return m_runs; }

    bool shared() const override { return true; }
    /// Heartbeat, lease extension and (as janitor) freeing the leases of dead hubs and
    /// interrupting their runs; call every few seconds.
    bool maintain() override;
    /// Hubs whose heartbeat is fresh, this one included.
    int liveHubs() override;
    /// A random id the first hub gave the database.
    QString outboxId() const override { return m_outboxId; }
    /// The connection's socket, readable when a notification (new work) may have come.
    int wakeupSocket() const override { return m_db.socket(); }
    bool takeWakeups() override;

private:
    friend class PostgresOutboxImport; // writes moved batches through this connection
    std::optional<qint64> sourceId(const DeliveryTarget& target, QString* error);
    /// The UPDATE `sql` ($1 id, $2 hub, $3 fence, then what `rest` adds) and the attempt,
    /// committed together.
    bool settle(qint64 id, const char* sql, const std::function<void(PgParams&)>& rest,
                const BatchAttempt& attempt);
    /// Runs `sql` (batches' new state) and settles their runs in one transaction; how many
    /// batches changed.
    int changeBatches(const char* sql, const PgParams& params, qint64 nowMs);
    BatchInfo infoFrom(const PgResult& result, int row) const;
    std::optional<std::string> decode(const PgResult& result, int row, int column, QString* damage);

    QString m_hubId;
    std::shared_ptr<const SecretSealer> m_sealer;
    QString m_location;
    QString m_outboxId;
    mutable PgConnection m_db;
    PostgresSyncStateStore m_syncState;
    PostgresRunStore m_runs;
    QHash<QString, qint64> m_sourceIds;
    QHash<QString, qint64> m_uncommittedSourceIds;
    QHash<qint64, qint64> m_fences; ///< the batches this hub holds, with their fencing tokens
    PayloadCodec m_codec;
};

} // namespace ActionDeck
