#include "testbatch.h"

namespace ActionDeck::TestSupport {

DeliveryTarget unreachableTarget(const QString& writeKey) {
    return {QStringLiteral("http://127.0.0.1:9/v1/batch"), writeKey};
}

NewBatch batch(int messages, const QString& writeKey) {
    std::string payload;
    for (int i = 0; i < messages; ++i) {
        if (i)
            payload += '\n';
        payload += R"({"messageId":"m)" + std::to_string(i) + R"(","userId":"ü"})";
    }
    return batch(unreachableTarget(writeKey), std::move(payload), messages);
}

NewBatch batch(const DeliveryTarget& target, std::string payload, int messages, qint64 syncScopeId,
               std::vector<SyncRow> syncRows) {
    NewBatch b;
    b.target = target;
    b.payload = std::move(payload);
    b.messageCount = messages;
    b.origin = QStringLiteral("test");
    b.syncScopeId = syncScopeId;
    b.syncRows = std::move(syncRows);
    return b;
}

} // namespace ActionDeck::TestSupport
