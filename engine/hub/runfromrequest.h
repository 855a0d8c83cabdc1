#pragma once

#include "looker/executerequest.h"
#include "outbox/runrecord.h"

namespace ActionDeck {

/// The run an execute begins as: what asked for it, read from Looker's request (its scheduled
/// plan, the Look in the plan's URL, the Looker instance that sent it).
class RunFromRequest {
public:
    static RunRecord make(const ExecuteRequest& request, const QString& action,
                          const QString& region, const QString& source);
    /// "42" of a URL whose path has /looks/42; empty otherwise.
    static QString lookIdOf(const QString& url);
};

} // namespace ActionDeck
