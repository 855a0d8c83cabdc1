#pragma once

#include "outbox/syncstatestore.h"

#include <QSqlDatabase>

namespace ActionDeck {

/// The sync state in the SQLite outbox's `sync_scopes` and `sync_rows` tables (schema 5); the
/// schema's triggers forget the rows of a batch that ends failed or is discarded.
class SqliteSyncStateStore : public SyncStateStore {
public:
    explicit SqliteSyncStateStore(QSqlDatabase db = {});

    std::optional<SyncState> open(const SyncScopeKey& key, qint64 nowMs, QString* error) override;
    std::optional<SyncState> read(const SyncScopeKey& key, QString* error) override;
    /// Within the caller's transaction: `rows` were sent in `batchId`.
    bool record(qint64 scopeId, qint64 batchId, const std::vector<SyncRow>& rows, QString* error);
    bool setRemembered(qint64 scopeId, qint64 remembered) override;
    std::vector<SyncScopeInfo> scopes() override;
    int reset(const std::optional<QString>& planId) override;
    int prune(qint64 lastRunBeforeMs) override;

private:
    std::optional<qint64> scopeId(const SyncScopeKey& key, qint64 nowMs, QString* error);
    /// Merges the settled prefix into one blob; `rows` gets its rows (latest per identity),
    /// `settledUpTo` the `ord` it ends at (-1: none).
    bool compact(qint64 scopeId, std::vector<SyncRow>& rows, qint64& settledUpTo, QString* error);

    QSqlDatabase m_db;
};

} // namespace ActionDeck
