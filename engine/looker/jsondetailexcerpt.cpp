#include "looker/jsondetailexcerpt.h"

namespace ActionDeck {

namespace {

constexpr std::size_t kKeyChars = 16; ///< enough to tell "data" from the other members

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

JsonDetailExcerpt::JsonDetailExcerpt(std::size_t maxRows, std::size_t maxBytes)
    : m_maxRows(maxRows)
    , m_maxBytes(maxBytes) {}

bool JsonDetailExcerpt::feed(std::string_view text) {
    for (std::size_t i = 0; i < text.size() && m_phase == Phase::Reading; ++i)
        step(text[i]);
    return m_phase == Phase::Reading;
}

void JsonDetailExcerpt::step(char c) {
    if (m_inData && !m_inElement && !m_inString) {
        // Between rows: separators are written anew, so that rows left out leave no comma.
        if (isSpace(c) || c == ',')
            return;
        if (c == ']') {
            m_inData = false;
            --m_depth;
            m_out += c;
            return;
        }
        if (m_rows >= m_maxRows) {
            stop(true);
            return;
        }
        m_elementStart = m_out.size();
        if (m_rowsInArray > 0)
            m_out += ',';
        m_inElement = true;
        m_elementIsScalar = c != '{' && c != '[';
    }
    if (m_inElement && m_elementIsScalar && !m_inString && (c == ',' || c == ']' || isSpace(c))) {
        // A bare value as a row ends at its separator, which is then read between rows.
        endElement();
        if (m_phase == Phase::Reading)
            step(c);
        return;
    }
    m_out += c;
    m_started = true;
    if (m_inString) {
        if (m_escape) {
            m_escape = false;
        } else if (c == '\\') {
            m_escape = true;
        } else if (c == '"') {
            m_inString = false;
            m_readingKey = false;
        } else if (m_readingKey && m_key.size() < kKeyChars) {
            m_key += c;
        }
    } else {
        switch (c) {
        case '"':
            m_inString = true;
            if (m_depth == 1 && m_expectKey) {
                m_readingKey = true;
                m_expectKey = false;
                m_key.clear();
            }
            break;
        case '{':
        case '[':
            ++m_depth;
            if (m_depth == 1) {
                m_expectKey = c == '{';
            } else if (m_depth == 2 && c == '[' && m_key == "data" && !m_inElement) {
                m_inData = true;
                m_rowsInArray = 0;
            }
            break;
        case '}':
        case ']':
            --m_depth;
            if (m_inElement && !m_elementIsScalar && m_depth == 2)
                endElement();
            break;
        case ',':
            if (m_depth == 1)
                m_expectKey = true;
            break;
        default:
            break;
        }
    }
    if (m_phase == Phase::Reading && m_out.size() > m_maxBytes) {
        if (m_inElement) {
            // A row that does not fit (however long it goes on): the excerpt ends before it.
            m_out.resize(m_elementStart);
            m_inElement = false;
            stop(true);
        } else {
            m_phase = Phase::Failed; // the members around the rows alone are too large
        }
    }
}

void JsonDetailExcerpt::endElement() {
    m_inElement = false;
    ++m_rows;
    ++m_rowsInArray;
}

void JsonDetailExcerpt::stop(bool partial) {
    m_partial = partial;
    // Inside `data` at the top level: the array and the document are closed here.
    m_out += "]}";
    m_phase = Phase::Full;
}

std::optional<std::string> JsonDetailExcerpt::take() {
    if (m_phase == Phase::Failed)
        return std::nullopt;
    const bool whole = m_phase == Phase::Reading && m_started && m_depth == 0 && !m_inString;
    if (m_phase != Phase::Full && !whole)
        return std::nullopt;
    m_phase = Phase::Failed; // taken once
    return std::move(m_out);
}

} // namespace ActionDeck
