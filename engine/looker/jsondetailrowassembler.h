#pragma once

#include "looker/jsondetailfield.h"
#include "looker/jsondetailreader.h"
#include "looker/jsondetailrow.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ActionDeck {

/// What JsonDetailReader hands its consumer, put together: the field set, in the reference's
/// order and indexed by name, then each row with its cells by field. Rows that come before
/// `fields` are buffered and replayed once the fields are known. The reader's handler says where
/// fields and cells begin and end; the per-row and per-cell steps are defined here so that they
/// inline into it (a 1 M-row parse runs them millions of times).
class JsonDetailRowAssembler {
public:
    enum class RowOutcome : std::uint8_t { Continue, ConsumerStopped, BufferFull };

    JsonDetailRowAssembler(JsonDetailConsumer& consumer, std::size_t maxBufferedBytesBeforeFields)
        : m_consumer(consumer)
        , m_maxBufferedBytes(maxBufferedBytesBeforeFields) {}

    bool fieldsKnown() const { return m_fieldsKnown; }
    /// Rows begun so far, the current one included.
    std::uint64_t rowCount() const { return m_rowCount; }
    /// Rows held until the fields are known.
    std::size_t bufferedRowCount() const { return m_bufferedRows.size(); }

    /// A field as `fields` lists it; one without a name is left out.
    void addField(JsonDetailField&& field) {
        if (!field.name.empty())
            m_fields.push_back(std::move(field));
    }
    /// Ends the field set: orders and indexes it, hands it to the consumer, then the rows buffered
    /// before it. False when the consumer stopped.
    bool fieldsComplete();

    void beginRow() {
        ++m_rowCount;
        if (m_fieldsKnown) {
            for (auto& cell : m_row.cells)
                cell.clear();
            m_nextFieldGuess = 0;
        } else {
            m_bufferedRows.emplace_back();
        }
    }

    /// The current row's cell for the field named `key`; nullptr when no field has that name.
    JsonDetailCell* cellForKey(const std::string& key) {
        if (!m_fieldsKnown) {
            auto& row = m_bufferedRows.back();
            m_bufferedBytes += key.size() + sizeof(JsonDetailCell);
            row.emplace_back(key, JsonDetailCell{});
            return &row.back().second;
        }
        // Looker writes a row's cells in field order, so the next field is the likely match.
        std::size_t index = m_nextFieldGuess;
        if (index >= m_fields.size() || m_fields[index].name != key) {
            const auto it = m_fieldIndex.find(key);
            if (it == m_fieldIndex.end())
                return nullptr;
            index = it->second;
        }
        m_nextFieldGuess = index + 1;
        return &m_row.cells[index];
    }

    /// Hands the row to the consumer, or, before the fields are known, keeps it while the buffer
    /// allows.
    RowOutcome rowComplete() {
        if (!m_fieldsKnown) {
            for (const auto& [name, cell] : m_bufferedRows.back())
                m_bufferedBytes += cell.value.text.size() + cell.pivots.size() * sizeof(PivotValue);
            return m_bufferedBytes > m_maxBufferedBytes ? RowOutcome::BufferFull
                                                        : RowOutcome::Continue;
        }
        m_row.index = m_rowCount;
        return m_consumer.onRow(m_row) ? RowOutcome::Continue : RowOutcome::ConsumerStopped;
    }

private:
    /// A row read before the fields: its cells by key, in document order.
    using BufferedRow = std::vector<std::pair<std::string, JsonDetailCell>>;

    bool replayBufferedRows();

    JsonDetailConsumer& m_consumer;
    std::size_t m_maxBufferedBytes;

    JsonDetailFieldSet m_fields;
    bool m_fieldsKnown = false;
    std::unordered_map<std::string, std::size_t> m_fieldIndex;
    std::size_t m_nextFieldGuess = 0;

    std::uint64_t m_rowCount = 0;
    JsonDetailRow m_row;
    std::vector<BufferedRow> m_bufferedRows;
    std::size_t m_bufferedBytes = 0;
};

} // namespace ActionDeck
