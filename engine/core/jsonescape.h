#pragma once

#include <string>
#include <string_view>

namespace ActionDeck {

/// Appends `text` to `out` as a quoted JSON string (RFC 8259 escapes; UTF-8 kept as is).
void appendJsonString(std::string& out, std::string_view text);

} // namespace ActionDeck
