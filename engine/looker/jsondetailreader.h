#pragma once

#include "core/parseerror.h"
#include "looker/jsondetailfield.h"
#include "looker/jsondetailrow.h"

#include <cstdint>
#include <memory>
#include <string_view>

namespace ActionDeck {

/// Receives what a JsonDetailReader finds, in document order. Returning false stops reading.
class JsonDetailConsumer {
public:
    virtual ~JsonDetailConsumer() = default;
    /// Called once, before the first row (also when the document has no `fields`: then empty).
    virtual bool onFields(const JsonDetailFieldSet& fields) = 0;
    /// Called when the top-level `ran_at` is read, wherever it is.
    virtual bool onRanAt(std::string_view ranAt) = 0;
    /// Called when the top-level `timezone` is read (the zone of the result's times; Looker
    /// writes it before `data`).
    virtual bool onTimezone(std::string_view) { return true; }
    /// Called for each complete row; the row is reused after the call returns.
    virtual bool onRow(const JsonDetailRow& row) = 0;
};

/// A streaming reader of Looker json_detail results: fed bytes in pieces of any size, it hands
/// the fields and then each row to its consumer without holding the whole document.
class JsonDetailReader {
public:
    struct Limits {
        /// How much row data may be held when `data` comes before `fields` (Looker writes fields
        /// first; other producers might not).
        std::size_t maxBufferedBytesBeforeFields = 64u << 20;
    };

    explicit JsonDetailReader(JsonDetailConsumer& consumer);
    JsonDetailReader(JsonDetailConsumer& consumer, Limits limits);
    ~JsonDetailReader();
    JsonDetailReader(const JsonDetailReader&) = delete;
    JsonDetailReader& operator=(const JsonDetailReader&) = delete;

    /// Parses the next piece. False on a parse error or when the consumer stopped.
    bool feed(std::string_view chunk);
    /// Declares the end of input. False when the document is incomplete or malformed.
    bool finish();

    /// The parse error; not set when the consumer stopped the reader.
    const ParseError& error() const;
    bool stoppedByConsumer() const;
    std::uint64_t bytesRead() const;
    std::uint64_t rowsRead() const;

private:
    class Handler;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ActionDeck
