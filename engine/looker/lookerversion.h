#pragma once

#include <QByteArray>

#include <array>
#include <optional>

namespace ActionDeck {

/// A Looker version, from `User-Agent: LookerOutgoingWebhook/<semver>`.
struct LookerVersion {
    std::array<int, 3> parts{0, 0, 0};

    static std::optional<LookerVersion> fromUserAgent(const QByteArray& userAgent);
    static LookerVersion of(int major, int minor, int patch) { return {{major, minor, patch}}; }
    /// The version assumed when Looker does not say (SPEC section 2).
    static LookerVersion assumed() { return of(5, 5, 0); }

    auto operator<=>(const LookerVersion&) const = default;
};

} // namespace ActionDeck
