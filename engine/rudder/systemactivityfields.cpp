#include "rudder/systemactivityfields.h"

#include <string_view>
#include <utility>

namespace ActionDeck {

std::optional<SystemActivityFields> SystemActivityFields::find(const JsonDetailFieldSet& fields,
                                                               std::string* error) {
    SystemActivityFields found;
    const std::pair<std::string_view, Index SystemActivityFields::*> names[] = {
        {"event.id", &SystemActivityFields::eventId},
        {"event.name", &SystemActivityFields::eventName},
        {"event.category", &SystemActivityFields::category},
        {"event.created_time", &SystemActivityFields::createdTime},
        {"event.created_date", &SystemActivityFields::createdDate},
        {"event.user_id", &SystemActivityFields::userId},
        {"event.sudo_user_id", &SystemActivityFields::sudoUserId},
        {"event.is_admin", &SystemActivityFields::isAdmin},
        {"event.is_api_call", &SystemActivityFields::isApiCall},
        {"event.is_looker_employee", &SystemActivityFields::isLookerEmployee},
        {"event_attribute.name", &SystemActivityFields::attributeName},
        {"event_attribute.value", &SystemActivityFields::attributeValue},
        {"user.id", &SystemActivityFields::lookerUserId},
        {"user.email", &SystemActivityFields::email},
        {"user.name", &SystemActivityFields::userName},
    };
    for (std::size_t i = 0; i < fields.size(); ++i) {
        for (const auto& [name, member] : names) {
            // The first field of a name: Looker lists a filtered dimension twice.
            if (fields[i].name == name && !(found.*member))
                found.*member = i;
        }
    }
    std::string missing;
    for (const auto& [present, name] : {std::pair{found.eventId.has_value(), "event.id"},
                                        std::pair{found.eventName.has_value(), "event.name"}}) {
        if (!present)
            missing += missing.empty() ? name : std::string(" and ") + name;
    }
    if (missing.empty() && found.attributeName.has_value() != found.attributeValue.has_value())
        missing = found.attributeName ? "event_attribute.value" : "event_attribute.name";
    if (missing.empty())
        return found;
    if (error)
        *error = "Rudder System Activity needs the System Activity field" +
                 std::string(missing.find(" and ") == std::string::npos ? " " : "s ") + missing +
                 ", which this result lacks: schedule a look of the Event Attribute Explore "
                 "(system__activity/event_attribute) with event.id, event.name, "
                 "event.created_time, event_attribute.name and event_attribute.value, or of the "
                 "Event Explore (system__activity/event).";
    return std::nullopt;
}

} // namespace ActionDeck
