#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace ActionDeck {

/// The RudderStack call an action makes.
enum class CallType : std::uint8_t { Identify, Track, Group };

/// Accepts the call names (identify, track, group) and the Looker action names
/// (rudder_event, rudder_track, rudder_group).
std::optional<CallType> callTypeFromName(std::string_view name);
/// The RudderStack `type` of the call.
std::string_view callTypeName(CallType call);
/// The Looker action that makes the call (rudder_event, rudder_track, rudder_group).
std::string_view lookerActionName(CallType call);

} // namespace ActionDeck
