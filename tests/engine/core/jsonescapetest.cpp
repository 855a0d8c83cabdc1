#include "core/jsonescape.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <random>

using namespace ActionDeck;

namespace {

std::string escaped(std::string_view text) {
    std::string out;
    appendJsonString(out, text);
    return out;
}

} // namespace

TEST(JsonEscape, EscapesWhatRfc8259RequiresAndKeepsUtf8) {
    EXPECT_EQ(escaped(""), R"("")");
    EXPECT_EQ(escaped("plain text, longer than a word"), R"("plain text, longer than a word")");
    EXPECT_EQ(escaped("a\"b\\c"), R"("a\"b\\c")");
    EXPECT_EQ(escaped("\b\f\n\r\t"), R"("\b\f\n\r\t")");
    EXPECT_EQ(escaped(std::string("\x00\x01\x1f", 3)), R"("\u0000\u0001\u001f")");
    EXPECT_EQ(escaped("Añadir región → 東京 🚀"), "\"Añadir región → 東京 🚀\"");
    // '/' and DEL need no escape.
    EXPECT_EQ(escaped("a/b\x7f"), "\"a/b\x7f\"");
}

TEST(JsonEscape, EveryByteAtEveryPositionOfAWordRoundTrips) {
    // The fast path looks at 8 bytes at a time: put each byte value at each offset of strings
    // of lengths around a word, and read the result back with a JSON parser.
    for (int length = 1; length <= 17; ++length) {
        for (int position = 0; position < length; ++position) {
            for (int byte = 0; byte < 0x80; ++byte) {
                std::string text(std::size_t(length), 'x');
                text[std::size_t(position)] = char(byte);
                const std::string json = escaped(text);
                boost::system::error_code error;
                const boost::json::value value = boost::json::parse(json, error);
                ASSERT_FALSE(error) << json;
                ASSERT_EQ(value.as_string(), text) << "byte " << byte << " at " << position;
            }
        }
    }
}

TEST(JsonEscape, RandomTextMatchesAByteByByteEscaper) {
    std::mt19937 random(42);
    const auto reference = [](std::string_view text) {
        std::string out = "\"";
        for (const unsigned char c : text) {
            static constexpr char kHex[] = "0123456789abcdef";
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 0xF];
                } else {
                    out += char(c);
                }
            }
        }
        return out + "\"";
    };
    for (int round = 0; round < 20000; ++round) {
        std::string text(random() % 64, ' ');
        // Mostly printable text, with escapes, control bytes and high bytes now and then.
        for (char& c : text) {
            const unsigned roll = random() % 100;
            c = char(roll < 80   ? 0x20 + random() % 0x5f
                     : roll < 90 ? random() % 0x20
                     : roll < 95 ? (random() % 2 ? '"' : '\\')
                                 : 0x80 + random() % 0x80);
        }
        ASSERT_EQ(escaped(text), reference(text));
    }
}
