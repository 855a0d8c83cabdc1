#pragma once

#include "outbox/outboxschema.h"
#include "outbox/outboxstore.h"
#include "outbox/payloadcodec.h"
#include "outbox/sqliterunstore.h"
#include "outbox/sqlitesyncstatestore.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace ActionDeck {

/// The outbox of one hub: batches in SQLite (WAL, synchronous=FULL) in the data directory, their
/// messages compressed (PayloadCodec), the tables created and migrated by OutboxSchema. Leases
/// are kept in memory: a new process starts afresh, and no other process shares the file.
class SqliteOutboxStore : public OutboxStore {
public:
    static constexpr int kSchemaVersion = OutboxSchema::kVersion;

    explicit SqliteOutboxStore(QString connectionName);
    ~SqliteOutboxStore() override;
    SqliteOutboxStore(const SqliteOutboxStore&) = delete;
    SqliteOutboxStore& operator=(const SqliteOutboxStore&) = delete;

    /// Opens (creating) `directory`/outbox.sqlite, readable by the owner only, and migrates it.
    bool open(const QString& directory, QString* error);
    QString location() const override;
    int schemaVersion() const override;

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
    SyncStateStore& syncState() override;
    RunStore& runs() override;

    // For moving the outbox elsewhere (OutboxMigration).
    /// Where batch `id` goes, write key included.
    std::optional<DeliveryTarget> target(qint64 id);
    /// A sync scope's stored rows in the order sent: each blob with the batch that sent it
    /// (0 once merged into the settled part).
    std::vector<std::pair<qint64, QByteArray>> syncBlobs(qint64 scopeId);

private:
    bool exec(const QString& sql, QString* error = nullptr);
    bool setFullSync(bool full);
    void rollback();
    /// Runs `change` (the batches' new state) and settles their runs in one transaction; how
    /// many batches changed.
    int changeBatches(const std::function<int()>& change, qint64 nowMs);
    std::optional<qint64> sourceId(const DeliveryTarget& target, QString* error);
    BatchInfo infoFrom(class QSqlQuery& query) const;
    /// Runs `update` (the state change), records `attempt` and settles the batch's run in one
    /// transaction.
    bool settle(qint64 id, class QSqlQuery& update, const BatchAttempt& attempt);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_sourceIds;
    QHash<QString, qint64> m_uncommittedSourceIds;
    QSet<qint64> m_leased;
    bool m_fullSync = true;
    PayloadCodec m_codec;
    SqliteSyncStateStore m_syncState;
    SqliteRunStore m_runs;
};

} // namespace ActionDeck
