#pragma once

#include "core/parseerror.h"

#include <boost/json/error.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ActionDeck {

/// Follows a push parser's progress (byte offset, line, column, open containers, last event) so
/// that an error can say where it happened and what the parser expected there.
class JsonSyntaxTracker {
public:
    /// Called with the bytes the parser consumed from a chunk.
    void advance(const char* data, std::size_t size);

    void containerBegun(bool isObject);
    void containerEnded();
    void keyDone();
    void valueDone();
    void partialValue(bool isNumber);

    std::uint64_t offset() const { return m_offset; }

    /// Builds the error for a parser failure. `rest` is the unconsumed part of the current chunk
    /// (empty at end of input); `where` is the reader's own context ("in data row 3").
    ParseError describe(const boost::system::error_code& ec, std::string_view consumed,
                        std::string_view rest, std::string_view where) const;
    /// An error the reader itself raises at the current position.
    ParseError custom(std::string_view what) const;

private:
    enum class Last : std::uint8_t { Nothing, ContainerBegun, Key, Value, InString, InNumber };

    std::string expectation(std::string_view consumed) const;
    std::string position() const;

    std::uint64_t m_offset = 0;
    std::uint64_t m_line = 1;
    std::uint64_t m_lineStart = 0;
    std::vector<bool> m_openIsObject;
    Last m_last = Last::Nothing;
};

} // namespace ActionDeck
