#pragma once

#include <cstdint>
#include <string>

namespace ActionDeck {

/// Counts skipped rows and keeps the first reasons, for the one message Looker shows.
class RowErrorSummary {
public:
    explicit RowErrorSummary(std::size_t maxLength = 1000);

    void add(const std::string& reason);
    std::uint64_t count() const { return m_count; }
    /// e.g. "2 of 10 rows were skipped: row 3: ...; row 7: ...", at most maxLength characters.
    std::string message(std::uint64_t totalRows) const;

private:
    std::size_t m_maxLength;
    std::uint64_t m_count = 0;
    std::uint64_t m_listed = 0;
    std::string m_reasons;
};

} // namespace ActionDeck
