#pragma once

#include "outbox/syncstatestore.h"

namespace ActionDeck {

class PgConnection;

/// The sync state in the PostgreSQL outbox's `sync_scopes` and `sync_rows` tables, on the
/// store's connection: what one hub remembers, every hub reads. Opening a scope (and merging
/// its settled rows) is one transaction on the scope's row, so two hubs opening it at once take
/// turns; two runs of one schedule at once may both send a changed row (under one messageId),
/// and the state keeps the latest of each.
class PostgresSyncStateStore : public SyncStateStore {
public:
    explicit PostgresSyncStateStore(PgConnection& db);

    std::optional<SyncState> open(const SyncScopeKey& key, qint64 nowMs, QString* error) override;
    std::optional<SyncState> read(const SyncScopeKey& key, QString* error) override;
    /// Within the caller's transaction: `rows` were sent in `batchId`.
    bool record(qint64 scopeId, qint64 batchId, const std::vector<SyncRow>& rows, QString* error);
    bool setRemembered(qint64 scopeId, qint64 remembered) override;
    std::vector<SyncScopeInfo> scopes() override;
    int reset(const std::optional<QString>& planId) override;
    int prune(qint64 lastRunBeforeMs) override;

private:
    /// Merges the settled prefix into one blob (see SqliteSyncStateStore::compact).
    bool compact(qint64 scopeId, std::vector<SyncRow>& rows, qint64& settledUpTo, QString* error);
    /// The blobs of `scopeId` after `afterOrd`, appended to `rows`.
    bool readRows(qint64 scopeId, qint64 afterOrd, std::vector<SyncRow>& rows, QString* error);

    PgConnection& m_db;
};

} // namespace ActionDeck
