#pragma once

#include "rudder/messagebuilder.h"
#include "rudder/resultproducer.h"

#include <optional>
#include <string>

namespace ActionDeck {

/// Reads json_detail rows, builds their messages and hands them to a sink, keeping the
/// whole-request error and the skipped rows for the answer to Looker.
class MessageProducer : public ResultProducer {
public:
    MessageProducer(MessageBuilder& builder, MessageSink& sink);

    bool onFields(const JsonDetailFieldSet& fields) override;
    bool onRanAt(std::string_view ranAt) override;
    bool onRow(const JsonDetailRow& row) override;

    const std::optional<std::string>& requestError() const override { return m_requestError; }
    const RowErrorSummary& skippedRows() const override { return m_skipped; }
    std::uint64_t rowsSeen() const override { return m_rows; }
    std::uint64_t messagesBuilt() const override { return m_built; }
    std::uint64_t messagesWithoutUserId() const { return m_withoutUserId; }
    const std::string& unreadableRanAt() const override { return m_unreadableRanAt; }

private:
    MessageBuilder& m_builder;
    MessageSink& m_sink;
    std::optional<std::string> m_requestError;
    RowErrorSummary m_skipped;
    std::string m_message;
    std::string m_unreadableRanAt;
    std::uint64_t m_rows = 0;
    std::uint64_t m_built = 0;
    std::uint64_t m_withoutUserId = 0;
};

} // namespace ActionDeck
