#include "rudder/calltype.h"

namespace ActionDeck {

std::optional<CallType> callTypeFromName(std::string_view name) {
    if (name == "identify" || name == "rudder_event")
        return CallType::Identify;
    if (name == "track" || name == "rudder_track")
        return CallType::Track;
    if (name == "group" || name == "rudder_group")
        return CallType::Group;
    if (name == "system-activity" || name == "rudder_system_activity")
        return CallType::SystemActivity;
    return std::nullopt;
}

std::string_view callTypeName(CallType call) {
    switch (call) {
    case CallType::Identify:
        return "identify";
    case CallType::Track:
    case CallType::SystemActivity:
        return "track";
    case CallType::Group:
        return "group";
    }
    return "identify";
}

std::string_view lookerActionName(CallType call) {
    switch (call) {
    case CallType::Identify:
        return "rudder_event";
    case CallType::Track:
        return "rudder_track";
    case CallType::Group:
        return "rudder_group";
    case CallType::SystemActivity:
        return "rudder_system_activity";
    }
    return "rudder_event";
}

} // namespace ActionDeck
