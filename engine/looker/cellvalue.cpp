#include "looker/cellvalue.h"

#include "core/jsonescape.h"

#include <charconv>

namespace ActionDeck {

void CellValue::appendJson(std::string& out) const {
    switch (kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::False:
        out += "false";
        return;
    case Kind::True:
        out += "true";
        return;
    case Kind::Number:
    case Kind::Composite:
        out += text;
        return;
    case Kind::String:
        appendJsonString(out, text);
        return;
    }
}

bool CellValue::isFalsy() const {
    switch (kind) {
    case Kind::Null:
    case Kind::False:
        return true;
    case Kind::True:
    case Kind::Composite:
        return false;
    case Kind::String:
        return text.empty();
    case Kind::Number: {
        double value = 1;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        return result.ec == std::errc() && value == 0;
    }
    }
    return false;
}

std::string_view CellValue::asIdentifier() const {
    if (kind == Kind::String || kind == Kind::Number)
        return text;
    return {};
}

bool isBlankIdentifier(std::string_view id) {
    for (const char c : id) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

} // namespace ActionDeck
