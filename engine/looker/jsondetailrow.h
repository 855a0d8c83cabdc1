#pragma once

#include "looker/cellvalue.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ActionDeck {

/// One pivot column of a pivoted measure: the pivot key and that column's value.
struct PivotValue {
    std::string key;
    CellValue value;
};

/// One cell of a row: either a plain value or, for a pivoted measure, one value per pivot.
struct JsonDetailCell {
    bool present = false;
    bool hasValue = false;
    CellValue value;
    std::vector<PivotValue> pivots;

    void clear() {
        present = false;
        hasValue = false;
        value.clear();
        pivots.clear();
    }
    bool isPivoted() const { return !hasValue && !pivots.empty(); }
};

/// A row of a json_detail result. `cells[i]` belongs to field `i` of the field set; `index` counts
/// rows from 1 as a user would.
struct JsonDetailRow {
    std::uint64_t index = 0;
    std::vector<JsonDetailCell> cells;
};

} // namespace ActionDeck
