#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace ActionDeck::TestSupport {

/// Writes Looker-shaped json_detail results of any size: ~330 bytes a row, ten fields
/// (user_id and email tags), mixed value types, escapes and non-ASCII text, one pivoted measure,
/// drill links as Looker adds them. Deterministic for a given seed.
class JsonDetailGenerator {
public:
    struct Options {
        std::uint64_t rows = 1000;
        std::uint32_t seed = 1;
        bool withLinks = true;
    };

    static std::string generate(const Options& options);
    /// Writes the same document piece by piece (a row at a time), for results too large to hold.
    static void generate(const Options& options,
                         const std::function<void(std::string_view)>& write);
};

} // namespace ActionDeck::TestSupport
