#pragma once

#include <cstdint>

namespace ActionDeck {

/// What "only new or changed rows" remembers of a row it sent: a digest of the row's identity
/// (its userId, else its rudder_anonymous_id, else its email) and one of the message it became
/// without ids and times. Both XXH3-64: the chance of two of a million rows colliding is ~10⁻⁸.
struct SyncRow {
    std::uint64_t identity = 0;
    std::uint64_t fingerprint = 0;

    bool operator==(const SyncRow&) const = default;
};

} // namespace ActionDeck
