#pragma once

#include <QString>

#include <string_view>

namespace ActionDeck {

/// Indents compact JSON without touching a value: members keep their order, numbers and
/// strings stay exactly as written (a DOM round trip would sort keys and reformat numbers).
QString indentedJson(std::string_view json);

} // namespace ActionDeck
