#pragma once

#include "rudder/syncrow.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace ActionDeck {

/// What "only new or changed rows" sends against: one schedule's action into one source.
struct SyncScopeKey {
    QString planId;
    QString action;
    QString source;
    QString key() const;
};

/// A scope's state as an execute reads it: every row it sent, by identity (sorted, one each:
/// the latest sent wins).
struct SyncState {
    qint64 scopeId = 0; ///< 0: read() found no such scope (it never sent anything)
    std::vector<SyncRow> rows;
    /// The fingerprint last sent for `identity`, if any.
    std::optional<std::uint64_t> fingerprintOf(std::uint64_t identity) const;
};

/// A scope as the views list it.
struct SyncScopeInfo {
    qint64 id = 0;
    QString planId;
    QString action;
    QString source;
    qint64 lastRunMs = 0;
    qint64 remembered = 0; ///< rows remembered after its last run
};

/// The sync state in the outbox's `sync_scopes` and `sync_rows` tables (schema 5). Rows are
/// written by OutboxStore::append, a blob per batch in that batch's transaction, so that what an
/// execute acknowledged and what it remembers commit together; the schema's triggers forget the
/// rows of a batch that ends failed or is discarded.
class SyncStateStore {
public:
    explicit SyncStateStore(QSqlDatabase db);

    /// Opens (creating) the scope for a run at `nowMs` and reads what it sent. The settled part
    /// (rows of batches delivered or pruned, older than any still pending) is merged into one
    /// blob on the way, so a daily schedule's state stays the size of its rows.
    std::optional<SyncState> open(const SyncScopeKey& key, qint64 nowMs, QString* error);
    /// What the scope has sent, as open() would read it, without writing anything (a preview).
    std::optional<SyncState> read(const SyncScopeKey& key, QString* error);
    /// Within the caller's transaction: `rows` were sent in `batchId`.
    bool record(qint64 scopeId, qint64 batchId, const std::vector<SyncRow>& rows, QString* error);
    /// Sets the rows remembered after a run (for the views).
    bool setRemembered(qint64 scopeId, qint64 remembered);

    std::vector<SyncScopeInfo> scopes() const;
    /// Forgets the scopes of `planId` (every scope when nullopt); how many.
    int reset(const std::optional<QString>& planId);
    /// Forgets scopes not run since `lastRunBeforeMs`; how many.
    int prune(qint64 lastRunBeforeMs);

    static QByteArray pack(const std::vector<SyncRow>& rows);
    static bool unpack(const QByteArray& body, std::vector<SyncRow>& out);

private:
    std::optional<qint64> scopeId(const SyncScopeKey& key, qint64 nowMs, QString* error);
    /// Merges the settled prefix into one blob; `rows` gets its rows (latest per identity),
    /// `settledUpTo` the `ord` it ends at (-1: none).
    bool compact(qint64 scopeId, std::vector<SyncRow>& rows, qint64& settledUpTo, QString* error);

    QSqlDatabase m_db;
};

} // namespace ActionDeck
