#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace ActionDeck {

/// The RudderStack call an action makes. SystemActivity is the Rudder System Activity action:
/// track calls, one a Looker event, made by SystemActivityBuilder rather than MessageBuilder.
enum class CallType : std::uint8_t { Identify, Track, Group, SystemActivity };

/// Accepts the call names (identify, track, group, system-activity) and the Looker action names
/// (rudder_event, rudder_track, rudder_group, rudder_system_activity).
std::optional<CallType> callTypeFromName(std::string_view name);
/// The RudderStack `type` of the call.
std::string_view callTypeName(CallType call);
/// The Looker action that makes the call (rudder_event, rudder_track, rudder_group,
/// rudder_system_activity).
std::string_view lookerActionName(CallType call);

} // namespace ActionDeck
