#include "outbox/outboxtypes.h"

namespace ActionDeck {

QString batchStateName(BatchState state) {
    switch (state) {
    case BatchState::Pending:
        return QStringLiteral("pending");
    case BatchState::Delivered:
        return QStringLiteral("delivered");
    case BatchState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

std::optional<BatchState> batchStateNamed(const QString& name) {
    for (const BatchState state : {BatchState::Pending, BatchState::Delivered, BatchState::Failed})
        if (batchStateName(state) == name)
            return state;
    return std::nullopt;
}

void OutboxCounts::set(BatchState state, qint64 batches, qint64 messages) {
    switch (state) {
    case BatchState::Pending:
        pendingBatches = batches;
        pendingMessages = messages;
        break;
    case BatchState::Delivered:
        deliveredBatches = batches;
        deliveredMessages = messages;
        break;
    case BatchState::Failed:
        failedBatches = batches;
        failedMessages = messages;
        break;
    }
}

} // namespace ActionDeck
