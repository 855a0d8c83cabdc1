#include "core/jsonsyntaxtracker.h"

namespace ActionDeck {

namespace {

std::string describeByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7F)
        return std::string("'") + c + "'";
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("byte 0x") + kHex[u >> 4] + kHex[u & 0xF];
}

char lastNonSpace(std::string_view text) {
    for (auto it = text.rbegin(); it != text.rend(); ++it) {
        if (*it != ' ' && *it != '\n' && *it != '\r' && *it != '\t')
            return *it;
    }
    return 0;
}

} // namespace

void JsonSyntaxTracker::advance(const char* data, std::size_t size) {
    // finish() hands an empty piece with no data: that null pointer must not reach memchr (which
    // find() calls), as that is undefined behaviour even for 0 bytes (UBSan's first report).
    const std::string_view piece(size == 0 ? "" : data, size);
    for (auto at = piece.find('\n'); at != std::string_view::npos; at = piece.find('\n', at + 1)) {
        ++m_line;
        m_lineStart = m_offset + at + 1;
    }
    m_offset += size;
}

void JsonSyntaxTracker::containerBegun(bool isObject) {
    m_openIsObject.push_back(isObject);
    m_last = Last::ContainerBegun;
}

void JsonSyntaxTracker::containerEnded() {
    if (!m_openIsObject.empty())
        m_openIsObject.pop_back();
    m_last = Last::Value;
}

void JsonSyntaxTracker::keyDone() {
    m_last = Last::Key;
}

void JsonSyntaxTracker::valueDone() {
    m_last = Last::Value;
}

void JsonSyntaxTracker::partialValue(bool isNumber) {
    m_last = isNumber ? Last::InNumber : Last::InString;
}

std::string JsonSyntaxTracker::expectation(std::string_view consumed) const {
    const bool inObject = !m_openIsObject.empty() && m_openIsObject.back();
    switch (m_last) {
    case Last::Nothing:
        return "a JSON value";
    case Last::InString:
        return "the rest of a string and its closing '\"'";
    case Last::InNumber:
        return "the rest of a number";
    case Last::Key:
        return lastNonSpace(consumed) == ':' ? "a value" : "':' after the key";
    case Last::ContainerBegun:
        return inObject ? "a key in quotes or '}'" : "a value or ']'";
    case Last::Value:
        if (m_openIsObject.empty())
            return "the end of the document";
        if (lastNonSpace(consumed) == ',')
            return inObject ? "a key in quotes" : "a value";
        return inObject ? "',' or '}'" : "',' or ']'";
    }
    return "a JSON value";
}

std::string JsonSyntaxTracker::position() const {
    return "byte " + std::to_string(m_offset) + " (line " + std::to_string(m_line) + ", column " +
           std::to_string(m_offset - m_lineStart + 1) + ")";
}

ParseError JsonSyntaxTracker::describe(const boost::system::error_code& ec,
                                       std::string_view consumed, std::string_view rest,
                                       std::string_view where) const {
    namespace json = boost::json;
    std::string context = where.empty() ? std::string() : " " + std::string(where);
    std::string message;
    if (ec == json::error::incomplete) {
        if (m_offset == 0 && m_last == Last::Nothing)
            message = "empty input: expected a JSON document";
        else
            message = "truncated JSON: the input ended at " + position() + context + "; expected " +
                      expectation(consumed) + " (" + std::to_string(m_openIsObject.size()) +
                      " unclosed object(s)/array(s))";
    } else if (ec == json::error::extra_data) {
        message = "malformed JSON at " + position() + ": unexpected " +
                  (rest.empty() ? std::string("data") : describeByte(rest.front())) +
                  " after the end of the document";
    } else if (ec == json::error::syntax) {
        message = "malformed JSON at " + position() + context + ": expected " +
                  expectation(consumed) + ", found " +
                  (rest.empty() ? std::string("the end of input") : describeByte(rest.front()));
    } else if (ec == json::error::string_too_large || ec == json::error::key_too_large) {
        message = "malformed JSON at " + position() + context + ": a " +
                  (ec == json::error::key_too_large ? "key" : "string") +
                  " is longer than this reader accepts";
    } else if (ec == json::error::too_deep) {
        message = "malformed JSON at " + position() + context + ": nested too deeply";
    } else {
        message = "malformed JSON at " + position() + context + ": " + ec.message();
    }
    return ParseError{m_offset, m_line, m_offset - m_lineStart + 1, message};
}

ParseError JsonSyntaxTracker::custom(std::string_view what) const {
    return ParseError{m_offset, m_line, m_offset - m_lineStart + 1,
                      "at " + position() + ": " + std::string(what)};
}

} // namespace ActionDeck
