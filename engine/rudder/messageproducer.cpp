#include "rudder/messageproducer.h"

namespace ActionDeck {

MessageProducer::MessageProducer(MessageBuilder& builder, MessageSink& sink)
    : m_builder(builder)
    , m_sink(sink) {}

bool MessageProducer::onFields(const JsonDetailFieldSet& fields) {
    m_requestError = m_builder.prepare(fields);
    return !m_requestError;
}

bool MessageProducer::onRanAt(std::string_view ranAt) {
    if (!m_builder.setRanAt(ranAt))
        m_unreadableRanAt = ranAt;
    return true;
}

bool MessageProducer::onRow(const JsonDetailRow& row) {
    ++m_rows;
    m_message.clear();
    const MessageBuilder::RowResult result = m_builder.build(row, m_message);
    if (!result.built) {
        m_skipped.add(result.skipReason);
        return true;
    }
    ++m_built;
    if (!result.hasUserId)
        ++m_withoutUserId;
    return m_sink.accept(m_message, result);
}

} // namespace ActionDeck
