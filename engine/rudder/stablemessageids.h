#pragma once

#include "looker/jsondetailrow.h"

#include <QUuid>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ActionDeck {

/// messageIds that come out the same when the same result is sent again — Looker resending a
/// cached result, an execute whose answer was lost — so that RudderStack's deduplication drops
/// the repeat: a UUID v5 (RFC 4122) of the run (the schedule, or the destination and action,
/// and Looker's `ran_at`) and of the row (its position and its content). A new run has a new
/// `ran_at`, hence new ids; two identical rows have two positions, hence two ids. Without a
/// `ran_at` a run can not be told from the next one, so the ids stay random (active() false).
class StableMessageIds {
public:
    /// A row's content, hashed once for all the ids made from it.
    using Digest = std::array<unsigned char, 16>;

    /// `scope` names what is run: "plan:<id>|<action>" or "destination:<…>|<action>"; empty: off.
    explicit StableMessageIds(std::string scope);

    /// Starts the run Looker ran at `ranAt` (its text as sent).
    void setRanAt(std::string_view ranAt);
    bool active() const { return !m_run.isNull(); }

    /// The digest of the row's cells: every value, its kind and its position, and pivots.
    Digest digest(const JsonDetailRow& row);
    /// Appends the id of the row's `purpose` ('m' messageId, 'a' generated anonymousId).
    void append(std::uint64_t rowIndex, const Digest& digest, char purpose, std::string& out) const;

private:
    std::string m_scope;
    QUuid m_run;
    std::string m_buffer; ///< the row serialised for hashing, kept for its capacity
};

} // namespace ActionDeck
