#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace ActionDeck {

/// The type of a System Activity attribute's value, as the System Activity action sends it to
/// RudderStack (resources/catalog/attribute_types.json gives each attribute one).
enum class AttributeType : std::uint8_t { Text, Number, Boolean, Json, Time };

/// "text", "number", "boolean", "json" or "time": the names the types file and catalog.json use.
QString attributeTypeName(AttributeType type);
std::optional<AttributeType> attributeTypeFromName(QStringView name);

} // namespace ActionDeck
