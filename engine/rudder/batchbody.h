#pragma once

#include <string>
#include <string_view>

namespace ActionDeck {

/// The request body of `/v1/batch` for a stored batch payload (messages without `sentAt`, one a
/// line): `{"batch":[...],"sentAt":"..."}`, every message given the same `sentAt`.
class BatchBody {
public:
    /// Bytes `sentAt` adds to a message, and the fixed part of a body.
    static constexpr std::size_t kPerMessageOverhead = 37;
    static constexpr std::size_t kEnvelopeBytes = 50;

    static std::string build(std::string_view payload, std::string_view sentAt);
    /// The same into `body` (cleared first), whose capacity a caller keeps from batch to batch.
    static void build(std::string_view payload, std::string_view sentAt, std::string& body);
};

} // namespace ActionDeck
