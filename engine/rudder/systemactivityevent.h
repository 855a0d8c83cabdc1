#pragma once

#include "looker/cellvalue.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ActionDeck {

/// One Looker event as the rows of a System Activity result give it: the Event Attribute
/// Explore has a row per (event, attribute), so an event is the merge of its rows.
struct SystemActivityEvent {
    /// The event's own columns (event.*, user.*); a Null value is one the result did not give.
    enum Column : std::uint8_t {
        Name,
        Category,
        CreatedTime,
        CreatedDate,
        UserId,
        SudoUserId,
        IsAdmin,
        IsApiCall,
        IsLookerEmployee,
        LookerUserId,
        Email,
        UserName,
        ColumnCount
    };

    std::string id;             ///< event.id as text
    std::uint64_t firstRow = 0; ///< the row it was first seen in, counted from 1
    std::array<CellValue, ColumnCount> columns;
    /// event_attribute.name → value, in the order they came, one per name.
    std::vector<std::pair<std::string, CellValue>> attributes;

    /// Takes what `part` (another row of the same event) adds: columns this one lacks, and
    /// attributes it has not got.
    void merge(SystemActivityEvent&& part);
    /// About how much memory it holds.
    std::size_t bytes() const;
    /// Appends it to `out` (length-prefixed, for a spill file).
    void write(std::string& out) const;
    /// Reads one written by write() from the front of `in`; false when `in` is damaged.
    static bool read(std::string_view& in, SystemActivityEvent& out);
};

} // namespace ActionDeck
