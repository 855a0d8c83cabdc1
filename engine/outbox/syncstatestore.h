#pragma once

#include "rudder/syncrow.h"

#include <QByteArray>
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

/// The sync state beside an outbox's batches: scopes, and their rows kept a blob per batch that
/// sent them, in the order sent. The rows are written by OutboxStore::append, in the batch's own
/// transaction, so that what an execute acknowledged and what it remembers commit together; a
/// batch that ends failed or is discarded takes its rows with it, so the next run sends them
/// again.
class SyncStateStore {
public:
    virtual ~SyncStateStore() = default;

    /// Opens (creating) the scope for a run at `nowMs` and reads what it sent. The settled part
    /// (rows of batches delivered or pruned, older than any still pending) is merged into one
    /// blob on the way, so a daily schedule's state stays the size of its rows.
    virtual std::optional<SyncState> open(const SyncScopeKey& key, qint64 nowMs,
                                          QString* error) = 0;
    /// What the scope has sent, as open() would read it, without writing anything (a preview).
    virtual std::optional<SyncState> read(const SyncScopeKey& key, QString* error) = 0;
    /// Sets the rows remembered after a run (for the views).
    virtual bool setRemembered(qint64 scopeId, qint64 remembered) = 0;

    virtual std::vector<SyncScopeInfo> scopes() = 0;
    /// Forgets the scopes of `planId` (every scope when nullopt); how many.
    virtual int reset(const std::optional<QString>& planId) = 0;
    /// Forgets scopes not run since `lastRunBeforeMs`; how many.
    virtual int prune(qint64 lastRunBeforeMs) = 0;

    /// The stored form of rows: 16 bytes each, little-endian, the same in every store.
    static QByteArray pack(const std::vector<SyncRow>& rows);
    static bool unpack(const QByteArray& body, std::vector<SyncRow>& out);
    static bool unpack(std::string_view body, std::vector<SyncRow>& out);
    /// Rows in the order sent → one per identity, the last sent, sorted by identity.
    static void keepLatest(std::vector<SyncRow>& rows);
};

} // namespace ActionDeck
