#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ActionDeck {

/// How traits and properties are named (issue 18; the names are those of the config and forms).
enum class PropertyNames : std::uint8_t {
    Looker,     ///< `looker`: as Looker names the field (`users.email`), SPEC §3's default
    Field,      ///< `field`: the name without its view (`email`)
    SnakeLabel, ///< `snake_label`: the field's label in snake_case (`users_email`)
    CamelLabel, ///< `camel_label`: the field's label in camelCase (`usersEmail`)
};

/// Which rows an execute sends.
enum class SendRows : std::uint8_t {
    All,     ///< `all`: every row, as before
    Changed, ///< `changed`: only rows new or changed since the schedule last sent them
};

inline constexpr PropertyNames kPropertyNamesStyles[] = {
    PropertyNames::Looker, PropertyNames::Field, PropertyNames::SnakeLabel,
    PropertyNames::CamelLabel};
inline constexpr SendRows kSendRowsChoices[] = {SendRows::All, SendRows::Changed};

std::string_view propertyNamesName(PropertyNames style);
std::optional<PropertyNames> propertyNamesFromName(std::string_view name);
std::string_view sendRowsName(SendRows rows);
std::optional<SendRows> sendRowsFromName(std::string_view name);

/// Looker field name → the name sent instead (after the style), in field-name order.
using RenameMap = std::vector<std::pair<std::string, std::string>>;

/// The options of one execute once the form and the destination source are resolved.
struct SyncOptions {
    PropertyNames propertyNames = PropertyNames::Looker;
    RenameMap rename;
    SendRows sendRows = SendRows::All;
    bool lookerContext = false;

    friend bool operator==(const SyncOptions&, const SyncOptions&) = default;
};

} // namespace ActionDeck
