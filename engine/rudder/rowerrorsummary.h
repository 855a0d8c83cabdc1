#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ActionDeck {

/// Counts skipped rows and keeps the first reasons, for the one message Looker shows.
class RowErrorSummary {
public:
    explicit RowErrorSummary(std::size_t maxLength = 1000);

    void add(const std::string& reason);
    std::uint64_t count() const { return m_count; }
    /// e.g. "2 of 10 rows were skipped: row 3: ...; row 7: ...", at most maxLength characters.
    std::string message(std::uint64_t totalRows) const;
    /// The first kReasonsKept reasons, each whole (a run keeps them apart from the message).
    const std::vector<std::string>& firstReasons() const { return m_firstReasons; }
    static constexpr std::size_t kReasonsKept = 20;

private:
    std::size_t m_maxLength;
    std::uint64_t m_count = 0;
    std::uint64_t m_listed = 0;
    std::string m_reasons;
    std::vector<std::string> m_firstReasons;
};

} // namespace ActionDeck
