#pragma once

#include "outbox/outboxtypes.h"
#include "outbox/syncstatestore.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ActionDeck {

class PostgresOutboxStore;

/// A batch as it leaves another outbox: what it is, where it goes, its messages and attempts.
struct MovedBatch {
    BatchInfo info; ///< its id and created time name it in the record of what was moved
    DeliveryTarget target;
    std::string payload;
    std::vector<BatchAttempt> attempts;
};

/// Writes the batches and sync scopes of another outbox into a PostgreSQL outbox, all in one
/// transaction, and keeps in the database a record of what came from where (a fleet document
/// named after the source). A move cut off after its commit, run again, finds there what it
/// already moved and moves it no second time.
class PostgresOutboxImport {
public:
    explicit PostgresOutboxImport(PostgresOutboxStore& store);
    ~PostgresOutboxImport();
    PostgresOutboxImport(const PostgresOutboxImport&) = delete;
    PostgresOutboxImport& operator=(const PostgresOutboxImport&) = delete;

    /// Begins the transaction and reads what was moved before from `source` (a file, named
    /// with the machine it is on).
    bool begin(const QString& source, QString* error);
    bool moved(const BatchInfo& batch) const;
    bool moved(const SyncScopeInfo& scope) const;

    /// Adds a pending or failed batch as it was; its new id.
    std::optional<qint64> addBatch(const MovedBatch& batch, QString* error);
    /// Adds (or joins) a scope: `settled` (rows whose batches were delivered) before anything
    /// the database holds of it, then the rows of moved pending batches, by their new ids.
    bool addScope(const SyncScopeInfo& scope, const std::vector<SyncRow>& settled,
                  const std::vector<std::pair<qint64, QByteArray>>& pending, QString* error);
    /// Records what was moved, wakes the hubs and commits; true only once committed.
    bool commit(QString* error);

private:
    static QString batchMark(const BatchInfo& batch);
    static QString scopeMark(const SyncScopeInfo& scope);

    PostgresOutboxStore& m_store;
    QString m_document;
    QString m_source;
    bool m_existing = false;
    bool m_open = false;
    QSet<QString> m_moved;
};

} // namespace ActionDeck
