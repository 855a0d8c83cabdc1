#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace ActionDeck {

/// One JSON value from a Looker cell, kept exactly: numbers as their source text, strings
/// unescaped, objects and arrays as compact JSON text.
struct CellValue {
    enum class Kind : std::uint8_t { Null, False, True, Number, String, Composite };

    Kind kind = Kind::Null;
    std::string text;

    void clear() {
        kind = Kind::Null;
        text.clear();
    }
    /// Cheaper than std::swap's three moves of the text.
    friend void swap(CellValue& a, CellValue& b) noexcept {
        std::swap(a.kind, b.kind);
        a.text.swap(b.text);
    }
    /// Appends the value as JSON.
    void appendJson(std::string& out) const;
    /// JavaScript truthiness, which the reference hub's "legacy empty values" behaviour follows.
    bool isFalsy() const;
    /// The value as an identifier (strings as they are, numbers as their text); empty when the
    /// value can not be one (null, bool, object, array).
    std::string_view asIdentifier() const;
};

/// True when `id` is empty or only whitespace: RudderStack's gateway trims ids before checking.
bool isBlankIdentifier(std::string_view id);

} // namespace ActionDeck
