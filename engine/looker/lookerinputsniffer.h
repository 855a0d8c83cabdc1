#pragma once

#include <memory>
#include <string_view>

namespace ActionDeck {

/// Tells a json_detail result from a whole Looker execute request body by its first telling
/// top-level key, reading as little as it needs.
class LookerInputSniffer {
public:
    enum class Kind { Undecided, JsonDetail, ExecuteRequest };

    LookerInputSniffer();
    ~LookerInputSniffer();

    /// Feeds the next piece; returns the decision so far.
    Kind feed(std::string_view chunk);
    /// At end of input: whatever could not be told apart is read as json_detail, whose reader
    /// then reports what is wrong with it.
    Kind finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ActionDeck
