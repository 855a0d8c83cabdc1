#include "rudder/syncoptions.h"

namespace ActionDeck {

std::string_view propertyNamesName(PropertyNames style) {
    switch (style) {
    case PropertyNames::Looker:
        return "looker";
    case PropertyNames::Field:
        return "field";
    case PropertyNames::SnakeLabel:
        return "snake_label";
    case PropertyNames::CamelLabel:
        return "camel_label";
    }
    return "looker";
}

std::optional<PropertyNames> propertyNamesFromName(std::string_view name) {
    for (const PropertyNames style : kPropertyNamesStyles) {
        if (propertyNamesName(style) == name)
            return style;
    }
    return std::nullopt;
}

std::string_view sendRowsName(SendRows rows) {
    return rows == SendRows::Changed ? "changed" : "all";
}

std::optional<SendRows> sendRowsFromName(std::string_view name) {
    for (const SendRows rows : kSendRowsChoices) {
        if (sendRowsName(rows) == name)
            return rows;
    }
    return std::nullopt;
}

} // namespace ActionDeck
