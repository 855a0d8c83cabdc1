#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ActionDeck {

/// Where a field was listed in a json_detail result's `fields`.
enum class FieldCategory : std::uint8_t { Dimension, Measure, Filter, Parameter, TableCalculation };

/// One field of a Looker query result.
struct JsonDetailField {
    std::string name;
    std::string label;
    std::vector<std::string> tags;
    bool hidden = false;
    FieldCategory category = FieldCategory::Dimension;

    bool hasTag(std::string_view tag) const;
};

/// All fields in the order the reference hub visits them: dimensions, measures, filters,
/// parameters, table calculations.
using JsonDetailFieldSet = std::vector<JsonDetailField>;

} // namespace ActionDeck
