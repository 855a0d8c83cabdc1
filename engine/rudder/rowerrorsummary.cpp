#include "rudder/rowerrorsummary.h"

namespace ActionDeck {

RowErrorSummary::RowErrorSummary(std::size_t maxLength)
    : m_maxLength(maxLength) {}

void RowErrorSummary::add(const std::string& reason) {
    ++m_count;
    if (m_firstReasons.size() < kReasonsKept)
        m_firstReasons.push_back(reason);
    // Reasons beyond the length cap are only counted.
    if (m_reasons.size() + reason.size() + 2 > m_maxLength)
        return;
    if (!m_reasons.empty())
        m_reasons += "; ";
    m_reasons += reason;
    ++m_listed;
}

std::string RowErrorSummary::message(std::uint64_t totalRows) const {
    if (m_count == 0)
        return {};
    std::string text = std::to_string(m_count) + " of " + std::to_string(totalRows) +
                       (totalRows == 1 ? " row was" : " rows were") + " skipped";
    if (m_listed > 0)
        text += ": " + m_reasons;
    if (m_count > m_listed)
        text += " (and " + std::to_string(m_count - m_listed) + " more)";
    text += '.';
    if (text.size() > m_maxLength + 80)
        text.resize(m_maxLength + 80);
    return text;
}

} // namespace ActionDeck
