#pragma once

#include "outbox/outboxtypes.h"

#include <QSqlDatabase>

#include <vector>

namespace ActionDeck {

/// The delivery attempts of each batch, in the SQLite outbox's `attempts` table (schema 4). The
/// store records one in the transaction that settles the attempt; the rows go with their batch.
class AttemptHistory {
public:
    /// A batch retried for days at the 5-minute backoff ceiling makes ~300 attempts a day: the
    /// latest 50 (a few hours of them) are kept, so one batch's history stays under ~50 KB.
    /// `BatchInfo::attempts` still counts them all.
    static constexpr int kKeptPerBatch = 50;
    /// Error texts are cut to this many characters (DeliveryWorker already cuts answers at 2000).
    static constexpr int kErrorChars = 1000;

    explicit AttemptHistory(QSqlDatabase db);

    /// `error` cut to kErrorChars (a surrogate pair is not split), marked with "…"; never null.
    static QString cutError(const QString& error);

    /// Adds `attempt` to `batchId`'s history and drops what is past kKeptPerBatch. Within the
    /// caller's transaction.
    bool record(qint64 batchId, const BatchAttempt& attempt);
    /// `batchId`'s attempts, oldest first.
    std::vector<BatchAttempt> of(qint64 batchId) const;

private:
    QSqlDatabase m_db;
};

} // namespace ActionDeck
