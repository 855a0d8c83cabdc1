#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ActionDeck {

/// The first rows of a json_detail that streams past, kept as a json_detail of their own: every
/// top-level member (fields, ran_at, …) as it came, and at most `maxRows` rows of `data` within
/// `maxBytes` in all. Fed the same bytes the reader gets; once its rows are full it wants no
/// more, so it costs a bounded amount whatever the result's size. It only cuts between rows and
/// never parses them: the reader says whether they are valid.
class JsonDetailExcerpt {
public:
    static constexpr std::size_t kDefaultRows = 1000;
    static constexpr std::size_t kDefaultBytes = 8 << 20;

    explicit JsonDetailExcerpt(std::size_t maxRows = kDefaultRows,
                               std::size_t maxBytes = kDefaultBytes);

    /// Takes the next bytes; false once it wants no more (full, or too large to keep).
    bool feed(std::string_view text);
    /// The excerpt: whole when the input ended at the end of its JSON, cut after the last kept
    /// row when full; nullopt when none can be made (input cut short, or no room).
    std::optional<std::string> take();

    std::uint64_t rows() const { return m_rows; }
    /// Rows were left out.
    bool partial() const { return m_partial; }

private:
    enum class Phase : std::uint8_t { Reading, Full, Failed };

    void step(char c);
    void endElement();
    void stop(bool partial);

    std::size_t m_maxRows;
    std::size_t m_maxBytes;
    std::string m_out;
    Phase m_phase = Phase::Reading;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_expectKey = false; ///< at depth 1, the next string is a member's name
    bool m_readingKey = false;
    std::string m_key; ///< the last top-level member's name (its first characters)
    bool m_inData = false;
    bool m_inElement = false;
    bool m_elementIsScalar = false;
    std::size_t m_elementStart = 0;
    std::uint64_t m_rows = 0;
    std::uint64_t m_rowsInArray = 0; ///< in this `data` (a document may hold two)
    bool m_partial = false;
    bool m_started = false;
};

} // namespace ActionDeck
