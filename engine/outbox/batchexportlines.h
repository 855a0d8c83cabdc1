#pragma once

#include "outbox/outboxtypes.h"

#include <functional>
#include <string>
#include <string_view>

namespace ActionDeck {

/// `outbox export`'s lines: one JSON object per message of a batch, the batch's facts first
/// ({"batchId":…,"state":…,…,"message":{…}}), the same from every store.
class BatchExportLines {
public:
    /// Calls `line` for each message of `messages` (one a line); false when `line` said stop.
    static bool write(const BatchInfo& info, std::string_view messages,
                      const std::function<bool(const std::string&)>& line);
};

} // namespace ActionDeck
