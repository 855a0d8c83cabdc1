#pragma once

#include "catalog/attributetype.h"

#include <QList>
#include <QString>

namespace ActionDeck {

/// One attribute of a Looker System Activity event, in Spanish (as Looker's page has it) and
/// English, with the type of its value (hand-reviewed: resources/catalog/attribute_types.json).
struct EventAttribute {
    QString name;
    QString descriptionEs;
    QString descriptionEn;
    AttributeType type = AttributeType::Text;

    bool operator==(const EventAttribute&) const = default;
};

/// One Looker System Activity event type.
struct EventType {
    QString name;
    QString category; ///< the object it concerns: "dashboards", "users", ... (see EventCatalog)
    QString verb;     ///< create, update, delete, run or other
    QString triggerEs;
    QString triggerEn;
    QList<EventAttribute> attributes;
};

/// The catalogue: the attributes every event has, and the event types.
struct EventCatalogData {
    QList<EventAttribute> common;
    QList<EventType> types;
    QString source;     ///< where the Spanish text comes from
    QString sourceDate; ///< when it was taken
};

} // namespace ActionDeck
