#pragma once

#include <QString>

#include <optional>

namespace ActionDeck {

class OutboxLocation;

/// What a move took from the SQLite outbox into PostgreSQL.
struct OutboxMove {
    int pendingBatches = 0;
    int failedBatches = 0;
    qint64 messages = 0;
    int attempts = 0;
    int syncScopes = 0;
    /// Batches and scopes an earlier move had taken already (it was cut off before it could
    /// remove them from the file): removed now, not moved again.
    int movedBefore = 0;

    bool empty() const { return pendingBatches + failedBatches + syncScopes + movedBefore == 0; }
    /// "Moved 3 pending and 2 failed batches (1200 messages, 7 attempts) and 2 sync scopes
    /// from FROM into INTO." (and what an earlier move had taken), for logs and the command.
    QString summary(const QString& from, const QString& into) const;
};

/// Moves a data directory's SQLite outbox into a PostgreSQL one: its pending and failed batches
/// with their attempts, and the sync state of "only new or changed rows" and of System
/// Activity, so that switching a hub's outbox strands nothing and resends nothing. The batches
/// move in one PostgreSQL transaction; once it committed they leave the file (delivered ones
/// stay there, as history). Run again after being cut off, it moves nothing twice.
class OutboxMigration {
public:
    /// `to` is a PostgreSQL location with its sealer. Holds the file's lock throughout: no hub
    /// may be running on it.
    static std::optional<OutboxMove> run(const QString& dataDirectory, const OutboxLocation& to,
                                         QString* error);
    /// Pending or failed batches and sync scopes still in the directory's SQLite outbox (0 when
    /// there is none): what a hub started on PostgreSQL moves first, lest it be stranded.
    static qint64 leftInFile(const QString& dataDirectory);
};

} // namespace ActionDeck
