#include "looker/jsondetailrowassembler.h"

#include <algorithm>

namespace ActionDeck {

bool JsonDetailRowAssembler::fieldsComplete() {
    m_fieldsKnown = true;
    // Looker may list measures before dimensions; messages follow the reference's order.
    std::stable_sort(
        m_fields.begin(), m_fields.end(),
        [](const JsonDetailField& a, const JsonDetailField& b) { return a.category < b.category; });
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        m_fieldIndex.emplace(m_fields[i].name, i);
    m_row.cells.assign(m_fields.size(), JsonDetailCell{});
    if (!m_consumer.onFields(m_fields))
        return false;
    return replayBufferedRows();
}

bool JsonDetailRowAssembler::replayBufferedRows() {
    const std::uint64_t firstIndex = m_rowCount - m_bufferedRows.size() + 1;
    for (std::size_t i = 0; i < m_bufferedRows.size(); ++i) {
        for (auto& cell : m_row.cells)
            cell.clear();
        for (auto& [name, cell] : m_bufferedRows[i]) {
            const auto it = m_fieldIndex.find(name);
            if (it != m_fieldIndex.end())
                m_row.cells[it->second] = std::move(cell);
        }
        m_row.index = firstIndex + i;
        if (!m_consumer.onRow(m_row))
            return false;
    }
    m_bufferedRows.clear();
    m_bufferedRows.shrink_to_fit();
    return true;
}

} // namespace ActionDeck
