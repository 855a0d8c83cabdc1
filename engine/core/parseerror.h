#pragma once

#include <cstdint>
#include <string>

namespace ActionDeck {

/// Where and why a JSON document could not be read.
struct ParseError {
    std::uint64_t offset = 0; ///< bytes from the start of the document
    std::uint64_t line = 1;
    std::uint64_t column = 1;
    std::string message; ///< a complete sentence that names the position

    bool isSet() const { return !message.empty(); }
};

} // namespace ActionDeck
