#pragma once

#include "core/jsonescape.h"
#include "looker/cellvalue.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ActionDeck {

/// Re-serialises a nested value (an object or array inside a cell's `value`) as compact JSON
/// text, fed the parser's events one at a time. Defined in full here: it runs for every token of
/// a nested value, so the reader's handler must be able to inline it.
class CompositeCapture {
public:
    bool active() const { return !m_needComma.empty(); }
    void begin(bool isObject) {
        beforeValue();
        m_text += isObject ? '{' : '[';
        m_needComma.push_back(false);
    }
    /// Returns true when the outermost container closed.
    bool end(bool isObject) {
        m_text += isObject ? '}' : ']';
        m_needComma.pop_back();
        return m_needComma.empty();
    }
    void key(std::string_view key) {
        if (m_needComma.back())
            m_text += ',';
        m_needComma.back() = true;
        appendJsonString(m_text, key);
        m_text += ':';
        m_afterKey = true;
    }
    void scalar(const CellValue& value) {
        beforeValue();
        value.appendJson(m_text);
    }
    std::string take() { return std::exchange(m_text, {}); }

private:
    void beforeValue() {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_needComma.empty()) {
            if (m_needComma.back())
                m_text += ',';
            m_needComma.back() = true;
        }
    }

    std::string m_text;
    std::vector<bool> m_needComma;
    bool m_afterKey = false;
};

} // namespace ActionDeck
