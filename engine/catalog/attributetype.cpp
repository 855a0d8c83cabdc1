#include "catalog/attributetype.h"

namespace ActionDeck {

QString attributeTypeName(AttributeType type) {
    switch (type) {
    case AttributeType::Text:
        return QStringLiteral("text");
    case AttributeType::Number:
        return QStringLiteral("number");
    case AttributeType::Boolean:
        return QStringLiteral("boolean");
    case AttributeType::Json:
        return QStringLiteral("json");
    case AttributeType::Time:
        return QStringLiteral("time");
    }
    return QStringLiteral("text");
}

std::optional<AttributeType> attributeTypeFromName(QStringView name) {
    for (AttributeType type : {AttributeType::Text, AttributeType::Number, AttributeType::Boolean,
                               AttributeType::Json, AttributeType::Time}) {
        if (name == attributeTypeName(type))
            return type;
    }
    return std::nullopt;
}

} // namespace ActionDeck
