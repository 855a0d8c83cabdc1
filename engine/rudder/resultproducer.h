#pragma once

#include "looker/jsondetailreader.h"
#include "rudder/messagebuilder.h"
#include "rudder/rowerrorsummary.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ActionDeck {

/// Where built messages go: the preview's output, or the outbox.
class MessageSink {
public:
    virtual ~MessageSink() = default;
    /// Takes one message (JSON without `sentAt`). False stops the request.
    virtual bool accept(std::string_view message, const MessageBuilder::RowResult& row) = 0;
};

/// Turns the json_detail rows a reader hands it into messages for a MessageSink: a message a
/// row (MessageProducer, the tag-based actions) or one a Looker event, once all its rows are in
/// (SystemActivityProducer). It keeps what Looker's answer says: the whole-request error and
/// the skipped rows.
class ResultProducer : public JsonDetailConsumer {
public:
    /// After the reader's finish(): hands what was held back to the sink, at most about
    /// `maxMessages` a call, so that a caller can wait for the outbox between calls. True once
    /// all is out (or the sink stopped, or requestError() is set).
    virtual bool drain(std::size_t maxMessages) {
        (void)maxMessages;
        return true;
    }

    /// The error that stopped the whole request (no tagged field...), if any.
    virtual const std::optional<std::string>& requestError() const = 0;
    virtual const RowErrorSummary& skippedRows() const = 0;
    virtual std::uint64_t rowsSeen() const = 0;
    virtual std::uint64_t messagesBuilt() const = 0;
    /// A `ran_at` that could not be read (then the request time is used).
    virtual const std::string& unreadableRanAt() const = 0;
};

} // namespace ActionDeck
