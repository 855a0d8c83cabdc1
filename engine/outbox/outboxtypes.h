#pragma once

#include "rudder/deliverytarget.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <string>

namespace ActionDeck {

enum class BatchState : int { Pending = 0, Delivered = 1, Failed = 2 };

QString batchStateName(BatchState state);
/// The state of that name (as batchStateName gives it), or nullopt.
std::optional<BatchState> batchStateNamed(const QString& name);

/// A stored batch as lists show it (no payload, no write key).
struct BatchInfo {
    qint64 id = 0;
    BatchState state = BatchState::Pending;
    int messageCount = 0;
    int attempts = 0;
    qint64 createdMs = 0;
    qint64 nextAttemptMs = 0;
    qint64 deliveredMs = 0;
    int lastStatus = 0; ///< HTTP status of the last attempt; 0 for none or a network error
    QString lastError;
    QString endpoint;
    QString origin;
    /// The hub delivering it now, in an outbox several hubs share; empty when none holds it (or
    /// in a hub's own outbox, where its one hub does).
    QString leaseHolder;
    qint64 runId = 0; ///< the run (RunStore) that stored it; 0 for none
};

/// What one delivery attempt left the batch as; the numbers are the BatchState it moved to.
enum class AttemptOutcome : int { Retry = 0, Delivered = 1, Failed = 2 };

QString attemptOutcomeName(AttemptOutcome outcome);

/// One delivery attempt of a batch, as the outbox keeps it (see AttemptHistory).
struct BatchAttempt {
    qint64 atMs = 0;
    int status = 0; ///< HTTP status; 0 for a network error, a timeout or no request at all
    AttemptOutcome outcome = AttemptOutcome::Retry;
    QString error; ///< the data plane's answer or the network error; empty when delivered

    bool operator==(const BatchAttempt&) const = default;
};

/// A pending batch handed to the delivery worker.
struct LeasedBatch {
    qint64 id = 0;
    qint64 sourceId = 0;
    DeliveryTarget target;
    std::string payload;
    int messageCount = 0;
    int attempts = 0;
};

/// How much is where, in batches and messages.
struct OutboxCounts {
    qint64 pendingBatches = 0;
    qint64 pendingMessages = 0;
    qint64 deliveredBatches = 0;
    qint64 deliveredMessages = 0;
    qint64 failedBatches = 0;
    qint64 failedMessages = 0;

    /// Sets the figures of `state` (as a store's GROUP BY state gives them).
    void set(BatchState state, qint64 batches, qint64 messages);

    bool operator==(const OutboxCounts&) const = default;
};

/// A batch that changed state, for the views.
struct BatchStateChange {
    qint64 id = 0;
    BatchState state = BatchState::Pending;
    int messageCount = 0;
    int attempts = 0;
    int lastStatus = 0;
    QString lastError;
};

} // namespace ActionDeck

Q_DECLARE_METATYPE(ActionDeck::OutboxCounts)
Q_DECLARE_METATYPE(ActionDeck::BatchStateChange)
