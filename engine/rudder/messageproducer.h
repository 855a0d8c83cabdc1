#pragma once

#include "looker/jsondetailreader.h"
#include "rudder/messagebuilder.h"
#include "rudder/rowerrorsummary.h"

#include <optional>
#include <string>

namespace ActionDeck {

/// Where built messages go: the preview's output, or the outbox.
class MessageSink {
public:
    virtual ~MessageSink() = default;
    /// Takes one message (JSON without `sentAt`). False stops the request.
    virtual bool accept(std::string_view message, const MessageBuilder::RowResult& row) = 0;
};

/// Reads json_detail rows, builds their messages and hands them to a sink, keeping the
/// whole-request error and the skipped rows for the answer to Looker.
class MessageProducer : public JsonDetailConsumer {
public:
    MessageProducer(MessageBuilder& builder, MessageSink& sink);

    bool onFields(const JsonDetailFieldSet& fields) override;
    bool onRanAt(std::string_view ranAt) override;
    bool onRow(const JsonDetailRow& row) override;

    /// The error that stopped the whole request (no tagged field...), if any.
    const std::optional<std::string>& requestError() const { return m_requestError; }
    const RowErrorSummary& skippedRows() const { return m_skipped; }
    std::uint64_t rowsSeen() const { return m_rows; }
    std::uint64_t messagesBuilt() const { return m_built; }
    std::uint64_t messagesWithoutUserId() const { return m_withoutUserId; }
    /// A `ran_at` that could not be read (then the request time is used).
    const std::string& unreadableRanAt() const { return m_unreadableRanAt; }

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
