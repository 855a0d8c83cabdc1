#pragma once

#include "alerts/alertnotice.h"
#include "outbox/runrecord.h"

#include <optional>

namespace ActionDeck {

/// The alert a final run gives: one when it ended failed, partial or interrupted, none when it
/// succeeded. The text names the schedule and counts, and the data plane's reason; never a
/// message's contents.
class RunNotice {
public:
    static std::optional<AlertNotice> of(const RunRecord& run);
    /// "“Active accounts” (plan 17)", or the action when the run had no schedule.
    static QString subject(const RunRecord& run);
};

} // namespace ActionDeck
