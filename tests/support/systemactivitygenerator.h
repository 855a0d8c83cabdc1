#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ActionDeck::TestSupport {

/// Writes System Activity results as Looker sends them for the Event Attribute Explore: the
/// fields `event.id`, `event.name`, `event.category`, `event.created_time`, `event.user_id`,
/// `event.is_admin`, `event_attribute.name`, `event_attribute.value` (and `user.email` when
/// asked), cells as `{"value": …}`, one row per (event, attribute) of the event's type in the
/// built-in catalogue, each value written as its type reads (ids as digits, flags as Yes/No or
/// true/false, JSON objects as text), in an order shuffled by `seed`. Event `i` has id
/// `firstId + i`, the catalogue's type `i % types`, and was created at `firstCreated` (local
/// "yyyy-MM-dd HH:mm:ss" in `timezone`) plus `i` seconds.
class SystemActivityGenerator {
public:
    struct Options {
        std::uint64_t events = 100;
        std::uint64_t firstId = 1000;
        std::uint32_t seed = 1; ///< 0: not shuffled (sorted by event.id)
        std::string timezone = "UTC";
        bool withEmail = false;
        std::string ranAt;
    };

    /// The whole document.
    static std::string generate(const Options& options);
    /// The same, piece by piece, for results too large to hold (8 bytes a row are held, for the
    /// order).
    static void generate(const Options& options,
                         const std::function<void(std::string_view)>& write);
    /// How many rows `options` gives (events × attributes, at least one row an event).
    static std::uint64_t rows(const Options& options);
};

} // namespace ActionDeck::TestSupport
