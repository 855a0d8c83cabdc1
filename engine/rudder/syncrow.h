#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace ActionDeck {

/// What "only new or changed rows" remembers of a row it sent: a digest of the row's identity
/// (its userId, else its rudder_anonymous_id, else its email) and one of the message it became
/// without ids and times. Both XXH3-64: the chance of two of a million rows colliding is ~10⁻⁸.
struct SyncRow {
    std::uint64_t identity = 0;
    std::uint64_t fingerprint = 0;

    bool operator==(const SyncRow&) const = default;
};

/// The fingerprint last sent for `identity` in `sent` (sorted by identity, one row each).
inline std::optional<std::uint64_t> lastSentFingerprint(const std::vector<SyncRow>& sent,
                                                        std::uint64_t identity) {
    const auto it = std::lower_bound(
        sent.begin(), sent.end(), identity,
        [](const SyncRow& row, std::uint64_t value) { return row.identity < value; });
    if (it == sent.end() || it->identity != identity)
        return std::nullopt;
    return it->fingerprint;
}

} // namespace ActionDeck
