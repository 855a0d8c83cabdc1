#include "rudder/batchassembler.h"

#include "rudder/batchbody.h"

namespace ActionDeck {

BatchAssembler::BatchAssembler(DeliveryTarget target, BatchLimits limits, QString origin)
    : m_target(std::move(target))
    , m_limits(limits)
    , m_origin(std::move(origin))
    , m_current(fresh()) {}

NewBatch BatchAssembler::fresh() const {
    NewBatch batch;
    batch.target = m_target;
    batch.origin = m_origin;
    batch.syncScopeId = m_syncScopeId;
    batch.runId = m_runId;
    return batch;
}

void BatchAssembler::setSyncScope(qint64 scopeId) {
    m_syncScopeId = scopeId;
    m_current.syncScopeId = scopeId;
}

void BatchAssembler::setRun(qint64 runId) {
    m_runId = runId;
    m_current.runId = runId;
}

bool BatchAssembler::add(std::string_view message, std::vector<NewBatch>& out, const SyncRow* row) {
    const std::size_t sentSize = message.size() + BatchBody::kPerMessageOverhead;
    if (sentSize > std::size_t(m_limits.maxEventBytes)) {
        NewBatch rejected = fresh();
        rejected.payload.assign(message);
        rejected.messageCount = 1;
        rejected.failure = QStringLiteral("the event is %1 bytes, over RudderStack's limit of %2 "
                                          "bytes for one event; it was not sent")
                               .arg(sentSize)
                               .arg(m_limits.maxEventBytes);
        out.push_back(std::move(rejected));
        return false;
    }
    const std::size_t added = sentSize + 1;
    if (m_current.messageCount > 0 &&
        (m_current.messageCount >= m_limits.maxEventsPerBatch ||
         BatchBody::kEnvelopeBytes + m_bodyBytes + added > std::size_t(m_limits.maxBodyBytes))) {
        flush(out);
    }
    if (m_current.messageCount == 0)
        m_current.payload.reserve(m_lastPayloadBytes + m_lastPayloadBytes / 8);
    else
        m_current.payload += '\n';
    m_current.payload += message;
    ++m_current.messageCount;
    if (row)
        m_current.syncRows.push_back(*row);
    m_bodyBytes += added;
    return true;
}

void BatchAssembler::flush(std::vector<NewBatch>& out) {
    if (m_current.messageCount == 0)
        return;
    // Batches of one source are alike: size the next one like this one, not by doubling.
    m_lastPayloadBytes = m_current.payload.size();
    out.push_back(std::move(m_current));
    m_current = fresh();
    m_bodyBytes = 0;
}

} // namespace ActionDeck
