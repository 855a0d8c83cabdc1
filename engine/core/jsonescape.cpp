#include "core/jsonescape.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace ActionDeck {

namespace {

constexpr char kHex[] = "0123456789abcdef";

bool needsEscape(unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\';
}

void appendEscape(std::string& out, unsigned char c) {
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
}

/// Whether any of the 8 bytes in `word` needs escaping: below 0x20, '"' or '\\'. Bytes of
/// UTF-8 sequences (0x80 and up) never match. Most cell text needs no escape at all, so the
/// common case is decided 8 bytes at a time.
bool anyNeedsEscape(std::uint64_t word) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
    const std::uint64_t below0x20 = (word - kOnes * 0x20) & ~word & kHighs;
    return (below0x20 | hasZeroByte(word ^ (kOnes * '"')) | hasZeroByte(word ^ (kOnes * '\\'))) !=
           0;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text) {
    out += '"';
    std::size_t runStart = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.size() - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if (!anyNeedsEscape(word)) {
                i += 8;
                continue;
            }
        }
        // A word with an escape in it, or the last few bytes: one byte at a time.
        const std::size_t end = std::min(text.size(), i + 8);
        for (; i < end; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (!needsEscape(c))
                continue;
            out.append(text.data() + runStart, i - runStart);
            appendEscape(out, c);
            runStart = i + 1;
        }
    }
    out.append(text.data() + runStart, text.size() - runStart);
    out += '"';
}

} // namespace ActionDeck
